/**
 * Numbers as reporters write them: 5, 1.5, 2,000, 五, 两千, 三千五 (= 3500), 1.5万, 壹仟, and English words.
 * Works on folded text (simplified, half-width, lower-case).
 */

const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const ZH_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/**
 * Regex source for a number in folded text: Arabic (with decimals / thousands commas), Chinese, or mixed.
 * Each Arabic run must be a whole run (`(?<!\d)…(?!\d)`): without that, `(\d+)+` can split a long digit
 * run in exponentially many ways and one pasted transaction number froze the event loop. Every repeat is
 * bounded, so a scan costs at most a constant per character: a run longer than 16 digits or 16 Chinese
 * numerals is an account or transaction number, not an amount, an age or a count.
 */
export const NUMBER_SRC =
  '(?:(?<![\\d])\\d{1,2}(?:,\\d{2}){1,5},\\d{3}(?:\\.\\d{1,6})?(?![\\d])|(?<![\\d])\\d{1,16}(?:,\\d{3}){0,5}(?:\\.\\d{1,6})?(?![\\d])|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]){1,16}';

/** Regex source for an English number word (for counts). */
export const EN_NUMBER_SRC = `(?:\\d+|${Object.keys(EN_NUMBERS).join('|')})`;

type Token =
  { kind: 'num'; value: number; zero: boolean } | { kind: 'unit'; value: number } | { kind: 'big'; value: number };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const re = /\d+(?:\.\d+)?|./gu;
  // Thousands separators, Western (2,000,000) and Indian (20,00,000: lakh and crore groups of two digits).
  for (const m of text.replace(/,(?=\d{3})|,(?=\d{2}(?:,\d{2})*,\d{3}(?!\d))/g, '').matchAll(re)) {
    const t = m[0];
    if (/^\d/.test(t)) tokens.push({ kind: 'num', value: Number(t), zero: false });
    else if (t in ZH_DIGITS) tokens.push({ kind: 'num', value: ZH_DIGITS[t] ?? 0, zero: ZH_DIGITS[t] === 0 });
    else if (t in ZH_UNITS) tokens.push({ kind: 'unit', value: ZH_UNITS[t] ?? 1 });
    else if (t in ZH_BIG_UNITS) tokens.push({ kind: 'big', value: ZH_BIG_UNITS[t] ?? 1 });
    else return null;
  }
  return tokens;
}

/**
 * Parses Arabic, Chinese and mixed numerals: "12" → 12, "十五" → 15, "一百零五" → 105, "两千" → 2000,
 * "三千五" → 3500 (colloquial), "1.5万" → 15000, "二零二四" → 2024. null when it is not a number.
 */
export function parseChineseNumber(text: string): number | null {
  const tokens = tokenize(text.trim());
  if (!tokens || tokens.length === 0) return null;
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let lastUnit = 0;
  let prevWasUnit = false;
  let sawZero = false;
  let digitRun = 0;
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (t.zero) sawZero = true;
      // "二零二四": a run of digits reads positionally.
      num = num !== null && !prevWasUnit && digitRun > 0 ? num * 10 + t.value : t.value;
      digitRun += 1;
      prevWasUnit = false;
    } else if (t.kind === 'unit') {
      section += (num ?? 1) * t.value;
      lastUnit = t.value;
      num = null;
      prevWasUnit = true;
      sawZero = false;
      digitRun = 0;
    } else {
      const part = section + (num ?? (section === 0 ? 1 : 0));
      if (t.value === 1e8) total = (total + part) * t.value;
      else total += part * t.value;
      lastUnit = t.value;
      section = 0;
      num = null;
      prevWasUnit = true;
      sawZero = false;
      digitRun = 0;
    }
  }
  if (num !== null) {
    // "三千五" = 3500 and "两万五" = 25000: a bare trailing digit right after a unit counts in the next unit down.
    if (prevWasUnitBeforeLast(tokens) && !sawZero && lastUnit >= 10 && num < 10) section += (num * lastUnit) / 10;
    else section += num;
  }
  const value = total + section;
  return Number.isFinite(value) ? value : null;
}

function prevWasUnitBeforeLast(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  return last?.kind === 'num' && before !== undefined && before.kind !== 'num';
}

/** English number word or digits: "two" → 2, "12" → 12, "a" → 1. */
export function parseEnglishNumber(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return EN_NUMBERS[w] ?? null;
}

/** Either kind. */
export function parseAnyNumber(text: string): number | null {
  return parseEnglishNumber(text) ?? parseChineseNumber(text);
}
