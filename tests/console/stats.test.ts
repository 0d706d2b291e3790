/**
 * Statistics (GET /api/v1/stats with the dispatch bearer token, and the console's CSV export) over reports
 * that went through the real intake: counts by hour, category, channel and priority; repeat reporters and
 * repeat places by category with identities hashed and masked; hotspots; clusters; median times.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';
import { addUser, login, sms } from './helpers.js';

let gw: TestGateway;
const FIGHT = 'Two men are fighting outside the market';
const HERE = { lat: 34.25, lon: 108.94 };

beforeAll(async () => {
  gw = await testGateway();
  await addUser(gw, 'sam', 'supervisor');
  // 10:00 UTC: three senders report one fight at one place (one cluster).
  await sms(gw, '+8613800000001', FIGHT, HERE);
  await sms(gw, '+8613800000002', FIGHT, HERE);
  await sms(gw, '+8613800000003', FIGHT, HERE);
  // The first sender reports fights again later (a repeat reporter), at the same place text.
  const first = await gw.reports.list({ sender: '+8613800000001', limit: 5 });
  await gw.intake.dispatchStatus(first[0]!.id, 'resolved');
  gw.clock.advance(3 * 3600); // 13:00
  await sms(gw, '+8613800000001', FIGHT, HERE);
  await sms(gw, '+8613800000009', 'Someone stole my bike at 钟楼');
  await sms(gw, '+8613800000008', 'My bike was stolen at 钟楼 today');
});
afterAll(async () => {
  await gw.stop();
});

const range = 'from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z';

describe('statistics', () => {
  it('needs the dispatch bearer token', async () => {
    expect((await request(gw.app).get(`/api/v1/stats?${range}`)).status).toBe(401);
    expect((await request(gw.app).get(`/api/v1/stats?${range}`).set('Authorization', 'Bearer nope')).status).toBe(401);
  });

  it('refuses a malformed range with a clear error', async () => {
    const res = await request(gw.app).get('/api/v1/stats?from=yesterday').set('Authorization', `Bearer ${API_TOKEN}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { message: 'from must be an ISO date or date-time' } });
    const backwards = await request(gw.app)
      .get('/api/v1/stats?from=2026-11-24&to=2026-11-23')
      .set('Authorization', `Bearer ${API_TOKEN}`);
    expect(backwards.status).toBe(400);
  });

  it('counts by hour, category, channel and priority, finds repeats, hotspots and clusters', async () => {
    const res = await request(gw.app)
      .get(`/api/v1/stats?${range}`)
      .set('Authorization', `Bearer ${API_TOKEN}`)
      .expect(200);
    const s = res.body as {
      total: number;
      byHour: { hour: number; count: number }[];
      byCategory: { key: string; count: number }[];
      byChannel: { key: string; count: number }[];
      byPriority: { key: string; count: number }[];
      repeatReporters: { reporter: string; masked: string; category: string; count: number }[];
      repeatPlaces: { place: string; category: string; count: number }[];
      hotspots: { lat: number; lon: number; count: number }[];
      clusters: { clusters: number; incidents: number };
      medians: { toCompleteS: number | null; toDispatchS: number | null };
    };
    expect(s.total).toBe(6);
    expect(s.byHour.find((h) => h.hour === 10)?.count).toBe(3);
    expect(s.byHour.find((h) => h.hour === 13)?.count).toBe(3);
    expect(s.byCategory).toEqual(
      expect.arrayContaining([
        { key: 'violence', count: 4 },
        { key: 'theft', count: 2 },
      ]),
    );
    expect(s.byChannel).toEqual([{ key: 'sms', count: 6 }]);
    expect(s.byPriority.reduce((n, p) => n + p.count, 0)).toBe(6);
    expect(s.repeatReporters).toEqual([
      expect.objectContaining({
        masked: '•••0001',
        category: 'violence',
        count: 2,
        reporter: expect.stringMatching(/^[0-9a-f]{10}$/),
      }),
    ]);
    expect(JSON.stringify(s)).not.toContain('13800000001');
    expect(s.repeatPlaces).toEqual([expect.objectContaining({ place: '钟楼', category: 'theft', count: 2 })]);
    expect(s.hotspots[0]).toMatchObject({ count: 4 });
    expect(s.clusters.clusters).toBeGreaterThanOrEqual(1);
    expect(s.clusters.incidents).toBeGreaterThanOrEqual(3);
    // The fight was dispatched early (P1 with a place): a dispatch time exists.
    expect(s.medians.toDispatchS).not.toBeNull();
  });

  it('exports the repeat lists as CSV from the API and the console', async () => {
    const api = await request(gw.app)
      .get(`/api/v1/stats?${range}&format=csv&list=places`)
      .set('Authorization', `Bearer ${API_TOKEN}`)
      .expect(200);
    expect(api.headers['content-type']).toContain('text/csv');
    expect(api.text.split('\r\n')[0]).toBe('place,category,count,last');
    expect(api.text).toContain('钟楼,theft,2,');
    const agent = request.agent(gw.app);
    await login(agent, 'sam');
    const csv = await agent.get(`/console/stats.csv?list=reporters&${range}`).expect(200);
    expect(csv.headers['content-disposition']).toContain('repeat-reporters.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('reporter,masked,channel,category,count,last');
    expect(lines[1]).toMatch(/^[0-9a-f]{10},•••0001,sms,violence,2,/);
    expect(csv.text).not.toContain('13800000001');
    expect((await agent.get('/console/stats.csv?list=everything')).status).toBe(400);
  });
});
