/** Short answers: "don't know", yes / no, and single-digit menu choices. */
import { understoodPart } from '../text.js';
import { isNegated } from '../lang/negation.js';
import { fold } from './fold.js';
import { parseChineseNumber } from './numbers.js';

const DONT_KNOW_ZH = [
  '不知道',
  '不晓得',
  '不清楚',
  '不太清楚',
  '不确定',
  '不能确定',
  '没看清',
  '没看清楚',
  '看不清',
  '说不清',
  '说不好',
  '不记得',
  '记不清',
  '忘了',
  '没注意',
  '不了解',
  '不知',
  '不造', // typo / slang for 不知道
  '不知到', // common typo
  // rhetorical: "who knows", "how would I know"
  '鬼知道',
  '天知道',
  '谁知道',
  '哪知道',
  '哪晓得',
];
const DONT_KNOW_EN =
  /\b(?:i\s+)?(?:don'?t|do not|dont|didn'?t|did not)\s+(?:know|remember|see)\b|\bdunno\b|\bnot\s+(?:sure|certain)\b|\bno\s+(?:idea|clue)\b|\bidk\b|\bunknown\b|\bunsure\b|\bcan'?t\s+(?:remember|tell|say)\b|\bcannot\s+(?:remember|tell|say)\b|\bno\s+clue\b/;
/** Text that is a request for help rather than an answer, even when it says "I don't know". */
const NOT_AN_ANSWER = /怎么办|救命|help|what (?:do|should) i do/;

const YES_EN =
  /^(?:yes|y|yeah|yea|ya|yep|yup|aye|sure|ok|okay|correct|right|affirmative|true|still|definitely|absolutely|of course|there is|there are|there was|someone|somebody)\b/;
const NO_EN = /^(?:no|n|nope|nah|not|none|nobody|never|negative|false|nothing|neither|no one|noone)\b/;
const NO_EN_ANYWHERE = /\b(?:no|not|nobody|none|never|nothing)\b|n't\b/;
const YES_EN_ANYWHERE = /\b(?:yes|yeah|yep|aye|still|there (?:is|are|was|were))\b/;

/** Chinese negative phrases that actually mean yes. */
const ZH_NEGATIVE_BUT_YES = ['没错', '没问题', '不错', '不会错'];
const ZH_NO_START = /^(?:不|没|否|无|未|别|并没|并不)/;
const ZH_YES_START = /^(?:是|对|有|还在|在|嗯|恩|好|行|可以|要|需要|能|会|确定|当然|肯定|没错|还有|正在)/;
const ZH_NO_ANYWHERE = /没有|没人|不是|不在|没事|没看到|没看见|没发现|无人|都没/;
const ZH_YES_ANYWHERE = /有|还在|是的/;

/** Strips surrounding punctuation, spaces and polite filler. */
const EDGE = new Set([...`"'“”‘’.,!?;:，。！？；：、…~～`]);

/**
 * The answer without surrounding punctuation and spaces. Trimmed by scanning from both ends: a `[…]+$`
 * pattern would retry at every position of a long run of separators (quadratic time).
 */
function core(text: string): string {
  const t = fold(understoodPart(text));
  let start = 0;
  let end = t.length;
  const edge = (c: string | undefined) => c !== undefined && (EDGE.has(c) || /\s/.test(c));
  while (start < end && edge(t[start])) start += 1;
  while (end > start && edge(t[end - 1])) end -= 1;
  return t.slice(start, end);
}

/** true when the answer is "don't know" (不知道 / 没看清 / not sure / idk / unknown ...). */
export function isDontKnow(text: string): boolean {
  const t = core(text);
  if (t === '' || NOT_AN_ANSWER.test(t)) return false;
  const zh = DONT_KNOW_ZH.some((w) => t.includes(w));
  const en = DONT_KNOW_EN.test(t);
  if (!zh && !en) return false;
  // A long message that merely contains "不知道" is a report, not an answer.
  const cjk = (t.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = t.split(/\s+/).filter((w) => /[a-z]/.test(w)).length;
  return cjk <= 16 && words <= 10;
}

/**
 * Yes / no: 1 = yes, 2 = no; 是 / 对 / 有 / 还在 / 嗯 / yes / yeah vs 不是 / 没有 / 否 / no / nope.
 * "没有刀" is no (with detail), "有人受伤" is yes. null when neither, or "don't know".
 */
export function parseYesNo(text: string): boolean | null {
  const t = core(text);
  if (t === '') return null;
  if (/^1$/.test(t)) return true;
  if (/^2$/.test(t)) return false;
  // Cantonese 系 / 係 alone: yes.
  if (/^系[啊呀喔嘅]?$/.test(t)) return true;
  if (isDontKnow(t)) return null;
  if (ZH_NEGATIVE_BUT_YES.some((w) => t.startsWith(w))) return true;
  if (ZH_NO_START.test(t)) return false;
  if (ZH_YES_START.test(t)) return true;
  if (NO_EN.test(t)) return false;
  if (YES_EN.test(t)) return true;
  if (ZH_NO_ANYWHERE.test(t) || NO_EN_ANYWHERE.test(t)) return false;
  if (ZH_YES_ANYWHERE.test(t) || YES_EN_ANYWHERE.test(t)) return true;
  return null;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨';

/** A single-digit menu answer: "1", "１", " 2 ", "2.", "(3)", "②", "三" → the number if 1..max, else null. */
export function parseDigitChoice(text: string, max: number): number | null {
  const t = core(text).replace(/^[(（[]\s*|\s*[)）\]]$/g, '');
  let n: number | null = null;
  if (/^\d$/.test(t)) n = Number(t);
  else if (t.length === 1 && CIRCLED.includes(t)) n = CIRCLED.indexOf(t) + 1;
  else if (/^[一二两三四五六七八九]$/.test(t)) n = parseChineseNumber(t);
  if (n === null || n < 1 || n > max) return null;
  return n;
}

/** "No danger" said outright: the danger screen's no, however the rest reads. */
const NO_DANGER =
  /没(?:有)?(?:什么)?危险|不危险|都没事|没人受伤|\b(?:no danger|not in danger|no one(?:'s| is)? (?:in danger|hurt)|nobody(?:'s| is)? (?:in danger|hurt)|no one hurt|nobody hurt)\b/;
/**
 * Words that show danger, as an answer to "is anyone in danger or hurt right now?" ("im not safe", "he said he'll
 * kill me", "他不让我走", "救命"): a yes. Read before yes / no, because "not safe" / "不安全" hold a no.
 */
const IN_DANGER =
  /不安全|有危险|很危险|好危险|救命|救救|要杀|杀了我|弄死|打死|不让我走|不让我出|出不去|出不来|还在打|在打架|打起来了|在打我|在打她|在打他|掐(?:我|她|他|住)|勒(?:我|她|他|住)|着火|喘不上气|^\s*help\b|\bhelp (?:me|us|her|him|them)\b|\bneed help\b|\b(?:not safe|unsafe|in danger|kill|killing|strangl\w*|chok(?:e|es|ed|ing)|hitting|beating|attacking|fighting|stabb\w*|won'?t let (?:me|her|him|us) (?:leave|go|out)|can'?t get out|trapped|on fire|bleeding|dying|not breathing|unconscious)\b/g;
/** Fear and haste without a danger named ("im scared", "快来", "please hurry"): not known, so at least P2. */
const AFRAID =
  /害怕|好怕|吓死|快来|快点来|快过来|赶紧来|\b(?:scared|terrified|afraid|frightened|hurry|quick|quickly|asap|please come|come now|getting worse)\b/;

/** The danger screen's answer read from words: yes (danger), unknown (fear, haste), no (none, said outright), or null. */
export function saysDanger(text: string): 'yes' | 'unknown' | 'no' | null {
  const t = fold(text);
  if (NO_DANGER.test(t)) return 'no';
  // "nobody is hitting anyone", "not fighting": a danger word under a negation says no danger.
  for (const m of t.matchAll(IN_DANGER)) if (!isNegated(t, m.index)) return 'yes';
  return AFRAID.test(t) ? 'unknown' : null;
}

/**
 * The answer to "is anyone in danger or hurt?" (the danger screen, and the no-danger question before a 12345
 * diversion): the danger words first (saysDanger), then yes / no. 'unknown' for fear without a danger named.
 */
export function readDangerAnswer(text: string): 'yes' | 'no' | 'unknown' | null {
  const said = saysDanger(text);
  if (said !== null) return said;
  const yn = parseYesNo(text);
  return yn === null ? null : yn ? 'yes' : 'no';
}
