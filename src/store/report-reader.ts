/**
 * Read-side queries for pages and the dispatch API (the ReportReader port), on reads that never hold a
 * write transaction.
 */
import type { FlowDefinition } from '../core/flow/definition.js';
import type { Priority, Status } from '../core/incident.js';
import type { ChannelId } from '../core/message.js';
import type { IncidentRecord } from '../core/ports.js';
import { incidentView, reportView, type IncidentView, type ReportView } from '../core/view.js';
import {
  INCIDENT_COLUMNS,
  isSnapshot,
  readTranscript,
  toRecord,
  type IncidentRow,
  type OutboxSnapshot,
  clusterAt,
} from './records.js';
import { placeholders, row, type Param, type SqlRunner } from './sql/types.js';

export interface IncidentFilter {
  status?: Status[];
  priority?: Priority[];
  since?: Date;
  channel?: ChannelId;
  sender?: string;
  limit: number;
}

export interface AuditEntry {
  type: string;
  at: string;
  data: unknown;
}

/** What pages and the dispatch API read. */
export interface ReportReader {
  incident(id: string): Promise<IncidentView | null>;
  recordByToken(token: string): Promise<IncidentRecord | null>;
  report(token: string): Promise<{ record: IncidentRecord; view: ReportView } | null>;
  list(filter: IncidentFilter): Promise<IncidentView[]>;
  auditEvents(incidentId: string): Promise<AuditEntry[]>;
  /** Outbox items not yet delivered to every target (the /metrics gauge). */
  outboxPending(): Promise<number>;
}

export class SqlReportReader implements ReportReader {
  constructor(
    private readonly db: SqlRunner,
    private readonly flow: FlowDefinition,
  ) {}

  async incident(id: string): Promise<IncidentView | null> {
    const r = await this.db.get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM "Incident" WHERE "id" = ?`, [id]);
    return r ? this.view(r) : null;
  }

  /** The incident a reporter's token opens, without its transcript (one query). */
  async recordByToken(token: string): Promise<IncidentRecord | null> {
    const r = await this.db.get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM "Incident" WHERE "token" = ?`, [token]);
    return r ? toRecord(r) : null;
  }

  async report(token: string): Promise<{ record: IncidentRecord; view: ReportView } | null> {
    const record = await this.recordByToken(token);
    if (!record) return null;
    return { record, view: reportView(record, await readTranscript(this.db, record.id)) };
  }

  /** Most urgent first: P1 < P2 < P3 < P4 < divert also sorts that way as text; then oldest first. */
  async list(filter: IncidentFilter): Promise<IncidentView[]> {
    const where: string[] = [];
    const params: Param[] = [];
    if (filter.status?.length) {
      where.push(`"status" IN (${placeholders(filter.status.length)})`);
      params.push(...filter.status);
    }
    if (filter.priority?.length) {
      where.push(`"priority" IN (${placeholders(filter.priority.length)})`);
      params.push(...filter.priority);
    }
    if (filter.since) {
      where.push('"updatedAt" >= ?');
      params.push(filter.since);
    }
    if (filter.channel) {
      where.push('"channel" = ?');
      params.push(filter.channel);
    }
    if (filter.sender) {
      where.push('"sender" = ?');
      params.push(filter.sender);
    }
    const rows = await this.db.all<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM "Incident"${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ` +
        'ORDER BY "priority", "createdAt" LIMIT ?',
      [...params, filter.limit],
    );
    return Promise.all(rows.map((r) => this.view(r)));
  }

  async auditEvents(incidentId: string): Promise<AuditEntry[]> {
    const rows = await this.db.all<{ type: string; at: unknown; data: string }>(
      'SELECT "type", "at", "data" FROM "AuditEvent" WHERE "incidentId" = ? ORDER BY "id"',
      [incidentId],
    );
    return rows.map((r) => ({ type: r.type, at: row.date(r.at).toISOString(), data: JSON.parse(r.data) as unknown }));
  }

  async outboxPending(): Promise<number> {
    // Only the undelivered items, through the index on deliveredAt: counting the delivered ones too read the
    // whole table, 40-110 ms with 100,000 incidents stored, on the event loop at every /metrics scrape.
    const r = await this.db.get<{ n: number }>('SELECT COUNT(*) AS "n" FROM "OutboxItem" WHERE "deliveredAt" IS NULL');
    return row.int(r?.n ?? 0);
  }

  private async view(r: IncidentRow): Promise<IncidentView> {
    const record = toRecord(r);
    const [transcript, related] = await Promise.all([
      readTranscript(this.db, record.id),
      this.db.all<{ id: string }>('SELECT "id" FROM "Incident" WHERE "previousId" = ?', [record.id]),
    ]);
    return incidentView(this.flow, record, transcript, {
      updatedAt: row.date(r.updatedAt).toISOString(),
      clusterId: r.clusterId,
      attention: r.attention,
      related: related.map((x) => x.id),
    });
  }
}

/**
 * The webhook payload `{event, revision, incident}` of one outbox item: rendered now from the snapshot the
 * revision stored (the incident as it was, and the transcript up to that revision); items written by an
 * earlier version carry the rendered payload already.
 */
export async function renderOutboxPayload(db: SqlRunner, flow: FlowDefinition, stored: string): Promise<string> {
  const parsed = JSON.parse(stored) as unknown;
  if (!isSnapshot(parsed)) return stored;
  const s: OutboxSnapshot = parsed;
  const [transcript, clusterId] = await Promise.all([
    readTranscript(db, s.record.id, s.cut),
    s.clusterId !== undefined ? s.clusterId : clusterAt(db, s.record.id),
  ]);
  const view = incidentView(flow, { ...s.record, token: '' }, transcript, { updatedAt: s.updatedAt, clusterId });
  return JSON.stringify({ event: s.event, revision: s.revision, incident: { ...view, revision: s.revision } });
}
