/**
 * The loop back from dispatch: status updates and dispatcher messages reach a web reporter in their own
 * language (neutral wording when covert); and the EIDO / CAP exports of the dispatch API.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestGateway } from '../helpers/gateway.js';
import { checkCap } from './cap-check.js';
import { auth, dispatchGateway, eidoErrors } from './outbox-harness.js';

let gw: TestGateway;
beforeEach(async () => {
  gw = await dispatchGateway({ AGENCY_ID: 'psap.xa.example.cn', AGENCY_NAME: '110' });
});
afterEach(async () => {
  await gw.stop();
});

const report = (text: string) => request(gw.app).post('/api/v1/reports').send({ text });
const setStatus = (id: string, status: string, note?: string) =>
  request(gw.app)
    .post(`/api/v1/incidents/${id}/status`)
    .set(auth)
    .send({ status, ...(note ? { note } : {}) });
const tell = (id: string, text: string) =>
  request(gw.app).post(`/api/v1/incidents/${id}/messages`).set(auth).send({ text });

/** What the reporter's own page shows after `since` messages: the texts sent to them. */
async function newOut(token: string, since: number): Promise<string[]> {
  const page = await request(gw.app).get(`/api/v1/reports/${token}`);
  expect(page.status).toBe(200);
  return (page.body.messages as { direction: string; text: string }[])
    .slice(since)
    .filter((m) => m.direction === 'out')
    .map((m) => m.text);
}

async function messageCount(token: string): Promise<number> {
  return ((await request(gw.app).get(`/api/v1/reports/${token}`)).body.messages as unknown[]).length;
}

describe('closed loop: dispatch -> reporter', () => {
  it('an English web reporter is told each status and the dispatcher text in English', async () => {
    const r = await report('Someone stole my laptop from my car at 5 Main Street');
    const before = await messageCount(r.body.token);

    expect((await setStatus(r.body.incidentId, 'acknowledged')).status).toBe(200);
    expect((await setStatus(r.body.incidentId, 'dispatched', 'unit 12')).body.status).toBe('dispatched');
    expect((await tell(r.body.incidentId, 'Officers will arrive in 10 minutes. Please stay nearby.')).status).toBe(202);
    await setStatus(r.body.incidentId, 'on_scene');
    await setStatus(r.body.incidentId, 'resolved');

    const out = await newOut(r.body.token, before);
    expect(out).toEqual([
      'Police have received your report.',
      expect.stringMatching(/^Police are on the way\..*Note: unit 12/),
      '110: Officers will arrive in 10 minutes. Please stay nearby.',
      'Police have arrived.',
      'Your report is closed. Thank you.',
    ]);
    expect(out.join('\n')).not.toMatch(/[\u4e00-\u9fff]/);
    const page = await request(gw.app).get(`/api/v1/reports/${r.body.token}`);
    expect(page.body.status).toBe('resolved');
  });

  it('a Chinese web reporter is told in Chinese', async () => {
    const r = await report('我的电动车被偷了，在碑林区南大街12号楼下');
    const before = await messageCount(r.body.token);
    await setStatus(r.body.incidentId, 'dispatched');
    await tell(r.body.incidentId, '民警十分钟内到达，请在原地等候。');
    expect(await newOut(r.body.token, before)).toEqual([
      '民警已出发，正在赶来。',
      '110回复：民警十分钟内到达，请在原地等候。',
    ]);
  });

  it('a covert reporter gets neutral wording that does not say police are coming', async () => {
    const r = await report('someone is breaking into my house im hiding in the bathroom');
    await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text: '24 Elm Road, Apt 5B' });
    const incident = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}`).set(auth);
    expect(incident.body.covert).toBe(true);
    const before = await messageCount(r.body.token);

    await setStatus(r.body.incidentId, 'acknowledged');
    await setStatus(r.body.incidentId, 'dispatched');
    await setStatus(r.body.incidentId, 'on_scene');
    const out = await newOut(r.body.token, before);
    expect(out).toEqual(['Received.', 'It is arranged.', 'Arrived.']);
    expect(out.join(' ')).not.toMatch(/police|officer/i);
  });

  it('refuses a status dispatch may not set, and answers 404 for an unknown incident', async () => {
    const r = await report('Someone stole my laptop from my car at 5 Main Street');
    expect((await setStatus(r.body.incidentId, 'collecting')).status).toBe(400);
    expect((await setStatus('no-such-incident', 'dispatched')).status).toBe(404);
    expect((await tell('no-such-incident', 'hello')).status).toBe(404);
  });
});

describe('dispatch API exports', () => {
  it('GET /eido returns a schema-valid NENA EIDO document of the incident as it is now', async () => {
    const r = await report('有人在环城公园南门持刀砍人 <script>alert(1)</script>');
    const res = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/eido`).set(auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(eidoErrors(res.body)).toEqual([]);
    expect(res.body.incidentComponent).toMatchObject({
      internalIncidentId: r.body.incidentId,
      reportNumberType: r.body.reference,
      incidentPriorityInternalText: 'P1',
    });
    expect(res.body.lastUpdateTimeStamp).toBe(gw.clock.now().toISOString());
    expect(JSON.stringify(res.body)).toContain('psap.xa.example.cn');
  });

  it('GET /cap returns a CAP 1.2 alert that passes the structural check', async () => {
    const r = await report('有人在环城公园南门持刀砍人 <script>alert(1)</script>');
    const res = await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/cap`).set(auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/cap\+xml; charset=utf-8/);
    const xml = res.text;
    expect(checkCap(xml)).toEqual([]);
    expect(xml).toContain('<sender>psap.xa.example.cn</sender>');
    expect(xml).not.toContain('<script>');
  });

  it('the exports need the bearer token and a known incident', async () => {
    const r = await report('有人在环城公园南门持刀砍人');
    for (const format of ['eido', 'cap']) {
      expect((await request(gw.app).get(`/api/v1/incidents/${r.body.incidentId}/${format}`)).status).toBe(401);
      expect((await request(gw.app).get(`/api/v1/incidents/nope/${format}`).set(auth)).status).toBe(404);
      expect((await request(gw.app).get(`/api/v1/incidents/bad%20id/${format}`).set(auth)).status).toBe(404);
    }
  });
});
