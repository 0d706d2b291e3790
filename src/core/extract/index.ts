/**
 * Parse before ask: every report element a free-text message already gives, in Chinese (simplified and
 * traditional) and English. Pure: no I/O, no clock. Spans are taken from the reporter's original text.
 */
import { normalize } from '../text.js';
import type { Extraction } from './types.js';
import { extractAmounts, extractMoneySent } from './amounts.js';
import { fold } from './fold.js';
import { extractInProgress } from './in-progress.js';
import { locateIn } from './location.js';
import { extractPerson } from './person.js';
import { extractPhones } from './phones.js';
import { extractInjuries, extractWeapons } from './presence.js';
import { extractLastSeen } from './last-seen.js';
import { extractSafety } from './safety.js';
import { extractSuspects } from './suspects.js';
import { extractTime } from './time.js';
import { extractVehicles } from './vehicles.js';

export type * from './types.js';
export { fold } from './fold.js';
export { parseChineseNumber, parseEnglishNumber } from './numbers.js';
export { isDontKnow, parseYesNo, parseDigitChoice } from './yesno.js';
export { normalizePhone } from './phones.js';
export { extractLocation } from './location.js';
export type { PersonFound } from './person.js';

/** Everything the text says. Fields are absent when the text says nothing about them. */
export function extract(text: string): Extraction {
  const folded = fold(text);
  const result: Extraction = {
    normalized: normalize(text),
    phones: extractPhones(folded),
    amounts: extractAmounts(text, folded),
  };
  const location = locateIn(text, folded);
  if (location) result.location = location;
  const time = extractTime(text, folded);
  if (time) result.time = time;
  const inProgress = extractInProgress(text, folded);
  if (inProgress) result.inProgress = inProgress;
  const weapons = extractWeapons(text, folded);
  if (weapons) result.weapons = weapons;
  const injuries = extractInjuries(text, folded);
  if (injuries) result.injuries = injuries;
  const person = extractPerson(text, folded);
  if (person) result.person = person;
  const suspects = extractSuspects(text, folded, { personDescribed: person !== undefined });
  if (suspects) result.suspects = suspects;
  const vehicles = extractVehicles(text, folded);
  if (vehicles) result.vehicles = vehicles;
  const moneySent = extractMoneySent(text, folded);
  if (moneySent) result.moneySent = moneySent;
  const safety = extractSafety(text, folded);
  if (safety) result.safety = safety;
  const lastSeen = extractLastSeen(text, folded);
  if (lastSeen) result.lastSeen = lastSeen;
  return result;
}

/** Single-element extractors, e.g. for parsing the answer to one question. Each takes the original text. */
export {
  extractAmounts,
  extractMoneySent,
  extractInProgress,
  extractInjuries,
  extractLastSeen,
  extractSafety,
  extractPerson,
  extractPhones,
  extractSuspects,
  extractTime,
  extractVehicles,
  extractWeapons,
};
