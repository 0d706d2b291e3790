/**
 * The SMS channel over Twilio.
 *
 * POST /channels/twilio/sms     inbound SMS/MMS (form-encoded, signed): stored and answered with TwiML
 * POST /channels/twilio/status  delivery receipts for the messages the gateway sent (signed)
 * send()                        out-of-band messages (status updates, dispatcher texts, reminders) through
 *                               Twilio's REST API, with a delivery status callback
 *
 * Every request is verified (X-Twilio-Signature, URL rebuilt from PUBLIC_BASE_URL) before its body is
 * parsed. The provider message id is the MessageSid, so a webhook Twilio repeats is replayed, not stored
 * twice. The reporter's address is their number in E.164 (short codes and alphanumeric senders stay as
 * they are), which the core also takes as the callback number.
 */
import type { Request, Response, Router } from 'express';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import twilio from 'twilio';
import type { Config } from '../../config.js';
import { IdempotencyConflict, StorageUnavailable } from '../../core/errors.js';
import { render } from '../../core/flow/templates.js';
import type { InboundMessage, MediaRef, OutboundMessage } from '../../core/message.js';
import { hasChinese, sanitizeText } from '../../core/text.js';
import { badRequest } from '../../http/errors.js';
import { SendError, type Availability, type ChannelAdapter, type ChannelContext, type SendAttempt } from '../types.js';
import { twilioSmsCapabilities } from './capabilities.js';
import { field, signedTwilioForm, type FormParams } from './signature.js';
import { twimlReply } from './twiml.js';

export const INBOUND_PATH = '/channels/twilio/sms';
export const STATUS_PATH = '/channels/twilio/status';
/**
 * The number's Fallback URL: Twilio calls it when the inbound webhook failed (a 503 while the database is
 * unavailable, after Twilio's own retries). It touches no database and tells the reporter, in their
 * language, that the message was not recorded and to call 110 — never silence.
 */
export const FALLBACK_PATH = '/channels/twilio/fallback';

/** Twilio SIDs are two letters and 32 hex digits; anything id-like of sane length is accepted. */
const SID = /^[A-Za-z0-9_-]{2,64}$/;
/** E.164, a short code, or an alphanumeric sender id. */
const SENDER = /^\+?[A-Za-z0-9 ()._-]{1,32}$/;
const MAX_MEDIA = 10;

/** What Twilio's REST client needs from an HTTP client (twilio/lib/base/RequestClient: request()). */
export interface TwilioHttpRequest {
  method: string;
  uri: string;
  username?: string;
  password?: string;
  headers?: Record<string, string>;
  params?: object;
  data?: Record<string, unknown>;
  timeout?: number;
}
export interface TwilioHttpClient {
  request(opts: TwilioHttpRequest): Promise<{ statusCode: number; body: unknown; headers: unknown }>;
}

export interface TwilioSmsOptions {
  /** Replaces Twilio's HTTP client (tests, or an egress proxy). */
  httpClient?: TwilioHttpClient;
}

export function twilioSmsAvailability(config: Readonly<Config>): Availability {
  const missing = (['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const).filter((k) => !config.env[k]);
  return missing.length === 0 ? { on: true } : { on: false, reason: `set ${missing.join(', ')} to turn SMS on` };
}

/**
 * Twilio error codes after which another attempt cannot succeed: the message fails for good and the
 * incident is flagged for a call-taker (who can phone the reporter). Descriptions are ours: Twilio's own
 * messages may contain the phone number, which must not reach logs or the incident.
 */
export const FINAL_ERRORS: Readonly<Record<string, string>> = {
  '20003': 'Twilio authentication failed (check TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)',
  '20404': 'Twilio account or resource not found',
  '21211': 'the number is not a valid phone number',
  '21408': 'sending SMS to this region is not enabled on the Twilio account',
  '21602': 'the message has no text',
  '21606': 'TWILIO_FROM cannot send SMS',
  '21608': 'trial account: the number is not verified',
  '21610': 'the reporter texted STOP: Twilio blocks texts to them until they text START',
  '21612': 'the number cannot be reached by SMS from TWILIO_FROM',
  '21614': 'the number is not a mobile number',
  '21617': 'the message is longer than 1600 characters',
  '21659': 'TWILIO_FROM is not a Twilio number',
  '21660': 'TWILIO_FROM does not belong to this Twilio account',
  '30004': 'the message was blocked',
  '30005': 'unknown or inactive number',
  '30006': 'landline or unreachable carrier',
  '30007': 'the carrier filtered the message',
  '30032': 'toll-free number not verified',
  '30034': 'US A2P 10DLC: the sender is not registered',
};

/** Codes that mean "try again later" whatever the HTTP status. */
const RETRYABLE_CODES = new Set(['20429', '30001', '30008']);

/** Turns what Twilio's client threw into a SendError: retry on network trouble, 429 and 5xx; else final. */
export function toSendError(err: unknown): SendError {
  const e = (err ?? {}) as { status?: unknown; code?: unknown };
  // No HTTP answer (a timeout, a reset): Twilio may have taken it.
  if (typeof e.status !== 'number') return new SendError('Twilio could not be reached', true, 'network', true);
  const code = typeof e.code === 'number' || typeof e.code === 'string' ? String(e.code) : undefined;
  const known = code !== undefined ? FINAL_ERRORS[code] : undefined;
  if (known) return new SendError(`Twilio ${code}: ${known}`, false, code);
  if (e.status === 429 || e.status >= 500 || (code !== undefined && RETRYABLE_CODES.has(code))) {
    return new SendError(`Twilio busy or failing (HTTP ${e.status}${code ? `, ${code}` : ''})`, true, code);
  }
  return new SendError(
    `Twilio refused the message (HTTP ${e.status}${code ? `, ${code}` : ''})`,
    false,
    code ?? `http_${e.status}`,
  );
}

/**
 * Senders seen lately and what they normalise to: a reporter texts several times, and parsing the number
 * (libphonenumber's metadata walk) was 1.8% of the main thread under the bench. Bounded: emptied when full.
 */
const SENDER_CACHE_SIZE = 10_000;
const senderCache = new Map<string, string>();

/** The sender as the gateway stores it: E.164 when it is a phone number, otherwise as Twilio gave it. */
export function normalizeSender(raw: string): string {
  const known = senderCache.get(raw);
  if (known !== undefined) return known;
  const normalized = parseSender(raw);
  if (senderCache.size >= SENDER_CACHE_SIZE) senderCache.clear();
  senderCache.set(raw, normalized);
  return normalized;
}

function parseSender(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('+')) {
    const parsed = parsePhoneNumberFromString(trimmed);
    if (parsed?.isValid()) return parsed.number;
  }
  return trimmed;
}

/** MMS media as references (MediaUrl0..N, MediaContentType0..N); never fetched here. */
export function mediaOf(params: FormParams): MediaRef[] {
  const count = Math.min(Number.parseInt(field(params, 'NumMedia'), 10) || 0, MAX_MEDIA);
  const media: MediaRef[] = [];
  for (let i = 0; i < count; i++) {
    const url = field(params, `MediaUrl${i}`);
    const contentType = field(params, `MediaContentType${i}`) || 'application/octet-stream';
    if (/^https?:\/\//i.test(url) && URL.canParse(url) && /^[\w.+-]+\/[\w.+-]+$/.test(contentType)) {
      media.push({ url, contentType });
    }
  }
  return media;
}

/** Delivery statuses worth recording: pre-send ones (accepted, queued, sending) would hide a `sent`. */
const RECORDED_STATUSES = new Set(['sent', 'delivered', 'undelivered', 'failed', 'read']);
const KNOWN_STATUSES = new Set([
  ...RECORDED_STATUSES,
  'accepted',
  'scheduled',
  'queued',
  'sending',
  'canceled',
  'receiving',
  'received',
  'partially_delivered',
]);

interface Bound {
  ctx: ChannelContext;
  client: twilio.Twilio;
  from: string;
  statusCallback: string;
}

export function createTwilioSmsChannel(opts: TwilioSmsOptions = {}): ChannelAdapter {
  // The gateway the routes were mounted on; send() uses its configuration and stores.
  let bound: Bound | null = null;

  function bind(ctx: ChannelContext): Bound {
    const env = ctx.config.env;
    const client = twilio(env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, {
      // Only what is passed here configures the client, not the host's TWILIO_* region/edge variables.
      env: {},
      timeout: 10_000,
      ...(opts.httpClient ? { httpClient: opts.httpClient as unknown as twilio.RequestClient } : {}),
    });
    return {
      ctx,
      client,
      from: env.TWILIO_FROM ?? '',
      statusCallback: `${ctx.config.publicBaseUrl}${STATUS_PATH}`,
    };
  }

  async function inbound(ctx: ChannelContext, req: Request, res: Response): Promise<void> {
    const startedAt = Date.now();
    const params = res.locals.twilio as FormParams;
    const sid = field(params, 'MessageSid') || field(params, 'SmsMessageSid');
    if (!SID.test(sid)) throw badRequest('MessageSid is missing or malformed');
    const from = field(params, 'From');
    if (!SENDER.test(from.trim())) throw badRequest('From is missing or malformed');
    const sender = normalizeSender(from);
    // Twilio already accepted this text from a phone: control characters are dropped rather than the report.
    const text = sanitizeText(field(params, 'Body'));
    const media = mediaOf(params);
    const message: InboundMessage = {
      channel: 'sms',
      providerMessageId: sid,
      sender,
      text,
      receivedAt: ctx.clock(),
      ...(media.length > 0 ? { media } : {}),
    };
    let replies: string[];
    try {
      // Keywords, opt-out, inline or deferred, segment fitting: the delivery service decides.
      const answer = await ctx.delivery.respond(twilioSmsCapabilities, message, startedAt);
      replies = answer.kind === 'inline' ? answer.replies : [];
    } catch (err) {
      if (err instanceof IdempotencyConflict) throw err;
      // Not stored, or not known to be: answer 503 so Twilio retries (a retry of the same MessageSid is
      // deduplicated). Configure a fallback URL or retry overrides on the number (README) so it does.
      ctx.log.error(
        { err: err instanceof StorageUnavailable ? err.cause : err, channel: 'sms' },
        'inbound SMS not stored',
      );
      res.status(503).set('Retry-After', '5').type('text/plain').send('unavailable: retry');
      return;
    }
    res.status(200).type('text/xml').send(twimlReply(replies));
  }

  async function status(ctx: ChannelContext, res: Response): Promise<void> {
    const params = res.locals.twilio as FormParams;
    const sid = field(params, 'MessageSid') || field(params, 'SmsSid');
    const state = field(params, 'MessageStatus') || field(params, 'SmsStatus');
    if (!SID.test(sid) || !KNOWN_STATUSES.has(state)) throw badRequest('MessageSid or MessageStatus is missing');
    const errorCode = field(params, 'ErrorCode').trim() || null;
    if (RECORDED_STATUSES.has(state)) {
      const incidentId = await ctx.outbound.recordDelivery('sms', sid, state, errorCode, ctx.clock());
      if (incidentId && (state === 'failed' || state === 'undelivered')) {
        ctx.log.warn({ channel: 'sms', incidentId, status: state, errorCode }, 'SMS not delivered; incident flagged');
      }
    }
    res.status(204).end();
  }

  return {
    id: 'sms',
    capabilities: twilioSmsCapabilities,
    availability: twilioSmsAvailability,

    routes(router: Router, ctx: ChannelContext) {
      bound = bind(ctx);
      const token = ctx.config.env.TWILIO_AUTH_TOKEN ?? '';
      const signed = signedTwilioForm(token, ctx.config.publicBaseUrl);
      router.post(INBOUND_PATH, ...signed, (req, res) => inbound(ctx, req, res));
      router.post(STATUS_PATH, ...signed, (_req, res) => status(ctx, res));
      router.post(FALLBACK_PATH, ...signed, (_req, res) => {
        const body = field(res.locals.twilio as FormParams, 'Body');
        const lang = hasChinese(body) ? 'zh-CN' : /[a-z]{2,}/i.test(body) ? 'en' : ctx.config.defaultLanguage;
        ctx.log.error({ channel: 'sms' }, 'Twilio called the fallback URL: an inbound SMS was not recorded');
        res
          .status(200)
          .type('text/xml')
          .send(twimlReply([render('storage_failed', lang)]));
      });
    },

    async send(message: OutboundMessage, attempt?: SendAttempt) {
      const b = bound;
      if (!b) throw new SendError('the SMS channel is off', false, 'channel_off');
      // Opt-out (no automatic texts after STOP) is the delivery service's rule, checked before send().
      const sender = b.from.startsWith('MG') ? { messagingServiceSid: b.from } : { from: b.from };
      // An earlier attempt got no answer from Twilio (a timeout, a reset, a process that died during it; the
      // marker is in the database): Twilio may have accepted it. Look for it first (the same text to the same
      // number since that attempt) rather than texting the reporter twice.
      if (attempt?.uncertainSince) {
        const earlier = await alreadySent(b, message, attempt.uncertainSince).catch(() => null);
        if (earlier) return { providerMessageId: earlier };
      }
      // Durable before the request leaves: whoever sends this next knows to look first.
      await attempt?.starting();
      try {
        const sent = await b.client.messages.create({
          ...sender,
          to: message.to,
          body: message.text,
          statusCallback: b.statusCallback,
        });
        return { providerMessageId: sent.sid };
      } catch (err) {
        throw toSendError(err);
      }
    },
  };
}

/** Clocks differ: Twilio's dateCreated may be a little before the gateway's record of the attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The sid of a message Twilio already has with this text to this number since `after`, or null. */
async function alreadySent(b: Bound, message: OutboundMessage, after: Date): Promise<string | null> {
  const since = after.getTime() - CLOCK_SKEW_MS;
  const recent = await b.client.messages.list({
    to: message.to,
    ...(b.from.startsWith('MG') ? {} : { from: b.from }),
    limit: 20,
  });
  const match = recent.find(
    (m) =>
      m.body === message.text &&
      m.direction !== 'inbound' &&
      m.status !== 'failed' &&
      m.status !== 'canceled' &&
      m.dateCreated instanceof Date &&
      m.dateCreated.getTime() >= since,
  );
  return match ? match.sid : null;
}

/** The instance in the registry. */
export const twilioSmsChannel = createTwilioSmsChannel();
