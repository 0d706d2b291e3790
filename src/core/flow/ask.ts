/**
 * Deciding what to say after an input: early dispatch, advice, the covert tip, diversion, the danger screen
 * and category question when unsure, and then the one next question (or completion).
 */
import type { ElementKey } from '../incident.js';
import { UNKNOWN } from '../incident.js';
import { parseYesNo } from '../extract/index.js';
import { askPlaceFollowUp, placeFollowUpDue } from './elements/index.js';
import type { FlowState } from './types.js';
import {
  answered,
  complete,
  emitDispatch,
  lastDispatchEvent,
  missingElements,
  questionsOpen,
  type Work,
} from './work.js';

export function dispatchable(s: FlowState): boolean {
  return (
    s.point !== null ||
    (s.locationSpecific && s.elements.location !== undefined && s.elements.location.value !== UNKNOWN)
  );
}

function adviceFor(s: FlowState): 'advice.119' | 'advice.120' | null {
  if (s.route === '110+119' || s.category === 'fire') return 'advice.119';
  if (s.route === '110+120' || s.category === 'medical' || s.category === 'self_harm') return 'advice.120';
  if (s.category === 'traffic') {
    const injuries = s.elements.injuries;
    if (injuries !== undefined && injuries.source !== 'unknown' && parseYesNo(injuries.value) === true)
      return 'advice.120';
  }
  return null;
}

function wantsNoDangerConfirm(w: Work): boolean {
  const { s, def } = w;
  const category = s.category;
  const confirmCategory = category !== null && def.categories[category].confirmNoDanger === true;
  return (
    (s.divertPending || confirmCategory) && s.facts.noDanger === null && s.noDangerAsks < 1 + def.maxReasks && !s.covert
  );
}

/** The danger screen and the category question are asked at most twice each (the question and one re-ask). */
export const SCREEN_ASKS = 2;

/** The reporter answered "yes" to the danger screen. */
function dangerSaid(s: FlowState): boolean {
  return s.facts.danger === 'yes';
}

/** The danger screen is still to be asked: no category, not already P1, no answer about danger yet. */
function dangerOpen(w: Work): boolean {
  const { s } = w;
  return (
    s.category === null &&
    s.priority !== 'P1' &&
    (s.facts.danger ?? null) === null &&
    s.facts.noDanger === null &&
    (s.dangerAsks ?? 0) < SCREEN_ASKS
  );
}

/**
 * The danger check for a report whose kind is known but which is not urgent yet (INCIDENT.md "Never under-triage;
 * when unsure, ask"): the reporter's words named a category whose usual priority is below P1, and nothing said
 * whether anyone is hurt or in danger. Asked once, as the last question: a yes makes it P1 (early dispatch), a "don't
 * know" at least P2, a no changes nothing. Not for 12345 matters (they have their own no-danger question), tips
 * (P4), kinds marked `noDangerCheck` (scams), or a report that already says whether anyone is hurt.
 */
function dangerCheckDue(w: Work): boolean {
  const { s, def } = w;
  const category = s.category;
  if (category === null || s.divertPending || (s.priority !== 'P2' && s.priority !== 'P3')) return false;
  const flow = def.categories[category];
  if (flow.confirmNoDanger === true || flow.noDangerCheck === true) return false;
  // Already asked as the 12345 "is anyone in danger?" question (the report was a diversion candidate before).
  if ((s.facts.danger ?? null) !== null || s.facts.noDanger !== null || s.noDangerAsks > 0) return false;
  // Asked once; a text of the opening burst, written before the question could be read, leaves it pending.
  if ((s.dangerAsks ?? 0) > 0 && !(w.burstPending === 'danger' && s.confirming === 'danger')) return false;
  const injuries = s.elements.injuries;
  return injuries === undefined || injuries.source === 'unknown';
}

function askDanger(w: Work, again: boolean): void {
  const { s } = w;
  s.awaiting = null;
  const unread = w.burstPending === 'danger' && s.confirming === 'danger';
  if (!(w.repeat && s.confirming === 'danger') && !unread) s.dangerAsks = (s.dangerAsks ?? 0) + 1;
  s.confirming = 'danger';
  w.parts.push({ id: unread ? 'noted' : again ? 'danger.reask' : 'danger.ask' });
}

function askCategory(w: Work, again: boolean): void {
  const { s } = w;
  s.awaiting = null;
  const unread = w.burstPending === 'category' && s.confirming === 'category';
  if (!(w.repeat && s.confirming === 'category') && !unread) s.categoryAsks = (s.categoryAsks ?? 0) + 1;
  s.confirming = 'category';
  w.parts.push({ id: unread ? 'noted' : again ? 'category.reask' : 'category.ask' });
}

/**
 * While no category is known: the danger screen (after the place when the reporter already said what is
 * happening, before it when nothing is known), the place, then the numbered category question. Returns
 * true when it asked something.
 */
function askWhenUnsure(w: Work): boolean {
  const { s } = w;
  if (s.category !== null) {
    if (s.confirming === 'category' || (s.confirming === 'danger' && !dangerCheckDue(w))) s.confirming = null;
    return false;
  }
  const locationMissing = !answered(s, 'location');
  if (dangerOpen(w) && !(locationMissing && answered(s, 'what'))) {
    askDanger(w, s.confirming === 'danger' && w.reaskConfirm);
    return true;
  }
  if (locationMissing) {
    askElement(w, 'location');
    return true;
  }
  if (dangerOpen(w)) {
    askDanger(w, s.confirming === 'danger' && w.reaskConfirm);
    return true;
  }
  askCategory(w, s.confirming === 'category' && w.reaskConfirm);
  return true;
}

function askElement(w: Work, key: ElementKey): void {
  const { s, def } = w;
  if (s.awaiting !== key) s.reasks = 0;
  s.awaiting = key;
  // One question at a time (rule 3): a screen not answered is left for later, and `awaiting` names this one.
  s.confirming = null;
  const reask = w.reaskKey === key;
  // The same question is still unread on the reporter's screen (a text of the opening burst): not sent again.
  if (w.burstPending === key && !reask) {
    // A receipt, unless the reply already says something ("this is urgent and cannot be cancelled").
    if (w.parts.length === 0) w.parts.push({ id: s.covert ? 'covert.ack' : 'noted' });
    return;
  }
  // A text about other things came after the question could be read: what it gave is taken (a receipt, unless
  // the reply already says something), and the question is sent again as it was, not as "did not understand".
  // Left unsent, a reporter who meant it as the answer would wait in silence for the next question.
  if (w.stillPending === key && !reask && w.parts.length === 0) w.parts.push({ id: s.covert ? 'covert.ack' : 'noted' });
  if (s.covert) {
    if (reask) w.parts.push({ id: 'covert.reask' });
    w.parts.push({ id: `covert.ask.${key}` });
    return;
  }
  if (reask) {
    w.parts.push({ id: `reask.${key}`, vars: { example: def.elements[key].example[s.lang] } });
    return;
  }
  const partialLocation = key === 'location' && s.elements.location !== undefined && !answered(s, 'location');
  w.parts.push({ id: partialLocation ? 'ask.location_detail' : `ask.${key}` });
}

/**
 * After the state has taken in an input: early dispatch, advice, the covert tip, diversion, and then the
 * one next question (or completion). Also used to repeat the current question after help / human / switch.
 */
export function advance(w: Work): void {
  const { s, def } = w;
  if (!questionsOpen(s)) return;

  if (s.confirming === 'cancel') {
    w.parts.push({ id: 'cancel.confirm' });
    return;
  }

  // Early dispatch (先期处置): P1 with a category and a place dispatch can go to.
  if (!s.earlyDispatched && s.priority === 'P1' && (s.category !== null || dangerSaid(s)) && dispatchable(s)) {
    s.earlyDispatched = true;
    emitDispatch(w, 'early_dispatch', 'P1 with category and location');
    w.parts.push({ id: s.covert ? 'covert.early_dispatch' : 'early_dispatch' });
  }

  const advice = adviceFor(s);
  if (advice !== null && !s.adviceGiven && !s.covert) {
    s.adviceGiven = true;
    w.parts.push({ id: advice });
  }

  if (s.covert && !s.covertTipSent) {
    s.covertTipSent = true;
    w.parts.push({ id: 'covert.tip' });
  }

  if (s.priority === 'divert' && s.facts.noDanger === true) {
    complete(w, 'diverted');
    emitDispatch(w, 'diverted', 'reporter confirmed nobody is in danger');
    w.parts.push({ id: 'diverted.12345' });
    return;
  }

  // The one follow-up for a P1/P2 place that is unknown or too vague (INCIDENT.md), before anything else.
  if (placeFollowUpDue(s)) {
    // A vague place in a text of the opening burst: the "where?" on the reporter's screen is still unread, and
    // its answer may say more; the follow-up waits for it.
    if (w.burstPending === 'location' && s.placeFollowUp === undefined) askElement(w, 'location');
    else askPlaceFollowUp(w);
    return;
  }

  // Never under-triage; when unsure, ask (INCIDENT.md): no category yet → the danger screen and the
  // numbered category question, around the location question.
  if (askWhenUnsure(w)) return;

  const missing = missingElements(def, s);
  const next = missing[0];
  // Location and what come first; then, for non-police requests, "is anyone in danger?".
  if (next !== undefined && (next === 'location' || next === 'what')) {
    askElement(w, next);
    return;
  }
  // The question "is anyone in danger?" is moot once the report is no longer a diversion candidate.
  if (s.confirming === 'no_danger' && !wantsNoDangerConfirm(w)) s.confirming = null;
  if (wantsNoDangerConfirm(w)) {
    s.awaiting = null;
    const again = s.confirming === 'no_danger' && w.reaskConfirm;
    // A text of the opening burst came while the question was on the reporter's screen, unread: not sent again.
    const unread = w.repeat && s.confirming === 'no_danger';
    if (!unread) s.noDangerAsks += 1;
    s.confirming = 'no_danger';
    w.parts.push({ id: unread ? 'noted' : again ? 'no_danger.reask' : 'no_danger.confirm' });
    return;
  }
  if (next !== undefined) {
    // The question still pending comes before any other that the same text made necessary.
    const pendingKey = w.stillPending !== null && missing.includes(w.stillPending) ? w.stillPending : null;
    askElement(w, pendingKey ?? next);
    return;
  }

  // Before the report is complete: is anyone in danger now? (a known kind of matter below P1, nothing said of it).
  if (dangerCheckDue(w)) {
    askDanger(w, false);
    return;
  }

  // Everything required is answered, unknown or declined.
  complete(w, s.status === 'collecting' ? 'ready' : null);
  if (lastDispatchEvent(w) !== 'submitted') emitDispatch(w, 'submitted', 'required elements complete');
  if (s.covert) w.parts.push({ id: 'covert.ready' });
  else if (w.ctx.reference !== undefined && w.ctx.reference !== '')
    w.parts.push({ id: 'ready', vars: { ref: w.ctx.reference } });
  else w.parts.push({ id: 'ready.noref' });
}
