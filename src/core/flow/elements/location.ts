/** `location`: where to send someone. A place from any message, the answer to "where?", shared coordinates. */
import type { ElementSource } from '../../incident.js';
import type { SharedLocation } from '../../message.js';
import { answered, setElement, type Work } from '../work.js';
import type { ElementBehaviour } from './spec.js';

export function setLocation(w: Work, value: string, specific: boolean, source: ElementSource): void {
  w.s.locationSpecific = specific;
  setElement(w, 'location', value, source);
}

export function applySharedLocation(w: Work, loc: SharedLocation): void {
  const { s } = w;
  s.point = {
    lat: loc.lat,
    lon: loc.lon,
    datum: loc.datum,
    ...(loc.accuracyM !== undefined ? { accuracyM: loc.accuracyM } : {}),
  };
  const existing = s.elements.location;
  const keepText = existing !== undefined && existing.source !== 'unknown' && existing.source !== 'declined';
  const value = loc.label ?? (keepText ? existing.value : `${loc.lat.toFixed(6)},${loc.lon.toFixed(6)}`);
  setLocation(w, value, true, 'channel');
}

export const location: ElementBehaviour = {
  key: 'location',
  found: (ext) => ext.location?.specific === true,
  other: true,
  fill(w, ext) {
    const { s } = w;
    // A place given after "unknown" was recorded still counts; a relative one ("楼下") does not reopen it.
    const source = s.elements.location?.source;
    if (ext.location === undefined) return;
    if (answered(s, 'location') && source !== 'unknown' && source !== 'declined') return;
    if (ext.location.specific) setLocation(w, ext.location.text, true, 'extracted');
    else if (s.elements.location === undefined) setLocation(w, ext.location.text, false, 'extracted');
  },
  parse(_w, _text, ext) {
    if (ext.location === undefined) return { ok: false };
    return ext.location.specific
      ? { ok: true, value: ext.location.text, specific: true }
      : { ok: false, partial: ext.location.text };
  },
};
