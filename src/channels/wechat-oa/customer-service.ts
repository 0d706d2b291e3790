/**
 * The customer-service message API (POST /cgi-bin/message/custom/send?access_token=...): how the gateway
 * writes to a follower outside a passive reply, for up to 48 hours after that follower's last message.
 * Used for replies that missed WeChat's 5-second window and for out-of-band messages (nudges, dispatch
 * status, dispatcher texts).
 *
 * Errors become SendErrors the outbound worker understands: retryable (rate limits, busy, network, 5xx)
 * or final (outside the 48-hour window, unfollowed, bad openid), which flags the incident for a call-taker.
 */
import { SendError } from '../types.js';
import { TOKEN_REFUSED, callApi, describeError, type AccessTokenSource, type WechatApi } from './access-token.js';

/** Errors a retry cannot fix, with what they mean for the call-taker who sees them on the incident. */
const FINAL: ReadonlyMap<number, string> = new Map([
  [45015, 'outside the 48-hour customer-service window (or the reporter unfollowed); reach them another way'],
  [43004, 'the reporter no longer follows the account'],
  [40003, 'the openid is not valid for this account'],
  [45002, 'the message is too long for WeChat'],
  [48001, 'the account is not allowed to use the customer-service API'],
  [40013, 'invalid WECHAT_OA_APPID'],
]);

/** Errors worth another attempt later (rate limits, WeChat busy). Unknown codes are retried too. */
const RETRYABLE_NOTE: ReadonlyMap<number, string> = new Map([
  [45047, 'customer-service message quota reached'],
  [45009, 'API call limit reached'],
  [-1, 'WeChat is busy'],
]);

export class CustomerServiceClient {
  constructor(
    private readonly api: WechatApi,
    private readonly tokens: AccessTokenSource,
  ) {}

  /** Sends one text message to a follower. Resolves when WeChat accepted it; throws SendError otherwise. */
  async sendText(openid: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: openid, msgtype: 'text', text: { content } });
    for (let attempt = 1; ; attempt++) {
      const token = await this.tokens.get();
      const url = new URL('/cgi-bin/message/custom/send', this.api.baseUrl);
      url.searchParams.set('access_token', token);
      const answer = await callApi(
        this.api,
        url,
        { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body },
        'customer-service',
      );
      const code = typeof answer.errcode === 'number' ? answer.errcode : 0;
      if (code === 0) return;
      if (TOKEN_REFUSED.has(code)) {
        // Expired or replaced elsewhere: refresh once and try again; a second refusal is left to the
        // worker's backoff (the token is forgotten, so that attempt fetches a fresh one).
        this.tokens.invalidate(token);
        if (attempt === 1) continue;
        throw new SendError(`WeChat refused a fresh access token: ${describeError(answer)}`, true, String(code));
      }
      const final = FINAL.get(code);
      if (final !== undefined) throw new SendError(`WeChat ${code}: ${final}`, false, String(code));
      const note = RETRYABLE_NOTE.get(code);
      throw new SendError(note ? `WeChat ${code}: ${note}` : `WeChat ${describeError(answer)}`, true, String(code));
    }
  }
}
