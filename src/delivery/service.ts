/**
 * The one delivery service between the channel adapters and the intake: adapters decode and encode, this
 * decides everything in between, the same way for every channel.
 *
 * - Carrier keywords (channels whose capabilities say `carrierKeywords`) become channel-neutral opt-out /
 *   opt-in events (src/delivery/keywords.ts has the list and the precedence over the flow's "cancel").
 * - An opted-out reporter can still report: the message is stored and processed, the incident is flagged
 *   for dispatch (attention + audit), and no automatic texts (reminders, status texts, notices) are sent to
 *   them; a dispatcher's own message is still tried.
 * - Inline or deferred: from the channel's `inline` capability and the time left. A webhook channel answers
 *   in its response when the answer is ready in time and nothing older to the same reporter is still queued;
 *   otherwise the replies are handed durably to the outbound worker (`deferReplies`, committed) before the
 *   request is answered, so the reporter's replies stay in order and survive a crash. Push channels always
 *   defer: the worker sends through the adapter's `send()`, with the one back-off policy (backoff.ts).
 * - Every reply is fitted to the channel's segment limit (core/segments.ts) where it is rendered for the
 *   channel: inline replies here, out-of-band ones in `prepare`.
 */
import { RateLimited } from '../core/errors.js';
import type { Lang } from '../core/incident.js';
import type { IntakeResult } from '../core/intake.js';
import type { InboundMessage, OutboundMessage } from '../core/message.js';
import { fitToSegment } from '../core/segments.js';
import { SendError, type ChannelCapabilities, type ChannelContext } from '../channels/types.js';
import { keywordText, matchKeyword } from './keywords.js';

/** What came of one inbound message, before the inline-or-deferred decision. */
export interface Received {
  replies: string[];
  incidentId: string | null;
  duplicate: boolean;
  /** `report` went through the flow; `opt_out` / `opt_in` were carrier keywords; `refused` a new report over a limit. */
  kind: 'report' | 'opt_out' | 'opt_in' | 'refused';
}

export type Answer =
  | { kind: 'inline'; replies: string[]; received: Received }
  /**
   * The replies are queued for the outbound worker; `direct` holds answers that cannot be queued because the
   * reporter has no incident to hang them on (a keyword confirmation, a refusal): the adapter sends them
   * itself, best effort.
   */
  | { kind: 'deferred'; received: Received; direct: string[] };

/** Out-of-band kinds the gateway sends by itself; a dispatcher's text is a person's and is still tried. */
const AUTOMATIC: ReadonlySet<OutboundMessage['kind']> = new Set(['nudge', 'status', 'notice']);

/** How long a handled message is remembered where the provider retries (WeChat retries within about 20 s). */
const RETAIN_MS = 60_000;

/** One message being handled (or, where the provider retries, handled recently), shared by its retries. */
interface Handling {
  received: Promise<Received>;
  /** Its replies being handed to the outbound worker: true once committed. */
  deferral: Promise<boolean> | null;
}

export class DeliveryService {
  /** Messages in hand, by channel and provider message id. */
  private readonly handling = new Map<string, Handling>();
  /** Deferrals not committed yet, by channel and reporter: a newer answer waits for them before going inline. */
  private readonly deferring = new Map<string, Set<Promise<boolean>>>();

  constructor(private readonly ctx: ChannelContext) {}

  /**
   * Stores and handles one inbound message (keywords, opt-out flag, intake). Throws what the intake throws
   * (StorageUnavailable: nothing acknowledged, IdempotencyConflict, InvalidText); a refused new report is
   * answered with its refusal texts.
   */
  async receive(caps: ChannelCapabilities, message: InboundMessage): Promise<Received> {
    const { ctx } = this;
    const agency = ctx.config.agencyName;
    const keyword = caps.carrierKeywords ? matchKeyword(message.text) : null;
    if (keyword && (keyword.kind === 'opt_out' || keyword.kind === 'opt_in')) {
      const optedOut = keyword.kind === 'opt_out';
      const result = await ctx.reporters.recordOptChange({
        message,
        optedOut,
        keyword: keyword.word,
        replies: (lang) => [keywordText(optedOut ? 'optedOut' : 'optedIn', lang ?? keyword.lang, agency)],
      });
      if (!result.duplicate) {
        ctx.log.info({ channel: message.channel, event: keyword.kind, keyword: keyword.word }, 'reporter opt change');
      }
      return {
        replies: this.fit(caps, result.replies),
        incidentId: result.incidentId,
        duplicate: result.duplicate,
        kind: keyword.kind,
      };
    }
    if (keyword?.kind === 'opt_in_answer') await ctx.reporters.optIn(message.channel, message.sender);
    const optedOut = await ctx.reporters.isOptedOut(message.channel, message.sender);
    let result: IntakeResult;
    try {
      result = await ctx.intake.receive(message);
    } catch (err) {
      if (err instanceof RateLimited) {
        return { replies: this.fit(caps, err.replies), incidentId: null, duplicate: false, kind: 'refused' };
      }
      throw err;
    }
    // Stored and answered from here on: what follows must not turn that into an error.
    if (optedOut && !result.duplicate) {
      await this.bestEffort(message, 'flag opted-out report', () =>
        ctx.reporters.flagOptedOutReport(result.incidentId, ctx.clock()),
      );
    }
    let replies = result.replies;
    if (keyword?.kind === 'help') {
      const lang: Lang =
        (await this.bestEffort(message, 'reply language', () =>
          ctx.reporters.language(message.channel, message.sender),
        )) ?? keyword.lang;
      const help = keywordText('help', lang, agency);
      if (!result.duplicate) {
        await this.bestEffort(message, 'record HELP text', () =>
          ctx.reporters.recordReply(result.incidentId, message.channel, message.sender, help, ctx.clock()),
        );
      }
      replies = [...replies, help];
    }
    return {
      replies: this.fit(caps, replies),
      incidentId: result.incidentId,
      duplicate: result.duplicate,
      kind: 'report',
    };
  }

  /**
   * Receives the message and decides how its replies reach the reporter, the same way for every channel:
   *
   * - `page`: the answer is the response.
   * - `response` (a webhook that waits `withinMs`): inline when the answer is ready before
   *   `startedAt + withinMs` and nothing older to the reporter is queued or being queued; else the replies are
   *   deferred (committed to the outbound worker before this resolves, answered `deferred`). `later: false`
   *   (the channel cannot send out of band right now, e.g. WeChat OA without customer-service credentials)
   *   waits for the answer however long it takes: there is no later. A deferral that cannot be committed
   *   falls back to answering inline (the message is stored; the response is the last chance).
   * - `none` (push): the replies are always deferred; answers with no incident to queue them on (a
   *   refusal, a keyword before any report) come back as `direct` for the adapter to send best effort.
   *
   * A request for a message this process is still handling (a provider retrying a slow request) joins it:
   * the message is stored once and its replies are delivered once. Where the provider retries (`retries`),
   * a handled message is remembered for a minute so its retries join it too. A message whose storing fails
   * rejects (the provider retries).
   */
  async respond(
    caps: ChannelCapabilities,
    message: InboundMessage,
    startedAt: number,
    opts: { later?: boolean } = {},
  ): Promise<Answer> {
    const handling = this.handlingOf(caps, message);
    if (caps.inline.kind === 'page') {
      const received = await handling.received;
      return { kind: 'inline', replies: received.replies, received };
    }
    if (caps.inline.kind === 'response') {
      if (opts.later === false) {
        const received = await handling.received;
        return { kind: 'inline', replies: received.replies, received };
      }
      if (!handling.deferral && (await this.inTime(handling, startedAt + caps.inline.withinMs - Date.now()))) {
        const received = await handling.received;
        if (received.kind !== 'report') return { kind: 'inline', replies: received.replies, received };
        // A provider's retry reaching a process that did not see the first request: its first answer was
        // lost or went to the worker already; its replies go out of band.
        const retried = received.duplicate && caps.inline.retries > 0;
        if (!handling.deferral && !retried && !(await this.queued(message))) {
          return { kind: 'inline', replies: received.replies, received };
        }
      }
      const received = await handling.received;
      // Refusals and keyword answers have nothing queued to hang on: they are the response, late or not.
      if (received.kind !== 'report' || received.replies.length === 0) {
        return { kind: 'inline', replies: received.replies, received };
      }
      if (await this.deferOnce(handling, message)) return { kind: 'deferred', received, direct: [] };
      return { kind: 'inline', replies: received.replies, received };
    }
    const received = await handling.received;
    if (received.replies.length === 0) return { kind: 'deferred', received, direct: [] };
    // Replies with an incident are in the outbound queue (committed with the message): release them in order.
    // A repeated message too (idempotent): the first time may have stopped between storing and releasing.
    if (received.incidentId !== null) {
      await this.deferOnce(handling, message, true);
      return { kind: 'deferred', received, direct: [] };
    }
    return { kind: 'deferred', received, direct: received.duplicate ? [] : received.replies };
  }

  /**
   * Hands a stored message's replies to the outbound worker (committed), then wakes it. False when no such
   * message is stored.
   */
  async defer(message: Pick<InboundMessage, 'channel' | 'providerMessageId'>): Promise<boolean> {
    const deferred = await this.ctx.outbound.deferReplies(message.channel, message.providerMessageId, this.ctx.clock());
    if (deferred) this.ctx.deliverSoon();
    return deferred;
  }

  /** The handling of this message: the one in progress (or, where the provider retries, recent), or a new one. */
  private handlingOf(caps: ChannelCapabilities, message: InboundMessage): Handling {
    if (caps.inline.kind !== 'response') {
      return { received: this.receive(caps, message), deferral: null };
    }
    const key = `${message.channel}\n${message.providerMessageId}`;
    const known = this.handling.get(key);
    if (known) return known;
    const handling: Handling = { received: this.receive(caps, message), deferral: null };
    this.handling.set(key, handling);
    const retainMs = caps.inline.retries > 0 ? RETAIN_MS : 0;
    const forget = () => {
      if (this.handling.get(key) === handling) this.handling.delete(key);
    };
    handling.received.then(
      () => {
        if (retainMs === 0) return forget();
        setTimeout(forget, retainMs).unref();
      },
      // Not stored: a retry may try again.
      forget,
    );
    return handling;
  }

  /** Whether the answer came before `leftMs` ran out (a failure counts as in time: it is answered at once). */
  private inTime(handling: Handling, leftMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(0, leftMs));
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      handling.received.then(done, done);
    });
  }

  /**
   * Defers the message's replies once per handling (a joined retry shares the commit). While it runs, newer
   * answers to the same reporter wait for it before choosing inline. Resolves false when it could not be
   * committed (a later request may try again); `rethrow` passes a storage error on instead.
   */
  private deferOnce(handling: Handling, message: InboundMessage, rethrow = false): Promise<boolean> {
    if (handling.deferral) return handling.deferral;
    const attempt = this.defer(message);
    const deferral = attempt.catch((err: unknown) => {
      this.ctx.log.error({ err, channel: message.channel }, 'replies could not be handed to the outbound worker');
      return false;
    });
    handling.deferral = deferral;
    const reporter = `${message.channel}\n${message.sender}`;
    let waiting = this.deferring.get(reporter);
    if (!waiting) this.deferring.set(reporter, (waiting = new Set()));
    const own = waiting;
    own.add(deferral);
    void deferral.then((deferred) => {
      if (!deferred && handling.deferral === deferral) handling.deferral = null;
      own.delete(deferral);
      if (own.size === 0 && this.deferring.get(reporter) === own) this.deferring.delete(reporter);
    });
    return rethrow ? attempt : deferral;
  }

  /**
   * Whether messages to this reporter are still waiting to go out, or being handed to the worker by this
   * process (a new inline reply must not overtake them).
   */
  private async queued(message: InboundMessage): Promise<boolean> {
    const earlier = this.deferring.get(`${message.channel}\n${message.sender}`);
    if (earlier) await Promise.all([...earlier]);
    try {
      return await this.ctx.outbound.hasPending(message.channel, message.sender);
    } catch {
      return true;
    }
  }

  /**
   * The texts to send for one out-of-band message on a channel, fitted to its segment limit; refuses
   * (SendError `opted_out`, final) an automatic text to a reporter who opted out.
   */
  async prepare(caps: ChannelCapabilities, message: OutboundMessage): Promise<string[]> {
    if (AUTOMATIC.has(message.kind) && (await this.ctx.reporters.isOptedOut(message.channel, message.to))) {
      throw new SendError('the reporter opted out: automatic text not sent', false, 'opted_out');
    }
    return this.fit(caps, [message.text]);
  }

  fit(caps: ChannelCapabilities, replies: readonly string[]): string[] {
    return replies.flatMap((r) => fitToSegment(r, caps.segment));
  }

  private async bestEffort<T>(message: InboundMessage, what: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (err) {
      this.ctx.log.error({ err, channel: message.channel }, `${what} failed after the message was stored`);
      return null;
    }
  }
}
