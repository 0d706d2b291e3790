/**
 * Twilio's REST API failing, with a real local HTTP server standing in for api.twilio.com: the SMS channel's
 * Twilio client is given an HTTP client (its documented `httpClient` hook, src/channels/twilio-sms/adapter.ts)
 * that sends every request to that server over real HTTP with a 300 ms timeout. Twilio's base URL itself is
 * not configurable; the request line, auth and form body are exactly what the SDK built.
 *
 * - 500, then no answer (timeout), then 201: the dispatcher's message is retried with backoff and sent once
 *   (the stand-in created exactly one message; nothing is sent after it);
 * - 500 for ever: after the worker's attempts (12, about an hour of backoff) the failure is final and shown on
 *   the incident for a call-taker, and nothing more is tried.
 *
 * A timeout is retried because the gateway cannot know whether Twilio created the message: Twilio's Messages
 * API takes no idempotency key, so if a real Twilio did create it before the answer was lost, the reporter
 * would get that text twice. The stand-in here creates nothing on a request it does not answer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel, type TwilioHttpClient } from '../../src/channels/twilio-sms/adapter.js';
import { webChannel } from '../../src/channels/web/adapter.js';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';
import { ACCOUNT_SID, AUTH_TOKEN, sid, smsEnv, textSms } from '../channels/twilio-sms/fixtures.js';

const REPORTER = '+8613800138123';
const TIMEOUT_MS = 300;
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A stand-in for api.twilio.com: answers each request as `answer()` says (a status, or 'hang'). */
async function twilioStandIn(answer: (n: number) => number | 'hang') {
  const requests: { path: string; auth: string; body: URLSearchParams; answered: number | 'hang' }[] = [];
  const created: string[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const a = answer(requests.length + 1);
      requests.push({
        path: req.url ?? '',
        auth: req.headers.authorization ?? '',
        body: new URLSearchParams(raw),
        answered: a,
      });
      if (a === 'hang') return; // no answer, and nothing created
      res.setHeader('content-type', 'application/json');
      if (a === 201) {
        const messageSid = sid();
        created.push(messageSid);
        res.statusCode = 201;
        res.end(JSON.stringify({ sid: messageSid, status: 'queued', to: REPORTER, body: raw }));
        return;
      }
      res.statusCode = a;
      res.end(JSON.stringify({ code: 20500, message: 'Internal Server Error', status: a }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup.push(
    () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  );
  /** Twilio's client, pointed at the stand-in over real HTTP. */
  const httpClient: TwilioHttpClient = {
    async request(opts) {
      const url = new URL(opts.uri);
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.username) {
        headers.Authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password ?? ''}`).toString('base64')}`;
      }
      const form = new URLSearchParams(
        Object.entries(opts.data ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
      );
      const res = await fetch(`${base}${url.pathname}`, {
        method: opts.method.toUpperCase(),
        headers,
        body: form.toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return { statusCode: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) };
    },
  };
  return { requests, created, httpClient };
}

async function gatewayWith(httpClient: TwilioHttpClient): Promise<{ gw: TestGateway; incidentId: string }> {
  const gw = await testGateway(smsEnv, { channels: [webChannel, createTwilioSmsChannel({ httpClient })] });
  cleanup.push(() => gw.stop());
  expect((await textSms(gw, REPORTER, '我的电动车在人民路12号楼下被偷了')).status).toBe(200);
  const [incident] = await gw.reports.list({ sender: REPORTER, limit: 1 });
  return { gw, incidentId: incident!.id };
}

const dispatcherMessage = (gw: TestGateway, incidentId: string, text: string) =>
  request(gw.app)
    .post(`/api/v1/incidents/${incidentId}/messages`)
    .set('Authorization', `Bearer ${API_TOKEN}`)
    .send({ text });

/** Runs the outbound worker `rounds` times, ten minutes apart (past any backoff). */
async function rounds(gw: TestGateway, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await gw.outboundWorker.runOnce();
    gw.clock.advance(600);
  }
}

describe('Twilio REST API failing', () => {
  it('500, then a timeout, then 201: retried with backoff and sent exactly once', async () => {
    const twilio = await twilioStandIn((n) => (n === 1 ? 500 : n === 2 ? 'hang' : 201));
    const { gw, incidentId } = await gatewayWith(twilio.httpClient);
    expect((await dispatcherMessage(gw, incidentId, '民警已经出发，请在楼下等候')).status).toBe(202);

    await gw.outboundWorker.runOnce();
    let row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.error).toMatch(/Twilio busy or failing \(HTTP 500/);
    // Not due yet: nothing is sent again before the backoff.
    await gw.outboundWorker.runOnce();
    expect(twilio.requests).toHaveLength(1);

    await rounds(gw, 4);
    row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(twilio.requests.map((r) => r.answered)).toEqual([500, 'hang', 201]);
    expect(twilio.requests[0]!.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(twilio.requests[0]!.auth).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    expect(twilio.requests.every((r) => r.body.get('To') === REPORTER)).toBe(true);
    expect(twilio.created).toHaveLength(1);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, providerMessageId: twilio.created[0] });
    const view = await gw.reports.incident(incidentId);
    expect(view?.transcript.filter((t) => t.kind === 'dispatcher')).toHaveLength(1);
    expect(view?.attention).toBeNull();
  });

  it('500 for ever: final after the last attempt, shown on the incident, then nothing more is tried', async () => {
    const twilio = await twilioStandIn(() => 500);
    const { gw, incidentId } = await gatewayWith(twilio.httpClient);
    expect((await dispatcherMessage(gw, incidentId, '请回电话')).status).toBe(202);
    await rounds(gw, 14);
    expect(twilio.requests).toHaveLength(12);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'failed', attempts: 12 });
    const view = await gw.reports.incident(incidentId);
    expect(view?.attention).toMatch(/Twilio busy or failing \(HTTP 500/);
    expect(view?.attention).not.toContain(REPORTER);
    const audit = await gw.reports.auditEvents(incidentId);
    expect(audit.filter((e) => e.type === 'outbound_failed')).toHaveLength(1);
    expect(twilio.created).toHaveLength(0);
  });
});
