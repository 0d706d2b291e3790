/**
 * The guided question flow: a pure state machine.
 *   step(definition, state, input, ctx) -> { state, replies, events }
 * No clock, database or network inside: time comes in `ctx.now` and on inputs; "no answer in N seconds"
 * is an input (`timer`) like a message. The state is plain JSON so the store can persist it as it is.
 */
import type {
  Category,
  DispatchStatus,
  ElementKey,
  ElementValue,
  GeoPoint,
  Lang,
  Priority,
  Reason,
  Route,
  Status,
} from '../incident.js';
import type { SharedLocation } from '../message.js';
import type { TriageFacts } from '../triage/types.js';

export type TimerKind = 'nudge' | 'escalate' | 'inactive';

export interface FlowTimers {
  /** ISO times; null when not armed. Persisted so a restart keeps them. */
  nudge: string | null;
  escalate: string | null;
  inactive: string | null;
}

export interface FlowState {
  version: 1;
  lang: Lang;
  /** The reporter chose the language explicitly (switch command or form); detection no longer overrides. */
  langLocked: boolean;
  status: Status;
  category: Category | null;
  priority: Priority;
  route: Route;
  covert: boolean;
  covertTipSent: boolean;
  earlyDispatched: boolean;
  /** Advice to call 119 / 120 already given. */
  adviceGiven: boolean;
  elements: Partial<Record<ElementKey, ElementValue>>;
  /** Shared coordinates (as received, with their datum) and whether the location text is dispatchable. */
  point: GeoPoint | null;
  locationSpecific: boolean;
  awaiting: ElementKey | null;
  /** A yes/no confirmation being waited for instead of an element. */
  confirming: 'cancel' | 'no_danger' | 'danger' | 'category' | null;
  /**
   * How many times the danger screen ("is anyone in danger or hurt right now?") and the numbered category
   * question were asked (INCIDENT.md "Never under-triage; when unsure, ask"). Absent in states stored
   * before they existed: read as 0.
   */
  dangerAsks?: number;
  categoryAsks?: number;
  /** How many times the awaited element was re-asked after an unparseable answer (max 2, then unknown). */
  reasks: number;
  /** Every reporter text so far, in order (triage re-reads them all). */
  texts: string[];
  facts: TriageFacts;
  reasons: Reason[];
  humanRequested: boolean;
  /** The channel gives a phone number (SMS): `callback` is known without asking. */
  channelHasPhone: boolean;
  timers: FlowTimers;
  nudged: boolean;
  escalated: boolean;
  /** When the incident left `collecting` (ready / inactive / diverted): later messages become updates. */
  completedAt: string | null;
  lastInboundAt: string | null;
  /** Dispatch revisions already announced (early_dispatch / submitted / updated / diverted). */
  revision: number;
  /** Triage says non-police and nothing suggests danger: ask "is anyone in danger?" before any diversion. */
  divertPending: boolean;
  /** How many times "is anyone in danger?" was asked (it is not asked again after an answer or 1 + max re-asks). */
  noDangerAsks: number;
  /**
   * The one follow-up for a P1/P2 place that is unknown or too vague to drive to (INCIDENT.md): `asked` while
   * its answer is awaited, `done` after. Absent in states stored before it existed: not asked.
   */
  placeFollowUp?: 'asked' | 'done';
  /** The element the reporter answered or corrected last: a bare "不对" / "that's wrong" reopens it. */
  lastAnswered: ElementKey | null;
  /**
   * false once a text came more than the burst window after the one before it: the opening burst is over. Absent
   * (states stored before it existed, and before the second text) means it may still be going on.
   */
  burstChain?: boolean;
}

export type FlowInput =
  | { kind: 'message'; text: string; location?: SharedLocation; at: string }
  | { kind: 'timer'; timer: TimerKind; at: string }
  | { kind: 'dispatch_status'; status: DispatchStatus; note?: string; at: string }
  | { kind: 'dispatcher_message'; text: string; at: string };

export interface FlowSettings {
  nudgeAfterS: number;
  escalateAfterS: number;
  inactiveAfterMin: number;
  agencyName: string;
}

export interface FlowContext {
  now: string;
  settings: FlowSettings;
  /** The incident's public reference (shown in the "ready" reply); optional. */
  reference?: string;
}

export interface Reply {
  /** The template id the reply came from (for tests and the audit), e.g. "ask.location". */
  template: string;
  text: string;
  lang: Lang;
}

/** Changes dispatch must be told about: each becomes one outbox item with a new revision. */
export type DispatchEventName = 'early_dispatch' | 'submitted' | 'updated' | 'diverted';

export type FlowEvent =
  | { type: 'dispatch'; event: DispatchEventName; revision: number; reason?: string }
  | { type: 'element_set'; key: ElementKey; value: ElementValue }
  | { type: 'element_reopened'; key: ElementKey }
  | { type: 'triage'; category: Category | null; priority: Priority; route: Route; covert: boolean; reasons: Reason[] }
  | { type: 'status_changed'; from: Status; to: Status }
  | { type: 'language_changed'; lang: Lang }
  | { type: 'human_requested' }
  | { type: 'escalated'; reason: string }
  | { type: 'nudged' }
  | { type: 'cancel_refused' }
  | { type: 'reask'; key: ElementKey; attempt: number };

export interface StepResult {
  state: FlowState;
  replies: Reply[];
  events: FlowEvent[];
}
