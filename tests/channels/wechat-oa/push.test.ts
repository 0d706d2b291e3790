/**
 * WeChat Official Account: URL check, signed pushes, hostile XML, MsgId dedupe and precision, message
 * types (location in GCJ-02, voice, image, events, others) on a whole gateway with a real SQLite file.
 */
import { XMLParser } from 'fast-xml-parser';
import gcoordModule from 'gcoord';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWechatOaChannel, maskOpenid } from '../../../src/channels/wechat-oa/adapter.js';
import { texts } from '../../../src/channels/wechat-oa/texts.js';
import { cdata, passiveTextReply } from '../../../src/channels/wechat-oa/xml.js';
import { fitsOneSegment } from '../../../src/core/flow/templates.js';
import { LANGUAGES } from '../../../src/core/incident.js';
import { distanceM } from '../../../src/dispatch/coords.js';
import { toEido } from '../../../src/dispatch/eido.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';
import { ACCOUNT, OA_TOKEN, OPENID, passive, post, pushes, replyTexts, signedQuery } from './fixtures.js';

type Gcoord = typeof gcoordModule.default;
const gcoord: Gcoord = (gcoordModule as unknown as { default?: Gcoord }).default ?? (gcoordModule as unknown as Gcoord);

let gw: TestGateway;
beforeAll(async () => {
  gw = await testGateway({ WECHAT_OA_TOKEN: OA_TOKEN }, { channels: [createWechatOaChannel()] });
});
afterAll(async () => {
  await gw.stop();
});

const inboundCount = () => gw.db.reader.inboundMessage.count();
const stored = (providerMessageId: string) =>
  gw.db.reader.inboundMessage.findUniqueOrThrow({
    where: { channel_providerMessageId: { channel: 'wechat-oa', providerMessageId } },
  });

describe('WeChat server URL check (GET)', () => {
  it('answers the echostr as plain text when the signature matches', async () => {
    const res = await request(gw.app)
      .get('/channels/wechat-oa')
      .query({ ...signedQuery(gw.clock), echostr: '7049573629376716245' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('7049573629376716245');
  });

  it('refuses a forged or missing signature with 403', async () => {
    const forged = await request(gw.app)
      .get('/channels/wechat-oa')
      .query({ ...signedQuery(gw.clock, 'guessed-token'), echostr: '123' });
    expect(forged.status).toBe(403);
    expect(forged.text).not.toContain('123');
    const missing = await request(gw.app).get('/channels/wechat-oa').query({ echostr: '123' });
    expect(missing.status).toBe(403);
  });
});

describe('message push (POST): signature and hostile input', () => {
  it('a forged push gets 403 and nothing is stored, even with an oversized body (signature is checked first)', async () => {
    const before = await inboundCount();
    const forged = await post(gw, pushes.text(OPENID, '6000000000000000001', '有人砍人'), signedQuery(gw.clock, 'x'));
    expect(forged.status).toBe(403);
    const unsigned = await request(gw.app)
      .post('/channels/wechat-oa')
      .set('Content-Type', 'text/xml')
      .send(pushes.text(OPENID, '6000000000000000002', '有人砍人'));
    expect(unsigned.status).toBe(403);
    const huge = await post(gw, 'x'.repeat(200_000), signedQuery(gw.clock, 'x'));
    expect(huge.status).toBe(403);
    expect(await inboundCount()).toBe(before);
  });

  // A signed push that cannot be processed is answered `success` (an error answer would make WeChat tell the
  // follower the account cannot serve them); nothing of it is stored. Forged requests stay 403.
  const refused = (res: { status: number; text: string }) => {
    expect(res.status).toBe(200);
    expect(res.text).toBe('success');
  };

  it('an XXE payload (external entity to file:///etc/passwd) is refused before parsing, fast: `success`, nothing stored', async () => {
    const before = await inboundCount();
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      pushes.text(OPENID, '6000000000000000003', 'x').replace('<![CDATA[x]]>', '&xxe;');
    const started = performance.now();
    const res = await post(gw, xxe);
    const elapsed = performance.now() - started;
    refused(res);
    expect(res.text).not.toContain('root:');
    expect(elapsed).toBeLessThan(300);
    expect(await inboundCount()).toBe(before);
  });

  it('a billion-laughs payload is refused without expansion, fast: `success`, nothing stored', async () => {
    const before = await inboundCount();
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>` +
      pushes.text(OPENID, '6000000000000000004', 'x').replace('<![CDATA[x]]>', '&lol9;');
    const started = performance.now();
    const res = await post(gw, bomb);
    const elapsed = performance.now() - started;
    refused(res);
    expect(elapsed).toBeLessThan(300);
    expect(await inboundCount()).toBe(before);
    // An entity declaration hidden behind a lower-case or spaced DOCTYPE is refused too.
    const sneaky = `<!doctype xml>${pushes.text(OPENID, '6000000000000000005', 'x')}`;
    refused(await post(gw, sneaky));
    expect(await inboundCount()).toBe(before);
  });

  it('malformed XML, a missing sender and out-of-range coordinates get `success` and nothing is stored', async () => {
    const before = await inboundCount();
    refused(await post(gw, '<xml><ToUserName>gh</ToUserName>'));
    refused(await post(gw, 'not xml at all'));
    const noSender = pushes.text(OPENID, '6000000000000000006', 'hi').replace(/<FromUserName>.*?<\/FromUserName>/, '');
    refused(await post(gw, noSender));
    refused(await post(gw, pushes.location(OPENID, '6000000000000000007', '134.2', '108.9', '')));
    refused(await post(gw, pushes.text(OPENID, '', 'no id')));
    expect(await inboundCount()).toBe(before);
  });
});

describe('message push (POST): dedupe on MsgId', () => {
  it('a repeated MsgId replays the first passive reply and stores nothing new; the id is kept as the exact string', async () => {
    const id = '24556790473462784123';
    const first = await post(gw, pushes.text('oDupReporter0000000000000001', id, '我的电动车被偷了'));
    expect(first.status).toBe(200);
    const reply = passive(first);
    expect(reply).toMatchObject({ ToUserName: 'oDupReporter0000000000000001', FromUserName: ACCOUNT, MsgType: 'text' });
    expect(reply?.CreateTime).toMatch(/^\d{10}$/);
    const row = await stored(id);
    expect(row.providerMessageId).toBe('24556790473462784123');
    const before = await inboundCount();
    const again = await post(gw, pushes.text('oDupReporter0000000000000001', id, '我的电动车被偷了'));
    expect(replyTexts(again)).toEqual(replyTexts(first));
    expect(replyTexts(again)).toEqual(JSON.parse(row.replies!));
    expect(await inboundCount()).toBe(before);
  });

  it('two MsgIds that differ only beyond 2^53 are two messages', async () => {
    const a = '7312345678901234567';
    const b = '7312345678901234568';
    expect(Number(a)).toBe(Number(b)); // what parsing them as numbers would do
    const from = 'oPrecision000000000000000001';
    await post(gw, pushes.text(from, a, '有人在小区门口打架')).expect(200);
    await post(gw, pushes.text(from, b, '西安市雁塔区小寨东路')).expect(200);
    expect((await stored(a)).text).toBe('有人在小区门口打架');
    expect((await stored(b)).text).toBe('西安市雁塔区小寨东路');
  });
});

describe('message push (POST): message types', () => {
  it('a location is stored in GCJ-02 as received, and the EIDO export converts it to WGS 84', async () => {
    const res = await post(
      gw,
      pushes.location('oLocation0000000000000000001', '6100000000000000001', '34.2583', '108.9286', '西安钟楼'),
    );
    expect(res.status).toBe(200);
    expect(replyTexts(res).length).toBeGreaterThan(0);
    const row = await stored('6100000000000000001');
    expect(JSON.parse(row.location!)).toEqual({ lat: 34.2583, lon: 108.9286, datum: 'GCJ02', label: '西安钟楼' });
    const view = (await gw.reports.incident(row.incidentId!))!;
    expect(view.location).toMatchObject({ lat: 34.2583, lon: 108.9286, datum: 'GCJ02', text: '西安钟楼' });

    const doc = toEido(view, { agencyId: 'psap.xa.example.cn', agencyName: '110', now: gw.clock.now().toISOString() });
    const pidf = new XMLParser({ parseTagValue: false, removeNSPrefix: true }).parse(
      doc.locationComponent![0]!.locationByValue!,
    ) as { presence: { device: { geopriv: { 'location-info': { Point: { pos: string } } } } } };
    const [lat, lon] = pidf.presence.device.geopriv['location-info'].Point.pos.split(' ').map(Number) as [
      number,
      number,
    ];
    // Independent check: gcoord's own GCJ-02 → WGS 84 transform ([lon, lat] order).
    const [expLon, expLat] = gcoord.transform<[number, number]>([108.9286, 34.2583], gcoord.GCJ02, gcoord.WGS84);
    expect(lat).toBeCloseTo(expLat, 6);
    expect(lon).toBeCloseTo(expLon, 6);
    // And against a fixed reference point: WGS 84 about (34.2599, 108.9240), several hundred metres from
    // where the raw GCJ-02 numbers would put it.
    expect(distanceM({ lat, lon }, { lat: 34.2599, lon: 108.924 })).toBeLessThan(30);
    expect(distanceM({ lat, lon }, { lat: 34.2583, lon: 108.9286 })).toBeGreaterThan(300);
  });

  it('a voice message with Recognition is handled as the recognised text, with the voice kept as media', async () => {
    const res = await post(gw, pushes.voice('oVoice000000000000000000001', '6200000000000000001', '有人持刀抢劫'));
    expect(res.status).toBe(200);
    expect(replyTexts(res).join('')).toMatch(/[\u4e00-\u9fff]/);
    const row = await stored('6200000000000000001');
    expect(row.text).toBe('有人持刀抢劫');
    expect(JSON.parse(row.media!)).toEqual([{ url: 'wechat-oa-media:media_id_voice_001', contentType: 'audio/amr' }]);
    const view = (await gw.reports.incident(row.incidentId!))!;
    expect(view.category).toBe('robbery');
  });

  it('an image is stored with its picture URL and media id, and answered', async () => {
    const res = await post(gw, pushes.image('oImage000000000000000000001', '6300000000000000001'));
    expect(replyTexts(res).length).toBeGreaterThan(0);
    const row = await stored('6300000000000000001');
    expect(row.text).toBe('');
    expect(JSON.parse(row.media!)).toEqual([
      { url: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc123/0', contentType: 'image/jpeg' },
      { url: 'wechat-oa-media:media_id_img_001', contentType: 'image/jpeg' },
    ]);
  });

  it('following the account is answered with a welcome in Chinese and English that says how to report; nothing is stored', async () => {
    const before = await inboundCount();
    const res = await post(gw, pushes.event('oNewFollower00000000000000001', 'subscribe'));
    const reply = passive(res);
    expect(reply?.ToUserName).toBe('oNewFollower00000000000000001');
    expect(replyTexts(res)).toEqual([texts['zh-CN'].welcome, texts.en.welcome]);
    expect(replyTexts(res)[0]).toMatch(/发生了什么.*在哪里/);
    expect(await inboundCount()).toBe(before);
  });

  it('unfollowing and other events are answered `success` and nothing is stored', async () => {
    const before = await inboundCount();
    for (const event of ['unsubscribe', 'CLICK', 'LOCATION']) {
      const res = await post(gw, pushes.event('oLeaving00000000000000000001', event));
      expect(res.status).toBe(200);
      expect(res.text).toBe('success');
    }
    expect(await inboundCount()).toBe(before);
  });

  it('a message type the gateway cannot read gets a polite "send text or location" reply in both languages', async () => {
    const before = await inboundCount();
    const res = await post(gw, pushes.video('oVideo000000000000000000001', '6400000000000000001'));
    expect(replyTexts(res)).toEqual([texts['zh-CN'].unsupported, texts.en.unsupported]);
    expect(await inboundCount()).toBe(before);
  });

  it('when the message cannot be stored the reporter is told so and to call 110', async () => {
    const spy = vi.spyOn(gw.intake, 'receive').mockRejectedValueOnce(new Error('disk I/O error'));
    try {
      const res = await post(gw, pushes.text('oUnlucky00000000000000000001', '6500000000000000001', '救命'));
      expect(res.status).toBe(200);
      expect(replyTexts(res)).toEqual([texts['zh-CN'].failed, texts.en.failed]);
      expect(replyTexts(res)[0]).toContain('110');
    } finally {
      spy.mockRestore();
    }
    // The same push again (WeChat retry or the reporter resending) is handled normally.
    const again = await post(gw, pushes.text('oUnlucky00000000000000000001', '6500000000000000001', '救命'));
    expect(replyTexts(again)).not.toContain(texts['zh-CN'].failed);
    expect((await stored('6500000000000000001')).text).toBe('救命');
  });
});

describe('channel texts and reply XML', () => {
  it('every channel text exists in zh-CN and en and fits one SMS segment', () => {
    const keys = Object.keys(texts['zh-CN']).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(texts[lang]).sort()).toEqual(keys);
      for (const text of Object.values(texts[lang])) expect(fitsOneSegment(text), text).toBe(true);
    }
    expect(Object.values(texts['zh-CN']).every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
  });

  it('reply content is CDATA-safe: "]]>" is split across sections and survives a round trip', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    const xml = passiveTextReply({ to: OPENID, from: ACCOUNT, createTime: 1795428000, content: 'x]]><script>y\u0007' });
    const parsed = new XMLParser({ processEntities: false, parseTagValue: false }).parse(xml) as {
      xml: Record<string, string>;
    };
    expect(parsed.xml).toEqual({
      ToUserName: OPENID,
      FromUserName: ACCOUNT,
      CreateTime: '1795428000',
      MsgType: 'text',
      Content: 'x]]><script>y',
    });
  });

  it('openids are masked for logs', () => {
    expect(maskOpenid(OPENID)).toBe('oR5G…3c'.replace('3c', OPENID.slice(-4)));
    expect(maskOpenid(OPENID)).not.toContain(OPENID.slice(4, -4));
    expect(maskOpenid('short')).toBe('***');
  });
});
