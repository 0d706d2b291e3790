/**
 * The benchmark harness cannot rot silently: a 2-second run with 5 reporters (SQLite only, no seeding, short
 * floors) must write a sane summary — every conversation completed, every P1 report's first dispatch
 * delivery received (as an early dispatch, triggered by the message that gave type and place), no errors.
 * The figures themselves are not judged here (timed assertions belong to `npm run bench`).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { onPostgres } from '../helpers/database.js';
import { tempDir } from '../helpers/temp.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

interface Summary {
  machine: { cpu: string; cores: number; node: string; commit: string };
  floors: { http: { messagesPerSecond: number }; storage: { commitsPerSecond: number; batchedRowsPerSecond: number } };
  phases: {
    name: string;
    messagesPerSecond: number;
    ratioToHttpFloor: number;
    latencyMs: { p50: number; p99: number };
    errors: number;
    conversations: { started: number; completed: number; incomplete: number; p1: number };
    dispatch: {
      p1Reports: number;
      delivered: number;
      missing: number;
      earlyDispatch: number;
      triggerMismatch: number;
      e2eMs: { p50: number; p99: number };
    };
    peakRssMb: number;
  }[];
  targets: { name: string; pass: boolean | null }[];
}

// The harness runs its own gateway on SQLite whatever the pass: once (in the SQLite pass) is enough.
describe.skipIf(onPostgres)('npm run bench (smoke)', () => {
  it('drives complete conversations and measures the floors', async () => {
    const dir = tempDir('bench-smoke');
    const out = path.join(dir, 'latest.json');
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        '--reporters=5',
        '--duration=2',
        '--warmup=0.5',
        '--seed=0',
        '--no-pg',
        '--floor-ms=200',
        `--out=${out}`,
      ],
      { cwd: root, timeout: 60_000 },
    );
    const summary = JSON.parse(fs.readFileSync(out, 'utf8')) as Summary;
    expect(summary.machine.cores).toBeGreaterThan(0);
    expect(summary.floors.http.messagesPerSecond).toBeGreaterThan(0);
    expect(summary.floors.storage.commitsPerSecond).toBeGreaterThan(0);
    expect(summary.floors.storage.batchedRowsPerSecond).toBeGreaterThan(summary.floors.storage.commitsPerSecond);
    const sqlite = summary.phases.find((p) => p.name === 'sqlite');
    expect(sqlite).toBeDefined();
    const p = sqlite!;
    expect(p.errors).toBe(0);
    expect(p.messagesPerSecond).toBeGreaterThan(0);
    expect(p.latencyMs.p50).toBeGreaterThan(0);
    expect(p.latencyMs.p99).toBeGreaterThanOrEqual(p.latencyMs.p50);
    expect(p.conversations.started).toBeGreaterThanOrEqual(5);
    expect(p.conversations.incomplete).toBe(0);
    expect(p.dispatch.p1Reports).toBeGreaterThan(0);
    expect(p.dispatch.missing).toBe(0);
    expect(p.dispatch.earlyDispatch).toBe(p.dispatch.p1Reports);
    expect(p.dispatch.triggerMismatch).toBe(0);
    expect(p.dispatch.e2eMs.p50).toBeGreaterThan(0);
    expect(p.peakRssMb).toBeGreaterThan(20);
    expect(summary.targets.map((t) => t.name)).toContain('sqlite p99 ms');
  }, 60_000);
});
