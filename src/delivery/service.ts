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

export class DeliveryService {
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
   * Receives the message and decides how its replies reach the reporter: inline when the channel can answer
   * in this request, the answer is ready before `startedAt + withinMs`, and nothing older to the reporter is
   * still queued; else deferred (committed to the outbound worker before this resolves). A message whose
   * storing fails rejects (the provider retries).
   */
  async respond(caps: ChannelCapabilities, message: InboundMessage, startedAt: number): Promise<Answer> {
    const work = this.receive(caps, message);
    if (caps.inline.kind === 'page') {
      const received = await work;
      return { kind: 'inline', replies: received.replies, received };
    }
    if (caps.inline.kind === 'response') {
      const left = startedAt + caps.inline.withinMs - Date.now();
      const inTime = await Promise.race([
        work.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.max(0, left)).unref()),
      ]);
      const received = await work;
      if (inTime && (received.kind !== 'report' || !(await this.queued(message)))) {
        return { kind: 'inline', replies: received.replies, received };
      }
      if (received.kind !== 'report') return { kind: 'inline', replies: received.replies, received };
      await this.defer(message);
      return { kind: 'deferred', received, direct: [] };
    }
    const received = await work;
    if (received.duplicate || received.replies.length === 0) return { kind: 'deferred', received, direct: [] };
    // Replies with an incident are in the outbound queue (committed with the message): release them in order.
    if (received.incidentId !== null) {
      await this.defer(message);
      return { kind: 'deferred', received, direct: [] };
    }
    return { kind: 'deferred', received, direct: received.replies };
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

  /** Whether messages to this reporter are still waiting to go out (a new inline reply must not overtake them). */
  private async queued(message: InboundMessage): Promise<boolean> {
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
