/**
 * Hostile bodies on correctly signed pushes (a leaked token, a fuzzer, a broken proxy): every one is answered
 * `success` (WeChat's rule: an error answer makes WeChat tell the follower "该公众号暂时无法提供服务"; issue 16
 * changed these from the 400 issue 12 gave them), the log says what is wrong, nothing is stored (no message,
 * no incident, no nonce), and the gateway keeps answering. A request whose signature fails is still 403
 * (push.test.ts, replay.test.ts). The rows marked `was` answered something else before the 400 table existed:
 * a 500 (the parser threw a plain Error), a 415, or a 200 that stored the message.
 */
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import { testGateway, type TestGateway } from '../../helpers/gateway.js';
import { ACCOUNT, OA_TOKEN, OPENID, pushes, replyTexts, signedQuery } from './fixtures.js';

let gw: TestGateway;
const logs: string[] = [];
beforeAll(async () => {
  const stream = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  gw = await testGateway(
    { WECHAT_OA_TOKEN: OA_TOKEN },
    { channels: [createWechatOaChannel()], log: pino({ level: 'info' }, stream) },
  );
});
afterAll(async () => {
  await gw.stop();
});

const text = (content = '有人在砸车', msgId = '6800000000000000001') => pushes.text(OPENID, msgId, content);
/** A text push with `extra` inserted before </xml>. */
const withField = (extra: string) => text().replace('</xml>', `${extra}</xml>`);
const nested = (depth: number) => `<a>`.repeat(depth) + 'x' + `</a>`.repeat(depth);
const head =
  `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${OPENID}]]></FromUserName>` +
  `<CreateTime>1795428000</CreateTime>`;

interface Hostile {
  name: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** The error message must say this. */
  says: RegExp;
  /** What the gateway answered before (omitted: already 400). */
  was?: 500 | 415 | 200;
}

const HOSTILE: Hostile[] = [
  // Malformed XML.
  { name: 'an unclosed element', body: '<xml><ToUserName>gh</ToUserName>', says: /well-formed/ },
  { name: 'plain text', body: 'not xml at all', says: /well-formed/ },
  { name: 'two root elements', body: text() + text(), says: /well-formed/ },
  { name: 'junk after the root', body: `${text()}junk`, says: /well-formed/ },
  { name: 'an unclosed CDATA section', body: text().replace(']]></Content>', '</Content>'), says: /well-formed/ },
  { name: 'an element name starting with a digit', body: withField('<1a>x</1a>'), says: /well-formed/ },
  { name: '20,000 unclosed elements', body: `<xml>${'<a>'.repeat(20_000)}`, says: /well-formed/ },
  // Nesting and element names the parser itself refuses (it threw a plain Error: 500).
  { name: 'an element nested 9 deep', body: withField(nested(9)), says: /nested/, was: 500 },
  { name: 'elements nested 5,000 deep (well-formed)', body: withField(nested(5000)), says: /nested/, was: 500 },
  { name: 'a <__proto__> element', body: withField('<__proto__>x</__proto__>'), says: /__proto__/, was: 500 },
  { name: 'a <constructor> element', body: withField('<constructor>x</constructor>'), says: /__proto__/, was: 500 },
  { name: 'a <prototype> element', body: withField('<prototype>x</prototype>'), says: /__proto__/, was: 500 },
  {
    name: 'a <__proto__> root',
    body: '<__proto__><ToUserName>gh</ToUserName></__proto__>',
    says: /__proto__/,
    was: 500,
  },
  // Attributes: no push has any.
  {
    name: 'a 60 kB attribute',
    body: text().replace('<xml>', `<xml a="${'x'.repeat(60_000)}">`),
    says: /attribute/,
    was: 200,
  },
  {
    name: '5,000 attributes',
    body: text().replace('<xml>', `<xml ${Array.from({ length: 5000 }, (_, i) => `a${i}="1"`).join(' ')}>`),
    says: /attribute/,
    was: 200,
  },
  { name: 'an attribute on MsgId', body: text().replace('<MsgId>', '<MsgId type="x">'), says: /attribute/, was: 200 },
  { name: 'a duplicated attribute', body: text().replace('<xml>', '<xml a="1" a="2">'), says: /well-formed/ },
  // Characters XML 1.0 forbids, even in CDATA (they were stored).
  { name: 'a control character in Content', body: text('有人\u0001在砸车'), says: /characters/, was: 200 },
  { name: 'a NUL in Content', body: text('有人\u0000'), says: /characters/, was: 200 },
  { name: 'U+FFFF in Content', body: text('\uffff'), says: /characters/, was: 200 },
  // Encodings.
  {
    name: 'UTF-16 bytes without a charset',
    body: Buffer.from(text(), 'utf16le'),
    says: /well-formed|characters/,
  },
  {
    name: 'invalid UTF-8 bytes in the markup',
    body: Buffer.concat([Buffer.from('<xml><ToUser'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('Name>')]),
    says: /well-formed/,
  },
  {
    name: 'a charset the server cannot decode',
    body: text(),
    headers: { 'Content-Type': 'text/xml; charset=x-unknown-9' },
    says: /charset/,
    was: 415,
  },
  {
    name: 'a Content-Encoding the server cannot decode',
    body: text(),
    headers: { 'Content-Type': 'text/xml', 'Content-Encoding': 'x-compress-9' },
    says: /Content-Encoding/,
    was: 415,
  },
  {
    name: 'a broken gzip body',
    body: 'not gzip at all',
    headers: { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' },
    says: /could not be read/,
  },
  // Non-text content types (the body is read as text whatever the type says, and is not a push).
  {
    name: 'a JSON body',
    body: JSON.stringify({ ToUserName: ACCOUNT, FromUserName: OPENID, MsgType: 'text', Content: 'hi' }),
    headers: { 'Content-Type': 'application/json' },
    says: /well-formed/,
  },
  {
    name: 'a form body',
    body: 'ToUserName=gh&FromUserName=o&MsgType=text&Content=hi',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    says: /well-formed/,
  },
  {
    name: 'a multipart body',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    says: /well-formed/,
  },
  {
    name: 'random binary',
    body: crypto.randomBytes(2048),
    headers: { 'Content-Type': 'application/octet-stream' },
    says: /well-formed|characters/,
  },
  // Empty.
  { name: 'an empty body', body: '', says: /XML body/ },
  { name: 'a body of spaces and newlines', body: '  \n\t ', says: /XML body/ },
  // Valid XML that is not a WeChat push.
  { name: 'another root element', body: '<foo><bar>1</bar></foo>', says: /<xml> root/ },
  { name: 'an <xml> root with only text', body: '<xml>hello</xml>', says: /<xml> root/ },
  { name: 'an empty <xml/>', body: '<xml/>', says: /<xml> root|ToUserName/ },
  {
    name: 'a namespaced root',
    body: text().replace('<xml>', '<x:xml xmlns:x="u">').replace('</xml>', '</x:xml>'),
    says: /attribute|<xml> root/,
  },
  {
    name: 'a safe-mode (encrypted) push',
    body: `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[aGVsbG8=]]></Encrypt></xml>`,
    says: /FromUserName/,
  },
  { name: 'no MsgType', body: `${head}<Content>hi</Content><MsgId>6800000000000000002</MsgId></xml>`, says: /MsgType/ },
  {
    name: 'a text push without Content',
    body: `${head}<MsgType>text</MsgType><MsgId>6800000000000000003</MsgId></xml>`,
    says: /Content/,
    was: 200,
  },
  {
    name: 'an image without PicUrl or MediaId',
    body: `${head}<MsgType>image</MsgType><MsgId>6800000000000000004</MsgId></xml>`,
    says: /PicUrl/,
  },
  {
    name: 'a location out of range',
    body: pushes.location(OPENID, '6800000000000000005', '134.2', '108.9', ''),
    says: /Location_X/,
  },
  {
    name: 'a location that is not a number',
    body: pushes.location(OPENID, '6800000000000000006', 'NaN', '1e400', ''),
    says: /Location_X/,
  },
  // MsgId: a 64-bit number.
  { name: 'a MsgId with letters', body: text('hi', 'abc123'), says: /MsgId/, was: 200 },
  { name: 'a MsgId of 21 digits', body: text('hi', '1'.repeat(21)), says: /MsgId/, was: 200 },
  { name: 'a negative MsgId', body: text('hi', '-6800000000000000001'), says: /MsgId/, was: 200 },
  { name: 'a decimal MsgId', body: text('hi', '68000000.5'), says: /MsgId/ },
  { name: 'no MsgId', body: text().replace(/<MsgId>.*<\/MsgId>/, ''), says: /MsgId/ },
  { name: 'two MsgIds', body: withField('<MsgId>6800000000000000009</MsgId>'), says: /MsgId/ },
  {
    name: 'an element inside MsgId',
    body: text().replace(/<MsgId>.*<\/MsgId>/, '<MsgId><a>1</a></MsgId>'),
    says: /MsgId/,
  },
  {
    name: 'a video without MsgId',
    body: `${head}<MsgType>video</MsgType><MediaId>m</MediaId></xml>`,
    says: /MsgId/,
  },
  // Very long identity fields (free text may be long: it is kept, within the 64 kB body limit).
  {
    name: 'a 65-character FromUserName',
    body: pushes.text('o'.repeat(65), '6800000000000000010', 'hi'),
    says: /FromUserName/,
  },
  { name: 'a 10,000-character ToUserName', body: text().replace(ACCOUNT, 'g'.repeat(10_000)), says: /ToUserName/ },
  { name: 'a 40,000-character MsgType', body: text().replace('[text]', `[${'t'.repeat(40_000)}]`), says: /MsgType/ },
  {
    name: 'a 13-digit CreateTime',
    body: pushes.text(OPENID, '6800000000000000011', 'hi', '1'.repeat(13)),
    says: /CreateTime/,
  },
  { name: 'a 5,000-digit MsgId', body: text('hi', '7'.repeat(5000)), says: /MsgId/ },
  {
    name: 'a 1,000-digit latitude',
    body: pushes.location(OPENID, '6800000000000000012', '3'.repeat(1000), '108.9', ''),
    says: /Location_X/,
  },
  // Declarations (XXE, billion laughs) stay refused before parsing.
  { name: 'a DOCTYPE', body: `<!DOCTYPE xml>${text()}`, says: /DOCTYPE/ },
  { name: 'an ENTITY', body: `<!ENTITY x "y">${text()}`, says: /DOCTYPE/ },
  {
    name: 'gzip that inflates to broken XML',
    body: zlib.gzipSync(Buffer.from(`<xml>${'<!-- -->'.repeat(8)}`)),
    headers: { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' },
    says: /well-formed/,
  },
];

function send(h: Hostile): request.Test {
  let req = request(gw.app).post('/channels/wechat-oa').query(signedQuery(gw.clock));
  for (const [k, v] of Object.entries({ 'Content-Type': 'text/xml', ...h.headers })) req = req.set(k, v);
  return req.send(h.body);
}

const counts = async () => ({
  inbound: await gw.db.reader.inboundMessage.count(),
  incidents: await gw.db.reader.incident.count(),
  nonces: await gw.db.reader.replayNonce.count(),
});

describe('signed pushes with hostile bodies', () => {
  it.each(HOSTILE)('$name → `success`, the reason logged, nothing stored', async (h) => {
    const before = await counts();
    const logged = logs.length;
    const started = performance.now();
    const res = await send(h);
    expect(res.status).toBe(200);
    expect(res.text).toBe('success');
    const line = logs.slice(logged).map((l) => JSON.parse(l) as { msg: string; reason?: string });
    expect(line.find((l) => /could not be processed/.test(l.msg))?.reason).toMatch(h.says);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await counts()).toEqual(before);
  });

  it('afterwards the gateway still takes a genuine push, and a long text is kept whole', async () => {
    const long = '我在西安市雁塔区小寨东路，'.repeat(1200);
    const res = await request(gw.app)
      .post('/channels/wechat-oa')
      .query(signedQuery(gw.clock))
      .set('Content-Type', 'text/xml')
      .send(text(long, '6800000000000000099'));
    expect(res.status).toBe(200);
    expect(replyTexts(res).length).toBeGreaterThan(0);
    const row = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'wechat-oa', providerMessageId: '6800000000000000099' } },
    });
    expect(row.text).toBe(long);
  });

  it('a gzip bomb (5 MB of zeros, 5 kB compressed) stops at the 64 kB limit: `success`, nothing stored', async () => {
    const before = await counts();
    const res = await request(gw.app)
      .post('/channels/wechat-oa')
      .query(signedQuery(gw.clock))
      .set('Content-Type', 'text/xml')
      .set('Content-Encoding', 'gzip')
      .send(zlib.gzipSync(Buffer.alloc(5_000_000, 0x41)));
    expect(res.status).toBe(200);
    expect(res.text).toBe('success');
    expect(await counts()).toEqual(before);
  });

  it('a push in UTF-16 that says so in its Content-Type is read as such', async () => {
    const utf16 = await request(gw.app)
      .post('/channels/wechat-oa')
      .query(signedQuery(gw.clock))
      .set('Content-Type', 'text/xml; charset=utf-16le')
      .send(Buffer.from(text('有人打架', '6800000000000000098'), 'utf16le'));
    expect(utf16.status).toBe(200);
    const row = await gw.db.reader.inboundMessage.findUniqueOrThrow({
      where: { channel_providerMessageId: { channel: 'wechat-oa', providerMessageId: '6800000000000000098' } },
    });
    expect(row.text).toBe('有人打架');
  });
});
