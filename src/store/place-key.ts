/**
 * A place as the cluster rule compares it (INCIDENT.md rule 10): the place text Unicode-normalised, case-folded,
 * without spaces or punctuation. Stored with each incident (`Incident.placeKey`) so that the rule's candidate query
 * compares it inside the database.
 */
import { UNKNOWN } from '../core/incident.js';

export function normalisePlace(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The stored key of a place text: '' when there is none (the flow's "unknown" is none). */
export function placeKey(text: string | null | undefined): string {
  return text && text !== UNKNOWN ? normalisePlace(text) : '';
}
