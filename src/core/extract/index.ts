/**
 * Parse before ask: every report element a free-text message already gives, in Chinese (simplified and
 * traditional) and English. Pure: no I/O, no clock. Spans are taken from the reporter's original text.
 */
import { normalize, understoodPart } from '../text.js';
import type { Extraction } from './types.js';
import { extractAmounts, extractMoneySent } from './amounts.js';
import { fold } from './fold.js';
import { extractInProgress } from './in-progress.js';
import { locateIn } from './location.js';
import { extractPerson } from './person.js';
import { extractPhones } from './phones.js';
import { extractInjuries, extractWeapons } from './presence.js';
import { extractLastSeen } from './last-seen.js';
import { extractLost } from './lost.js';
import { extractSafety } from './safety.js';
import { extractSuspects } from './suspects.js';
import { extractTime } from './time.js';
import { extractVehicles } from './vehicles.js';

export type * from './types.js';
export { fold } from './fold.js';
export { parseChineseNumber, parseEnglishNumber } from './numbers.js';
export { isDontKnow, parseYesNo, parseDigitChoice, readDangerAnswer } from './yesno.js';
export { normalizeCallback, normalizePhone } from './phones.js';
import { extractLocation as extractLocationRaw } from './location.js';
export const extractLocation = bounded(extractLocationRaw);
export type { PersonFound } from './person.js';

/** Everything the text says. Fields are absent when the text says nothing about them. */
export function extract(fullText: string): Extraction {
  const text = understoodPart(fullText);
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
  const lost = extractLost(text, folded);
  if (lost) result.lost = lost;
  const moneySent = extractMoneySent(text, folded);
  if (moneySent) result.moneySent = moneySent;
  const safety = extractSafety(text, folded);
  if (safety) result.safety = safety;
  const lastSeen = extractLastSeen(text, folded);
  if (lastSeen) result.lastSeen = lastSeen;
  return result;
}

/**
 * Single-element extractors, e.g. for parsing the answer to one question. Each takes the original text and,
 * like extract(), reads at most its first MAX_UNDERSTOOD_CHARS characters (bounded work for every input).
 */
function bounded<A extends unknown[], R>(fn: (text: string, ...rest: A) => R): (text: string, ...rest: A) => R {
  return (text, ...rest) => fn(understoodPart(text), ...rest);
}
const extractAmountsBounded = bounded(extractAmounts);
const extractMoneySentBounded = bounded(extractMoneySent);
const extractInProgressBounded = bounded(extractInProgress);
const extractInjuriesBounded = bounded(extractInjuries);
const extractLastSeenBounded = bounded(extractLastSeen);
const extractSafetyBounded = bounded(extractSafety);
const extractPersonBounded = bounded(extractPerson);
const extractPhonesBounded = bounded(extractPhones);
const extractSuspectsBounded = bounded(extractSuspects);
const extractTimeBounded = bounded(extractTime);
const extractVehiclesBounded = bounded(extractVehicles);
const extractWeaponsBounded = bounded(extractWeapons);
export {
  extractAmountsBounded as extractAmounts,
  extractMoneySentBounded as extractMoneySent,
  extractInProgressBounded as extractInProgress,
  extractInjuriesBounded as extractInjuries,
  extractLastSeenBounded as extractLastSeen,
  extractSafetyBounded as extractSafety,
  extractPersonBounded as extractPerson,
  extractPhonesBounded as extractPhones,
  extractSuspectsBounded as extractSuspects,
  extractTimeBounded as extractTime,
  extractVehiclesBounded as extractVehicles,
  extractWeaponsBounded as extractWeapons,
};
