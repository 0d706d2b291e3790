/**
 * Delivers out-of-band messages (nudges, status updates, dispatcher messages, recovery notices) through
 * each reporter's own channel: claims due rows, sends, then marks them sent, retries with exponential
 * backoff and jitter, or records a final failure on the incident for a call-taker.
 */
import type { Logger } from 'pino';
import type { ChannelId } from '../core/message.js';
import type { OutboundStore } from '../store/outbound-store.js';
import { backoffMs } from '../delivery/backoff.js';
import type { DeliveryService } from '../delivery/service.js';
import { SendError, type ChannelAdapter, type SendAttempt } from './types.js';

export { backoffMs };

export interface OutboundWorkerOptions {
  store: OutboundStore;
  channels: readonly ChannelAdapter[];
  clock: () => Date;
  log: Logger;
  /** Retryable failures are retried this many times before they count as final (about an hour). */
  maxAttempts?: number;
  random?: () => number;
  /** Opt-out rule and segment fitting for each message (the delivery service); absent: sent as stored. */
  delivery?: Pick<DeliveryService, 'prepare'>;
}

export class OutboundWorker {
  private readonly byId: Map<ChannelId, ChannelAdapter>;
  private timer: NodeJS.Timeout | null = null;
  /** Runs never overlap: each waits for the previous one. */
  private chain: Promise<unknown> = Promise.resolve();
  private queued = false;
  private stopped = false;

  constructor(private readonly opts: OutboundWorkerOptions) {
    this.byId = new Map(opts.channels.map((c) => [c.id, c]));
  }

  start(intervalMs: number): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    // A kick after this (a channel finishing in-flight work at shutdown) must not run against a closing
    // database: what it would send stays pending for the next start.
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.chain;
  }

  /** Runs soon; called after every commit that may have queued a message. */
  kick(): void {
    if (this.queued || this.stopped) return;
    this.queued = true;
    this.chain = this.chain
      .then(() => {
        this.queued = false;
        return this.run();
      })
      .catch((err: unknown) => this.opts.log.error({ err }, 'outbound delivery failed; will retry'));
  }

  /** Sends every due message once, after any run in progress. Returns how many were attempted. */
  runOnce(): Promise<number> {
    const run = this.chain.then(() => this.run());
    this.chain = run.catch(() => 0);
    return run;
  }

  private async run(): Promise<number> {
    const { store, clock, log } = this.opts;
    const claimed = await store.claimDue(clock(), BATCH);
    for (const m of claimed) {
      const channel = this.byId.get(m.channel);
      try {
        if (!channel) throw new SendError(`channel ${m.channel} is off`, false, 'channel_off');
        const message = {
          channel: m.channel,
          to: m.to,
          text: m.text,
          kind: m.kind as never,
          incidentId: m.incidentId,
          attempt: m.attempts,
        };
        // One stored message may be several texts on a channel with a small segment (a long dispatcher text).
        const texts = this.opts.delivery ? await this.opts.delivery.prepare(channel.capabilities, message) : [m.text];
        const attempt: SendAttempt = {
          uncertainSince: m.attemptStartedAt,
          starting: () => store.markAttemptStarted(m, clock()),
        };
        let providerMessageId: string | null = null;
        for (const text of texts) ({ providerMessageId } = await channel.send({ ...message, text }, attempt));
        await store.markSent(m, providerMessageId, clock());
      } catch (err) {
        const retryable = err instanceof SendError ? err.retryable : true;
        const code = err instanceof SendError ? err.code : undefined;
        const message = err instanceof Error ? err.message : String(err);
        if (retryable && m.attempts + 1 < (this.opts.maxAttempts ?? 12)) {
          const next = new Date(clock().getTime() + backoffMs(m.attempts, this.opts.random));
          await store.markRetry(m, next, message, err instanceof SendError && err.maybeSent);
          log.warn({ outboundId: m.id, channel: m.channel, attempt: m.attempts + 1, code }, 'send failed; retrying');
        } else {
          await store.markFailed(m, message, code, clock());
          log.error({ outboundId: m.id, channel: m.channel, code }, 'send failed for good; incident flagged');
        }
      }
    }
    // Only each reporter's queue head is claimed: sending it makes the reporter's next message due (a burst of
    // deferred replies), and a full batch may leave more. Run again rather than wait for the poll; a run that
    // claims nothing ends it.
    if (claimed.length > 0) this.kick();
    return claimed.length;
  }
}

/** Messages claimed per run. */
const BATCH = 50;
