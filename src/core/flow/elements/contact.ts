/** The reporter: `callback` (a phone number, stored as E.164), `name`, `relation`. */
import { normalizeCallback } from '../../extract/index.js';
import { open, setElement } from '../work.js';
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const callback: ElementBehaviour = {
  key: 'callback',
  fill(w, ext) {
    if (ext.phones.length === 0 || !open(w.s, 'callback')) return;
    const phone = ext.phones.map((p) => normalizeCallback(p)).find((p): p is string => p !== null);
    if (phone !== undefined) setElement(w, 'callback', phone, 'extracted');
  },
  parse(_w, text, ext) {
    for (const c of [text.trim(), ...ext.phones]) {
      const phone = normalizeCallback(c);
      if (phone !== null) return { ok: true, value: phone };
    }
    return { ok: false };
  },
};

export const name: ElementBehaviour = { key: 'name', parse: (_w, text) => anyText(text) };
export const relation: ElementBehaviour = { key: 'relation', parse: (_w, text) => anyText(text) };
