/**
 * Shared pieces of the dispatch hand-off tests: a gateway with dispatch tuning on a temp SQLite file, a real
 * local webhook receiver that dedupes by Idempotency-Key (as a real receiver must), an independent HMAC
 * check, and a log capture.
 */
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createGateway, type GatewayOptions } from '../../src/gateway.js';
import { testDatabaseUrl } from '../helpers/database.js';
import { API_TOKEN, TestClock, tempDir, withInspection, type TestGateway } from '../helpers/gateway.js';

export { API_TOKEN, TestClock, tempDir };
export const auth = { Authorization: `Bearer ${API_TOKEN}` };

/** Collects pino's JSON lines. */
export class LogCapture {
  readonly lines: string[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  get text(): string {
    return this.lines.join('\n');
  }
}

export async function dispatchGateway(
  env: Record<string, string>,
  opts: { dir?: string; clock?: TestClock; dispatch?: GatewayOptions['dispatch']; logs?: LogCapture } = {},
): Promise<TestGateway> {
  const dir = opts.dir ?? tempDir();
  const dbFile = path.join(dir, 'intake.db');
  const config = loadConfig({
    DATABASE_URL: await testDatabaseUrl(dir),
    DISPATCH_API_TOKEN: API_TOKEN,
    PORT: '0',
    ...env,
  });
  const clock = opts.clock ?? new TestClock();
  const gateway = await createGateway(config, {
    log: opts.logs ? pino({ level: 'info' }, opts.logs.stream) : pino({ level: 'silent' }),
    clock,
    timerIntervalMs: 0,
    // Shortest backoff (no random jitter) and a short webhook timeout keep the tests quick and repeatable.
    dispatch: { webhookTimeoutMs: 400, random: () => 0, ...opts.dispatch },
  });
  return Object.assign(withInspection(gateway), { clock, dir, dbFile });
}

export interface ReceivedRequest {
  n: number;
  key: string;
  incidentId: string;
  revision: number;
  event: string;
  raw: string;
  headers: http.IncomingHttpHeaders;
  /** The status answered, or 'hang' when the request was never answered. */
  answer: number | 'hang';
  /** Whether this request was the first accepted one for its key (the receiver's dedupe). */
  firstAccept: boolean;
  at: number;
}

/** What the receiver does with the n-th request (1-based): a status, or 'hang' (processed, never answered). */
export type Behaviour = (req: {
  n: number;
  key: string;
  incidentId: string;
  body: { event: string; revision: number; incident: { id: string; language: string } };
}) => number | 'hang';

/** A dispatch centre's webhook endpoint on 127.0.0.1, deduping deliveries by Idempotency-Key. */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  /** Keys in the order the receiver first processed them (what a real receiver acts on). */
  readonly processed: string[] = [];
  readonly bodies = new Map<string, Parameters<Behaviour>[0]['body']>();
  private readonly listeners: (() => void)[] = [];

  private constructor(
    readonly server: http.Server,
    public behaviour: Behaviour,
  ) {}

  static async start(behaviour: Behaviour = () => 200, port = 0): Promise<Receiver> {
    let self: Receiver | null = null;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => self!.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    self = new Receiver(server, behaviour);
    return self;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(pathname = '/dispatch/hook'): string {
    return `http://127.0.0.1:${this.port}${pathname}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const key = String(req.headers['idempotency-key'] ?? '');
    const body = JSON.parse(raw) as Parameters<Behaviour>[0]['body'];
    const n = this.requests.length + 1;
    const answer = this.behaviour({ n, key, incidentId: body.incident.id, body });
    // A hung request was processed by the receiver: only its answer never reached the gateway.
    const accepted = answer === 'hang' || (answer >= 200 && answer < 300);
    const firstAccept = accepted && !this.bodies.has(key);
    if (firstAccept) {
      this.processed.push(key);
      this.bodies.set(key, body);
    }
    this.requests.push({
      n,
      key,
      incidentId: body.incident.id,
      revision: body.revision,
      event: body.event,
      raw,
      headers: req.headers,
      answer,
      firstAccept,
      at: performance.now(),
    });
    if (answer !== 'hang') res.writeHead(answer, { 'content-type': 'application/json' }).end('{"ok":true}');
    for (const l of this.listeners.splice(0)) l();
  }

  /** Resolves when `done()` holds (checked after every request), or rejects after `ms`. */
  async until(done: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`receiver: condition not met within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.listeners.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** A port nothing listens on (for "receiver down"). */
export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/**
 * The receiver's signature check, written from CONTRACT.md with node:crypto only (independent of
 * src/dispatch/signature.ts): `t=<unix s>,v1=<hex HMAC-SHA256("<t>.<raw body>")>`, constant-time compare,
 * timestamp within `toleranceS` of the receiver's clock.
 */
export function receiverVerifies(secret: string, raw: string, header: string | undefined, toleranceS = 300): boolean {
  if (!header) return false;
  const fields = new Map(header.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  const t = fields.get('t');
  const v1 = fields.get('v1');
  if (!t || !/^\d+$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(Math.floor(Date.now() / 1000) - Number(t)) > toleranceS) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  return crypto.timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

/** The revisions the gateway wrote to its outbox for an incident, in order. */
export async function outboxRevisions(
  gw: TestGateway,
  incidentId: string,
): Promise<{ revision: number; event: string }[]> {
  return gw.db.reader.outboxItem.findMany({
    where: { incidentId },
    orderBy: { revision: 'asc' },
    select: { revision: true, event: true },
  });
}

/**
 * The revisions a target is sent: every revision but the "updated" ones superseded by a later pending "updated"
 * one (store/outbox-store.ts, coalescing). Checks on the way that only such revisions were superseded, each by
 * a later revision that is itself sent or superseded in turn.
 */
export async function sentRevisions(
  gw: TestGateway,
  incidentId: string,
  target = 'webhook',
): Promise<{ revision: number; event: string }[]> {
  const revisions = await outboxRevisions(gw, incidentId);
  const rows = await gw.db.reader.outboxDelivery.findMany({ where: { incidentId, target } });
  const supersededBy = new Map(rows.map((d) => [d.revision, d.supersededBy]));
  for (const x of revisions) {
    const by = supersededBy.get(x.revision);
    if (by === null || by === undefined) continue;
    const next = revisions.find((y) => y.revision > x.revision);
    if (x.event !== 'updated' || next?.event !== 'updated' || by !== next.revision) {
      throw new Error(`revision ${x.revision} (${x.event}) superseded by ${by}: only an update by the next update`);
    }
  }
  return revisions.filter((x) => (supersededBy.get(x.revision) ?? null) === null);
}

/** Advances the clock past the longest backoff and runs the worker, until `done()` or `rounds` run out. */
export async function retryUntil(gw: TestGateway, done: () => boolean, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) {
    gw.clock.advance(31);
    await gw.dispatchWorker.runOnce();
  }
  if (!done()) throw new Error(`not done after ${rounds} retry rounds`);
}

// ajv-formats is CommonJS; under NodeNext its default import may arrive wrapped (as in eido.test.ts).
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);
const eidoSchema = JSON.parse(
  readFileSync(new URL('./schema/eido-1.0.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateEido = ajv.compile(eidoSchema);

/** Schema errors of an EIDO document against tests/dispatch/schema (empty = valid). */
export function eidoErrors(doc: unknown): unknown[] {
  return validateEido(doc) ? [] : [...(validateEido.errors ?? [])];
}
