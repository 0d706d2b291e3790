/**
 * The one retry back-off policy for everything sent to reporters (the outbound worker, SMPP throttling,
 * puppet restarts, SMSC rebinds): 1 s, 2 s, 4 s ... capped (5 minutes by default), with ±20 % jitter.
 * `baseMs` scales the first step (tests shorten it).
 */
export function backoffMs(
  attempt: number,
  random: () => number = Math.random,
  capMs = 5 * 60_000,
  baseMs = 1000,
): number {
  const base = Math.min(baseMs * 2 ** attempt, capMs);
  return Math.round(base * (0.8 + 0.4 * random()));
}
