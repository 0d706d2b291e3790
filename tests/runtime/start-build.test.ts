/**
 * `npm start` compiles the gateway with esbuild once (scripts/start.mjs). The build must leave no esbuild service
 * process behind: it would live as long as the gateway, ~45 MB of memory for nothing a running gateway needs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let cache: string | undefined;

afterEach(() => {
  if (cache) fs.rmSync(cache, { recursive: true, force: true });
});

describe('scripts/start.mjs build', () => {
  it('compiles into an empty cache and stops the esbuild service afterwards', async () => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-build-'));
    // A separate node process builds, then lists its own child processes (ps itself is one of them).
    const script = `
      const { build } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)});
      const out = await build(${JSON.stringify(cache)});
      const { execFileSync } = await import('node:child_process');
      const children = () => execFileSync('ps', ['-o', 'stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\\n').map((l) => l.trim()).filter((l) => l && !l.endsWith(' ps') && !l.startsWith('Z'));
      // A stopped service exits within moments; one left running is still there after two seconds.
      let kids = children();
      for (let i = 0; i < 20 && kids.length > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        kids = children();
      }
      console.log(JSON.stringify({ out, kids }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root });
    const { out, kids } = JSON.parse(stdout.trim().split('\n').pop()!) as { out: string; kids: string[] };
    expect(fs.existsSync(path.join(out, 'main.mjs'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'step-worker.mjs'))).toBe(true);
    expect(kids).toEqual([]);
  }, 60_000);
});
