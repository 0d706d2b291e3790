/**
 * The interfaces the core needs from the outside world. src/store implements the storage ones,
 * src/main.ts wires real clocks and ids; tests inject fixed ones.
 */
import type { FlowEvent, FlowState, Reply } from './flow/types.js';
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
  | { kind: 'duplicate'; inboundId: number; processed: boolean; replies: string[]; incident: IncidentRecord | null };

export interface IntakeStore {
  /** Durably stores a message (its own commit, shared with concurrent messages). Dedupe on channel + provider id. */
  storeInbound(message: InboundMessage): Promise<StoreInboundResult>;
  /**
   * In one commit: loads the stored message and its reporter's latest incident, applies `decide`
   * (pure, fast), persists the change and marks the message processed with its replies.
   * Returns null when the message was already processed.
   */
  processInbound(
    inboundId: number,
    decide: (inbound: StoredInbound, latest: IncidentRecord | null) => IncidentChange,
  ): Promise<IncidentChange | null>;
  /** In one commit: loads one incident, applies `decide` (null = nothing to do) and persists the change. */
  updateIncident(
    incidentId: string,
    decide: (incident: IncidentRecord) => IncidentChange | null,
  ): Promise<IncidentChange | null>;
  /** Messages stored but never processed (a crash between storing and replying), oldest first. */
  unprocessedInbound(): Promise<{ id: number; channel: ChannelId; sender: string }[]>;
  /** Incidents with a flow timer due at or before `now`. */
  dueTimers(now: Date, limit: number): Promise<{ incidentId: string; channel: ChannelId; sender: string }[]>;
  findIncident(id: string): Promise<IncidentRecord | null>;
  findIncidentByToken(token: string): Promise<IncidentRecord | null>;
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
