/**
 * The one delivery service: inline or deferred from the channel's capability and the time left, in order per
 * reporter, carrier keywords as channel-neutral opt events, no automatic texts after an opt-out, replies
 * fitted to the segment limit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelCapabilities, ChannelContext } from '../../src/channels/types.js';
import { SendError } from '../../src/channels/types.js';
import type { InboundMessage } from '../../src/core/message.js';
import { SMS_SEGMENT } from '../../src/core/segments.js';
import { DeliveryService } from '../../src/delivery/service.js';
import pino from 'pino';
import { testGateway, type TestGateway } from '../helpers/gateway.js';

const webhookCaps = (withinMs: number, carrierKeywords = true, retries = 0): ChannelCapabilities => ({
  label: { en: 'test SMS', 'zh-CN': '测试短信' },
  address: 'phone',
  inline: { kind: 'response', withinMs, retries },
  segment: SMS_SEGMENT,
  carrierKeywords,
});
const pushCaps: ChannelCapabilities = { ...webhookCaps(0), inline: { kind: 'none' } };

let gw: TestGateway;
let delivery: DeliveryService;
let woken = 0;
let seq = 0;
beforeEach(async () => {
  gw = await testGateway();
  woken = 0;
  const s = gw.services!;
  const ctx = {
    config: { agencyName: '110', defaultLanguage: 'zh-CN' },
    intake: s.intake,
    reporters: s.reporters,
    outbound: s.outbound,
    deliverSoon: () => void (woken += 1),
    log: pino({ level: 'silent' }),
    clock: () => gw.clock.now(),
  } as unknown as ChannelContext;
  delivery = new DeliveryService(ctx);
  fresh = () => new DeliveryService(ctx);
});
/** Another process's delivery service on the same database (nothing in hand, nothing remembered). */
let fresh: () => DeliveryService;
afterEach(async () => {
  vi.restoreAllMocks();
  await gw.stop();
});

const msg = (text: string, sender = '+8613800138000'): InboundMessage => ({
  channel: 'test-sms',
  providerMessageId: `T${++seq}`,
  sender,
  text,
  receivedAt: gw.clock.now(),
});
async function outbound(inboundProviderId: string) {
  const inbound = await gw.db.reader.inboundMessage.findFirstOrThrow({
    where: { providerMessageId: inboundProviderId },
  });
  return gw.db.reader.outboundMessage.findMany({ where: { inboundId: inbound.id }, orderBy: { id: 'asc' } });
}

describe('inline or deferred', () => {
  it('answers inline when the answer is ready in time', async () => {
    const m = msg('有人在环城公园南门持刀砍人');
    const answer = await delivery.respond(webhookCaps(5000), m, Date.now());
    expect(answer.kind).toBe('inline');
    expect(answer.kind === 'inline' && answer.replies.length).toBeGreaterThan(0);
    expect((await outbound(m.providerMessageId)).every((o) => o.status === 'replied')).toBe(true);
  });

  it('defers durably when the answer misses the deadline, and later answers to that reporter queue behind it', async () => {
    const receive = gw.intake.receive.bind(gw.intake);
    vi.spyOn(gw.intake, 'receive').mockImplementationOnce(async (m) => {
      await new Promise((r) => setTimeout(r, 200));
      return receive(m);
    });
    const slow = msg('有人在环城公园南门持刀砍人');
    const answer = await delivery.respond(webhookCaps(50), slow, Date.now());
    expect(answer.kind).toBe('deferred');
    const rows = await outbound(slow.providerMessageId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((o) => o.status === 'pending')).toBe(true);
    expect(woken).toBe(1);
    // In time, but the earlier replies are still waiting: this one must not overtake them.
    const next = msg('在南门公交站');
    expect((await delivery.respond(webhookCaps(5000), next, Date.now())).kind).toBe('deferred');
    // Another reporter is not held up.
    expect((await delivery.respond(webhookCaps(5000), msg('我的车被砸了', '+8613900139000'), Date.now())).kind).toBe(
      'inline',
    );
  });

  it('a push channel always defers (the outbound worker sends, in order)', async () => {
    const m = msg('有人在环城公园南门持刀砍人');
    const answer = await delivery.respond(pushCaps, m, Date.now());
    expect(answer).toMatchObject({ kind: 'deferred', direct: [] });
    expect((await outbound(m.providerMessageId)).every((o) => o.status === 'pending')).toBe(true);
  });
});

/** Makes the next intake.receive take `ms` longer; answers how many times receive was called. */
function slowIntake(ms: number): { calls: () => number } {
  const receive = gw.intake.receive.bind(gw.intake);
  const spy = vi.spyOn(gw.intake, 'receive').mockImplementation(async (m) => {
    await new Promise((r) => setTimeout(r, ms));
    return receive(m);
  });
  return { calls: () => spy.mock.calls.length };
}

describe('provider retries and crashes: each message handled once, its replies delivered once', () => {
  it('a retry of a message still being handled joins it: stored once, both answered out of band, the replies deferred once', async () => {
    const intake = slowIntake(300);
    const m = msg('有人在环城公园南门持刀砍人');
    const caps = webhookCaps(100, false, 3);
    const first = delivery.respond(caps, m, Date.now());
    await new Promise((r) => setTimeout(r, 150)); // the provider gave up on the first request and retries
    const retry = delivery.respond(caps, { ...m }, Date.now());
    const answers = await Promise.all([first, retry]);
    expect(intake.calls()).toBe(1);
    expect(answers.map((a) => a.kind)).toEqual(['deferred', 'deferred']);
    expect(answers.every((a) => !a.received.duplicate)).toBe(true);
    expect(woken).toBe(1);
    const rows = await outbound(m.providerMessageId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((o) => o.status === 'pending')).toBe(true);
    // A retry after the answer (WeChat retries for about 20 s) still joins it: nothing new, nothing queued again.
    expect((await delivery.respond(caps, { ...m }, Date.now())).kind).toBe('deferred');
    expect(intake.calls()).toBe(1);
    expect(woken).toBe(1);
  });

  it('a provider that retries gets a message it already has out of band in a new process; one that does not gets the first reply again', async () => {
    const retried = msg('有人在环城公园南门持刀砍人');
    const inline = await delivery.respond(webhookCaps(5000, false, 3), retried, Date.now());
    expect(inline.kind).toBe('inline');
    // A crash after storing: the first answer never reached the provider, whose retry reaches a new process.
    const again = await fresh().respond(webhookCaps(5000, false, 3), { ...retried }, Date.now());
    expect(again).toMatchObject({ kind: 'deferred', received: { duplicate: true } });
    expect((await outbound(retried.providerMessageId)).every((o) => o.status === 'pending')).toBe(true);

    const replayed = msg('我的车被砸了', '+8613900139000');
    const first = await delivery.respond(webhookCaps(5000), replayed, Date.now());
    const second = await fresh().respond(webhookCaps(5000), { ...replayed }, Date.now());
    expect(second).toMatchObject({ kind: 'inline', received: { duplicate: true } });
    expect(second.kind === 'inline' && second.replies).toEqual(first.kind === 'inline' && first.replies);
  });

  it('a channel that cannot send later waits past its deadline and answers inline', async () => {
    slowIntake(200);
    const m = msg('有人在环城公园南门持刀砍人');
    const answer = await delivery.respond(webhookCaps(50, false, 3), m, Date.now(), { later: false });
    expect(answer.kind).toBe('inline');
    expect(answer.kind === 'inline' && answer.replies.length).toBeGreaterThan(0);
    expect((await outbound(m.providerMessageId)).every((o) => o.status === 'replied')).toBe(true);
  });

  it('a push channel releases the replies of a redelivered message the first run stored but never released', async () => {
    const m = msg('有人在环城公园南门持刀砍人');
    // The first run stored and processed the message, then stopped before handing its replies on.
    await gw.intake.receive(m);
    expect((await outbound(m.providerMessageId)).every((o) => o.status === 'replied')).toBe(true);
    const answer = await fresh().respond(pushCaps, { ...m }, Date.now());
    expect(answer).toMatchObject({ kind: 'deferred', direct: [], received: { duplicate: true } });
    const rows = await outbound(m.providerMessageId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((o) => o.status === 'pending')).toBe(true);
  });
});

describe('opt-out as a channel-neutral event', () => {
  it('STOP and REVOKE become opt-outs only where carrier keywords apply; elsewhere they are messages', async () => {
    const stop = await delivery.respond(webhookCaps(5000), msg('REVOKE'), Date.now());
    expect(stop.kind === 'inline' && stop.received.kind).toBe('opt_out');
    expect(await gw.services!.reporters.isOptedOut('test-sms', '+8613800138000')).toBe(true);
    const plain = await delivery.respond(webhookCaps(5000, false), msg('STOP', '+8613700137000'), Date.now());
    expect(plain.kind === 'inline' && plain.received.kind).toBe('report');
  });

  it('after an opt-out a report is still taken and flagged; automatic texts are refused, a dispatcher text is not', async () => {
    await delivery.respond(webhookCaps(5000), msg('STOP'), Date.now());
    const report = await delivery.respond(webhookCaps(5000), msg('有人在环城公园南门持刀砍人'), Date.now());
    expect(report.received.kind).toBe('report');
    const incident = await gw.reports.incident(report.received.incidentId!);
    expect(incident?.attention).toMatch(/STOP/);
    const base = { channel: 'test-sms', to: '+8613800138000', incidentId: incident!.id };
    for (const kind of ['nudge', 'status', 'notice'] as const) {
      await expect(delivery.prepare(webhookCaps(0), { ...base, kind, text: '提醒' })).rejects.toMatchObject({
        code: 'opted_out',
        retryable: false,
      });
    }
    await expect(delivery.prepare(webhookCaps(0), { ...base, kind: 'status', text: 'x' })).rejects.toBeInstanceOf(
      SendError,
    );
    expect(await delivery.prepare(webhookCaps(0), { ...base, kind: 'dispatcher', text: '请回电话' })).toEqual([
      '请回电话',
    ]);
  });

  it('fits out-of-band texts to the segment limit', async () => {
    const long = '民警已出发，请保持手机畅通。'.repeat(8);
    const parts = await delivery.prepare(webhookCaps(0), {
      channel: 'test-sms',
      to: '+8613600136000',
      incidentId: 'x',
      kind: 'dispatcher',
      text: long,
    });
    expect(parts.length).toBe(2);
    expect(parts.join('')).toBe(long);
  });
});
