/**
 * Real-shaped WeChat Official Account pushes, signed exactly as WeChat signs them, and a fake WeChat API
 * server (token + customer-service endpoints) on localhost.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { wechatSignature } from '../../../src/channels/wechat-oa/signature.js';
import type { TestGateway } from '../../helpers/gateway.js';

export const OA_TOKEN = 'oa-test-token-9f3k';
export const ACCOUNT = 'gh_0a1b2c3d4e5f';
/** A real-looking openid: 28 characters. */
export const OPENID = 'oR5Gx0vYb7Zk2mQpL9sT4wE1uN3c';

let nonces = 1357924680;
/** A nonce as WeChat sends one: a new decimal number for every push. */
export const nextNonce = () => String(nonces++);

/** The query string WeChat signs a push with: `timestamp` from the clock (`offsetS` seconds off), a new nonce. */
export function signedQuery(
  clock: { now(): Date },
  token = OA_TOKEN,
  nonce = nextNonce(),
  offsetS = 0,
): { signature: string; timestamp: string; nonce: string; openid: string } {
  const timestamp = String(Math.floor(clock.now().getTime() / 1000) + offsetS);
  return { signature: wechatSignature(token, timestamp, nonce), timestamp, nonce, openid: OPENID };
}

const head = (from: string, createTime: string, type: string) =>
  `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
  `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[${type}]]></MsgType>`;

export const pushes = {
  text: (from: string, msgId: string, content: string, createTime = '1795428000') =>
    `${head(from, createTime, 'text')}<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`,
  location: (from: string, msgId: string, lat: string, lon: string, label: string) =>
    `${head(from, '1795428000', 'location')}<Location_X>${lat}</Location_X><Location_Y>${lon}</Location_Y>` +
    `<Scale>15</Scale><Label><![CDATA[${label}]]></Label><MsgId>${msgId}</MsgId></xml>`,
  image: (from: string, msgId: string) =>
    `${head(from, '1795428000', 'image')}<PicUrl><![CDATA[http://mmbiz.qpic.cn/mmbiz_jpg/abc123/0]]></PicUrl>` +
    `<MediaId><![CDATA[media_id_img_001]]></MediaId><MsgId>${msgId}</MsgId></xml>`,
  voice: (from: string, msgId: string, recognition: string) =>
    `${head(from, '1795428000', 'voice')}<MediaId><![CDATA[media_id_voice_001]]></MediaId>` +
    `<Format><![CDATA[amr]]></Format><Recognition><![CDATA[${recognition}]]></Recognition>` +
    `<MsgId>${msgId}</MsgId></xml>`,
  video: (from: string, msgId: string) =>
    `${head(from, '1795428000', 'video')}<MediaId><![CDATA[media_id_video]]></MediaId>` +
    `<ThumbMediaId><![CDATA[thumb_id]]></ThumbMediaId><MsgId>${msgId}</MsgId></xml>`,
  event: (from: string, event: string, createTime = '1795428001') =>
    `${head(from, createTime, 'event')}<Event><![CDATA[${event}]]></Event></xml>`,
};

/** POSTs a push with a valid signature. */
export function post(gw: TestGateway, xml: string, query = signedQuery(gw.clock)): request.Test {
  return request(gw.app).post('/channels/wechat-oa').query(query).set('Content-Type', 'text/xml').send(xml);
}

const parser = new XMLParser({ processEntities: false, parseTagValue: false });

/** The passive reply's fields, or null when the answer was `success`. */
export function passive(res: request.Response): Record<string, string> | null {
  if (res.text.trim() === 'success') return null;
  const tree = parser.parse(res.text) as { xml?: Record<string, string> };
  if (!tree.xml) throw new Error(`not a passive reply: ${res.text}`);
  return tree.xml;
}

/** The reply texts a passive reply carries (joined with newlines by the adapter). */
export function replyTexts(res: request.Response): string[] {
  const xml = passive(res);
  return xml?.Content ? xml.Content.split('\n') : [];
}

export interface ApiCall {
  path: string;
  query: URLSearchParams;
  body: string;
}

/**
 * A fake api.weixin.qq.com: /cgi-bin/token hands out TOKEN-1, TOKEN-2 ... (each fetch invalidates the
 * previous one, as WeChat does); /cgi-bin/message/custom/send answers the scripted errcodes in order,
 * then 0, and 40001 for a token that is not the current one. While `state.refuseSends` is set, every
 * send gets HTTP 500 (WeChat down).
 */
export async function fakeWechatApi(opts: { tokenDelayMs?: number; expiresIn?: number } = {}) {
  const calls: ApiCall[] = [];
  const sendScript: number[] = [];
  const state = { refuseSends: false };
  let issued = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      calls.push({ path: url.pathname, query: url.searchParams, body });
      const json = (value: unknown) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(value));
      };
      if (url.pathname === '/cgi-bin/token') {
        setTimeout(() => {
          issued += 1;
          json({ access_token: `TOKEN-${issued}`, expires_in: opts.expiresIn ?? 7200 });
        }, opts.tokenDelayMs ?? 0);
        return;
      }
      if (url.pathname === '/cgi-bin/message/custom/send') {
        if (state.refuseSends) {
          res.statusCode = 500;
          res.end('internal error');
          return;
        }
        const scripted = sendScript.shift();
        if (scripted !== undefined) return json({ errcode: scripted, errmsg: `scripted ${scripted} rid: 1-2-3` });
        if (url.searchParams.get('access_token') !== `TOKEN-${issued}`) {
          return json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        }
        return json({ errcode: 0, errmsg: 'ok' });
      }
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    sendScript,
    state,
    tokenCalls: () => calls.filter((c) => c.path === '/cgi-bin/token'),
    sends: () => calls.filter((c) => c.path === '/cgi-bin/message/custom/send'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type FakeWechatApi = Awaited<ReturnType<typeof fakeWechatApi>>;

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
