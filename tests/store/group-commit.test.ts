import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.js';
import { GroupCommitter } from '../../src/store/group-commit.js';
import { InProcessSerializer } from '../../src/store/keyed-serializer.js';
import { tempDir } from '../helpers/temp.js';

let db: Database | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

async function freshDb(): Promise<Database> {
  db = await openDatabase(`file:${path.join(tempDir(), 'gc.db')}`);
  return db;
}

describe('group commit on a real SQLite file', () => {
  it('commits many concurrent writes in far fewer transactions, and every one is readable after', async () => {
    const d = await freshDb();
    const committer = new GroupCommitter<Parameters<Parameters<typeof d.writer.$transaction>[0]>[0]>((work) =>
      d.writer.$transaction(work),
    );
    const writes = Array.from({ length: 300 }, (_, i) =>
      committer.submit((tx) =>
        tx.reporter.create({ data: { id: `r${i}`, channel: 'web', address: `a${i}`, createdAt: new Date() } }),
      ),
    );
    await Promise.all(writes);
    expect(await d.reader.reporter.count()).toBe(300);
    expect(committer.stats.jobs).toBe(300);
    expect(committer.stats.commits).toBeLessThan(30);
    expect(committer.stats.maxBatch).toBeGreaterThan(1);
  });

  it('a failing job fails alone: the other jobs of its batch still commit', async () => {
    const d = await freshDb();
    const committer = new GroupCommitter<Parameters<Parameters<typeof d.writer.$transaction>[0]>[0]>((work) =>
      d.writer.$transaction(work),
    );
    const create = (id: string, address: string) =>
      committer.submit((tx) => tx.reporter.create({ data: { id, channel: 'web', address, createdAt: new Date() } }));
    const results = await Promise.allSettled([
      create('x1', 'same'),
      create('x2', 'other'),
      create('x3', 'same'), // violates the unique (channel, address)
      create('x4', 'third'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const ids = (await d.reader.reporter.findMany({ orderBy: { id: 'asc' } })).map((r) => r.id);
    expect(ids).toEqual(['x1', 'x2', 'x4']);
  });

  it('with savepoints a failing job is rolled back alone and never pushes its batch into one commit per job', async () => {
    const d = await freshDb();
    type Tx = Parameters<Parameters<typeof d.writer.$transaction>[0]>[0];
    const committer = new GroupCommitter<Tx>((work) => d.writer.$transaction(work), 200, {
      exec: (tx, sql) => tx.$executeRawUnsafe(sql),
    });
    const create = (id: string, address: string) =>
      committer.submit(async (tx) => {
        // Two writes per job: a failure in the second must take back the first too.
        await tx.auditEvent.create({ data: { incidentId: id, type: 't', data: '{}', at: new Date() } });
        return tx.reporter.create({ data: { id, channel: 'web', address, createdAt: new Date() } });
      });
    const jobs = Array.from({ length: 200 }, (_, i) => create(`s${i}`, i % 10 === 3 ? 'taken' : `addr${i}`));
    const results = await Promise.allSettled(jobs);
    const failed = results.filter((r) => r.status === 'rejected').length;
    expect(failed).toBe(19); // every "taken" after the first
    expect(await d.reader.reporter.count()).toBe(181);
    expect(await d.reader.auditEvent.count()).toBe(181);
    expect(committer.stats.failedJobs).toBe(19);
    // The failures did not split the batches into single commits.
    expect(committer.stats.commits).toBeLessThan(20);
  });

  it('a job submitted as the previous batch resolves is committed, not left waiting', async () => {
    const d = await freshDb();
    const committer = new GroupCommitter<Parameters<Parameters<typeof d.writer.$transaction>[0]>[0]>((work) =>
      d.writer.$transaction(work),
    );
    const create = (id: string) =>
      committer.submit((tx) =>
        tx.reporter.create({ data: { id, channel: 'web', address: id, createdAt: new Date() } }),
      );
    for (let i = 0; i < 20; i++) {
      // The follow-up is submitted from the first job's resolution, while the drain loop is finishing.
      await create(`a${i}`).then(() => create(`b${i}`));
    }
    expect(await d.reader.reporter.count()).toBe(40);
  });

  it('sets WAL and synchronous=FULL on the writer', async () => {
    const d = await freshDb();
    const [mode] = await d.writer.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    const [sync] = await d.writer.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
    expect(mode?.journal_mode).toBe('wal');
    expect(Number(sync?.synchronous)).toBe(2); // 2 = FULL
    expect(await d.ready()).toBe(true);
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
