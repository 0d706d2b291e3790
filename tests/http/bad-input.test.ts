import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let token: string;
let incidentId: string;
beforeAll(async () => {
  gw = await testGateway();
  const res = await request(gw.app).post('/api/v1/reports').send({ text: 'my bike was stolen' });
  token = res.body.token;
  incidentId = res.body.incidentId;
});
afterAll(async () => {
  await gw.stop();
});

const auth = { Authorization: `Bearer ${API_TOKEN}` };
const big = 'x'.repeat(40_000);

async function counts() {
  const r = gw.db.reader;
  return [
    await r.inboundMessage.count(),
    await r.outboundMessage.count(),
    await r.incident.count(),
    await r.auditEvent.count(),
  ];
}

type Case = [name: string, send: () => request.Test, status: number];
const cases: Case[] = [
  ['report with no text and no location', () => request(gw.app).post('/api/v1/reports').send({}), 400],
  ['report with text of the wrong type', () => request(gw.app).post('/api/v1/reports').send({ text: 42 }), 400],
  [
    'report with latitude out of range',
    () =>
      request(gw.app)
        .post('/api/v1/reports')
        .send({ text: 'x', location: { lat: 91, lon: 0 } }),
    400,
  ],
  [
    'report with an unknown language',
    () => request(gw.app).post('/api/v1/reports').send({ text: 'x', language: 'fr' }),
    400,
  ],
  [
    'report with a contact that is not a phone',
    () => request(gw.app).post('/api/v1/reports').send({ text: 'x', contact: '<script>' }),
    400,
  ],
  [
    'report with malformed JSON',
    () => request(gw.app).post('/api/v1/reports').set('Content-Type', 'application/json').send('{"text":'),
    400,
  ],
  ['report with an oversized body', () => request(gw.app).post('/api/v1/reports').send({ text: big }), 413],
  [
    'report with a text over 2000 characters',
    () =>
      request(gw.app)
        .post('/api/v1/reports')
        .send({ text: 'x'.repeat(2001) }),
    400,
  ],
  [
    'report with a bad Idempotency-Key',
    () => request(gw.app).post('/api/v1/reports').set('Idempotency-Key', 'a b').send({ text: 'x' }),
    400,
  ],
  [
    'message to an unknown token',
    () => request(gw.app).post('/api/v1/reports/AAAAAAAAAAAAAAAAAAAAAAAA/messages').send({ text: 'x' }),
    404,
  ],
  [
    'message with a token of bad shape',
    () => request(gw.app).post('/api/v1/reports/..%2F..%2Fetc/messages').send({ text: 'x' }),
    404,
  ],
  ['empty message', () => request(gw.app).post(`/api/v1/reports/${token}/messages`).send({ text: '   ' }), 400],
  ['oversized message', () => request(gw.app).post(`/api/v1/reports/${token}/messages`).send({ text: big }), 413],
  ['form post with no text', () => request(gw.app).post('/report').type('form').send({ text: '' }), 400],
  [
    'form post with a bad latitude',
    () => request(gw.app).post('/report').type('form').send({ text: 'x', lat: 'abc', lon: '1' }),
    400,
  ],
  ['form post with an oversized body', () => request(gw.app).post('/report').type('form').send({ text: big }), 413],
  [
    'form reply to an unknown token',
    () => request(gw.app).post('/report/AAAAAAAAAAAAAAAAAAAAAAAA').type('form').send({ text: 'x' }),
    404,
  ],
  ['dispatch list without a token', () => request(gw.app).get('/api/v1/incidents'), 401],
  [
    'dispatch list with a wrong token',
    () => request(gw.app).get('/api/v1/incidents').set({ Authorization: 'Bearer nope' }),
    401,
  ],
  ['dispatch list with a bad priority', () => request(gw.app).get('/api/v1/incidents?priority=P9').set(auth), 400],
  ['dispatch list with a bad since', () => request(gw.app).get('/api/v1/incidents?since=yesterday').set(auth), 400],
  [
    'dispatch status that does not exist',
    () => request(gw.app).post(`/api/v1/incidents/${incidentId}/status`).set(auth).send({ status: 'done' }),
    400,
  ],
  [
    'dispatch status for an unknown incident',
    () => request(gw.app).post('/api/v1/incidents/nope/status').set(auth).send({ status: 'dispatched' }),
    404,
  ],
  [
    'dispatch message with no text',
    () => request(gw.app).post(`/api/v1/incidents/${incidentId}/messages`).set(auth).send({ text: '' }),
    400,
  ],
  [
    'dispatch message without a token',
    () => request(gw.app).post(`/api/v1/incidents/${incidentId}/messages`).send({ text: 'hi' }),
    401,
  ],
  ['events without a token', () => request(gw.app).get('/api/v1/events'), 401],
  ['an unknown route', () => request(gw.app).get('/nope'), 404],
];

describe('bad input gets a clear 4xx and changes nothing', () => {
  it.each(cases)('%s', async (_name, send, status) => {
    const before = await counts();
    const res = await send();
    expect(res.status).toBe(status);
    if (res.type === 'application/json') expect(res.body.error.message).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it('keeps answering after all of it', async () => {
    const res = await request(gw.app).post('/api/v1/reports').send({ text: 'still there?' });
    expect(res.status).toBe(201);
    expect((await request(gw.app).get('/healthz')).status).toBe(200);
  });
});
