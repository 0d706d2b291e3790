/**
 * The interfaces the core needs from the outside world. src/store implements the storage ones,
 * src/main.ts wires real clocks and ids; tests inject fixed ones.
 */
import type { FlowContext, FlowEvent, FlowInput, FlowState, Reply, StepResult } from './flow/types.js';
import type { ChannelId, InboundMessage, OutboundKind } from './message.js';

/** Work for one key runs one at a time in arrival order; different keys in parallel. */
export interface KeyedSerializer {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export interface Clock {
  now(): Date;
}

export interface IdSource {
  incidentId(): string;
  /** A short human-readable reference a reporter can quote, e.g. "20261123-K7Q2PX". */
  reference(now: Date): string;
  /** An unguessable secret for the reporter's own page. */
  token(): string;
}

/** What the core knows of a stored incident. */
export interface IncidentRecord {
  id: string;
  reference: string;
  token: string;
  channel: ChannelId;
  sender: string;
  state: FlowState;
  createdAt: string;
  previousId: string | null;
  /** The stored version this record was read at; a write names it (compare-and-set). 0 for a new one. */
  version: number;
}

export interface StoredInbound {
  id: number;
  message: InboundMessage;
}

/** A change decided by the core, to be persisted in one commit. */
export interface IncidentChange {
  incident: IncidentRecord;
  isNew: boolean;
  replies: Reply[];
  events: FlowEvent[];
  /** How the replies reach the reporter: answered in the request (reply) or sent out of band. */
  outboundKind: OutboundKind;
  /** When the change was decided (the injected clock): timestamps of replies and audit rows. */
  at: string;
}

export type StoreInboundResult =
  | { kind: 'new'; inboundId: number }
  | {
      kind: 'duplicate';
      inboundId: number;
      processed: boolean;
      replies: string[];
      incident: IncidentRecord | null;
      /** The message as first stored: a repeated id must carry the same message (else it is a conflict). */
      stored: InboundMessage;
    };

/** A stored message about to be processed, with what it is processed against. */
export interface LoadedInbound {
  inbound: StoredInbound;
  /** The reporter's latest incident (open or not), or null. */
  latest: IncidentRecord | null;
  /** Earlier messages of the same reporter that are still unprocessed (a crash left them): oldest first. */
  earlier: number[];
  /** Start-up recovery attempts already made on this message. */
  attempts: number;
}

/** How a compare-and-set write ended. */
export type CommitOutcome = 'committed' | 'conflict' | 'already_processed';

/** A message that could not be processed: kept, attached to an incident, shown to dispatch, never retried. */
export interface Quarantine {
  inboundId: number;
  /** The incident it is attached to (the reporter's open one, or a new one made for it). */
  change: IncidentChange;
  reason: string;
}

export interface IntakeStore {
  /** Durably stores a message (its own commit, shared with concurrent messages). Dedupe on channel + provider id. */
  storeInbound(message: InboundMessage): Promise<StoreInboundResult>;
  /** Reads a stored message and its reporter's latest incident; null when it was processed meanwhile. */
  loadInbound(inboundId: number): Promise<LoadedInbound | null>;
  /**
   * In one commit: persists the change decided for a stored message (only if the incident is still at the
   * version it was read at, and the message still unprocessed) and marks the message processed.
   */
  commitInbound(inboundId: number, change: IncidentChange): Promise<CommitOutcome>;
  /** In one commit: marks the message quarantined (and processed) and persists the change that reports it. */
  quarantineInbound(q: Quarantine): Promise<CommitOutcome>;
  /** In one commit: a message that would start a report refused (sender over its limit): kept, no incident. */
  refuseInbound(inboundId: number, replies: string[], reason: string, at: string): Promise<CommitOutcome>;
  /** In one commit: a message kept in an open report's transcript without running the flow (sender over its rate). */
  storeThrottled(inboundId: number, incidentId: string, at: string): Promise<CommitOutcome>;
  /** Counts a start-up recovery attempt on a stored message (committed before the attempt). Returns the new count. */
  countAttempt(inboundId: number): Promise<number>;
  /** In one commit: persists a change to an existing incident (timer, dispatch status), compare-and-set on its version. */
  commitIncident(change: IncidentChange): Promise<CommitOutcome>;
  /** Sets `attention` on an incident (a call-taker must look) and, if asked, disarms its flow timers. */
  flagIncident(incidentId: string, attention: string, at: string, disarmTimers: boolean): Promise<void>;
  /** Re-derives the due time of an incident's timers from its state (a stale timer: nothing was due). */
  rearmTimers(incidentId: string): Promise<void>;
  /** Messages stored but never processed (a crash between storing and replying), oldest first. */
  unprocessedInbound(): Promise<{ id: number; channel: ChannelId; sender: string }[]>;
  /**
   * Claims incidents with a flow timer due at or before `now` (a lease: no other process fires the same
   * timer meanwhile; the step's write sets the next due time).
   */
  claimDueTimers(now: Date, limit: number): Promise<{ incidentId: string; channel: ChannelId; sender: string }[]>;
  findIncident(id: string): Promise<IncidentRecord | null>;
  findIncidentByToken(token: string): Promise<IncidentRecord | null>;
  /** How many incidents this reporter started since `since` (the per-sender limit on new reports). */
  incidentsStartedSince(channel: ChannelId, sender: string, since: Date): Promise<number>;
}

/**
 * Runs one step of the question flow with a time budget. The flow is pure and bounded by construction
 * (property-tested), but a runner must still stop a step that runs over its budget, so that one unlucky
 * message can never stop the others: it rejects with StepFailed ('timeout' or 'error').
 */
export interface StepRunner {
  step(state: FlowState, input: FlowInput, ctx: FlowContext): Promise<StepResult>;
}

/**
 * Admission of messages by source. New reports are limited per sender (and per IP at the HTTP edge);
 * messages inside an open report are always stored, but past the sender's message rate they are kept in
 * the transcript without running the flow, so one flooding sender cannot slow the others.
 */
export interface Admission {
  /** A message from this sender may run through the flow now (token bucket per sender). */
  takeMessage(channel: ChannelId, sender: string, now: Date): boolean;
}

/** Every committed incident change, for live pages, SSE and tests. */
export interface IncidentEvent {
  incidentId: string;
  reference: string;
  status: string;
  priority: string;
  revision: number;
  events: FlowEvent[];
  /** The change queued messages to send out of band (not answered in the request). */
  outOfBand: boolean;
  at: string;
}

export interface EventSink {
  publish(event: IncidentEvent): void;
}
