/** When it happened: 十分钟前, 刚才, 昨晚, 上午10点, 10:30, "10 minutes ago", "last night", "at 3pm". */
import type { Found } from './types.js';
import { allMatches, originalSpan, fold } from './fold.js';
import { EN_NUMBER_SRC, NUMBER_SRC } from './numbers.js';

const ZH_DAYS = [
  '大前天',
  // Cantonese: 琴晚 / 寻晚 (last night), 琴日 / 寻日 (yesterday), 今朝 (this morning), 前日; northern 昨儿, 夜个.
  '琴晚',
  '寻晚',
  '琴日',
  '寻日',
  '今朝',
  '前日',
  '昨儿',
  '夜个',
  '前天',
  '昨天',
  '今天',
  '今早',
  '今晚',
  '今夜',
  '昨晚',
  '昨夜',
  '前晚',
  '上周',
  '上星期',
  '上个星期',
  '上礼拜',
  '上个礼拜',
  '上个月',
  '这周',
  '本周',
  '这个星期',
  '去年',
  '刚才',
  '刚刚',
  '方才',
  '一会儿前',
  '不久前',
  // Northern 今儿 / 头天; "the last couple of days"; early in the morning; after work, school or a meal.
  '今儿早上',
  '今儿晚上',
  '今儿',
  '头天晚上',
  '这两天',
  '这几天',
  '一大早',
  '大清早',
  '一早',
  '下班回来',
  '下班回家',
  '放学回来',
  '放学回家',
  '晚饭后',
  '午饭后',
  '吃完饭',
];
const ZH_PARTS_OF_DAY = [
  '早上',
  '早晨',
  '清晨',
  '上午',
  '中午',
  '下午',
  '傍晚',
  '晚上',
  '夜里',
  '夜间',
  '半夜',
  '深夜',
  '凌晨',
  '晚间',
];
const ZH_UNITS = [
  '分钟',
  '分',
  '小时',
  '个小时',
  '钟头',
  '个钟头',
  '个钟', // Cantonese and southern: 半个钟 (half an hour), 两个钟
  '粒钟', // Cantonese: 一粒钟 (an hour)
  '个字', // Cantonese: 两个字 (ten minutes)
  '天',
  '周',
  '个星期',
  '星期',
  '礼拜',
  '个月',
  '月',
  '年',
];
const EN_UNITS = 'sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?';
const EN_FIXED = [
  'just now',
  'a moment ago',
  'moments ago',
  'a while ago',
  'a little while ago',
  'earlier today',
  'earlier',
  'last night',
  'last nite',
  'last nyt',
  'lastnight',
  'yesterday night',
  'yday',
  'yest',
  'ystday',
  'tonite',
  '2nite',
  'this arvo', // AU/NZ: afternoon
  'yesterday arvo',
  'earlier on',
  'just then',
  'a sec ago',
  'a min ago',
  'a bit ago',
  'tonight',
  'this morning',
  'this afternoon',
  'this evening',
  'yesterday morning',
  'yesterday afternoon',
  'yesterday evening',
  'yesterday',
  'today',
  'last week',
  'last month',
  'the day before yesterday',
  'overnight',
  'at midnight',
  'at noon',
  'midnight',
  'midday',
  'around midnight',
  'around noon',
  // The weekend, and a day or a night not long gone.
  'over the weekend',
  'at the weekend',
  'on the weekend',
  'this weekend',
  'last weekend',
  'the other day',
  'the other night',
];
const WEEKDAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const ZH_CLOCK = `(?:\\d{1,2}|[零一二两三四五六七八九十]{1,3})(?:点钟|点|时)(?:(?:${NUMBER_SRC})分|半|一刻|三刻|多|左右|许)?`;
/** "一点" / "一时" alone are "a bit" / "for a moment", not one o'clock. */
const NOT_A_CLOCK = /^(?:一点|一时|一点儿|一点点|差一点)$/;
const PATTERNS: readonly RegExp[] = [
  // 十分钟前 / 半小时前 / 两个小时以前 / 几天前
  new RegExp(`(?:${NUMBER_SRC}|半|几|一两|两三|个把)(?:来|多)?(?:${alt(ZH_UNITS)})(?:多)?(?:以前|之前|前)`),
  // 昨天晚上10点 / 今天早上 / 上周五
  new RegExp(`(?:${alt(ZH_DAYS)})`),
  new RegExp(`(?:上个|上|这个|这|本|下个|下)?(?:周|星期|礼拜)[一二三四五六日天]`),
  new RegExp(`(?:${NUMBER_SRC})月(?:${NUMBER_SRC})(?:日|号)`),
  new RegExp(`(?:${alt(ZH_PARTS_OF_DAY)})(?:${ZH_CLOCK})?`),
  new RegExp(ZH_CLOCK),
  // 10:30, 3:15pm
  /\b\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?/,
  // 10 minutes ago, two hours ago, a few days ago; Indian English "30 minutes back"; "an hour or so ago", "a quarter of
  // an hour ago" (not "an hour ago": a wrong time is worse than the question)
  new RegExp(
    `\\b(?:(?:a |three )?quarters? of an?|${EN_NUMBER_SRC}|a few|few|several|a couple of|couple of|half(?: an?)?)\\s*(?:${EN_UNITS})(?:\\s+or\\s+(?:so|two|more|less))?\\s+(?:ago|back)\\b`,
  ),
  new RegExp(`\\b(?:${alt(EN_FIXED)})\\b`),
  // at 3pm / around 3 pm / at 10 o'clock
  /(?:\b(?:at|around|about|since|before|after)\s*)?\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)(?![a-z])/,
  new RegExp(`\\b(?:on |last )?(?:${WEEKDAYS_EN})(?: (?:morning|afternoon|evening|night))?\\b`),
  // A window: "sometime between 2 and 4", "between 10pm and midnight".
  /\bbetween\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|o'clock)?\s+and\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|o'clock)?|midnight|noon)(?![\w])/,
];

/**
 * Read only when none of the above is in the text: a verb marked as just done ("刚被扣了": 刚, "just took"), and
 * how long it has lasted ("停了十分钟", "been there 30 min", "for an hour"), which dates it as well.
 */
const EN_JUST_PAST =
  'took|ran|stole|broke|hit|got|left|went|came|saw|drove|threw|bit|fell|beat|shot|woke|heard|found|told|swiped|nicked|[a-z]+ed';
const FALLBACK_PATTERNS: readonly RegExp[] = [
  /(?<![金])刚(?![才刚好性需强果])(?=[\p{Script=Han}])/u,
  new RegExp(
    `\\bjust\\s+(?!(?:wanted|needed|wondered|thought|called to|asked|used|bored|scared|worried|tired|excited|pissed)\\b)(?:${EN_JUST_PAST})\\b`,
  ),
  new RegExp(`(?:${NUMBER_SRC}|半|几|一两|两三)(?:个)?(?:多)?(?:分钟|小时|钟头)(?:多|左右)?`),
  // How long it has been there, with a final 了 ("停了三天了", "放了一个礼拜了").
  new RegExp(`(?:${NUMBER_SRC}|几|一两|两三|好几)(?:个)?(?:多)?(?:天|礼拜|星期|周|月)(?:多)?了`),
  // Indian and Nigerian English "since 2 hours" (for two hours).
  new RegExp(
    `\\bsince\\s+(?:about\\s+|like\\s+|over\\s+|almost\\s+)?(?:an?|${EN_NUMBER_SRC}|half an?|a few|few|several|a couple of)\\s*(?:${EN_UNITS})\\b`,
  ),
  // How long it has gone on: "all evening", "for the past hour", "for the last 30 mins", "for ages", "since 9",
  // "a good hour" (the question "when?" is answered: since then).
  /\b(?:all|the whole)\s+(?:day|night|evening|morning|afternoon|week|weekend)\b/,
  new RegExp(
    `\\bfor\\s+(?:the\\s+)?(?:past|last)\\s+(?:(?:an?|${EN_NUMBER_SRC}|few|couple of|several|two|three)\\s+)?(?:${EN_UNITS}|nights?|mornings?|evenings?)\\b`,
  ),
  /\bfor (?:ages|hours|days|weeks)\b/,
  /\bsince\s+\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|o'clock))?(?![\d:])(?!\s*(?:st|nd|rd|th|street|ave|road|rd)\b)/,
  /\ba good (?:hour|half hour|while|\d{1,2}\s*(?:mins?|minutes))\b/,
  // A habit ("every night around 10").
  /\b(?:every|each)\s+(?:night|day|evening|morning|afternoon|weekend|week)\b/,
  new RegExp(
    `\\b(?:for|been(?:\\s+[a-z]+){0,2})\\s+(?:about\\s+|like\\s+|over\\s+|almost\\s+|nearly\\s+)?(?:an?|${EN_NUMBER_SRC}|half an?|a few|few|several|a couple of)\\s+(?:${EN_UNITS})\\b`,
  ),
  // How long a thing was left before it went: "only left it 20 mins", "parked it there for an hour" (dates the theft).
  new RegExp(
    `\\b(?:left|parked|locked|chained|leave)\\s+(?:it|them|the bike|my bike|me bike|the car|my car)\\s+(?:(?:there|outside|for|about|like|only|just)\\s+){0,2}(?:an?|${EN_NUMBER_SRC}|half an?|a few|few|several|a couple of)\\s*(?:${EN_UNITS})\\b`,
  ),
  // How long, after a negation: "nobody came back for it in like 40 mins", "haven't seen him in two hours".
  new RegExp(
    `\\b(?:nobody|no one|noone|not|never|hasn'?t|haven'?t|didn'?t)\\b[^,.;!?]{0,40}?\\bin\\s+(?:about\\s+|like\\s+|over\\s+|almost\\s+|nearly\\s+)?(?:an?|${EN_NUMBER_SRC}|half an?|a few|few|several|a couple of)\\s+(?:${EN_UNITS})\\b`,
  ),
];

/** Gaps allowed between two time pieces to join them: "昨天晚上10点", "yesterday at 3pm". */
const JOINABLE_GAP = /^(?:\s*|\s*at\s*|的|大概|大约|\s*around\s*)$/;

export function extractTime(original: string, folded: string = fold(original)): Found | undefined {
  const spans: Array<{ start: number; end: number }> = [];
  for (const re of PATTERNS) {
    for (const m of allMatches(re, folded)) {
      const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
      if (m[0].trim() === '' || NOT_A_CLOCK.test(m[0])) continue;
      spans.push({ start: m.index + lead, end: m.index + m[0].length });
    }
  }
  if (spans.length === 0) {
    for (const re of FALLBACK_PATTERNS) {
      const m = re.exec(folded);
      if (m !== null) return { text: originalSpan(original, { start: m.index, end: m.index + m[0].length }) };
    }
    return undefined;
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && (s.start <= last.end || JOINABLE_GAP.test(folded.slice(last.end, s.start)))) {
      last.end = Math.max(last.end, s.end);
    } else merged.push({ ...s });
  }
  const first = merged[0];
  return first ? { text: originalSpan(original, first) } : undefined;
}
