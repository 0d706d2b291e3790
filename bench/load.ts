/**
 * The load generator, run in its own process so it never competes with the bench's receiver for a turn of
 * the event loop. N reporters text over signed Twilio webhooks (form-encoded POST, X-Twilio-Signature over
 * the public URL and the sorted fields, exactly as Twilio signs), each waiting for the TwiML answer before
 * its next text, on keep-alive connections (node's http.Agent).
 *
 *   mode "conversation": each reporter plays scripts (bench/conversations.ts) to the end, one new phone
 *     number per conversation, until the deadline; conversations under way at the deadline are finished
 *     (their messages after the deadline are not counted) so every one of them is complete.
 *   mode "floor": the same requests against a server that answers a fixed TwiML; replies are ignored.
 *
 * Input: JSON in the BENCH_LOAD environment variable (LoadOptions). Output: JSON (LoadResult) on stdout.
 */
import http from 'node:http';
import twilio from 'twilio';
import { twimlMessages } from '../scripts/simulate/sms.js';
import { FALLBACK, isDone, MAX_MESSAGES, SCRIPTS } from './conversations.js';

export interface LoadOptions {
  mode: 'conversation' | 'floor';
  /** Base URLs the gateway processes listen on; reporter i uses targets[i % targets.length]. */
  targets: string[];
  authToken: string;
  reporters: number;
  warmupMs: number;
  durationMs: number;
  /** A digit that keeps this run's phone numbers apart from other runs on the same database. */
  numberPrefix: number;
}

export interface ConversationRecord {
  sender: string;
  script: string;
  p1: boolean;
  completed: boolean;
  messages: number;
  /** Epoch ms (fractional) when the message that gave type and place was sent. */
  typeAndPlaceSentAt: number | null;
  typeAndPlaceText: string | null;
}

export interface LoadResult {
  mode: LoadOptions['mode'];
  /** Messages answered 200 inside the measured window, per second. */
  messagesPerSecond: number;
  measuredMessages: number;
  windowMs: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  errors: number;
  errorSamples: string[];
  totalMessages: number;
  conversations: ConversationRecord[];
}

const now = () => performance.timeOrigin + performance.now();

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const opts = JSON.parse(process.env.BENCH_LOAD ?? '{}') as LoadOptions;
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.reporters + 4 });
  const inboundPath = '/channels/twilio/sms';
  const start = now();
  const windowStart = start + opts.warmupMs;
  const deadline = windowStart + opts.durationMs;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let total = 0;
  let seq = 0;
  const conversations: ConversationRecord[] = [];

  function post(base: string, body: string, signature: string): Promise<{ status: number; text: string }> {
    const url = new URL(inboundPath, base);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            'content-length': Buffer.byteLength(body),
            'x-twilio-signature': signature,
            'user-agent': 'TwilioProxy/1.1',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** One text as Twilio delivers it; resolves with the reply texts (or null on an error). */
  async function text(base: string, from: string, body: string): Promise<string[] | null> {
    const sid = `SM${(++seq).toString(16).padStart(8, '0')}${process.pid.toString(16).padStart(8, '0')}${Math.floor(
      Math.random() * 2 ** 48,
    )
      .toString(16)
      .padStart(16, '0')}`.slice(0, 34);
    const params: Record<string, string> = {
      ToCountry: 'US',
      ToState: 'DC',
      SmsMessageSid: sid,
      NumMedia: '0',
      ToCity: 'WASHINGTON',
      FromZip: '',
      SmsSid: sid,
      FromState: '',
      SmsStatus: 'received',
      FromCity: '',
      Body: body,
      FromCountry: 'CN',
      To: '+12025550143',
      ToZip: '20001',
      NumSegments: '1',
      MessageSid: sid,
      AccountSid: `AC${'0'.repeat(32)}`,
      From: from,
      ApiVersion: '2010-04-01',
    };
    const signature = twilio.getExpectedTwilioSignature(opts.authToken, `${base}${inboundPath}`, params);
    const t0 = now();
    let res: { status: number; text: string };
    try {
      res = await post(base, new URLSearchParams(params).toString(), signature);
    } catch (err) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(String(err));
      return null;
    }
    const t1 = now();
    total++;
    if (res.status !== 200) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${res.status} ${res.text.slice(0, 200)}`);
      return null;
    }
    if (t0 >= windowStart && t1 <= deadline) latencies.push(t1 - t0);
    return opts.mode === 'floor' ? [] : twimlMessages(res.text);
  }

  let conversationSeq = 0;
  async function reporter(index: number): Promise<void> {
    const base = opts.targets[index % opts.targets.length]!;
    let round = 0;
    while (now() < deadline) {
      const script = SCRIPTS[(index + round++) % SCRIPTS.length]!;
      const n = ++conversationSeq;
      const sender = `+86139${String(opts.numberPrefix * 10_000_000 + n).padStart(8, '0')}`;
      const record: ConversationRecord = {
        sender,
        script: script.id,
        p1: script.p1,
        completed: false,
        messages: 0,
        typeAndPlaceSentAt: null,
        typeAndPlaceText: null,
      };
      conversations.push(record);
      for (let i = 0; i < MAX_MESSAGES; i++) {
        // Floor mode stops at the deadline; a conversation is finished even past it.
        if (opts.mode === 'floor' && now() >= deadline) break;
        const line = script.lines[i] ?? FALLBACK[script.lang];
        if (i === script.typeAndPlaceAt) {
          record.typeAndPlaceSentAt = now();
          record.typeAndPlaceText = line;
        }
        const replies = await text(base, sender, line);
        record.messages++;
        if (replies === null) break;
        if (opts.mode === 'floor') {
          if (i + 1 >= script.lines.length) break;
          continue;
        }
        if (isDone(replies)) {
          record.completed = true;
          break;
        }
      }
    }
  }

  await Promise.all(Array.from({ length: opts.reporters }, (_, i) => reporter(i)));
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const windowMs = Math.min(opts.durationMs, now() - windowStart);
  const result: LoadResult = {
    mode: opts.mode,
    messagesPerSecond: round((sorted.length / windowMs) * 1000),
    measuredMessages: sorted.length,
    windowMs: round(windowMs, 0),
    latencyMs: {
      p50: round(percentile(sorted, 50), 2),
      p95: round(percentile(sorted, 95), 2),
      p99: round(percentile(sorted, 99), 2),
      max: round(sorted[sorted.length - 1] ?? NaN, 2),
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), 2),
    },
    errors,
    errorSamples,
    totalMessages: total,
    conversations: opts.mode === 'floor' ? [] : conversations,
  };
  process.stdout.write(JSON.stringify(result));
}

if (process.env.BENCH_LOAD) {
  main().catch((err: unknown) => {
    process.stderr.write(`load generator failed: ${String(err)}\n`);
    process.exit(1);
  });
}
