/**
 * A follower of the WeChat Official Account: posts message pushes to /channels/wechat-oa exactly as
 * WeChat's server does (signed query string with WECHAT_OA_TOKEN from the environment, XML body, 19-digit
 * MsgId), and prints the passive reply. `/loc LAT LON` shares a location (GCJ-02, as WeChat sends it).
 * An answer that missed the 5-second window comes back as `success`: the gateway then sends it through
 * the customer-service API, which reaches real WeChat, not this terminal.
 */
import crypto from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { cdata } from '../../src/channels/wechat-oa/xml.js';
import { wechatSignature } from '../../src/channels/wechat-oa/signature.js';
import { parseLocation, type SimFactory } from './types.js';

const ACCOUNT = 'gh_simulated0001';
const parser = new XMLParser({ processEntities: false, parseTagValue: false });

/** A 28-character openid-like id, as WeChat gives each follower of an account. */
function fakeOpenid(): string {
  return `o${crypto.randomBytes(21).toString('base64url').slice(0, 27)}`;
}

/** A 64-bit message id as WeChat writes it: 19 decimal digits, beyond 2^53. */
function msgId(): string {
  return (
    (BigInt(`0x${crypto.randomBytes(8).toString('hex')}`) % 9_000_000_000_000_000_000n) +
    1_000_000_000_000_000_000n
  ).toString();
}

export const wechatOaSimulator: SimFactory = (opts) => {
  const token = process.env.WECHAT_OA_TOKEN;
  if (!token) throw new Error('set WECHAT_OA_TOKEN to the token the gateway uses (the simulator signs with it)');
  const openid = opts.from ?? fakeOpenid();

  async function push(fields: string): Promise<string[]> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(crypto.randomInt(1, 2 ** 31));
    const signature = wechatSignature(token!, timestamp, nonce);
    const xml =
      `<xml><ToUserName>${cdata(ACCOUNT)}</ToUserName><FromUserName>${cdata(openid)}</FromUserName>` +
      `<CreateTime>${timestamp}</CreateTime>${fields}<MsgId>${msgId()}</MsgId></xml>`;
    const query = new URLSearchParams({ signature, timestamp, nonce, openid });
    const res = await fetch(`${opts.url}/channels/wechat-oa?${query.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: xml,
    });
    const body = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${body}`);
    if (body.trim() === 'success' || body.trim() === '') {
      process.stderr.write('(answered `success`: the reply goes out later through the customer-service API)\n');
      return [];
    }
    const tree = parser.parse(body) as { xml?: { Content?: unknown } };
    const content = tree.xml?.Content;
    return typeof content === 'string' ? content.split('\n') : [];
  }

  return {
    banner: () => `(WeChat openid ${openid})`,
    send(line) {
      const loc = parseLocation(line);
      if (loc) {
        return push(
          `<MsgType>${cdata('location')}</MsgType><Location_X>${loc.lat}</Location_X>` +
            `<Location_Y>${loc.lon}</Location_Y><Scale>16</Scale><Label>${cdata('')}</Label>`,
        );
      }
      return push(`<MsgType>${cdata('text')}</MsgType><Content>${cdata(line)}</Content>`);
    },
  };
};
