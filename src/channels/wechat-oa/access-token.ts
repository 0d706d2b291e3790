/**
 * The Official Account access token (GET /cgi-bin/token?grant_type=client_credential&appid=&secret=):
 * cached until shortly before `expires_in`, fetched once for any number of concurrent callers
 * (single-flight), and forgotten when WeChat refuses it (40001/42001) so the next caller fetches a new one.
 *
 * Fetching a new token invalidates the previous one after a few minutes, so only one process should own
 * the token for an account (see README).
 */
import { SendError } from '../types.js';

export interface WechatApi {
  /** e.g. https://api.weixin.qq.com (tests: a local fake). */
  baseUrl: string;
  fetch: typeof fetch;
  /** Per-request timeout. */
  timeoutMs: number;
}

/** WeChat error codes that mean "the access token is invalid or expired": refresh and try again once. */
export const TOKEN_REFUSED: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** Token API errors that a retry cannot fix (wrong appid/secret, server IP not on the allow-list). */
const TOKEN_CONFIG_ERRORS: ReadonlyMap<number, string> = new Map([
  [40002, 'invalid grant_type'],
  [40013, 'invalid WECHAT_OA_APPID'],
  [40125, 'invalid WECHAT_OA_SECRET'],
  [40164, "this server's IP address is not on the account's IP allow-list"],
  [40243, 'the AppSecret is frozen'],
  [41002, 'WECHAT_OA_APPID missing'],
  [41004, 'WECHAT_OA_SECRET missing'],
]);

interface Cached {
  token: string;
  /** ms since epoch after which the token is not used any more. */
  renewAt: number;
}

export class AccessTokenSource {
  private cached: Cached | null = null;
  private inflight: Promise<string> | null = null;
  /** How many times the token API was called (metrics, tests). */
  fetches = 0;

  constructor(
    private readonly api: WechatApi,
    private readonly appId: string,
    private readonly secret: string,
    private readonly now: () => number,
  ) {}

  /** A valid token: the cached one, the one being fetched, or a new one. */
  get(): Promise<string> {
    if (this.cached && this.now() < this.cached.renewAt) return Promise.resolve(this.cached.token);
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /**
   * WeChat refused `token`: forget it, unless a newer one was fetched meanwhile (so concurrent callers
   * refused with the same old token cause one refresh, not one each).
   */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }

  private async fetchToken(): Promise<string> {
    this.fetches += 1;
    const url = new URL('/cgi-bin/token', this.api.baseUrl);
    url.searchParams.set('grant_type', 'client_credential');
    url.searchParams.set('appid', this.appId);
    url.searchParams.set('secret', this.secret);
    const body = await callApi(this.api, url, { method: 'GET' }, 'token');
    const token = body.access_token;
    const expiresIn = body.expires_in;
    if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
      const code = typeof body.errcode === 'number' ? body.errcode : null;
      if (code !== null && TOKEN_CONFIG_ERRORS.has(code)) {
        throw new SendError(`WeChat token API: ${TOKEN_CONFIG_ERRORS.get(code)} (${code})`, false, String(code));
      }
      throw new SendError(
        `WeChat token API refused: ${describeError(body)}`,
        true,
        code === null ? 'token' : String(code),
      );
    }
    // Renew a little early: five minutes, or half the lifetime of a short-lived token.
    const marginS = Math.min(300, expiresIn / 2);
    this.cached = { token, renewAt: this.now() + (expiresIn - marginS) * 1000 };
    return token;
  }
}

/**
 * One call to the WeChat API, answering its JSON body. Network errors, timeouts, 5xx and non-JSON answers
 * are retryable SendErrors. URLs are never put in errors: they carry the secret or the access token.
 */
export async function callApi(
  api: WechatApi,
  url: URL,
  init: RequestInit,
  what: string,
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await api.fetch(url, { ...init, signal: AbortSignal.timeout(api.timeoutMs) });
  } catch (err) {
    const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'network error';
    throw new SendError(`WeChat ${what} API ${reason}`, true, 'network');
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new SendError(`WeChat ${what} API answered HTTP ${res.status}`, true, `http_${res.status}`);
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through
  }
  throw new SendError(`WeChat ${what} API answered something that is not a JSON object`, true, 'bad_response');
}

/** "errcode 45015: response out of time limit ..." for errors and logs (errmsg carries no secrets). */
export function describeError(body: Record<string, unknown>): string {
  const code = typeof body.errcode === 'number' ? body.errcode : '?';
  const msg = typeof body.errmsg === 'string' ? body.errmsg.slice(0, 200) : '';
  return `errcode ${code}${msg ? `: ${msg}` : ''}`;
}
