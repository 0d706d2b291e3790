/**
 * Length-preserving normalisation for matching. `normalize()` collapses whitespace, so spans found in its
 * output cannot be mapped back to the reporter's text; `fold()` applies the same conversions segment by
 * segment and keeps every whitespace character, so index i in the folded text is index i in the original.
 */
import { normalize } from '../text.js';

/** Variants opencc (hk → cn) leaves alone but that mean the same thing in a report. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  著: '着', // 拿著刀 / 著火: opencc keeps 著 (it is also simplified for "famous")
  '\u2019': "'", // don’t
  '\u2018': "'",
  '\u00b7': '·', // middle dot variants in plates
  '\u2022': '·',
  '\u30fb': '·',
  '\uff65': '·',
};

/** The characters EXTRA_FOLDS maps (each one UTF-16 unit). */
const EXTRA_FOLD_CHARS = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');

function foldChar(c: string): string {
  const n = normalize(c);
  return n.length === c.length ? n : c;
}

function foldSegment(segment: string): string {
  const n = normalize(segment);
  if (n.length === segment.length) return n;
  // Rare: a phrase conversion changed the length. Fall back to one character at a time.
  return Array.from(segment, foldChar).join('');
}

/**
 * Texts folded recently: one step folds the new message in several extractors (and yes/no, intents). Bounded:
 * a step's few texts, not every text ever seen.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 32;
const MEMO_MAX_CHARS = 1000;

/** Traditional → simplified, full-width → half-width, lower-case; same length as the input. */
export function fold(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const out = foldText(text);
  if (text.length > MEMO_MAX_CHARS) return out;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(text, out);
  return out;
}

function foldText(text: string): string {
  const folded = text
    .split(/(\s+)/)
    .map((part) => (part === '' || /^\s+$/.test(part) ? part : foldSegment(part)))
    .join('');
  const out = folded.replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c);
  return out.length === text.length ? out : text.toLowerCase();
}

/** A found span: [start, end) in both the folded and the original text. */
export interface Span {
  start: number;
  end: number;
}

/** The reporter's own characters for a span, trimmed. */
export function originalSpan(original: string, span: Span): string {
  return original.slice(span.start, span.end).trim();
}

/** Clause boundaries: Chinese and ASCII punctuation, newlines; not the comma in "2,000" or the dot in "1.5". */
const CLAUSE_BREAK = /[，。！？；、\n!?;]|,(?!\d)|\.(?=\s|$)/g;

/** Splits the folded text into clauses (spans into the same string). */
export function clauses(folded: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of allMatches(CLAUSE_BREAK, folded)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < folded.length) out.push({ start, end: folded.length });
  return out;
}

/** All matches of a global regex as spans plus the match array. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  let g = globalOf.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalOf.set(re, g);
  }
  // What String.prototype.matchAll does, without cloning the regex on every call (a new RegExp per call and
  // per clause was a tenth of a step). All matches are collected before returning, so sharing `g` is safe.
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(m);
    if (m[0] === '') g.lastIndex = advance(text, g.lastIndex, g.unicode || g.unicodeSets);
  }
  return out;
}

/** The index after an empty match: one code point in unicode mode, else one code unit (as matchAll does). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/** The global copy of each regex given to allMatches, made once. */
const globalOf = new WeakMap<RegExp, RegExp>();

/** Builds a regex alternation from words, longest first, regex-escaped. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
