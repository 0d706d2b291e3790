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
import { isUniqueViolation } from './intake-store.js';
import type { SqlDatabase, SqlTx } from './sql/types.js';

export interface ReplayGuardOptions {
  /** How often (domain clock) expired pairs are deleted, on the next `remember`. */
  pruneEveryMs?: number;
}

export class SqlReplayGuard implements ReplayGuard {
  private readonly pruneEveryMs: number;
  private lastPrunedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: SqlDatabase,
    options: ReplayGuardOptions = {},
  ) {
    this.pruneEveryMs = options.pruneEveryMs ?? 60_000;
  }

  async remember(request: SignedRequest, now: Date): Promise<ReplayVerdict> {
    const pruneBefore = this.pruneDue(now) ? now : null;
    try {
      return await this.db.write((tx) => this.record(tx, request, now, pruneBefore));
    } catch (err) {
      // Another process (or connection) recorded the same pair between our read and our insert.
      if (!isUniqueViolation(err)) throw err;
      return this.db.write((tx) => this.record(tx, request, now, null));
    }
  }

  prune(before: Date): Promise<number> {
    return this.db.write(async (tx) => {
      const r = await tx.run('DELETE FROM "ReplayNonce" WHERE "keepUntil" < ?', [before]);
      return r.changes;
    });
  }

  private async record(tx: SqlTx, r: SignedRequest, now: Date, pruneBefore: Date | null): Promise<ReplayVerdict> {
    if (pruneBefore) await tx.run('DELETE FROM "ReplayNonce" WHERE "keepUntil" < ?', [pruneBefore]);
    const seen = await tx.get<{ bodyKey: string }>(
      'SELECT "bodyKey" FROM "ReplayNonce" WHERE "channel" = ? AND "timestamp" = ? AND "nonce" = ?',
      [r.channel, r.timestamp, r.nonce],
    );
    if (seen) return seen.bodyKey === r.bodyKey ? 'retry' : 'replay';
    await tx.run(
      'INSERT INTO "ReplayNonce" ("channel", "timestamp", "nonce", "bodyKey", "seenAt", "keepUntil") VALUES (?, ?, ?, ?, ?, ?)',
      [r.channel, r.timestamp, r.nonce, r.bodyKey, now, r.keepUntil],
    );
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
