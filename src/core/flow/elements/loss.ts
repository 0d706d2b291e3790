/** `loss`: what was lost, the amount, money already transferred. */
import { open, setElement } from '../work.js';
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const loss: ElementBehaviour = {
  key: 'loss',
  found: (ext) => ext.amounts.length > 0 || ext.moneySent !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (!open(w.s, 'loss')) return;
    if (ext.amounts.length > 0) setElement(w, 'loss', ext.amounts.map((a) => a.text).join(', '), 'extracted');
    else if (ext.moneySent !== undefined) setElement(w, 'loss', ext.moneySent.text, 'extracted');
  },
  parse: (_w, text) => anyText(text),
};
