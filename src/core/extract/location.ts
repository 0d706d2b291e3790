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
  const all = [...zh, ...en];
  const specific = all.filter((c) => c.specific).sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  // Among relative places the one that says most ("the gym" over "outside"), the first among equals.
  const best =
    specific[0] ?? all.filter((c) => !c.specific).sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0];
  return best ? { text: best.text, specific: best.specific } : undefined;
}

/** The place named in free text, or undefined. `specific` is false for "楼下", "隔壁", "here", "upstairs". */
export function extractLocation(text: string): LocationFound | undefined {
  return locateIn(text, fold(text));
}
