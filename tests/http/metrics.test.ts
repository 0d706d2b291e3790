/**
 * GET /metrics is operational data (load, queue sizes, how long dispatch has been waiting): with
 * METRICS_TOKEN set it needs `Authorization: Bearer <token>` (401 otherwise); without it the route does not
 * exist (404) and the start-up log says how to turn it on.
 */
import { testDatabaseUrl } from '../helpers/database.js';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { LogCapture } from '../dispatch/outbox-harness.js';
import { tempDir, testGateway, type TestGateway } from '../helpers/gateway.js';

const TOKEN = 'metrics-token-Zq81x';
const gateways: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.stop()));
});

async function gateway(env: Record<string, string>): Promise<TestGateway> {
  const gw = await testGateway(env, { channels: [] });
  gateways.push(gw);
  return gw;
}

describe('/metrics with METRICS_TOKEN set', () => {
  it('answers the Prometheus text to the right bearer token', async () => {
    const gw = await gateway({ METRICS_TOKEN: TOKEN });
    const res = await request(gw.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^# HELP /m);
    expect(res.text).toMatch(/intake_/);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a token prefix', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the dispatch API token', 'Bearer test-dispatch-token'],
    ['the token without "Bearer"', TOKEN],
    ['Basic auth', `Basic ${Buffer.from(`metrics:${TOKEN}`).toString('base64')}`],
  ])('refuses %s with 401 and no metrics', async (_name, authorization) => {
    const gw = await gateway({ METRICS_TOKEN: TOKEN });
    const req = request(gw.app).get('/metrics');
    const res = await (authorization ? req.set('Authorization', authorization) : req);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.text).not.toMatch(/intake_|# HELP/);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  it('answers 404, token or not, like a route that does not exist', async () => {
    const gw = await gateway({});
    const bare = await request(gw.app).get('/metrics');
    const withToken = await request(gw.app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
    const missing = await request(gw.app).get('/no-such-route');
    expect(bare.status).toBe(404);
    expect(withToken.status).toBe(404);
    expect(bare.body).toEqual(missing.body);
    expect(bare.text).not.toMatch(/intake_|# HELP/);
  });

  it('says "metrics off: set METRICS_TOKEN" at start, and nothing of the kind when it is set', async () => {
    for (const [env, off] of [
      [{}, true],
      [{ METRICS_TOKEN: TOKEN }, false],
    ] as const) {
      const logs = new LogCapture();
      const config = loadConfig({
        DATABASE_URL: await testDatabaseUrl(tempDir()),
        HOST: '127.0.0.1',
        PORT: '0',
        ...env,
      });
      const gw = await createGateway(config, {
        log: pino({ level: 'info' }, logs.stream),
        channels: [],
        timerIntervalMs: 0,
      });
      gateways.push(gw);
      await gw.start();
      expect(logs.text.includes('metrics off: set METRICS_TOKEN')).toBe(off);
      expect(logs.text).not.toContain(TOKEN);
    }
  });
});
