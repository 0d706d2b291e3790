/** Phone numbers in free text, and E.164 normalisation for callback numbers. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { allMatches, fold } from './fold.js';

/** A run of digits with the separators people type inside phone numbers. */
const CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s\-().]{5,20}\d/g;
/** Words right after a number that make it an amount, a count or a measure, not a phone. */
const NOT_PHONE_AFTER = /^\s*(?:元|块|万|千|百|亿|美元|yuan|rmb|dollars?|usd|人|岁|号|米|公里|km|分钟|小时|次)/;
const NOT_PHONE_BEFORE = /(?:[¥$￥]|rmb|cny|usd)\s*$/;

/** Mainland mobile, with or without +86 / 0086 / 86. */
const CN_MOBILE = /^(?:\+?86|0086)?(1[3-9]\d{9})$/;
/** Mainland landline with area code: 010-12345678, 029-88886666, 0755-1234567. */
const CN_LANDLINE = /^0\d{2,3}\d{7,8}$/;
/** North American style written with separators: (555) 123-4567, 555-123-4567. */
const NANP_WRITTEN = /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;
/**
 * A Hong Kong or Singapore mobile as written there: eight digits beginning with 9, as one run or two groups of four
 * ("91234567", "9123 4567"). No mainland landline number begins with 9, so it is never one missing its area code.
 */
const LOCAL_MOBILE_9 = /^9\d{3}[\s-]?\d{4}$/;

/** E.164 (+8613800138000) for a number the reporter typed, or null when it is not a valid phone number. */
export function normalizePhone(raw: string, defaultCountry: CountryCode = 'CN'): string | null {
  const cleaned = raw.trim().replace(/^00/, '+');
  if (cleaned === '') return null;
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * Regions tried, in order, for a callback number written without a country code: mainland China first (the
 * service's home), then the regions visitors most often text from, so "(503) 555-0110" or a Taiwan mobile "0933-123-456" is
 * taken as the reporter wrote it instead of being refused. A number valid in China is always read as Chinese, and only a number of at
 * least ten digits is tried elsewhere: an eight-digit local number is a Chinese one missing its area code (asked
 * again), not a Hong Kong mobile.
 */
const CALLBACK_REGIONS: readonly CountryCode[] = ['US', 'GB', 'AU', 'TW'];

/**
 * E.164 for a callback number the reporter typed, trying the regions above; null when none accepts it. An
 * eight-digit mobile beginning with 9 is read in `localRegion` (Hong Kong for a Chinese reporter, Singapore for an
 * English one: the two places where people text that way most).
 */
export function normalizeCallback(raw: string, localRegion: CountryCode = 'HK'): string | null {
  const home = normalizePhone(raw, 'CN');
  if (home === null && /^(?:\+|00)/.test(raw.trim())) return possibleInternational(raw);
  // "9123 4567": the reporter's local mobile, in the region their language makes likelier (see LOCAL_MOBILE_9).
  if (home === null && LOCAL_MOBILE_9.test(raw.trim())) return normalizePhone(raw.replace(/\D/g, ''), localRegion);
  if (home !== null || raw.replace(/\D/g, '').length < 10) return home;
  for (const region of CALLBACK_REGIONS) {
    const phone = normalizePhone(raw, region);
    if (phone !== null) return phone;
  }
  return null;
}

/**
 * A number written with its country code ("+44 7700 900123") is the one the reporter means to be called on: taken
 * when it has a possible length for that country, even in a range the metadata does not list as allocated.
 */
function possibleInternational(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim().replace(/^00/, '+'));
  return parsed?.isPossible() === true ? parsed.number : null;
}

function phoneDigits(candidate: string): string | null {
  const trimmed = candidate.trim().replace(/[\s\-(.]+$/, '');
  const plus = trimmed.startsWith('+') || trimmed.startsWith('00');
  const digits = trimmed.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 7 || digits.length > 15) return null;
  if (plus) {
    const parsed = parsePhoneNumberFromString('+' + digits);
    return parsed?.isPossible() ? '+' + digits : null;
  }
  const mobile = CN_MOBILE.exec(digits);
  if (mobile) return digits;
  if (CN_LANDLINE.test(digits) && /^0\d{2,3}[\s-]?\d{7,8}$/.test(trimmed)) return digits;
  if (NANP_WRITTEN.test(trimmed)) return digits;
  if (LOCAL_MOBILE_9.test(trimmed)) return digits;
  return null;
}

/** Phone numbers in the text as digits (leading + kept): 13800138000, 02988886666, +15551234567. */
export function extractPhones(text: string, folded: string = fold(text)): string[] {
  const found: string[] = [];
  // Most messages have no digit at all, and every candidate has two (cheaper than the search itself).
  if (!/\d/.test(folded)) return found;
  for (const m of allMatches(CANDIDATE, folded)) {
    const before = folded.slice(0, m.index);
    // A plate (陕a·12345) or an ID / order number with letters glued on is not a phone.
    if (/[a-z·]$/.test(before) || NOT_PHONE_BEFORE.test(before)) continue;
    // The candidate may swallow a following number ("13800138000 5万"): drop trailing groups until one fits.
    let candidate = m[0];
    while (candidate.length >= 7) {
      const after = folded.slice(m.index + candidate.length);
      const digits = /^[a-z]/.test(after) || NOT_PHONE_AFTER.test(after) ? null : phoneDigits(candidate);
      if (digits) {
        if (!found.includes(digits)) found.push(digits);
        break;
      }
      const shorter = candidate.replace(/[\s\-.(]+[^\s\-.(]*$/, '');
      if (shorter === candidate) break;
      candidate = shorter;
    }
  }
  return found;
}
