/**
 * Rows to domain records and back, shared by the stores: the incident columns derived from the flow state,
 * inbound messages, transcripts, and the outbox snapshot of one revision.
 */
import type { FlowState } from '../core/flow/types.js';
import type { InboundMessage, SharedLocation } from '../core/message.js';
import type { Category, Priority } from '../core/incident.js';
import type { IncidentRecord } from '../core/ports.js';
import { awaitingOf, type TranscriptEntry } from '../core/view.js';
import { row, type Param, type SqlRunner } from './sql/types.js';
import { placeKey } from './place-key.js';

export interface IncidentRow {
  id: string;
  reference: string;
  token: string;
  reporterId: string;
  channel: string;
  sender: string;
  status: string;
  priority: string;
  attention: string | null;
  clusterId: string | null;
  previousId: string | null;
  version: number | string;
  state: string;
  createdAt: unknown;
  updatedAt: unknown;
}

export const INCIDENT_COLUMNS =
  '"id", "reference", "token", "reporterId", "channel", "sender", "status", "priority", "attention", "clusterId", ' +
  '"previousId", "version", "state", "createdAt", "updatedAt"';

export function toRecord(r: IncidentRow): IncidentRecord {
  return {
    id: r.id,
    reference: r.reference,
    token: r.token,
    channel: r.channel,
    sender: r.sender,
    state: JSON.parse(r.state) as FlowState,
    createdAt: row.date(r.createdAt).toISOString(),
    previousId: r.previousId,
    version: row.int(r.version),
  };
}

/** The earliest armed flow timer (the timer poller's column). */
export function nextTimer(state: FlowState): Date | null {
  const armed = Object.values(state.timers)
    .filter((t): t is string => t !== null)
    .sort();
  return armed[0] ? new Date(armed[0]) : null;
}

/** The columns derived from the flow state, in the order of DERIVED_COLUMNS. */
export const DERIVED_COLUMNS = [
  'status',
  'category',
  'priority',
  'route',
  'covert',
  'earlyDispatched',
  'humanRequested',
  'awaiting',
  'locationText',
  'placeKey',
  'lat',
  'lon',
  'datum',
  'revision',
  'state',
  'timerDueAt',
  'updatedAt',
  'completedAt',
] as const;

export function derivedValues(state: FlowState, now: Date): Param[] {
  const s = state;
  return [
    s.status,
    s.category,
    s.priority,
    s.route,
    s.covert,
    s.earlyDispatched,
    s.humanRequested,
    awaitingOf(s),
    s.elements.location?.value ?? null,
    placeKey(s.elements.location?.value),
    s.point?.lat ?? null,
    s.point?.lon ?? null,
    s.point?.datum ?? null,
    s.revision,
    JSON.stringify(s),
    nextTimer(s),
    now,
    s.completedAt ? new Date(s.completedAt) : null,
  ];
}

export interface InboundRow {
  id: number | string;
  channel: string;
  providerMessageId: string;
  reporterId: string;
  incidentId: string | null;
  text: string;
  location: string | null;
  media: string | null;
  language: string | null;
  contact: string | null;
  receivedAt: unknown;
  processedAt: unknown;
  replies: string | null;
  replyDeferred: unknown;
  attempts: number | string;
}

export const INBOUND_COLUMNS =
  '"id", "channel", "providerMessageId", "reporterId", "incidentId", "text", "location", "media", "language", ' +
  '"contact", "receivedAt", "processedAt", "replies", "replyDeferred", "attempts"';

export function toMessage(r: InboundRow, sender: string): InboundMessage {
  return {
    channel: r.channel,
    providerMessageId: r.providerMessageId,
    sender,
    text: r.text,
    location: r.location ? (JSON.parse(r.location) as SharedLocation) : undefined,
    media: r.media ? (JSON.parse(r.media) as InboundMessage['media']) : undefined,
    language: r.language === 'en' || r.language === 'zh-CN' ? r.language : undefined,
    contact: r.contact ?? undefined,
    receivedAt: row.date(r.receivedAt),
  };
}

/** The part of the transcript a revision saw: inbound and outbound ids up to these (inclusive). */
export interface TranscriptCut {
  inbound: number;
  outbound: number;
}

/** The largest id an autoincrement column holds (PostgreSQL SERIAL is a 32-bit integer). */
const MAX_ID = 2_147_483_647;

/** Inbound and outbound messages of one incident, in the order they happened (up to `cut` if given). */
export async function readTranscript(
  db: SqlRunner,
  incidentId: string,
  cut: TranscriptCut | null = null,
): Promise<TranscriptEntry[]> {
  const [inbound, outbound] = await Promise.all([
    db.all<{
      id: number;
      channel: string;
      text: string;
      receivedAt: unknown;
      providerMessageId: string;
      location: string | null;
    }>(
      'SELECT "id", "channel", "text", "receivedAt", "providerMessageId", "location" FROM "InboundMessage" ' +
        'WHERE "incidentId" = ? AND "id" <= ? ORDER BY "id"',
      [incidentId, cut?.inbound ?? MAX_ID],
    ),
    db.all<{
      id: number;
      channel: string;
      text: string;
      createdAt: unknown;
      kind: string;
      providerMessageId: string | null;
    }>(
      'SELECT "id", "channel", "text", "createdAt", "kind", "providerMessageId" FROM "OutboundMessage" ' +
        'WHERE "incidentId" = ? AND "id" <= ? ORDER BY "id"',
      [incidentId, cut?.outbound ?? MAX_ID],
    ),
  ]);
  const entries: (TranscriptEntry & { order: number })[] = [
    ...inbound.map((m) => ({
      direction: 'in' as const,
      channel: m.channel,
      text: m.text,
      at: row.date(m.receivedAt).toISOString(),
      providerMessageId: m.providerMessageId,
      location: m.location ? (JSON.parse(m.location) as TranscriptEntry['location']) : null,
      order: 0,
    })),
    ...outbound.map((m) => ({
      direction: 'out' as const,
      channel: m.channel,
      text: m.text,
      at: row.date(m.createdAt).toISOString(),
      kind: m.kind,
      providerMessageId: m.providerMessageId,
      order: 1,
    })),
  ];
  // Stable: equal times keep inbound before outbound and each side in id order.
  entries.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  return entries.map(({ order: _order, ...e }) => e);
}

/**
 * What an outbox item holds for one revision: the incident as it was and how much of the transcript it had
 * seen. The dispatch worker renders the webhook's JSON and the exports from it at delivery — off the path
 * that acknowledges the reporter. (Items written by earlier versions hold the rendered payload instead.)
 */
export interface OutboxSnapshot {
  v: 2;
  event: string;
  revision: number;
  record: Omit<IncidentRecord, 'token'>;
  cut: TranscriptCut;
  updatedAt: string;
  /**
   * The incident's cluster when the revision was written, so that every delivery of one revision is the same
   * document (absent in snapshots written before clusters: read at delivery then).
   */
  clusterId?: string | null;
}

/** The cluster an incident is in, read inside the transaction that writes its revision. */
export async function clusterAt(tx: SqlRunner, incidentId: string): Promise<string | null> {
  const r = await tx.get<{ clusterId: string | null }>('SELECT "clusterId" FROM "Incident" WHERE "id" = ?', [
    incidentId,
  ]);
  return r?.clusterId ?? null;
}

export function isSnapshot(payload: unknown): payload is OutboxSnapshot {
  return typeof payload === 'object' && payload !== null && (payload as { v?: unknown }).v === 2;
}

/** The flow's state with a call-taker's decision applied (a later keyword never undoes it). */
export function applyDecision(
  state: FlowState,
  decision: { category: Category | null; priority: Priority | null },
): FlowState {
  if (!decision.category && !decision.priority) return state;
  return {
    ...state,
    category: decision.category ?? state.category,
    priority: decision.priority ?? state.priority,
  };
}
