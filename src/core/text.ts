/**
 * Text normalisation shared by extraction, triage and answer parsing.
 * Rules match on normalised text; the reporter's own words are always kept as they were.
 */
import { normalizeText } from './lang/normalize.js';

/**
 * Traditional → simplified, full-width → half-width, lower-cased latin, typos fixed, collapsed whitespace.
 * The one normaliser lives in lang/normalize.ts; this name is kept for its many readers.
 */
export function normalize(text: string): string {
  return normalizeText(text);
}

/**
 * Every input costs bounded time: a message is understood (extraction, triage, commands) from its first
 * MAX_UNDERSTOOD_CHARS UTF-16 units. Reports are a few hundred characters at most (an SMS is at most 1600);
 * the stored text always keeps every character the reporter sent.
 */
export const MAX_UNDERSTOOD_CHARS = 1000;

/** The first MAX_UNDERSTOOD_CHARS UTF-16 units of a text, never splitting a surrogate pair. */
export function understoodPart(text: string): string {
  if (text.length <= MAX_UNDERSTOOD_CHARS) return text;
  const cut = text.slice(0, MAX_UNDERSTOOD_CHARS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** true when the text contains a Chinese character. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * C0 and C1 control characters other than tab, line feed and carriage return, and the Unicode
 * "noncharacters" U+FFFE / U+FFFF. Reporters never type them; they break logs, terminals and exports.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const CONTROL_G = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Why a text cannot be stored as it is, or null when it can. */
export function textProblem(text: string): 'ill_formed' | 'control_characters' | null {
  if (!text.isWellFormed()) return 'ill_formed';
  if (CONTROL.test(text)) return 'control_characters';
  return null;
}

/**
 * The text with lone surrogates replaced by U+FFFD and control characters removed. For texts a provider
 * already accepted from a phone (SMS, WeChat): refusing them would drop a possibly genuine report, while
 * for direct clients (web form, JSON API) a malformed text is refused with a clear error instead.
 */
export function sanitizeText(text: string): string {
  return text.toWellFormed().replace(CONTROL_G, '');
}
