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

describe('reports JSON API', () => {
  it('starts a report, answers in the reporter language and asks for what is missing', async () => {
    const res = await request(gw.app)
      .post('/api/v1/reports')
      .send({ text: 'Someone is breaking into the house next door' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'collecting', awaiting: 'location' });
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(res.body.reference).toMatch(/^\d{8}-[A-Z0-9]{6}$/);
    expect(res.body.replies.length).toBeGreaterThan(0);
    for (const r of res.body.replies as string[]) expect(r).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('continues the same incident through the token and shows the conversation to the reporter', async () => {
    const start = await request(gw.app).post('/api/v1/reports').send({ text: '有人在砍人' });
    expect(start.body.awaiting).toBe('location');
    const next = await request(gw.app)
      .post(`/api/v1/reports/${start.body.token}/messages`)
      .send({ text: '环城公园南门' });
    expect(next.status).toBe(200);
    expect(next.body.awaiting).not.toBe('location');
    const view = await request(gw.app).get(`/api/v1/reports/${start.body.token}`);
    expect(view.status).toBe(200);
    expect(view.body.reference).toBe(start.body.reference);
    expect(
      view.body.messages
        .filter((m: { direction: string }) => m.direction === 'in')
        .map((m: { text: string }) => m.text),
    ).toEqual(['有人在砍人', '环城公园南门']);
    const incident = await request(gw.app).get(`/api/v1/incidents/${start.body.incidentId}`).set(auth);
    expect(incident.body.elements.location).toContain('环城公园南门');
    expect(incident.body.category).toBe('violence');
    expect(incident.body.priority).toBe('P1');
    expect(incident.body.earlyDispatched).toBe(true);
  });

  it('a repeated Idempotency-Key replays the first answer and stores nothing new', async () => {
    const body = { text: 'My wallet was stolen on the bus' };
    const first = await request(gw.app).post('/api/v1/reports').set('Idempotency-Key', 'k-1').send(body);
    const second = await request(gw.app).post('/api/v1/reports').set('Idempotency-Key', 'k-1').send(body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await gw.db.reader.inboundMessage.count()).toBe(1);
    expect(await gw.db.reader.incident.count()).toBe(1);
    expect(await gw.db.reader.outboundMessage.count()).toBe(first.body.replies.length);
  });

  it('a shared location fills the location element with its coordinates', async () => {
    const res = await request(gw.app)
      .post('/api/v1/reports')
      .send({ text: 'there is a fire in my building', location: { lat: 34.2583, lon: 108.9286, accuracyM: 12 } });
    expect(res.body.awaiting).not.toBe('location');
    const incident = await request(gw.app).get(`/api/v1/incidents/${res.body.incidentId}`).set(auth);
    expect(incident.body.location).toMatchObject({ lat: 34.2583, lon: 108.9286, datum: 'WGS84' });
  });
});
