/**
 * The guided question flow: step(definition, state, input, ctx) -> { state, replies, events }.
 * Pure: no clock (time comes from inputs and ctx), no I/O, no randomness. The input state is never mutated.
 * INCIDENT.md "Flow rules" is the specification; the numbers in comments refer to its rules.
 *
 * Layout: each element's behaviour (how a message fills it, how an answer to it is read) is in elements/,
 * each kind of input in inputs/, what to ask next in ask.ts, the working copy of a step in work.ts.
 */
import type { Lang } from '../incident.js';
import { understoodPart } from '../text.js';
import { clonePlainSharing } from './clone.js';
import { defaultFlow, type FlowDefinition } from './definition.js';
import { onDispatchStatus } from './inputs/dispatch-status.js';
import { onDispatcherMessage } from './inputs/dispatcher-message.js';
import { onMessage } from './inputs/message.js';
import { onTimer } from './inputs/timer.js';
import { fitsOneSegment, joinTexts, render, truncateToSegment } from './templates.js';
import type { FlowContext, FlowInput, FlowState, Reply, StepResult } from './types.js';
import type { Work } from './work.js';

export { missingElements, requiredElements } from './work.js';

// --- state --------------------------------------------------------------------------------------------

export interface InitialStateOptions {
  lang: Lang;
  /** The reporter chose the language (web form): detection will not change it. */
  langLocked?: boolean;
  /** The channel gives a phone number (SMS). */
  channelHasPhone: boolean;
  /** A callback number in E.164 from the channel or the form. */
  callback?: string;
  now: string;
}

export function initialState(opts: InitialStateOptions): FlowState {
  return {
    version: 1,
    lang: opts.lang,
    langLocked: opts.langLocked ?? false,
    status: 'collecting',
    category: null,
    priority: 'P3',
    route: '110',
    covert: false,
    covertTipSent: false,
    earlyDispatched: false,
    adviceGiven: false,
    elements: opts.callback !== undefined ? { callback: { value: opts.callback, source: 'channel' } } : {},
    point: null,
    locationSpecific: false,
    awaiting: null,
    confirming: null,
    reasks: 0,
    texts: [],
    facts: { noDanger: null, over: null },
    reasons: [],
    humanRequested: false,
    channelHasPhone: opts.channelHasPhone,
    timers: { nudge: null, escalate: null, inactive: null },
    nudged: false,
    escalated: false,
    completedAt: null,
    lastInboundAt: null,
    revision: 0,
    divertPending: false,
    noDangerAsks: 0,
    lastAnswered: null,
  };
}

/**
 * A message from the same sender joins this incident (rule 9): always while it is open, and within
 * `followUpWindowMin` after completion. After that the store starts a new incident linked to this one.
 */
export function isFollowUpWindowOpen(state: FlowState, now: string, def: FlowDefinition = defaultFlow): boolean {
  if (state.completedAt === null) return true;
  return Date.parse(now) - Date.parse(state.completedAt) <= def.followUpWindowMin * 60_000;
}

// --- replies ---------------------------------------------------------------------------------------------

/** Renders the parts and joins neighbours into one SMS where they fit (≤ 2 messages per input, usually 1). */
function pack(w: Work): Reply[] {
  const lang = w.s.lang;
  const out: Reply[] = [];
  for (const part of w.parts) {
    const text = truncateToSegment(render(part.id, lang, { agency: w.ctx.settings.agencyName, ...part.vars }));
    const last = out[out.length - 1];
    if (last !== undefined) {
      const joined = joinTexts(last.text, text);
      if (fitsOneSegment(joined)) {
        last.text = joined;
        last.template = `${last.template}+${part.id}`;
        continue;
      }
    }
    out.push({ template: part.id, text, lang });
  }
  return [...out, ...w.ready];
}

// --- step ------------------------------------------------------------------------------------------------

/**
 * What the step's working copy shares with the state it was given: the triage reasons, the largest part of a
 * state, which the flow only ever replaces with a new triage's list (retriage.ts), never changes in place.
 */
const SHARED_IN_COPY: ReadonlySet<string> = new Set<keyof FlowState>(['reasons']);

export function step(def: FlowDefinition, state: FlowState, input: FlowInput, ctx: FlowContext): StepResult {
  const w: Work = {
    def,
    ctx,
    s: clonePlainSharing(state, SHARED_IN_COPY),
    at: input.at,
    events: [],
    parts: [],
    ready: [],
    changed: false,
    dispatched: false,
    reaskKey: null,
    reaskConfirm: false,
    stillPending: null,
    repeat: false,
    burstPending: null,
  };
  switch (input.kind) {
    case 'message':
      onMessage(w, { ...input, text: understoodPart(input.text) });
      break;
    case 'timer':
      onTimer(w, input);
      break;
    case 'dispatch_status':
      onDispatchStatus(w, input);
      break;
    case 'dispatcher_message':
      onDispatcherMessage(w, input);
      break;
  }
  return { state: w.s, replies: pack(w), events: w.events };
}
