/**
 * Real-shaped Twilio traffic for the SMS channel tests: inbound webhook bodies with every field Twilio
 * sends, signed with Twilio's own helper, and a fake of Twilio's REST API behind the client's injectable
 * HTTP client (the network is faked, not the SDK).
 */
import crypto from 'node:crypto';
import request from 'supertest';
import twilio from 'twilio';
import type { TwilioHttpClient, TwilioHttpRequest } from '../../../src/channels/twilio-sms/adapter.js';
import type { TestGateway } from '../../helpers/gateway.js';

export const ACCOUNT_SID = 'AC3f0c5a2e9b7d41c6a8e2f1b0d9c7e6a5';
export const AUTH_TOKEN = '9d2c1b0a8f7e6d5c4b3a29181716f5e4';
export const TWILIO_FROM = '+12025550143';
export const PUBLIC_BASE_URL = 'https://intake.example.org';

export const smsEnv = {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_FROM,
  PUBLIC_BASE_URL,
};

export const sid = (prefix = 'SM') => `${prefix}${crypto.randomBytes(16).toString('hex')}`;

/** The form Twilio posts for an inbound SMS (field order as Twilio sends it). */
export function inboundForm(m: { sid?: string; from: string; body: string; media?: { url: string; type: string }[] }) {
  const messageSid = m.sid ?? sid(m.media?.length ? 'MM' : 'SM');
  const form: Record<string, string> = {
    ToCountry: 'US',
    ToState: 'DC',
    SmsMessageSid: messageSid,
    NumMedia: String(m.media?.length ?? 0),
    ToCity: 'WASHINGTON',
    FromZip: '',
    SmsSid: messageSid,
    FromState: '',
    SmsStatus: 'received',
    FromCity: '',
    Body: m.body,
    FromCountry: m.from.startsWith('+86') ? 'CN' : 'US',
    To: TWILIO_FROM,
    MessagingServiceSid: 'MG5b2e8f0c1d3a4e6f7a8b9c0d1e2f3a4b',
    ToZip: '20001',
    NumSegments: '1',
    MessageSid: messageSid,
    AccountSid: ACCOUNT_SID,
    From: m.from,
    ApiVersion: '2010-04-01',
  };
  m.media?.forEach((item, i) => {
    form[`MediaContentType${i}`] = item.type;
    form[`MediaUrl${i}`] = item.url;
  });
  return form;
}

/** The form Twilio posts to a message's StatusCallback. */
export function statusForm(messageSid: string, status: string, errorCode?: string) {
  return {
    ...(errorCode ? { ErrorCode: errorCode } : {}),
    SmsSid: messageSid,
    SmsStatus: status,
    MessageStatus: status,
    To: '+8613800138000',
    MessagingServiceSid: 'MG5b2e8f0c1d3a4e6f7a8b9c0d1e2f3a4b',
    MessageSid: messageSid,
    AccountSid: ACCOUNT_SID,
    From: TWILIO_FROM,
    ApiVersion: '2010-04-01',
  };
}

export function sign(url: string, form: Record<string, string>, token = AUTH_TOKEN): string {
  return twilio.getExpectedTwilioSignature(token, url, form);
}

/** POSTs a form to the gateway signed over the public URL, as Twilio would. */
export function postSigned(gw: TestGateway, path: string, form: Record<string, string>, signature?: string) {
  return request(gw.app)
    .post(path)
    .type('form')
    .set('X-Twilio-Signature', signature ?? sign(`${PUBLIC_BASE_URL}${path}`, form))
    .send(new URLSearchParams(form).toString());
}

export function textSms(gw: TestGateway, from: string, body: string, messageSid?: string) {
  return postSigned(
    gw,
    '/channels/twilio/sms',
    inboundForm({ from, body, ...(messageSid ? { sid: messageSid } : {}) }),
  );
}

/** The texts of a TwiML reply, in order. */
export function twimlTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)) {
    out.push(
      (m[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

/** A fake of Twilio's REST API: records every request and answers as scripted (201 with a new SID by default). */
export function fakeTwilioApi() {
  const requests: TwilioHttpRequest[] = [];
  type Answer = { statusCode: number; body: unknown } | Error;
  const script: ((req: TwilioHttpRequest) => Answer | Promise<Answer>)[] = [];
  const created = (req: TwilioHttpRequest) => {
    const data = req.data ?? {};
    const messageSid = sid();
    return {
      statusCode: 201,
      body: JSON.stringify({
        account_sid: ACCOUNT_SID,
        api_version: '2010-04-01',
        body: data.Body,
        date_created: 'Mon, 23 Nov 2026 10:00:00 +0000',
        date_sent: null,
        date_updated: 'Mon, 23 Nov 2026 10:00:00 +0000',
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from: data.From,
        messaging_service_sid: null,
        num_media: '0',
        num_segments: '1',
        price: null,
        price_unit: 'USD',
        sid: messageSid,
        status: 'queued',
        subresource_uris: { media: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${messageSid}/Media.json` },
        to: data.To,
        uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${messageSid}.json`,
      }),
    };
  };
  const httpClient: TwilioHttpClient = {
    request(opts) {
      requests.push(opts);
      const next = script.shift() ?? created;
      return Promise.resolve(next(opts)).then((out) => {
        if (out instanceof Error) throw out;
        return { ...out, headers: { 'content-type': 'application/json' } };
      });
    },
  };
  const fail = (statusCode: number, code: number, message: string) => () => ({
    statusCode,
    body: JSON.stringify({
      code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status: statusCode,
    }),
  });
  return {
    httpClient,
    requests,
    /** The next responses, in order; afterwards every request succeeds. */
    then(...responses: ((req: TwilioHttpRequest) => Answer | Promise<Answer>)[]) {
      script.push(...responses);
    },
    fail,
    networkError: () => () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
    /** A request that gets no answer until `release` (a process that dies, or hangs, during the call). */
    hang() {
      let release: (out: Answer) => void = () => undefined;
      const answer = new Promise<Answer>((resolve) => (release = resolve));
      return { respond: () => answer, release: (out: Answer) => release(out) };
    },
    /** Twilio's message list (GET Messages.json) holding one message with this body to `to`, as accepted. */
    listing(messageSid: string, body: () => unknown, to: string) {
      return () => ({
        statusCode: 200,
        body: JSON.stringify({
          messages: [
            {
              account_sid: ACCOUNT_SID,
              body: body(),
              date_created: 'Mon, 23 Nov 2026 10:00:00 +0000',
              direction: 'outbound-api',
              from: TWILIO_FROM,
              sid: messageSid,
              status: 'sent',
              to,
            },
          ],
          first_page_uri: '/x',
          next_page_uri: null,
          page: 0,
          page_size: 20,
          previous_page_uri: null,
          uri: '/x',
        }),
      });
    },
  };
}
