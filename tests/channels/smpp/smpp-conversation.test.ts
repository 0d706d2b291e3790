/**
 * Carrier SMS over SMPP 3.4 against a real SMSC started in-process with the same `smpp` package: the
 * gateway binds as a transceiver, takes deliver_sm as reports (Chinese UCS-2 and English GSM-7), answers
 * each deliver_sm only after the message is stored, reassembles long messages (UDH 8/16-bit, SAR), replies
 * with submit_sm (UCS-2 for Chinese, one segment each), survives a dropped link by rebinding, matches
 * delivery receipts to what it sent, retries throttled submits, and stores an SMSC redelivery once.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmppChannel, type SmppChannel } from '../../../src/channels/smpp/adapter.js';
import { countSegments } from '../../../src/core/segments.js';
import { API_TOKEN, testGateway, type TestGateway } from '../../helpers/gateway.js';
import { FakeSmsc, ucs2 } from './smsc.js';

const auth = { Authorization: `Bearer ${API_TOKEN}` };
const ZH = '8613800138000';
const EN = '8613900139000';

let smsc: FakeSmsc;
let gw: TestGateway;
let channel: SmppChannel;

async function start(options: Parameters<typeof createSmppChannel>[0] = {}): Promise<void> {
  smsc = new FakeSmsc();
  const port = await smsc.listen();
  channel = createSmppChannel({
    keepAliveMs: 200,
    responseTimeoutMs: 1000,
    rebindCapMs: 200,
    holdMs: 1500,
    ...options,
  });
  gw = await testGateway({ SMPP_URL: smsc.url(port), SMPP_SOURCE_ADDR: '12110' }, { channels: [channel] });
  await gw.start();
  await smsc.until(() => smsc.binds === 1, 'the first bind');
  await smsc.until(() => channel.link?.isBound === true, 'the gateway to see its bind');
}

beforeEach(async () => {
  await start();
});
afterEach(async () => {
  await gw.stop();
  await smsc.close();
});

const inboundRows = () => gw.db.reader.inboundMessage.findMany({ where: { channel: 'smpp' }, orderBy: { id: 'asc' } });
const repliesTo = (addr: string) => smsc.submitted.filter((s) => s.to === addr);

describe('SMPP: conversations', () => {
  it('a Chinese report over UCS-2: stored before deliver_sm_resp, answered with UCS-2 submit_sm of one segment', async () => {
    const status = await smsc.deliver(ZH, '有人在环城公园南门持刀砍人');
    expect(status).toBe(0);
    // The response came after the commit: the message is there the moment the SMSC has its answer.
    const rows = await inboundRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe('有人在环城公园南门持刀砍人');
    await smsc.until(() => repliesTo(ZH).length > 0, 'a reply');
    const first = repliesTo(ZH)[0]!;
    expect(first.from).toBe('12110');
    expect(first.dataCoding).toBe(8);
    expect(first.text).toMatch(/[\u4e00-\u9fff]/);
    expect(first.registeredDelivery).toBe(1);
    for (const r of repliesTo(ZH)) expect(countSegments(r.text).segments).toBe(1);

    const incident = await gw.reports.incident(rows[0]!.incidentId!);
    expect(incident?.sender).toBe(`+${ZH}`);
    expect(incident?.channel).toBe('smpp');
    // A phone address: the sender is the callback number (capabilities, not a channel name).
    expect(incident?.elements.callback).toBe(`+${ZH}`);

    const before = repliesTo(ZH).length;
    expect(await smsc.deliver(ZH, '我在南门的公交站旁边，两个人受伤了')).toBe(0);
    await smsc.until(() => repliesTo(ZH).length > before, 'the next reply');
    const all = await inboundRows();
    expect(new Set(all.map((r) => r.incidentId)).size).toBe(1);
  });

  it('an English report over GSM-7 is answered in English with GSM-7 (data_coding 0)', async () => {
    expect(await smsc.deliver(EN, 'Someone broke into my car on Main Street and is still there')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > 0, 'a reply');
    const reply = repliesTo(EN)[0]!;
    expect(reply.dataCoding).toBe(0);
    expect(reply.text).toMatch(/[A-Za-z]{3,}/);
    expect(reply.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(reply.text.length).toBeLessThanOrEqual(160);
  });
});

describe('SMPP: long messages', () => {
  const long =
    '我被人骗了，对方自称是公安局的，让我把银行卡里的钱转到安全账户，我已经转了五万元，现在他们还要我继续转钱，我在西安市雁塔区小寨东路的家里，对方电话还没挂断，我该怎么办，请帮帮我';

  function parts(text: string, size: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
    return out;
  }

  it('parts with an 8-bit UDH reference, out of order, are stored once as the whole text; each answered after', async () => {
    const p = parts(long, 67);
    expect(p.length).toBe(2 + (long.length > 134 ? 1 : 0));
    const udh = (seq: number) => Buffer.from([0x05, 0x00, 0x03, 0x2a, p.length, seq]);
    const resps = [...p.keys()]
      .reverse()
      .map((i) => smsc.deliverRaw(ZH, ucs2(p[i]!), { dataCoding: 8, udh: udh(i + 1) }));
    const statuses = await Promise.all(resps);
    expect(statuses.every((s) => s === 0)).toBe(true);
    const rows = await inboundRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe(long);
  });

  it('a 16-bit UDH reference and SAR TLVs are reassembled too', async () => {
    const p = parts(long, 60);
    const udh16 = (seq: number) => Buffer.from([0x06, 0x08, 0x04, 0x12, 0x34, p.length, seq]);
    await Promise.all(p.map((t, i) => smsc.deliverRaw(ZH, ucs2(t), { dataCoding: 8, udh: udh16(i + 1) })));
    const english =
      'My neighbour at 12 Elm Road has been shouting for help for ten minutes and now it is quiet. '.repeat(2);
    const q = parts(english, 100);
    await Promise.all(
      q.map((t, i) => smsc.deliverRaw(EN, Buffer.from(t, 'latin1'), { sar: { ref: 7, total: q.length, seq: i + 1 } })),
    );
    const texts = (await inboundRows()).map((r) => r.text);
    expect(texts).toContain(long);
    expect(texts).toContain(english);
    expect(texts).toHaveLength(2);
  });

  it('an incomplete long message is stored as far as it came after the hold time (nothing acknowledged is lost)', async () => {
    const p = parts(long, 67);
    const udh = (seq: number) => Buffer.from([0x05, 0x00, 0x03, 0x33, p.length, seq]);
    const status = await smsc.deliverRaw(ZH, ucs2(p[0]!), { dataCoding: 8, udh: udh(1) });
    expect(status).toBe(0);
    const rows = await inboundRows();
    expect(rows.map((r) => r.text)).toEqual([p[0]]);
  });

  it('a reply longer than one segment goes out as UDH-concatenated UCS-2 submit_sm parts the SMSC can join', async () => {
    const text = `民警已出发，请保持手机畅通。${long}`;
    const sent = await channel.send({ channel: 'smpp', to: `+${ZH}`, text, kind: 'dispatcher', incidentId: 'x' });
    const parts = repliesTo(ZH);
    expect(parts.length).toBe(Math.ceil(text.length / 67));
    expect(sent.providerMessageId).toBe(parts.at(-1)!.messageId);
    // The SMSC's decoder hands over the information elements without the UDH length byte.
    const ref = parts[0]!.udh![2];
    parts.forEach((p, i) => {
      expect(p.dataCoding).toBe(8);
      expect(p.esmClass & 0x40).toBe(0x40);
      // IEI 0x00 (8-bit reference), length 3, reference, total, sequence.
      expect([...p.udh!]).toEqual([0x00, 0x03, ref, parts.length, i + 1]);
      expect(p.text.length).toBeLessThanOrEqual(67);
    });
    expect(parts.map((p) => p.text).join('')).toBe(text);
    const english =
      'Police are on the way. Stay where you are if it is safe, keep your phone on and text us any change. '.repeat(2);
    await channel.send({ channel: 'smpp', to: `+${EN}`, text: english, kind: 'dispatcher', incidentId: 'x' });
    const en = repliesTo(EN);
    expect(en.map((p) => p.dataCoding)).toEqual([0, 0]);
    expect(en.map((p) => p.text).join('')).toBe(english);
  });
});

describe('SMPP: a retry sends only what the SMSC did not take', () => {
  const three = '民警已出发，请保持手机畅通，不要挂断。'.repeat(8); // 152 UCS-2 units: 3 parts of 67
  const message = { channel: 'smpp', to: `+${ZH}`, text: three, kind: 'dispatcher', incidentId: 'x' } as const;

  /** The parts the SMSC took, as (reference, total, sequence) from their UDH, and their joined text. */
  function taken() {
    const parts = repliesTo(ZH);
    return { udh: parts.map((p) => [p.udh![2], p.udh![3], p.udh![4]]), text: parts.map((p) => p.text).join('') };
  }

  it('part 2 of 3 throttled past the attempts: the retry sends parts 2 and 3 only, under the same UDH reference', async () => {
    await gw.stop();
    await smsc.close();
    await start({ throttleAttempts: 1 });
    smsc.acceptFirst = 1;
    smsc.throttleNext = 1;
    await expect(channel.send(message)).rejects.toMatchObject({ retryable: true, code: '0x0058' });
    expect(repliesTo(ZH)).toHaveLength(1);
    const sent = await channel.send(message);
    const { udh, text } = taken();
    const ref = udh[0]![0];
    expect(udh).toEqual([
      [ref, 3, 1],
      [ref, 3, 2],
      [ref, 3, 3],
    ]);
    expect(text).toBe(three);
    expect(sent.providerMessageId).toBe(repliesTo(ZH)[2]!.messageId);
    // Once wholly sent, the same text again is a new message: all three parts, a new reference.
    await channel.send(message);
    expect(repliesTo(ZH)).toHaveLength(6);
    expect(repliesTo(ZH)[3]!.udh![2]).not.toBe(ref);
  });

  it('the link drops at part 2 of 3: after the rebind the retry sends parts 2 and 3 only', async () => {
    smsc.dropAfter = 1;
    await expect(channel.send(message)).rejects.toMatchObject({ retryable: true });
    expect(repliesTo(ZH)).toHaveLength(1);
    await smsc.until(() => smsc.binds === 2 && channel.link?.isBound === true, 'the rebind');
    await channel.send(message);
    const { udh, text } = taken();
    expect(udh.map((u) => u[2])).toEqual([1, 2, 3]);
    expect(new Set(udh.map((u) => u[0])).size).toBe(1);
    expect(text).toBe(three);
  });
});

describe('SMPP: link failures, receipts, throttling, duplicates', () => {
  it('a dropped link mid-conversation is rebound; the conversation goes on and a reply queued meanwhile is sent', async () => {
    expect(await smsc.deliver(ZH, '有人在环城公园南门持刀砍人')).toBe(0);
    await smsc.until(() => repliesTo(ZH).length > 0, 'a reply');
    const [row] = await inboundRows();
    smsc.dropAll();
    await smsc.until(() => !channel.link?.isBound, 'the gateway to notice');
    // Dispatch writes while the link is down: the send fails (not bound) and is kept for a retry.
    const res = await request(gw.app)
      .post(`/api/v1/incidents/${row!.incidentId}/messages`)
      .set(auth)
      .send({ text: '民警已出发' });
    expect(res.status).toBe(202);
    await smsc.until(() => smsc.binds === 2, 'the rebind');
    await smsc.until(() => channel.link?.isBound === true, 'bound again');
    gw.clock.advance(60);
    await gw.outboundWorker.runOnce();
    await smsc.until(() => repliesTo(ZH).some((s) => s.text.includes('民警已出发')), 'the queued message');
    const before = repliesTo(ZH).length;
    expect(await smsc.deliver(ZH, '我在南门的公交站旁边')).toBe(0);
    await smsc.until(() => repliesTo(ZH).length > before, 'a reply after the rebind');
    expect(new Set((await inboundRows()).map((r) => r.incidentId)).size).toBe(1);
  });

  it('keeps the link alive with enquire_link and drops a link whose SMSC stops answering', async () => {
    await smsc.until(() => smsc.enquireLinks >= 2, 'enquire_link');
    smsc.silent = true;
    await smsc.until(() => smsc.binds >= 2, 'a rebind after unanswered enquire_link', 8000);
    smsc.silent = false;
  });

  it('a delivery receipt is matched to the sent message by message_id; a late ENROUTE does not undo DELIVRD', async () => {
    expect(await smsc.deliver(EN, 'Someone broke into my car on Main Street')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > 0, 'a reply');
    const sent = repliesTo(EN)[0]!;
    const row = () =>
      gw.db.reader.outboundMessage.findFirstOrThrow({ where: { channel: 'smpp', providerMessageId: sent.messageId } });
    await smsc.until(() => true, 'nothing');
    await expect.poll(async () => (await row()).status).toBe('sent');
    expect(await smsc.receipt(`+${EN}`, sent.messageId, 'DELIVRD')).toBe(0);
    expect((await row()).status).toBe('delivered');
    expect(await smsc.receipt(`+${EN}`, sent.messageId, 'ENROUTE')).toBe(0);
    expect((await row()).status).toBe('delivered');
    // Receipts are not reports.
    expect((await inboundRows()).map((r) => r.text)).toEqual(['Someone broke into my car on Main Street']);
  });

  it('a receipt that arrives before the gateway recorded its submit_sm_resp is still matched', async () => {
    smsc.receiptOnSubmit = true;
    expect(await smsc.deliver(EN, 'Someone broke into my car on Main Street')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > 0, 'a reply');
    const sent = repliesTo(EN)[0]!;
    await expect
      .poll(
        async () =>
          (
            await gw.db.reader.outboundMessage.findFirst({
              where: { channel: 'smpp', providerMessageId: sent.messageId },
            })
          )?.status,
        { timeout: 5000 },
      )
      .toBe('delivered');
  });

  it('throttled submits (ESME_RTHROTTLED, ESME_RMSGQFUL) are retried with back-off and sent once', async () => {
    smsc.throttleNext = 2;
    expect(await smsc.deliver(EN, 'Someone broke into my car on Main Street')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > 0, 'a reply after throttling');
    expect(smsc.throttled).toBe(2);
    smsc.throttleStatus = 0x14;
    smsc.throttleNext = 1;
    const before = repliesTo(EN).length;
    expect(await smsc.deliver(EN, 'he has a knife')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > before, 'a reply after a full queue');
    expect(smsc.throttled).toBe(3);
    const texts = repliesTo(EN).map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('a burst of 150 reporters at once: every deliver_sm answered, each reporter replied to without waiting for a poll', async () => {
    const senders = Array.from({ length: 150 }, (_, i) => `86137${String(10000000 + i)}`);
    const statuses = await Promise.all(senders.map((s) => smsc.deliver(s, '有人在环城公园南门持刀砍人')));
    expect(statuses.every((s) => s === 0)).toBe(true);
    // The tests' gateway has no polling timer: only the worker's own wake-ups can send these.
    await smsc.until(() => senders.every((s) => repliesTo(s).length > 0), 'a reply to every reporter');
    expect(await inboundRows()).toHaveLength(150);
  });

  it('an SMSC redelivery of the same deliver_sm is stored once and answered once', async () => {
    expect(await smsc.deliver(ZH, '有人在环城公园南门持刀砍人')).toBe(0);
    await smsc.until(() => repliesTo(ZH).length > 0, 'a reply');
    const replies = repliesTo(ZH).length;
    gw.clock.advance(30);
    expect(await smsc.deliver(ZH, '有人在环城公园南门持刀砍人')).toBe(0);
    expect(await inboundRows()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(repliesTo(ZH).length).toBe(replies);
  });

  it('REVOKE is an opt-out on carrier SMS: recorded and answered (no report is opened)', async () => {
    expect(await smsc.deliver(EN, 'REVOKE')).toBe(0);
    await smsc.until(() => repliesTo(EN).length > 0, 'the opt-out answer');
    expect(repliesTo(EN)[0]!.text).toMatch(/opted out/i);
    const reporter = await gw.db.reader.reporter.findFirstOrThrow({ where: { channel: 'smpp', address: `+${EN}` } });
    expect(reporter.optedOut).toBe(true);
    expect(await gw.db.reader.incident.count()).toBe(0);
  });

  it('refuses to bind with a wrong password and keeps retrying with back-off (the gateway still starts)', async () => {
    await gw.stop();
    await smsc.close();
    smsc = new FakeSmsc();
    const port = await smsc.listen();
    channel = createSmppChannel({ rebindCapMs: 100 });
    gw = await testGateway({ SMPP_URL: smsc.url(port, 'wrong'), SMPP_SOURCE_ADDR: '12110' }, { channels: [channel] });
    await gw.start();
    await smsc.until(() => smsc.refusedBinds >= 2, 'bind retries');
    expect(channel.link?.isBound).toBe(false);
    expect((await request(gw.app).get('/healthz')).status).toBe(200);
  });
});
