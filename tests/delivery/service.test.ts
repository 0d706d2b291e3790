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

const webhookCaps = (withinMs: number, carrierKeywords = true): ChannelCapabilities => ({
  label: { en: 'test SMS', 'zh-CN': '测试短信' },
  address: 'phone',
  inline: { kind: 'response', withinMs },
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
});
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
