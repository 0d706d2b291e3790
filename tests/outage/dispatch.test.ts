/**
 * Dispatch down: the webhook (connection refused, then 500s, then up) and the mail server (not listening,
 * then refusing with 451, then up), on a whole gateway with real HTTP and SMTP servers and a controlled clock.
 *
 * What must hold (src/dispatch/outbox-worker.ts): reports are acknowledged all along; every failed attempt is
 * recorded and the next one waits 1 s, 2 s, 4 s ... (capped at 30 s); past 60 s undelivered the incident is
 * flagged for a call-taker (attention, audit event, error log); once the target is up every revision arrives,
 * in order, each idempotency key accepted once.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestGateway } from '../helpers/gateway.js';
import { closedPort } from '../helpers/outage.js';
import {
  LogCapture,
  Receiver,
  auth,
  dispatchGateway,
  outboxRevisions,
  sentRevisions,
} from '../dispatch/outbox-harness.js';

const SECRET = 'whsec_outage_5d4c3b2a';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The live attempts of one incident's first delivery row for a target. */
async function deliveryState(gw: TestGateway, incidentId: string, target: string) {
  const rows = await gw.db.reader.outboxDelivery.findMany({
    where: { incidentId, target },
    orderBy: { revision: 'asc' },
  });
  return rows[0]!;
}

/** Reports and messages while dispatch is down: each one acknowledged. */
async function converse(gw: TestGateway) {
  const r = await request(gw.app)
    .post('/api/v1/reports')
    .send({ text: 'A man is stabbing people outside 5 Main Street, help' });
  expect(r.status).toBe(201);
  for (const text of ['he has a knife and a black jacket', 'one person is bleeding']) {
    expect((await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text })).status).toBe(200);
  }
  return r.body as { incidentId: string; token: string };
}

/**
 * Steps the clock to each due attempt and runs the worker: returns the waits (s) between attempts that the
 * worker chose, read back from the database.
 */
async function attemptsAndWaits(gw: TestGateway, incidentId: string, target: string, rounds: number) {
  const waits: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const row = await deliveryState(gw, incidentId, target);
    const waitS = Math.round((row.nextAttemptAt.getTime() - gw.clock.now().getTime()) / 1000);
    waits.push(waitS);
    // Not due yet: running the worker changes nothing.
    await gw.dispatchWorker.runOnce();
    expect((await deliveryState(gw, incidentId, target)).attempts).toBe(row.attempts);
    gw.clock.advance(waitS);
    await gw.dispatchWorker.runOnce();
    expect((await deliveryState(gw, incidentId, target)).attempts).toBe(row.attempts + 1);
  }
  return waits;
}

describe('dispatch webhook down', () => {
  it('refused, then 500s, then up: acknowledged all along, backs off, flags the incident past 60 s, then delivers each key once in order', async () => {
    const port = await closedPort();
    const logs = new LogCapture();
    const gw = await dispatchGateway(
      { DISPATCH_WEBHOOK_URL: `http://127.0.0.1:${port}/intake`, DISPATCH_WEBHOOK_SECRET: SECRET },
      { logs, dispatch: { random: () => 1 } },
    );
    cleanup.push(() => gw.stop());
    const { incidentId } = await converse(gw);
    await gw.dispatchWorker.runOnce();
    const refused = await deliveryState(gw, incidentId, 'webhook');
    expect(refused.deliveredAt).toBeNull();
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toMatch(/connection failed \(ECONNREFUSED\)/);

    // The receiver comes up on that port, but answers 500.
    let answer = 500;
    const rx = await Receiver.start(() => answer, port);
    cleanup.push(() => rx.close());
    const waits = await attemptsAndWaits(gw, incidentId, 'webhook', 4);
    expect(waits).toEqual([1, 2, 4, 8]);
    expect(rx.requests.map((q) => q.answer)).toEqual([500, 500, 500, 500]);
    expect((await deliveryState(gw, incidentId, 'webhook')).lastError).toBe('HTTP 500 Internal Server Error');
    expect((await request(gw.app).post('/api/v1/reports').send({ text: 'still down? my car was stolen' })).status).toBe(
      201,
    );

    // Past 60 s undelivered: one alert, the incident flagged for a call-taker.
    gw.clock.advance(61 - 15);
    await gw.dispatchWorker.runOnce();
    const view = await request(gw.app).get(`/api/v1/incidents/${incidentId}`).set(auth);
    expect(view.body.attention).toMatch(/dispatch not delivered: webhook has not accepted revision \d+/);
    // One alert per undelivered revision (each older than 60 s), not one per poll; an update superseded by a later
    // one is settled, not undelivered (store/outbox-store.ts, coalescing).
    const revisionsSoFar = await sentRevisions(gw, incidentId, 'webhook');
    expect(logs.lines.filter((l) => l.includes('DISPATCH ALERT'))).toHaveLength(revisionsSoFar.length);
    gw.clock.advance(1);
    await gw.dispatchWorker.runOnce();
    expect(logs.lines.filter((l) => l.includes('DISPATCH ALERT'))).toHaveLength(revisionsSoFar.length);
    expect(logs.text).not.toContain(SECRET);

    // Up: the next due attempt delivers, and every later revision follows in order, once each.
    answer = 200;
    for (let i = 0; i < 10 && rx.processed.length < (await sentRevisions(gw, incidentId, 'webhook')).length + 1; i++) {
      gw.clock.advance(30);
      await gw.dispatchWorker.runOnce();
    }
    const revisions = await sentRevisions(gw, incidentId, 'webhook');
    expect(revisions[0]).toEqual({ revision: 1, event: 'early_dispatch' });
    // The newest revision is always among those sent.
    expect(revisions.at(-1)).toEqual((await outboxRevisions(gw, incidentId)).at(-1));
    const accepted = rx.requests.filter((q) => q.answer === 200);
    expect(accepted.filter((q) => q.incidentId === incidentId).map((q) => q.key)).toEqual(
      revisions.map((x) => `${incidentId}:${x.revision}`),
    );
    expect(new Set(accepted.map((q) => q.key)).size).toBe(accepted.length);
    const undelivered = await gw.db.reader.outboxDelivery.count({ where: { deliveredAt: null } });
    expect(undelivered).toBe(0);
  });
});

/** A mail server that refuses every message with 451 while `refusing` is set. */
async function mailServer(port: number) {
  const messages: ParsedMail[] = [];
  const state = { refusing: true, attempts: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((mail) => {
          state.attempts += 1;
          if (state.refusing)
            return cb(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          messages.push(mail);
          cb();
        })
        .catch((err: Error) => cb(err));
    },
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { server, messages, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('SMTP down', () => {
  it('not listening, then refusing (451), then up: acknowledged all along, backs off, flags past 60 s, then each revision mailed once in order', async () => {
    const port = await closedPort();
    const logs = new LogCapture();
    const gw = await dispatchGateway(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, DISPATCH_EMAIL_TO: 'duty@psap.example.cn', AGENCY_ID: 'psap.example.cn' },
      { logs, dispatch: { random: () => 1, smtpTimeoutMs: 1000 } },
    );
    cleanup.push(() => gw.stop());
    const { incidentId } = await converse(gw);
    await gw.dispatchWorker.runOnce();
    const refused = await deliveryState(gw, incidentId, 'email');
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toMatch(/ECONNREFUSED|connect/i);

    const smtp = await mailServer(port);
    cleanup.push(() => smtp.close());
    const waits = await attemptsAndWaits(gw, incidentId, 'email', 3);
    expect(waits).toEqual([1, 2, 4]);
    expect(smtp.state.attempts).toBe(3);
    expect((await deliveryState(gw, incidentId, 'email')).lastError).toMatch(/451/);

    gw.clock.advance(61 - 7);
    await gw.dispatchWorker.runOnce();
    const view = await request(gw.app).get(`/api/v1/incidents/${incidentId}`).set(auth);
    expect(view.body.attention).toMatch(/dispatch not delivered: email has not accepted revision \d+/);

    smtp.state.refusing = false;
    for (let i = 0; i < 10 && smtp.messages.length < (await sentRevisions(gw, incidentId, 'email')).length; i++) {
      gw.clock.advance(30);
      await gw.dispatchWorker.runOnce();
    }
    const revisions = await sentRevisions(gw, incidentId, 'email');
    expect(revisions.at(-1)).toEqual((await outboxRevisions(gw, incidentId)).at(-1));
    const keys = smtp.messages.map((m) => m.headers.get('x-intake-idempotency-key') as string);
    expect(keys).toEqual(revisions.map((x) => `${incidentId}:${x.revision}`));
    expect(smtp.messages[0]!.subject).toMatch(/rev 1\b/);
    expect(await gw.db.reader.outboxDelivery.count({ where: { deliveredAt: null } })).toBe(0);
  });
});
