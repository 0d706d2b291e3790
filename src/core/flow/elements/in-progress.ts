/** `in_progress`: is it still happening? Its answer also says whether it is over (a triage fact). */
import { parseYesNo } from '../../extract/index.js';
import { open, setElement, type Work } from '../work.js';
import { yesNoAnswer } from './answers.js';
import type { ElementBehaviour } from './spec.js';

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
  parse(w, text, ext) {
    const yn = yesNoAnswer(w, 'in_progress', text);
    if (yn !== undefined) return yn;
    if (ext.inProgress !== undefined) return { ok: true, value: ext.inProgress.text };
    return { ok: false };
  },
  onAnswer: noteInProgress,
};
