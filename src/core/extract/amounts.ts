/** Money amounts: 5万, 两千块, 3000块钱, ¥2000, 2,000 yuan, $500, 1.5万, RMB 300. */
import type { AmountFound } from './types.js';
import { allMatches, originalSpan, fold } from './fold.js';
import { NUMBER_SRC, parseChineseNumber } from './numbers.js';

type Currency = AmountFound['currency'];

/** Currency words after a number, folded text. Longest first inside the regex. */
const SUFFIX_CURRENCIES: ReadonlyArray<readonly [string, Currency]> = [
  ['元人民币', 'CNY'],
  ['块钱', 'CNY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['块', 'CNY'],
  ['圆', 'CNY'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['yuan', 'CNY'],
  ['kuai', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['bucks', 'USD'],
  ['usd', 'USD'],
  ['港币', 'other'],
  ['港元', 'other'],
  ['欧元', 'other'],
  ['英镑', 'other'],
  ['日元', 'other'],
  ['euros', 'other'],
  ['euro', 'other'],
  ['pounds', 'other'],
  ['hkd', 'other'],
  // Other currencies reporters name (travellers, migrant workers, cross-border scams): the amount is the loss all
  // the same. Latin words must end a word ("500 won", not "500 wonderful").
  ['hong kong dollars', 'other'],
  ['hk dollars', 'other'],
  ['singapore dollars', 'other'],
  ['sing dollars', 'other'],
  ['australian dollars', 'other'],
  ['aussie dollars', 'other'],
  ['canadian dollars', 'other'],
  ['taiwan dollars', 'other'],
  ['nt dollars', 'other'],
  ['thb', 'other'],
  ['円', 'other'],
  ['新台币', 'other'],
  ['台币', 'other'],
  ['澳门币', 'other'],
  ['澳元', 'other'],
  ['加元', 'other'],
  ['韩元', 'other'],
  ['韩币', 'other'],
  ['日币', 'other'],
  ['泰铢', 'other'],
  ['卢比', 'other'],
  ['比索', 'other'],
  ['越南盾', 'other'],
  ['令吉', 'other'],
  ['马币', 'other'],
  ['rupees', 'other'],
  ['rupee', 'other'],
  ['rs', 'other'],
  ['inr', 'other'],
  ['ringgit', 'other'],
  ['rm', 'other'],
  ['myr', 'other'],
  ['baht', 'other'],
  ['pesos', 'other'],
  ['peso', 'other'],
  ['php', 'other'],
  ['dong', 'other'],
  ['vnd', 'other'],
  ['won', 'other'],
  ['krw', 'other'],
  ['yen', 'other'],
  ['jpy', 'other'],
  ['aud', 'other'],
  ['sgd', 'other'],
  ['gbp', 'other'],
  ['eur', 'other'],
  // African, Gulf and South Asian currencies (mobile-money scams, migrant workers): "2,300 cedis", "20k naira".
  ['cedis', 'other'],
  ['cedi', 'other'],
  ['ghs', 'other'],
  ['naira', 'other'],
  ['ngn', 'other'],
  ['shillings', 'other'],
  ['shilling', 'other'],
  ['ksh', 'other'],
  ['kes', 'other'],
  ['ugx', 'other'],
  ['tsh', 'other'],
  ['rand', 'other'],
  ['zar', 'other'],
  ['kwacha', 'other'],
  ['birr', 'other'],
  ['dirhams', 'other'],
  ['dirham', 'other'],
  ['aed', 'other'],
  ['riyals', 'other'],
  ['riyal', 'other'],
  ['taka', 'other'],
  ['bdt', 'other'],
  ['pkr', 'other'],
  ['lkr', 'other'],
];

/** Currency marks before a number. */
const PREFIX_CURRENCIES: ReadonlyArray<readonly [string, Currency]> = [
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['人民币', 'CNY'],
  ['us$', 'USD'],
  ['usd', 'USD'],
  ['$', 'USD'],
  ['€', 'other'],
  ['£', 'other'],
  ['hk$', 'other'],
  ['hkd', 'other'],
  ['₹', 'other'],
  ['rs.', 'other'],
  ['rs', 'other'],
  ['inr', 'other'],
  ['rm', 'other'],
  ['myr', 'other'],
  ['₱', 'other'],
  ['php', 'other'],
  ['฿', 'other'],
  ['₩', 'other'],
  ['₫', 'other'],
  ['a$', 'other'],
  ['s$', 'other'],
  ['nt$', 'other'],
  ['₦', 'other'],
  ['₵', 'other'],
  ['gh₵', 'other'],
  ['ghs', 'other'],
  ['ngn', 'other'],
  ['ksh', 'other'],
  ['kes', 'other'],
  ['zar', 'other'],
  ['aed', 'other'],
];

/** Money verbs: a bare "两千" right after these is an amount even without 元. */
const MONEY_VERBS = [
  // Money advanced to a scam's "account" (前面已经垫了两千).
  '垫了',
  '垫付了',
  '转了',
  '转账',
  '转',
  '汇了',
  '汇',
  '付了',
  '付',
  '给了',
  '骗了',
  '骗走',
  '被骗',
  '损失',
  '丢了',
  '偷了',
  '抢了',
  '取了',
  '借了',
  '打了',
  '充值',
  '交了',
  '共',
  '大概',
  '大约',
  '约',
  '差不多',
  '价值',
  '值',
  '现金',
  '花了',
  // Money taken from an account: "刚被扣了4999", "卡里被刷了3000", "转走了5000".
  '扣了',
  '扣走',
  '刷了',
  '刷走',
  '划走',
  '划了',
  '转走',
  '取走',
  '盗刷',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUFFIX_SRC = SUFFIX_CURRENCIES.map(([w]) => esc(w)).join('|');
const PREFIX_SRC = PREFIX_CURRENCIES.map(([w]) => esc(w)).join('|');

/** A latin currency mark is a word of its own: "rs 500", "500 rm" but not "hers 500" or "500 rooms". */
const PREFIXED = new RegExp(`(?<![a-z])(${PREFIX_SRC})\\s*(${NUMBER_SRC})(\\s*k\\b)?`, 'g');
const SUFFIXED = new RegExp(`(${NUMBER_SRC})(\\s*k)?\\s*(${SUFFIX_SRC})(?![a-z])`, 'g');
/** Indian English counts money in lakh (100,000) and crore (10,000,000): "2 lakh rupees", "Rs 1.5 lakh". */
const LAKH =
  /(?<![a-z])(?:(?:rs\.?|₹|inr)\s*)?(\d{1,4}(?:\.\d{1,2})?)\s*(lakhs?|lacs?|crores?)(?![a-z])(?:\s*(?:rupees|rupee|rs|inr)(?![a-z]))?/g;
const LAKH_VALUE: Readonly<Record<string, number>> = { l: 100_000, c: 10_000_000 };

/**
 * A round number, then 多 / 几 / 来 / 余 ("more than"), then 万 / 亿: "三十多万", "十几万", "20多万" — money in a report
 * unless a counter follows (the number is the round figure said: 30万 for 三十多万).
 */
const APPROX_BIG = new RegExp(`(${NUMBER_SRC})[多几来余]([万亿])(?:元|块钱|块|人民币)?`, 'g');

/** A bare number with 万 / 亿 in it ("5万", "一万五"): money in a report unless a counter follows. */
const BIG_BARE = new RegExp(`(${NUMBER_SRC})`, 'g');
const NOT_MONEY_AFTER = /^(?:多)?(?:人|个|名|次|岁|米|公里|步|辆|只|条|年|里|号|户|平|字)/;

/**
 * English money paid with no currency word: the number after a verb of paying ("sent him 12k", "paid a 500
 * deposit", "transferred over 2,000") or before a payment's name ("1200 bond", "800 bank transfer"); not a count
 * or a time ("sent 5 messages", "lost 20 minutes").
 */
const EN_PAID_BARE =
  /\b(?:sent|paid|transferred|wired|deposited|gave)\s+(?:(?:him|her|them|the|a|an|guy|seller|scammer|landlord|over|about|around|like|nearly|almost)\s+){0,3}(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*k\b)?(?!\s*(?:min|mins|minutes|hours|hrs|days|weeks|months|years|times|people|kids|messages|texts|pics|photos|emails|km|miles|kg|am|pm|%)\b)|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*k)?\s+(?:bond|deposit|bank transfer|transfer|payment|upfront)\b/g;

/**
 * A bare "15k" is money when the text speaks of money ("sending money ... about 15k so far") or sums it over a
 * period ("about 40k over 6 months", "20k in total"); otherwise it may be a distance ("10k out of town").
 */
const EN_K_BARE = /(?<![a-z0-9$£€.,])(\d{1,4}(?:\.\d+)?)k\b/g;
const EN_K_SUM_AFTER =
  /^\s*(?:so far|in total|total|altogether|all up|all together|over (?:the )?(?:\d+|a few|few|several|last|past|six|two|three|four|five) (?:weeks?|months?|years?))\b/;
const EN_MONEY_CONTEXT =
  /\b(?:money|cash|paid|pay|sent|sending|transferred|wired|scam|scammed|scammer|lost|cost|worth|savings|invest(?:ed|ment)?|bank|loan|debt|owed?|dollars?|bucks|quid|pounds?)\b/;

function currencyOf(table: ReadonlyArray<readonly [string, Currency]>, word: string): Currency {
  return table.find(([w]) => w === word)?.[1] ?? 'other';
}

function valueOf(numberText: string, k: boolean): number | null {
  const v = parseChineseNumber(numberText);
  if (v === null || v <= 0) return null;
  return k ? v * 1000 : v;
}

interface Hit extends AmountFound {
  start: number;
  end: number;
}

/** 块 is also a counter ("一块砖头"): accept it only before 钱, punctuation, latin or the end, or for 10 and up. */
function blockIsMoney(after: string, value: number): boolean {
  return value >= 10 || /^(?:钱|$|[\s,.;!?，。！？；、]|[a-z0-9])/.test(after);
}

export function extractAmounts(original: string, folded: string = fold(original)): AmountFound[] {
  const hits: Hit[] = [];
  const overlaps = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
  const push = (start: number, end: number, value: number, currency: Currency) => {
    if (overlaps(start, end)) return;
    hits.push({ start, end, value, currency, text: originalSpan(original, { start, end }) });
  };

  for (const m of allMatches(LAKH, folded)) {
    const v = Number(m[1]) * (LAKH_VALUE[(m[2] ?? '').charAt(0)] ?? 0);
    if (v > 0) push(m.index, m.index + m[0].length, Math.round(v), 'other');
  }
  for (const m of allMatches(PREFIXED, folded)) {
    const v = valueOf(m[2] ?? '', Boolean(m[3]));
    if (v !== null) push(m.index, m.index + m[0].length, v, currencyOf(PREFIX_CURRENCIES, m[1] ?? ''));
  }
  for (const m of allMatches(SUFFIXED, folded)) {
    const word = m[3] ?? '';
    const end = m.index + m[0].length;
    const v = valueOf(m[1] ?? '', Boolean(m[2]));
    if (v === null) continue;
    if (word === '块' && !blockIsMoney(folded.slice(end), v)) continue;
    // "万一" (in case) is not ten thousand.
    if (/^万/.test(m[1] ?? '')) continue;
    push(m.index, end, v, currencyOf(SUFFIX_CURRENCIES, word));
  }
  for (const m of allMatches(EN_PAID_BARE, folded)) {
    const num = m[1] ?? m[3] ?? '';
    const k = Boolean(m[2] ?? m[4]);
    const v = Number(num.replace(/,/g, '')) * (k ? 1000 : 1);
    const start = m.index + m[0].indexOf(num);
    const end = start + num.length + (m[2] ?? m[4] ?? '').length;
    if (v >= 50) push(start, end, v, 'other');
  }
  for (const m of allMatches(APPROX_BIG, folded)) {
    const end = m.index + m[0].length;
    if (/[万亿]$/.test(m[1] ?? '') || NOT_MONEY_AFTER.test(folded.slice(end))) continue;
    const n = valueOf(m[1] ?? '', false);
    if (n !== null) push(m.index, end, n * (m[2] === '亿' ? 100_000_000 : 10_000), 'CNY');
  }
  if (/\dk\b/.test(folded)) {
    const moneyText = EN_MONEY_CONTEXT.test(folded);
    for (const m of allMatches(EN_K_BARE, folded)) {
      const end = m.index + m[0].length;
      if (!moneyText && !EN_K_SUM_AFTER.test(folded.slice(end))) continue;
      const v = Number(m[1]) * 1000;
      if (v >= 1000) push(m.index, end, v, 'other');
    }
  }
  for (const m of allMatches(BIG_BARE, folded)) {
    const numText = m[1] ?? '';
    const end = m.index + m[0].length;
    const before = folded.slice(Math.max(0, m.index - 4), m.index);
    // "千万别" (never) has no digit: not ten million.
    const hasDigit = /[\d零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(numText);
    const hasBigUnit = hasDigit && /[万亿]$/.test(numText) && !/^[万亿]/.test(numText);
    const afterMoneyVerb = MONEY_VERBS.some((w) => before.endsWith(w)) && /[千百万亿]|\d{3,}/.test(numText);
    if (!hasBigUnit && !afterMoneyVerb) continue;
    if (NOT_MONEY_AFTER.test(folded.slice(end))) continue;
    const v = valueOf(numText, false);
    if (v !== null) push(m.index, end, v, 'CNY');
  }
  return hits.sort((a, b) => a.start - b.start).map(({ text, value, currency }) => ({ text, value, currency }));
}

/** Whether money was sent, in words ("还没转", "已经转了", "I haven't sent anything", "already paid"). */
const MONEY_NOT_SENT =
  /(?:还)?没(?:有)?(?:转|汇|付|给)(?:钱|账|款)?|没(?:有)?(?:损失|被骗走)|\b(?:haven'?t|have not|didn'?t|did not|not yet)\s+(?:sent|send|paid|pay|transferred|transfer|wired|wire)\b|\bnothing (?:was )?(?:sent|paid|lost|taken)\b|\bno money (?:was )?(?:sent|lost|taken)\b/;
/**
 * Sent, or taken from an account: "got debited", "was deducted from my account", "被扣了", "卡里少了一万二"; put into a platform
 * ("在app上充了钱", "投了二十万"); money sent, also as a habit ("has been sending money to a guy", "paid them cash").
 */
const MONEY_SENT =
  /(?:卡里|卡上|账户里|账户上|账上|余额|支付宝里|微信里)(?:的)?(?:钱)?(?:就|都|全|全部)?(?:少了|没了|不见了|被转走|被划走|被盗刷)|被盗刷|已经(?:转|汇|付)|(?:转|汇|付)了|(?:充|投)(?:了|进去了?)(?:钱|[\d一二两三四五六七八九十几])|充值了|转过去了|被(?:扣|划|刷)(?:走|了)|\b(?:already|i|we|she|he)\s+(?:sent|paid|transferred|wired)\b|\b(?:sent|sending|paid|paying|transferred|transferring|wired|wiring|gave|giving)\s+(?:(?:him|her|them|this|that|a|the|some)\s+(?:guy|man|woman|girl|person|scammer|seller)?\s*)?(?:money|cash|funds|gift ?cards?|bitcoin|crypto|btc|usdt)\b|\b(?:got|been|was|were|is|are|has been|have been)\s+(?:debited|deducted|withdrawn|taken out|taken from|transferred out|wiped)\b|\b(?:debited|deducted|auto-debited)\b|\b(?:withdrawn|taken)\s+from\s+(?:my|our|his|her|their|the)\s+(?:account|card|bank|a\/c)\b/;

export function extractMoneySent(
  original: string,
  folded: string = fold(original),
): { value: boolean; text: string } | undefined {
  const no = MONEY_NOT_SENT.exec(folded);
  if (no) return { value: false, text: original.slice(no.index, no.index + no[0].length).trim() };
  const yes = MONEY_SENT.exec(folded);
  if (yes) return { value: true, text: original.slice(yes.index, yes.index + yes[0].length).trim() };
  return undefined;
}
