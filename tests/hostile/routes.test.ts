/**
 * Hostile input on every public route, property-based (fast-check), over real HTTP on a real gateway (web
 * form and pages, JSON report API, Twilio webhook + status callback + fallback, WeChat OA check and push,
 * dispatch API and its exports, server-sent events, /healthz /readyz /metrics).
 *
 * Requests are written byte for byte on a socket (tests/helpers/raw-http.ts), so bodies, headers and paths can
 * be anything: random bytes, ill-formed UTF-8 and UTF-16, lying charsets and encodings, gzip bombs, sizes up to
 * and past each body limit, thousands of fields, `__proto__`/`constructor` keys, path traversal, forged and
 * absent signatures, XML with DTDs and entity expansion.
 *
 * Properties:
 * - never a 5xx (the database is healthy here, so not even the documented 503), never a hang: every request
 *   is answered within ANSWER_MS;
 * - a refused request (4xx) changes nothing in the reporting tables (messages, incidents, replies, audit trail,
 *   dispatch outbox). The WeChat nonce memory is not counted: a signed pair is remembered before the body is
 *   judged, on purpose, so that the same signed URL cannot be replayed with another body;
 * - a request validly signed by Twilio or WeChat, with any text, is stored exactly once, and its repetition
 *   (the provider retrying) stores nothing more;
 * - reporter text never comes back unescaped in an HTML page;
 * - afterwards the process is healthy (/readyz 200, a normal report is taken) and no prototype was polluted.
 *
 * A failure prints fast-check's seed and path: `fc.assert(..., { seed, path })` replays it.
 */
import zlib from 'node:zlib';
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioSmsChannel } from '../../src/channels/twilio-sms/adapter.js';
import { webChannel } from '../../src/channels/web/adapter.js';
import { createWechatOaChannel } from '../../src/channels/wechat-oa/adapter.js';
import { wechatSignature } from '../../src/channels/wechat-oa/signature.js';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';
import { rawRequest, type RawResponse } from '../helpers/raw-http.js';
import { fakeTwilioApi, inboundForm, sign, smsEnv, statusForm } from '../channels/twilio-sms/fixtures.js';

const OA_TOKEN = 'oa-hostile-token-4b7e';
const METRICS_TOKEN = 'metrics-hostile-token';
/** Every request is answered within this (generous: two cores shared with other suites). */
const ANSWER_MS = 5000;

let gw: TestGateway;
let port: number;
let token: string;
let incidentId: string;
const twilioApi = fakeTwilioApi();

beforeAll(async () => {
  gw = await testGateway(
    {
      ...smsEnv,
      WECHAT_OA_TOKEN: OA_TOKEN,
      METRICS_TOKEN,
      // The limits are not what this suite is about (tests/http/limits.test.ts is): a 429 would hide the rest.
      NEW_REPORTS_PER_IP_PER_10MIN: '1000000',
      NEW_REPORTS_PER_SENDER_PER_HOUR: '1000000',
      MESSAGES_PER_SENDER_PER_MIN: '1000000',
    },
    {
      channels: [
        webChannel,
        createTwilioSmsChannel({ httpClient: twilioApi.httpClient }),
        createWechatOaChannel({ replyDeadlineMs: 4000 }),
      ],
    },
  );
  const server = await gw.start();
  port = (server.address() as AddressInfo).port;
  const seeded = await send({
    method: 'POST',
    path: '/api/v1/reports',
    headers: [['Content-Type', 'application/json']],
    body: Buffer.from(JSON.stringify({ text: 'my bike was stolen outside the library' })),
  });
  const created = JSON.parse(seeded.body.toString()) as { token: string; incidentId: string };
  token = created.token;
  incidentId = created.incidentId;
});

afterAll(async () => {
  await gw?.stop();
});

function send(req: Parameters<typeof rawRequest>[1]): Promise<RawResponse> {
  return rawRequest(port, { timeoutMs: ANSWER_MS, ...req });
}

/** Rows a refused request must not add or change (the nonce memory is excluded, see the header). */
async function snapshot(): Promise<number[]> {
  const r = gw.db.reader;
  const [inbound, incidents, outbound, audit, outbox, deliveries, updated] = await Promise.all([
    r.inboundMessage.count(),
    r.incident.count(),
    r.outboundMessage.count(),
    r.auditEvent.count(),
    r.outboxItem.count(),
    r.outboxDelivery.count(),
    r.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { revision: true } }),
  ]);
  return [inbound, incidents, outbound, audit, outbox, deliveries, updated.revision];
}

const nowS = () => Math.floor(gw.clock.now().getTime() / 1000);
let nonceSeq = 24_680_000;
function wechatQuery(valid: boolean, offsetS = 0): string {
  const timestamp = String(nowS() + offsetS);
  const nonce = String(nonceSeq++);
  const signature = valid ? wechatSignature(OA_TOKEN, timestamp, nonce) : 'f'.repeat(40);
  return `signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&openid=oHostile`;
}

// ---------------------------------------------------------------------------------------------------------
// Generators

const ROUTES: { method: string; path: () => string; twilio?: boolean; wechat?: boolean; sse?: boolean }[] = [
  { method: 'GET', path: () => '/' },
  { method: 'GET', path: () => '/report' },
  { method: 'POST', path: () => '/report' },
  { method: 'GET', path: () => `/report/${token}` },
  { method: 'POST', path: () => `/report/${token}` },
  { method: 'GET', path: () => '/static/report.js' },
  { method: 'POST', path: () => '/api/v1/reports' },
  { method: 'POST', path: () => `/api/v1/reports/${token}/messages` },
  { method: 'GET', path: () => `/api/v1/reports/${token}` },
  { method: 'POST', path: () => '/channels/twilio/sms', twilio: true },
  { method: 'POST', path: () => '/channels/twilio/status', twilio: true },
  { method: 'POST', path: () => '/channels/twilio/fallback', twilio: true },
  { method: 'GET', path: () => '/channels/wechat-oa', wechat: true },
  { method: 'POST', path: () => '/channels/wechat-oa', wechat: true },
  { method: 'GET', path: () => '/api/v1/incidents' },
  { method: 'GET', path: () => `/api/v1/incidents/${incidentId}` },
  { method: 'GET', path: () => `/api/v1/incidents/${incidentId}/events` },
  { method: 'GET', path: () => `/api/v1/incidents/${incidentId}/eido` },
  { method: 'GET', path: () => `/api/v1/incidents/${incidentId}/cap` },
  { method: 'POST', path: () => `/api/v1/incidents/${incidentId}/status` },
  { method: 'POST', path: () => `/api/v1/incidents/${incidentId}/messages` },
  { method: 'GET', path: () => '/api/v1/events', sse: true },
  { method: 'GET', path: () => '/healthz' },
  { method: 'GET', path: () => '/readyz' },
  { method: 'GET', path: () => '/metrics' },
];

/** What replaces a token or incident id in a path. */
const segment = fc.oneof(
  fc.constant(null), // keep the real one
  fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/),
  fc.constantFrom(
    '..%2F..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f%2e%2e%2fpackage.json',
    '..\\..\\windows\\win.ini',
    '%00',
    '%ZZ',
    '%C0%AF%C0%AF',
    '%ED%A0%80',
    '%E4%BD%A0%E5%A5%BD',
    '__proto__',
    'constructor',
    'prototype',
    'A'.repeat(6000),
    ';%0d%0aSet-Cookie:%20x=1',
  ),
);

const queryPart = fc.oneof(
  fc.constantFrom(
    '__proto__[polluted]=yes',
    'constructor[prototype][polluted]=yes',
    'status=collecting&status=submitted',
    'status[]=x',
    'priority=P1,P9',
    'limit=1e309',
    'limit=-1',
    'limit=99999999999999999999',
    'since=yesterday',
    'since=2026-13-45T99:99:99Z',
    'lang=xx',
    'lang[]=en',
    'echostr=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'echostr=12345',
    '%ZZ=%ZZ',
    `${'k'.repeat(3000)}=v`,
    Array.from({ length: 1500 }, (_, i) => `f${i}=1`).join('&'),
  ),
  fc
    .array(fc.tuple(fc.stringMatching(/^[\w%.[\]-]{1,20}$/), fc.stringMatching(/^[\w%.,:+-]{0,40}$/)), {
      maxLength: 8,
    })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

const contentType = fc.constantFrom(
  null,
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=bogus-8',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/x-www-form-urlencoded; charset=utf-32',
  'text/xml',
  'text/xml; charset=gb2312',
  'application/xml; charset=utf-16le',
  'multipart/form-data; boundary=xyz',
  'text/plain',
  '',
  'application/json;;;;',
  '*/*',
  'application/json\u0000',
);

const contentEncoding = fc.constantFrom(null, null, null, 'gzip', 'deflate', 'br', 'identity', 'x-bogus', 'gzip, gzip');

const GZIP_BOMB = zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024));

/** Builds JSON text whose keys may be `__proto__` (as JSON.parse sees them: own keys of the parsed object). */
const jsonObjectText = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('text', 'location', 'language', 'contact', 'status', 'note', '__proto__', 'constructor'),
        fc.string({ maxLength: 12 }),
      ),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant({ polluted: 'yes' }),
        fc.constant({ prototype: { polluted: 'yes' } }),
        fc.constant({ lat: 1e308, lon: -5e-324 }),
        fc.constant({ lat: '34.2', lon: [108.9] }),
      ),
    ),
    { maxLength: 6 },
  )
  .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);

const body = fc
  .oneof(
    fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
    fc.string({ unit: 'binary', maxLength: 500 }).map((s) => Buffer.from(s, 'utf8')),
    fc.string({ unit: 'binary', maxLength: 500 }).map((s) => Buffer.from(s, 'utf16le')),
    jsonObjectText.map((s) => Buffer.from(s)),
    fc
      .constantFrom(
        '{"text":"\\ud800 lone high surrogate"}',
        '{"text":"\\udfff\\ud800 reversed pair"}',
        '{"text":"bell \\u0007 and nul \\u0000"}',
        '{"text":"ok","__proto__":{"polluted":"yes"}}',
        '{"constructor":{"prototype":{"polluted":"yes"}},"text":"hi"}',
        '{"text":',
        '{"text":"x","location":{"lat":1e309,"lon":-1e309}}',
        '[]',
        'null',
        '"just a string"',
        '1e999999',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"text":"${'\u{1F600}'.repeat(1500)}"}`,
      )
      .map((s) => Buffer.from(s)),
    // Bad UTF-8: overlong slash, CESU-8 surrogate, truncated sequence, stray continuation bytes.
    fc
      .constantFrom([0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xbd], [0x80, 0x80, 0xbf], [0xff, 0xfe, 0x00, 0x00])
      .map((bytes) => Buffer.concat([Buffer.from('text=abc'), Buffer.from(bytes), Buffer.from('&contact=1')])),
    // Forms: many fields, repeated fields, prototype keys.
    fc.integer({ min: 0, max: 4000 }).map((n) => Buffer.from(Array.from({ length: n }, (_, i) => `f${i}=x`).join('&'))),
    fc
      .constantFrom(
        'text=a&text=b&text=c',
        '__proto__[polluted]=yes&text=hi',
        'constructor[prototype][polluted]=yes&text=hi',
        'text=%ZZ%ZZ',
        'text=%ED%A0%80&lat=91&lon=181',
        'text=hi&lat=NaN&lon=Infinity',
        'text=hi&lat=1e400&lon=0',
        'nonce=../../etc&text=hi',
        'text=%3Cscript%3Ealert(1)%3C%2Fscript%3E&contact=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
        'MessageSid=SM1&From=%2B8613800138000&Body=hi',
      )
      .map((s) => Buffer.from(s)),
    // XML: entity expansion, external entities, deep nesting, prototype element names, attributes, huge CDATA.
    fc
      .constantFrom(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><xml><Content>&lol4;</Content></xml>',
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><FromUserName>&xxe;</FromUserName></xml>',
        '<! doctype x [<!entity a "b">]><xml/>',
        `${'<a>'.repeat(3000)}${'</a>'.repeat(3000)}`,
        '<xml><__proto__><polluted>yes</polluted></__proto__><constructor>x</constructor></xml>',
        '<xml a="1"><ToUserName>gh</ToUserName></xml>',
        `<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[oX]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${'x'.repeat(60_000)}]]></Content><MsgId>1</MsgId></xml>`,
        '<xml><ToUserName>gh</ToUserName><FromUserName>oX</FromUserName><CreateTime>99999999999999999999</CreateTime><MsgType>location</MsgType><Location_X>NaN</Location_X><Location_Y>1e999</Location_Y><MsgId>2</MsgId></xml>',
        '<xml><FromUserName>\u0000\u0001</FromUserName></xml>',
        '<xml><![CDATA[',
      )
      .map((s) => Buffer.from(s)),
    // Sizes around the body limits (16 kB web, 32 kB Twilio, 64 kB WeChat) and far past them.
    fc
      .constantFrom(16 * 1024 - 20, 16 * 1024 + 1, 32 * 1024 + 1, 64 * 1024 + 1, 1024 * 1024)
      .map((n) => Buffer.from(`{"text":"${'y'.repeat(n)}"}`)),
    fc.constant(GZIP_BOMB),
  )
  .map(described);

/** A body that prints as its size and first bytes in a counterexample, not as every byte. */
function described(bytes: Buffer): Buffer {
  if (fc.hasToStringMethod(bytes)) return bytes;
  return Object.defineProperty(bytes, fc.toStringMethod, {
    value: () => `<${bytes.length} bytes: ${JSON.stringify(bytes.subarray(0, 80).toString('latin1'))}>`,
  });
}

const auth = fc.constantFrom(
  null,
  `Bearer ${API_TOKEN}`,
  `Bearer ${METRICS_TOKEN}`,
  'Bearer wrong',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  `Bearer ${API_TOKEN}x`,
  `Bearer ${'A'.repeat(4000)}`,
);

const extraHeader = fc.constantFrom<[string, string] | null>(
  null,
  ['X-Twilio-Signature', 'bm90IGEgc2lnbmF0dXJl'],
  ['X-Twilio-Signature', ''],
  ['Idempotency-Key', 'k-1'],
  ['Idempotency-Key', '../../etc'],
  ['Idempotency-Key', 'x'.repeat(500)],
  ['Accept-Language', 'en;q=1e999, zh'],
  ['X-Forwarded-For', '10.0.0.1, 127.0.0.1'],
  // A Content-Length larger than the body is a client still sending (the server rightly waits): not here.
  ['Content-Length', '0'],
  ['Content-Length', '-1'],
  ['Content-Length', '1, 2'],
  ['Transfer-Encoding', 'chunked'],
  ['Expect', '100-continue'],
  ['Content-Type', 'application/json'], // a second Content-Type
  ['X-Huge', 'h'.repeat(20_000)],
);

const hostileRequest = fc.record({
  route: fc.integer({ min: 0, max: ROUTES.length - 1 }),
  method: fc.oneof(fc.constant(null), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS')),
  segment,
  query: fc.option(queryPart, { nil: null }),
  contentType,
  contentEncoding,
  body,
  auth,
  extra: extraHeader,
  signWechat: fc.constantFrom('none', 'valid', 'forged', 'stale'),
  signTwilio: fc.boolean(),
});

type HostileRequest = typeof hostileRequest extends fc.Arbitrary<infer T> ? T : never;

function build(h: HostileRequest): Parameters<typeof rawRequest>[1] & { sse: boolean } {
  const route = ROUTES[h.route]!;
  let path = route.path();
  if (h.segment !== null) path = path.replace(token, h.segment).replace(incidentId, h.segment);
  const query: string[] = [];
  if (route.wechat && h.signWechat !== 'none') {
    query.push(wechatQuery(h.signWechat !== 'forged', h.signWechat === 'stale' ? -3600 : 0));
  }
  if (h.query) query.push(h.query);
  const target = query.length > 0 ? `${path}?${query.join('&')}` : path;
  const headers: [string, string][] = [];
  if (h.contentType !== null) headers.push(['Content-Type', h.contentType]);
  if (h.contentEncoding !== null) headers.push(['Content-Encoding', h.contentEncoding]);
  if (h.auth !== null) headers.push(['Authorization', h.auth]);
  if (h.extra !== null) headers.push(h.extra);
  if (route.twilio && h.signTwilio) {
    // A signature that is valid for the URL and whatever form the body parses as: what an attacker who knows
    // the auth token could send (the handler must still refuse what is malformed, never fail).
    const form = Object.fromEntries(new URLSearchParams(h.body.toString('utf8')));
    headers.push(['X-Twilio-Signature', sign(`${smsEnv.PUBLIC_BASE_URL}${target}`, form)]);
  }
  const chunked = h.extra?.[0] === 'Transfer-Encoding';
  return {
    method: h.method ?? route.method,
    path: target,
    headers,
    body: !chunked
      ? h.body
      : h.body.length === 0
        ? Buffer.from('0\r\n\r\n')
        : Buffer.concat([Buffer.from(`${h.body.length.toString(16)}\r\n`), h.body, Buffer.from('\r\n0\r\n\r\n')]),
    sse: route.sse === true,
    headersOnly: route.sse === true,
  };
}

/** HTML answers must not carry reporter-controlled markup. */
const MARKUP = /<script>alert|<img src=x onerror|<svg onload|<a href="javascript:/i;

describe('hostile requests on every public route', () => {
  it(
    'are answered within the bound, never with a 5xx, and a refused one changes nothing',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileRequest, async (h) => {
          const req = build(h);
          const before = await snapshot();
          const res = await send(req);
          const what = `${req.method} ${req.path.slice(0, 120)} -> ${res.status} ${res.body.toString().slice(0, 200)}`;
          expect(res.hung, `no answer within ${ANSWER_MS} ms: ${what}`).toBe(false);
          if (res.status === 0) {
            // Closing the connection without an answer is only fine when the request's own framing is broken (a
            // Content-Length that does not match the body: what follows is garbage for HTTP's parser) or when the
            // server refused a body while it was still being written.
            const lyingLength = h.extra?.[0] === 'Content-Length' && h.extra[1] !== String(h.body.length);
            if (!lyingLength) {
              expect(req.body!.length, `no status line (${res.error}): ${what}`).toBeGreaterThan(16 * 1024);
            }
          } else {
            expect(res.status, what).toBeLessThan(500);
          }
          if (res.status === 0 || res.status >= 400)
            expect(await snapshot(), `a refused request changed rows: ${what}`).toEqual(before);
          if (/html/.test(res.headers['content-type'] ?? '')) expect(res.body.toString()).not.toMatch(MARKUP);
        }),
        { numRuns: 600, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
      );
    },
  );

  it('a signed Twilio SMS with any text is stored exactly once, and the retry stores nothing more', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.integer({ min: 0, max: 9_999_999 }),
        async (text, n) => {
          const form = inboundForm({ from: `+86138${String(n).padStart(8, '0')}`, body: text });
          const payload = Buffer.from(new URLSearchParams(form).toString());
          const headers: [string, string][] = [
            ['Content-Type', 'application/x-www-form-urlencoded'],
            ['X-Twilio-Signature', sign(`${smsEnv.PUBLIC_BASE_URL}/channels/twilio/sms`, form)],
          ];
          const where = { channel: 'sms', providerMessageId: form.MessageSid! };
          const before = await gw.db.reader.inboundMessage.count();
          const first = await send({ method: 'POST', path: '/channels/twilio/sms', headers, body: payload });
          expect(first.status, first.body.toString()).toBe(200);
          expect(first.body.toString()).toMatch(/^<\?xml[^]*<Response>/);
          const again = await send({ method: 'POST', path: '/channels/twilio/sms', headers, body: payload });
          expect(again.status).toBe(200);
          expect(again.body.toString()).toBe(first.body.toString());
          expect(await gw.db.reader.inboundMessage.count({ where })).toBe(1);
          expect(await gw.db.reader.inboundMessage.count()).toBe(before + 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a signed WeChat push with any text is stored exactly once, and the retry stores nothing more', async () => {
    let msgId = 7_000_000_000_000_000_000n;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), async (text) => {
        const id = String(msgId++);
        // CDATA cannot hold "]]>": split it across two sections, as WeChat does.
        const content = `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
        const xml = `<xml><ToUserName><![CDATA[gh_hostile]]></ToUserName><FromUserName><![CDATA[oHostileSender${id.slice(-6)}]]></FromUserName><CreateTime>${nowS()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>${content}</Content><MsgId>${id}</MsgId></xml>`;
        const query = wechatQuery(true);
        const before = await gw.db.reader.inboundMessage.count();
        const push = () =>
          send({
            method: 'POST',
            path: `/channels/wechat-oa?${query}`,
            headers: [['Content-Type', 'text/xml']],
            body: Buffer.from(xml),
          });
        const first = await push();
        const stored = await gw.db.reader.inboundMessage.count({ where: { channel: 'wechat-oa' } });
        if (first.status === 400) {
          // Characters XML itself forbids (control characters): refused whole, nothing stored.
          // eslint-disable-next-line no-control-regex
          expect(text).toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
          expect(await gw.db.reader.inboundMessage.count()).toBe(before);
          return;
        }
        expect(first.status, first.body.toString()).toBe(200);
        // The same signed URL with the same message: WeChat retrying; answered again, stored once.
        const again = await push();
        expect(again.status).toBe(200);
        expect(await gw.db.reader.inboundMessage.count({ where: { channel: 'wechat-oa' } })).toBe(stored);
        expect(await gw.db.reader.inboundMessage.count()).toBe(before + 1);
      }),
      { numRuns: 30 },
    );
  });

  it('a signed Twilio status callback for any message id and status never fails and never creates a message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/),
        fc.constantFrom('delivered', 'failed', 'undelivered', 'sent', 'queued', 'bogus', ''),
        fc.option(fc.stringMatching(/^\d{0,6}$/), { nil: undefined }),
        async (messageSid, status, code) => {
          const form = statusForm(messageSid, status, code);
          const before = await snapshot();
          const res = await send({
            method: 'POST',
            path: '/channels/twilio/status',
            headers: [
              ['Content-Type', 'application/x-www-form-urlencoded'],
              ['X-Twilio-Signature', sign(`${smsEnv.PUBLIC_BASE_URL}/channels/twilio/status`, form)],
            ],
            body: Buffer.from(new URLSearchParams(form).toString()),
          });
          expect([204, 400]).toContain(res.status);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reporter text comes back escaped on every HTML page (form error page, conversation page)', async () => {
    const payload = fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      '<a href="javascript:alert(1)">x</a>',
      '</textarea><script>alert(1)</script>',
    );
    await fc.assert(
      fc.asyncProperty(payload, fc.string({ maxLength: 30 }), fc.boolean(), async (xss, noise, api) => {
        const text = `help ${noise} ${xss}`.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
        let pageToken: string;
        if (api) {
          const res = await send({
            method: 'POST',
            path: '/api/v1/reports',
            headers: [['Content-Type', 'application/json']],
            body: Buffer.from(JSON.stringify({ text })),
          });
          expect(res.status, res.body.toString()).toBe(201);
          pageToken = (JSON.parse(res.body.toString()) as { token: string }).token;
        } else {
          // The error page shows the text and contact back to the reporter: a bad contact makes it render.
          const refused = await send({
            method: 'POST',
            path: '/report',
            headers: [['Content-Type', 'application/x-www-form-urlencoded']],
            body: Buffer.from(new URLSearchParams({ text, contact: xss }).toString()),
          });
          expect(refused.status).toBe(400);
          expect(refused.body.toString()).not.toContain(xss);
          const res = await send({
            method: 'POST',
            path: '/report',
            headers: [['Content-Type', 'application/x-www-form-urlencoded']],
            body: Buffer.from(new URLSearchParams({ text }).toString()),
          });
          expect(res.status).toBe(303);
          pageToken = res.headers.location!.split('/').pop()!;
        }
        const page = await send({ method: 'GET', path: `/report/${pageToken}`, headers: [] });
        expect(page.status).toBe(200);
        const html = page.body.toString();
        expect(html).toMatch(/&lt;|&#60;/);
        expect(html).not.toContain(xss);
        expect(html).not.toMatch(MARKUP);
      }),
      { numRuns: 20 },
    );
  });

  it('afterwards the process is healthy and nothing was polluted', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const ready = await send({ method: 'GET', path: '/readyz', headers: [] });
    expect(ready.status).toBe(200);
    const report = await send({
      method: 'POST',
      path: '/api/v1/reports',
      headers: [['Content-Type', 'application/json']],
      body: Buffer.from(JSON.stringify({ text: 'someone broke into my car on Nanda Street' })),
    });
    expect(report.status).toBe(201);
    const sse = await send({
      method: 'GET',
      path: '/api/v1/events',
      headers: [['Authorization', `Bearer ${API_TOKEN}`]],
      headersOnly: true,
    });
    expect(sse.status).toBe(200);
    expect(sse.headers['content-type']).toMatch(/text\/event-stream/);
  });
});

describe('found by this suite', () => {
  it('a path parameter that is not valid percent-encoding is a 400, not a 500', async () => {
    for (const path of ['/report/%ZZ', '/report/%C0%AF%C0%AF', '/api/v1/reports/%E4%BD/messages']) {
      const method = path.endsWith('messages') ? 'POST' : 'GET';
      const res = await send({
        method,
        path,
        headers: [['Content-Type', 'application/json']],
        body: Buffer.from('{}'),
      });
      expect(res.status, path).toBe(400);
    }
  });

  it('HEAD on the event stream answers its headers and ends instead of hanging', async () => {
    const res = await send({
      method: 'HEAD',
      path: '/api/v1/events',
      headers: [['Authorization', `Bearer ${API_TOKEN}`]],
    });
    expect(res.hung).toBe(false);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
  });
});
