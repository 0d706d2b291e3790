import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeEach(async () => {
  gw = await testGateway();
});
afterEach(async () => {
  await gw.stop();
});

const auth = { Authorization: `Bearer ${API_TOKEN}` };
const report = (text: string, extra: Record<string, unknown> = {}) =>
  request(gw.app)
    .post('/api/v1/reports')
    .send({ text, ...extra });

describe('dispatch API', () => {
  it('lists incidents most urgent first and filters by priority, status and channel', async () => {
    const theft = await report('my bike was stolen yesterday from 12 Park Road');
    const stabbing = await report('有人在环城公园南门捅人');
    const list = await request(gw.app).get('/api/v1/incidents').set(auth);
    expect(list.status).toBe(200);
    expect(list.body.incidents.map((i: { id: string }) => i.id)).toEqual([
      stabbing.body.incidentId,
      theft.body.incidentId,
    ]);
    const p1 = await request(gw.app).get('/api/v1/incidents?priority=P1').set(auth);
    expect(p1.body.incidents.map((i: { id: string }) => i.id)).toEqual([stabbing.body.incidentId]);
    const web = await request(gw.app).get('/api/v1/incidents?channel=web&status=collecting,ready').set(auth);
    expect(web.body.incidents).toHaveLength(2);
    const none = await request(gw.app).get('/api/v1/incidents?channel=sms').set(auth);
    expect(none.body.incidents).toHaveLength(0);
  });

  it('shows one incident with elements, missing, awaiting, transcript and reasons', async () => {
    const r = await report('我在雁塔区小寨十字东南角，两个男的拿着刀在打架，有一个人流血了');
    const res = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(res.status).toBe(200);
    const i = res.body;
    expect(i).toMatchObject({
      id: r.body.incidentId,
      reference: r.body.reference,
      channel: 'web',
      status: 'collecting',
    });
    expect(i.category).toBe('violence');
    expect(i.priority).toBe('P1');
    expect(i.elements.location).toContain('小寨十字');
    expect(i.elements.weapons).toBeDefined();
    expect(i.missing).not.toContain('location');
    expect(i.missing).not.toContain('weapons');
    expect(i.awaiting === null || i.missing.includes(i.awaiting)).toBe(true);
    expect(i.reasons.length).toBeGreaterThan(0);
    expect(i.reasons[0]).toEqual({ rule: expect.any(String), matched: expect.any(String), effect: expect.any(String) });
    expect(i.transcript[0]).toMatchObject({ direction: 'in', channel: 'web' });
    expect(i.transcript.some((t: { direction: string }) => t.direction === 'out')).toBe(true);
    expect(i.links).toEqual({ clusterId: null, related: [] });
    expect(typeof i.revision).toBe('number');
  });

  it('a status update and a dispatcher message reach the reporter in their language', async () => {
    const r = await report('Someone stole my laptop from my car at 5 Main Street');
    const status = await request(gw.app)
      .post(`/api/v1/incidents/${r.body.incidentId}/status`)
      .set(auth)
      .send({ status: 'dispatched', note: 'unit 12' });
    expect(status.status).toBe(200);
    expect(status.body.status).toBe('dispatched');
    const msg = await request(gw.app)
      .post(`/api/v1/incidents/${r.body.incidentId}/messages`)
      .set(auth)
      .send({ text: 'Officers will arrive in 10 minutes. Please stay nearby.' });
    expect(msg.status).toBe(202);
    const page = await request(gw.app).get(`/api/v1/reports/${r.body.token}`);
    const out = page.body.messages
      .filter((m: { direction: string }) => m.direction === 'out')
      .map((m: { text: string }) => m.text);
    expect(out.join('\n')).toContain('Officers will arrive in 10 minutes');
    expect(out.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(page.body.status).toBe('dispatched');
    const html = await request(gw.app).get(`/report/${r.body.token}`);
    expect(html.text).toContain('Officers will arrive in 10 minutes');
    const audit = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/events`).set(auth);
    expect(audit.body.events.map((e: { type: string }) => e.type)).toContain('status_changed');
  });

  it('streams every committed change as a server-sent event', async () => {
    const server = await gw.start();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const controller = new AbortController();
    const res = await fetch(`${base}/api/v1/events`, { headers: auth, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const created = await report('there is a fire on the 3rd floor of 8 King Street');
    let text = '';
    while (!text.includes(created.body.incidentId)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: incident');
    const data = JSON.parse(/data: (.*)/.exec(text)![1]!);
    expect(data).toMatchObject({ incidentId: created.body.incidentId, priority: 'P1' });
  });

  it('answers 401 to everyone while DISPATCH_API_TOKEN is unset', async () => {
    const off = await testGateway({ DISPATCH_API_TOKEN: '' });
    try {
      const res = await request(off.app).get('/api/v1/incidents').set({ Authorization: 'Bearer ' });
      expect(res.status).toBe(401);
    } finally {
      await off.stop();
    }
  });
});
