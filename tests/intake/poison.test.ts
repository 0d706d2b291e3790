/**
 * Poison messages cannot stop intake: the question flow runs on a worker thread with a time budget; a
 * message whose step never finishes is stopped, quarantined (kept, shown to dispatch with the reason,
 * `attention` set, the reporter told to call 110) and never processed again, while everyone else is answered.
 * The worker here is the real runner with a test flow module whose step spins forever on a marker.
 */
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StepFailed } from '../../src/core/errors.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { initialState } from '../../src/core/flow/engine.js';
import { render } from '../../src/core/flow/templates.js';
import { WorkerStepRunner } from '../../src/runtime/worker-runner.js';
import { API_TOKEN, testGateway, tempDir, type TestGateway } from '../helpers/gateway.js';
import { POISON_MARK } from '../helpers/poison.js';

const BUDGET_MS = 400;
const auth = { Authorization: `Bearer ${API_TOKEN}` };
let runner: WorkerStepRunner;

beforeAll(async () => {
  runner = new WorkerStepRunner(defaultFlow, {
    budgetMs: BUDGET_MS,
    module: new URL('../helpers/hanging-step-worker.ts', import.meta.url).href,
  });
  await runner.whenReady();
});
afterAll(async () => {
  await runner.close();
});

const open: TestGateway[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.stop();
});

async function gateway(dir = tempDir()): Promise<TestGateway> {
  // A previous test stopped the worker: the poison must reach a worker thread, not the main-thread stand-in.
  await runner.whenReady();
  const gw = await testGateway({}, { dir, stepRunner: runner });
  open.push(gw);
  return gw;
}

const ctx = {
  now: '2026-11-29T10:00:00.000Z',
  settings: { nudgeAfterS: 90, escalateAfterS: 180, inactiveAfterMin: 30, agencyName: '110' },
};
const fresh = () => initialState({ lang: 'zh-CN', channelHasPhone: true, now: ctx.now });

describe('the flow worker stops a step that runs over its budget', () => {
  it('rejects the step as a timeout within the budget, then takes the next step on a new thread', async () => {
    await runner.whenReady();
    const started = Date.now();
    await expect(
      runner.step(fresh(), { kind: 'message', text: `有人打架 ${POISON_MARK}`, at: ctx.now }, ctx),
    ).rejects.toBeInstanceOf(StepFailed);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 1500);
    const next = await runner.step(fresh(), { kind: 'message', text: '有人打架', at: ctx.now }, ctx);
    expect(next.state.category).toBe('violence');
    expect(runner.stats.timeouts).toBeGreaterThanOrEqual(1);
  });

  it('steps queued behind a stopped one are not charged for the wait, nor for the new thread loading', async () => {
    await runner.whenReady();
    const poison = runner.step(fresh(), { kind: 'message', text: POISON_MARK, at: ctx.now }, ctx);
    const after = Array.from({ length: 5 }, (_, i) =>
      runner.step(fresh(), { kind: 'message', text: `my bike was stolen ${i}`, at: ctx.now }, ctx),
    );
    await expect(poison).rejects.toMatchObject({ reason: 'timeout' });
    const results = await Promise.all(after);
    expect(results.every((r) => r.state.category === 'theft')).toBe(true);
  });
});

describe('a poison message is quarantined and never blocks the others', () => {
  it('is kept and shown to dispatch, the reporter is told to call 110, and other reporters are answered meanwhile', async () => {
    const gw = await gateway();
    let otherMs = 0;
    const [poisoned, other] = await Promise.all([
      request(gw.app)
        .post('/api/v1/reports')
        .send({ text: `我在小寨十字 ${POISON_MARK}` }),
      (async () => {
        await new Promise((r) => setTimeout(r, 50));
        const t0 = Date.now();
        const res = await request(gw.app).post('/api/v1/reports').send({ text: '环城公园南门有人拿刀砍人' });
        otherMs = Date.now() - t0;
        return res;
      })(),
    ]);
    // Queued behind the poison step at most for its budget, not for the new thread loading.
    expect(otherMs).toBeLessThan(BUDGET_MS + 3000);
    expect(other.status).toBe(201);
    expect(other.body.status).toBe('collecting');
    expect(other.body.replies.length).toBeGreaterThan(0);

    // Acknowledged honestly: stored, but not processed, so "call 110".
    expect(poisoned.status).toBe(201);
    expect(poisoned.body.replies).toEqual([render('quarantined', 'zh-CN')]);
    const incident = await request(gw.app).get(`/api/v1/incidents/${poisoned.body.incidentId}`).set(auth);
    expect(incident.status).toBe(200);
    expect(incident.body.attention).toMatch(/could not be processed/);
    expect(incident.body.attention).toMatch(/time budget/);
    expect(incident.body.transcript.map((t: { text: string }) => t.text)).toContain(`我在小寨十字 ${POISON_MARK}`);
    const events = await request(gw.app).get(`/api/v1/incidents/${poisoned.body.incidentId}/events`).set(auth);
    expect(events.body.events.map((e: { type: string }) => e.type)).toContain('quarantined');
    const row = await gw.db.reader.inboundMessage.findFirstOrThrow({ where: { incidentId: poisoned.body.incidentId } });
    expect(row.quarantinedAt).not.toBeNull();
    expect(row.processedAt).not.toBeNull();

    // A retry of the same request replays the same answer; nothing is processed again.
    const metrics = gw.metrics.intakeProblems;
    const before = (await metrics.get()).values.find((v) => v.labels.kind === 'quarantined')?.value ?? 0;
    expect(before).toBe(1);
  });

  it('the reporter can go on: the next message of the same report is processed normally', async () => {
    const gw = await gateway();
    const first = await request(gw.app)
      .post('/api/v1/reports')
      .send({ text: `有人 ${POISON_MARK}` });
    expect(first.body.replies).toEqual([render('quarantined', 'zh-CN')]);
    const next = await request(gw.app)
      .post(`/api/v1/reports/${first.body.token}/messages`)
      .send({ text: '环城公园南门有人拿刀砍人' });
    expect(next.status).toBe(200);
    const view = await request(gw.app).get(`/api/v1/incidents/${first.body.incidentId}`).set(auth);
    expect(view.body.category).toBe('violence');
    expect(view.body.earlyDispatched).toBe(true);
    expect(view.body.attention).toMatch(/could not be processed/);
  });
});

describe('restarting with a poison message in the database', () => {
  it('listens at once, answers new reports while recovery runs, and quarantines the poison message', async () => {
    const dir = tempDir();
    const first = await gateway(dir);
    // Stored, then the process died before the flow ran (a crash, or the freeze this test is about).
    const stored = await first.store.storeInbound({
      channel: 'web',
      providerMessageId: 'poison-1',
      sender: 'web-poisoned-reporter',
      text: `交易单号4200001234567890123456789012 ${POISON_MARK}`,
      receivedAt: first.clock.now(),
    });
    expect(stored.kind).toBe('new');
    await open.pop()!.stop();

    await runner.whenReady();
    const second = await testGateway({ HOST: '127.0.0.1', PORT: '0' }, { dir, stepRunner: runner });
    open.push(second);
    const t0 = Date.now();
    const server = await second.start();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const report = await fetch(`${base}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'someone is breaking into my car at 42 Elm Street' }),
    });
    expect(report.status).toBe(201);

    expect(await second.recovering).toBe(1);
    const row = await second.db.reader.inboundMessage.findFirstOrThrow({ where: { providerMessageId: 'poison-1' } });
    expect(row.quarantinedAt).not.toBeNull();
    expect(row.quarantineReason).toMatch(/time budget/);
    const incident = await second.reports.incident(row.incidentId!);
    expect(incident?.attention).toMatch(/could not be processed/);
    // Not answered in a request: the "call 110" notice is queued for the reporter's channel.
    const notices = await second.db.reader.outboundMessage.findMany({ where: { incidentId: row.incidentId! } });
    expect(notices.map((n) => [n.kind, n.text])).toEqual([['notice', render('quarantined', 'zh-CN')]]);
  });

  it('a message one recovery died on (the process killed meanwhile) is processed normally at the next start', async () => {
    // The flow on the test's own thread: this is about counting recoveries, not about the worker's budget.
    const dir = tempDir();
    const first = await testGateway({}, { dir });
    open.push(first);
    const stored = await first.store.storeInbound({
      channel: 'web',
      providerMessageId: 'died-once-1',
      sender: 'web-died-once',
      text: '我家楼下有人打架',
      receivedAt: first.clock.now(),
    });
    if (stored.kind !== 'new') throw new Error('expected a new message');
    await first.store.countAttempt(stored.inboundId);
    await open.pop()!.stop();

    const second = await testGateway({}, { dir });
    open.push(second);
    await second.start();
    expect(await second.recovering).toBe(1);
    const row = await second.db.reader.inboundMessage.findFirstOrThrow({ where: { providerMessageId: 'died-once-1' } });
    expect(row.quarantineReason).toBeNull();
    const incident = await second.reports.incident(row.incidentId!);
    expect(incident?.category).not.toBeNull();
    expect(incident?.attention).toBeNull();
  });

  it('a message three recoveries died on is quarantined without running it again', async () => {
    const dir = tempDir();
    const first = await gateway(dir);
    const stored = await first.store.storeInbound({
      channel: 'web',
      providerMessageId: 'died-on-1',
      sender: 'web-died-on',
      text: '我家楼下有人打架',
      receivedAt: first.clock.now(),
    });
    if (stored.kind !== 'new') throw new Error('expected a new message');
    // Three recoveries counted their attempt and then the process died each time.
    for (const n of [1, 2, 3]) expect(await first.store.countAttempt(stored.inboundId)).toBe(n);
    await open.pop()!.stop();

    const second = await gateway(dir);
    await second.start();
    expect(await second.recovering).toBe(1);
    const row = await second.db.reader.inboundMessage.findFirstOrThrow({ where: { providerMessageId: 'died-on-1' } });
    expect(row.quarantineReason).toMatch(/previous start-up recoveries/);
    const incident = await second.reports.incident(row.incidentId!);
    expect(incident?.category).toBeNull();
    expect(incident?.attention).toMatch(/could not be processed/);
  });
});
