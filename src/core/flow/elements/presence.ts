/** `injuries` and `weapons`: yes / no or what they are ("一人流血", "a knife"). */
import { open, setElement } from '../work.js';
import { yesNoOrText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const injuries: ElementBehaviour = {
  key: 'injuries',
  found: (ext) => ext.injuries !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (ext.injuries !== undefined && open(w.s, 'injuries')) setElement(w, 'injuries', ext.injuries.text, 'extracted');
  },
  parse: (w, text) => yesNoOrText(w, 'injuries', text),
};

export const weapons: ElementBehaviour = {
  key: 'weapons',
  found: (ext) => ext.weapons !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (ext.weapons !== undefined && open(w.s, 'weapons')) setElement(w, 'weapons', ext.weapons.text, 'extracted');
  },
  parse: (w, text) => yesNoOrText(w, 'weapons', text),
};
