/** `loss`: what was lost, the amount, money already transferred. */
import { open, setElement } from '../work.js';
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const loss: ElementBehaviour = {
  key: 'loss',
  found: (ext) => ext.amounts.length > 0 || ext.moneySent !== undefined || ext.lost !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (!open(w.s, 'loss')) return;
    // What was taken and how much it was worth, as the reporter named them ("高尔夫球包", "4999").
    const parts = [...(ext.lost !== undefined ? [ext.lost.text] : []), ...ext.amounts.map((a) => a.text)];
    if (parts.length > 0) setElement(w, 'loss', parts.join(', '), 'extracted');
    else if (ext.moneySent !== undefined) setElement(w, 'loss', ext.moneySent.text, 'extracted');
  },
  parse: (_w, text) => anyText(text),
};
