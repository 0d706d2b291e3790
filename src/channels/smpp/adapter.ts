/**
 * Carrier SMS over SMPP 3.4 (short codes such as 12110 are reached through the carrier's SMSC). A push
 * channel with no route: when SMPP_URL and SMPP_SOURCE_ADDR are set, the gateway binds to the SMSC as a
 * transceiver (link.ts: keep-alive, rebind with back-off), takes deliver_sm as inbound texts and delivery
 * receipts, and sends replies with submit_sm through the outbound worker (durable, per-reporter order, one
 * back-off policy).
 *
 * Durability: a deliver_sm is answered (deliver_sm_resp, status 0) only after its message is stored and its
 * replies are queued, in one committed step; if that fails the answer is ESME_RX_T_APPN (temporary), so the
 * SMSC redelivers it. Parts of a concatenated message are held unanswered until the whole text is stored
 * (reassembly.ts).
 *
 * Duplicates: SMPP gives an inbound message no id of its own, and an SMSC redelivers a deliver_sm whose
 * response it did not get (lost with a dropped link, or late). The provider message id is therefore a hash of
 * what a redelivery repeats exactly: source and destination address, the concatenation reference, count and
 * part numbers, and the text, plus the time window it arrived in (WINDOW_MS). A redelivery in the same
 * window maps to the same id and is deduplicated by the intake (stored once, replies once); one that crosses
 * into the next window is bridged by remembering each hash's first id for WINDOW_MS in memory. The cost: a
 * reporter who sends exactly the same single-part text twice within the window is stored once (a long message
 * is distinguished by its concatenation reference, which phones increment per message).
 */
import crypto from 'node:crypto';
import type { Pdu, Session } from 'smpp';
import type { Config } from '../../config.js';
import { IdempotencyConflict, InvalidText } from '../../core/errors.js';
import type { InboundMessage, OutboundMessage } from '../../core/message.js';
import { sanitizeText } from '../../core/text.js';
import { backoffMs } from '../../delivery/backoff.js';
import { SendError, type Availability, type ChannelAdapter, type ChannelContext, type SendAttempt } from '../types.js';
import { smppCapabilities } from './capabilities.js';
import { decodeDeliverSm, encodeReply, type Inbound } from './codec.js';
import { NotBound, SmppLink } from './link.js';
import { Reassembly, type Flush } from './reassembly.js';
import { parseSmppUrl, redactSmppUrl } from './url.js';

/** SMPP 3.4 command_status values used here. */
const ESME_ROK = 0x00;
const ESME_RMSGQFUL = 0x14;
const ESME_RTHROTTLED = 0x58;
const ESME_RSYSERR = 0x08;
const ESME_RX_T_APPN = 0x64;
/** Worth another attempt: the SMSC is busy (throttled, queue full) or had a passing failure. */
const TEMPORARY = new Set([ESME_RMSGQFUL, ESME_RTHROTTLED, ESME_RSYSERR, ESME_RX_T_APPN]);

/** Redeliveries within this window (and, in memory, this long after the first) are the same message. */
const WINDOW_MS = 3 * 60_000;
/** How long the acknowledged parts of a partly sent long text are kept (the worker retries for about an hour). */
const PROGRESS_MS = 2 * 60 * 60_000;

/**
 * A long text whose parts the SMSC did not all acknowledge: its UDH reference and the message_id of each part
 * it took (by index; missing: not taken). A retry sends only the missing parts, with the same reference, so the
 * phone joins them with the parts it already has.
 */
interface Progress {
  ref: number;
  acked: (string | undefined)[];
  until: number;
}

export interface SmppOptions {
  /** enquire_link period (default 30 s). */
  keepAliveMs?: number;
  /** How long a response (bind, submit_sm, enquire_link) may take (default 10 s). */
  responseTimeoutMs?: number;
  /** Rebind back-off cap (default 30 s). */
  rebindCapMs?: number;
  /**
   * How long an incomplete concatenated message waits for its next part before the parts that came are stored
   * as they are (default 2 s): an SMSC that sends the parts of a message together delivers them within
   * milliseconds; one that waits for each response (window 1) then costs 2 s per part instead of a deadlock.
   */
  holdMs?: number;
  /** submit_sm attempts on a throttling status before send() gives the message back to the worker (default 4). */
  throttleAttempts?: number;
  random?: () => number;
}

export function smppAvailability(config: Readonly<Config>): Availability {
  const { SMPP_URL, SMPP_SOURCE_ADDR } = config.env;
  if (!SMPP_URL) return { on: false, reason: 'set SMPP_URL and SMPP_SOURCE_ADDR to turn carrier SMS on' };
  if (!SMPP_SOURCE_ADDR) return { on: false, reason: 'set SMPP_SOURCE_ADDR (the short code reporters text)' };
  return { on: true };
}

/** A held deliver_sm's response. */
type Ack = (status: number) => void;

export interface SmppChannel extends ChannelAdapter {
  /** The SMSC link (tests: bind count, drop). Null until started. */
  readonly link: SmppLink | null;
}

export function createSmppChannel(opts: SmppOptions = {}): SmppChannel {
  const random = opts.random ?? Math.random;
  let ctx: ChannelContext | null = null;
  let link: SmppLink | null = null;
  let sourceAddr = '';
  let reassembly: Reassembly<Ack> | null = null;
  /**
   * Inbound work per reporter (receipts on their own queue), one at a time in arrival order: a reporter's
   * messages keep their order, different reporters are stored in parallel.
   */
  const queues = new Map<string, Promise<void>>();
  function enqueue(key: string, work: () => Promise<void>): void {
    const run = (queues.get(key) ?? Promise.resolve())
      .then(work)
      .catch((err: unknown) => ctx?.log.error({ err, channel: 'smpp' }, 'SMPP inbound failed'));
    queues.set(key, run);
    void run.then(() => {
      if (queues.get(key) === run) queues.delete(key);
    });
  }
  /** Hash of a message → the provider id its first arrival got (bridges a window boundary). */
  const recent = new Map<string, { id: string; until: number }>();
  let ref = crypto.randomInt(0, 256);
  /**
   * Partly sent long texts, by stored message (or number) and text. In memory: across a restart the whole text
   * is sent again (the earlier parts twice, under a new reference); within a process only the missing parts.
   */
  const progress = new Map<string, Progress>();

  function providerIdOf(from: string, to: string, group: string, text: string, at: Date): string {
    const hash = crypto
      .createHash('sha256')
      .update(`${from}\n${to}\n${group}\n${text}`)
      .digest('base64url')
      .slice(0, 27);
    const now = at.getTime();
    for (const [k, v] of recent) if (v.until < now) recent.delete(k);
    const known = recent.get(hash);
    if (known) return known.id;
    const id = `smpp:${hash}:${Math.floor(now / WINDOW_MS)}`;
    recent.set(hash, { id, until: now + WINDOW_MS });
    return id;
  }

  async function store(c: ChannelContext, from: string, to: string, group: string, text: string, acks: Ack[]) {
    const receivedAt = c.clock();
    const message: InboundMessage = {
      channel: 'smpp',
      providerMessageId: providerIdOf(from, to, group, text, receivedAt),
      sender: from,
      text: sanitizeText(text),
      receivedAt,
    };
    let status = ESME_ROK;
    let direct: string[] = [];
    try {
      const answer = await c.delivery.respond(smppCapabilities, message, Date.now());
      if (answer.kind === 'deferred') direct = answer.direct;
    } catch (err) {
      if (err instanceof IdempotencyConflict || err instanceof InvalidText) {
        c.log.warn(
          { channel: 'smpp', code: err.code },
          'SMPP message not taken; acknowledged so it is not redelivered',
        );
      } else {
        c.log.error({ err, channel: 'smpp' }, 'SMPP message not stored; the SMSC will redeliver it');
        status = ESME_RX_T_APPN;
      }
    }
    for (const ack of acks) ack(status);
    // Answers with no incident to queue them on (STOP before any report, a refused report): sent now, best effort.
    for (const text of direct) {
      await sendText(from, text, `${from}\n${text}`).catch((err: unknown) =>
        c.log.warn({ err: { message: (err as Error).message }, channel: 'smpp' }, 'SMPP keyword answer not sent'),
      );
    }
    return status === ESME_ROK;
  }

  async function receipt(c: ChannelContext, r: Extract<Inbound, { kind: 'receipt' }>, ack: Ack): Promise<void> {
    if (!r.messageId) return ack(ESME_ROK);
    // SMSCs disagree on the receipt id's base (hex in submit_sm_resp, decimal in the receipt, or the reverse).
    const candidates = [r.messageId];
    if (/^\d+$/.test(r.messageId))
      candidates.push(BigInt(r.messageId).toString(16), BigInt(r.messageId).toString(16).toUpperCase());
    else if (/^[0-9a-f]+$/i.test(r.messageId)) candidates.push(BigInt(`0x${r.messageId}`).toString(10));
    try {
      // A receipt can overtake the recording of its submit_sm_resp (a fast SMSC): look again a few times.
      let matched = false;
      for (let attempt = 0; !matched && attempt < 5; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        for (const id of candidates) {
          const incidentId = await c.outbound.recordDelivery('smpp', id, r.status, r.error, c.clock());
          if (incidentId) {
            matched = true;
            if (r.status === 'failed' || r.status === 'undelivered') {
              c.log.warn({ channel: 'smpp', incidentId, stat: r.stat }, 'SMS not delivered; incident flagged');
            }
            break;
          }
        }
      }
      if (!matched)
        c.log.info({ channel: 'smpp', stat: r.stat }, 'SMPP receipt for a message not sent by this gateway');
      ack(ESME_ROK);
    } catch (err) {
      c.log.error({ err, channel: 'smpp' }, 'SMPP receipt not recorded; the SMSC will redeliver it');
      ack(ESME_RX_T_APPN);
    }
  }

  function onDeliver(c: ChannelContext, session: Session, pdu: Pdu): void {
    const ack: Ack = (status) => {
      session.send(pdu.response({ command_status: status }));
    };
    let decoded: Inbound;
    try {
      decoded = decodeDeliverSm(pdu as never);
    } catch (err) {
      c.log.warn({ err, channel: 'smpp' }, 'SMPP deliver_sm not understood');
      return ack(ESME_ROK);
    }
    if (decoded.kind === 'receipt') {
      enqueue('receipts', () => receipt(c, decoded, ack));
      return;
    }
    if (decoded.part) {
      reassembly?.add(decoded.from, decoded.part, decoded.text, ack);
      return;
    }
    const { from, to, text } = decoded;
    enqueue(`from:${from}`, async () => void (await store(c, from, to, '-', text, [ack])));
  }

  function flushed(c: ChannelContext, f: Flush<Ack>): void {
    const [from = '', group = '', total = ''] = f.key.split('|');
    if (f.seqs.length === 0) {
      for (const ack of f.acks) ack(ESME_ROK); // only redeliveries of parts already stored
      return;
    }
    if (!f.complete || f.seqs.length < Number(total)) {
      c.log.warn(
        { channel: 'smpp', parts: f.seqs.length, total: f.total },
        'SMPP long message incomplete; storing the parts that came',
      );
    }
    enqueue(`from:${from}`, async () => {
      await store(c, from, sourceAddr, `${group}/${total}/${f.seqs.join(',')}`, f.text, f.acks);
    });
  }

  async function submit(params: Record<string, unknown>): Promise<string> {
    const attempts = opts.throttleAttempts ?? 4;
    for (let attempt = 0; ; attempt++) {
      let resp: Pdu;
      try {
        resp = await link!.request('submit_sm', params);
      } catch (err) {
        if (err instanceof NotBound) throw new SendError('not bound to the SMSC (rebinding)', true, 'not_bound');
        throw new SendError(err instanceof Error ? err.message : 'submit_sm failed', true, 'timeout');
      }
      if (resp.command_status === ESME_ROK) return typeof resp.message_id === 'string' ? resp.message_id : '';
      const code = `0x${resp.command_status.toString(16).padStart(4, '0')}`;
      if (!TEMPORARY.has(resp.command_status)) {
        throw new SendError(`the SMSC refused the message (command_status ${code})`, false, code);
      }
      if (attempt + 1 >= attempts) throw new SendError(`the SMSC is throttling (command_status ${code})`, true, code);
      await new Promise((r) => setTimeout(r, backoffMs(attempt, random, 8000)));
    }
  }

  /**
   * submit_sm for one text (UDH-concatenated parts when it is longer than a segment); the last part's id.
   * `key` names the text across attempts: a retry after a part failed (throttled past the attempts here, the
   * link dropped) sends only the parts the SMSC has not acknowledged, with the same reference.
   */
  async function sendText(address: string, text: string, key: string): Promise<string> {
    if (!link) throw new SendError('the SMPP channel is off', false, 'channel_off');
    const to = address.replace(/^\+/, '');
    const international = address.startsWith('+');
    const now = Date.now();
    for (const [k, p] of progress) if (p.until < now) progress.delete(k);
    let p = progress.get(key);
    if (!p) {
      ref = (ref + 1) % 256;
      p = { ref, acked: [], until: now + PROGRESS_MS };
    }
    const parts = encodeReply(text, p.ref);
    if (parts.length > 1) progress.set(key, p);
    for (const [i, part] of parts.entries()) {
      if (p.acked[i] !== undefined) continue;
      p.acked[i] = await submit({
        source_addr: sourceAddr,
        source_addr_ton: /^\d+$/.test(sourceAddr) ? 0 : 5,
        source_addr_npi: /^\d+$/.test(sourceAddr) ? 1 : 0,
        destination_addr: to,
        dest_addr_ton: international ? 1 : 0,
        dest_addr_npi: 1,
        registered_delivery: 1,
        ...part,
      });
    }
    progress.delete(key);
    return p.acked.at(-1) ?? '';
  }

  return {
    id: 'smpp',
    capabilities: smppCapabilities,
    availability: smppAvailability,
    get link() {
      return link;
    },

    start(c: ChannelContext) {
      ctx = c;
      const url = c.config.env.SMPP_URL ?? '';
      sourceAddr = c.config.env.SMPP_SOURCE_ADDR ?? '';
      reassembly = new Reassembly<Ack>(opts.holdMs ?? 2000, (f) => flushed(c, f));
      link = new SmppLink({
        endpoint: parseSmppUrl(url),
        log: c.log.child({ channel: 'smpp' }),
        keepAliveMs: opts.keepAliveMs ?? 30_000,
        responseTimeoutMs: opts.responseTimeoutMs ?? 10_000,
        rebindCapMs: opts.rebindCapMs ?? 30_000,
        random,
        onDeliver: (session, pdu) => onDeliver(c, session, pdu),
      });
      c.log.info({ channel: 'smpp', smsc: redactSmppUrl(url) }, 'SMPP: binding to the SMSC');
      // Never blocks the start: the link keeps rebinding in the background while the SMSC is away.
      link.start();
      return Promise.resolve();
    },

    async stop() {
      // Held parts are not acknowledged: the SMSC redelivers them to the next bind.
      reassembly?.clear();
      while (queues.size > 0) await Promise.all([...queues.values()]);
      await link?.stop();
      link = null;
    },

    async send(message: OutboundMessage, attempt?: SendAttempt) {
      if (!link) throw new SendError('the SMPP channel is off', false, 'channel_off');
      const key = `${attempt ? `outbound:${attempt.outboundId}` : message.to}\n${message.text}`;
      return { providerMessageId: (await sendText(message.to, message.text, key)) || null };
    },
  };
}

/** The instance the registry uses. */
export const smppChannel = createSmppChannel();
