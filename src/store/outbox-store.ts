/**
 * The dispatch outbox's delivery state (the OutboxStore port). OutboxItem rows are written by the intake store
 * in the same commit as the incident change (one per revision); this store fans each item out to the
 * configured targets as OutboxDelivery rows (one per item and target) and keeps, per row: attempts, the next
 * attempt's due time, the current claim (a lease with its owner), the last error and whether the
 * "undelivered too long" alert was raised.
 *
 * Ordering: per (incident, target) only the lowest undelivered revision (the queue's head) is ever claimed,
 * so revision n+1 never reaches a target before revision n was accepted. Claiming sets `claimedBy` and pushes
 * `nextAttemptAt` to the end of a lease; on PostgreSQL the claim is `FOR UPDATE SKIP LOCKED`, so several
 * processes never take the same delivery, and a lease is released only by its owner or by expiring.
 *
 * The webhook payload is rendered after the claim (outside the write transaction) from the snapshot the
 * revision stored; nothing here waits on the network.
 */
import type { FlowDefinition } from '../core/flow/definition.js';
import { audit, auditLater } from './intake-store.js';
import { isSnapshot } from './records.js';
import { renderOutboxPayload } from './report-reader.js';
import { ownerLock, placeholders, row, type SqlDatabase, type SqlTx } from './sql/types.js';

export interface ClaimedDelivery {
  id: number;
  outboxId: number;
  incidentId: string;
  revision: number;
  target: string;
  event: string;
  /** JSON {event, revision, incident}: the incident as it was at this revision. */
  payload: string;
  /** Attempts made before this one. */
  attempts: number;
  /** When the outbox item was written. */
  createdAt: Date;
  /** The lease holder's id: results are only recorded while the lease is still ours. */
  claimId: string;
}

export interface RaisedAlert {
  incidentId: string;
  target: string;
  revision: number;
  event: string;
  ageS: number;
  attempts: number;
  lastError: string | null;
}

export interface ClaimOptions {
  targets: readonly string[];
  limit: number;
  leaseMs: number;
  claimId: string;
}

/** What the dispatch worker needs from the database. */
export interface OutboxStore {
  hasWork(now: Date, targets: readonly string[]): Promise<boolean>;
  claimDue(now: Date, opts: ClaimOptions): Promise<ClaimedDelivery[]>;
  markDelivered(d: ClaimedDelivery, at: Date, response: string, targets: readonly string[]): Promise<void>;
  markRetry(d: ClaimedDelivery, at: Date, nextAttemptAt: Date, error: string, code: string): Promise<void>;
  release(d: ClaimedDelivery, at: Date): Promise<void>;
  releaseAllClaims(at: Date): Promise<number>;
  reclaimAbandoned(at: Date): Promise<number>;
  raiseAlerts(now: Date, afterMs: number, targets: readonly string[]): Promise<RaisedAlert[]>;
  oldestUndelivered(): Promise<Date | null>;
  pendingByTarget(targets: readonly string[]): Promise<{ target: string; pending: number; oldest: Date | null }[]>;
}

interface DeliveryRow {
  id: number;
  outboxId: number;
  incidentId: string;
  revision: number;
  target: string;
  attempts: number;
  createdAt: unknown;
  event: string;
  payload: string;
}

export class SqlOutboxStore implements OutboxStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly flow: FlowDefinition,
  ) {}

  /** A cheap read (no write transaction) telling whether a claim could find anything. */
  async hasWork(now: Date, targets: readonly string[]): Promise<boolean> {
    if (targets.length === 0) return false;
    const inList = placeholders(targets.length);
    const [due, unexpanded] = await Promise.all([
      this.db.read.get<{ id: number }>(
        `SELECT "id" FROM "OutboxDelivery" WHERE "deliveredAt" IS NULL AND "target" IN (${inList}) ` +
          'AND "nextAttemptAt" <= ? LIMIT 1',
        [...targets, now],
      ),
      this.db.read.get<{ id: number }>(
        'SELECT i."id" FROM "OutboxItem" i WHERE i."deliveredAt" IS NULL AND ' +
          `(SELECT COUNT(*) FROM "OutboxDelivery" d WHERE d."outboxId" = i."id" AND d."target" IN (${inList})) < ? LIMIT 1`,
        [...targets, targets.length],
      ),
    ]);
    return due !== undefined || unexpanded !== undefined;
  }

  /**
   * Creates the missing delivery rows of undelivered items for every target, then claims up to `limit` due
   * queue heads: most urgent priority first, then oldest. Payloads are rendered after the claim committed.
   */
  async claimDue(now: Date, opts: ClaimOptions): Promise<ClaimedDelivery[]> {
    const { targets, limit, leaseMs } = opts;
    if (targets.length === 0 || limit <= 0) return [];
    // "<owner>/<claim>": whose claim it is, so that a dead owner's claims can be taken (reclaimAbandoned).
    const claim = `${this.db.owner}/${opts.claimId}`;
    const skipLocked = this.db.dialect === 'postgres' ? ' FOR UPDATE OF d SKIP LOCKED' : '';
    const claimed = await this.db.write(async (tx) => {
      // Only a new delivery row can make an older one redundant (a claimed or tried row is never superseded).
      if ((await expand(tx, targets)) > 0) await supersede(tx, targets, now);
      const heads = await tx.all<DeliveryRow>(
        'SELECT d."id", d."outboxId", d."incidentId", d."revision", d."target", d."attempts", d."createdAt", ' +
          'i."event", i."payload" FROM "OutboxDelivery" d JOIN "OutboxItem" i ON i."id" = d."outboxId" ' +
          `WHERE d."deliveredAt" IS NULL AND d."target" IN (${placeholders(targets.length)}) AND d."nextAttemptAt" <= ? ` +
          'AND NOT EXISTS (SELECT 1 FROM "OutboxDelivery" e WHERE e."incidentId" = d."incidentId" ' +
          'AND e."target" = d."target" AND e."deliveredAt" IS NULL AND e."revision" < d."revision") ' +
          // Most urgent first; within a priority, an incident dispatch has not heard of yet (its first
          // revision) before further revisions of incidents it already has, then oldest first.
          `ORDER BY d."priority", CASE WHEN d."revision" = 1 THEN 0 ELSE 1 END, d."createdAt", d."id" LIMIT ?${skipLocked}`,
        [...targets, now, limit],
      );
      if (heads.length === 0) return heads;
      // Every head's lease in one statement (the ids as one JSON array, so the statement text never varies).
      await tx.run(
        'UPDATE "OutboxDelivery" SET "nextAttemptAt" = ?, "claimedBy" = ? WHERE "id" IN ' +
          (tx.dialect === 'postgres'
            ? '(SELECT jsonb_array_elements_text(?::jsonb)::int)'
            : '(SELECT "value" FROM json_each(?))'),
        [new Date(now.getTime() + leaseMs), claim, JSON.stringify(heads.map((d) => row.int(d.id)))],
      );
      return heads;
    });
    return Promise.all(
      claimed.map(async (d) => ({
        id: row.int(d.id),
        outboxId: row.int(d.outboxId),
        incidentId: d.incidentId,
        revision: row.int(d.revision),
        target: d.target,
        event: d.event,
        payload: await this.render(d.payload),
        attempts: row.int(d.attempts),
        createdAt: row.date(d.createdAt),
        claimId: claim,
      })),
    );
  }

  private async render(stored: string): Promise<string> {
    try {
      return await renderOutboxPayload(this.db.read, this.flow, stored);
    } catch {
      // Unreadable: delivered as stored, where the worker reports it as a bad payload (visible, not buried).
      return stored;
    }
  }

  /**
   * The target has it. Recorded even if the lease ran out meanwhile (it was delivered either way). The
   * outbox item counts as delivered once every configured target has it.
   */
  markDelivered(d: ClaimedDelivery, at: Date, response: string, targets: readonly string[]): Promise<void> {
    // Nothing here reads a result: on PostgreSQL the whole transaction is one round trip with its COMMIT
    // (`tx.later`), each statement still on its own, in this order.
    return this.db.write(async (tx) => {
      // PostgreSQL: the item row first, so that this and a concurrent supersede of the item's other target
      // count each other's rows (each would otherwise see the other's uncommitted and leave the item open).
      // The count below is a later statement: it starts after the lock is held and sees what committed before.
      await lockItems(tx, [d.outboxId]);
      await tx.later(
        'UPDATE "OutboxDelivery" SET "deliveredAt" = ?, "attempts" = "attempts" + 1, "claimedBy" = NULL, ' +
          '"lastError" = NULL WHERE "id" = ?',
        [at, d.id],
      );
      // Delivered as an item once every configured target has it (decided in the same statement).
      await tx.later(
        'UPDATE "OutboxItem" SET "attempts" = "attempts" + 1, "lastError" = NULL, "deliveredAt" = CASE WHEN ' +
          '(SELECT COUNT(*) FROM "OutboxDelivery" x WHERE x."outboxId" = "OutboxItem"."id" AND x."deliveredAt" IS NOT NULL ' +
          `AND x."target" IN (${placeholders(targets.length)})) = ? THEN ? ELSE "deliveredAt" END WHERE "id" = ?`,
        [...targets, targets.length, at, d.outboxId],
      );
      await auditLater(
        tx,
        d.incidentId,
        'dispatch_delivered',
        {
          target: d.target,
          event: d.event,
          revision: d.revision,
          attempt: d.attempts + 1,
          response,
          afterMs: at.getTime() - d.createdAt.getTime(),
        },
        at,
      );
    });
  }

  /** A failed attempt: kept in the audit trail; the row waits until `nextAttemptAt` (if the lease is still ours). */
  markRetry(d: ClaimedDelivery, at: Date, nextAttemptAt: Date, error: string, code: string): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.later(
        'UPDATE "OutboxDelivery" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ?, "claimedBy" = NULL, ' +
          '"lastError" = ? WHERE "id" = ? AND "claimedBy" = ? AND "deliveredAt" IS NULL',
        [nextAttemptAt, error, d.id, d.claimId],
      );
      await tx.later('UPDATE "OutboxItem" SET "attempts" = "attempts" + 1, "lastError" = ? WHERE "id" = ?', [
        `${d.target}: ${error}`,
        d.outboxId,
      ]);
      await auditLater(
        tx,
        d.incidentId,
        'dispatch_attempt_failed',
        {
          target: d.target,
          event: d.event,
          revision: d.revision,
          attempt: d.attempts + 1,
          error,
          code,
          nextAttemptAt: nextAttemptAt.toISOString(),
        },
        at,
      );
    });
  }

  /** Gives a claim back without counting an attempt (the attempt was cut short by a shutdown). */
  release(d: ClaimedDelivery, at: Date): Promise<void> {
    return this.db.write(async (tx) => {
      await tx.run(
        'UPDATE "OutboxDelivery" SET "nextAttemptAt" = ?, "claimedBy" = NULL ' +
          'WHERE "id" = ? AND "claimedBy" = ? AND "deliveredAt" IS NULL',
        [at, d.id, d.claimId],
      );
    });
  }

  /**
   * At start with an embedded SQLite file (one process only): claims left by a run that died mid-delivery
   * are due again at once instead of at the end of their lease. Never with PostgreSQL, where another
   * process may hold them: there a claim is released by its owner or by its lease running out.
   */
  releaseAllClaims(at: Date): Promise<number> {
    if (this.db.dialect === 'postgres') return Promise.resolve(0);
    return this.db.write(async (tx) => {
      const r = await tx.run(
        'UPDATE "OutboxDelivery" SET "nextAttemptAt" = ?, "claimedBy" = NULL ' +
          'WHERE "claimedBy" IS NOT NULL AND "deliveredAt" IS NULL',
        [at],
      );
      return r.changes;
    });
  }

  /**
   * PostgreSQL: claims whose owner process is dead are due again now, instead of waiting out their lease (an
   * early dispatch claimed by a process killed a moment later must not wait a minute). A live process holds a
   * session advisory lock named after its owner id; a claim's owner whose lock can be taken is dead. Taken in
   * the transaction that releases its claims, so the check and the release are one decision.
   */
  async reclaimAbandoned(at: Date): Promise<number> {
    const db = this.db;
    if (db.dialect !== 'postgres') return 0;
    if ('holdOwner' in db && typeof db.holdOwner === 'function') await (db.holdOwner as () => Promise<void>)();
    const owners = await db.read.all<{ owner: string }>(
      'SELECT DISTINCT split_part("claimedBy", \'/\', 1) AS "owner" FROM "OutboxDelivery" ' +
        'WHERE "claimedBy" IS NOT NULL AND "deliveredAt" IS NULL',
    );
    let released = 0;
    for (const { owner } of owners) {
      if (owner === db.owner) continue;
      released += await db.write(async (tx) => {
        const lock = await tx.get<{ free: boolean }>(
          'SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)) AS "free"',
          [ownerLock(owner)],
        );
        if (!lock?.free) return 0;
        const r = await tx.run(
          'UPDATE "OutboxDelivery" SET "nextAttemptAt" = ?, "claimedBy" = NULL ' +
            'WHERE "claimedBy" LIKE ? AND "deliveredAt" IS NULL',
          [at, `${owner}/%`],
        );
        return r.changes;
      });
    }
    return released;
  }

  /**
   * Deliveries still undelivered `afterMs` after their item was written, not alerted yet: each raises one
   * alert, kept in the audit trail, and flags its incident for a call-taker (`attention`).
   */
  raiseAlerts(now: Date, afterMs: number, targets: readonly string[]): Promise<RaisedAlert[]> {
    if (targets.length === 0) return Promise.resolve([]);
    const skipLocked = this.db.dialect === 'postgres' ? ' FOR UPDATE OF d SKIP LOCKED' : '';
    return this.db.write(async (tx) => {
      const rows = await tx.all<{
        id: number;
        incidentId: string;
        target: string;
        revision: number;
        attempts: number;
        lastError: string | null;
        createdAt: unknown;
        event: string;
      }>(
        'SELECT d."id", d."incidentId", d."target", d."revision", d."attempts", d."lastError", d."createdAt", i."event" ' +
          'FROM "OutboxDelivery" d JOIN "OutboxItem" i ON i."id" = d."outboxId" ' +
          `WHERE d."deliveredAt" IS NULL AND d."alertedAt" IS NULL AND d."target" IN (${placeholders(targets.length)}) ` +
          `AND d."createdAt" <= ? ORDER BY d."id" LIMIT 200${skipLocked}`,
        [...targets, new Date(now.getTime() - afterMs)],
      );
      const alerts: RaisedAlert[] = [];
      for (const r of rows) {
        const createdAt = row.date(r.createdAt);
        const alert: RaisedAlert = {
          incidentId: r.incidentId,
          target: r.target,
          revision: row.int(r.revision),
          event: r.event,
          ageS: Math.floor((now.getTime() - createdAt.getTime()) / 1000),
          attempts: row.int(r.attempts),
          lastError: r.lastError,
        };
        await tx.run('UPDATE "OutboxDelivery" SET "alertedAt" = ? WHERE "id" = ?', [now, r.id]);
        await audit(tx, r.incidentId, 'dispatch_alert', alert, now);
        await tx.run('UPDATE "Incident" SET "attention" = ? WHERE "id" = ?', [
          `dispatch not delivered: ${r.target} has not accepted revision ${alert.revision} (${alert.event}) ` +
            `for ${alert.ageS} s; last error: ${r.lastError ?? 'none yet'}`,
          r.incidentId,
        ]);
        alerts.push(alert);
      }
      return alerts;
    });
  }

  /** When the oldest outbox item not yet delivered everywhere was written (null: nothing pending). */
  async oldestUndelivered(): Promise<Date | null> {
    const r = await this.db.read.get<{ createdAt: unknown }>(
      'SELECT "createdAt" FROM "OutboxItem" WHERE "deliveredAt" IS NULL ORDER BY "createdAt" LIMIT 1',
    );
    return r ? row.date(r.createdAt) : null;
  }

  /** Per target: how many deliveries are pending and when the oldest of them was written. */
  async pendingByTarget(
    targets: readonly string[],
  ): Promise<{ target: string; pending: number; oldest: Date | null }[]> {
    if (targets.length === 0) return [];
    const groups = await this.db.read.all<{ target: string; n: number; oldest: unknown }>(
      'SELECT "target", COUNT(*) AS "n", MIN("createdAt") AS "oldest" FROM "OutboxDelivery" ' +
        `WHERE "deliveredAt" IS NULL AND "target" IN (${placeholders(targets.length)}) GROUP BY "target"`,
      [...targets],
    );
    return targets.map((target) => {
      const g = groups.find((x) => x.target === target);
      return { target, pending: row.int(g?.n ?? 0), oldest: row.dateOrNull(g?.oldest) };
    });
  }
}

/**
 * The event of the next pending revision after `d` for the same incident and target (null: none pending), and
 * that revision's number: correlated subqueries on the delivery row `d`.
 */
const NEXT_PENDING = (column: string) =>
  `(SELECT ${column} FROM "OutboxDelivery" n JOIN "OutboxItem" ni ON ni."id" = n."outboxId" ` +
  'WHERE n."incidentId" = d."incidentId" AND n."target" = d."target" AND n."deliveredAt" IS NULL ' +
  'AND n."revision" > d."revision" ORDER BY n."revision" LIMIT 1)';

/**
 * Coalescing: an "updated" revision not yet tried nor claimed, whose next pending revision (same incident,
 * same target) is "updated" too, is settled without a request — every revision is a whole snapshot, and the
 * later one carries everything it had. So a run of pending "updated" revisions collapses to its newest, and
 * dispatch is not sent a revision that is already out of date. Never an early_dispatch, submitted or diverted
 * revision, never the last pending one, never one already tried (its alert clock keeps running) or claimed;
 * the order of what is sent is unchanged. Runs in the claim's transaction: a crash either keeps the rows as
 * they were or leaves the newest pending, never a revision lost without a later one to carry it.
 *
 * PostgreSQL: the candidates are locked `SKIP LOCKED` first, so two processes never wait on each other here.
 */
async function supersede(tx: SqlTx, targets: readonly string[], now: Date): Promise<void> {
  const where =
    `d."deliveredAt" IS NULL AND d."claimedBy" IS NULL AND d."attempts" = 0 AND d."target" IN (${placeholders(targets.length)}) ` +
    `AND (SELECT i."event" FROM "OutboxItem" i WHERE i."id" = d."outboxId") = 'updated' ` +
    `AND ${NEXT_PENDING('ni."event"')} = 'updated'`;
  const candidates =
    tx.dialect === 'postgres'
      ? `d."id" IN (SELECT d."id" FROM "OutboxDelivery" d WHERE ${where} FOR UPDATE OF d SKIP LOCKED)`
      : where;
  const superseded = await tx.all<{
    id: number;
    outboxId: number;
    incidentId: string;
    revision: number;
    target: string;
    supersededBy: number;
  }>(
    `UPDATE "OutboxDelivery" AS d SET "deliveredAt" = ?, "supersededBy" = ${NEXT_PENDING('n."revision"')} ` +
      `WHERE ${candidates} RETURNING "id", "outboxId", "incidentId", "revision", "target", "supersededBy"`,
    [now, ...targets],
  );
  if (superseded.length === 0) return;
  // In revision order in the audit trail (RETURNING has no order on PostgreSQL).
  superseded.sort((a, b) => row.int(a.revision) - row.int(b.revision));
  for (const r of superseded) {
    await audit(
      tx,
      r.incidentId,
      'dispatch_superseded',
      { target: r.target, revision: row.int(r.revision), supersededBy: row.int(r.supersededBy) },
      now,
    );
  }
  // An item is done once every configured target has it (delivered, or superseded for that target). Its row
  // is locked first (see markDelivered); the count below is a new statement, so it sees what committed before.
  await lockItems(
    tx,
    superseded.map((r) => row.int(r.outboxId)),
  );
  await tx.run(
    'UPDATE "OutboxItem" SET "deliveredAt" = ? WHERE "deliveredAt" IS NULL AND "id" IN ' +
      '(SELECT "outboxId" FROM "OutboxDelivery" WHERE "deliveredAt" = ? AND "supersededBy" IS NOT NULL) AND ' +
      `(SELECT COUNT(*) FROM "OutboxDelivery" x WHERE x."outboxId" = "OutboxItem"."id" AND x."deliveredAt" IS NOT NULL ` +
      `AND x."target" IN (${placeholders(targets.length)})) = ?`,
    [now, now, ...targets, targets.length],
  );
}

/** PostgreSQL: row locks on these outbox items, in id order (no deadlock between two lockers). */
async function lockItems(tx: SqlTx, ids: readonly number[]): Promise<void> {
  if (tx.dialect !== 'postgres' || ids.length === 0) return;
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  await tx.later(
    'SELECT "id" FROM "OutboxItem" WHERE "id" IN (SELECT jsonb_array_elements_text(?::jsonb)::int) ORDER BY "id" FOR UPDATE',
    [JSON.stringify(sorted)],
  );
}

/**
 * Delivery rows for undelivered items that lack one for a target (oldest first, so revisions stay in order).
 * Returns how many were created.
 */
async function expand(tx: SqlTx, targets: readonly string[]): Promise<number> {
  // PostgreSQL: one process expands at a time. Two would insert the same rows, and each INSERT of a row the
  // other has inserted but not committed waits for that commit: claims queued behind each other (dispatch p99
  // 6.6 s with two processes in `npm run bench`). A process that finds another expanding goes on with the rows
  // that exist; the other commits its new ones within the same claim round.
  if (tx.dialect === 'postgres') {
    const lock = await tx.get<{ got: boolean }>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('outbox.expand', 0)) AS "got"`,
    );
    if (lock?.got !== true) return 0;
  }
  let created = 0;
  for (const target of targets) {
    const items = await tx.all<{
      id: number;
      incidentId: string;
      revision: number;
      createdAt: unknown;
      payload: string;
    }>(
      'SELECT i."id", i."incidentId", i."revision", i."createdAt", i."payload" FROM "OutboxItem" i ' +
        'WHERE i."deliveredAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "OutboxDelivery" d ' +
        'WHERE d."outboxId" = i."id" AND d."target" = ?) ORDER BY i."id" LIMIT 500',
      [target],
    );
    for (const i of items) {
      const createdAt = row.date(i.createdAt);
      const r = await tx.run(
        'INSERT INTO "OutboxDelivery" ("outboxId", "incidentId", "revision", "target", "priority", "createdAt", ' +
          '"nextAttemptAt") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("outboxId", "target") DO NOTHING',
        [row.int(i.id), i.incidentId, row.int(i.revision), target, priorityOf(i.payload), createdAt, createdAt],
      );
      created += r.changes;
    }
  }
  return created;
}

function priorityOf(payload: string): string {
  try {
    const parsed = JSON.parse(payload) as unknown;
    const p = isSnapshot(parsed)
      ? parsed.record.state.priority
      : (parsed as { incident?: { priority?: unknown } }).incident?.priority;
    return typeof p === 'string' ? p : 'P1';
  } catch {
    // An unreadable payload is still delivered (and fails visibly); treat it as urgent rather than bury it.
    return 'P1';
  }
}
