/**
 * The replay guard (`ReplayGuard`, src/channels/types.ts) on the database: one `ReplayNonce` row per
 * accepted signed (channel, timestamp, nonce), written through the group committer like every other write,
 * so the memory is shared by every process on the database and survives a restart.
 *
 * Reading and inserting happen in one transaction. Within a process the group committer serialises them;
 * across processes the primary key decides: if another process inserted the same pair between our read and
 * our insert, the insert fails with a unique violation and the job is run once more, when the read sees the
 * other process's row. Expired rows are deleted in the same commit at most once per `pruneEveryMs`.
 */
import type { ReplayGuard, ReplayVerdict, SignedRequest } from '../channels/types.js';
import type { Tx } from './database.js';
import type { GroupCommitter } from './group-commit.js';

export interface ReplayGuardOptions {
  /** How often (domain clock) expired pairs are deleted, on the next `remember`. */
  pruneEveryMs?: number;
}

export class PrismaReplayGuard implements ReplayGuard {
  private readonly pruneEveryMs: number;
  private lastPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly committer: GroupCommitter<Tx>,
    options: ReplayGuardOptions = {},
  ) {
    this.pruneEveryMs = options.pruneEveryMs ?? 60_000;
  }

  async remember(request: SignedRequest, now: Date): Promise<ReplayVerdict> {
    const pruneBefore = this.pruneDue(now) ? now : null;
    try {
      return await this.committer.submit((tx) => this.record(tx, request, now, pruneBefore));
    } catch (err) {
      // Another process (or connection) recorded the same pair between our read and our insert.
      if (!isUniqueViolation(err)) throw err;
      return this.committer.submit((tx) => this.record(tx, request, now, null));
    }
  }

  prune(before: Date): Promise<number> {
    return this.committer.submit(async (tx) => {
      const { count } = await tx.replayNonce.deleteMany({ where: { keepUntil: { lt: before } } });
      return count;
    });
  }

  private async record(tx: Tx, r: SignedRequest, now: Date, pruneBefore: Date | null): Promise<ReplayVerdict> {
    if (pruneBefore) await tx.replayNonce.deleteMany({ where: { keepUntil: { lt: pruneBefore } } });
    const seen = await tx.replayNonce.findUnique({
      where: { channel_timestamp_nonce: { channel: r.channel, timestamp: r.timestamp, nonce: r.nonce } },
      select: { bodyKey: true },
    });
    if (seen) return seen.bodyKey === r.bodyKey ? 'retry' : 'replay';
    await tx.replayNonce.create({
      data: {
        channel: r.channel,
        timestamp: r.timestamp,
        nonce: r.nonce,
        bodyKey: r.bodyKey,
        seenAt: now,
        keepUntil: r.keepUntil,
      },
    });
    return 'new';
  }

  private pruneDue(now: Date): boolean {
    const since = now.getTime() - this.lastPrunedAt;
    // A clock set back (since < 0) must not stop pruning until it catches up.
    if (since >= 0 && since < this.pruneEveryMs) return false;
    this.lastPrunedAt = now.getTime();
    return true;
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}
