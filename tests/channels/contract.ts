/**
 * The contract every channel adapter in the registry must pass, run once per channel with that channel's
 * provider-shaped fixtures (a Twilio-signed form, a signed WeChat XML push, a deliver_sm from a real SMSC, a
 * message from the Wechaty mock puppet, a JSON request): a valid message is stored once and answered (in the
 * response, or through the provider for push channels); a repeated provider id stores nothing new and either
 * replays the first answer (channels that answer in-band) or sends nothing again (push channels); the next
 * message continues the incident; a forged request is refused and stores nothing; an oversized body stores
 * nothing; a message with no text still gets an answer; an out-of-band message from dispatch reaches the
 * reporter through the adapter's send(); and the service keeps going.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN, type TestGateway } from '../helpers/gateway.js';

export interface Inbound {
  /** The contract's id for the message; each fixture maps it to the provider's own id. */
  id: string;
  /** The reporter's address on the channel. */
  from: string;
  text: string;
}

/** What the provider got back for one message. */
export interface Outcome {
  /** The request was taken (2xx, TwiML, XML, a deliver_sm_resp with status 0...). */
  accepted: boolean;
  /** The texts the reporter got for it: in the response, or (push channels) sent through the provider. */
  replies: string[];
}

export interface ChannelFixture {
  name: string;
  /** A gateway with the channel on, and any provider fakes it talks to. */
  start(): Promise<TestGateway>;
  /** Stops the provider fakes (the gateway is stopped by the suite). */
  stop?(): Promise<void>;
  /** Sends one inbound message the way the provider does. */
  send(gw: TestGateway, m: Inbound): Promise<Outcome>;
  /** The provider delivering the same message again (same provider id). Default: `send` again. */
  resend?(gw: TestGateway, m: Inbound): Promise<Outcome>;
  /** Whether the channel answers in the provider's request (replays the first answer) or sends later (push). */
  answersInBand: boolean;
  /** The same message with a missing or wrong signature; omitted for channels without one. */
  forged?(gw: TestGateway, m: Inbound): Promise<Outcome>;
  /** A request over the channel's size limit; omitted where the provider cannot carry one. */
  oversized?(gw: TestGateway): Promise<Outcome>;
  /** The address the adapter records for the reporter (e.g. E.164), if it differs from `from`. */
  storedSender?(m: Inbound): unknown;
  /** Whether the channel can carry a message with no text (media only, a location). */
  allowsEmptyText?: boolean;
  /** The provider message id stored for a contract message id, when it is not `endsWith(id)`. */
  storedId?(id: string): string;
  /** Every text the reporter `from` received out of band (through send()), in order. */
  delivered(gw: TestGateway, from: string): Promise<string[]>;
}

/** Adapts a supertest request to an Outcome. */
export async function webhook(req: PromiseLike<request.Response>, replies: (res: request.Response) => string[]) {
  const res = await req;
  return { accepted: res.status < 400, replies: res.status < 400 ? replies(res) : [], status: res.status };
}

/** Polls `probe` until it returns something truthy. */
export async function eventually<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function inboundCount(gw: TestGateway): Promise<number> {
  return gw.db.reader.inboundMessage.count();
}

export function channelContract(f: ChannelFixture): void {
  describe(`channel contract: ${f.name}`, () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await f.start();
    });
    afterAll(async () => {
      await gw.stop();
      await f.stop?.();
    });

    const first: Inbound = { id: `${f.name}-c1`, from: 'contract-reporter-1', text: '有人在砍人' };
    const storedId = (id: string) => (f.storedId ? f.storedId(id) : id);
    const row = (id: string) =>
      gw.db.reader.inboundMessage.findFirstOrThrow({ where: { providerMessageId: { endsWith: storedId(id) } } });
    let firstReplies: string[] = [];

    it('stores a valid message once and answers it', async () => {
      const out = await f.send(gw, first);
      expect(out.accepted).toBe(true);
      expect(out.replies.length).toBeGreaterThan(0);
      expect(out.replies.join('')).toMatch(/[\u4e00-\u9fff]/);
      firstReplies = out.replies;
      const stored = await row(first.id);
      expect(stored.text).toBe(first.text);
      expect(stored.processedAt).not.toBeNull();
      const incident = await gw.reports.incident(stored.incidentId!);
      expect(incident?.sender).toEqual(f.storedSender ? f.storedSender(first) : first.from);
    });

    it('a repeated provider message id stores nothing new and answers as the first time (or not again)', async () => {
      const before = await inboundCount(gw);
      const outBefore = await gw.db.reader.outboundMessage.count();
      const deliveredBefore = (await f.delivered(gw, first.from)).length;
      const again = await (f.resend ?? f.send)(gw, first);
      expect(again.accepted).toBe(true);
      if (f.answersInBand) {
        const original = await row(first.id);
        expect(again.replies).toEqual(JSON.parse(original.replies!));
        expect(again.replies).toEqual(firstReplies);
      } else {
        // Give a wrong second answer the time it would take to arrive.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(again.replies).toEqual([]);
        expect((await f.delivered(gw, first.from)).length).toBe(deliveredBefore);
      }
      expect(await inboundCount(gw)).toBe(before);
      expect(await gw.db.reader.outboundMessage.count()).toBe(outBefore);
    });

    it('continues the same incident with the next message of the same reporter', async () => {
      const out = await f.send(gw, { id: `${f.name}-c2`, from: first.from, text: '环城公园南门' });
      expect(out.accepted).toBe(true);
      const a = await row(`${f.name}-c1`);
      const b = await row(`${f.name}-c2`);
      expect(b.incidentId).toBe(a.incidentId);
    });

    it('an out-of-band message from dispatch reaches the reporter through the adapter’s send()', async () => {
      const a = await row(`${f.name}-c1`);
      const text = '民警已出发，请注意安全';
      const res = await request(gw.app)
        .post(`/api/v1/incidents/${a.incidentId}/messages`)
        .set('Authorization', `Bearer ${API_TOKEN}`)
        .send({ text });
      expect(res.status).toBe(202);
      await gw.outboundWorker.runOnce();
      const got = await eventually(
        async () => (await f.delivered(gw, first.from)).find((t) => t.includes(text)),
        'the dispatcher message',
      );
      expect(got).toContain(text);
      const sent = await gw.db.reader.outboundMessage.findFirstOrThrow({
        where: { incidentId: a.incidentId!, kind: 'dispatcher' },
      });
      // Sent through the provider, or (page channels) shown on the reporter's page: never left pending or failed.
      expect(['sent', 'replied']).toContain(sent.status);
    });

    if (f.forged) {
      it('a forged request is refused and nothing is stored', async () => {
        const before = await inboundCount(gw);
        const out = await f.forged!(gw, { id: `${f.name}-forged`, from: 'contract-attacker', text: 'forged' });
        expect(out.accepted).toBe(false);
        expect(await inboundCount(gw)).toBe(before);
      });
    }

    if (f.oversized) {
      it('an oversized body stores nothing', async () => {
        const before = await inboundCount(gw);
        await f.oversized!(gw);
        expect(await inboundCount(gw)).toBe(before);
      });
    }

    if (f.allowsEmptyText) {
      it('a message with no text still gets an answer', async () => {
        const out = await f.send(gw, { id: `${f.name}-empty`, from: 'contract-reporter-2', text: '' });
        expect(out.accepted).toBe(true);
        expect(out.replies.length).toBeGreaterThan(0);
      });
    }

    it('a text with a 30-digit run (a pasted payment transaction number) is answered within a second', async () => {
      // Once a number pattern split a digit run in exponentially many ways: this text froze every channel.
      const text = `我被骗了，刚转了5万，交易单号${'420000123456789012345678901234'}，对方让我转到安全账户`;
      const started = performance.now();
      const out = await f.send(gw, { id: `${f.name}-digits`, from: 'contract-reporter-digits', text });
      const ms = performance.now() - started;
      expect(out.accepted).toBe(true);
      expect(out.replies.length).toBeGreaterThan(0);
      expect(ms, `answered in ${Math.round(ms)} ms`).toBeLessThan(1000);
      const stored = await row(`${f.name}-digits`);
      expect(stored.quarantinedAt).toBeNull();
      const incident = await gw.reports.incident(stored.incidentId!);
      expect(incident?.category).toBe('fraud');
    });

    it('keeps answering afterwards', async () => {
      const out = await f.send(gw, { id: `${f.name}-c3`, from: 'contract-reporter-3', text: 'my bike was stolen' });
      expect(out.accepted).toBe(true);
      expect(out.replies.length).toBeGreaterThan(0);
    });
  });
}
