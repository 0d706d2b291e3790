/** STOP / START / HELP over SMS: opt-out kept per reporter, reports still taken, help in the reporter's language. */
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel } from '../../../src/channels/twilio-sms/adapter.js';
import { matchKeyword, SMS_TEXTS, smsText } from '../../../src/channels/twilio-sms/keywords.js';
import { isOneSegment } from '../../../src/channels/twilio-sms/segments.js';
import { webChannel } from '../../../src/channels/web/adapter.js';
import { hasChinese } from '../../../src/core/text.js';
import { API_TOKEN, testGateway, type TestGateway } from '../../helpers/gateway.js';
import { fakeTwilioApi, sid, smsEnv, textSms, twimlTexts } from './fixtures.js';

const REPORTER = '+8613800138000';
let gw: TestGateway;
let running: TestGateway | null = null;
let api: ReturnType<typeof fakeTwilioApi>;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start(): Promise<TestGateway> {
  api = fakeTwilioApi();
  gw = await testGateway(smsEnv, { channels: [webChannel, createTwilioSmsChannel({ httpClient: api.httpClient })] });
  running = gw;
  return gw;
}

async function text(body: string, messageSid?: string) {
  const res = await textSms(gw, REPORTER, body, messageSid);
  expect(res.status).toBe(200);
  return twimlTexts(res.text);
}

const optedOut = async () =>
  (await gw.db.reader.reporter.findUniqueOrThrow({ where: { channel_address: { channel: 'sms', address: REPORTER } } }))
    .optedOut;
const latest = async () =>
  (await gw.reports.list({ sender: REPORTER, limit: 10 })).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;

describe('keyword matching', () => {
  it.each([
    ['STOP', 'opt_out'],
    ['  stop ', 'opt_out'],
    ['Unsubscribe', 'opt_out'],
    ['STOPALL', 'opt_out'],
    ['cancel', 'opt_out'],
    ['END', 'opt_out'],
    ['quit', 'opt_out'],
    ['REVOKE', 'opt_out'],
    ['optout', 'opt_out'],
    ['退订', 'opt_out'],
    ['TD', 'opt_out'],
    ['t', 'opt_out'],
    ['START', 'opt_in'],
    ['unstop', 'opt_in'],
    ['YES', 'opt_in_answer'],
    ['help', 'help'],
    ['INFO', 'help'],
    ['帮助', 'help'],
  ])('"%s" is the %s keyword', (body, kind) => {
    expect(matchKeyword(body)?.kind).toBe(kind);
  });

  it.each(['STOP HE HAS A KNIFE', 'please stop him', '退订了还发', 'help me he is here', '帮助我', 'stop!', ''])(
    '"%s" is not a keyword (only the whole message counts)',
    (body) => {
      expect(matchKeyword(body)).toBeNull();
    },
  );
});

describe('the channel’s own texts', () => {
  for (const id of Object.keys(SMS_TEXTS) as (keyof typeof SMS_TEXTS)[]) {
    it(`${id} exists in zh-CN and en, each in its language and one SMS segment`, () => {
      const zh = smsText(id, 'zh-CN', '110');
      const en = smsText(id, 'en', '110');
      expect(hasChinese(zh)).toBe(true);
      expect(hasChinese(en)).toBe(false);
      expect([...zh].length).toBeLessThanOrEqual(70);
      expect(en.length).toBeLessThanOrEqual(160);
      expect(isOneSegment(zh) && isOneSegment(en)).toBe(true);
      expect(zh + en).not.toMatch(/[{}]/);
    });
  }
});

describe('STOP and START', () => {
  it('STOP during a report marks the reporter opted out, answers in their language and flags the incident', async () => {
    await start();
    await text('有人在环城公园南门打架');
    const before = await latest();
    const stopSid = sid();
    const replies = await text('STOP', stopSid);

    expect(replies).toEqual([smsText('optedOut', 'zh-CN', '110')]);
    expect(await optedOut()).toBe(true);
    const after = await gw.reports.incident(before.id);
    // Not an answer to the pending question: the flow is untouched.
    expect(after?.awaiting).toBe(before.awaiting);
    expect(after?.revision).toBe(before.revision);
    expect(after?.attention).toMatch(/STOP/);
    // In the transcript with its SID, and in the audit trail.
    expect(after?.transcript).toContainEqual(
      expect.objectContaining({ direction: 'in', text: 'STOP', providerMessageId: stopSid }),
    );
    expect(after?.transcript.at(-1)).toMatchObject({ direction: 'out', text: smsText('optedOut', 'zh-CN', '110') });
    expect((await gw.reports.auditEvents(before.id)).map((e) => e.type)).toContain('sms_opt_out');
  });

  it.each(['REVOKE', 'OPTOUT'])(
    '%s (Twilio default opt-out) opts out: no report is opened, no reminder follows',
    async (word) => {
      await start();
      const replies = await text(word);
      expect(replies).toEqual([smsText('optedOut', 'en', '110')]);
      expect(await optedOut()).toBe(true);
      expect(await gw.db.reader.incident.count()).toBe(0);
      gw.clock.advance(3600);
      await gw.tick();
      await gw.outboundWorker.runOnce();
      expect(api.requests).toHaveLength(0);
    },
  );

  it('precedence: a bare CANCEL on SMS is the carrier opt-out, "取消报警" goes to the flow, and on the web CANCEL is a message', async () => {
    await start();
    await text('有人在环城公园南门打架');
    const open = await latest();
    expect(await text('CANCEL')).toEqual([smsText('optedOut', 'zh-CN', '110')]);
    expect(await optedOut()).toBe(true);
    expect((await gw.reports.incident(open.id))?.status).toBe(open.status);
    const cancelSid = sid();
    const replies = await text('取消报警', cancelSid);
    expect(replies.length).toBeGreaterThan(0);
    const row = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'sms', providerMessageId: cancelSid } },
    });
    expect(row.incidentId).toBe(open.id);
    expect(row.processedAt).not.toBeNull();
    const web = await request(gw.app).post('/api/v1/reports').send({ text: 'CANCEL' });
    expect(web.status).toBe(201);
    expect(web.body.replies.join(' ')).not.toMatch(/opted out|退订/);
  });

  it('a repeated STOP MessageSid replays the same answer and stores nothing new', async () => {
    await start();
    const stopSid = sid();
    const first = await text('退订', stopSid);
    const count = await gw.db.reader.inboundMessage.count();
    expect(await text('退订', stopSid)).toEqual(first);
    expect(await gw.db.reader.inboundMessage.count()).toBe(count);
  });

  it('after STOP a new report from that number is still stored and answered, and a call-taker is told', async () => {
    await start();
    await text('STOP');
    expect(await optedOut()).toBe(true);
    const reportSid = sid();
    const replies = await text('有人在人民路12号砍人，流了很多血', reportSid);

    expect(replies.length).toBeGreaterThan(0);
    expect(replies.join('')).toMatch(/已记录|民警/);
    const row = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'sms', providerMessageId: reportSid } },
    });
    expect(row.processedAt).not.toBeNull();
    const incident = await gw.reports.incident(row.incidentId!);
    expect(incident?.priority).toBe('P1');
    expect(incident?.attention).toMatch(/STOP/);
  });

  it('after STOP no automatic texts are sent (reminders, status texts; dispatch is told), a dispatcher text is tried', async () => {
    await start();
    await text('我的自行车被偷了');
    const incident = await latest();
    await text('STOP');

    gw.clock.advance(91); // NUDGE_AFTER_S defaults to 90
    await gw.tick();
    await gw.outboundWorker.runOnce();
    const nudge = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'nudge' } });
    expect(nudge).toMatchObject({ status: 'failed' });
    expect(api.requests).toHaveLength(0);

    const res = await request(gw.app)
      .post(`/api/v1/incidents/${incident.id}/status`)
      .set('Authorization', `Bearer ${API_TOKEN}`)
      .send({ status: 'acknowledged' });
    expect(res.status).toBeLessThan(300);
    await gw.outboundWorker.runOnce();
    expect(api.requests).toHaveLength(0);
    const status = await gw.db.reader.outboundMessage.findFirstOrThrow({ where: { kind: 'status' } });
    expect(status).toMatchObject({ status: 'failed' });
    expect((await gw.reports.incident(incident.id))?.attention).toMatch(/opted out/);

    const told = await request(gw.app)
      .post(`/api/v1/incidents/${incident.id}/messages`)
      .set('Authorization', `Bearer ${API_TOKEN}`)
      .send({ text: '请回电话' });
    expect(told.status).toBeLessThan(300);
    await gw.outboundWorker.runOnce();
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.data).toMatchObject({ To: REPORTER, Body: expect.stringContaining('请回电话') });
  });

  it('START opts the reporter back in; YES does too and still counts as an answer', async () => {
    await start();
    await text('STOP');
    expect(await text('START')).toEqual([smsText('optedIn', 'en', '110')]);
    expect(await optedOut()).toBe(false);

    await text('有人在环城公园南门打架');
    await text('STOP');
    expect(await optedOut()).toBe(true);
    const yesSid = sid();
    await text('YES', yesSid);
    expect(await optedOut()).toBe(false);
    const row = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'sms', providerMessageId: yesSid } },
    });
    expect(JSON.parse(row.replies!)).not.toContain(smsText('optedIn', 'en', '110'));
  });

  it('"STOP" inside an emergency sentence is a report, not an opt-out', async () => {
    await start();
    const replies = await text('STOP HE HAS A KNIFE AND IS AT MY DOOR');
    expect(await optedOut()).toBe(false);
    expect(replies).not.toContain(smsText('optedOut', 'en', '110'));
    expect((await latest()).elements.weapons).toBeDefined();
  });
});

describe('HELP', () => {
  it.each([
    ['HELP', 'en'],
    ['帮助', 'zh-CN'],
  ] as const)(
    '"%s" is answered in %s with how to report and that 110 can be called, one segment each',
    async (word, lang) => {
      await start();
      const replies = await text(word);
      const help = smsText('help', lang, '110');
      expect(replies).toContain(help);
      expect(help).toMatch(/call 110|拨打110/);
      for (const r of replies) expect(isOneSegment(r), r).toBe(true);
      for (const r of replies) expect(hasChinese(r)).toBe(lang === 'zh-CN');
      // The message is a message like any other: stored, in the transcript with everything that was sent.
      const incident = await latest();
      expect(incident.transcript.filter((t) => t.direction === 'in').map((t) => t.text)).toEqual([word]);
      expect(incident.transcript.filter((t) => t.direction === 'out').map((t) => t.text)).toEqual(replies);
    },
  );

  it('HELP in the middle of a Chinese report is answered in Chinese and the question is asked again', async () => {
    await start();
    const first = await text('有人在打架');
    const replies = await text('help');
    expect(replies).toContain(smsText('help', 'zh-CN', '110'));
    // The pending question (asked first as part of the receipt) comes again after the explanation.
    expect(first.join('')).toContain('你在哪里');
    expect(replies.some((r) => r.includes('你在哪里'))).toBe(true);
  });
});
