/**
 * The replay guard on a real SQLite file: a signed (timestamp, nonce) pair is `new` once, a `retry` when it
 * comes again with the same message and a `replay` with another; the memory is the database's, so a second
 * guard on its own connection (and a second OS process) sees what the first accepted; expired pairs are pruned.
 *
 * The SQLite store assumes one gateway process per database file (STACK.md; `start()` releases every
 * dispatch claim it finds), so two whole gateways are not run on one file: the cross-process property is
 * shown with two guards on two connections, and with a guard in a child process.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { SignedRequest } from '../../src/channels/types.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { SqlReplayGuard } from '../../src/store/replay-guard.js';
import { inspectable, type InspectedDatabase } from '../helpers/inspect.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');
const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

async function open(file: string): Promise<{ db: InspectedDatabase; guard: SqlReplayGuard }> {
  const db = inspectable(await openDatabase(`file:${file}`));
  opened.push(db);
  return { db, guard: new SqlReplayGuard(db.sql) };
}

const NOW = new Date('2026-11-29T10:00:00.000Z');
const signed = (nonce: string, bodyKey: string, keepUntil = new Date(NOW.getTime() + 360_000)): SignedRequest => ({
  channel: 'wechat-oa',
  timestamp: String(NOW.getTime() / 1000),
  nonce,
  bodyKey,
  keepUntil,
});

describe('replay guard (database)', () => {
  it('a pair is new once, a retry with the same message, a replay with another; pairs are per timestamp and channel', async () => {
    const { guard } = await open(path.join(tempDir(), 'replay.db'));
    expect(await guard.remember(signed('1001', 'oA/6000000000000000001'), NOW)).toBe('new');
    expect(await guard.remember(signed('1001', 'oA/6000000000000000001'), NOW)).toBe('retry');
    expect(await guard.remember(signed('1001', 'oA/6000000000000000002'), NOW)).toBe('replay');
    expect(await guard.remember(signed('1001', 'oB/6000000000000000001'), NOW)).toBe('replay');
    // The same nonce signed with another timestamp is another signed request.
    expect(await guard.remember({ ...signed('1001', 'oA/x'), timestamp: '1795428001' }, NOW)).toBe('new');
  });

  it('concurrent requests with one pair: exactly one is new, the same message is a retry, another a replay', async () => {
    const { guard } = await open(path.join(tempDir(), 'replay.db'));
    const verdicts = await Promise.all([
      guard.remember(signed('2001', 'oA/1'), NOW),
      guard.remember(signed('2001', 'oA/1'), NOW),
      guard.remember(signed('2001', 'oA/2'), NOW),
    ]);
    expect(verdicts).toEqual(['new', 'retry', 'replay']);
  });

  it('a second guard on its own connection to the same file sees the pairs the first accepted', async () => {
    const file = path.join(tempDir(), 'replay.db');
    const a = await open(file);
    const b = await open(file);
    expect(await a.guard.remember(signed('3001', 'oA/1'), NOW)).toBe('new');
    expect(await b.guard.remember(signed('3001', 'oEvil/2'), NOW)).toBe('replay');
    expect(await b.guard.remember(signed('3001', 'oA/1'), NOW)).toBe('retry');
    // Racing each other on one new pair: one wins, the other is told it is a replay.
    const raced = await Promise.all([
      a.guard.remember(signed('3002', 'oA/3'), NOW),
      b.guard.remember(signed('3002', 'oEvil/4'), NOW),
    ]);
    expect([...raced].sort()).toEqual(['new', 'replay']);
    expect(await a.db.reader.replayNonce.count({ where: { nonce: '3002' } })).toBe(1);
  });

  it('a guard in another OS process refuses the replay of a pair this process accepted', async () => {
    const file = path.join(tempDir(), 'replay.db');
    const { guard } = await open(file);
    expect(await guard.remember(signed('4001', 'oA/1'), NOW)).toBe('new');
    const other = async (bodyKey: string) => {
      const r = signed('4001', bodyKey);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          'tests/store/replay-guard-process.ts',
          file,
          JSON.stringify({ ...r, keepUntil: r.keepUntil.toISOString() }),
          NOW.toISOString(),
        ],
        { cwd: root },
      );
      return stdout.trim();
    };
    expect(await other('oEvil/2')).toBe('replay');
    expect(await other('oA/1')).toBe('retry');
  }, 30_000);

  it('expired pairs are pruned, by prune() and on a later remember', async () => {
    const { db, guard } = await open(path.join(tempDir(), 'replay.db'));
    await guard.remember(signed('5001', 'k1', new Date(NOW.getTime() + 1_000)), NOW);
    await guard.remember(signed('5002', 'k2', new Date(NOW.getTime() + 500_000)), NOW);
    expect(await guard.prune(new Date(NOW.getTime() + 2_000))).toBe(1);
    expect((await db.reader.replayNonce.findMany()).map((r) => r.nonce)).toEqual(['5002']);
    // remember() prunes at most once a minute (the first call above did, at NOW): a minute on it does again.
    const later = new Date(NOW.getTime() + 600_000);
    await guard.remember({ ...signed('5003', 'k3'), keepUntil: new Date(later.getTime() + 360_000) }, later);
    expect((await db.reader.replayNonce.findMany()).map((r) => r.nonce)).toEqual(['5003']);
  });
});
