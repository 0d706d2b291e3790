/** The place of the incident: Chinese and English candidates, the best one wins. */
import type { LocationFound } from './types.js';
import { fold } from './fold.js';
import { chineseLocations } from './location-zh.js';
import { englishLocations } from './location-en.js';

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;

export { detectPlaceCorrection, type PlaceCorrection } from './places/correction.js';
export { placeQuality, type PlaceLevel, type PlaceQuality } from './places/quality.js';

/**
 * Picks the place dispatch can use: a specific place beats a relative one; among specific places the one with
 * the most detail (longest) wins, the earliest among equals; likewise among relative places. A place the
 * reporter rules out ("不是钟楼") is never picked.
 */
export function locateIn(original: string, folded: string): LocationFound | undefined {
  // Each reader runs only when its script is there: most messages are in one language.
  const zh = HAN.test(folded) ? chineseLocations(original, folded).filter((c) => !c.negated) : [];
  const en = LATIN.test(folded) ? englishLocations(original, folded) : [];
  const found = [...zh, ...en, ...(DIGIT.test(original) ? typedPlaces(original) : [])];
  // Where someone went ("walked off down towards Chapel Market") is the way they went, not where
  // it happened: taken only when nothing else is named.
  const here = found.filter((c) => !WENT_TOWARDS.test(folded.slice(Math.max(0, c.start - 40), c.start)));
  const all = here.length > 0 ? here : found;
  const specific = joinAdjacent(
    original,
    all.filter((c) => c.specific),
  ).sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  // Among relative places the one that says most ("the gym" over "outside"), the first among equals.
  const best =
    specific[0] ?? all.filter((c) => !c.specific).sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0];
  return best ? { text: best.text, specific: best.specific } : undefined;
}

/**
 * Two places named one right after the other are one place, as a call-taker writes it: "Sheepwash Lane" and "past the
 * farm shop" are "Sheepwash Lane past the farm shop" (place-statements battery, session 16: the longer of the two
 * alone was kept, and the street lost). Only when nothing but a space separates them.
 */
function joinAdjacent<T extends { text: string; start: number; specific: boolean }>(
  original: string,
  places: T[],
): T[] {
  if (places.length < 2) return places;
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    const lastEnd = last === undefined ? -1 : last.start + last.text.length;
    if (last !== undefined && p.start >= lastEnd && /^ ?$/.test(original.slice(lastEnd, p.start))) {
      const end = Math.max(lastEnd, p.start + p.text.length);
      out[out.length - 1] = { ...last, text: original.slice(last.start, end) };
    } else out.push(p);
  }
  return out;
}

const DIGIT = /\d/;
/**
 * The words before a place that make it the way someone went (English only: Chinese 往 / 朝 also name an exit or a
 * side, "往北大街那个口", and the Chinese reader takes "往X跑了" as a direction already).
 */
const WENT_TOWARDS =
  /\b(?:towards?|heading (?:to|for|into)|headed (?:to|for|into)|made off (?:to|into)|ran off (?:to|into)|legged it (?:to|into))\s+(?:the\s+)?$/;
/**
 * Coordinates typed or pasted into a text ("-33.8688, 151.2093", "30.5728,104.0668", a map link's "q=…", "北纬39.9087
 * 东经116.3975", "39.9087N 116.3975E") and postcodes that name a few doors (UK "LS6 2QA", Irish Eircode "D02 X285",
 * in capitals as written on letters): a place dispatch can go to. Decimal degrees need four decimals, as phones and
 * maps share them (a time "10.30" or an amount is no coordinate), and must be in range. Every one has a digit.
 */
const DECIMAL_PAIR = /(?<![\d.])(-?\d{1,2}\.\d{4,8})\s*[,，]\s*(-?\d{1,3}\.\d{4,8})(?![\d.])/;
const HEMISPHERE_PAIR =
  /(?:北纬|南纬)\s*(\d{1,2}(?:\.\d+)?)\s*°?\s*[,，、 ]?\s*(?:东经|西经)\s*(\d{1,3}(?:\.\d+)?)\s*°?|(\d{1,2}\.\d{2,8})\s*°?\s*[NS][,\s]\s*(\d{1,3}\.\d{2,8})\s*°?\s*[EW]\b/;
const POSTCODE =
  /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?(?=\d{0,3}[AC-FHKNPRTV-Y])[AC-FHKNPRTV-Y\d]{4})\b/;

function typedPlaces(original: string): { text: string; start: number; specific: boolean }[] {
  const out: { text: string; start: number; specific: boolean }[] = [];
  const pair = DECIMAL_PAIR.exec(original);
  if (pair && Math.abs(Number(pair[1])) <= 90 && Math.abs(Number(pair[2])) <= 180)
    out.push({ text: pair[0], start: pair.index, specific: true });
  const hemi = HEMISPHERE_PAIR.exec(original);
  if (hemi) out.push({ text: hemi[0].trim(), start: hemi.index, specific: true });
  const code = POSTCODE.exec(original);
  if (code && /\d/.test(code[0]) && /[A-Z]/.test(code[0]))
    out.push({ text: code[0], start: code.index, specific: true });
  return out;
}

/** The place named in free text, or undefined. `specific` is false for "楼下", "隔壁", "here", "upstairs". */
export function extractLocation(text: string): LocationFound | undefined {
  return locateIn(text, fold(text));
}
