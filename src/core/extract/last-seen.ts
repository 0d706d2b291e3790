/**
 * Missing person: where and when they were last seen, when the reporter says so in so many words
 * ("最后一次在公园东门看到她", "last seen at 3pm at Central Park", "he was right next to me at the food court"). A place or time alone is not taken: the
 * place in "在公园走丢了" may be where the search is, not where the person was last seen.
 */
import type { Found } from './types.js';
import { clauses, originalSpan, fold } from './fold.js';

const MARKER =
  /最后(?:一次)?[^，。,]{0,12}?(?:见|看|在|出现|联系)|\blast (?:seen|saw|spotted|heard from)\b|\bwas last\b|(?:刚才|刚刚|前|本来|一开始|刚)还(?:在|看到|看见|见到)|\bwas (?:just|still) (?:here|there|at|by|on|in)\b|\b(?:was|were) (?:right |just )?(?:next to|beside|behind|with) (?:me|us)\b/;

export function extractLastSeen(original: string, folded: string = fold(original)): Found | undefined {
  const found = clauses(folded).filter((c) => MARKER.test(folded.slice(c.start, c.end)));
  if (found.length === 0) return undefined;
  return { text: found.map((c) => originalSpan(original, c)).join('，') };
}
