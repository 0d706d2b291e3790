/** POST /channels/twilio/sms: signature before parsing, TwiML replies, MessageSid idempotency, MMS, senders. */
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSmsAvailability } from '../../../src/channels/twilio-sms/adapter.js';
import { loadConfig } from '../../../src/config.js';
import { render } from '../../../src/core/flow/templates.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';
import { inboundForm, postSigned, PUBLIC_BASE_URL, sid, sign, smsEnv, textSms, twimlTexts } from './fixtures.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await testGateway(smsEnv);
});
afterAll(async () => {
  await gw.stop();
});

const inboundBySid = (messageSid: string) =>
  gw.db.reader.inboundMessage.findUnique({
    where: { channel_providerMessageId: { channel: 'sms', providerMessageId: messageSid } },
  });

describe('SMS webhook: what arrives is stored and answered', () => {
  const cases: {
    name: string;
    form: Record<string, string>;
    sender: string;
    text: string;
    media?: { url: string; contentType: string }[];
  }[] = [
    {
      name: 'a Chinese text from a mainland mobile',
      form: inboundForm({ from: '+8613800138001', body: '有人在环城公园南门打架，有人流血' }),
      sender: '+8613800138001',
      text: '有人在环城公园南门打架，有人流血',
    },
    {
      name: 'an English text from a US mobile',
      form: inboundForm({ from: '+12065550123', body: 'Someone is breaking into my neighbours house at 12 Pine St' }),
      sender: '+12065550123',
      text: 'Someone is breaking into my neighbours house at 12 Pine St',
    },
    {
      name: 'an MMS with two photos and no text (media kept as references, never fetched)',
      form: inboundForm({
        from: '+8613800138002',
        body: '',
        media: [
          {
            url: `https://api.twilio.com/2010-04-01/Accounts/AC3f0c5a2e9b7d41c6a8e2f1b0d9c7e6a5/Messages/MM1/Media/ME1`,
            type: 'image/jpeg',
          },
          {
            url: `https://api.twilio.com/2010-04-01/Accounts/AC3f0c5a2e9b7d41c6a8e2f1b0d9c7e6a5/Messages/MM1/Media/ME2`,
            type: 'image/png',
          },
        ],
      }),
      sender: '+8613800138002',
      text: '',
      media: [
        {
          url: 'https://api.twilio.com/2010-04-01/Accounts/AC3f0c5a2e9b7d41c6a8e2f1b0d9c7e6a5/Messages/MM1/Media/ME1',
          contentType: 'image/jpeg',
        },
        {
          url: 'https://api.twilio.com/2010-04-01/Accounts/AC3f0c5a2e9b7d41c6a8e2f1b0d9c7e6a5/Messages/MM1/Media/ME2',
          contentType: 'image/png',
        },
      ],
    },
    {
      name: 'an empty text',
      form: inboundForm({ from: '+8613800138003', body: '   ' }),
      sender: '+8613800138003',
      text: '   ',
    },
    {
      name: 'a short-code sender, kept as it is (not E.164)',
      form: inboundForm({ from: '12110', body: '我被跟踪了' }),
      sender: '12110',
      text: '我被跟踪了',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: stored with its MessageSid and answered in TwiML`, async () => {
      const res = await postSigned(gw, '/channels/twilio/sms', c.form);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/xml/);
      expect(res.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>/);
      expect(twimlTexts(res.text).length).toBeGreaterThan(0);
      const row = await inboundBySid(c.form.MessageSid!);
      expect(row).not.toBeNull();
      expect(row!.text).toBe(c.text);
      expect(row!.processedAt).not.toBeNull();
      expect(row!.media ? JSON.parse(row!.media) : undefined).toEqual(c.media);
      const incident = await gw.reports.incident(row!.incidentId!);
      expect(incident?.channel).toBe('sms');
      expect(incident?.sender).toBe(c.sender);
    });
  }

  it("takes the reporter's number as the incident's callback, in E.164", async () => {
    const res = await textSms(gw, '+8613912345678', '有人在人民路12号砍人');
    expect(res.status).toBe(200);
    const [incident] = await gw.reports.list({ sender: '+8613912345678', limit: 1 });
    expect(incident?.elements.callback).toBe('+8613912345678');
    expect(incident?.missing).not.toContain('callback');
  });

  it('a repeated MessageSid replays the first TwiML byte for byte and stores nothing new', async () => {
    const form = inboundForm({ from: '+8613800138010', body: '我的电动车在小区门口被偷了' });
    const first = await postSigned(gw, '/channels/twilio/sms', form);
    const counts = async () => [await gw.db.reader.inboundMessage.count(), await gw.db.reader.outboundMessage.count()];
    const before = await counts();
    const again = await postSigned(gw, '/channels/twilio/sms', form);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(await counts()).toEqual(before);
  });

  it('out-of-order texts (the later one arrives first) are both stored, answered, and joined in one incident', async () => {
    const from = '+8613800138011';
    const earlier = sid();
    const later = sid();
    const a = await textSms(gw, from, '在解放路和东大街路口', later);
    const b = await textSms(gw, from, '有两个人在打架，一个拿着刀', earlier);
    expect(twimlTexts(a.text).length).toBeGreaterThan(0);
    expect(twimlTexts(b.text).length).toBeGreaterThan(0);
    const rows = await Promise.all([inboundBySid(later), inboundBySid(earlier)]);
    expect(rows.every((r) => r?.processedAt)).toBe(true);
    expect(rows[0]!.incidentId).toBe(rows[1]!.incidentId);
    const incident = await gw.reports.incident(rows[0]!.incidentId!);
    expect(incident?.elements.location).toContain('解放路');
    expect(incident?.elements.weapons).toBeDefined();
  });
});

describe('SMS webhook: what is refused', () => {
  it('a missing signature gets 403 and nothing is stored', async () => {
    const before = await gw.db.reader.inboundMessage.count();
    const form = inboundForm({ from: '+8613800138020', body: '有人砍人' });
    const res = await postSigned(gw, '/channels/twilio/sms', form, '');
    expect(res.status).toBe(403);
    expect(await gw.db.reader.inboundMessage.count()).toBe(before);
  });

  it('a body changed after signing gets 403 and nothing is stored', async () => {
    const before = await gw.db.reader.inboundMessage.count();
    const form = inboundForm({ from: '+8613800138021', body: '我很安全' });
    const signature = sign(`${PUBLIC_BASE_URL}/channels/twilio/sms`, form);
    const res = await postSigned(gw, '/channels/twilio/sms', { ...form, Body: '取消报警' }, signature);
    expect(res.status).toBe(403);
    expect(await gw.db.reader.inboundMessage.count()).toBe(before);
  });

  it('a signed form without a MessageSid or a From gets 400 and nothing is stored', async () => {
    const before = await gw.db.reader.inboundMessage.count();
    const { MessageSid: _m, SmsMessageSid: _s, ...noSid } = inboundForm({ from: '+8613800138022', body: '救命' });
    expect((await postSigned(gw, '/channels/twilio/sms', noSid)).status).toBe(400);
    const { From: _f, ...noFrom } = inboundForm({ from: '+8613800138022', body: '救命' });
    expect((await postSigned(gw, '/channels/twilio/sms', noFrom)).status).toBe(400);
    expect(await gw.db.reader.inboundMessage.count()).toBe(before);
  });
});

describe('SMS webhook when the message cannot be stored', () => {
  it('answers 503 so Twilio retries, and the fallback URL tells the reporter to call 110 in their language', async () => {
    const broken = await testGateway(smsEnv);
    try {
      // The table every inbound message is written to is gone: storing fails.
      await broken.db.sql.write((tx) => tx.run('DROP TABLE "InboundMessage"'));
      const zh = await textSms(broken, '+8613800138050', '有人在砍人');
      expect(zh.status).toBe(503);
      expect(zh.headers['retry-after']).toBe('5');
      expect(twimlTexts(zh.text)).toEqual([]);
      // After its retries Twilio calls the number's Fallback URL with the same form: no database needed.
      const fallbackZh = await postSigned(
        broken,
        '/channels/twilio/fallback',
        inboundForm({ from: '+8613800138050', body: '有人在砍人' }),
      );
      expect(fallbackZh.status).toBe(200);
      expect(twimlTexts(fallbackZh.text)).toEqual([render('storage_failed', 'zh-CN')]);
      const fallbackEn = await postSigned(
        broken,
        '/channels/twilio/fallback',
        inboundForm({ from: '+12065550150', body: 'someone is stabbing people' }),
      );
      expect(twimlTexts(fallbackEn.text)).toEqual([render('storage_failed', 'en')]);
      // The fallback URL is signed like every Twilio route.
      const forged = await request(broken.app)
        .post('/channels/twilio/fallback')
        .type('form')
        .send(inboundForm({ from: '+12065550150', body: 'x' }));
      expect(forged.status).toBe(403);
    } finally {
      await broken.stop();
    }
  });
});

describe('SMS webhook behind a reverse proxy', () => {
  let proxied: TestGateway;
  let local: string;
  beforeAll(async () => {
    proxied = await testGateway({ ...smsEnv, HOST: '127.0.0.1', PORT: '0' });
    const server = await proxied.start();
    local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await proxied.stop();
  });

  function post(form: Record<string, string>, signedFor: string) {
    return fetch(`${local}/channels/twilio/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': sign(`${signedFor}/channels/twilio/sms`, form),
      },
      body: new URLSearchParams(form).toString(),
    });
  }

  it('accepts a request signed over PUBLIC_BASE_URL although it arrives at 127.0.0.1', async () => {
    const form = inboundForm({ from: '+8613800138030', body: '有人撬我家门' });
    const res = await post(form, PUBLIC_BASE_URL);
    expect(res.status).toBe(200);
    expect(twimlTexts(await res.text()).length).toBeGreaterThan(0);
  });

  it('refuses a request signed over the local URL (not what Twilio signs) and stores nothing', async () => {
    const before = await proxied.db.reader.inboundMessage.count();
    const form = inboundForm({ from: '+8613800138031', body: '有人撬我家门' });
    const res = await post(form, local);
    expect(res.status).toBe(403);
    expect(await proxied.db.reader.inboundMessage.count()).toBe(before);
  });
});

describe('SMS availability', () => {
  it('is on with TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, and says what is missing otherwise', () => {
    expect(twilioSmsAvailability(loadConfig(smsEnv))).toEqual({ on: true });
    const off = twilioSmsAvailability(loadConfig({ TWILIO_ACCOUNT_SID: smsEnv.TWILIO_ACCOUNT_SID }));
    expect(off).toEqual({ on: false, reason: 'set TWILIO_AUTH_TOKEN, TWILIO_FROM to turn SMS on' });
  });

  it('mounts no SMS route while the channel is off', async () => {
    const off = await testGateway({});
    try {
      const form = inboundForm({ from: '+8613800138040', body: '救命' });
      expect((await postSigned(off, '/channels/twilio/sms', form)).status).toBe(404);
    } finally {
      await off.stop();
    }
  });
});
