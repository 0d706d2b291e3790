/** Out-of-band SMS through Twilio's REST API, delivery status callbacks, and how failures are handled. */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel, toSendError } from '../../../src/channels/twilio-sms/adapter.js';
import { webChannel } from '../../../src/channels/web/adapter.js';
import { API_TOKEN, testGateway, type TestGateway } from '../../helpers/gateway.js';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  fakeTwilioApi,
  postSigned,
  PUBLIC_BASE_URL,
  sid,
  smsEnv,
  statusForm,
  textSms,
  TWILIO_FROM,
} from './fixtures.js';

const REPORTER = '+8613800138000';
let gw: TestGateway;
afterEach(async () => {
  await gw.stop();
});

async function withFakeTwilio() {
  const api = fakeTwilioApi();
  gw = await testGateway(smsEnv, { channels: [webChannel, createTwilioSmsChannel({ httpClient: api.httpClient })] });
  const res = await textSms(gw, REPORTER, '我的电动车在人民路12号楼下被偷了');
  expect(res.status).toBe(200);
  const [incident] = await gw.reports.list({ sender: REPORTER, limit: 1 });
  return { api, incidentId: incident!.id };
}

async function waitUntil(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !probe(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(probe()).toBe(true);
}

function dispatcherMessage(incidentId: string, text: string) {
  return request(gw.app)
    .post(`/api/v1/incidents/${incidentId}/messages`)
    .set('Authorization', `Bearer ${API_TOKEN}`)
    .send({ text });
}

describe('sending through the Twilio REST API', () => {
  it('a dispatcher message reaches Twilio as the exact Messages.json request and its SID is stored', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const posted = await dispatcherMessage(incidentId, '民警已经出发，请在楼下等候');
    expect(posted.status).toBeLessThan(300);
    await gw.outboundWorker.runOnce();

    expect(api.requests).toHaveLength(1);
    const req = api.requests[0]!;
    expect(req.method).toBe('post');
    expect(req.uri).toBe(`https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    // Basic auth: the client hands the account SID and auth token to the HTTP client as user and password.
    expect({ username: req.username, password: req.password }).toEqual({ username: ACCOUNT_SID, password: AUTH_TOKEN });
    expect(req.headers?.['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(req.data).toEqual({
      To: REPORTER,
      From: TWILIO_FROM,
      Body: expect.stringContaining('民警已经出发，请在楼下等候') as unknown,
      StatusCallback: `${PUBLIC_BASE_URL}/channels/twilio/status`,
    });

    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row.status).toBe('sent');
    expect(row.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    const view = await gw.reports.incident(incidentId);
    expect(view?.transcript.find((t) => t.kind === 'dispatcher')?.providerMessageId).toBe(row.providerMessageId);
  });

  it('a 21610 (the reporter texted STOP) is a final failure: not retried, and the incident is flagged', async () => {
    const { api, incidentId } = await withFakeTwilio();
    api.then(api.fail(400, 21610, `Attempt to send to unsubscribed recipient ${REPORTER}`));
    await dispatcherMessage(incidentId, '请回电话');
    await gw.outboundWorker.runOnce();
    gw.clock.advance(3600);
    await gw.outboundWorker.runOnce();

    expect(api.requests).toHaveLength(1);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(1);
    const view = await gw.reports.incident(incidentId);
    expect(view?.attention).toContain('21610');
    // Twilio's own message carries the number; ours does not.
    expect(view?.attention).not.toContain(REPORTER);
    const audit = await gw.reports.auditEvents(incidentId);
    expect(audit.find((e) => e.type === 'outbound_failed')?.data).toMatchObject({ code: '21610' });
  });

  it('a 429, a 503 and a network error are retried with backoff until Twilio takes the message', async () => {
    const { api, incidentId } = await withFakeTwilio();
    api.then(
      api.fail(429, 20429, 'Too Many Requests'),
      api.fail(503, 20500, 'Service Unavailable'),
      api.networkError(),
    );
    await dispatcherMessage(incidentId, '民警五分钟内到');
    for (let i = 0; i < 4; i++) {
      await gw.outboundWorker.runOnce();
      gw.clock.advance(60);
    }
    // A 429 or 503 means Twilio did not take it: sent again at once. After the network error Twilio may have
    // taken it: its message list is read first (GET), and only then is it sent again.
    expect(api.requests.map((r) => r.method)).toEqual(['post', 'post', 'post', 'get', 'post']);
    expect(api.requests[3]!.params).toMatchObject({ To: REPORTER, From: TWILIO_FROM });
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', attempts: 4 });
  });

  it('a send that timed out after Twilio accepted it is found in the message list and not sent twice', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const accepted = 'SM' + 'ab'.repeat(16);
    api.then(api.networkError(), () => ({
      statusCode: 200,
      body: JSON.stringify({
        messages: [
          {
            account_sid: ACCOUNT_SID,
            // What the first (timed-out) request carried.
            body: api.requests[0]!.data!.Body,
            date_created: 'Mon, 23 Nov 2026 10:00:00 +0000',
            direction: 'outbound-api',
            from: TWILIO_FROM,
            sid: accepted,
            status: 'sent',
            to: REPORTER,
          },
        ],
        first_page_uri: '/x',
        next_page_uri: null,
        page: 0,
        page_size: 20,
        previous_page_uri: null,
        uri: '/x',
      }),
    }));
    await dispatcherMessage(incidentId, '民警五分钟内到');
    await gw.outboundWorker.runOnce();
    // The attempt whose outcome is unknown is recorded in the row, not in this process's memory.
    const uncertain = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(uncertain).toMatchObject({ status: 'pending', attemptStartedAt: gw.clock.now() });
    gw.clock.advance(60);
    await gw.outboundWorker.runOnce();
    expect(api.requests.map((r) => r.method)).toEqual(['post', 'get']);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', providerMessageId: accepted, attemptStartedAt: null });
  });

  it('after a timeout and a restart, the new process looks the message up first and does not send it twice', async () => {
    const { api } = await withFakeTwilio();
    const [incident] = await gw.reports.list({ sender: REPORTER, limit: 1 });
    api.then(api.networkError());
    await dispatcherMessage(incident!.id, '民警五分钟内到');
    await gw.outboundWorker.runOnce();
    const body = api.requests[0]!.data!.Body;
    const { dir, clock } = gw;
    await gw.stop();

    // A new process on the same database, with nothing in memory: Twilio did take the first request.
    const accepted = 'SM' + 'cd'.repeat(16);
    const next = fakeTwilioApi();
    next.then(next.listing(accepted, () => body, REPORTER));
    gw = await testGateway(smsEnv, {
      dir,
      clock,
      channels: [webChannel, createTwilioSmsChannel({ httpClient: next.httpClient })],
    });
    clock.advance(60);
    await gw.outboundWorker.runOnce();
    expect(next.requests.map((r) => r.method)).toEqual(['get']);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', providerMessageId: accepted, attemptStartedAt: null });
  });

  it('a process that dies during the call leaves the marker: the process that takes the claim over looks first', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const hung = api.hang();
    api.then(hung.respond);
    await dispatcherMessage(incidentId, '民警五分钟内到');
    // The first process sends and never hears back (it is as good as dead: its claim's lease runs out).
    const dying = gw.outboundWorker.runOnce();
    await waitUntil(() => api.requests.length === 1);
    const body = api.requests[0]!.data!.Body;
    const first = gw;

    const accepted = 'SM' + 'ef'.repeat(16);
    const next = fakeTwilioApi();
    next.then(next.listing(accepted, () => body, REPORTER));
    const second = await testGateway(smsEnv, {
      dir: first.dir,
      clock: first.clock,
      channels: [webChannel, createTwilioSmsChannel({ httpClient: next.httpClient })],
    });
    try {
      first.clock.advance(61); // past the dead claim's lease
      await second.outboundWorker.runOnce();
      expect(next.requests.map((r) => r.method)).toEqual(['get']);
      const row = await second.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
      expect(row).toMatchObject({ status: 'sent', providerMessageId: accepted, attemptStartedAt: null });
    } finally {
      // The old call finally fails: its owner no longer holds the claim, so it records nothing.
      hung.release(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      await dying;
      await second.stop();
    }
    const row = await first.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', providerMessageId: accepted });
    expect(api.requests).toHaveLength(1);
  });

  it('delivery statuses only move forward: a late "sent" does not overwrite "delivered"', async () => {
    const { api, incidentId } = await withFakeTwilio();
    await dispatcherMessage(incidentId, '民警五分钟内到');
    await gw.outboundWorker.runOnce();
    expect(api.requests).toHaveLength(1);
    const row = () => gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    const messageSid = (await row()).providerMessageId!;
    const callback = (state: string) => postSigned(gw, '/channels/twilio/status', statusForm(messageSid, state));
    expect((await callback('delivered')).status).toBe(204);
    expect((await callback('sent')).status).toBe(204);
    expect((await row()).status).toBe('delivered');
    expect((await callback('read')).status).toBe(204);
    expect((await row()).status).toBe('read');
  });

  it('classifies Twilio errors: permanent ones are final with their code, busy ones retryable', () => {
    const final = [21211, 21408, 21610, 21612, 21614, 30004, 30005, 30006, 30007];
    for (const code of final) {
      expect(toSendError({ status: 400, code }), String(code)).toMatchObject({ retryable: false, code: String(code) });
    }
    expect(toSendError({ status: 401, code: 20003 })).toMatchObject({ retryable: false, code: '20003' });
    expect(toSendError({ status: 400, code: 21999 })).toMatchObject({ retryable: false, code: '21999' });
    expect(toSendError({ status: 429, code: 20429 })).toMatchObject({ retryable: true });
    expect(toSendError({ status: 502 })).toMatchObject({ retryable: true });
    expect(toSendError(new Error('socket hang up'))).toMatchObject({ retryable: true, code: 'network' });
  });
});

describe('delivery status callbacks', () => {
  async function sentSid(api: ReturnType<typeof fakeTwilioApi>, incidentId: string): Promise<string> {
    await dispatcherMessage(incidentId, '民警已到现场');
    await gw.outboundWorker.runOnce();
    expect(api.requests.length).toBeGreaterThan(0);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    return row.providerMessageId!;
  }

  it('a signed "delivered" callback marks the message delivered', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const messageSid = await sentSid(api, incidentId);
    const res = await postSigned(gw, '/channels/twilio/status', statusForm(messageSid, 'delivered'));
    expect(res.status).toBe(204);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { providerMessageId: messageSid } });
    expect(row.status).toBe('delivered');
    const audit = await gw.reports.auditEvents(incidentId);
    expect(audit.find((e) => e.type === 'delivery_status')?.data).toMatchObject({ status: 'delivered' });
  });

  it('an "undelivered" callback with an error code fails the message and flags the incident', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const messageSid = await sentSid(api, incidentId);
    const res = await postSigned(gw, '/channels/twilio/status', statusForm(messageSid, 'undelivered', '30003'));
    expect(res.status).toBe(204);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { providerMessageId: messageSid } });
    expect(row).toMatchObject({ status: 'failed', error: '30003' });
    expect((await gw.reports.incident(incidentId))?.attention).toContain('30003');
  });

  it('a "queued" or "sending" callback after the send does not hide that the message was sent', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const messageSid = await sentSid(api, incidentId);
    for (const state of ['queued', 'sending']) {
      expect((await postSigned(gw, '/channels/twilio/status', statusForm(messageSid, state))).status).toBe(204);
    }
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { providerMessageId: messageSid } });
    expect(row.status).toBe('sent');
  });

  it('a forged status callback gets 403 and changes nothing', async () => {
    const { api, incidentId } = await withFakeTwilio();
    const messageSid = await sentSid(api, incidentId);
    const res = await postSigned(gw, '/channels/twilio/status', statusForm(messageSid, 'failed', '30007'), 'Zm9yZ2Vk');
    expect(res.status).toBe(403);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { providerMessageId: messageSid } });
    expect(row.status).toBe('sent');
    expect((await gw.reports.incident(incidentId))?.attention).toBeNull();
  });

  it('a callback for a message the gateway does not know is acknowledged and ignored', async () => {
    await withFakeTwilio();
    const res = await postSigned(gw, '/channels/twilio/status', statusForm(sid(), 'delivered'));
    expect(res.status).toBe(204);
  });
});
