/**
 * The 5-second rule and the customer-service API, against a fake WeChat API server on localhost: replies
 * that miss the deadline are handed durably to the outbound worker before the push is answered `success`,
 * sent once (even across a restart), never overtaken by a newer reply; the access token is fetched once
 * for concurrent senders and refreshed once when WeChat refuses it; failures are classified for the
 * outbound worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import { SendError, type ChannelAdapter } from '../../../src/channels/types.js';
import type { InboundMessage } from '../../../src/core/message.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';
import { OA_TOKEN, fakeWechatApi, passive, post, pushes, replyTexts, sleep, type FakeWechatApi } from './fixtures.js';

const CREDENTIALS = {
  WECHAT_OA_TOKEN: OA_TOKEN,
  WECHAT_OA_APPID: 'wx0123456789abcdef',
  WECHAT_OA_SECRET: 's3cr3t-app',
};

let gw: TestGateway;
let api: FakeWechatApi;
let channel: ChannelAdapter;

function oaChannel(replyDeadlineMs = 4000): ChannelAdapter {
  return createWechatOaChannel({
    apiBaseUrl: api.baseUrl,
    fetch: (input, init) => fetch(input, init),
    replyDeadlineMs,
  });
}

async function setup(
  opts: { replyDeadlineMs?: number; tokenDelayMs?: number; env?: Record<string, string>; dir?: string } = {},
) {
  api = await fakeWechatApi({ tokenDelayMs: opts.tokenDelayMs ?? 0 });
  channel = oaChannel(opts.replyDeadlineMs);
  gw = await testGateway(opts.env ?? CREDENTIALS, { channels: [channel] });
}

afterEach(async () => {
  await gw.stop();
  await api.close();
});

/** Makes the core take `ms` longer for every message (a slow disk, a busy machine). */
function slowIntake(ms: number) {
  const original = gw.intake.receive.bind(gw.intake);
  return vi.spyOn(gw.intake, 'receive').mockImplementation(async (m: InboundMessage) => {
    await sleep(ms);
    return original(m);
  });
}

const stored = (providerMessageId: string) =>
  gw.db.reader.inboundMessage.findUniqueOrThrow({
    where: { channel_providerMessageId: { channel: 'wechat-oa', providerMessageId } },
  });

/** The replies the core wrote for a stored push, in order. */
const storedReplies = async (providerMessageId: string) =>
  JSON.parse((await stored(providerMessageId)).replies!) as string[];

/** The reply rows of a stored push, as the outbound worker sees them. */
const replyRows = async (providerMessageId: string) =>
  gw.db.reader.outboundMessage.findMany({
    where: { inboundId: (await stored(providerMessageId)).id },
    orderBy: { id: 'asc' },
  });

const sentBodies = () =>
  api.sends().map((s) => JSON.parse(s.body) as { touser: string; msgtype: string; text: { content: string } });

/** What the fake WeChat API was asked to send to `openid`, in order. */
const sentTo = (openid: string) =>
  sentBodies()
    .filter((b) => b.touser === openid)
    .map((b) => b.text.content);

describe('the 5-second rule', () => {
  it('an answer that misses the deadline is committed for the outbound worker, answered `success`, then sent once', async () => {
    await setup({ replyDeadlineMs: 50, tokenDelayMs: 100 });
    slowIntake(300);
    const a = 'oLateReporterA00000000000001';
    const b = 'oLateReporterB00000000000001';
    const [resA, resB] = await Promise.all([
      post(gw, pushes.text(a, '7000000000000000001', '有人在砸车')),
      post(gw, pushes.text(b, '7000000000000000002', 'someone is breaking into cars')),
    ]);
    expect(resA.text).toBe('success');
    expect(resB.text).toBe('success');
    // Before `success` the replies were in the database, waiting for the worker (or already with it).
    const repliesA = await storedReplies('7000000000000000001');
    const repliesB = await storedReplies('7000000000000000002');
    expect(repliesA.length).toBeGreaterThan(0);
    expect(repliesB.length).toBeGreaterThan(0);
    expect((await stored('7000000000000000001')).replyDeferred).toBe(true);
    await gw.outboundWorker.runOnce();

    // Each reporter got their replies exactly once, in order; one token request for all of the sends.
    expect(sentTo(a)).toEqual(repliesA);
    expect(sentTo(b)).toEqual(repliesB);
    expect(sentBodies().every((body) => body.msgtype === 'text')).toBe(true);
    expect(api.tokenCalls()).toHaveLength(1);
    expect(Object.fromEntries(api.tokenCalls()[0]!.query)).toEqual({
      grant_type: 'client_credential',
      appid: 'wx0123456789abcdef',
      secret: 's3cr3t-app',
    });
    expect(api.sends().every((s) => s.query.get('access_token') === 'TOKEN-1')).toBe(true);
    const rows = [...(await replyRows('7000000000000000001')), ...(await replyRows('7000000000000000002'))];
    expect(rows.every((r) => r.status === 'sent' && r.kind === 'reply')).toBe(true);
    // Nothing more goes out on later runs.
    gw.clock.advance(600);
    await gw.outboundWorker.runOnce();
    expect(api.sends()).toHaveLength(repliesA.length + repliesB.length);
  });

  it('concurrent customer-service sends share one access-token request', async () => {
    await setup({ tokenDelayMs: 100 });
    const message = { channel: 'wechat-oa' as const, kind: 'status' as const, incidentId: 'x', text: '民警已出发' };
    await Promise.all([
      channel.send({ ...message, to: 'oConcurrentA000000000000001' }),
      channel.send({ ...message, to: 'oConcurrentB000000000000001' }),
    ]);
    expect(api.tokenCalls()).toHaveLength(1);
    expect(api.sends()).toHaveLength(2);
    expect(sentBodies().map((b) => b.touser)).toEqual(
      expect.arrayContaining(['oConcurrentA000000000000001', 'oConcurrentB000000000000001']),
    );
  });

  it('an answer ready within the deadline is the passive reply and nothing goes through the API', async () => {
    await setup({ replyDeadlineMs: 2000 });
    slowIntake(50);
    const res = await post(gw, pushes.text('oQuickReporter00000000000001', '7000000000000000011', '我的钱包丢了'));
    expect(passive(res)?.Content).toBe((await storedReplies('7000000000000000011')).join('\n'));
    expect((await replyRows('7000000000000000011')).every((r) => r.status === 'replied')).toBe(true);
    await gw.outboundWorker.runOnce();
    expect(api.calls).toHaveLength(0);
  });

  it('a WeChat retry of a push still being handled stores nothing new and the replies are sent once', async () => {
    await setup({ replyDeadlineMs: 50 });
    const spy = slowIntake(300);
    const from = 'oRetriedReporter000000000001';
    const push = pushes.text(from, '7000000000000000021', '有人在撬我家门');
    // WeChat's retry arrives while the first is still being handled.
    const [first, retry] = await Promise.all([post(gw, push), sleep(100).then(() => post(gw, push))]);
    expect(first.text).toBe('success');
    expect(retry.text).toBe('success');
    await gw.outboundWorker.runOnce();
    // A late retry after the replies were sent does not send them again either.
    const late = await post(gw, push);
    expect(late.text).toBe('success');
    await gw.outboundWorker.runOnce();

    expect(spy).toHaveBeenCalledTimes(1);
    expect(await gw.db.reader.inboundMessage.count({ where: { providerMessageId: '7000000000000000021' } })).toBe(1);
    expect(sentTo(from)).toEqual(await storedReplies('7000000000000000021'));
    expect(sentBodies().every((b) => b.touser === from)).toBe(true);
  });

  it('a quick answer does not overtake a late one still waiting to be sent to the same reporter', async () => {
    // The first answer is late and its send is slow (token fetch 300 ms); the second answer is ready at
    // once, but a passive reply now would reach the reporter before the first: it goes the same way.
    await setup({ replyDeadlineMs: 100, tokenDelayMs: 300 });
    const original = gw.intake.receive.bind(gw.intake);
    let calls = 0;
    vi.spyOn(gw.intake, 'receive').mockImplementation(async (m: InboundMessage) => {
      if (calls++ === 0) await sleep(150);
      return original(m);
    });
    const from = 'oOrderedReporter000000000001';
    const first = await post(gw, pushes.text(from, '7000000000000000031', '有人打架'));
    expect(first.text).toBe('success');
    const second = await post(gw, pushes.text(from, '7000000000000000032', '西安市碑林区南大街12号'));
    expect(second.text).toBe('success');
    await gw.outboundWorker.runOnce();
    await gw.outboundWorker.runOnce();
    const expected = [...(await storedReplies('7000000000000000031')), ...(await storedReplies('7000000000000000032'))];
    expect(sentTo(from)).toEqual(expected);
  });

  it('a reply deferred while WeChat refuses it survives a restart and is sent by the next process', async () => {
    await setup({ replyDeadlineMs: 50 });
    api.state.refuseSends = true;
    slowIntake(200);
    const from = 'oRestartReporter000000000001';
    const res = await post(gw, pushes.text(from, '7000000000000000051', '有人抢了我的包'));
    expect(res.text).toBe('success');
    await gw.outboundWorker.runOnce(); // the worker was woken: its attempt failed (HTTP 500)
    const replies = await storedReplies('7000000000000000051');
    const waiting = await replyRows('7000000000000000051');
    expect(waiting.length).toBe(replies.length);
    expect(waiting[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting[0]!.error).toContain('HTTP 500');
    expect(api.sends()).toHaveLength(1); // tried once, refused
    const { dir, clock } = gw;
    await gw.stop();

    // A new process on the same database, WeChat accepting again.
    api.calls.length = 0;
    api.state.refuseSends = false;
    channel = oaChannel(50);
    gw = await testGateway(CREDENTIALS, { dir, clock, channels: [channel] });
    gw.clock.advance(5); // past the retry's backoff
    await gw.outboundWorker.runOnce();
    expect(sentTo(from)).toEqual(replies);
    expect((await replyRows('7000000000000000051')).every((r) => r.status === 'sent')).toBe(true);
  });

  it('a WeChat retry reaching a new process after a crash gets `success` and the replies come through the API', async () => {
    await setup();
    const from = 'oCrashedReporter000000000001';
    // The first process stored and processed the push, then died before answering it.
    await gw.intake.receive({
      channel: 'wechat-oa',
      providerMessageId: '7000000000000000061',
      sender: from,
      text: '我被人打了',
      receivedAt: gw.clock.now(),
    });
    const { dir, clock } = gw;
    await gw.stop();

    channel = oaChannel();
    gw = await testGateway(CREDENTIALS, { dir, clock, channels: [channel] });
    const retry = await post(gw, pushes.text(from, '7000000000000000061', '我被人打了'));
    expect(retry.text).toBe('success');
    await gw.outboundWorker.runOnce();
    expect(sentTo(from)).toEqual(await storedReplies('7000000000000000061'));
    expect(await gw.db.reader.inboundMessage.count()).toBe(1);
  });

  it('without WECHAT_OA_APPID/SECRET a slow answer still goes back passively (there is no later)', async () => {
    await setup({ replyDeadlineMs: 20, env: { WECHAT_OA_TOKEN: OA_TOKEN } });
    slowIntake(150);
    const res = await post(gw, pushes.text('oNoApiReporter00000000000001', '7000000000000000041', '我被骗了'));
    expect(replyTexts(res).length).toBeGreaterThan(0);
    await gw.outboundWorker.runOnce();
    expect(api.calls).toHaveLength(0);
  });
});

describe('out-of-band messages through the customer-service API', () => {
  async function wechatIncident(from: string, msgId: string): Promise<string> {
    await post(gw, pushes.text(from, msgId, '我的自行车被偷了')).expect(200);
    return (await stored(msgId)).incidentId!;
  }

  it('an expired token (42001) is refreshed once and the message retried, and the message is marked sent', async () => {
    await setup();
    const id = await wechatIncident('oExpiredToken000000000000001', '7100000000000000001');
    await gw.intake.dispatcherMessage(id, '民警已出发');
    api.sendScript.push(42001);
    await gw.outboundWorker.runOnce();
    expect(api.tokenCalls()).toHaveLength(2);
    expect(api.sends().map((s) => s.query.get('access_token'))).toEqual(['TOKEN-1', 'TOKEN-2']);
    expect(sentBodies()[1]).toMatchObject({ touser: 'oExpiredToken000000000000001', msgtype: 'text' });
    expect(sentBodies()[1]!.text.content).toContain('民警已出发');
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { incidentId: id, kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('outside the 48-hour window (45015) the failure is final and the incident is flagged for a call-taker', async () => {
    await setup();
    const id = await wechatIncident('oSilentFor3Days0000000000001', '7100000000000000011');
    await gw.intake.dispatchStatus(id, 'dispatched');
    api.sendScript.push(45015);
    await gw.outboundWorker.runOnce();
    gw.clock.advance(600);
    await gw.outboundWorker.runOnce();
    expect(api.sends()).toHaveLength(1);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { incidentId: id, kind: 'status' } });
    expect(row.status).toBe('failed');
    const incident = await gw.reports.incident(id);
    expect(incident?.attention).toContain('48-hour');
    const audit = await gw.reports.auditEvents(id);
    expect(audit.find((e) => e.type === 'outbound_failed')?.data).toMatchObject({ code: '45015' });
  });

  it('a rate limit (45047) is retried with backoff until it goes through', async () => {
    await setup();
    const id = await wechatIncident('oBusyDay000000000000000000001', '7100000000000000021');
    await gw.intake.dispatcherMessage(id, '请保持手机畅通');
    api.sendScript.push(45047);
    await gw.outboundWorker.runOnce();
    const waiting = await gw.db.reader.outboundMessage.findFirstOrThrow({
      where: { incidentId: id, kind: 'dispatcher' },
    });
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.error).toContain('45047');
    gw.clock.advance(5);
    await gw.outboundWorker.runOnce();
    expect(api.sends()).toHaveLength(2);
    const sent = await gw.db.reader.outboundMessage.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(sent.status).toBe('sent');
  });

  it('the cached token is reused until shortly before it expires, then fetched again', async () => {
    await setup();
    const message = {
      channel: 'wechat-oa' as const,
      to: 'oCached00000000000000000001',
      kind: 'status' as const,
      incidentId: 'x',
    };
    await channel.send({ ...message, text: 'one' });
    gw.clock.advance(3600);
    await channel.send({ ...message, text: 'two' });
    expect(api.tokenCalls()).toHaveLength(1);
    gw.clock.advance(3400); // 7000 s after the fetch: inside the 5-minute margin of a 7200 s token
    await channel.send({ ...message, text: 'three' });
    expect(api.tokenCalls()).toHaveLength(2);
    expect(api.sends().map((s) => s.query.get('access_token'))).toEqual(['TOKEN-1', 'TOKEN-1', 'TOKEN-2']);
  });

  it('network failures are retryable; without WECHAT_OA_APPID/SECRET send() fails for good and says why', async () => {
    await setup();
    await api.close();
    const message = {
      channel: 'wechat-oa' as const,
      to: 'oNet000000000000000000000001',
      text: 'x',
      kind: 'status' as const,
      incidentId: 'x',
    };
    await expect(channel.send(message)).rejects.toMatchObject({ name: 'SendError', retryable: true, code: 'network' });
    await gw.stop();

    api = await fakeWechatApi();
    channel = createWechatOaChannel({ apiBaseUrl: api.baseUrl });
    gw = await testGateway({ WECHAT_OA_TOKEN: OA_TOKEN }, { channels: [channel] });
    const err: unknown = await channel.send(message).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ retryable: false, code: 'not_configured' });
    expect((err as SendError).message).toMatch(/WECHAT_OA_APPID and WECHAT_OA_SECRET/);
    expect(api.calls).toHaveLength(0);
  });
});
