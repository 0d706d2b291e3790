/**
 * Text normalisation shared by extraction, triage and answer parsing.
 * Rules match on normalised text; the reporter's own words are always kept as they were.
 */
import * as OpenCC from 'opencc-js';

// opencc-js's bundled types import './core' without an extension, which NodeNext resolution cannot
// follow; state the one signature used here.
type MakeConverter = (options: { from: 'hk'; to: 'cn' }) => (text: string) => string;
// Hong Kong / Taiwan traditional → mainland simplified. Built once: the dictionaries are large.
const toSimplified = (OpenCC.Converter as unknown as MakeConverter)({ from: 'hk', to: 'cn' });

/** Full-width ASCII (ＡＢＣ１２３！) → half-width, ideographic space → space. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Traditional → simplified, full-width → half-width, lower-cased latin, collapsed whitespace. */
export function normalize(text: string): string {
  return fixParticles(toSimplified(toHalfWidth(text)))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The hk→cn dictionary keeps 著 (valid in 著名), but in reports it is almost always the traditional
 * particle 着 (拿著刀, 跟著我). Matching only: the reporter's own text is never changed.
 */
function fixParticles(text: string): string {
  return text.replace(/著/g, '着');
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
