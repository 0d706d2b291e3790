/**
 * Group commit on a real SQLite file through the raw SQL layer (src/store/sql/sqlite.ts): concurrent writes
 * share commits, a failing job is rolled back to its own savepoint while its batch commits, and the pragmas
 * that make a commit durable are set.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessSerializer } from '../../src/store/keyed-serializer.js';
import { migrateSqlite } from '../../src/store/migrate.js';
import { openSqlite, type SqliteDatabase } from '../../src/store/sql/sqlite.js';
import { tempDir } from '../helpers/temp.js';

let db: SqliteDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

function freshDb(): SqliteDatabase {
  db = openSqlite(path.join(tempDir(), 'gc.db'));
  migrateSqlite(db.writer.db);
  return db;
}

const insertReporter = (d: SqliteDatabase, id: string, address: string) =>
  d.write((tx) =>
    tx.run('INSERT INTO "Reporter" ("id", "channel", "address", "createdAt") VALUES (?, ?, ?, ?)', [
      id,
      'web',
      address,
      new Date(),
    ]),
  );

async function count(d: SqliteDatabase, table: string): Promise<number> {
  const r = await d.read.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "${table}"`);
  return Number(r?.n ?? 0);
}

describe('group commit on a real SQLite file', () => {
  it('commits many concurrent writes in far fewer transactions, and every one is readable after', async () => {
    const d = freshDb();
    await Promise.all(Array.from({ length: 300 }, (_, i) => insertReporter(d, `r${i}`, `a${i}`)));
    expect(await count(d, 'Reporter')).toBe(300);
    expect(d.stats.jobs).toBe(300);
    expect(d.stats.commits).toBeLessThan(30);
    expect(d.stats.maxBatch).toBeGreaterThan(1);
  });

  it('a failing job fails alone: the other jobs of its batch still commit', async () => {
    const d = freshDb();
    const results = await Promise.allSettled([
      insertReporter(d, 'x1', 'same'),
      insertReporter(d, 'x2', 'other'),
      insertReporter(d, 'x3', 'same'), // violates the unique (channel, address)
      insertReporter(d, 'x4', 'third'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const ids = (await d.read.all<{ id: string }>('SELECT "id" FROM "Reporter" ORDER BY "id"')).map((r) => r.id);
    expect(ids).toEqual(['x1', 'x2', 'x4']);
  });

  it('with savepoints a failing job is rolled back alone and never pushes its batch into one commit per job', async () => {
    const d = freshDb();
    const create = (id: string, address: string) =>
      d.write(async (tx) => {
        // Two writes per job: a failure in the second must take back the first too.
        await tx.run('INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES (?, ?, ?, ?)', [
          id,
          't',
          '{}',
          new Date(),
        ]);
        return tx.run('INSERT INTO "Reporter" ("id", "channel", "address", "createdAt") VALUES (?, ?, ?, ?)', [
          id,
          'web',
          address,
          new Date(),
        ]);
      });
    const jobs = Array.from({ length: 200 }, (_, i) => create(`s${i}`, i % 10 === 3 ? 'taken' : `addr${i}`));
    const results = await Promise.allSettled(jobs);
    const failed = results.filter((r) => r.status === 'rejected').length;
    expect(failed).toBe(19); // every "taken" after the first
    expect(await count(d, 'Reporter')).toBe(181);
    expect(await count(d, 'AuditEvent')).toBe(181);
    expect(d.stats.failedJobs).toBe(19);
    // The failures did not split the batches into single commits.
    expect(d.stats.commits).toBeLessThan(20);
  });

  it('a batch whose jobs all succeed runs no savepoint: one statement per write plus BEGIN and COMMIT', async () => {
    const d = freshDb();
    const before = d.statements.count;
    await Promise.all(Array.from({ length: 100 }, (_, i) => insertReporter(d, `n${i}`, `n${i}`)));
    expect(d.stats.commits).toBeGreaterThan(0);
    expect(d.statements.count - before).toBe(100 + 2 * d.stats.commits);
    // A batch with a failing job is run again with savepoints: the others still commit, once each.
    const results = await Promise.allSettled([
      insertReporter(d, 'f1', 'fresh'),
      insertReporter(d, 'f2', 'n7'), // taken above
      insertReporter(d, 'f3', 'fresh too'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await count(d, 'Reporter')).toBe(102);
  });

  it('a job submitted as the previous batch resolves is committed, not left waiting', async () => {
    const d = freshDb();
    for (let i = 0; i < 20; i++) {
      // The follow-up is submitted from the first job's resolution, while the drain loop is finishing.
      await insertReporter(d, `a${i}`, `a${i}`).then(() => insertReporter(d, `b${i}`, `b${i}`));
    }
    expect(await count(d, 'Reporter')).toBe(40);
  });

  it('reads never see a batch before its commit, and see it as soon as it committed', async () => {
    const d = freshDb();
    const seenInside: number[] = [];
    // A read issued while the batch's transaction is open (between two of its jobs) must not see its writes.
    const first = d.write(async (tx) => {
      await tx.run('INSERT INTO "Reporter" ("id", "channel", "address", "createdAt") VALUES (?, ?, ?, ?)', [
        'in1',
        'web',
        'in1',
        new Date(),
      ]);
      seenInside.push(await count(d, 'Reporter'));
    });
    const second = d.write(async () => {
      seenInside.push(await count(d, 'Reporter'));
    });
    await Promise.all([first, second]);
    expect(d.stats.commits).toBe(1);
    expect(seenInside).toEqual([0, 0]);
    expect(await count(d, 'Reporter')).toBe(1);
  });

  it('sets WAL and synchronous=FULL on the writer', () => {
    const d = freshDb();
    expect(d.writer.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(d.writer.db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
  });
});

describe('per-reporter ordering', () => {
  it('runs one key in submission order while other keys proceed in parallel', async () => {
    const serializer = new InProcessSerializer();
    const log: string[] = [];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await Promise.all([
      serializer.run('a', async () => {
        await sleep(30);
        log.push('a1');
      }),
      serializer.run('a', async () => {
        log.push('a2');
      }),
      serializer.run('b', async () => {
        log.push('b1');
      }),
    ]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
    expect(serializer.activeKeys).toBe(0);
  });

  it('keeps the order after a failing job', async () => {
    const serializer = new InProcessSerializer();
    const log: string[] = [];
    const first = serializer.run('k', () => Promise.reject(new Error('boom')));
    const second = serializer.run('k', () => {
      log.push('second');
      return Promise.resolve(2);
    });
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['second']);
  });
});
