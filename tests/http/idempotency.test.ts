/**
 * Idempotency keys and form nonces belong to one caller: a retry from the same caller with the same body
 * replays the first answer; the same key with a different body is a 409; a key sent by anyone else is just
 * another key — it never returns another reporter's incident or page token, and a squatted key never makes a
 * genuine report answer "recorded" while storing nothing. Client addresses are simulated with
 * X-Forwarded-For (TRUST_PROXY=loopback: supertest connects from loopback), as behind a reverse proxy.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await testGateway({ TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await gw.stop();
});

const auth = { Authorization: `Bearer ${API_TOKEN}` };
const newReport = (ip: string, key: string, text: string) =>
  request(gw.app).post('/api/v1/reports').set('X-Forwarded-For', ip).set('Idempotency-Key', key).send({ text });

async function transcriptOf(incidentId: string): Promise<string[]> {
  const res = await request(gw.app).get(`/api/v1/incidents/${incidentId}`).set(auth);
  return (res.body.transcript as { direction: string; text: string }[])
    .filter((t) => t.direction === 'in')
    .map((t) => t.text);
}

describe('Idempotency-Key on new reports', () => {
  it('a retry with the same key and body from the same caller replays the first answer (200)', async () => {
    const first = await newReport('198.51.100.1', 'retry-1', 'my bike was stolen outside the library');
    expect(first.status).toBe(201);
    const again = await newReport('198.51.100.1', 'retry-1', 'my bike was stolen outside the library');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await gw.db.reader.inboundMessage.count({ where: { incidentId: first.body.incidentId } })).toBe(1);
  });

  it('the same key with a different body is a 409 and stores nothing', async () => {
    const first = await newReport('198.51.100.2', 'conflict-1', 'someone stole my phone');
    expect(first.status).toBe(201);
    const before = await gw.db.reader.inboundMessage.count();
    const other = await newReport('198.51.100.2', 'conflict-1', 'actually it was my wallet');
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_conflict');
    expect(other.body.token).toBeUndefined();
    expect(await gw.db.reader.inboundMessage.count()).toBe(before);
  });

  it("another caller's key never returns that reporter's incident or token", async () => {
    const victim = await newReport('198.51.100.3', 'victim-key', '我被家暴了，在幸福小区3号楼');
    expect(victim.status).toBe(201);
    // The attacker knows the key and even the text.
    const attacker = await newReport('203.0.113.66', 'victim-key', '我被家暴了，在幸福小区3号楼');
    expect(attacker.status).toBe(201);
    expect(attacker.body.token).not.toBe(victim.body.token);
    expect(attacker.body.incidentId).not.toBe(victim.body.incidentId);
    // And the victim's page stays theirs.
    const page = await request(gw.app).get(`/api/v1/reports/${attacker.body.token}`);
    expect(JSON.stringify(page.body)).not.toContain(victim.body.reference);
  });

  it('a squatted key does not swallow a genuine report: its text is stored and answered', async () => {
    const squatter = await newReport('203.0.113.77', 'predictable-1', 'test');
    expect(squatter.status).toBe(201);
    const genuine = await newReport('198.51.100.4', 'predictable-1', 'someone is breaking into my car on Park Road');
    expect(genuine.status).toBe(201);
    expect(genuine.body.incidentId).not.toBe(squatter.body.incidentId);
    expect(await transcriptOf(genuine.body.incidentId)).toEqual(['someone is breaking into my car on Park Road']);
  });
});

describe('Idempotency-Key on messages inside a report', () => {
  it("belongs to that report: the same key on another report's token is another message", async () => {
    const a = await newReport('198.51.100.5', 'a-start', 'my bike was stolen');
    const b = await newReport('198.51.100.6', 'b-start', 'my phone was stolen');
    const sendA = await request(gw.app)
      .post(`/api/v1/reports/${a.body.token}/messages`)
      .set('Idempotency-Key', 'shared-key')
      .send({ text: '42 Elm Street' });
    expect(sendA.status).toBe(200);
    const sendB = await request(gw.app)
      .post(`/api/v1/reports/${b.body.token}/messages`)
      .set('Idempotency-Key', 'shared-key')
      .send({ text: '42 Elm Street' });
    expect(sendB.status).toBe(200);
    expect(await transcriptOf(a.body.incidentId)).toEqual(['my bike was stolen', '42 Elm Street']);
    expect(await transcriptOf(b.body.incidentId)).toEqual(['my phone was stolen', '42 Elm Street']);
    // A retry inside the same report replays and stores nothing.
    const retry = await request(gw.app)
      .post(`/api/v1/reports/${a.body.token}/messages`)
      .set('Idempotency-Key', 'shared-key')
      .send({ text: '42 Elm Street' });
    expect(retry.status).toBe(200);
    expect(retry.body.replies).toEqual(sendA.body.replies);
    expect(await transcriptOf(a.body.incidentId)).toHaveLength(2);
    // A different text under the same key in the same report is a conflict.
    const conflict = await request(gw.app)
      .post(`/api/v1/reports/${a.body.token}/messages`)
      .set('Idempotency-Key', 'shared-key')
      .send({ text: 'no wait, 44 Elm Street' });
    expect(conflict.status).toBe(409);
  });
});

describe('form nonces', () => {
  it('a double-submitted form replays; the same nonce from another address is a separate report', async () => {
    const form = { text: '有人在小区门口打架', nonce: 'nonce-abcdef12' };
    const first = await request(gw.app).post('/report').set('X-Forwarded-For', '198.51.100.7').type('form').send(form);
    expect(first.status).toBe(303);
    const twice = await request(gw.app).post('/report').set('X-Forwarded-For', '198.51.100.7').type('form').send(form);
    expect(twice.headers.location).toBe(first.headers.location);
    const elsewhere = await request(gw.app)
      .post('/report')
      .set('X-Forwarded-For', '203.0.113.8')
      .type('form')
      .send(form);
    expect(elsewhere.status).toBe(303);
    expect(elsewhere.headers.location).not.toBe(first.headers.location);
  });

  it('an edited text re-sent with the same nonce is kept as a new message, not refused or dropped', async () => {
    const start = await request(gw.app)
      .post('/report')
      .set('X-Forwarded-For', '198.51.100.9')
      .type('form')
      .send({ text: 'my bike was stolen', nonce: 'nonce-start-999' });
    const token = String(start.headers.location).split('/').pop()!;
    const reply = (text: string) =>
      request(gw.app).post(`/report/${token}`).type('form').send({ text, nonce: 'nonce-reply-1234' });
    expect((await reply('42 Elm Street')).status).toBe(303);
    expect((await reply('sorry, 44 Elm Street')).status).toBe(303);
    const record = await gw.reports.recordByToken(token);
    expect(await transcriptOf(record!.id)).toEqual(['my bike was stolen', '42 Elm Street', 'sorry, 44 Elm Street']);
  });
});
