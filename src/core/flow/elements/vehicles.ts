/** `vehicles`: plate, colour, type, direction. A plate given later is added to the vehicle already known. */
import { open, setElement } from '../work.js';
import { yesNoOrText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const vehicles: ElementBehaviour = {
  key: 'vehicles',
  found: (ext) => ext.vehicles !== undefined,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    if (ext.vehicles === undefined) return;
    if (open(w.s, 'vehicles')) {
      setElement(w, 'vehicles', ext.vehicles.text, 'extracted');
      return;
    }
    // A plate given later ("white van" then "plate KX19 ABC") is added, not dropped.
    const current = w.s.elements.vehicles;
    const fresh = ext.vehicles.plates.filter((p) => current !== undefined && !current.value.includes(p));
    if (current !== undefined && fresh.length > 0)
      setElement(w, 'vehicles', `${current.value}；${ext.vehicles.text}`, current.source);
  },
  parse: (w, text) => yesNoOrText(w, 'vehicles', text),
};
