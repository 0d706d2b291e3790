/**
 * Which language to reply in: zh-CN when the reporter writes Chinese, en when they write English words.
 * Digits, yes/no and other short tokens carry no signal and keep the current language.
 */
import type { Lang } from '../incident.js';
import { hasChinese, normalize } from '../text.js';

/** Latin tokens that Chinese-writing reporters use too, or that say nothing about the language. */
const NEUTRAL_WORDS = new Set(['ok', 'okay', 'yes', 'no', 'sos', 'am', 'pm', 'km', 'kg', 'cm', 'wifi', 'app', 'id']);

/** The language a text is written in, or null when it gives no signal (digits, "ok", "1"). */
export function detectLanguage(text: string): Lang | null {
  if (hasChinese(text)) return 'zh-CN';
  const words = normalize(text).match(/[a-z]{2,}/g) ?? [];
  return words.some((w) => !NEUTRAL_WORDS.has(w)) ? 'en' : null;
}

export interface LanguageChoice {
  current: Lang;
  /** The reporter chose the language explicitly: detection no longer changes it. */
  locked: boolean;
  /**
   * The text answers a question whose answer is often written in the other script (an address, a plate,
   * a name): it keeps the current language instead of switching it.
   */
  sticky?: boolean;
}

/** The language to reply in after this text. */
export function replyLanguage(text: string, choice: LanguageChoice): Lang {
  if (choice.locked || choice.sticky === true) return choice.current;
  return detectLanguage(text) ?? choice.current;
}
