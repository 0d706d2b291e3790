/**
 * Early dispatch (先期处置): a P1 with a category and a place reaches dispatch while the report is still
 * `collecting`, within about a second of the message that gave the place (kicked after commit, no polling).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from '../helpers/gateway.js';
import { Receiver, dispatchGateway, outboxRevisions } from './outbox-harness.js';

const SECRET = 'whsec_early_1a2b3c';
let rx: Receiver;
let gw: TestGateway;
const latencies: number[] = [];

beforeAll(async () => {
  rx = await Receiver.start();
  gw = await dispatchGateway({ DISPATCH_WEBHOOK_URL: rx.url(), DISPATCH_WEBHOOK_SECRET: SECRET });
  // Warm up (module loading, the first connection), so the numbers below are the steady state.
  await request(gw.app).post('/api/v1/reports').send({ text: 'there is a fire on the 3rd floor of 8 King Street' });
  await rx.until(() => rx.processed.length === 1);
});

afterAll(async () => {
  await gw.stop();
  await rx.close();
  if (latencies.length > 0) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `early_dispatch latency, message sent -> receiver has it (ms): n=${sorted.length} ` +
        `median=${median.toFixed(1)} max=${sorted[sorted.length - 1]!.toFixed(1)}`,
    );
  }
});

/** Sends `send()`, and measures until the receiver has the incident's early_dispatch. */
async function timed(send: () => Promise<{ incidentId: string }>): Promise<{ incidentId: string; ms: number }> {
  const before = rx.requests.length;
  const started = performance.now();
  const { incidentId } = await send();
  await rx.until(
    () => rx.requests.slice(before).some((q) => q.incidentId === incidentId && q.event === 'early_dispatch'),
    5000,
  );
  const q = rx.requests.slice(before).find((x) => x.incidentId === incidentId && x.event === 'early_dispatch')!;
  const ms = q.at - started;
  latencies.push(ms);
  return { incidentId, ms };
}

describe('early dispatch', () => {
  const cases: [string, string][] = [
    ['Chinese stabbing at a park gate', '有人在环城公园南门持刀砍人'],
    ['English stabbing at a street address', 'A man is stabbing people outside 5 Main Street, help'],
    ['Chinese break-in at a compound', '有人正在撬门入室，长安区韦曲街道航天城小区8号楼'],
    ['English fire at an address', 'fire! the kitchen at 22 Baker Street is burning'],
  ];
  for (const [name, text] of cases) {
    it(`a web report (${name}) reaches the receiver as early_dispatch while still collecting, within a second`, async () => {
      const { incidentId, ms } = await timed(async () => {
        const r = await request(gw.app).post('/api/v1/reports').send({ text });
        expect(r.status).toBe(201);
        expect(r.body.status).toBe('collecting');
        return { incidentId: r.body.incidentId as string };
      });
      const q = rx.requests.find((x) => x.incidentId === incidentId && x.event === 'early_dispatch')!;
      const body = JSON.parse(q.raw);
      expect(body).toMatchObject({ event: 'early_dispatch', revision: 1 });
      expect(body.incident).toMatchObject({ status: 'collecting', priority: 'P1', earlyDispatched: true });
      expect(body.incident.location.text).toBeTruthy();
      expect(body.incident.missing.length).toBeGreaterThan(0);
      // Generous bound for loaded CI machines; the measured figure is printed after the suite.
      expect(ms).toBeLessThan(3000);
    });
  }

  it('a P1 without a place is not sent; the message that gives the place triggers early_dispatch at once', async () => {
    const r = await request(gw.app).post('/api/v1/reports').send({ text: '有人在楼下砍人，快来' });
    expect(r.body.awaiting).toBe('location');
    await gw.dispatchWorker.idle();
    expect(await outboxRevisions(gw, r.body.incidentId)).toEqual([]);

    await timed(async () => {
      const m = await request(gw.app)
        .post(`/api/v1/reports/${r.body.token}/messages`)
        .send({ text: '雁塔区小寨十字东南角' });
      expect(m.body.status).toBe('collecting');
      return { incidentId: r.body.incidentId as string };
    });
    expect(await outboxRevisions(gw, r.body.incidentId)).toEqual([{ revision: 1, event: 'early_dispatch' }]);
  });

  it('later answers follow as updated revisions, in order, after the early dispatch', async () => {
    const r = await request(gw.app).post('/api/v1/reports').send({ text: '有人在环城公园南门持刀砍人' });
    await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text: '还在' });
    await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text: '一个人流血了' });
    await gw.dispatchWorker.idle();
    const got = rx.requests.filter((q) => q.incidentId === r.body.incidentId).map((q) => [q.revision, q.event]);
    // Updates still pending when a newer one is made collapse to the newest (src/dispatch/README.md): on a slow
    // machine revision 2 may be superseded before it is sent. In order, and the newest always arrives.
    expect(got[0]).toEqual([1, 'early_dispatch']);
    const updates = got.slice(1);
    expect(updates.every(([, event]) => event === 'updated')).toBe(true);
    const revisions = updates.map(([revision]) => revision as number);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(revisions.at(-1)).toBe(3);
  });
});
