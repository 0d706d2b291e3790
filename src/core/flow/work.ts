/**
 * The working copy of one step and the small operations every part of the flow uses on it: set an element,
 * change the status, arm the timers, tell dispatch. Nothing here decides what to ask.
 */
import type { Category, ElementKey, ElementSource, Status } from '../incident.js';
import type { FlowDefinition } from './definition.js';
import type { TemplateId, TemplateVars } from './templates.js';
import type { DispatchEventName, FlowContext, FlowEvent, FlowState, Reply } from './types.js';
import { askedAs } from '../triage/similar.js';

export interface Part {
  id: TemplateId;
  vars?: TemplateVars;
}

export interface Work {
  def: FlowDefinition;
  ctx: FlowContext;
  s: FlowState;
  at: string;
  events: FlowEvent[];
  parts: Part[];
  /** Replies already complete (dispatcher messages split over several segments). */
  ready: Reply[];
  /** Elements, facts or triage changed in this step (dispatch needs an `updated` revision). */
  changed: boolean;
  dispatched: boolean;
  /** The awaited element could not be used and nothing else was learnt: re-ask it with an example. */
  reaskKey: ElementKey | null;
  /** The answer to "is anyone in danger?" could not be read: ask it again. */
  reaskConfirm: boolean;
  /**
   * The reporter wrote about other things while this element's question was pending (the burst goes on, an
   * unprompted "he has a knife"): what the text gives is filled, and the question, still the last one on the
   * reporter's screen, is sent again as it was after a short receipt (not "did not understand", and before any
   * other question the text made necessary).
   */
  stillPending: ElementKey | null;
  /**
   * The message came in an opening burst, before the reporter could have read the question: the question is
   * asked again as it was, and nothing counts it as asked twice.
   */
  repeat: boolean;
  /**
   * The message came in an opening burst while this question was on the reporter's screen, unread: it is not
   * sent again (a short receipt instead), and a "don't know" in the burst does not use up the place follow-up.
   */
  burstPending: ElementKey | 'danger' | 'category' | null;
}

/** Statuses in which questions may still be asked (dispatch may acknowledge an early dispatch meanwhile). */
const OPEN_STATUSES: readonly Status[] = ['collecting', 'acknowledged', 'dispatched', 'on_scene'];

export function questionsOpen(s: FlowState): boolean {
  return s.completedAt === null && OPEN_STATUSES.includes(s.status);
}

/** The element has an answer the flow accepts (a non-specific location such as "楼下" does not count). */
export function answered(s: FlowState, key: ElementKey): boolean {
  const v = s.elements[key];
  if (v === undefined) return false;
  if (key === 'location')
    return (
      s.locationSpecific ||
      s.point !== null ||
      v.source === 'unknown' ||
      v.source === 'declined' ||
      s.placeFollowUp === 'done'
    );
  return true;
}

/** Elements this incident must collect, in asking order. */
export function requiredElements(def: FlowDefinition, s: FlowState): ElementKey[] {
  const wanted = new Set<ElementKey>(def.always);
  const category = askedAs(s.reasons, s.category) ?? s.category ?? (answered(s, 'what') ? def.fallbackCategory : null);
  if (category !== null) for (const k of def.categories[category].required) wanted.add(k);
  if (def.callbackWithoutPhone && !s.channelHasPhone && !s.covert) wanted.add('callback');
  return def.order.filter((k) => wanted.has(k));
}

/** Required elements not yet answered, unknown or declined (the dispatch API's `missing`). */
export function missingElements(def: FlowDefinition, state: FlowState): ElementKey[] {
  return requiredElements(def, state).filter((k) => !answered(state, k));
}

export function emitDispatch(w: Work, event: DispatchEventName, reason?: string): void {
  w.s.revision += 1;
  w.events.push(
    reason === undefined
      ? { type: 'dispatch', event, revision: w.s.revision }
      : { type: 'dispatch', event, revision: w.s.revision, reason },
  );
  w.dispatched = true;
}

export function setStatus(w: Work, to: Status): void {
  const from = w.s.status;
  if (from === to) return;
  w.s.status = to;
  w.events.push({ type: 'status_changed', from, to });
}

export function setElement(w: Work, key: ElementKey, value: string, source: ElementSource): void {
  const ev = { value, source };
  w.s.elements[key] = ev;
  w.events.push({ type: 'element_set', key, value: ev });
  w.changed = true;
}

/** An element is open to what a message gives: not set yet, or recorded as unknown. */
export function open(s: FlowState, key: ElementKey): boolean {
  const v = s.elements[key];
  return v === undefined || v.source === 'unknown';
}

export function clearTimers(s: FlowState): void {
  s.timers = { nudge: null, escalate: null, inactive: null };
}

function plus(at: number, ms: number): string {
  return new Date(at + ms).toISOString();
}

export function armTimers(w: Work): void {
  const { s, ctx } = w;
  if (s.status !== 'collecting' || s.completedAt !== null) {
    clearTimers(s);
    return;
  }
  const at = Date.parse(w.at);
  s.timers = {
    nudge: s.nudged ? null : plus(at, ctx.settings.nudgeAfterS * 1000),
    escalate: s.escalated ? null : plus(at, ctx.settings.escalateAfterS * 1000),
    inactive: plus(at, ctx.settings.inactiveAfterMin * 60_000),
  };
}

export function complete(w: Work, to: Status | null): void {
  const { s } = w;
  if (to !== null) setStatus(w, to);
  s.completedAt = w.at;
  s.awaiting = null;
  s.confirming = null;
  s.reasks = 0;
  clearTimers(s);
}

export function lastDispatchEvent(w: Work): DispatchEventName | null {
  for (let i = w.events.length - 1; i >= 0; i--) {
    const e = w.events[i];
    if (e?.type === 'dispatch') return e.event;
  }
  return null;
}

/** Tells dispatch about changes after an early dispatch or a submission (one revision per input). */
export function maybeUpdated(w: Work, force = false): void {
  const { s } = w;
  if (w.dispatched) return;
  if (!(s.earlyDispatched || s.completedAt !== null || s.revision > 0)) return;
  if (w.changed || force) emitDispatch(w, 'updated');
}

export function chooseCategory(w: Work, category: Category): void {
  w.s.facts = { ...w.s.facts, chosenCategory: category };
  w.changed = true;
}

export function flagHuman(w: Work): void {
  if (!w.s.humanRequested) {
    w.s.humanRequested = true;
    w.events.push({ type: 'human_requested' });
  }
}
