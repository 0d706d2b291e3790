/**
 * The one retry back-off policy for everything sent to reporters (the outbound worker, SMPP throttling,
 * puppet restarts): 1 s, 2 s, 4 s ... capped (5 minutes by default), with ±20 % jitter.
 */
export function backoffMs(attempt: number, random: () => number = Math.random, capMs = 5 * 60_000): number {
  const base = Math.min(1000 * 2 ** attempt, capMs);
  return Math.round(base * (0.8 + 0.4 * random()));
}
