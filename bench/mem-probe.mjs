// Where the gateway's memory goes, under the bench: a preload (`--import`) that appends, every 500 ms, one JSON
// line per thread (the main thread and the flow worker, which inherits the flag) with its V8 heap by space and,
// on the main thread, the process's RSS; and, once, the process's resident mappings (/proc/self/smaps).
//
//   BENCH_GATEWAY_NODE_OPTIONS="--import $PWD/bench/mem-probe.mjs" npm run bench -- --quick --no-pg
//   writes mem-<pid>.jsonl and smaps-<pid>.txt into the system's temporary folder (the bench passes the
//   gateway no other environment; run by hand, MEM_PROBE_DIR and MEM_PROBE_SMAPS_MS (9000) change them)
//
// Never loaded by a real run. RSS minus both heaps is native memory (node itself, the segmenter's
// dictionaries, SQLite's page caches, malloc).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setInterval, setTimeout } from 'node:timers';
import v8 from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.MEM_PROBE_DIR ?? os.tmpdir();
const file = path.join(dir, `mem-${process.pid}.jsonl`);
const mb = (bytes) => Math.round(bytes / 1048576);

setInterval(() => {
  const heap = v8.getHeapStatistics();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]));
  const line = {
    t: Date.now(),
    thread: threadId,
    heapTotal: mb(heap.total_heap_size),
    heapUsed: mb(heap.used_heap_size),
    spaces,
  };
  if (isMainThread) {
    const m = process.memoryUsage();
    Object.assign(line, { rss: mb(m.rss), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) });
  }
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}, 500).unref();

if (isMainThread) {
  setTimeout(
    () => {
      const byName = new Map();
      let name = '';
      for (const l of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
        const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(l);
        if (mapping) name = mapping[1] || '[anonymous]';
        const rss = /^Rss:\s+(\d+) kB/.exec(l);
        if (rss) byName.set(name, (byName.get(name) ?? 0) + Number(rss[1]));
      }
      const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20);
      fs.writeFileSync(
        path.join(dir, `smaps-${process.pid}.txt`),
        top.map(([n, kb]) => `${Math.round(kb / 1024)} MB ${n}`).join('\n') + '\n',
      );
    },
    Number(process.env.MEM_PROBE_SMAPS_MS ?? 9000),
  ).unref();
}
