/**
 * The intake ports on the SQL layer (SQLite or PostgreSQL), with prepared statements on the drivers.
 *
 * A message costs two writes: storing it (its own commit), then the decision about it (a second commit,
 * compare-and-set). With SQLite both join group commits shared by concurrent messages; with PostgreSQL the
 * decision's transaction first takes an advisory lock on the reporter, so whichever process received a
 * message, one reporter's decisions are made one at a time, in arrival order (an earlier unprocessed message
 * of the same reporter makes a later one wait), and each is checked against the incident version it was
 * based on.
 */
import crypto from 'node:crypto';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowEvent } from '../core/flow/types.js';
import { reporterKey } from '../core/intake.js';
import type { ChannelId, InboundMessage } from '../core/message.js';
import type {
  CommitOutcome,
  IncidentChange,
  IncidentRecord,
  IntakeStore,
  LoadedInbound,
  Quarantine,
  StoreInboundResult,
} from '../core/ports.js';
import {
  DERIVED_COLUMNS,
  INBOUND_COLUMNS,
  INCIDENT_COLUMNS,
  derivedValues,
  nextTimer,
  toMessage,
  toRecord,
  type IncidentRow,
  type InboundRow,
  type OutboxSnapshot,
} from './records.js';
import { repliesOnPage } from '../channels/registry.js';
import { placeholders, row, type SqlDatabase, type SqlRunner, type SqlTx } from './sql/types.js';

/** The notification channel of committed incident changes (every process's SSE subscribers, workers). */
export const EVENTS_CHANNEL = 'intake_events';
/** How long a claimed timer is held before another process may take it (the step takes milliseconds). */
const TIMER_LEASE_MS = 60_000;

const DERIVED_SET = DERIVED_COLUMNS.map((c) => `"${c}" = ?`).join(', ');
const INSERT_INCIDENT =
  `INSERT INTO "Incident" ("id", "reference", "token", "reporterId", "channel", "sender", "previousId", ` +
  `"createdAt", "version", ${DERIVED_COLUMNS.map((c) => `"${c}"`).join(', ')}) ` +
  `VALUES (${placeholders(9 + DERIVED_COLUMNS.length)})`;
const UPDATE_INCIDENT = `UPDATE "Incident" SET ${DERIVED_SET}, "version" = "version" + 1 WHERE "id" = ? AND "version" = ?`;
/**
 * A stored message with its sender's address, the reporter's latest incident (its columns prefixed "i_") and
 * the ids of the reporter's earlier messages still waiting (comma-separated): one statement, one snapshot.
 */
function loadInboundSql(dialect: 'sqlite' | 'postgres'): string {
  const incidentColumns = INCIDENT_COLUMNS.split(', ')
    .map((c) => `i.${c} AS "i_${c.slice(1, -1)}"`)
    .join(', ');
  const earlier =
    dialect === 'postgres'
      ? '(SELECT string_agg(e."id"::text, \',\' ORDER BY e."id") FROM "InboundMessage" e '
      : '(SELECT group_concat(x."id") FROM (SELECT e."id" FROM "InboundMessage" e ';
  const earlierEnd = dialect === 'postgres' ? ')' : ' ORDER BY e."id") x)';
  return (
    `SELECT ${INBOUND_COLUMNS.split(', ')
      .map((c) => `m.${c}`)
      .join(', ')}, r."address", ${incidentColumns}, ` +
    `${earlier}WHERE e."reporterId" = m."reporterId" AND e."processedAt" IS NULL AND e."id" < m."id"${earlierEnd} AS "earlier" ` +
    'FROM "InboundMessage" m LEFT JOIN "Reporter" r ON r."id" = m."reporterId" ' +
    'LEFT JOIN "Incident" i ON i."id" = (SELECT l."id" FROM "Incident" l WHERE l."reporterId" = m."reporterId" ' +
    'ORDER BY l."createdAt" DESC, l."id" DESC LIMIT 1) ' +
    'WHERE m."id" = ?'
  );
}
const LOAD_INBOUND = { sqlite: loadInboundSql('sqlite'), postgres: loadInboundSql('postgres') };
const INCIDENT_KEYS = INCIDENT_COLUMNS.split(', ').map((c) => c.slice(1, -1));

/** storeInbound's first read: the message by its provider id (if stored before) and the sender's reporter. */
const STORED_OR_REPORTER =
  `SELECT (SELECT "id" FROM "Reporter" WHERE "channel" = ? AND "address" = ?) AS "knownReporter", ` +
  `${INBOUND_COLUMNS.split(', ')
    .map((c) => `m.${c}`)
    .join(', ')} FROM (SELECT 1 AS "one") o ` +
  'LEFT JOIN "InboundMessage" m ON m."channel" = ? AND m."providerMessageId" = ?';
const INSERT_INBOUND =
  'INSERT INTO "InboundMessage" ("channel", "providerMessageId", "reporterId", "text", "location", "media", ' +
  '"language", "contact", "receivedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
function inboundValues(message: InboundMessage, reporterId: string) {
  return [
    message.channel,
    message.providerMessageId,
    reporterId,
    message.text,
    message.location ? JSON.stringify(message.location) : null,
    message.media && message.media.length > 0 ? JSON.stringify(message.media) : null,
    message.language ?? null,
    message.contact ?? null,
    message.receivedAt,
  ];
}
/** What the decision's transaction checks, in one statement (see claimInbound). */
const CLAIM_INBOUND =
  'SELECT m."processedAt", m."reporterId", m."replyDeferred", ' +
  '(SELECT e."id" FROM "InboundMessage" e WHERE e."reporterId" = m."reporterId" AND e."processedAt" IS NULL ' +
  'AND e."id" < m."id" ORDER BY e."id" LIMIT 1) AS "earlier", ' +
  '(SELECT i."id" FROM "Incident" i WHERE i."reporterId" = m."reporterId" ' +
  'ORDER BY i."createdAt" DESC, i."id" DESC LIMIT 1) AS "latest" ' +
  'FROM "InboundMessage" m WHERE m."id" = ?';

/** A committed change, as every process's event subscribers receive it (compact: NOTIFY carries 8000 bytes). */
export interface ChangeNote {
  origin: string;
  incidentId: string;
  reference: string;
  status: string;
  priority: string;
  revision: number;
  events: FlowEvent[];
  outOfBand: boolean;
  at: string;
}

/**
 * Work other parts of the gateway do inside the transaction that writes an incident (the console: a
 * call-taker's category / priority decision re-applied to the flow's state, and the cluster rule).
 */
export interface PersistHooks {
  /**
   * May return the incident with its state adjusted; runs before the incident row is written (`isNew`: the
   * row does not exist yet, so there is nothing of it to read).
   */
  beforeWrite(tx: SqlTx, incident: IncidentRecord, isNew: boolean): Promise<IncidentRecord>;
  /** Runs after the incident row is written, in the same transaction. */
  afterWrite(tx: SqlTx, incident: IncidentRecord, reporterId: string, at: Date): Promise<void>;
}

export class SqlIntakeStore implements IntakeStore {
  /** Set once by the gateway when the console is assembled. */
  hooks: PersistHooks | null = null;

  constructor(
    readonly db: SqlDatabase,
    private readonly flow: FlowDefinition,
    private readonly newId: () => string,
    /** This process's id on change notifications (its own are already published in-process). */
    readonly origin: string = crypto.randomUUID(),
  ) {}

  async storeInbound(message: InboundMessage): Promise<StoreInboundResult> {
    const stored = await this.storeOfKnownReporter(message);
    if (stored) return stored;
    try {
      return await this.db.write((tx) => this.store(tx, message));
    } catch (err) {
      // Another process stored the same provider id (or the same new reporter) between our read and insert.
      if (!isUniqueViolation(err)) throw err;
      return this.db.write((tx) => this.store(tx, message));
    }
  }

  /**
   * PostgreSQL, the common case (a reporter's next message, not seen before): one read, then the insert as
   * its own transaction — two round trips instead of four. Anything else (a new reporter, a duplicate, a
   * provider id stored by another process in between: the insert then inserts nothing) returns null and
   * takes the transaction below.
   */
  private async storeOfKnownReporter(message: InboundMessage): Promise<StoreInboundResult | null> {
    const autocommit = this.db.autocommit;
    if (!autocommit) return null;
    const found = await this.db.read.get<{ knownReporter: string | null; id: number | null }>(STORED_OR_REPORTER, [
      message.channel,
      message.sender,
      message.channel,
      message.providerMessageId,
    ]);
    if (!found?.knownReporter || (found.id !== null && found.id !== undefined)) return null;
    const inserted = await autocommit.get<{ id: number }>(
      `${INSERT_INBOUND} ON CONFLICT ("channel", "providerMessageId") DO NOTHING RETURNING "id"`,
      inboundValues(message, found.knownReporter),
    );
    return inserted ? { kind: 'new', inboundId: row.int(inserted.id) } : null;
  }

  private async store(tx: SqlTx, message: InboundMessage): Promise<StoreInboundResult> {
    // One statement: the message if it was stored before, and its sender's reporter id if there is one.
    const found = await tx.get<Partial<InboundRow> & { knownReporter: string | null }>(STORED_OR_REPORTER, [
      message.channel,
      message.sender,
      message.channel,
      message.providerMessageId,
    ]);
    const existing = found?.id !== null && found?.id !== undefined ? (found as InboundRow) : null;
    if (existing) {
      const [reporter, incident] = await Promise.all([
        tx.get<{ address: string }>('SELECT "address" FROM "Reporter" WHERE "id" = ?', [existing.reporterId]),
        existing.incidentId
          ? tx.get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM "Incident" WHERE "id" = ?`, [existing.incidentId])
          : Promise.resolve(undefined),
      ]);
      return {
        kind: 'duplicate',
        inboundId: row.int(existing.id),
        processed: existing.processedAt !== null,
        replies: existing.replies ? (JSON.parse(existing.replies) as string[]) : [],
        incident: incident ? toRecord(incident) : null,
        stored: toMessage(existing, reporter?.address ?? ''),
      };
    }
    const reporterId =
      found?.knownReporter ?? (await this.reporterId(tx, message.channel, message.sender, message.receivedAt));
    const inserted = await tx.get<{ id: number }>(
      `${INSERT_INBOUND} RETURNING "id"`,
      inboundValues(message, reporterId),
    );
    return { kind: 'new', inboundId: row.int(inserted!.id) };
  }

  private async reporterId(tx: SqlTx, channel: ChannelId, address: string, at: Date): Promise<string> {
    const found = await tx.get<{ id: string }>('SELECT "id" FROM "Reporter" WHERE "channel" = ? AND "address" = ?', [
      channel,
      address,
    ]);
    if (found) return found.id;
    const id = this.newId();
    await tx.run('INSERT INTO "Reporter" ("id", "channel", "address", "createdAt") VALUES (?, ?, ?, ?)', [
      id,
      channel,
      address,
      at,
    ]);
    return id;
  }

  async loadInbound(inboundId: number): Promise<LoadedInbound | null> {
    const r = this.db.read;
    const inbound = await r.get<
      InboundRow & { address: string | null; earlier: string | null } & Record<string, unknown>
    >(LOAD_INBOUND[this.db.dialect], [inboundId]);
    if (!inbound || inbound.processedAt !== null) return null;
    let latest: IncidentRow | null = null;
    if (inbound.i_id !== null && inbound.i_id !== undefined) {
      const fields: Record<string, unknown> = {};
      for (const k of INCIDENT_KEYS) fields[k] = inbound[`i_${k}`];
      latest = fields as unknown as IncidentRow;
    }
    return {
      inbound: { id: inboundId, message: toMessage(inbound, inbound.address ?? '') },
      latest: latest ? toRecord(latest) : null,
      earlier: inbound.earlier ? inbound.earlier.split(',').map(Number) : [],
      attempts: row.int(inbound.attempts),
    };
  }

  commitInbound(inboundId: number, change: IncidentChange): Promise<CommitOutcome> {
    return this.db.write(async (tx) => {
      const claim = await this.claimInbound(tx, inboundId, change);
      if (claim.outcome !== 'committed') return claim.outcome;
      if (!(await this.persist(tx, change, claim.reporterId, inboundId, claim.replyDeferred))) return 'conflict';
      // Its row is the reporter's, locked by claimInbound: the update cannot miss it; it goes with COMMIT.
      await tx.later('UPDATE "InboundMessage" SET "processedAt" = ?, "incidentId" = ?, "replies" = ? WHERE "id" = ?', [
        new Date(change.at),
        change.incident.id,
        JSON.stringify(change.replies.map((r) => r.text)),
        inboundId,
      ]);
      return 'committed';
    });
  }

  quarantineInbound(q: Quarantine): Promise<CommitOutcome> {
    return this.db.write(async (tx) => {
      const { change } = q;
      const claim = await this.claimInbound(tx, q.inboundId, change);
      if (claim.outcome !== 'committed') return claim.outcome;
      if (!(await this.persist(tx, change, claim.reporterId, q.inboundId, claim.replyDeferred))) return 'conflict';
      const at = new Date(change.at);
      const attention = `message ${q.inboundId} could not be processed (${q.reason}): read it in the transcript and contact the reporter`;
      await tx.run('UPDATE "Incident" SET "attention" = ? WHERE "id" = ?', [attention, change.incident.id]);
      await audit(tx, change.incident.id, 'quarantined', { inboundId: q.inboundId, reason: q.reason }, at);
      await tx.run(
        'UPDATE "InboundMessage" SET "processedAt" = ?, "quarantinedAt" = ?, "quarantineReason" = ?, "incidentId" = ?, ' +
          '"replies" = ? WHERE "id" = ?',
        [at, at, q.reason, change.incident.id, JSON.stringify(change.replies.map((r) => r.text)), q.inboundId],
      );
      return 'committed';
    });
  }

  /**
   * Inside the decision's transaction: the reporter's lock (across processes), then the checks that make the
   * decision still valid — the message unprocessed, no earlier message of the reporter waiting, and the
   * reporter's latest incident the one the decision was based on.
   */
  private async claimInbound(
    tx: SqlTx,
    inboundId: number,
    change: IncidentChange,
  ): Promise<{ outcome: CommitOutcome; reporterId: string; replyDeferred: boolean }> {
    await tx.lockKey(reporterKey(change.incident.channel, change.incident.sender));
    // One statement (one round trip on PostgreSQL), read after the lock was taken: the message, whether an
    // earlier one of the same reporter is still waiting, and the reporter's latest incident.
    const inbound = await tx.get<{
      processedAt: unknown;
      reporterId: string;
      replyDeferred: unknown;
      earlier: unknown;
      latest: string | null;
    }>(CLAIM_INBOUND, [inboundId]);
    if (!inbound || inbound.processedAt !== null) {
      return { outcome: 'already_processed', reporterId: '', replyDeferred: false };
    }
    const base = { reporterId: inbound.reporterId, replyDeferred: row.bool(inbound.replyDeferred) };
    if (inbound.earlier !== null && inbound.earlier !== undefined) return { outcome: 'conflict', ...base };
    const basis = change.isNew ? change.incident.previousId : change.incident.id;
    if ((inbound.latest ?? null) !== basis) return { outcome: 'conflict', ...base };
    return { outcome: 'committed', ...base };
  }

  refuseInbound(inboundId: number, replies: string[], reason: string, at: string): Promise<CommitOutcome> {
    return this.db.write(async (tx) => {
      const r = await tx.run(
        'UPDATE "InboundMessage" SET "processedAt" = ?, "quarantineReason" = ?, "replies" = ? ' +
          'WHERE "id" = ? AND "processedAt" IS NULL',
        [new Date(at), reason, JSON.stringify(replies), inboundId],
      );
      return r.changes === 1 ? 'committed' : 'already_processed';
    });
  }

  storeThrottled(inboundId: number, incidentId: string, at: string): Promise<CommitOutcome> {
    return this.db.write(async (tx) => {
      const r = await tx.run(
        'UPDATE "InboundMessage" SET "processedAt" = ?, "throttled" = ?, "incidentId" = ?, "replies" = ? ' +
          'WHERE "id" = ? AND "processedAt" IS NULL',
        [new Date(at), true, incidentId, '[]', inboundId],
      );
      if (r.changes === 0) return 'already_processed';
      await audit(tx, incidentId, 'throttled', { inboundId }, new Date(at));
      return 'committed';
    });
  }

  countAttempt(inboundId: number): Promise<number> {
    return this.db.write(async (tx) => {
      const r = await tx.get<{ attempts: number }>(
        'UPDATE "InboundMessage" SET "attempts" = "attempts" + 1 WHERE "id" = ? RETURNING "attempts"',
        [inboundId],
      );
      return row.int(r?.attempts ?? 0);
    });
  }

  commitIncident(change: IncidentChange): Promise<CommitOutcome> {
    return this.db.write(async (tx) => {
      await tx.lockKey(reporterKey(change.incident.channel, change.incident.sender));
      const found = await tx.get<{ reporterId: string }>('SELECT "reporterId" FROM "Incident" WHERE "id" = ?', [
        change.incident.id,
      ]);
      if (!found) return 'conflict';
      return (await this.persist(tx, change, found.reporterId, null)) ? 'committed' : 'conflict';
    });
  }

  flagIncident(incidentId: string, attention: string, at: string, disarmTimers: boolean): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        disarmTimers
          ? 'UPDATE "Incident" SET "attention" = ?, "updatedAt" = ?, "timerDueAt" = NULL WHERE "id" = ?'
          : 'UPDATE "Incident" SET "attention" = ?, "updatedAt" = ? WHERE "id" = ?',
        [attention, new Date(at), incidentId],
      );
      await audit(tx, incidentId, 'attention', { attention }, new Date(at));
    });
  }

  rearmTimers(incidentId: string): Promise<void> {
    return this.db.write(async (tx) => {
      const found = await tx.get<{ state: string }>('SELECT "state" FROM "Incident" WHERE "id" = ?', [incidentId]);
      if (!found) return;
      await tx.run('UPDATE "Incident" SET "timerDueAt" = ? WHERE "id" = ?', [
        nextTimer(JSON.parse(found.state) as IncidentRecord['state']),
        incidentId,
      ]);
    });
  }

  async unprocessedInbound() {
    const rows = await this.db.read.all<{ id: number; channel: string; address: string }>(
      'SELECT m."id", m."channel", r."address" FROM "InboundMessage" m JOIN "Reporter" r ON r."id" = m."reporterId" ' +
        'WHERE m."processedAt" IS NULL ORDER BY m."id"',
    );
    return rows.map((r) => ({ id: row.int(r.id), channel: r.channel, sender: r.address }));
  }

  /**
   * Claims incidents whose flow timer is due: the claim pushes the due time to the end of a lease, so another
   * process does not fire the same timer; the step's write then sets the real next due time (compare-and-set
   * on the version keeps a timer from being applied twice).
   */
  claimDueTimers(now: Date, limit: number) {
    const skipLocked = this.db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    return this.db.write(async (tx) => {
      const rows = await tx.all<{ id: string; channel: string; sender: string }>(
        `UPDATE "Incident" SET "timerDueAt" = ? WHERE "id" IN (SELECT "id" FROM "Incident" WHERE "timerDueAt" <= ? ` +
          `ORDER BY "timerDueAt" LIMIT ?${skipLocked}) RETURNING "id", "channel", "sender"`,
        [new Date(now.getTime() + TIMER_LEASE_MS), now, limit],
      );
      return rows.map((r) => ({ incidentId: r.id, channel: r.channel, sender: r.sender }));
    });
  }

  async findIncident(id: string): Promise<IncidentRecord | null> {
    const r = await this.db.read.get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM "Incident" WHERE "id" = ?`, [id]);
    return r ? toRecord(r) : null;
  }

  async findIncidentByToken(token: string): Promise<IncidentRecord | null> {
    const r = await this.db.read.get<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM "Incident" WHERE "token" = ?`, [
      token,
    ]);
    return r ? toRecord(r) : null;
  }

  async incidentsStartedSince(channel: ChannelId, sender: string, since: Date): Promise<number> {
    const r = await this.db.read.get<{ n: number }>(
      'SELECT COUNT(*) AS "n" FROM "Incident" WHERE "channel" = ? AND "sender" = ? AND "createdAt" >= ?',
      [channel, sender, since],
    );
    return row.int(r?.n ?? 0);
  }

  /**
   * Writes the incident (created, or updated only if still at the version it was read at), its replies,
   * audit events and outbox items, and notifies every process. Returns false on a version conflict.
   */
  private async persist(
    tx: SqlTx,
    change: IncidentChange,
    reporterId: string,
    inboundId: number | null,
    replyDeferred = false,
  ): Promise<boolean> {
    const incident = this.hooks ? await this.hooks.beforeWrite(tx, change.incident, change.isNew) : change.incident;
    change = incident === change.incident ? change : { ...change, incident };
    const now = new Date(change.at);
    const derived = derivedValues(incident.state, now);
    if (change.isNew) {
      await tx.run(INSERT_INCIDENT, [
        incident.id,
        incident.reference,
        incident.token,
        reporterId,
        incident.channel,
        incident.sender,
        incident.previousId,
        new Date(incident.createdAt),
        0,
        ...derived,
      ]);
    } else {
      const updated = await tx.run(UPDATE_INCIDENT, [...derived, incident.id, incident.version]);
      if (updated.changes !== 1) return false;
    }
    if (this.hooks) await this.hooks.afterWrite(tx, incident, reporterId, now);
    // Replies shown on the reporter's page rather than pushed: out-of-band messages count as sent.
    const pageChannel = repliesOnPage(incident.channel);
    const replyStatus = pageChannel || (change.outboundKind === 'reply' && !replyDeferred) ? 'replied' : 'pending';
    if (change.replies.length > 0) {
      const values: (string | number | Date | null)[] = [];
      for (const r of change.replies) {
        values.push(
          incident.id,
          inboundId,
          incident.channel,
          incident.sender,
          r.text,
          change.outboundKind,
          replyStatus,
          replyStatus === 'pending' ? now : null,
          now,
        );
      }
      // Sent with the next round trip (the snapshot's read, or COMMIT): nothing here reads its result.
      await tx.later(
        'INSERT INTO "OutboundMessage" ("incidentId", "inboundId", "channel", "to", "text", "kind", "status", ' +
          `"nextAttemptAt", "createdAt") VALUES ${change.replies.map(() => `(${placeholders(9)})`).join(', ')}`,
        values,
      );
    }
    // Audit rows (the flow's events, then one "dispatch_queued" per outbox item) in one statement at the end.
    const audits: [string, unknown][] = change.events.filter((e) => e.type !== 'dispatch').map((e) => [e.type, e]);
    const dispatches = change.events.filter(
      (e): e is Extract<FlowEvent, { type: 'dispatch' }> => e.type === 'dispatch',
    );
    if (dispatches.length > 0) {
      const { cut, clusterId } = await snapshotFrame(tx, incident.id, inboundId);
      const { token: _token, ...record } = incident;
      for (const d of dispatches) {
        const snapshot: OutboxSnapshot = {
          v: 2,
          event: d.event,
          revision: d.revision,
          record,
          cut,
          updatedAt: now.toISOString(),
          clusterId,
        };
        await tx.later(
          'INSERT INTO "OutboxItem" ("incidentId", "event", "revision", "payload", "createdAt", "nextAttemptAt") ' +
            'VALUES (?, ?, ?, ?, ?, ?)',
          [incident.id, d.event, d.revision, JSON.stringify(snapshot), now, now],
        );
        audits.push(['dispatch_queued', d]);
      }
    }
    if (audits.length > 0) {
      await tx.later(
        `INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES ${audits.map(() => '(?, ?, ?, ?)').join(', ')}`,
        audits.flatMap(([type, data]) => [incident.id, type, JSON.stringify(data), now]),
      );
    }
    await this.notifyChange(tx, change);
    return true;
  }

  private async notifyChange(tx: SqlTx, change: IncidentChange): Promise<void> {
    const { incident } = change;
    const note: ChangeNote = {
      origin: this.origin,
      incidentId: incident.id,
      reference: incident.reference,
      status: incident.state.status,
      priority: incident.state.priority,
      revision: incident.state.revision,
      events: change.events,
      outOfBand: change.outboundKind !== 'reply' && change.replies.length > 0,
      at: change.at,
    };
    let payload = JSON.stringify(note);
    // NOTIFY carries at most 8000 bytes: large events (triage reasons) go as their types only.
    if (payload.length > 7000) payload = JSON.stringify({ ...note, events: change.events.map((e) => slim(e)) });
    await tx.notify(EVENTS_CHANNEL, payload);
  }

  /** The flow definition this store renders views with (dispatch snapshots). */
  get definition(): FlowDefinition {
    return this.flow;
  }
}

function slim(e: FlowEvent): FlowEvent {
  return e.type === 'dispatch' ? e : ({ type: e.type } as FlowEvent);
}

/**
 * What a dispatch snapshot records besides the incident, in one statement: the transcript's cut (the last
 * inbound and outbound ids so far) and the incident's cluster as this transaction leaves it.
 */
async function snapshotFrame(tx: SqlRunner, incidentId: string, inboundId: number | null) {
  const r = await tx.get<{ i: number | null; o: number | null; clusterId: string | null }>(
    'SELECT (SELECT MAX("id") FROM "InboundMessage" WHERE "incidentId" = ?) AS "i", ' +
      '(SELECT MAX("id") FROM "OutboundMessage" WHERE "incidentId" = ?) AS "o", ' +
      '(SELECT "clusterId" FROM "Incident" WHERE "id" = ?) AS "clusterId"',
    [incidentId, incidentId, incidentId],
  );
  return {
    cut: { inbound: Math.max(row.int(r?.i ?? 0), inboundId ?? 0), outbound: row.int(r?.o ?? 0) },
    clusterId: r?.clusterId ?? null,
  };
}

export async function audit(tx: SqlRunner, incidentId: string, type: string, data: unknown, at: Date): Promise<void> {
  await tx.run(AUDIT_INSERT, [incidentId, type, JSON.stringify(data), at]);
}

/** An audit row sent with the transaction's next round trip (`SqlTx.later`): nothing reads it back. */
export function auditLater(tx: SqlTx, incidentId: string, type: string, data: unknown, at: Date): Promise<void> {
  return tx.later(AUDIT_INSERT, [incidentId, type, JSON.stringify(data), at]);
}

const AUDIT_INSERT = 'INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES (?, ?, ?, ?)';

/** A unique-constraint violation from either driver (SQLite: SQLITE_CONSTRAINT_*, PostgreSQL: 23505). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
