/**
 * The adapter contract every channel implements. Webhook channels declare routes, push channels
 * (Wechaty) start and stop, every channel sends. Adapters turn provider payloads into InboundMessage
 * and replies back into the provider's format: the core never sees req, TwiML, XML or SDK objects.
 */
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Intake } from '../core/intake.js';
import type { Lang } from '../core/incident.js';
import type { ChannelId, OutboundMessage } from '../core/message.js';
import type { SegmentLimit } from '../core/segments.js';
import type { DeliveryService } from '../delivery/service.js';
import type { OutboundStore } from '../store/outbound-store.js';
import type { ReporterStore } from '../store/reporter-store.js';
import type { ReportReader } from '../store/report-reader.js';

/**
 * A failed send. `retryable` decides between another attempt with backoff and a final failure that is
 * surfaced on the incident for a call-taker (e.g. Twilio 21610: the number texted STOP).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: string,
    /**
     * The provider may have taken the message although the call failed (a timeout, a connection reset): the
     * durable "outcome unknown" marker stays, and the next attempt asks the provider before sending again.
     */
    readonly maybeSent = false,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** What the replay guard says of a signed request: first seen, the provider retrying it, or a replay. */
export type ReplayVerdict = 'new' | 'retry' | 'replay';

/** A signed request a channel accepted: the signed values that make it unique, and the message it carried. */
export interface SignedRequest {
  channel: ChannelId;
  /** The signed timestamp and nonce, exactly as signed (strings: "0123" and "123" are different signatures). */
  timestamp: string;
  nonce: string;
  /** Names the message the request carried (sender + provider message id): a provider retry carries the same. */
  bodyKey: string;
  /** When the timestamp leaves the channel's acceptance window: the pair need not be remembered after that. */
  keepUntil: Date;
}

/**
 * Memory of the signed requests channels accepted, kept in the database so that it holds for every gateway
 * process on it. `remember` records the pair and answers `new`; the same pair again answers `retry` when
 * it carries the same message (a provider retry) and `replay` when it carries another one (a captured
 * signed URL reused). Pairs whose `keepUntil` is past are pruned.
 */
export interface ReplayGuard {
  remember(request: SignedRequest, now: Date): Promise<ReplayVerdict>;
  /** Forgets the pairs whose `keepUntil` is before `before`; answers how many. */
  prune(before: Date): Promise<number>;
}

export interface ChannelContext {
  config: Readonly<Config>;
  intake: Intake;
  reports: ReportReader;
  /** Out-of-band messages: delivery receipts from providers are recorded here. */
  outbound: OutboundStore;
  /** Wakes the outbound worker (after deferring replies), instead of waiting for its next poll. */
  deliverSoon: () => void;
  /** The one delivery path: keywords, opt-out, inline or deferred, segment fitting (src/delivery). */
  delivery: DeliveryService;
  /** Per-reporter channel state (SMS opt-out). */
  reporters: ReporterStore;
  /** Signed requests already seen (replay protection for channels whose signature has a timestamp and nonce). */
  replay: ReplayGuard;
  log: Logger;
  clock: () => Date;
  newId: () => string;
}

/**
 * What a channel is, declared in its own folder; everything outside src/channels/<name>/ (store, intake
 * wiring, delivery, dispatch, exports, the dispatch API) reads these through the registry and never names
 * a channel id.
 */
export interface ChannelCapabilities {
  /** Shown to dispatch (e-mails, exports). */
  label: Readonly<Record<Lang, string>>;
  /**
   * What the reporter's address is: a phone number the centre can call back (it becomes the callback
   * number and a tel: URI in EIDO), an opaque provider id (openid, contact id), or a page token (web).
   */
  address: 'phone' | 'opaque' | 'page';
  /**
   * Whether and how long the channel can answer in the request that carried the message: `page` (the
   * answer is the synchronous response and the reporter's page shows everything later too), `withinMs`
   * (a webhook that waits that long: Twilio 15 s, WeChat OA 5 s), or `none` (push: every reply is sent).
   * `retries`: how many times the provider repeats a request it got no answer to in time (WeChat OA: 3;
   * Twilio: 0, unless retry overrides are set on the number). Where it repeats, a repeated message is a retry
   * whose first answer was lost or is already with the outbound worker: it is answered out of band, not
   * inline a second time (delivery/service.ts).
   */
  inline: { kind: 'page' } | { kind: 'response'; withinMs: number; retries: number } | { kind: 'none' };
  /** What one message can carry; replies are fitted to it by core/segments.ts. null: no limit. */
  segment: SegmentLimit | null;
  /** Carrier keywords (STOP, START, 退订 ...) are the carrier's on this channel (SMS). */
  carrierKeywords: boolean;
}

/** What the outbound worker tells `send()` about this attempt at a stored message. */
export interface SendAttempt {
  /** The stored message being sent (the same across its attempts and processes). */
  outboundId: number;
  /**
   * An earlier send of this message started then and its outcome is unknown (it timed out, or its process
   * died during it): ask the provider whether it has the message before sending it again. null: none.
   */
  uncertainSince: Date | null;
  /**
   * Records durably, through the store, that a send starts now and its outcome is unknown until the worker
   * records one. Call it right before the provider call; any process that takes the message later sees it.
   */
  starting(): Promise<void>;
}

export type Availability = { on: true } | { on: false; reason: string };

export interface ChannelAdapter {
  id: ChannelId;
  capabilities: ChannelCapabilities;
  /** Whether the configuration turns this channel on, and if not, why (logged at start). */
  availability(config: Readonly<Config>): Availability;
  /** Webhook and page routes, mounted at the application root. */
  routes?(router: Router, ctx: ChannelContext): void;
  /** Push channels: connect and start receiving. */
  start?(ctx: ChannelContext): Promise<void>;
  stop?(): Promise<void>;
  /**
   * Delivers one out-of-band message (nudge, status, dispatcher text). Page channels just show it. A channel
   * whose provider call can fail without saying whether the message was taken uses `attempt` (the worker
   * passes it) to check before sending twice.
   */
  send(message: OutboundMessage, attempt?: SendAttempt): Promise<{ providerMessageId: string | null }>;
}
