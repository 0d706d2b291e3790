/**
 * The core's CPU per message, measured steadily: plays the development and fresh conversations through the flow
 * `rounds` times and keeps, per message, the least CPU time over the rounds (the machine is shared and noisy; the
 * least of N is the cost of the code, not of the neighbours). Prints median, p95 and the slowest messages.
 *   npx tsx bench/core-cpu.ts [rounds=5] [slowest=15]
 * Held-out and unseen conversations are not played here: their texts must not be looked at.
 */
import { development, fresh } from '../eval/corpus/index.js';
import { play } from '../eval/play.js';

const rounds = Number(process.argv[2] ?? 5);
const slowest = Number(process.argv[3] ?? 15);
const conversations = [...development, ...fresh];

const least = new Map<string, number>();
const texts = new Map<string, string>();
let passMs = Infinity;
for (const c of conversations) play(c, { measure: false }); // warm up
for (let r = 0; r < rounds; r++) {
  const t0 = process.cpuUsage();
  for (const c of conversations) {
    const p = play(c);
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
  `${conversations.length} conversations, ${sorted.length} messages, least of ${rounds}: median ${q(0.5).toFixed(3)} ms, ` +
    `p95 ${q(0.95).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${q(1).toFixed(3)} ms; whole pass ${passMs.toFixed(0)} ms`,
);
const worst = [...least.entries()].sort((a, b) => b[1] - a[1]).slice(0, slowest);
for (const [key, us] of worst)
  console.log(`  ${(us / 1000).toFixed(3)} ms  ${key}  ${JSON.stringify(texts.get(key)).slice(0, 90)}`);
