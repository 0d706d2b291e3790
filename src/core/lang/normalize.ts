/**
 * The one normaliser (issue 13): what every reader of reporter text (triage, extraction, commands, answers)
 * matches on. Traditional → simplified (OpenCC hk → cn), full-width → half-width, lower case, and the common
 * pinyin-input typos and homophones reporters make in a hurry (大架 → 打架, 坎人 → 砍人, 报jing → 报警).
 * The reporter's own words are always kept as they were; only matching sees the normalised form.
 */
import * as OpenCC from 'opencc-js';

// opencc-js's bundled types import './core' without an extension, which NodeNext resolution cannot
// follow; state the one signature used here.
type MakeConverter = (options: { from: 'hk'; to: 'cn' }) => (text: string) => string;
// Hong Kong / Taiwan traditional → mainland simplified. Built once: the dictionaries are large.
const toSimplified = (OpenCC.Converter as unknown as MakeConverter)({ from: 'hk', to: 'cn' });

/** Full-width ASCII (ＡＢＣ１２３！) → half-width, ideographic space → space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Typos and homophones of a pinyin input method (same sound, wrong character) and half-typed pinyin, each
 * only in a context where the wrong form has no other meaning in a report. Written in simplified characters
 * and lower case (they apply after the conversions above). Add a pair here and every reader sees it.
 */
// prettier-ignore
export const TYPO_FIXES: readonly (readonly [wrong: string, right: string])[] = [
  // fighting / attacking
  ['大架', '打架'], ['打价', '打架'], ['打驾', '打架'], ['达架', '打架'], ['打jia', '打架'], ['大jia', '打架'],
  ['坎人', '砍人'], ['砍ren', '砍人'], ['坎我', '砍我'], ['坎他', '砍他'], ['坎她', '砍她'], ['坎了', '砍了'],
  ['捅仁', '捅人'], ['统人', '捅人'], ['桶人', '捅人'], ['通人', '捅人'], ['殴大', '殴打'], ['欧打', '殴打'],
  ['家报', '家暴'], ['加暴', '家暴'], ['家爆', '家暴'], ['jia暴', '家暴'], ['jiabao', '家暴'],
  ['被枪了', '被抢了'], ['被人枪了', '被人抢了'], ['给枪了', '给抢了'], ['枪走了', '抢走了'], ['抢节', '抢劫'], ['抢结', '抢劫'], ['强劫', '抢劫'], ['枪劫', '抢劫'], ['抢jie', '抢劫'], ['打结钱', '打劫钱'],
  ['强坚', '强奸'], ['强间', '强奸'], ['强jian', '强奸'], ['qiangjian', '强奸'], ['性亲', '性侵'], ['猥琐我', '猥亵我'],
  ['绑价', '绑架'], ['帮架', '绑架'], ['邦架', '绑架'], ['bangjia', '绑架'],
  ['着伙', '着火'], ['着活', '着火'], ['起伙', '起火'], ['失伙', '失火'], ['车货', '车祸'], ['车或', '车祸'], ['车huo', '车祸'],
  ['跳搂', '跳楼'], ['自沙', '自杀'], ['自刹', '自杀'], ['zisha', '自杀'], ['割碗', '割腕'], ['不像活', '不想活'], ['不相活', '不想活'],
  ['煤汽', '煤气'], ['泄露', '泄漏'],
  ['被偏', '被骗'], ['被片', '被骗'], ['诈偏', '诈骗'], ['炸骗', '诈骗'],
  ['小头', '小偷'], ['被头了', '被偷了'],
  ['失宗', '失踪'], ['失纵', '失踪'],
  // the police
  ['报jing', '报警'], ['baojing', '报警'], ['保警', '报警'], ['报井', '报警'], ['jingcha', '警察'],
  ['警查', '警察'], ['救明', '救命'], ['jiuming', '救命'], ['就命', '救命'],
  // Cantonese written as spoken (Hong Kong, Guangdong), to the Mandarin the rest of the layer reads (forms the
  // rules already list as they are — 唔好, 俾人打, 打交 — are left alone)
  ['佢哋', '他们'], ['佢', '他'], ['而家', '现在'], ['偷嘢', '偷东西'], ['铺头', '店里'], ['仲喺度', '还在这'], ['仲喺', '还在'], ['喺度', '在这'], ['喺', '在'], ['仲未', '还没'],
  ['啱啱', '刚刚'], ['嘅', '的'], ['睇到', '看到'], ['呢度', '这里'], ['嗰度', '那里'], ['边度', '哪里'], ['乜嘢', '什么'],
  ['咸湿佬', '色狼'], ['大髀', '大腿'], ['跟住我', '跟着我'], ['跟住佢', '跟着他'], ['返屋企', '回家'], ['屋企', '家里'],
  // 燶 (burnt; OpenCC writes it 㶶: 好大阵燶味, 烧燶咗), 门罅 (the crack of a door), 出嚟 / 入嚟 (come out / in)
  ['㶶', '焦'], ['门罅', '门缝'], ['出嚟', '出来'], ['入嚟', '进来'],
  // 呃 = to cheat (呃咗三万蚊: was cheated of 30,000); Mandarin 呃 is a hesitation, never before these
  ['畀人呃', '被人骗'], ['俾人呃', '被人骗'], ['被人呃', '被人骗'], ['呃咗', '骗了'], ['呃我', '骗我'], ['呃钱', '骗钱'],
  ['呃人', '骗人'], ['万蚊', '万块'], ['千蚊', '千块'], ['百蚊', '百块'],
  // "No" and "don't know" in regional speech, same length so the short-answer readers see them too: 冇 / 莫得 / 莫有
  // / 木有 (Cantonese, south-west, net slang: 没有), 唔 before 知 / 系 / 使 / 敢 / 见 (Cantonese 不), 系啊 (Cantonese yes),
  // 晓不得 (south-west), 伐晓得 / 勿晓得 / 弗晓得 (Wu), 毋知 (Minnan), 知不道 (north, joking) — all 不知道
  ['冇', '没'], ['莫得', '没得'], ['莫有', '没有'], ['木有', '没有'], ['唔知', '不知'], ['唔系', '不是'], ['唔使', '不用'], ['唔敢', '不敢'],
  ['唔见', '不见'], ['唔清楚', '不清楚'], ['唔记得', '不记得'], ['系啊', '是啊'], ['系呀', '是呀'], ['系嘅', '是的'], ['晓不得', '不晓得'], ['伐晓得', '不晓得'],
  ['勿晓得', '不晓得'],
  // Taiwan and Minnan: 瓦斯 (gas), 阮厝 (my house), 囝仔 (child), 歹人 (a bad man)
  // Shaanxi 额 = 我 before kin (额妈, 额爸, 额娃; 额大 "my father" is in the frames' family class)
  ['额妈', '我妈'], ['额爸', '我爸'], ['额娃', '我娃'], ['额屋', '我屋'],
  // gone: 没得了 (south-west), 没咗 (Cantonese 冇咗, after 冇 → 没)
  ['没得了', '没有了'], ['没咗', '没了'], ['冇咗', '没了'],
  // Sichuan, Chongqing, Guizhou 老 for a final 了 after a verb of taking or of running off (遭人偷老, 跑老)
  ['偷老', '偷了'], ['抢老', '抢了'], ['扒老', '扒了'], ['跑老', '跑了'],
  ['瓦斯', '煤气'], ['阮厝', '我家'], ['阮囝仔', '我孩子'], ['囝仔', '孩子'], ['歹人', '坏人'], ['弗晓得', '不晓得'], ['毋知影', '不知道'], ['毋知', '不知'], ['知不道', '不知道'],
  // Hakka: 𠊎 (I, me), 昨晡 (yesterday), 昨晡夜 (last night), 屋下 (home, after 我)
  ['𠊎', '我'], ['昨晡夜', '昨晚'], ['昨晡日', '昨天'], ['昨晡', '昨天'], ['我屋下', '我家'],
  // North-eastern and northern 俺家 (my home), 嘎哈 (what for); Cantonese 起上嚟 (has started: 打起上嚟)
  ['俺家', '我家'], ['嘎哈', '干啥'], ['起上嚟', '起来了'],
  // 转了几圈 is circling, not a transfer (转了 alone is money sent in a scam report)
  ['转了好几圈', '绕了好几圈'], ['转了几圈', '绕了几圈'], ['转了一圈', '绕了一圈'], ['转了两圈', '绕了两圈'], ['转了好多圈', '绕了好多圈'],
  // English typos and voice-to-text slips, only where the wrong form means nothing else in a report: stolen typed
  // fast, "on fired" / "caught fired", a fight heard as "a fright going on", a bat heard as "a baseball back".
  ['stolne', 'stolen'], ['stoeln', 'stolen'], ['sotlen', 'stolen'], ['stolden', 'stolen'],
  ['on fired', 'on fire'], ['caught fired', 'caught fire'], ['on fier', 'on fire'], ['fright going on', 'fight going on'],
  ['fright happening', 'fight happening'], ['fright broke out', 'fight broke out'], ['fright outside', 'fight outside'],
  ['baseball back', 'baseball bat'],
  // common slips
  ['在么', '在吗'], ['再吗', '在吗'], ['受上', '受伤'], ['流学', '流血'], ['留血', '流血'], ['流雪', '流血'], ['好多雪', '好多血'], ['久瓶', '酒瓶'], ['根滚子', '根棍子'], ['朵在', '躲在'], ['测所', '厕所'], ['按全', '安全'], ['林居', '邻居'],
  // Cantonese 咗 after a verb is Mandarin 了 (頭破咗, 走咗, 困咗): the longer forms (呃咗, 没咗, 冇咗) are read first.
  ['咗', '了'], ['唔想', '不想'], ['撑落去', '撑下去'], ['撐落去', '撑下去'],
  // UK, Irish and Australian "me" for "my" before the people and things of a report ("someone in me neighbours shed").
  ['me neighbours', 'my neighbours'], ['me neighbour', 'my neighbour'], ['me mum', 'my mum'], ['me dad', 'my dad'],
  ['me missus', 'my missus'], ['me house', 'my house'], ['me car', 'my car'], ['me shed', 'my shed'], ['me kids', 'my kids'],
  ['救户车', '救护车'], ['就护车', '救护车'], ['救护chē', '救护车'],
];

interface Compiled {
  re: RegExp;
  map: ReadonlyMap<string, string>;
}

function compile(pairs: readonly (readonly [string, string])[]): Compiled {
  const map = new Map<string, string>();
  for (const [wrong, right] of pairs) if (wrong !== right) map.set(wrong, right);
  const alternatives = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Latin typos (jiabao, baojing) only as whole words or next to Chinese characters, never inside a word.
  return { re: new RegExp(`(?<![a-z])(?:${alternatives.join('|')})(?![a-z])`, 'g'), map };
}

const ALL = compile(TYPO_FIXES);
/** The fixes that keep the length (fold() must keep every index). */
const SAME_LENGTH = compile(TYPO_FIXES.filter(([a, b]) => a.length === b.length));

/** A fix applied: [start, end) in the text it was found in, and the right form. */
export interface Fix {
  start: number;
  end: number;
  right: string;
}

/**
 * A temperature below zero written with a minus sign ("its -10 out", "like -5 degrees"): the word readers drop the
 * sign, so the sign is read as the word "minus " (which the cold lists know). Only a sign after a space or at the
 * start, before one or two digits that end the number: not "I-35", "555-0177", "5 - 10 min" or "-1.5".
 */
const BELOW_ZERO = /(?<![^\s(~])[-\u2212](?=\d{1,2}(?![\d.,:/-]))/g;

/** Every typo in an already converted (simplified, lower-case) text. One linear pass of one regex (two with a sign). */
export function findTypos(text: string, sameLengthOnly = false): Fix[] {
  const { re, map } = sameLengthOnly ? SAME_LENGTH : ALL;
  const out: Fix[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const right = map.get(m[0]);
    if (right !== undefined) out.push({ start: m.index, end: m.index + m[0].length, right });
  }
  if (sameLengthOnly || (!text.includes('-') && !text.includes('\u2212'))) return out;
  BELOW_ZERO.lastIndex = 0;
  let signs = false;
  for (let m = BELOW_ZERO.exec(text); m !== null; m = BELOW_ZERO.exec(text)) {
    out.push({ start: m.index, end: m.index + 1, right: 'minus ' });
    signs = true;
  }
  return signs ? out.sort((a, b) => a.start - b.start) : out;
}

/** Applies the typo fixes to an already converted text. */
export function fixTypos(text: string, sameLengthOnly = false): string {
  const fixes = findTypos(text, sameLengthOnly);
  if (fixes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of fixes) {
    out += text.slice(at, f.start) + f.right;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * The hk→cn dictionary keeps 著 (valid in 著名), but in reports it is almost always the traditional
 * particle 着 (拿著刀, 跟著我).
 */
function fixParticles(text: string): string {
  return text.replace(/著/g, '着');
}

/**
 * Below U+2000 (ASCII, Latin, Greek, Cyrillic...) no hk → cn dictionary entry starts (a test checks the
 * dictionaries), so a text with nothing above it comes out of OpenCC unchanged: most English messages skip it.
 */
const OPENCC_REACHES = /[\u2000-\uffff]/;

/** Script and width only (no typo fixes, no whitespace change): traditional → simplified, half-width, lower case. */
export function convert(text: string): string {
  const half = toHalfWidth(text);
  return fixParticles(OPENCC_REACHES.test(half) ? toSimplified(half) : half).toLowerCase();
}

/**
 * Texts normalised recently, and the result: one message is normalised by several readers (extraction's
 * fold word by word, intents, commands), and the same short words come back in every message. Bounded; long
 * texts are not kept.
 */
const memo = new Map<string, string>();
const MEMO_SIZE = 256;
const MEMO_MAX_CHARS = 256;

/** Traditional → simplified, full-width → half-width, lower-cased latin, typos fixed, collapsed whitespace. */
export function normalizeText(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const out = fixTypos(convert(text).replace(/\s+/g, ' ').trim());
  if (text.length <= MEMO_MAX_CHARS) {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(text, out);
  }
  return out;
}
