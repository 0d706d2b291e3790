/**
 * The dispatch outbox's delivery state. OutboxItem rows are written by the intake store in the same commit
 * as the incident change (one per revision); this store fans each item out to the configured targets as
 * OutboxDelivery rows (one per item and target) and keeps, per row: attempts, the next attempt's due time,
 * the current claim (a lease), the last error and whether the "undelivered too long" alert was raised.
 *
 * Ordering: per (incident, target) only the lowest undelivered revision (the queue's head) is ever claimed,
 * so revision n+1 never reaches a target before revision n was accepted. Different incidents and different
 * targets are independent. Claiming sets `claimedBy` and pushes `nextAttemptAt` to the end of a lease, in a
 * write job: with several processes on PostgreSQL the same interface becomes `FOR UPDATE SKIP LOCKED`.
 *
 * Every write goes through the group committer; nothing here waits on the network.
 */
import { Prisma } from '../generated/sqlite/client.js';
import type { Db, Tx } from './database.js';
import type { GroupCommitter } from './group-commit.js';

export interface ClaimedDelivery {
  id: number;
  outboxId: number;
  incidentId: string;
  revision: number;
  target: string;
  event: string;
  /** JSON {event, revision, incident} as written by the intake store. */
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

export class OutboxStore {
  constructor(
    private readonly committer: GroupCommitter<Tx>,
    private readonly reader: Db,
  ) {}

  /** A cheap read (no write transaction) telling whether a claim could find anything. */
  async hasWork(now: Date, targets: readonly string[]): Promise<boolean> {
    if (targets.length === 0) return false;
    const [due, unexpanded] = await Promise.all([
      this.reader.outboxDelivery.findFirst({
        where: { deliveredAt: null, target: { in: [...targets] }, nextAttemptAt: { lte: now } },
        select: { id: true },
      }),
      this.reader.outboxItem.findFirst({
        where: { deliveredAt: null, OR: targets.map((target) => ({ deliveries: { none: { target } } })) },
        select: { id: true },
      }),
    ]);
    return due !== null || unexpanded !== null;
  }

  /**
   * Creates the missing delivery rows of undelivered items for every target, then claims up to `limit` due
   * queue heads: most urgent priority first, then oldest.
   */
  claimDue(now: Date, opts: ClaimOptions): Promise<ClaimedDelivery[]> {
    const { targets, limit, leaseMs, claimId } = opts;
    if (targets.length === 0 || limit <= 0) return Promise.resolve([]);
    return this.committer.submit(async (tx) => {
      await expand(tx, targets);
      // The head of each (incident, target) queue: no undelivered lower revision for the same target.
      const heads = await tx.$queryRaw<{ id: number | bigint }[]>`
        SELECT d."id" FROM "OutboxDelivery" d
        WHERE d."deliveredAt" IS NULL AND d."target" IN (${Prisma.join([...targets])})
          AND NOT EXISTS (
            SELECT 1 FROM "OutboxDelivery" e
            WHERE e."incidentId" = d."incidentId" AND e."target" = d."target"
              AND e."deliveredAt" IS NULL AND e."revision" < d."revision")`;
      if (heads.length === 0) return [];
      const due = await tx.outboxDelivery.findMany({
        where: { id: { in: heads.map((h) => Number(h.id)) }, nextAttemptAt: { lte: now } },
        orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        take: limit,
        include: { outbox: { select: { event: true, payload: true } } },
      });
      const leaseEnd = new Date(now.getTime() + leaseMs);
      for (const d of due) {
        await tx.outboxDelivery.update({ where: { id: d.id }, data: { nextAttemptAt: leaseEnd, claimedBy: claimId } });
      }
      return due.map((d) => ({
        id: d.id,
        outboxId: d.outboxId,
        incidentId: d.incidentId,
        revision: d.revision,
        target: d.target,
        event: d.outbox.event,
        payload: d.outbox.payload,
        attempts: d.attempts,
        createdAt: d.createdAt,
        claimId,
      }));
    });
  }

  /**
   * The target has it. Recorded even if the lease ran out meanwhile (it was delivered either way). The
   * outbox item counts as delivered once every configured target has it.
   */
  markDelivered(d: ClaimedDelivery, at: Date, response: string, targets: readonly string[]): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.outboxDelivery.update({
        where: { id: d.id },
        data: { deliveredAt: at, attempts: { increment: 1 }, claimedBy: null, lastError: null },
      });
      const rows = await tx.outboxDelivery.findMany({
        where: { outboxId: d.outboxId, target: { in: [...targets] } },
        select: { deliveredAt: true },
      });
      const all = rows.length === targets.length && rows.every((r) => r.deliveredAt !== null);
      await tx.outboxItem.update({
        where: { id: d.outboxId },
        data: { attempts: { increment: 1 }, lastError: null, ...(all ? { deliveredAt: at } : {}) },
      });
      await tx.auditEvent.create({
        data: {
          incidentId: d.incidentId,
          type: 'dispatch_delivered',
          data: JSON.stringify({
            target: d.target,
            event: d.event,
            revision: d.revision,
            attempt: d.attempts + 1,
            response,
            afterMs: at.getTime() - d.createdAt.getTime(),
          }),
          at,
        },
      });
    });
  }

  /** A failed attempt: kept in the audit trail; the row waits until `nextAttemptAt` (if the lease is still ours). */
  markRetry(d: ClaimedDelivery, at: Date, nextAttemptAt: Date, error: string, code: string): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.outboxDelivery.updateMany({
        where: { id: d.id, claimedBy: d.claimId, deliveredAt: null },
        data: { attempts: { increment: 1 }, nextAttemptAt, claimedBy: null, lastError: error },
      });
      await tx.outboxItem.update({
        where: { id: d.outboxId },
        data: { attempts: { increment: 1 }, lastError: `${d.target}: ${error}` },
      });
      await tx.auditEvent.create({
        data: {
          incidentId: d.incidentId,
          type: 'dispatch_attempt_failed',
          data: JSON.stringify({
            target: d.target,
            event: d.event,
            revision: d.revision,
            attempt: d.attempts + 1,
            error,
            code,
            nextAttemptAt: nextAttemptAt.toISOString(),
          }),
          at,
        },
      });
    });
  }

  /** Gives a claim back without counting an attempt (the attempt was cut short by a shutdown). */
  release(d: ClaimedDelivery, at: Date): Promise<void> {
    return this.committer.submit(async (tx) => {
      await tx.outboxDelivery.updateMany({
        where: { id: d.id, claimedBy: d.claimId, deliveredAt: null },
        data: { nextAttemptAt: at, claimedBy: null },
      });
    });
  }

  /**
   * At start with an embedded SQLite file (one process only): claims left by a run that died mid-delivery
   * are due again at once instead of at the end of their lease. Not for several processes sharing a database.
   */
  releaseAllClaims(at: Date): Promise<number> {
    return this.committer.submit(async (tx) => {
      const { count } = await tx.outboxDelivery.updateMany({
        where: { claimedBy: { not: null }, deliveredAt: null },
        data: { nextAttemptAt: at, claimedBy: null },
      });
      return count;
    });
  }

  /**
   * Deliveries still undelivered `afterMs` after their item was written, not alerted yet: each raises one
   * alert, kept in the audit trail, and flags its incident for a call-taker (`attention`).
   */
  raiseAlerts(now: Date, afterMs: number, targets: readonly string[]): Promise<RaisedAlert[]> {
    if (targets.length === 0) return Promise.resolve([]);
    return this.committer.submit(async (tx) => {
      const rows = await tx.outboxDelivery.findMany({
        where: {
          deliveredAt: null,
          alertedAt: null,
          target: { in: [...targets] },
          createdAt: { lte: new Date(now.getTime() - afterMs) },
        },
        orderBy: { id: 'asc' },
        take: 200,
        include: { outbox: { select: { event: true } } },
      });
      const alerts: RaisedAlert[] = [];
      for (const r of rows) {
        const alert: RaisedAlert = {
          incidentId: r.incidentId,
          target: r.target,
          revision: r.revision,
          event: r.outbox.event,
          ageS: Math.floor((now.getTime() - r.createdAt.getTime()) / 1000),
          attempts: r.attempts,
          lastError: r.lastError,
        };
        await tx.outboxDelivery.update({ where: { id: r.id }, data: { alertedAt: now } });
        await tx.auditEvent.create({
          data: { incidentId: r.incidentId, type: 'dispatch_alert', data: JSON.stringify(alert), at: now },
        });
        await tx.incident.updateMany({
          where: { id: r.incidentId },
          data: {
            attention:
              `dispatch not delivered: ${r.target} has not accepted revision ${r.revision} (${alert.event}) ` +
              `for ${alert.ageS} s; last error: ${r.lastError ?? 'none yet'}`,
          },
        });
        alerts.push(alert);
      }
      return alerts;
    });
  }

  /** When the oldest outbox item not yet delivered everywhere was written (null: nothing pending). */
  async oldestUndelivered(): Promise<Date | null> {
    const row = await this.reader.outboxItem.findFirst({
      where: { deliveredAt: null },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
    return row?.createdAt ?? null;
  }

  /** Per target: how many deliveries are pending and when the oldest of them was written. */
  async pendingByTarget(
    targets: readonly string[],
  ): Promise<{ target: string; pending: number; oldest: Date | null }[]> {
    const groups = await this.reader.outboxDelivery.groupBy({
      by: ['target'],
      where: { deliveredAt: null, target: { in: [...targets] } },
      _count: { _all: true },
      _min: { createdAt: true },
    });
    return targets.map((target) => {
      const g = groups.find((x) => x.target === target);
      return { target, pending: g?._count._all ?? 0, oldest: g?._min.createdAt ?? null };
    });
  }
}

/** Delivery rows for undelivered items that lack one for a target (oldest first, so revisions stay in order). */
async function expand(tx: Tx, targets: readonly string[]): Promise<void> {
  for (const target of targets) {
    const items = await tx.outboxItem.findMany({
      where: { deliveredAt: null, deliveries: { none: { target } } },
      orderBy: { id: 'asc' },
      take: 500,
      select: { id: true, incidentId: true, revision: true, createdAt: true, payload: true },
    });
    if (items.length === 0) continue;
    await tx.outboxDelivery.createMany({
      data: items.map((i) => ({
        outboxId: i.id,
        incidentId: i.incidentId,
        revision: i.revision,
        target,
        priority: priorityOf(i.payload),
        createdAt: i.createdAt,
        nextAttemptAt: i.createdAt,
      })),
    });
  }
}

function priorityOf(payload: string): string {
  try {
    const p = (JSON.parse(payload) as { incident?: { priority?: unknown } }).incident?.priority;
    return typeof p === 'string' ? p : 'P1';
  } catch {
    // An unreadable payload is still delivered (and fails visibly); treat it as urgent rather than bury it.
    return 'P1';
  }
}
