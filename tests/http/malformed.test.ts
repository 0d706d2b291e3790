/**
 * Malformed text is refused cleanly: a lone UTF-16 surrogate or a control character (other than line breaks
 * and tabs) from a direct client (JSON API, web form) gets a 400 with a clear error and nothing is stored —
 * not a 500, and never a failed database write that would drag other reporters' commits down with it. A text a
 * provider already accepted from a phone (SMS) is stored with the control characters removed instead:
 * refusing it would drop a possibly genuine report.
 */
import { onPostgres } from '../helpers/database.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGateway, type TestGateway } from '../helpers/gateway.js';
import { smsEnv, textSms, twimlTexts } from '../channels/twilio-sms/fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await testGateway({ ...smsEnv, NEW_REPORTS_PER_IP_PER_10MIN: '100000' });
});
afterAll(async () => {
  await gw.stop();
});

const rawJson = (path: string, body: string) =>
  request(gw.app).post(path).set('Content-Type', 'application/json').send(body);

describe('the JSON API', () => {
  const cases: [string, string][] = [
    ['a lone high surrogate', '{"text":"help \\ud800 me"}'],
    ['a lone low surrogate', '{"text":"\\udc00 someone is here"}'],
    ['a NUL character', '{"text":"knife\\u0000fight"}'],
    ['a bell and an escape', '{"text":"\\u0007\\u001b[31m fight"}'],
    ['a C1 control', '{"text":"fight \\u0085 now"}'],
  ];
  for (const [name, body] of cases) {
    it(`refuses ${name} with 400 invalid_text and stores nothing`, async () => {
      const before = await gw.db.reader.inboundMessage.count();
      const res = await rawJson('/api/v1/reports', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_text');
      expect(await gw.db.reader.inboundMessage.count()).toBe(before);
    });
  }

  it('keeps line breaks, tabs and every script', async () => {
    const res = await rawJson('/api/v1/reports', '{"text":"有人打架\\n\\tat 5th Ave 🚨 Ελλάδα"}');
    expect(res.status).toBe(201);
  });

  it('refuses it inside an open report too', async () => {
    const start = await rawJson('/api/v1/reports', '{"text":"my bike was stolen"}');
    const res = await rawJson(`/api/v1/reports/${start.body.token}/messages`, '{"text":"\\ud83d"}');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_text');
  });

  it('bad requests do not degrade the commits of good ones sent at the same time', async () => {
    const committer = gw.db.sql;
    const commitsBefore = committer.stats.commits;
    const jobsBefore = committer.stats.jobs;
    const bad = Array.from({ length: 150 }, (_, i) => rawJson('/api/v1/reports', `{"text":"x ${i} \\ud800"}`));
    const good = Array.from({ length: 150 }, (_, i) =>
      rawJson('/api/v1/reports', `{"text":"my bike was stolen ${i}"}`),
    );
    const results = await Promise.all([...bad, ...good]);
    expect(results.slice(0, 150).every((r) => r.status === 400)).toBe(true);
    expect(results.slice(150).every((r) => r.status === 201)).toBe(true);
    const commits = committer.stats.commits - commitsBefore;
    const jobs = committer.stats.jobs - jobsBefore;
    expect(jobs).toBeGreaterThanOrEqual(300); // two jobs per good message (store, then process)
    // With SQLite they share group commits; PostgreSQL commits each job on its own.
    if (!onPostgres) expect(commits).toBeLessThan(jobs / 3);
    expect(committer.stats.failedJobs).toBe(0);
  });
});

describe('the web form', () => {
  it('refuses a control character with a 400 page in the reporter language, storing nothing', async () => {
    const before = await gw.db.reader.inboundMessage.count();
    const res = await request(gw.app)
      .post('/report')
      .set('Accept-Language', 'zh-CN')
      .type('form')
      .send({ text: '有人\u0000打架' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('无法识别的字符');
    expect(await gw.db.reader.inboundMessage.count()).toBe(before);
  });
});

describe('SMS (a text the provider already accepted)', () => {
  it('is stored and answered with the control characters removed', async () => {
    const res = await textSms(gw, '+8613800138066', '有人\u0007在\u0000砍人');
    expect(res.status).toBe(200);
    expect(twimlTexts(res.text).length).toBeGreaterThan(0);
    const row = await gw.db.reader.inboundMessage.findFirstOrThrow({ where: { text: { contains: '砍人' } } });
    expect(row.text).toBe('有人在砍人');
  });
});
