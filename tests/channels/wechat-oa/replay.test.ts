/**
 * Replay protection on a whole gateway (real SQLite file): a push whose signed timestamp is more than five
 * minutes from the gateway clock is refused; a signed (timestamp, nonce) pair carries one message only, so
 * the same URL with another body is refused, while WeChat's own retries (same message, with the same URL or
 * a new one) are answered as before and stored once; the URL check's pair cannot be reused for a push; the
 * nonce table is pruned.
 */
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPLAY_WINDOW_S, createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import type { InboundMessage } from '../../../src/core/message.js';
import { SqlReplayGuard } from '../../../src/store/replay-guard.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';
import {
  OA_TOKEN,
  fakeWechatApi,
  passive,
  post,
  pushes,
  replyTexts,
  signedQuery,
  sleep,
  type FakeWechatApi,
} from './fixtures.js';

let gw: TestGateway;
let api: FakeWechatApi | null = null;

afterEach(async () => {
  await gw.stop();
  await api?.close();
  api = null;
});

async function setup(opts: { replyDeadlineMs?: number; customerService?: boolean } = {}) {
  const env: Record<string, string> = { WECHAT_OA_TOKEN: OA_TOKEN };
  if (opts.customerService) {
    api = await fakeWechatApi();
    Object.assign(env, { WECHAT_OA_APPID: 'wx0123456789abcdef', WECHAT_OA_SECRET: 's3cr3t-app' });
  }
  const channel = createWechatOaChannel({
    ...(api ? { apiBaseUrl: api.baseUrl } : {}),
    ...(opts.replyDeadlineMs !== undefined ? { replyDeadlineMs: opts.replyDeadlineMs } : {}),
  });
  gw = await testGateway(env, { channels: [channel] });
}

const inboundCount = () => gw.db.reader.inboundMessage.count();
const nonceRows = () => gw.db.reader.replayNonce.count();

/** Makes the core take `ms` longer for every message, so WeChat's retry arrives while the push is handled. */
function slowIntake(ms: number) {
  const original = gw.intake.receive.bind(gw.intake);
  return vi.spyOn(gw.intake, 'receive').mockImplementation(async (m: InboundMessage) => {
    await sleep(ms);
    return original(m);
  });
}

describe('timestamp window', () => {
  it('a push signed 6 minutes ago is refused with 403 before its body is read; nothing is stored', async () => {
    await setup();
    const res = await post(
      gw,
      pushes.text('oStale00000000000000000000001', '6500000000000000001', '有人砍人'),
      signedQuery(gw.clock, OA_TOKEN, undefined, -360),
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/timestamp/);
    expect(await inboundCount()).toBe(0);
    expect(await nonceRows()).toBe(0);
  });

  it('a push signed 6 minutes ahead of the gateway clock is refused with 403', async () => {
    await setup();
    const res = await post(
      gw,
      pushes.text('oFuture0000000000000000000001', '6500000000000000002', '有人砍人'),
      signedQuery(gw.clock, OA_TOKEN, undefined, 360),
    );
    expect(res.status).toBe(403);
    expect(await inboundCount()).toBe(0);
  });

  it('inside the window (4 minutes either way, WeChat and server clocks a little apart) a push is taken', async () => {
    await setup();
    expect(REPLAY_WINDOW_S).toBe(300);
    const behind = await post(
      gw,
      pushes.text('oSkewed0000000000000000000001', '6500000000000000003', '我的电动车被偷了'),
      signedQuery(gw.clock, OA_TOKEN, undefined, -240),
    );
    const ahead = await post(
      gw,
      pushes.text('oSkewed0000000000000000000001', '6500000000000000004', '在小寨'),
      signedQuery(gw.clock, OA_TOKEN, undefined, 240),
    );
    expect([behind.status, ahead.status]).toEqual([200, 200]);
    expect(await inboundCount()).toBe(2);
  });

  it('a captured URL check (GET) is refused once it is stale, and its pair cannot carry a push', async () => {
    await setup();
    const stale = await request(gw.app)
      .get('/channels/wechat-oa')
      .query({ ...signedQuery(gw.clock, OA_TOKEN, undefined, -400), echostr: '7049573629376716245' });
    expect(stale.status).toBe(403);
    const query = signedQuery(gw.clock);
    const check = await request(gw.app)
      .get('/channels/wechat-oa')
      .query({ ...query, echostr: '7049573629376716245' });
    expect(check.text).toBe('7049573629376716245');
    const push = await post(gw, pushes.text('oVictim000000000000000000001', '6500000000000000005', '快来'), query);
    expect(push.status).toBe(403);
    expect(await inboundCount()).toBe(0);
  });
});

describe('nonce memory', () => {
  it('a replayed push (the same signed URL, another body) is refused with 403 and nothing is stored', async () => {
    await setup();
    const url = signedQuery(gw.clock);
    const genuine = await post(
      gw,
      pushes.text('oGenuine00000000000000000001', '6600000000000000001', '我家被盗了'),
      url,
    );
    expect(genuine.status).toBe(200);
    const before = await inboundCount();
    const incidentsBefore = await gw.db.reader.incident.count();
    // The same URL a minute later with a forged message: another sender, and the genuine sender's next words.
    gw.clock.advance(60);
    for (const forged of [
      pushes.text('oAttacker0000000000000000001', '6600000000000000002', '有人持枪抢劫银行'),
      pushes.text('oGenuine00000000000000000001', '6600000000000000003', '不用来了，搞错了'),
      pushes.location('oGenuine00000000000000000001', '6600000000000000004', '34.2', '108.9', '假地址'),
      pushes.event('oGenuine00000000000000000001', 'subscribe'),
    ]) {
      const res = await post(gw, forged, url);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/already used/);
    }
    expect(await inboundCount()).toBe(before);
    expect(await gw.db.reader.incident.count()).toBe(incidentsBefore);
  });

  it('the same signed URL with the same message (WeChat retrying a handled push) gets the same reply, stored once', async () => {
    await setup();
    const url = signedQuery(gw.clock);
    const push = pushes.text('oRetried00000000000000000001', '6600000000000000011', '有人在撬我家门');
    const first = await post(gw, push, url);
    gw.clock.advance(5);
    const retry = await post(gw, push, url);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(replyTexts(retry)).toEqual(replyTexts(first));
    expect(replyTexts(first).length).toBeGreaterThan(0);
    expect(await inboundCount()).toBe(1);
  });

  it('a genuine WeChat retry of a slow push (same URL, same body) joins it: the passive reply, stored once', async () => {
    // Without customer-service credentials the push waits for its answer; WeChat gives up on the first
    // connection after 5 s and retries; the retry carries the answer back.
    await setup();
    const spy = slowIntake(300);
    const url = signedQuery(gw.clock);
    const push = pushes.text('oSlowPush000000000000000001', '6600000000000000021', '我被人打了，在钟楼');
    const [first, retry] = await Promise.all([post(gw, push, url), sleep(100).then(() => post(gw, push, url))]);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(passive(retry)?.Content).toBe(passive(first)?.Content);
    expect(replyTexts(retry).length).toBeGreaterThan(0);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await inboundCount()).toBe(1);
  });

  it('with customer-service credentials a slow push and its retries (same URL and a new one) answer `success` and the replies go out once', async () => {
    await setup({ replyDeadlineMs: 50, customerService: true });
    slowIntake(300);
    const from = 'oSlowPush000000000000000002';
    const url = signedQuery(gw.clock);
    const push = pushes.text(from, '6600000000000000031', '有人在砸车');
    const [first, sameUrl, newUrl] = await Promise.all([
      post(gw, push, url),
      sleep(100).then(() => post(gw, push, url)),
      sleep(150).then(() => post(gw, push)),
    ]);
    expect([first.text, sameUrl.text, newUrl.text]).toEqual(['success', 'success', 'success']);
    await gw.outboundWorker.runOnce();
    const stored = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'wechat-oa', providerMessageId: '6600000000000000031' } },
    });
    const sent = api!.sends().map((s) => (JSON.parse(s.body) as { text: { content: string } }).text.content);
    expect(sent).toEqual(JSON.parse(stored.replies!));
    expect(await inboundCount()).toBe(1);
  });

  it('a retry of a subscribe event with the same URL is welcomed again; another event on that URL is refused', async () => {
    await setup();
    const url = signedQuery(gw.clock);
    const follow = pushes.event('oFollower00000000000000000001', 'subscribe', '1795428100');
    const first = await post(gw, follow, url);
    const retry = await post(gw, follow, url);
    expect(replyTexts(retry)).toEqual(replyTexts(first));
    const other = await post(gw, pushes.event('oFollower00000000000000000001', 'subscribe', '1795428101'), url);
    expect(other.status).toBe(403);
  });

  it('when the pair cannot be recorded (database failing) the push gets `success`, the follower is told to call 110, and a resend goes through', async () => {
    await setup({ customerService: true });
    const failing = vi
      .spyOn(SqlReplayGuard.prototype, 'remember')
      .mockRejectedValueOnce(new Error('SQLITE_IOERR: disk I/O error'));
    const url = signedQuery(gw.clock);
    const push = pushes.text('oDiskFull00000000000000000001', '6600000000000000061', '有人晕倒了');
    const refused = await post(gw, push, url);
    expect(refused.status).toBe(200);
    expect(refused.text).toBe('success');
    expect(await inboundCount()).toBe(0);
    await vi.waitFor(() => expect(api!.sends()).toHaveLength(1));
    expect(JSON.stringify(api!.sends()[0])).toContain('110');
    const retry = await post(gw, push, url);
    expect(retry.status).toBe(200);
    expect(replyTexts(retry).length).toBeGreaterThan(0);
    expect(await inboundCount()).toBe(1);
    failing.mockRestore();
  });

  it('the nonce table keeps only pairs still inside the window: older ones are pruned as pushes arrive', async () => {
    await setup();
    for (let i = 0; i < 5; i++) {
      await post(gw, pushes.text('oPruned000000000000000000001', `660000000000000004${i}`, `第${i}条`)).expect(200);
    }
    expect(await nonceRows()).toBe(5);
    // Past the window (and its margin for other processes' clocks), the next push takes the old rows away.
    gw.clock.advance(REPLAY_WINDOW_S + 120);
    await post(gw, pushes.text('oPruned000000000000000000001', '6600000000000000050', '还在吗')).expect(200);
    const rows = await gw.db.reader.replayNonce.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bodyKey).toBe('oPruned000000000000000000001/6600000000000000050');
  });
});
