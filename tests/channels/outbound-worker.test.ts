import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/channels/outbound-worker.js';
import { twilioSmsCapabilities } from '../../src/channels/twilio-sms/capabilities.js';
import { SendError, type ChannelAdapter } from '../../src/channels/types.js';
import { webChannel } from '../../src/channels/web/adapter.js';
import type { OutboundMessage } from '../../src/core/message.js';
import { testGateway, type TestGateway } from '../helpers/gateway.js';

/** A push channel whose sends fail as scripted, recording every attempt. */
function scriptedChannel(outcomes: (string | SendError)[]) {
  const attempts: OutboundMessage[] = [];
  const adapter: ChannelAdapter = {
    id: 'sms',
    capabilities: twilioSmsCapabilities,
    availability: () => ({ on: true }),
    send: (m) => {
      attempts.push(m);
      const next = outcomes.shift() ?? 'SM-ok';
      return next instanceof SendError ? Promise.reject(next) : Promise.resolve({ providerMessageId: next });
    },
  };
  return { adapter, attempts };
}

let gw: TestGateway;
afterEach(async () => {
  await gw.stop();
});

async function smsIncident(): Promise<string> {
  const r = await gw.intake.receive({
    channel: 'sms',
    providerMessageId: 'SM1',
    sender: '+8613800138000',
    text: '我的自行车被偷了',
    receivedAt: gw.clock.now(),
  });
  return r.incidentId;
}

describe('out-of-band delivery', () => {
  it('retries a retryable failure with backoff, then records the provider id', async () => {
    const sms = scriptedChannel([new SendError('timeout', true), 'SM-delivered']);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    const id = await smsIncident();
    await gw.intake.dispatcherMessage(id, '民警正在赶来');
    await gw.outboundWorker.runOnce();
    expect(sms.attempts).toHaveLength(1);
    // Not due yet: the backoff holds it back.
    await gw.outboundWorker.runOnce();
    expect(sms.attempts).toHaveLength(1);
    gw.clock.advance(5);
    await gw.outboundWorker.runOnce();
    expect(sms.attempts).toHaveLength(2);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', providerMessageId: 'SM-delivered', attempts: 2 });
    expect(sms.attempts[1]).toMatchObject({ channel: 'sms', to: '+8613800138000' });
  });

  it('a stored message sent as several texts: after text 2 fails, the retry sends texts 2 and 3 only', async () => {
    const sms = scriptedChannel(['SM-1', new SendError('throttled', true)]);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    await gw.outboundWorker.stop(); // no runs but the test's own
    const id = await smsIncident();
    await gw.intake.dispatcherMessage(id, '民警正在赶来');
    // A stored text longer than one segment (the intake cuts its own; an older row or another writer may not).
    const long = Array.from({ length: 10 }, (_, i) => `第${i + 1}条：民警已出发，请保持手机畅通。`).join('');
    await gw.db.reader.outboundMessage.updateMany({ where: { kind: 'dispatcher' }, data: { text: long } });
    await gw.outboundWorker.runOnce();
    expect(sms.attempts).toHaveLength(2);
    gw.clock.advance(5);
    await gw.outboundWorker.runOnce();
    const texts = sms.attempts.map((a) => a.text);
    expect(texts.length).toBeGreaterThanOrEqual(4); // at least three texts: the failed one again, then the rest
    expect(texts[2]).toBe(texts[1]);
    expect(new Set(texts).size).toBe(texts.length - 1);
    expect([texts[0], ...texts.slice(2)].join('')).toBe(long);
    const row = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'dispatcher' } });
    expect(row.status).toBe('sent');
  });

  it('a final failure is not retried and is surfaced on the incident for a call-taker', async () => {
    const sms = scriptedChannel([new SendError('opted out', false, '21610')]);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    const id = await smsIncident();
    await gw.intake.dispatchStatus(id, 'dispatched');
    await gw.outboundWorker.runOnce();
    gw.clock.advance(600);
    await gw.outboundWorker.runOnce();
    expect(sms.attempts).toHaveLength(1);
    const incident = await gw.reports.incident(id);
    expect(incident?.attention).toContain('opted out');
    const audit = await gw.reports.auditEvents(id);
    expect(audit.find((e) => e.type === 'outbound_failed')?.data).toMatchObject({ code: '21610' });
  });

  it('keeps one reporter’s messages in order while an earlier one waits for a retry', async () => {
    const sms = scriptedChannel([new SendError('busy', true), 'SM-a', 'SM-b']);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    const id = await smsIncident();
    await gw.intake.dispatcherMessage(id, 'first');
    await gw.intake.dispatcherMessage(id, 'second');
    await gw.outboundWorker.runOnce();
    await gw.outboundWorker.runOnce();
    expect(sms.attempts.map((a) => a.text)).toEqual([expect.stringContaining('first')]);
    gw.clock.advance(5);
    await gw.outboundWorker.runOnce();
    await gw.outboundWorker.runOnce();
    expect(sms.attempts.map((a) => a.text)).toEqual([
      expect.stringContaining('first'),
      expect.stringContaining('first'),
      expect.stringContaining('second'),
    ]);
  });

  it('replies a channel could not give in its response are deferred durably and sent by the worker', async () => {
    const sms = scriptedChannel(['SM-late-1', 'SM-late-2']);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    const r = await gw.intake.receive({
      channel: 'sms',
      providerMessageId: 'late-1',
      sender: '+8613800138000',
      text: '有人在砍人',
      receivedAt: gw.clock.now(),
    });
    expect(await gw.outbound.hasPending('sms', '+8613800138000')).toBe(false);
    expect(await gw.outbound.deferReplies('sms', 'late-1', gw.clock.now())).toBe(true);
    expect(await gw.outbound.hasPending('sms', '+8613800138000')).toBe(true);
    await gw.outboundWorker.runOnce();
    expect(sms.attempts.map((a) => a.text)).toEqual(r.replies);
    expect(await gw.outbound.deferReplies('sms', 'no-such-message', gw.clock.now())).toBe(false);
  });

  it('a message deferred before it was processed (a crash in between) has its replies queued when recovered', async () => {
    const sms = scriptedChannel([]);
    gw = await testGateway({}, { channels: [webChannel, sms.adapter] });
    await gw.store.storeInbound({
      channel: 'sms',
      providerMessageId: 'late-2',
      sender: '+8613900139000',
      text: 'my bike was stolen',
      receivedAt: gw.clock.now(),
    });
    await gw.outbound.deferReplies('sms', 'late-2', gw.clock.now());
    await gw.intake.recover();
    await gw.outboundWorker.runOnce();
    expect(sms.attempts.length).toBeGreaterThan(0);
    expect(sms.attempts.every((a) => a.to === '+8613900139000')).toBe(true);
  });

  it('backs off exponentially with jitter up to five minutes', () => {
    expect(backoffMs(0, () => 0.5)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(20, () => 0.5)).toBe(300_000);
    expect(backoffMs(2, () => 0)).toBe(3200);
    expect(backoffMs(2, () => 1)).toBe(4800);
  });
});
