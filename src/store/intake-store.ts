/**
 * Prisma implementation of the intake ports. Every write goes through the group committer (one commit
 * serves many concurrent messages); every read outside a write job uses the reader client.
 */
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowEvent, FlowState } from '../core/flow/types.js';
import type { ChannelId, InboundMessage, SharedLocation } from '../core/message.js';
import type {
  CommitOutcome,
  IncidentChange,
  IncidentRecord,
  IntakeStore,
  LoadedInbound,
  Quarantine,
  StoreInboundResult,
} from '../core/ports.js';
import { awaitingOf, incidentView, type TranscriptEntry } from '../core/view.js';
import type { Database, Db, Tx } from './database.js';
import { GroupCommitter } from './group-commit.js';
import type { Incident as IncidentRow } from '../generated/sqlite/client.js';

/** Channels whose replies are shown on a page rather than pushed: out-of-band messages count as sent. */
const PAGE_CHANNELS: readonly ChannelId[] = ['web'];

export class PrismaIntakeStore implements IntakeStore {
  readonly committer: GroupCommitter<Tx>;
  private readonly reader: Db;

  constructor(
    db: Database,
    private readonly flow: FlowDefinition,
    private readonly newId: () => string,
  ) {
    this.reader = db.reader;
    this.committer = new GroupCommitter<Tx>(
      (work) => db.writer.$transaction(work, { maxWait: 60_000, timeout: 60_000 }),
      200,
      { exec: (tx, sql) => tx.$executeRawUnsafe(sql) },
    );
  }

  storeInbound(message: InboundMessage): Promise<StoreInboundResult> {
    return this.committer.submit(async (tx): Promise<StoreInboundResult> => {
      const existing = await tx.inboundMessage.findUnique({
        where: {
          channel_providerMessageId: { channel: message.channel, providerMessageId: message.providerMessageId },
        },
      });
      if (existing) {
        const incident = existing.incidentId
          ? await tx.incident.findUnique({ where: { id: existing.incidentId } })
          : null;
        return {
          kind: 'duplicate',
          inboundId: existing.id,
          processed: existing.processedAt !== null,
          replies: existing.replies ? (JSON.parse(existing.replies) as string[]) : [],
          incident: incident ? toRecord(incident) : null,
          stored: toMessage(
            existing,
            (await tx.reporter.findUnique({ where: { id: existing.reporterId }, select: { address: true } }))
              ?.address ?? '',
          ),
        };
      }
      const reporter =
        (await tx.reporter.findUnique({
          where: { channel_address: { channel: message.channel, address: message.sender } },
        })) ??
        (await tx.reporter.create({
          data: {
            id: this.newId(),
            channel: message.channel,
            address: message.sender,
            createdAt: message.receivedAt,
          },
        }));
      const row = await tx.inboundMessage.create({
        data: {
          channel: message.channel,
          providerMessageId: message.providerMessageId,
          reporterId: reporter.id,
          text: message.text,
          location: message.location ? JSON.stringify(message.location) : null,
          media: message.media && message.media.length > 0 ? JSON.stringify(message.media) : null,
          language: message.language ?? null,
          contact: message.contact ?? null,
          receivedAt: message.receivedAt,
        },
      });
      return { kind: 'new', inboundId: row.id };
    });
  }

  async loadInbound(inboundId: number): Promise<LoadedInbound | null> {
    const row = await this.reader.inboundMessage.findUnique({ where: { id: inboundId } });
    if (!row || row.processedAt) return null;
    const [reporter, latest, earlier] = await Promise.all([
      this.reader.reporter.findUniqueOrThrow({ where: { id: row.reporterId } }),
      this.reader.incident.findFirst({
        where: { reporterId: row.reporterId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
      this.reader.inboundMessage.findMany({
        where: { reporterId: row.reporterId, processedAt: null, id: { lt: row.id } },
        orderBy: { id: 'asc' },
        select: { id: true },
      }),
    ]);
    return {
      inbound: { id: row.id, message: toMessage(row, reporter.address) },
      latest: latest ? toRecord(latest) : null,
      earlier: earlier.map((e) => e.id),
      attempts: row.attempts,
    };
  }

  commitInbound(inboundId: number, change: IncidentChange): Promise<CommitOutcome> {
    return this.committer.submit(async (tx): Promise<CommitOutcome> => {
      const row = await tx.inboundMessage.findUnique({
        where: { id: inboundId },
        select: { processedAt: true, reporterId: true, replyDeferred: true },
      });
      if (!row || row.processedAt) return 'already_processed';
      const now = new Date(change.at);
      if (!(await this.persist(tx, change, row.reporterId, now, inboundId, row.replyDeferred))) return 'conflict';
      await tx.inboundMessage.update({
        where: { id: inboundId },
        data: {
          processedAt: now,
          incidentId: change.incident.id,
          replies: JSON.stringify(change.replies.map((r) => r.text)),
        },
      });
      return 'committed';
    });
  }

  quarantineInbound(q: Quarantine): Promise<CommitOutcome> {
    return this.committer.submit(async (tx): Promise<CommitOutcome> => {
      const row = await tx.inboundMessage.findUnique({
        where: { id: q.inboundId },
        select: { processedAt: true, reporterId: true, replyDeferred: true },
      });
      if (!row || row.processedAt) return 'already_processed';
      const { change } = q;
      const now = new Date(change.at);
      if (!(await this.persist(tx, change, row.reporterId, now, q.inboundId, row.replyDeferred))) return 'conflict';
      const attention = `message ${q.inboundId} could not be processed (${q.reason}): read it in the transcript and contact the reporter`;
      await tx.incident.update({ where: { id: change.incident.id }, data: { attention } });
      await tx.auditEvent.create({
        data: {
          incidentId: change.incident.id,
          type: 'quarantined',
          data: JSON.stringify({ inboundId: q.inboundId, reason: q.reason }),
          at: now,
        },
      });
      await tx.inboundMessage.update({
        where: { id: q.inboundId },
        data: {
          processedAt: now,
          quarantinedAt: now,
          quarantineReason: q.reason,
          incidentId: change.incident.id,
          replies: JSON.stringify(change.replies.map((r) => r.text)),
        },
      });
      return 'committed';
    });
  }

  refuseInbound(inboundId: number, replies: string[], reason: string, at: string): Promise<CommitOutcome> {
    return this.committer.submit(async (tx): Promise<CommitOutcome> => {
      const updated = await tx.inboundMessage.updateMany({
        where: { id: inboundId, processedAt: null },
        data: { processedAt: new Date(at), quarantineReason: reason, replies: JSON.stringify(replies) },
      });
      return updated.count === 1 ? 'committed' : 'already_processed';
    });
  }

  storeThrottled(inboundId: number, incidentId: string, at: string): Promise<CommitOutcome> {
    return this.committer.submit(async (tx): Promise<CommitOutcome> => {
      const updated = await tx.inboundMessage.updateMany({
        where: { id: inboundId, processedAt: null },
        data: { processedAt: new Date(at), throttled: true, incidentId, replies: '[]' },
      });
      if (updated.count === 0) return 'already_processed';
      await tx.auditEvent.create({
        data: { incidentId, type: 'throttled', data: JSON.stringify({ inboundId }), at: new Date(at) },
      });
      return 'committed';
    });
  }

  countAttempt(inboundId: number): Promise<number> {
    return this.committer.submit(async (tx) => {
      const row = await tx.inboundMessage.update({
        where: { id: inboundId },
        data: { attempts: { increment: 1 } },
        select: { attempts: true },
      });
      return row.attempts;
    });
  }

  commitIncident(change: IncidentChange): Promise<CommitOutcome> {
    return this.committer.submit(async (tx): Promise<CommitOutcome> => {
      const row = await tx.incident.findUnique({ where: { id: change.incident.id }, select: { reporterId: true } });
      if (!row) return 'conflict';
      return (await this.persist(tx, change, row.reporterId, new Date(change.at), null)) ? 'committed' : 'conflict';
    });
  }

  flagIncident(incidentId: string, attention: string, at: string, disarmTimers: boolean): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.incident.update({
        where: { id: incidentId },
        data: { attention, ...(disarmTimers ? { timerDueAt: null } : {}), updatedAt: new Date(at) },
      });
      await tx.auditEvent.create({
        data: { incidentId, type: 'attention', data: JSON.stringify({ attention }), at: new Date(at) },
      });
    });
  }

  rearmTimers(incidentId: string): Promise<void> {
    return this.committer.submit(async (tx) => {
      const row = await tx.incident.findUnique({ where: { id: incidentId } });
      if (row)
        await tx.incident.update({ where: { id: incidentId }, data: { timerDueAt: nextTimer(toRecord(row).state) } });
    });
  }

  async incidentsStartedSince(channel: ChannelId, sender: string, since: Date): Promise<number> {
    return this.reader.incident.count({ where: { channel, sender, createdAt: { gte: since } } });
  }

  async unprocessedInbound() {
    const rows = await this.reader.inboundMessage.findMany({
      where: { processedAt: null },
      orderBy: { id: 'asc' },
      select: { id: true, channel: true, reporterId: true },
    });
    const reporters = await this.reader.reporter.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.reporterId))] } },
    });
    const address = new Map(reporters.map((r) => [r.id, r.address]));
    return rows.map((r) => ({ id: r.id, channel: r.channel as ChannelId, sender: address.get(r.reporterId) ?? '' }));
  }

  async dueTimers(now: Date, limit: number) {
    const rows = await this.reader.incident.findMany({
      where: { timerDueAt: { lte: now } },
      orderBy: { timerDueAt: 'asc' },
      take: limit,
      select: { id: true, channel: true, sender: true },
    });
    return rows.map((r) => ({ incidentId: r.id, channel: r.channel as ChannelId, sender: r.sender }));
  }

  async findIncident(id: string): Promise<IncidentRecord | null> {
    const row = await this.reader.incident.findUnique({ where: { id } });
    return row ? toRecord(row) : null;
  }

  async findIncidentByToken(token: string): Promise<IncidentRecord | null> {
    const row = await this.reader.incident.findUnique({ where: { token } });
    return row ? toRecord(row) : null;
  }

  /**
   * Writes the incident (created, or updated only if still at the version it was read at), its replies,
   * audit events and outbox items. Returns false on a version conflict (nothing written by this call).
   */
  private async persist(
    tx: Tx,
    change: IncidentChange,
    reporterId: string,
    now: Date,
    inboundId: number | null,
    replyDeferred = false,
  ): Promise<boolean> {
    const { incident } = change;
    const columns = incidentColumns(incident, now);
    if (change.isNew) {
      await tx.incident.create({
        data: {
          ...columns,
          id: incident.id,
          reference: incident.reference,
          token: incident.token,
          reporterId,
          channel: incident.channel,
          sender: incident.sender,
          previousId: incident.previousId,
          createdAt: new Date(incident.createdAt),
        },
      });
    } else {
      const updated = await tx.incident.updateMany({
        where: { id: incident.id, version: incident.version },
        data: { ...columns, version: { increment: 1 } },
      });
      if (updated.count !== 1) return false;
    }
    const pageChannel = PAGE_CHANNELS.includes(incident.channel);
    const replyStatus = pageChannel || (change.outboundKind === 'reply' && !replyDeferred) ? 'replied' : 'pending';
    if (change.replies.length > 0) {
      await tx.outboundMessage.createMany({
        data: change.replies.map((r) => ({
          incidentId: incident.id,
          inboundId,
          channel: incident.channel,
          to: incident.sender,
          text: r.text,
          kind: change.outboundKind,
          status: replyStatus,
          nextAttemptAt: replyStatus === 'pending' ? now : null,
          createdAt: now,
        })),
      });
    }
    const audit = change.events.filter((e) => e.type !== 'dispatch');
    if (audit.length > 0) {
      await tx.auditEvent.createMany({
        data: audit.map((e) => ({ incidentId: incident.id, type: e.type, data: JSON.stringify(e), at: now })),
      });
    }
    const dispatches = change.events.filter(
      (e): e is Extract<FlowEvent, { type: 'dispatch' }> => e.type === 'dispatch',
    );
    if (dispatches.length > 0) {
      // The message being processed is linked to the incident only after persist(): include it by id.
      const transcript = await readTranscript(tx, incident.id, inboundId);
      for (const d of dispatches) {
        const view = incidentView(this.flow, incident, transcript, { updatedAt: now.toISOString() });
        await tx.outboxItem.create({
          data: {
            incidentId: incident.id,
            event: d.event,
            revision: d.revision,
            payload: JSON.stringify({
              event: d.event,
              revision: d.revision,
              incident: { ...view, revision: d.revision },
            }),
            createdAt: now,
            nextAttemptAt: now,
          },
        });
        await tx.auditEvent.create({
          data: { incidentId: incident.id, type: 'dispatch_queued', data: JSON.stringify(d), at: now },
        });
      }
    }
    return true;
  }
}

function incidentColumns(incident: IncidentRecord, now: Date) {
  const s = incident.state;
  return {
    status: s.status,
    category: s.category,
    priority: s.priority,
    route: s.route,
    covert: s.covert,
    earlyDispatched: s.earlyDispatched,
    humanRequested: s.humanRequested,
    awaiting: awaitingOf(s),
    locationText: s.elements.location?.value ?? null,
    lat: s.point?.lat ?? null,
    lon: s.point?.lon ?? null,
    datum: s.point?.datum ?? null,
    revision: s.revision,
    state: JSON.stringify(s),
    timerDueAt: nextTimer(s),
    updatedAt: now,
    completedAt: s.completedAt ? new Date(s.completedAt) : null,
  };
}

function nextTimer(state: FlowState): Date | null {
  const armed = Object.values(state.timers)
    .filter((t): t is string => t !== null)
    .sort();
  return armed[0] ? new Date(armed[0]) : null;
}

export function toRecord(row: IncidentRow): IncidentRecord {
  return {
    id: row.id,
    reference: row.reference,
    token: row.token,
    channel: row.channel as ChannelId,
    sender: row.sender,
    state: JSON.parse(row.state) as FlowState,
    createdAt: row.createdAt.toISOString(),
    previousId: row.previousId,
    version: row.version,
  };
}

function toMessage(
  row: {
    channel: string;
    providerMessageId: string;
    text: string;
    location: string | null;
    media: string | null;
    language: string | null;
    contact: string | null;
    receivedAt: Date;
    reporterId: string;
  },
  sender: string,
): InboundMessage {
  return {
    channel: row.channel as ChannelId,
    providerMessageId: row.providerMessageId,
    sender,
    text: row.text,
    location: row.location ? (JSON.parse(row.location) as SharedLocation) : undefined,
    media: row.media ? (JSON.parse(row.media) as InboundMessage['media']) : undefined,
    language: row.language === 'en' || row.language === 'zh-CN' ? row.language : undefined,
    contact: row.contact ?? undefined,
    receivedAt: row.receivedAt,
  };
}

/** Inbound and outbound messages of one incident, in the order they happened. */
export async function readTranscript(
  db: Db | Tx,
  incidentId: string,
  alsoInboundId: number | null = null,
): Promise<TranscriptEntry[]> {
  const [inbound, outbound] = await Promise.all([
    db.inboundMessage.findMany({
      where: alsoInboundId === null ? { incidentId } : { OR: [{ incidentId }, { id: alsoInboundId }] },
      orderBy: { id: 'asc' },
    }),
    db.outboundMessage.findMany({ where: { incidentId }, orderBy: { id: 'asc' } }),
  ]);
  const entries: (TranscriptEntry & { order: number })[] = [
    ...inbound.map((m) => ({
      direction: 'in' as const,
      channel: m.channel as ChannelId,
      text: m.text,
      at: m.receivedAt.toISOString(),
      providerMessageId: m.providerMessageId,
      location: m.location ? (JSON.parse(m.location) as TranscriptEntry['location']) : null,
      order: 0,
    })),
    ...outbound.map((m) => ({
      direction: 'out' as const,
      channel: m.channel as ChannelId,
      text: m.text,
      at: m.createdAt.toISOString(),
      kind: m.kind,
      providerMessageId: m.providerMessageId,
      order: 1,
    })),
  ];
  entries.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  return entries.map(({ order: _order, ...e }) => e);
}
