/**
 * The core's CPU per message, measured steadily: plays the development and fresh conversations through the flow
 * `rounds` times and keeps, per message, the least CPU time over the rounds (the machine is shared and noisy; the
 * least of N is the cost of the code, not of the neighbours). Prints median, p95 and the slowest messages.
 *   npx tsx bench/core-cpu.ts [rounds=5] [slowest=15] [--interleave K]
 * --interleave K: before each message, K other reporters each send one (their conversations' texts, in turn,
 * through the same flow), as the gateway's flow worker interleaves concurrent conversations: what the per-text
 * caches of the language layer and triage are worth when they are shared by many reports at once.
 * Held-out and unseen conversations are not played here: their texts must not be looked at.
 */
import { defaultFlow } from '../src/core/flow/definition.js';
import { initialState, step } from '../src/core/flow/engine.js';
import { DEFAULT_SETTINGS } from '../src/core/flow/simulate.js';
import type { FlowState } from '../src/core/flow/types.js';
import { development, fresh } from '../eval/corpus/index.js';
import { play } from '../eval/play.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--interleave');
const interleave = flag >= 0 ? Number(args[flag + 1] ?? 0) : 0;
const positional = args.filter((_, i) => flag < 0 || (i !== flag && i !== flag + 1));
const rounds = Number(positional[0] ?? 5);
const slowest = Number(positional[1] ?? 15);
const conversations = [...development, ...fresh];

/** K other reporters, each writing their conversation's texts one by one into their own incident. */
const others = Array.from({ length: interleave }, (_, k) => {
  const c = conversations[(k * 37 + 11) % conversations.length]!;
  return {
    c,
    texts: [...c.opening, ...Object.values(c.answers).flat()].filter((t): t is string => typeof t === 'string'),
    at: 0,
    state: null as FlowState | null,
  };
});
const now = '2025-03-14T11:00:00.000Z';
function othersWrite(): void {
  for (const o of others) {
    if (o.state === null || o.at >= o.texts.length) {
      o.state = initialState({ lang: o.c.lang, channelHasPhone: true, now });
      o.at = 0;
    }
    const text = o.texts[o.at++] ?? '';
    o.state = step(defaultFlow, o.state, { kind: 'message', text, at: now }, { now, settings: DEFAULT_SETTINGS }).state;
  }
}
const opts = interleave > 0 ? { between: othersWrite } : {};

const least = new Map<string, number>();
const texts = new Map<string, string>();
let passMs = Infinity;
for (const c of conversations) play(c, { ...opts, measure: false }); // warm up
for (let r = 0; r < rounds; r++) {
  const t0 = process.cpuUsage();
  for (const c of conversations) {
    const p = play(c, opts);
    for (const t of p.turns) {
      const key = `${c.id}#${t.n}`;
      least.set(key, Math.min(least.get(key) ?? Infinity, t.cpuMicros));
      texts.set(key, t.text);
    }
  }
  const d = process.cpuUsage(t0);
  passMs = Math.min(passMs, (d.user + d.system) / 1000);
}
const sorted = [...least.values()].sort((a, b) => a - b);
const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! / 1000;
console.log(
  `${conversations.length} conversations, ${sorted.length} messages, least of ${rounds}` +
    `${interleave > 0 ? `, ${interleave} other reporters between messages` : ''}: median ${q(0.5).toFixed(3)} ms, ` +
    `p95 ${q(0.95).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${q(1).toFixed(3)} ms; whole pass ${passMs.toFixed(0)} ms` +
    `, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);
const worst = [...least.entries()].sort((a, b) => b[1] - a[1]).slice(0, slowest);
for (const [key, us] of worst)
  console.log(`  ${(us / 1000).toFixed(3)} ms  ${key}  ${JSON.stringify(texts.get(key)).slice(0, 90)}`);
