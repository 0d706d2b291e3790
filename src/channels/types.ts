/**
 * The adapter contract every channel implements. Webhook channels declare routes, push channels
 * (Wechaty) start and stop, every channel sends. Adapters turn provider payloads into InboundMessage
 * and replies back into the provider's format: the core never sees req, TwiML, XML or SDK objects.
 */
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Intake } from '../core/intake.js';
import type { ChannelId, OutboundMessage } from '../core/message.js';
import type { ReportReader } from '../store/report-reader.js';

export interface ChannelContext {
  config: Readonly<Config>;
  intake: Intake;
  reports: ReportReader;
  log: Logger;
  clock: () => Date;
  newId: () => string;
}

export type Availability = { on: true } | { on: false; reason: string };

export interface ChannelAdapter {
  id: ChannelId;
  /** Whether the configuration turns this channel on, and if not, why (logged at start). */
  availability(config: Readonly<Config>): Availability;
  /** Webhook and page routes, mounted at the application root. */
  routes?(router: Router, ctx: ChannelContext): void;
  /** Push channels: connect and start receiving. */
  start?(ctx: ChannelContext): Promise<void>;
  stop?(): Promise<void>;
  /** Delivers one out-of-band message (nudge, status, dispatcher text). Page channels just show it. */
  send(message: OutboundMessage): Promise<{ providerMessageId: string | null }>;
}
