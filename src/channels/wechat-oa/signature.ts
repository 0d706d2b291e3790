/**
 * WeChat Official Account server signature (plaintext mode): sha1 over the three strings token, timestamp
 * and nonce, sorted lexicographically and joined without separators, as lower-case hex. WeChat puts it in
 * the query string of both the URL check (GET) and every message push (POST).
 *
 * The signature covers only token, timestamp and nonce, not the body: it proves the request was made by
 * someone who knows the token. Checked before anything else in a request is read.
 */
import crypto from 'node:crypto';

export interface SignedQuery {
  signature: string;
  timestamp: string;
  nonce: string;
}

export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return crypto.createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** The signed query parameters when each is present exactly once as a short string, else null. */
export function signedQuery(query: Record<string, unknown>): SignedQuery | null {
  const { signature, timestamp, nonce } = query;
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string') return null;
  if (!/^[0-9a-f]{40}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp) || !/^[\w-]{1,64}$/.test(nonce)) {
    return null;
  }
  return { signature, timestamp, nonce };
}

/** Constant-time comparison of the given signature with the expected one. */
export function verifySignature(token: string, q: SignedQuery): boolean {
  const expected = Buffer.from(wechatSignature(token, q.timestamp, q.nonce), 'hex');
  const given = Buffer.from(q.signature.toLowerCase(), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
