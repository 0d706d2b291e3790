/**
 * The one negation scope: a word right after a negation, in the same clause, does not count ("没有刀",
 * "no knife", "nobody hurt"); negation cancels only its own modifier, never the category (INCIDENT.md).
 * Triage (rules.ts NEGATIONS) and extraction read these lists.
 */

// prettier-ignore
export const NEGATION_ZH: readonly string[] = [
  '没有', '没', '无', '不是', '未', '并没有', '没看到', '没看见', '没发现', '不存在', '别', '不',
];
// prettier-ignore
export const NEGATION_EN: readonly string[] = [
  'no', 'not', 'never', 'without', "isn't", 'isnt', "wasn't", "aren't", "weren't", 'nobody', 'no one', 'none',
  "didn't", 'didnt', "doesn't", 'doesnt', "don't", 'dont', "haven't", "hasn't", 'nothing', "n't",
];

/** What ends a negation's scope: clause punctuation, and words that start a new clause ("no, he has a knife"). */
export const CLAUSE_END = /[,.!?;:，。！？；：、\n~]/;
// prettier-ignore
export const SCOPE_BREAKERS: readonly string[] = [
  '但', '可是', '不过', '但是',
  'he', 'she', 'they', 'i', 'we', 'you', 'someone', 'somebody', 'but', 'sure', 'though', 'however', 'there',
];

const ZH_NEG = new RegExp(`(?:${[...NEGATION_ZH].sort((a, b) => b.length - a.length).join('|')})$`);
const EN_NEG = new RegExp(`(?:^|[^a-z'])(?:${NEGATION_EN.map((w) => w.replace(/'/g, "'")).join('|')})$`);

/**
 * Is the word starting at `index` of the normalised `text` negated? It is when a negation ends at most two
 * words (English) or two characters (Chinese) before it, in the same clause, with no scope breaker between.
 * Looks back at most 24 characters: constant work per call.
 */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  let clauseStart = before.length;
  while (clauseStart > 0 && !CLAUSE_END.test(before.charAt(clauseStart - 1))) clauseStart -= 1;
  const clause = before.slice(clauseStart);
  // Chinese: the negation ends within two characters of the word ("没有刀", "没拿刀", "没有人受伤").
  // A space right before a Chinese word ends the clause ("出门没回来 天都黑了"); English words are spaced anyway.
  const zh =
    /[\u3400-\u9fff]\s+$/.test(clause) && /^[\u3400-\u9fff]/.test(text.charAt(index)) ? '' : clause.replace(/\s+$/, '');
  for (let gap = 0; gap <= 2 && gap <= zh.length; gap++) {
    const head = zh.slice(0, zh.length - gap);
    const between = zh.slice(zh.length - gap);
    if (!/^[\u3400-\u9fff]*$/.test(between) || SCOPE_BREAKERS.some((b) => between.includes(b))) break;
    if (ZH_NEG.test(head) && /[\u3400-\u9fff]$/.test(head)) return true;
  }
  // English: the negation is one of the last three words before it, no breaker after the negation.
  const words = clause.trim().split(/\s+/).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (SCOPE_BREAKERS.includes(w)) return false;
    if (EN_NEG.test(` ${w}`) || NEGATION_EN.includes(w)) return true;
  }
  return false;
}
