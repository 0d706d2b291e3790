/**
 * Read-side queries for pages and the dispatch API, on the reader connection (never the writer).
 */
import type { FlowDefinition } from '../core/flow/definition.js';
import type { Priority, Status } from '../core/incident.js';
import type { ChannelId } from '../core/message.js';
import type { IncidentRecord } from '../core/ports.js';
import { incidentView, reportView, type IncidentView, type ReportView } from '../core/view.js';
import type { Db } from './database.js';
import { readTranscript, toRecord } from './intake-store.js';

export interface IncidentFilter {
  status?: Status[];
  priority?: Priority[];
  since?: Date;
  channel?: ChannelId;
  sender?: string;
  limit: number;
}

export class ReportReader {
  constructor(
    private readonly db: Db,
    private readonly flow: FlowDefinition,
  ) {}

  async incident(id: string): Promise<IncidentView | null> {
    const row = await this.db.incident.findUnique({ where: { id } });
    return row ? this.view(toRecord(row), row) : null;
  }

  /** The incident a reporter's token opens, without its transcript (one query). */
  async recordByToken(token: string): Promise<IncidentRecord | null> {
    const row = await this.db.incident.findUnique({ where: { token } });
    return row ? toRecord(row) : null;
  }

  async report(token: string): Promise<{ record: IncidentRecord; view: ReportView } | null> {
    const row = await this.db.incident.findUnique({ where: { token } });
    if (!row) return null;
    const record = toRecord(row);
    return { record, view: reportView(record, await readTranscript(this.db, row.id)) };
  }

  /** Most urgent first: P1 < P2 < P3 < P4 < divert also sorts that way as text; then oldest first. */
  async list(filter: IncidentFilter): Promise<IncidentView[]> {
    const rows = await this.db.incident.findMany({
      where: {
        ...(filter.status ? { status: { in: filter.status } } : {}),
        ...(filter.priority ? { priority: { in: filter.priority } } : {}),
        ...(filter.since ? { updatedAt: { gte: filter.since } } : {}),
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.sender ? { sender: filter.sender } : {}),
      },
      orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }],
      take: filter.limit,
    });
    return Promise.all(rows.map((r) => this.view(toRecord(r), r)));
  }

  async auditEvents(incidentId: string) {
    const rows = await this.db.auditEvent.findMany({ where: { incidentId }, orderBy: { id: 'asc' } });
    return rows.map((r) => ({ type: r.type, at: r.at.toISOString(), data: JSON.parse(r.data) as unknown }));
  }

  async outboxCounts(): Promise<{ pending: number; delivered: number }> {
    const [pending, delivered] = await Promise.all([
      this.db.outboxItem.count({ where: { deliveredAt: null } }),
      this.db.outboxItem.count({ where: { deliveredAt: { not: null } } }),
    ]);
    return { pending, delivered };
  }

  private async view(
    record: IncidentRecord,
    row: { updatedAt: Date; clusterId: string | null; attention: string | null },
  ): Promise<IncidentView> {
    const transcript = await readTranscript(this.db, record.id);
    const related = await this.db.incident.findMany({
      where: { previousId: record.id },
      select: { id: true },
    });
    return incidentView(this.flow, record, transcript, {
      updatedAt: row.updatedAt.toISOString(),
      clusterId: row.clusterId,
      attention: row.attention,
      related: related.map((r) => r.id),
    });
  }
}
