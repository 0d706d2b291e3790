/**
 * The webhook signature (CONTRACT.md): `X-Intake-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" keyed with DISPATCH_WEBHOOK_SECRET>`. Signing the timestamp with the body lets a receiver
 * refuse replays of an old delivery (README.md shows a receiver's check).
 */
import crypto from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Intake-Signature';

/** The header value for `rawBody` signed at `unixSeconds`. */
export function signatureHeader(secret: string, rawBody: string, unixSeconds: number): string {
  const t = Math.floor(unixSeconds);
  const v1 = crypto.createHmac('sha256', secret).update(`${t}.`, 'utf8').update(rawBody, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * A receiver's check, for tools and examples: the header parses, its time is within `toleranceS` of `nowS`,
 * and one of its v1 values matches (compared in constant time).
 */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string,
  nowS: number,
  toleranceS = 300,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowS - t) > toleranceS) return false;
  const expected = Buffer.from(signatureHeader(secret, rawBody, t).slice(`t=${t},v1=`.length), 'hex');
  return parts
    .filter(([k, v]) => k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/i.test(v))
    .some(([, v]) => crypto.timingSafeEqual(Buffer.from(v!, 'hex'), expected));
}
