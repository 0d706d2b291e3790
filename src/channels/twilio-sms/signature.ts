/**
 * Twilio request signatures (X-Twilio-Signature): base64 HMAC-SHA1 with the auth token over the full URL
 * Twilio called plus the POST parameters sorted by name. The check runs on the raw body before anything
 * else reads it; behind a reverse proxy the URL is rebuilt from PUBLIC_BASE_URL, because the URL the
 * gateway sees (http://127.0.0.1:3000/...) is not the one Twilio signed (https://intake.example.org/...).
 */
import express, { type RequestHandler } from 'express';
import twilio from 'twilio';
import { forbidden } from '../../http/errors.js';

export type FormParams = Record<string, string | string[]>;

/** Twilio's webhooks are small (an MMS with ten media is about 3 kB); a 1600-character Chinese text is 15 kB. */
export const BODY_LIMIT = '32kb';

/** Form fields as Twilio sent them; a repeated name keeps every value (the signature covers them all). */
export function parseForm(raw: string): FormParams {
  const params: FormParams = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const seen = params[name];
    params[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

/** The URL Twilio called: PUBLIC_BASE_URL (which may carry a path prefix) + the path and query received. */
export function signedUrl(publicBaseUrl: string, originalUrl: string): string {
  return publicBaseUrl.replace(/\/+$/, '') + originalUrl;
}

export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: FormParams,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

/**
 * Reads the body as text (with a limit: larger gets 413), verifies the signature on it (forged: 403, and
 * nothing after this runs) and only then leaves the parsed fields in res.locals.twilio for the handler.
 */
export function signedTwilioForm(authToken: string, publicBaseUrl: string): RequestHandler[] {
  return [
    express.text({ type: 'application/x-www-form-urlencoded', limit: BODY_LIMIT }),
    (req, res, next) => {
      const raw = typeof req.body === 'string' ? req.body : '';
      const params = parseForm(raw);
      const url = signedUrl(publicBaseUrl, req.originalUrl);
      if (!isValidTwilioSignature(authToken, req.get('x-twilio-signature'), url, params)) {
        next(forbidden('invalid Twilio signature'));
        return;
      }
      res.locals.twilio = params;
      next();
    },
  ];
}

/** One field as a string ('' when missing; the first value when repeated). */
export function field(params: FormParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
