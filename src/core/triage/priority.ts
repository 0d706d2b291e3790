/** Priority arithmetic: P1 is the most urgent, then P2, P3, P4; `divert` (12345) is below P4. */
import type { Priority } from '../incident.js';

const ORDER: readonly Priority[] = ['divert', 'P4', 'P3', 'P2', 'P1'];

/** Higher is more urgent: divert 0, P4 1, P3 2, P2 3, P1 4. */
export function priorityRank(p: Priority): number {
  return ORDER.indexOf(p);
}

/**
 * Raise by `tiers` (P4 → P3 → P2 → P1, never above P1). Negative tiers lower, never below P4: only an explicit
 * "no danger" answer makes a report `divert`, never arithmetic. Raising `divert` starts from P4.
 */
export function raise(p: Priority, tiers: number): Priority {
  const from = p === 'divert' ? (tiers > 0 ? 0 : 1) : priorityRank(p);
  if (p === 'divert' && tiers <= 0) return 'divert';
  const to = Math.min(4, Math.max(1, from + tiers));
  return ORDER[to] ?? 'P1';
}

/** The more urgent of two priorities. */
export function maxPriority(a: Priority, b: Priority): Priority {
  return priorityRank(a) >= priorityRank(b) ? a : b;
}

/** true when `a` is more urgent than `b`. */
export function isMoreUrgent(a: Priority, b: Priority): boolean {
  return priorityRank(a) > priorityRank(b);
}
