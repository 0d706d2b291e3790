/**
 * The gateway caps how far V8 lets the old generation grow between full collections (src/runtime/heap.ts):
 * without it, garbage promoted under load (requests waiting on a group commit) let the old space reach four
 * times the live data before a collection, and peak RSS with it. Measured in a child process with a steady
 * live set (~12 MB, replaced continuously so that garbage is promoted): the old space's largest size with the
 * cap, against the same workload with V8's defaults.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function largestOldSpaceMb(capped: boolean): Promise<number> {
  const heap = pathToFileURL(path.join(root, 'src/runtime/heap.ts')).href;
  const script = `
    import v8 from 'node:v8';
    if (${capped}) (await import(${JSON.stringify(heap)})).tuneHeap();
    const ring = new Array(2000).fill(null);
    let max = 0;
    for (let i = 0; i < 60000; i++) {
      ring[i % ring.length] = { a: new Array(100).fill(i).map((x) => ({ x, s: 'v' + x })) };
      if (i % 500 === 0) {
        const old = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_size;
        max = Math.max(max, old);
      }
    }
    console.log(max / 1048576);
  `;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
  });
  return Number(stdout.trim().split('\n').pop());
}

describe('heap growth cap', () => {
  it('keeps the old space near the live data where V8 alone lets it grow to several times it', async () => {
    const [capped, uncapped] = await Promise.all([largestOldSpaceMb(true), largestOldSpaceMb(false)]);
    expect(capped).toBeLessThan(50);
    expect(uncapped).toBeGreaterThan(capped * 1.5);
  }, 30_000);
});
