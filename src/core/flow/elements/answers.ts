/** Reading an answer by its kind (definition.ts `AnswerKind`): yes / no, yes / no or words, any words. */
import type { ElementKey } from '../../incident.js';
import { parseYesNo } from '../../extract/index.js';
import type { Work } from '../work.js';
import type { Parsed } from './spec.js';

/** Has letters or digits: not just punctuation, spaces or emoji. */
export function substantive(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** One short word: "yes", "no", "是", "没有" (the words say nothing more than 1 / 2 would). */
function shortYesNo(text: string): boolean {
  const t = text.trim().replace(/[.!。！]+$/u, '');
  return /^[a-z]{1,5}$/i.test(t) || /^[\p{Script=Han}]{1,3}$/u.test(t);
}

export function bareChoice(text: string): boolean {
  return /^\s*[12１２]\s*[.。]?\s*$/.test(text);
}

function yesNoValue(w: Work, key: ElementKey, yes: boolean, text: string): string {
  // The reporter's own words are kept ("他还在客厅"); a bare 1 / 2 (in covert mode also a bare "yes" / "没有")
  // becomes the element's value.
  if (!bareChoice(text) && !(w.s.covert && shortYesNo(text))) return text.trim();
  const values = w.def.elements[key].yesNoValues;
  if (values !== undefined) return (yes ? values.yes : values.no)[w.s.lang];
  if (!bareChoice(text)) return text.trim();
  return w.s.lang === 'en' ? (yes ? 'yes' : 'no') : yes ? '是' : '否';
}

/** A yes / no answer, or undefined when the text is neither. */
export function yesNoAnswer(w: Work, key: ElementKey, text: string): Parsed | undefined {
  const t = text.trim();
  const yn = parseYesNo(t);
  return yn !== null ? { ok: true, value: yesNoValue(w, key, yn, t) } : undefined;
}

/** `yesno_or_text`: a yes / no, or words describing it ("一人流血", "a knife"). */
export function yesNoOrText(w: Work, key: ElementKey, text: string): Parsed {
  const yn = yesNoAnswer(w, key, text);
  if (yn !== undefined) return yn;
  const t = text.trim();
  const yesNoOnly = w.s.covert && w.def.elements[key].covertKind === 'yesno';
  if (yesNoOnly && bareChoice(t)) return { ok: false };
  return substantive(t) ? { ok: true, value: t } : { ok: false };
}

/** `text`: any words (not only punctuation). */
export function anyText(text: string): Parsed {
  const t = text.trim();
  return substantive(t) ? { ok: true, value: t } : { ok: false };
}
