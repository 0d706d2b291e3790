/**
 * The outbox worker: nothing lost across restarts, per-incident order with incidents in parallel, leases,
 * queued items without a target, backoff, and the alert after 60 s undelivered.
 */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchBackoffMs } from '../../src/dispatch/outbox-worker.js';
import type { TestGateway } from '../helpers/gateway.js';
import {
  LogCapture,
  Receiver,
  TestClock,
  auth,
  dispatchGateway,
  freePort,
  outboxRevisions,
  receiverVerifies,
  retryUntil,
  sentRevisions,
  tempDir,
} from './outbox-harness.js';

const SECRET = 'whsec_outbox_0f9e8d7c6b5a';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const report = (gw: TestGateway, text: string) => request(gw.app).post('/api/v1/reports').send({ text });
const answer = (gw: TestGateway, token: string, text: string) =>
  request(gw.app).post(`/api/v1/reports/${token}/messages`).send({ text });

describe('outbox worker', () => {
  it('keeps every revision across a gateway restart while the receiver is down, then delivers them in order, pending updates as their newest', async () => {
    const port = await freePort();
    const env = { DISPATCH_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, DISPATCH_WEBHOOK_SECRET: SECRET };
    const dir = tempDir();
    const clock = new TestClock();

    const first = await dispatchGateway(env, { dir, clock });
    const r = await report(first, '有人在环城公园南门持刀砍人');
    for (const text of ['还在', '一个人流血了']) await answer(first, r.body.token, text);
    await first.dispatchWorker.runOnce();
    const revisions = await outboxRevisions(first, r.body.incidentId);
    expect(revisions.length).toBeGreaterThanOrEqual(3);
    const rows = await first.db.reader.outboxDelivery.findMany({ where: { incidentId: r.body.incidentId } });
    // None was delivered; the updates queued behind the refused head are settled as superseded but the newest.
    expect(rows.filter((d) => d.supersededBy === null).every((d) => d.deliveredAt === null)).toBe(true);
    expect(rows.filter((d) => d.supersededBy !== null).every((d) => d.attempts === 0)).toBe(true);
    // Only the head (revision 1) was tried: the later revisions wait behind it.
    expect(rows.filter((d) => d.attempts > 0).map((d) => d.revision)).toEqual([1]);
    expect(rows.find((d) => d.revision === 1)!.lastError).toMatch(/connection failed \(ECONNREFUSED\)/);
    await first.stop();

    const rx = await Receiver.start(() => 200, port);
    cleanup.push(() => rx.close());
    clock.advance(5);
    const second = await dispatchGateway(env, { dir, clock });
    cleanup.push(() => second.stop());
    await second.start();
    // Revision 1 was tried (it stays); of the updates queued behind it only the newest is sent: each revision
    // is a whole snapshot (dispatch/README.md). Nothing else is left out.
    const sent = await sentRevisions(second, r.body.incidentId);
    expect(sent.length).toBeLessThan(revisions.length);
    expect(sent[0]).toEqual(revisions[0]);
    expect(sent.at(-1)).toEqual(revisions.at(-1));
    await rx.until(() => rx.processed.length === sent.length);

    expect(rx.processed).toEqual(sent.map((x) => `${r.body.incidentId}:${x.revision}`));
    expect(rx.requests).toHaveLength(sent.length);
    expect(rx.requests.map((q) => q.event)).toEqual(sent.map((x) => x.event));
    for (const q of rx.requests)
      expect(receiverVerifies(SECRET, q.raw, q.headers['x-intake-signature'] as string)).toBe(true);
    await second.dispatchWorker.idle();
    const items = await second.db.reader.outboxItem.findMany({ where: { incidentId: r.body.incidentId } });
    expect(items.every((i) => i.deliveredAt !== null)).toBe(true);
  });

  it('a claim left by a run killed mid-delivery is due again at the next start, not only when its lease runs out', async () => {
    const port = await freePort();
    const env = { DISPATCH_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, DISPATCH_WEBHOOK_SECRET: SECRET };
    const dir = tempDir();
    const clock = new TestClock();
    const first = await dispatchGateway(env, { dir, clock });
    // Stop the worker first, so the claim below is the only one: as if the process died right after claiming.
    await first.dispatchWorker.stop();
    const r = await report(first, 'there is a fire on the 3rd floor of 8 King Street');
    const claimed = await first.outbox.claimDue(clock.now(), {
      targets: ['webhook'],
      limit: 10,
      leaseMs: 60_000,
      claimId: 'dead-worker',
    });
    expect(claimed.map((c) => c.incidentId)).toEqual([r.body.incidentId]);
    await first.stop();

    const rx = await Receiver.start(() => 200, port);
    cleanup.push(() => rx.close());
    const second = await dispatchGateway(env, { dir, clock });
    cleanup.push(() => second.stop());
    // SQLite: one process owns the file, so a start releases every old claim. PostgreSQL: several processes may
    // share the database, and a start takes only the claims of owners no longer alive (their session advisory
    // lock is free; a live process keeps its own: tests/store/ports.contract.test.ts). Either way the dead run's
    // delivery goes out now, not after its one-minute lease; the clock does not move.
    await second.start();
    await rx.until(() => rx.processed.length === 1);
    expect(rx.processed).toEqual([`${r.body.incidentId}:1`]);
  });

  it('one incident stuck on a refusing receiver does not hold back another incident', async () => {
    // The receiver refuses everything about the Chinese report and accepts the English one.
    const rx = await Receiver.start(({ body }) => (body.incident.language === 'zh-CN' ? 500 : 200));
    cleanup.push(() => rx.close());
    const gw = await dispatchGateway({ DISPATCH_WEBHOOK_URL: rx.url(), DISPATCH_WEBHOOK_SECRET: SECRET });
    cleanup.push(() => gw.stop());

    const a = await report(gw, '有人在环城公园南门持刀砍人');
    const b = await report(gw, 'there is a fire on the 3rd floor of 8 King Street');
    await answer(gw, a.body.token, '还在');
    await answer(gw, b.body.token, 'yes, 2 people are trapped');
    await gw.dispatchWorker.idle();
    const bRevisions = await outboxRevisions(gw, b.body.incidentId);
    expect(bRevisions.length).toBeGreaterThanOrEqual(2);
    expect((await outboxRevisions(gw, a.body.incidentId)).length).toBeGreaterThanOrEqual(2);
    await retryUntil(gw, () => rx.requests.filter((q) => q.incidentId === a.body.incidentId).length >= 3, 5);

    expect(rx.processed).toEqual(bRevisions.map((x) => `${b.body.incidentId}:${x.revision}`));
    // Incident A: only its revision 1, again and again; revision 2 waits behind it.
    const aRequests = rx.requests.filter((q) => q.incidentId === a.body.incidentId);
    expect(new Set(aRequests.map((q) => q.revision))).toEqual(new Set([1]));
  });

  it('with no target configured, items stay queued (start log says so) and are delivered once a target is configured', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const logs = new LogCapture();
    const off = await dispatchGateway({}, { dir, clock, logs });
    await off.start();
    const r = await report(off, 'there is a fire on the 3rd floor of 8 King Street');
    off.clock.advance(120);
    await off.dispatchWorker.runOnce();
    expect(await off.db.reader.outboxDelivery.count()).toBe(0);
    const items = await off.db.reader.outboxItem.findMany();
    expect(items).toHaveLength(1);
    expect(items[0]!.deliveredAt).toBeNull();
    expect(logs.text).toContain(
      'dispatch targets off: outbox items are kept and delivered once a target is configured',
    );
    expect(logs.text).toContain('DISPATCH_WEBHOOK_URL is unset');
    // No alert without a target: there is nobody to deliver to (the API and console show the incident).
    const view = await request(off.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(view.body.attention).toBeNull();
    await off.stop();

    const rx = await Receiver.start();
    cleanup.push(() => rx.close());
    const on = await dispatchGateway(
      { DISPATCH_WEBHOOK_URL: rx.url(), DISPATCH_WEBHOOK_SECRET: SECRET },
      { dir, clock },
    );
    cleanup.push(() => on.stop());
    await on.start();
    await rx.until(() => rx.processed.length === 1);
    expect(rx.processed).toEqual([`${r.body.incidentId}:1`]);
  });

  it('undelivered for over 60 s raises one alert: metric, error log without secrets, audit event and incident attention', async () => {
    const port = await freePort();
    const urlToken = 'url-token-7Hq2Zp9w';
    const logs = new LogCapture();
    const gw = await dispatchGateway(
      {
        DISPATCH_WEBHOOK_URL: `http://127.0.0.1:${port}/hook?token=${urlToken}`,
        DISPATCH_WEBHOOK_SECRET: SECRET,
        METRICS_TOKEN: 'metrics-token-4Rf8',
      },
      { logs },
    );
    cleanup.push(() => gw.stop());
    const r = await report(gw, '有人在环城公园南门持刀砍人');
    await gw.dispatchWorker.runOnce();
    gw.clock.advance(30);
    await gw.dispatchWorker.runOnce();
    let view = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(view.body.attention).toBeNull();

    gw.clock.advance(31);
    await gw.dispatchWorker.runOnce();
    view = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(view.body.attention).toMatch(
      /dispatch not delivered: webhook has not accepted revision 1 \(early_dispatch\)/,
    );
    const audit = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/events`).set(auth);
    const alerts = audit.body.events.filter((e: { type: string }) => e.type === 'dispatch_alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].data).toMatchObject({ target: 'webhook', revision: 1, event: 'early_dispatch', ageS: 61 });

    const metrics = await request(gw.app).get('/metrics').set('Authorization', 'Bearer metrics-token-4Rf8');
    expect(metrics.text).toMatch(/intake_dispatch_alerts_total\{target="webhook"\} 1/);
    expect(metrics.text).toMatch(/intake_dispatch_oldest_undelivered_seconds\{target="webhook"\} 61/);
    expect(metrics.text).toMatch(/intake_dispatch_deliveries_total\{target="webhook",outcome="failed"\} [2-9]/);

    const alertLine = logs.lines.find((l) => l.includes('DISPATCH ALERT'));
    expect(alertLine).toBeDefined();
    expect(JSON.parse(alertLine!)).toMatchObject({ level: 50, incidentId: r.body.incidentId, target: 'webhook' });

    // One alert per delivery, not one per poll.
    gw.clock.advance(60);
    await gw.dispatchWorker.runOnce();
    expect(logs.lines.filter((l) => l.includes('DISPATCH ALERT'))).toHaveLength(1);

    // No secret anywhere: logs, stored errors, audit trail.
    const stored = JSON.stringify([
      await gw.db.reader.outboxDelivery.findMany(),
      await gw.db.reader.outboxItem.findMany({ select: { lastError: true } }),
      audit.body,
      view.body.attention,
    ]);
    for (const secret of [SECRET, urlToken]) {
      expect(logs.text).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  });

  it('backs off exponentially with jitter, capped at 30 s, and never gives up', () => {
    const low = [0, 1, 2, 3, 4, 5, 6, 50].map((a) => dispatchBackoffMs(a, 30_000, () => 0));
    const high = [0, 1, 2, 3, 4, 5, 6, 50].map((a) => dispatchBackoffMs(a, 30_000, () => 1));
    expect(high).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(low).toEqual([750, 1500, 3000, 6000, 12_000, 22_500, 22_500, 22_500]);
  });
});
