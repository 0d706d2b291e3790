/**
 * The incident as dispatch sees it (GET /api/v1/incidents/<id>, webhook `incident`), and what the
 * reporter may see of it (GET /api/v1/reports/<token>). Pure: built from the record and its transcript.
 */
import { missingElements } from './flow/engine.js';
import type { FlowDefinition } from './flow/definition.js';
import type { FlowState } from './flow/types.js';
import type { Category, Datum, ElementKey, Lang, Priority, Reason, Route, Status } from './incident.js';
import type { ChannelId } from './message.js';
import type { IncidentRecord } from './ports.js';

/**
 * What the reporter is being asked right now (CONTRACT.md `awaiting`): an element key, `category` (which
 * kind of incident), `danger` (is anyone in danger or hurt now; also the no-danger confirmation before a
 * 12345 diversion) or `cancel` (confirm a withdrawal); null only when no question is pending.
 */
export type Awaiting = ElementKey | 'category' | 'danger' | 'cancel';

/** The one place the flow state is turned into the public `awaiting` (APIs, webhook, evaluation). */
export function awaitingOf(state: FlowState): Awaiting | null {
  if (state.confirming === 'cancel') return 'cancel';
  if (state.confirming === 'no_danger' || state.confirming === 'danger') return 'danger';
  if (state.confirming === 'category') return 'category';
  return state.awaiting;
}

export interface TranscriptEntry {
  direction: 'in' | 'out';
  channel: ChannelId;
  text: string;
  at: string;
  /** For outbound: reply | nudge | status | dispatcher | notice. */
  kind?: string;
  /** Provider message id (MessageSid, MsgId...) where there is one. */
  providerMessageId?: string | null;
  /** Shared coordinates that came with an inbound message. */
  location?: { lat: number; lon: number; datum: Datum; label?: string } | null;
}

export interface IncidentView {
  id: string;
  reference: string;
  channel: ChannelId;
  sender: string;
  language: Lang;
  status: Status;
  category: Category | null;
  priority: Priority;
  route: Route;
  covert: boolean;
  earlyDispatched: boolean;
  humanRequested: boolean;
  /** Why a call-taker must look, set outside the flow (e.g. a reply that could not be delivered). */
  attention: string | null;
  location: { text: string | null; lat: number | null; lon: number | null; datum: Datum | null };
  elements: Partial<Record<ElementKey, string>>;
  missing: ElementKey[];
  awaiting: Awaiting | null;
  links: { clusterId: string | null; related: string[] };
  revision: number;
  reasons: Reason[];
  createdAt: string;
  updatedAt: string;
  transcript: TranscriptEntry[];
}

export function incidentView(
  def: FlowDefinition,
  record: IncidentRecord,
  transcript: TranscriptEntry[],
  extra: { updatedAt: string; clusterId?: string | null; related?: string[]; attention?: string | null },
): IncidentView {
  const s = record.state;
  const elements: Partial<Record<ElementKey, string>> = {};
  for (const [key, value] of Object.entries(s.elements)) {
    if (value) elements[key as ElementKey] = value.value;
  }
  return {
    id: record.id,
    reference: record.reference,
    channel: record.channel,
    sender: record.sender,
    language: s.lang,
    status: s.status,
    category: s.category,
    priority: s.priority,
    route: s.route,
    covert: s.covert,
    earlyDispatched: s.earlyDispatched,
    humanRequested: s.humanRequested,
    attention: extra.attention ?? null,
    location: {
      text: s.elements.location?.value ?? null,
      lat: s.point?.lat ?? null,
      lon: s.point?.lon ?? null,
      datum: s.point?.datum ?? null,
    },
    elements,
    missing: missingElements(def, s),
    awaiting: awaitingOf(s),
    links: {
      clusterId: extra.clusterId ?? null,
      related: [...(record.previousId ? [record.previousId] : []), ...(extra.related ?? [])],
    },
    revision: s.revision,
    reasons: s.reasons,
    createdAt: record.createdAt,
    updatedAt: extra.updatedAt,
    transcript,
  };
}

/** What the reporter's own page and the reports API show: no internal reasons, no sender address. */
export interface ReportView {
  reference: string;
  status: Status;
  awaiting: Awaiting | null;
  language: Lang;
  messages: { direction: 'in' | 'out'; text: string; at: string }[];
}

export function reportView(record: IncidentRecord, transcript: TranscriptEntry[]): ReportView {
  return {
    reference: record.reference,
    status: record.state.status,
    awaiting: awaitingOf(record.state),
    language: record.state.lang,
    messages: transcript.map((t) => ({ direction: t.direction, text: t.text, at: t.at })),
  };
}
