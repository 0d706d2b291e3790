/** `time` (when it happened) and `last_seen` (where and when a missing person was last seen). */
import { open, setElement } from '../work.js';
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const time: ElementBehaviour = {
  key: 'time',
  // "就现在" / "still going on" answers "when?".
  found: (ext) => ext.time !== undefined || (ext.inProgress !== undefined && ext.inProgress.state !== true),
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (ext.time !== undefined && open(w.s, 'time')) setElement(w, 'time', ext.time.text, 'extracted');
  },
  parse: (_w, text) => anyText(text),
};

export const lastSeen: ElementBehaviour = {
  key: 'last_seen',
  found: (ext) => ext.lastSeen !== undefined || ext.time !== undefined || ext.location !== undefined,
  crossChecked: true,
  fill(w, ext) {
    if (ext.lastSeen !== undefined && open(w.s, 'last_seen'))
      setElement(w, 'last_seen', ext.lastSeen.text, 'extracted');
  },
  parse: (_w, text) => anyText(text),
};
