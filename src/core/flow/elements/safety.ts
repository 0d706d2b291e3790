/** `safety`: is the reporter safe where they are, can they talk. */
import { open, setElement } from '../work.js';
import { yesNoOrText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const safety: ElementBehaviour = {
  key: 'safety',
  found: (ext) => ext.safety !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (ext.safety !== undefined && open(w.s, 'safety')) setElement(w, 'safety', ext.safety.text, 'extracted');
  },
  parse: (w, text) => yesNoOrText(w, 'safety', text),
};
