/**
 * Per-sender message rate inside open reports: a token bucket per (channel, sender). A reporter texting in
 * bursts (a few messages in a row, then answers) never comes near it; a sender flooding one report gets its
 * messages stored in the transcript but not run through the flow, so it cannot slow other reporters.
 *
 * In memory, per process: with several gateway processes each holds its own buckets, so a sender's rate is at
 * most the number of processes times this one (the per-IP limits at the HTTP edge are per process too).
 * The map is bounded: the least recently seen senders are forgotten first (a forgotten sender starts full).
 */
import type { Admission } from '../core/ports.js';
import type { ChannelId } from '../core/message.js';

export interface BucketOptions {
  /** Messages a sender may send in a burst. */
  burst: number;
  /** Messages per minute a sender regains. */
  perMinute: number;
  /** Senders remembered at most. */
  maxSenders: number;
}

export const DEFAULT_BUCKET: BucketOptions = { burst: 15, perMinute: 20, maxSenders: 50_000 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketAdmission implements Admission {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly opts: BucketOptions = DEFAULT_BUCKET) {}

  takeMessage(channel: ChannelId, sender: string, now: Date): boolean {
    const key = `${channel}:${sender}`;
    const t = now.getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.opts.burst, at: t };
    this.buckets.delete(key); // re-inserted below: Map order is least recently seen first
    const refill = (Math.max(0, t - bucket.at) / 60_000) * this.opts.perMinute;
    bucket.tokens = Math.min(this.opts.burst, bucket.tokens + refill);
    bucket.at = t;
    const ok = bucket.tokens >= 1;
    if (ok) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.opts.maxSenders) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
    return ok;
  }
}
