/** The place of the incident: Chinese and English candidates, the best one wins. */
import type { LocationFound } from './types.js';
import { fold } from './fold.js';
import { chineseLocations } from './location-zh.js';
import { englishLocations } from './location-en.js';

/**
 * Picks the place dispatch can use: a specific place beats a relative one; among specific places the one with
 * the most detail (longest) wins, the earliest among equals; among relative places the first.
 */
export function locateIn(original: string, folded: string): LocationFound | undefined {
  const all = [...chineseLocations(original, folded), ...englishLocations(original, folded)];
  const specific = all.filter((c) => c.specific).sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  const best = specific[0] ?? all.filter((c) => !c.specific).sort((a, b) => a.start - b.start)[0];
  return best ? { text: best.text, specific: best.specific } : undefined;
}

/** The place named in free text, or undefined. `specific` is false for "楼下", "隔壁", "here", "upstairs". */
export function extractLocation(text: string): LocationFound | undefined {
  return locateIn(text, fold(text));
}
