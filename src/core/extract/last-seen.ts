/**
 * Missing person: where and when they were last seen, when the reporter says so in so many words
 * ("最后一次在公园东门看到她", "last seen at 3pm at Central Park", "he was right next to me at the food court"). A place or time alone is not taken: the
 * place in "在公园走丢了" may be where the search is, not where the person was last seen.
 */
import type { Found } from './types.js';
import { clauses, originalSpan, fold } from './fold.js';

const MARKER =
  /最后(?:一次)?[^，。,]{0,12}?(?:见|看|在|出现|联系)|\blast (?:seen|saw|spotted|heard from)\b|\bwas last\b|(?:刚才|刚刚|前|本来|一开始|刚)还(?:在|看到|看见|见到)|\bwas (?:just|still) (?:here|there|at|by|on|in)\b|\b(?:was|were) (?:right |just )?(?:next to|beside|behind|with) (?:me|us)\b|(?:还有人|有人|邻居|同学|老师|保安)(?:看到|看见|见到|瞅见)(?:他|她|过他|过她)|\b(?:lost|lost sight of) (?:my|our|her|his) (?:son|daughter|boy|girl|kid|child|little one|grandson|granddaughter|brother|sister|mum|mom|dad|nan|gran) (?:at|in|near|by|outside)\b|\bsomeone saw (?:him|her)\b|\b(?:he|she|they) (?:left|walked out of|stormed out of|ran out of) (?:the house|home|the flat|the apartment|school|work|the home)\b|\b(?:left|walked out of|stormed out of) (?:the house|home|the flat|the apartment) (?:an? |about |around )?(?:hour|\d+|few|couple)|(?:早上|上午|中午|下午|晚上|昨天|昨晚|前天|\d{1,2}点|[一二三四五六七八九十]{1,3}点)[^，。,]{0,8}?(?:出的门|出门|出去|离开|走的)|(?:以后|之后|后来|然后)?(?:就|再)?(?:没人|没有人|再也没人?|再没人?)(?:见过|见到|看见|看到)|\b(?:nobody|no one|no-one|noone)(?: has|'s| has)? (?:seen|heard from) (?:him|her|them) since\b|\b(?:hasn't|hasnt|has not|haven't|havent|not) been seen since\b/;

export function extractLastSeen(original: string, folded: string = fold(original)): Found | undefined {
  const found = clauses(folded).filter((c) => MARKER.test(folded.slice(c.start, c.end)));
  if (found.length === 0) return undefined;
  return { text: found.map((c) => originalSpan(original, c)).join('，') };
}
