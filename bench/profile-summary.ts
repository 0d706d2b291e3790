/**
 * Where a gateway's CPU time went: reads a .cpuprofile (node --cpu-prof, `npm run bench -- --profile DIR`)
 * and prints self time by package/source folder and the top functions.
 *   npx tsx bench/profile-summary.ts DIR/CPU....cpuprofile [top=25]
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export function summarize(file: string, top = 25): string {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const url = n.callFrame.url;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const group = m
      ? m[1]!
      : /intake-gateway\/[^/]+\//.test(url) || url.includes('/src/')
        ? 'gateway bundle'
        : url.startsWith('node:')
          ? 'node internals'
          : n.callFrame.functionName === '(idle)'
            ? '(idle)'
            : n.callFrame.functionName === '(garbage collector)'
              ? '(gc)'
              : url === ''
                ? `(native) ${n.callFrame.functionName}`
                : url;
    groups.set(group, (groups.get(group) ?? 0) + us);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const pct = (us: number) =>
    `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
  const lines = [`${file}: ${(total / 1000).toFixed(0)} ms sampled`];
  lines.push('-- by package / folder');
  for (const [g, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(`${pct(us)}  ${g}`);
  lines.push('-- top functions (self time)');
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(us)}  ${f}`);
  return lines.join('\n');
}

if (process.argv[2]) process.stdout.write(`${summarize(process.argv[2], Number(process.argv[3] ?? 25))}\n`);
