/**
 * The HTTP dispatch target against a real receiver on 127.0.0.1: contract body and headers, the signature
 * checked by an independent implementation, retries through refusals and a hang, order and idempotency.
 */
import crypto from 'node:crypto';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/dispatch/signature.js';
import {
  LogCapture,
  Receiver,
  auth,
  dispatchGateway,
  eidoErrors,
  outboxRevisions,
  receiverVerifies,
  retryUntil,
  sentRevisions,
  type Behaviour,
} from './outbox-harness.js';
import type { TestGateway } from '../helpers/gateway.js';

const SECRET = 'whsec_5b1c0e5a9d2f4c7e8a1b3c5d';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(behaviour: Behaviour = () => 200, env: Record<string, string> = {}) {
  const rx = await Receiver.start(behaviour);
  cleanup.push(() => rx.close());
  const gw = await dispatchGateway({ DISPATCH_WEBHOOK_URL: rx.url(), DISPATCH_WEBHOOK_SECRET: SECRET, ...env });
  cleanup.push(() => gw.stop());
  return { rx, gw };
}

const report = (gw: TestGateway, text: string) => request(gw.app).post('/api/v1/reports').send({ text });
const answer = (gw: TestGateway, token: string, text: string) =>
  request(gw.app).post(`/api/v1/reports/${token}/messages`).send({ text });

describe('webhook delivery', () => {
  it('retries a refused (500, 503) and a hung delivery until accepted; each revision reaches the receiver once, in order', async () => {
    const { rx, gw } = await setup(({ n }) => (n === 1 ? 500 : n === 2 ? 503 : n === 3 ? 'hang' : 200));
    const r = await report(gw, '有人在环城公园南门持刀砍人');
    expect(r.body.status).toBe('collecting');
    await gw.dispatchWorker.idle();
    for (const text of ['还在', '一个人流血了', '两个男的，穿黑衣服', '13800138000'])
      await answer(gw, r.body.token, text);
    const revisions = await outboxRevisions(gw, r.body.incidentId);
    expect(revisions.map((x) => x.event)).toEqual(['early_dispatch', 'updated', 'updated', 'updated', 'submitted']);
    // While revision 1 is refused, the updates queued behind it collapse to the newest before the submission
    // (each revision is a whole snapshot); the early dispatch and the submission are always sent.
    const sent = await sentRevisions(gw, r.body.incidentId);
    expect(sent.map((x) => x.event)).toEqual(['early_dispatch', 'updated', 'submitted']);
    const keys = sent.map((x) => `${r.body.incidentId}:${x.revision}`);

    // Done when every revision sent got its 2xx (revision 1's came for the retry after the hang).
    await retryUntil(gw, () => rx.requests.filter((q) => q.answer === 200).length === keys.length);
    await gw.dispatchWorker.idle();

    // The receiver acted on each revision exactly once (its dedupe by Idempotency-Key), in revision order.
    expect(rx.processed).toEqual(keys);
    // Revision 1: refused twice, hung once (processed, answer lost), then accepted as a duplicate.
    expect(rx.requests.filter((q) => q.key === keys[0]).map((q) => q.answer)).toEqual([500, 503, 'hang', 200]);
    // Never a revision before the one sent ahead of it was accepted, and never again once a 2xx was answered.
    rx.requests.forEach((q, i) => {
      const before = rx.requests.slice(0, i);
      const ahead = sent[sent.findIndex((x) => x.revision === q.revision) - 1];
      if (ahead) {
        expect(before.some((b) => b.revision === ahead.revision && b.answer === 200)).toBe(true);
      }
      expect(before.some((b) => b.key === q.key && b.answer === 200)).toBe(false);
      expect(receiverVerifies(SECRET, q.raw, q.headers['x-intake-signature'] as string)).toBe(true);
    });

    const items = await gw.db.reader.outboxItem.findMany({ where: { incidentId: r.body.incidentId } });
    expect(items.every((i) => i.deliveredAt !== null)).toBe(true);
    const audit = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/events`).set(auth);
    const failed = audit.body.events.filter((e: { type: string }) => e.type === 'dispatch_attempt_failed');
    expect(failed.map((e: { data: { code: string } }) => e.data.code)).toEqual(['http_500', 'http_503', 'timeout']);
    const delivered = audit.body.events.filter((e: { type: string }) => e.type === 'dispatch_delivered');
    expect(delivered.map((e: { data: { revision: number } }) => e.data.revision)).toEqual(sent.map((x) => x.revision));
    const superseded = audit.body.events.filter((e: { type: string }) => e.type === 'dispatch_superseded');
    expect(superseded.map((e: { data: { revision: number } }) => e.data.revision)).toEqual([2, 3]);
  });

  it('sends the contract body and headers, signed so that an independent HMAC check accepts it', async () => {
    const { rx, gw } = await setup();
    const r = await report(gw, 'A man with a knife is attacking people at 5 Main Street <script>alert(1)</script>');
    await rx.until(() => rx.processed.length === 1);
    const q = rx.requests[0]!;

    expect(q.headers['content-type']).toBe('application/json');
    expect(q.headers['idempotency-key']).toBe(`${r.body.incidentId}:1`);
    const header = q.headers['x-intake-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const t = Number(/^t=(\d+)/.exec(header)![1]);
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(10);

    // Independent check (node:crypto, constant time, freshness) accepts it; tampering is caught.
    expect(receiverVerifies(SECRET, q.raw, header)).toBe(true);
    expect(receiverVerifies(SECRET, q.raw.replace('"revision":1', '"revision":2'), header)).toBe(false);
    expect(receiverVerifies('another-secret', q.raw, header)).toBe(false);
    const stale = Math.floor(Date.now() / 1000) - 3600;
    const staleMac = crypto.createHmac('sha256', SECRET).update(`${stale}.${q.raw}`).digest('hex');
    expect(receiverVerifies(SECRET, q.raw, `t=${stale},v1=${staleMac}`)).toBe(false);
    // The gateway's own helper (shown in the README) agrees.
    expect(verifySignature(SECRET, q.raw, header, Date.now() / 1000)).toBe(true);
    expect(verifySignature(SECRET, `${q.raw} `, header, Date.now() / 1000)).toBe(false);

    const body = JSON.parse(q.raw);
    expect(Object.keys(body)).toEqual(['event', 'revision', 'incident', 'eido']);
    expect(body).toMatchObject({ event: 'early_dispatch', revision: 1 });
    expect(body.incident).toMatchObject({
      id: r.body.incidentId,
      reference: r.body.reference,
      channel: 'web',
      status: 'collecting',
      priority: 'P1',
      earlyDispatched: true,
      revision: 1,
    });
    const now = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(Object.keys(body.incident).sort()).toEqual(Object.keys(now.body).sort());
    expect(body.incident.elements.what).toContain('<script>alert(1)</script>');
    expect(eidoErrors(body.eido)).toEqual([]);
    expect(body.eido.incidentComponent.internalIncidentId).toBe(r.body.incidentId);
    expect(body.eido.incidentComponent.reportNumberType).toBe(r.body.reference);
  });

  it('sends deliveries unsigned when DISPATCH_WEBHOOK_SECRET is unset, and says so at start', async () => {
    const rx = await Receiver.start();
    cleanup.push(() => rx.close());
    const logs = new LogCapture();
    const gw = await dispatchGateway({ DISPATCH_WEBHOOK_URL: rx.url() }, { logs });
    cleanup.push(() => gw.stop());
    await gw.start();
    await report(gw, 'there is a fire on the 3rd floor of 8 King Street');
    await rx.until(() => rx.processed.length === 1);
    expect(rx.requests[0]!.headers['x-intake-signature']).toBeUndefined();
    expect(rx.requests[0]!.headers['idempotency-key']).toMatch(/:1$/);
    expect(logs.text).toContain('DISPATCH_WEBHOOK_SECRET is unset: webhook deliveries are sent unsigned');
    expect(logs.text).toMatch(/"target":"webhook".*dispatch target on/);
  });

  it('does not follow a redirect: a 3xx is a failed attempt and the revision is retried', async () => {
    const { rx, gw } = await setup(({ n }) => (n === 1 ? 307 : 200));
    const r = await report(gw, 'there is a fire on the 3rd floor of 8 King Street');
    await gw.dispatchWorker.idle();
    expect(rx.requests.map((q) => q.answer)).toEqual([307]);
    await retryUntil(gw, () => rx.processed.length === 1);
    expect(rx.processed).toEqual([`${r.body.incidentId}:1`]);
  });
});

describe('WebhookTarget on its own', () => {
  it('leaves nothing attached to the long-lived stop signal after its deliveries, and still tells a timeout apart', async () => {
    const { EventEmitter } = await import('node:events');
    const { WebhookTarget } = await import('../../src/dispatch/webhook.js');
    const rx = await Receiver.start(({ n }) => (n === 3 ? 'hang' : 200));
    cleanup.push(() => rx.close());
    const target = new WebhookTarget({
      url: rx.url(),
      secret: SECRET,
      timeoutMs: 300,
      fetch: (input, init) => fetch(input, init),
      now: () => new Date(),
    });
    const stop = new AbortController();
    const doc = (revision: number) =>
      ({ event: 'submitted', revision, incidentId: 'inc-1', incident: {}, eido: {} }) as never;
    await target.deliver(doc(1), stop.signal);
    await target.deliver(doc(2), stop.signal);
    await expect(target.deliver(doc(3), stop.signal)).rejects.toMatchObject({ code: 'timeout' });
    await target.deliver(doc(4), stop.signal);
    expect(EventEmitter.getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('without an injected fetch (node:http): answers, a timeout and a refused connection are told apart, nothing left on the stop signal', async () => {
    const { EventEmitter } = await import('node:events');
    const { WebhookTarget } = await import('../../src/dispatch/webhook.js');
    const rx = await Receiver.start(({ n }) => (n === 2 ? 'hang' : n === 3 ? 503 : 200));
    cleanup.push(() => rx.close());
    const target = new WebhookTarget({ url: rx.url(), secret: SECRET, timeoutMs: 300, now: () => new Date() });
    cleanup.push(async () => target.close());
    const stop = new AbortController();
    const doc = (revision: number) =>
      ({ event: 'submitted', revision, incidentId: 'inc-1', incident: {}, eido: {} }) as never;
    await expect(target.deliver(doc(1), stop.signal)).resolves.toBe('HTTP 200');
    await expect(target.deliver(doc(2), stop.signal)).rejects.toMatchObject({ code: 'timeout' });
    await expect(target.deliver(doc(3), stop.signal)).rejects.toMatchObject({ code: 'http_503' });
    await expect(target.deliver(doc(4), stop.signal)).resolves.toBe('HTTP 200');
    expect(EventEmitter.getEventListeners(stop.signal, 'abort')).toHaveLength(0);
    const closed = new WebhookTarget({
      url: 'http://127.0.0.1:1/',
      secret: SECRET,
      timeoutMs: 300,
      now: () => new Date(),
    });
    cleanup.push(async () => closed.close());
    await expect(closed.deliver(doc(1), stop.signal)).rejects.toMatchObject({ code: 'econnrefused' });
  });

  it('sends a request once more at once when the receiver dropped the kept-alive connection it was reused on', async () => {
    const net = await import('node:net');
    const { WebhookTarget } = await import('../../src/dispatch/webhook.js');
    // A receiver that answers the first request of each connection (keep-alive) and drops a connection as soon
    // as a second request arrives on it: what a receiver that closed an idle connection looks like to the
    // sender reusing it. Every request answered is counted.
    let connections = 0;
    let answered = 0;
    const server = net.createServer((socket) => {
      connections += 1;
      let served = false;
      let seen = '';
      socket.on('data', (chunk) => {
        if (served) return socket.destroy();
        seen += chunk.toString('latin1');
        const head = seen.indexOf('\r\n\r\n');
        const length = Number(/content-length: *(\d+)/i.exec(seen)?.[1] ?? 0);
        if (head < 0 || Buffer.byteLength(seen, 'latin1') < head + 4 + length) return;
        served = true;
        answered += 1;
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok');
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.address() as { port: number }).port;
    const target = new WebhookTarget({
      url: `http://127.0.0.1:${port}/hook`,
      secret: SECRET,
      timeoutMs: 2000,
      now: () => new Date(),
    });
    cleanup.push(async () => target.close());
    const stop = new AbortController();
    const doc = (revision: number) =>
      ({ event: 'submitted', revision, incidentId: 'inc-1', incident: {}, eido: {} }) as never;
    for (const revision of [1, 2, 3])
      await expect(target.deliver(doc(revision), stop.signal)).resolves.toBe('HTTP 200');
    // Revisions 2 and 3 each went out on the kept-alive connection first, were dropped, and were sent again on
    // a new one: three answers, three connections, no failed delivery.
    expect(answered).toBe(3);
    expect(connections).toBe(3);
  });

  it('writes the stored JSON with the EIDO added: the same bytes as the whole document written out', async () => {
    const { webhookBody } = await import('../../src/dispatch/webhook.js');
    const incident = { id: 'inc-1', text: '有人"持刀"\n', n: [1, 2.5, null], nested: { a: true } };
    const eido = { $id: 'urn:x', notes: [{ t: '<p>x</p>' }] };
    const json = JSON.stringify({ event: 'updated', revision: 3, incident });
    const plain = { incidentId: 'inc-1', event: 'updated', revision: 3, incident, eido } as never;
    const body = webhookBody({ ...(plain as object), json } as never);
    expect(body).toBe(webhookBody(plain));
    expect(JSON.parse(body)).toEqual({ event: 'updated', revision: 3, incident, eido });
  });
});
