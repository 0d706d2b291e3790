/**
 * The database missing at start and failing mid-run, on a whole gateway over real HTTP, on the database of
 * the pass:
 * - missing at start: SQLite on a path that cannot be created (its parent is a file), PostgreSQL on a database
 *   that does not exist yet. The server listens anyway, the log says why in plain words, /readyz is 503, every
 *   storing route answers 503 with "call 110" (Twilio and WeChat so that they retry), the Twilio fallback URL
 *   still answers; when the database appears the gateway opens it by itself and takes reports.
 * - failing mid-run: SQLite full (`PRAGMA max_page_count` pinned to the current size through the gateway's own
 *   connection: writes fail with SQLITE_FULL); PostgreSQL refusing connections (`ALTER DATABASE ... ALLOW_CONNECTIONS
 *   false` and every backend of the gateway terminated). Webhooks answer 503, nothing is acknowledged that was
 *   not stored, the web reporter is told to call 110; when the database is back intake continues and the
 *   providers' retries are stored once.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel } from '../../src/channels/twilio-sms/adapter.js';
import { webChannel } from '../../src/channels/web/adapter.js';
import { createWechatOaChannel } from '../../src/channels/wechat-oa/adapter.js';
import { wechatSignature } from '../../src/channels/wechat-oa/signature.js';
import { render } from '../../src/core/flow/templates.js';
import type { SqliteDatabase } from '../../src/store/sql/sqlite.js';
import { onPostgres, PG_ADMIN_URL, PG_TEMPLATE, pgUrl, testDatabaseUrl } from '../helpers/database.js';
import { loggedGateway, until } from '../helpers/outage.js';
import { tempDir } from '../helpers/temp.js';
import { fakeTwilioApi, inboundForm, sign, smsEnv, twimlTexts } from '../channels/twilio-sms/fixtures.js';

const OA_TOKEN = 'oa-outage-token';
type Gw = Awaited<ReturnType<typeof loggedGateway>>;
const open: Gw[] = [];
afterEach(async () => {
  for (const g of open.splice(0)) await g.stop();
});

async function gateway(databaseUrl: string, databaseRetryMs = 100): Promise<{ gw: Gw; base: string }> {
  const gw = await loggedGateway(
    { ...smsEnv, WECHAT_OA_TOKEN: OA_TOKEN, DATABASE_URL: databaseUrl },
    {
      databaseRetryMs,
      channels: [
        webChannel,
        createTwilioSmsChannel({ httpClient: fakeTwilioApi().httpClient }),
        createWechatOaChannel(),
      ],
    },
  );
  open.push(gw);
  const server = await gw.start();
  return { gw, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const sms = (gw: Gw, form: Record<string, string>) =>
  request(gw.app)
    .post('/channels/twilio/sms')
    .type('form')
    .set('X-Twilio-Signature', sign(`${smsEnv.PUBLIC_BASE_URL}/channels/twilio/sms`, form))
    .send(new URLSearchParams(form).toString());

let nonce = 91_000_000;
function wechatPush(gw: Gw, msgId: string, text: string) {
  const timestamp = String(Math.floor(gw.clock.now().getTime() / 1000));
  const n = String(nonce++);
  const xml =
    `<xml><ToUserName><![CDATA[gh_outage]]></ToUserName><FromUserName><![CDATA[oOutageSender0000000000000001]]></FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId></xml>`;
  return request(gw.app)
    .post('/channels/wechat-oa')
    .query({ signature: wechatSignature(OA_TOKEN, timestamp, n), timestamp, nonce: n, openid: 'oOutage' })
    .set('Content-Type', 'text/xml')
    .send(xml);
}

/** Every storing route while the database cannot be written: 503 and "call 110", or the fallback's TwiML. */
async function expectRefusedEverywhere(gw: Gw, sid: string): Promise<void> {
  // Long enough to need a database page of its own (the mid-run case fills every free one).
  const story = `有人在砸车，南大街12号。${'他们有三个人，'.repeat(250)}`;
  const api = await request(gw.app).post('/api/v1/reports').send({ text: story });
  expect(api.status).toBe(503);
  expect(api.body.error.code).toBe('storage_unavailable');
  expect(api.body.error.message).toContain('call 110');
  expect(api.headers['retry-after']).toBe('5');

  const form = await request(gw.app)
    .post('/report')
    .type('form')
    .send({ text: `someone is breaking into cars ${'on my street, '.repeat(120)}` });
  expect(form.status).toBe(503);
  expect(form.text).toMatch(/call 110|拨打110/);

  const text = await sms(gw, inboundForm({ sid, from: '+8613800138077', body: story }));
  expect(text.status).toBe(503);
  expect(text.headers['retry-after']).toBeDefined();
  expect(twimlTexts(text.text)).toEqual([]);

  const fallback = await request(gw.app)
    .post('/channels/twilio/fallback')
    .type('form')
    .set(
      'X-Twilio-Signature',
      sign(
        `${smsEnv.PUBLIC_BASE_URL}/channels/twilio/fallback`,
        inboundForm({ sid, from: '+8613800138077', body: '有人打架' }),
      ),
    )
    .send(new URLSearchParams(inboundForm({ sid, from: '+8613800138077', body: '有人打架' })).toString());
  expect(fallback.status).toBe(200);
  expect(twimlTexts(fallback.text)).toEqual([render('storage_failed', 'zh-CN')]);

  // WeChat Official Account: never an error status (WeChat would show the follower "该公众号暂时无法提供服务"):
  // a signed push that cannot be processed is answered `success` and the follower is told to call 110 through
  // the customer-service API (tests/channels/wechat-oa/push.test.ts).
  // When the push's own replay check could be recorded but the message could not be stored, the answer itself
  // tells the follower (a passive reply saying "not recorded, call 110").
  const push = await wechatPush(gw, '6900000000000000001', story);
  expect(push.status).toBe(200);
  if (push.text !== 'success') expect(push.text).toContain('110');
  // (that it stored nothing is checked once the database is back)
}

describe('the database missing at start', () => {
  it('listens, says why, answers 503 (call 110) everywhere it would store, and opens the database once it appears', async () => {
    const dir = tempDir('outage-db-');
    let url: string;
    let appear: () => Promise<void>;
    if (onPostgres) {
      const name = `t_missing_${path.basename(dir).replace(/\W/g, '').toLowerCase()}`;
      url = pgUrl(name);
      appear = async () => {
        const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
        await admin.connect();
        try {
          for (let attempt = 0; ; attempt++) {
            try {
              await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${PG_TEMPLATE}"`);
              break;
            } catch (err) {
              if ((err as { code?: string }).code !== '55006' || attempt > 50) throw err;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
        } finally {
          await admin.end();
        }
      };
    } else {
      // The database's folder cannot be made: a file is in the way (as with a wrong volume mount).
      const blocker = path.join(dir, 'data');
      fs.writeFileSync(blocker, 'not a folder');
      url = `file:${path.join(blocker, 'intake.db')}`;
      appear = async () => fs.rmSync(blocker);
    }
    const { gw } = await gateway(url);

    const error = gw.lines.find((l) => l.level === 50 && /database could not be opened/.test(l.msg));
    expect(error?.msg).toMatch(/serving 503 \(call 110\).*\/readyz is false/);
    expect((await request(gw.app).get('/healthz')).status).toBe(200);
    const ready = await request(gw.app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ ready: false });
    await expectRefusedEverywhere(gw, 'SM0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a01');

    await appear();
    const recoveredMs = await until(
      async () => (await request(gw.app).get('/readyz')).status === 200,
      10_000,
      'readyz after the database appeared',
    );
    expect(gw.lines.some((l) => /the database is open: taking reports/.test(l.msg))).toBe(true);
    const report = await request(gw.app).post('/api/v1/reports').send({ text: '有人在砸车，南大街12号' });
    expect(report.status, gw.raw().slice(-3000)).toBe(201);
    expect(await gw.db.reader.inboundMessage.count({ where: { providerMessageId: '6900000000000000001' } })).toBe(0);
    // Twilio retries the text that got a 503: now it is stored, once.
    const retry = await sms(
      gw,
      inboundForm({ sid: 'SM0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a01', from: '+8613800138077', body: '有人打架，在小寨十字' }),
    );
    expect(retry.status).toBe(200);
    expect(await gw.db.reader.inboundMessage.count()).toBe(2);
    console.log(`database missing at start: /readyz true ${recoveredMs} ms after it appeared (retry every 100-800 ms)`);
  });
});

describe('the database failing mid-run', () => {
  it('webhooks answer 503, nothing acknowledged is lost, the web reporter is told to call 110, and intake continues after', async () => {
    const dir = tempDir('outage-db-');
    const url = await testDatabaseUrl(dir);
    const { gw } = await gateway(url);
    const before = await request(gw.app).post('/api/v1/reports').send({ text: 'my bike was stolen at the library' });
    expect(before.status).toBe(201);

    let restore: () => Promise<void>;
    if (onPostgres) {
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      restore = async () => {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
        await admin.end();
      };
    } else {
      // The disk is full: the file may not grow by one more page, and no free page is left inside it (a
      // filler table takes them), so every message long enough to need a page of its own fails with SQLITE_FULL.
      await gw.db.sql.idle();
      const writer = (gw.db.sql as SqliteDatabase).writer.db;
      writer.exec('CREATE TABLE "outage_filler" ("b" BLOB)');
      writer.pragma(`max_page_count = ${Number(writer.pragma('page_count', { simple: true }))}`);
      const fill = writer.prepare('INSERT INTO "outage_filler" VALUES (zeroblob(?))');
      for (const size of [4000, 500, 50]) {
        try {
          for (;;) fill.run(size);
        } catch (err) {
          expect((err as { code?: string }).code).toBe('SQLITE_FULL');
        }
      }
      restore = async () => void writer.pragma('max_page_count = 1073741823');
    }

    // A burst of reports while it fails: whatever was acknowledged must be stored, the rest answered 503.
    const long = (i: number) => `有人在小区里砸车，已经砸了好几辆，编号${i}。${'现场很乱，'.repeat(300)}`;
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const sid = `SM${String(i).padStart(32, 'b')}`;
        const form = inboundForm({ sid, from: `+86138001390${String(i).padStart(2, '0')}`, body: long(i) });
        const res = await sms(gw, form);
        return { sid, status: res.status };
      }),
    );
    const apiOutcomes = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const res = await request(gw.app)
          .post('/api/v1/reports')
          .send({ text: long(100 + i) });
        return {
          status: res.status,
          body: res.body as { incidentId?: string; error?: { code: string; message: string } },
        };
      }),
    );
    for (const o of outcomes) expect([200, 503]).toContain(o.status);
    for (const o of apiOutcomes) {
      expect([201, 503]).toContain(o.status);
      if (o.status === 503) expect(o.body.error?.message).toContain('call 110');
    }
    expect(outcomes.filter((o) => o.status === 503).length, 'the failure was felt').toBeGreaterThan(0);
    await expectRefusedEverywhere(gw, `SM${'c'.repeat(32)}`);
    if (onPostgres) expect((await request(gw.app).get('/readyz')).status).toBe(503);

    await restore();
    // Nothing acknowledged is missing: every 200 is a stored message.
    await until(async () => (await request(gw.app).get('/readyz')).status === 200, 10_000, 'readyz after recovery');
    for (const o of outcomes.filter((x) => x.status === 200)) {
      expect(await gw.db.reader.inboundMessage.count({ where: { providerMessageId: o.sid } })).toBe(1);
    }
    for (const o of apiOutcomes.filter((x) => x.status === 201)) {
      expect(await gw.db.reader.inboundMessage.count({ where: { incidentId: o.body.incidentId! } })).toBe(1);
    }
    // Twilio retries every text that got a 503: each is stored once now, and the intake goes on.
    let retried = 0;
    for (const [i, o] of outcomes.entries()) {
      if (o.status !== 503) continue;
      const form = inboundForm({ sid: o.sid, from: `+86138001390${String(i).padStart(2, '0')}`, body: long(i) });
      expect((await sms(gw, form)).status).toBe(200);
      retried += 1;
    }
    for (const o of outcomes) {
      expect(await gw.db.reader.inboundMessage.count({ where: { providerMessageId: o.sid } })).toBe(1);
    }
    expect(await gw.db.reader.inboundMessage.count({ where: { providerMessageId: '6900000000000000001' } })).toBe(0);
    const after = await request(gw.app).post('/api/v1/reports').send({ text: 'someone stole my phone on the bus' });
    expect(after.status).toBe(201);
    const push = await wechatPush(gw, '6900000000000000002', '有人抢劫，在钟楼');
    expect(push.status).toBe(200);
    console.log(
      `database failing mid-run: ${outcomes.length - retried} of ${outcomes.length} texts acknowledged while failing (each of them stored); ${retried} answered 503, then stored once on Twilio's retry`,
    );
  });
});
