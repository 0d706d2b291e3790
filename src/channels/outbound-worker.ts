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
  /**
   * Stored messages sent as several texts (a long text cut to the channel's segment) of which this process
   * sent the first ones before one failed: a retry here sends only the rest. In memory, so across a restart
   * (or in another process) the whole message is sent again.
   */
  private readonly partlySent = new Map<number, { texts: number; providerMessageId: string | null; at: number }>();

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
    const now = Date.now();
    for (const [id, p] of this.partlySent) if (now - p.at > PARTLY_SENT_MS) this.partlySent.delete(id);
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
          outboundId: m.id,
          uncertainSince: m.attemptStartedAt,
          starting: () => store.markAttemptStarted(m, clock()),
        };
        const done = this.partlySent.get(m.id);
        let providerMessageId = done?.providerMessageId ?? null;
        for (const [i, text] of texts.entries()) {
          if (done && i < done.texts) continue;
          ({ providerMessageId } = await channel.send({ ...message, text }, attempt));
          if (i + 1 < texts.length) this.partlySent.set(m.id, { texts: i + 1, providerMessageId, at: Date.now() });
        }
        await store.markSent(m, providerMessageId, clock());
        this.partlySent.delete(m.id);
      } catch (err) {
        const retryable = err instanceof SendError ? err.retryable : true;
        const code = err instanceof SendError ? err.code : undefined;
        const message = err instanceof Error ? err.message : String(err);
        if (retryable && m.attempts + 1 < (this.opts.maxAttempts ?? 12)) {
          const next = new Date(clock().getTime() + backoffMs(m.attempts, this.opts.random));
          await store.markRetry(m, next, message, err instanceof SendError && err.maybeSent);
          log.warn({ outboundId: m.id, channel: m.channel, attempt: m.attempts + 1, code }, 'send failed; retrying');
        } else {
          this.partlySent.delete(m.id);
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
/** How long a partly sent message's progress is kept (the retries of one message last about an hour). */
const PARTLY_SENT_MS = 2 * 60 * 60_000;
