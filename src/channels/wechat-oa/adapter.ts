/**
 * The WeChat Official Account channel: WeChat's server URL check (GET) and message push (POST) at
 * /channels/wechat-oa, passive XML replies, and the customer-service API for everything WeChat's
 * 5-second window cannot carry.
 *
 * The 5-second rule: WeChat waits 5 s for an answer, then retries the same push three times. The channel
 * declares that (capabilities: inline within `replyDeadlineMs`, 4 s; 3 retries) and the delivery service
 * decides: the core's answer in time is the passive reply; a late one is handed to the outbound worker
 * (committed) before the push is answered `success`, and goes out through the customer-service API,
 * surviving a crash. A WeChat retry of a push still being handled joins it in the service: the message is
 * stored once (the core dedupes on MsgId) and its replies are delivered once. This adapter only decodes the
 * push and encodes the answer.
 *
 * Replay protection: the signature covers only the token, `timestamp` and `nonce` of the query string, not
 * the body, so a signed URL seen once (a proxy log, a captured request) would let anyone post any message as
 * any follower. A push is therefore refused (403, nothing stored) when its signed timestamp is more than
 * REPLAY_WINDOW_S from the gateway clock, and every accepted (timestamp, nonce) is remembered in the database
 * (`ctx.replay`, shared by every gateway process) with the message it carried: sender + MsgId, or sender +
 * CreateTime for events. WeChat's documentation says a push is retried three times, with the same message
 * (same MsgId, the id to dedupe on), but not whether a retry's URL carries a new nonce and timestamp, so both
 * are accepted: a retry with a new pair is a new pair (the core dedupes the message on MsgId), and a retry
 * with the same pair carries the same message, so it is a `retry` and is answered like the first push. The
 * same pair with another message is a replay: 403, logged without the signature or the whole openid.
 *
 * A correctly signed push that cannot be processed (a body that is not WeChat's XML, content that does not
 * make sense, too large, or the database failing before the message could be stored) is answered `success`,
 * never 4xx/5xx: WeChat shows a follower whose push got an error "该公众号暂时无法提供服务", which reads as
 * "nobody is there". It is logged, and where the follower is known and customer-service credentials are set,
 * they are told through the customer-service API that the message was not saved and to call 110. Requests
 * whose signature fails (or whose signed URL is stale or replayed) are not WeChat's pushes: still 403.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Config } from '../../config.js';
import type { InboundMessage, MediaRef } from '../../core/message.js';
import { sanitizeText } from '../../core/text.js';
import { AppError, badRequest, forbidden, unavailable } from '../../http/errors.js';
import {
  SendError,
  type ChannelAdapter,
  type ChannelCapabilities,
  type ChannelContext,
  type ReplayVerdict,
} from '../types.js';
import { AccessTokenSource, type WechatApi } from './access-token.js';
import { wechatOaCapabilities } from './capabilities.js';
import { CustomerServiceClient } from './customer-service.js';
import { signedQuery, verifySignature, type SignedQuery } from './signature.js';
import { bilingual } from './texts.js';
import { XmlRejected, parsePush, passiveTextReply, providerMessageIdOf, type Push } from './xml.js';

export const WECHAT_OA_PATH = '/channels/wechat-oa';
/** A push is a few hundred bytes; 64 kB leaves room for long texts and refuses floods. */
const BODY_LIMIT = '64kb';
/** Under WeChat's 5 s, with room for the network. */
const DEFAULT_REPLY_DEADLINE_MS = 4000;
/**
 * How far (seconds, either way) a push's signed `timestamp` may be from the gateway clock. WeChat signs each
 * push when it sends it and gives up after three retries 5 s apart, so a genuine push is seconds old; five
 * minutes leaves room for clock drift between WeChat and this server (keep it NTP-synchronised) and bounds
 * how long a captured signed URL is worth anything, and how long its nonce must be remembered.
 */
export const REPLAY_WINDOW_S = 300;
/** Nonces are kept this much longer than the window, for gateway processes whose clocks differ a little. */
const REPLAY_MARGIN_S = 60;

export interface WechatOaOptions {
  /** WeChat API base URL; default https://api.weixin.qq.com (tests: a local fake server). */
  apiBaseUrl?: string;
  fetch?: typeof fetch;
  /** How long a push waits for the core's answer before its replies are handed to the outbound worker. */
  replyDeadlineMs?: number;
  /** Timeout of each WeChat API request. */
  apiTimeoutMs?: number;
}

/** "oAbC…wXyZ": enough to tell reporters apart in logs, not enough to write to them. */
export function maskOpenid(openid: string): string {
  return openid.length > 10 ? `${openid.slice(0, 4)}…${openid.slice(-4)}` : '***';
}

/** Why the body reader could not read a body, by body-parser's error type. */
const BODY_UNREADABLE: Readonly<Record<string, string>> = {
  'charset.unsupported': 'the charset of the body is not supported; WeChat sends UTF-8',
  'encoding.unsupported': 'the Content-Encoding of the body is not supported',
  'request.aborted': 'the body was cut off',
  'request.size.invalid': 'the body is not as long as its Content-Length says',
};

const HTTP_URL = /^https?:\/\/[^\s<>"]{1,1000}$/;
const MEDIA_ID = /^[A-Za-z0-9_-]{1,128}$/;
const COORD = /^-?\d{1,3}(?:\.\d{1,15})?$/;

type Handling = { kind: 'intake'; message: InboundMessage } | { kind: 'say'; lines: string[] } | { kind: 'nothing' };

export function createWechatOaChannel(opts: WechatOaOptions = {}): ChannelAdapter {
  const capabilities: ChannelCapabilities = {
    ...wechatOaCapabilities,
    inline: { kind: 'response', withinMs: opts.replyDeadlineMs ?? DEFAULT_REPLY_DEADLINE_MS, retries: 3 },
  };
  let ctx: ChannelContext | null = null;
  let customerService: CustomerServiceClient | null = null;
  /** Work still running (answers, notices), awaited at stop so the database is not closed under it. */
  const inFlight = new Set<Promise<unknown>>();

  function track(p: Promise<unknown>): void {
    inFlight.add(p);
    // then(f, f), not finally(): a rejected `p` must not become an unhandled rejection here (its owner
    // handles the error); this only forgets it.
    const forget = () => void inFlight.delete(p);
    void p.then(forget, forget);
  }

  function setup(c: ChannelContext): void {
    ctx = c;
    const { WECHAT_OA_APPID: appId, WECHAT_OA_SECRET: secret } = c.config.env;
    if (appId && secret) {
      const api: WechatApi = {
        baseUrl: opts.apiBaseUrl ?? 'https://api.weixin.qq.com',
        fetch: opts.fetch ?? globalThis.fetch,
        timeoutMs: opts.apiTimeoutMs ?? 10_000,
      };
      const tokens = new AccessTokenSource(api, appId, secret, () => c.clock().getTime());
      customerService = new CustomerServiceClient(api, tokens);
    } else {
      customerService = null;
      c.log.warn(
        { channel: 'wechat-oa' },
        'WeChat OA: passive replies only; set WECHAT_OA_APPID and WECHAT_OA_SECRET for late replies and status messages',
      );
    }
  }

  /**
   * The lines of this request's passive reply; none means `success` (the replies go out later through the
   * customer-service API). Without customer-service credentials there is no later: the service waits for
   * the answer (a WeChat retry of this push joins it and carries it if this connection was dropped).
   */
  async function answerFor(message: InboundMessage, startedAt: number, c: ChannelContext): Promise<string[]> {
    try {
      const answer = await c.delivery.respond(capabilities, message, startedAt, { later: customerService !== null });
      return answer.kind === 'inline' ? answer.replies : [];
    } catch (err) {
      c.log.error({ err, channel: 'wechat-oa', from: maskOpenid(message.sender) }, 'WeChat OA: intake failed');
      return bilingual('failed', c.config.defaultLanguage);
    }
  }

  function handlingOf(push: Push, c: ChannelContext): Handling {
    const f = push.fields;
    const lang = c.config.defaultLanguage;
    if (push.msgType === 'event') {
      // Following the account: say how to report. Unfollowing, menu clicks, automatic location reports: nothing.
      return f.Event?.toLowerCase() === 'subscribe'
        ? { kind: 'say', lines: bilingual('welcome', lang) }
        : { kind: 'nothing' };
    }
    const base = {
      channel: 'wechat-oa' as const,
      providerMessageId: providerMessageIdOf(push),
      sender: push.fromUserName,
      receivedAt: c.clock(),
    };
    switch (push.msgType) {
      case 'text':
        // A text message without its Content is not a WeChat push (an empty Content is kept: ''). Control
        // characters never reach here: the XML parser refuses them (400), as a genuine push has none.
        if (f.Content === undefined) throw badRequest('a text message needs a Content');
        return { kind: 'intake', message: { ...base, text: f.Content } };
      case 'location': {
        const lat = coordinate(f.Location_X, 90, 'Location_X');
        const lon = coordinate(f.Location_Y, 180, 'Location_Y');
        const label = sanitizeText(f.Label ?? '')
          .trim()
          .slice(0, 200);
        // WeChat shares GCJ-02 coordinates: stored as received with their datum, converted on export.
        // The label reaches the flow through the location itself, not as typed text.
        return {
          kind: 'intake',
          message: { ...base, text: '', location: { lat, lon, datum: 'GCJ02', ...(label ? { label } : {}) } },
        };
      }
      case 'image': {
        const media: MediaRef[] = [];
        if (f.PicUrl && HTTP_URL.test(f.PicUrl)) media.push({ url: f.PicUrl, contentType: 'image/jpeg' });
        if (f.MediaId && MEDIA_ID.test(f.MediaId)) media.push({ url: mediaUri(f.MediaId), contentType: 'image/jpeg' });
        if (media.length === 0) throw badRequest('an image message needs a PicUrl or a MediaId');
        return { kind: 'intake', message: { ...base, text: '', media } };
      }
      case 'voice': {
        if (!f.MediaId || !MEDIA_ID.test(f.MediaId)) throw badRequest('a voice message needs a MediaId');
        const format = /^[a-z0-9]{1,10}$/i.test(f.Format ?? '') ? f.Format!.toLowerCase() : 'amr';
        return {
          kind: 'intake',
          message: {
            ...base,
            // WeChat's speech recognition, when the account has it on, is the reporter's words.
            text: sanitizeText(f.Recognition ?? '').trim(),
            media: [{ url: mediaUri(f.MediaId), contentType: `audio/${format}` }],
          },
        };
      }
      default:
        return { kind: 'say', lines: bilingual('unsupported', lang) };
    }
  }

  function reply(res: Response, push: Push, lines: string[], c: ChannelContext): void {
    if (lines.length === 0) {
      res.type('text/plain').send('success');
      return;
    }
    res.type('text/xml').send(
      passiveTextReply({
        to: push.fromUserName,
        from: push.toUserName,
        createTime: c.clock().getTime() / 1000,
        content: lines.join('\n'),
      }),
    );
  }

  return {
    id: 'wechat-oa',
    capabilities,
    availability: (config: Readonly<Config>) =>
      config.env.WECHAT_OA_TOKEN
        ? { on: true }
        : { on: false, reason: 'set WECHAT_OA_TOKEN (and WECHAT_OA_APPID, WECHAT_OA_SECRET) to turn it on' },

    routes(router: Router, c: ChannelContext) {
      setup(c);
      const token = c.config.env.WECHAT_OA_TOKEN ?? '';
      // The signature and its timestamp are in the query string: checked before the body is read at all.
      const signed = (req: Request, res: Response, next: () => void) => {
        const q = signedQuery(req.query);
        if (!token || !q || !verifySignature(token, q)) throw forbidden('WeChat signature does not match');
        const skewS = Number(q.timestamp) - Math.floor(c.clock().getTime() / 1000);
        if (Math.abs(skewS) > REPLAY_WINDOW_S) {
          c.log.warn(
            { channel: 'wechat-oa', skewS },
            'WeChat OA: request refused, its signed timestamp is outside the replay window (replay, or a clock off)',
          );
          throw forbidden(`WeChat timestamp is more than ${REPLAY_WINDOW_S} s from the gateway clock`);
        }
        res.locals.signed = q;
        next();
      };
      const raw = express.text({ type: () => true, limit: BODY_LIMIT });
      // The body reader's own refusals (a charset or Content-Encoding it cannot decode, broken gzip, a body
      // over the limit) on a signed push: `success`, logged, like every other push that cannot be processed.
      const readBody = (req: Request, res: Response, next: NextFunction) => {
        raw(req, res, (err?: unknown) => {
          if (!err) return next();
          const { type } = err as { type?: unknown };
          const reason =
            type === 'entity.too.large'
              ? `the body is over ${BODY_LIMIT}`
              : (BODY_UNREADABLE[String(type)] ?? 'the body could not be read or decompressed');
          unprocessable(res, reason, null);
        });
      };

      /**
       * A signed push that cannot be processed: `success` (never an error WeChat would show as "this account
       * cannot serve you"), logged, and the follower told to call 110 through the customer-service API when
       * they are known and the credentials are set.
       */
      function unprocessable(res: Response, reason: string, openid: string | null): void {
        c.log.warn(
          { channel: 'wechat-oa', reason, from: openid ? maskOpenid(openid) : null },
          'WeChat OA: signed push could not be processed; answered success',
        );
        const cs = customerService;
        if (openid && cs) {
          const told = cs
            .sendText(openid, bilingual('failed', c.config.defaultLanguage).join('\n'))
            .catch((err: unknown) =>
              c.log.warn(
                { err: { message: err instanceof Error ? err.message : String(err) }, channel: 'wechat-oa' },
                'WeChat OA: could not tell the follower to call 110',
              ),
            );
          track(told);
        }
        res.status(200).type('text/plain').send('success');
      }

      /** Records the signed pair with the message it carried; a replay is refused (403). */
      async function admit(res: Response, bodyKey: string, from: string): Promise<'ok' | 'unavailable'> {
        const q = res.locals.signed as SignedQuery;
        let verdict: ReplayVerdict;
        try {
          verdict = await c.replay.remember(
            {
              channel: 'wechat-oa',
              timestamp: q.timestamp,
              nonce: q.nonce,
              bodyKey,
              keepUntil: new Date((Number(q.timestamp) + REPLAY_WINDOW_S + REPLAY_MARGIN_S) * 1000),
            },
            c.clock(),
          );
        } catch (err) {
          c.log.error({ err, channel: 'wechat-oa', from: maskOpenid(from) }, 'WeChat OA: replay check failed');
          return 'unavailable';
        }
        if (verdict === 'replay') {
          c.log.warn(
            { channel: 'wechat-oa', timestamp: q.timestamp, from: maskOpenid(from) },
            'WeChat OA: replay refused, this signed timestamp and nonce already carried another message',
          );
          throw forbidden('this signed WeChat URL was already used for another message');
        }
        return 'ok';
      }

      router.get(WECHAT_OA_PATH, signed, async (req, res) => {
        const echostr = req.query.echostr;
        if (typeof echostr !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(echostr)) {
          throw badRequest('echostr is missing or invalid');
        }
        // The URL check is signed like a push: its pair must not be reusable for a push either.
        if ((await admit(res, `echostr:${echostr}`, '')) === 'unavailable') {
          throw unavailable('the request could not be checked against replays; WeChat retries it');
        }
        res.type('text/plain').send(echostr);
      });

      router.post(WECHAT_OA_PATH, signed, readBody, async (req, res) => {
        const startedAt = Date.now();
        if (typeof req.body !== 'string' || req.body.trim() === '') return unprocessable(res, 'no XML body', null);
        let push: Push | null = null;
        let handling: Handling;
        let bodyKey: string;
        try {
          push = parsePush(req.body);
          // Every message names itself (MsgId; events: CreateTime); a retry names the same message.
          bodyKey = `${push.fromUserName}/${providerMessageIdOf(push)}`;
          handling = handlingOf(push, c);
        } catch (err) {
          if (err instanceof XmlRejected || (err instanceof AppError && err.httpStatus === 400)) {
            return unprocessable(res, err.message, push?.fromUserName ?? followerOf(req.body));
          }
          throw err;
        }
        if ((await admit(res, bodyKey, push.fromUserName)) === 'unavailable') {
          // Not stored: WeChat will not retry after `success`, so the follower is told to call 110 or resend.
          return unprocessable(res, 'the database is unavailable (replay check)', push.fromUserName);
        }
        if (handling.kind === 'nothing') return reply(res, push, [], c);
        if (handling.kind === 'say') return reply(res, push, handling.lines, c);
        const answer = answerFor(handling.message, startedAt, c);
        track(answer);
        reply(res, push, await answer, c);
      });
    },

    async send(message) {
      if (!ctx)
        throw new SendError('the WeChat Official Account channel is off (WECHAT_OA_TOKEN unset)', false, 'channel_off');
      if (!customerService) {
        throw new SendError(
          'WeChat OA cannot send messages outside a reply: set WECHAT_OA_APPID and WECHAT_OA_SECRET',
          false,
          'not_configured',
        );
      }
      await customerService.sendText(message.to, message.text);
      // The customer-service API answers no message id.
      return { providerMessageId: null };
    },

    async stop() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** The follower of a push the parser refused, when a plain, well-formed openid can be read from it. */
function followerOf(body: string): string | null {
  if (body.length > 4096) return null;
  return /<FromUserName>\s*<!\[CDATA\[([A-Za-z0-9_-]{6,64})\]\]>\s*<\/FromUserName>/.exec(body)?.[1] ?? null;
}

/** WeChat keeps uploaded media for 3 days, fetchable with /cgi-bin/media/get?media_id=... */
function mediaUri(mediaId: string): string {
  return `wechat-oa-media:${mediaId}`;
}

function coordinate(raw: string | undefined, max: number, name: string): number {
  const value = Number(raw);
  if (raw === undefined || !COORD.test(raw.trim()) || !Number.isFinite(value) || Math.abs(value) > max) {
    throw badRequest(`${name} is missing or out of range`);
  }
  return value;
}

/** The instance the registry uses; tests make their own with a fake WeChat API and a short deadline. */
export const wechatOaChannel: ChannelAdapter = createWechatOaChannel();
