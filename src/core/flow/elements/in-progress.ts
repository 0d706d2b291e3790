/** `in_progress`: is it still happening? Its answer also says whether it is over (a triage fact). */
import { parseYesNo } from '../../extract/index.js';
import { open, setElement, type Work } from '../work.js';
import { yesNoAnswer } from './answers.js';
import type { ElementBehaviour } from './spec.js';

/** A few words of statement (not one word, not a question back, not just an urge). */
function statesSomething(text: string): boolean {
  const t = text.trim();
  if (/[?？]$/.test(t)) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const words = t.split(/\s+/).filter((x) => /[a-z]{2,}/i.test(x)).length;
  return han >= 4 || words >= 3;
}

/** Facts that follow from an in-progress answer: "no / already gone" means it is over (rule: tense). */
function noteInProgress(w: Work, value: string): void {
  const yn = parseYesNo(value);
  const over = yn === null ? null : !yn;
  if (over !== null && w.s.facts.over !== over) {
    w.s.facts = { ...w.s.facts, over };
    w.changed = true;
  }
}

export const inProgress: ElementBehaviour = {
  key: 'in_progress',
  // "司机卡在里面出不来" / "people stuck on the balconies" also answers "is anyone hurt?": a state of people is no
  // text about another element.
  found: (ext) => ext.inProgress !== undefined && ext.inProgress.state !== true,
  crossChecked: true,
  other: true,
  fill(w, ext) {
    const { s } = w;
    if (ext.inProgress === undefined) return;
    const current = s.elements.in_progress;
    // "已经走了" after "还在" is news: it replaces the earlier answer.
    if (
      open(s, 'in_progress') ||
      (ext.inProgress.value === false && current !== undefined && parseYesNo(current.value) !== false)
    ) {
      setElement(w, 'in_progress', ext.inProgress.text, 'extracted');
    }
    const over = !ext.inProgress.value;
    if (s.facts.over !== over && (over || s.facts.over === null)) {
      s.facts = { ...s.facts, over };
      w.changed = true;
    }
  },
  parse(w, text, ext, aboutOther) {
    const yn = yesNoAnswer(w, 'in_progress', text);
    if (yn !== undefined) return yn;
    if (ext.inProgress !== undefined) return { ok: true, value: ext.inProgress.text };
    // "车在水里", "人打完回家了": how things stand, in words that name no other element, answers in the reporter's
    // words (dispatch reads them; whether it is over stays open).
    if (statesSomething(text) && !aboutOther()) return { ok: true, value: text.trim() };
    return { ok: false };
  },
  onAnswer: noteInProgress,
};
