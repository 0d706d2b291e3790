/** The reporter: `callback` (a phone number, stored as E.164), `name`, `relation`. */
import { normalizeCallback } from '../../extract/index.js';
import { open, setElement } from '../work.js';
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';
import type { Work } from '../work.js';

/** Where an eight-digit "9123 4567" is a mobile: Hong Kong for a Chinese reporter, Singapore for an English one. */
function localRegion(w: Work): 'HK' | 'SG' {
  return w.s.lang === 'en' ? 'SG' : 'HK';
}

export const callback: ElementBehaviour = {
  key: 'callback',
  fill(w, ext) {
    if (ext.phones.length === 0 || !open(w.s, 'callback')) return;
    const phone = ext.phones.map((p) => normalizeCallback(p, localRegion(w))).find((p): p is string => p !== null);
    if (phone !== undefined) setElement(w, 'callback', phone, 'extracted');
  },
  parse(w, text, ext) {
    for (const c of [text.trim(), ...ext.phones]) {
      const phone = normalizeCallback(c, localRegion(w));
      if (phone !== null) return { ok: true, value: phone };
    }
    return { ok: false };
  },
};

export const name: ElementBehaviour = { key: 'name', parse: (_w, text) => anyText(text) };
export const relation: ElementBehaviour = { key: 'relation', parse: (_w, text) => anyText(text) };
