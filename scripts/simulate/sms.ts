/**
 * SMS exactly as Twilio delivers it: a form-encoded POST to /channels/twilio/sms with Twilio's fields,
 * signed with X-Twilio-Signature (TWILIO_AUTH_TOKEN from the environment) over the public URL
 * (PUBLIC_BASE_URL from the environment, else --url). The TwiML reply's <Message> texts are printed.
 *
 * Out-of-band messages (status updates, dispatcher texts, reminders) go to Twilio, not back here; when
 * DISPATCH_API_TOKEN is set they are read from the dispatch API and printed as they come.
 */
import crypto from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import twilio from 'twilio';
import type { SimFactory } from './types.js';

interface IncidentView {
  id: string;
  transcript: { direction: 'in' | 'out'; text: string; at: string; kind?: string }[];
}

const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');

/** The texts of a TwiML <Response>: one per <Message>. */
export function twimlMessages(xml: string): string[] {
  const parser = new XMLParser({
    processEntities: true,
    parseTagValue: false,
    isArray: (name) => name === 'Message',
  });
  const doc = parser.parse(xml) as { Response?: { Message?: unknown[] } | string };
  const messages = typeof doc.Response === 'object' ? (doc.Response.Message ?? []) : [];
  return messages.map((m) => {
    if (typeof m === 'string') return m;
    const text = (m as { '#text'?: unknown })['#text'];
    return typeof text === 'string' ? text : '';
  });
}

export const smsSimulator: SimFactory = (opts) => {
  const env = process.env;
  const token = env.TWILIO_AUTH_TOKEN;
  const publicBase = (env.PUBLIC_BASE_URL ?? opts.url).replace(/\/+$/, '');
  const accountSid = env.TWILIO_ACCOUNT_SID ?? `AC${'0'.repeat(32)}`;
  const to = env.TWILIO_FROM ?? '+12025550143';
  const from = opts.from ?? '+8613800138000';
  const e164 = parsePhoneNumberFromString(from)?.number ?? from;
  const apiToken = env.DISPATCH_API_TOKEN;
  const startedAt = new Date().toISOString();
  const seen = new Set<string>();

  return {
    banner: () => `(texting as ${from} to ${to}; signed for ${publicBase})`,

    async send(line) {
      if (line.startsWith('/loc')) {
        throw new Error('SMS cannot share a location: type the address or a landmark instead');
      }
      if (!token) throw new Error("set TWILIO_AUTH_TOKEN to the gateway's token: the simulator signs like Twilio");
      const messageSid = `SM${hex(16)}`;
      const params: Record<string, string> = {
        ToCountry: 'US',
        ToState: 'DC',
        SmsMessageSid: messageSid,
        NumMedia: '0',
        ToCity: 'WASHINGTON',
        FromZip: '',
        SmsSid: messageSid,
        FromState: '',
        SmsStatus: 'received',
        FromCity: '',
        Body: line,
        FromCountry: parsePhoneNumberFromString(from)?.country ?? '',
        To: to,
        ToZip: '20001',
        NumSegments: '1',
        MessageSid: messageSid,
        AccountSid: accountSid,
        From: from,
        ApiVersion: '2010-04-01',
      };
      const path = '/channels/twilio/sms';
      const signature = twilio.getExpectedTwilioSignature(token, `${publicBase}${path}`, params);
      const res = await fetch(`${opts.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          'x-twilio-signature': signature,
          'user-agent': 'TwilioProxy/1.1',
        },
        body: new URLSearchParams(params).toString(),
      });
      const body = await res.text();
      if (!res.ok) throw new Error(`${res.status} ${body}`);
      return twimlMessages(body);
    },

    async poll() {
      if (!apiToken) return [];
      const query = new URLSearchParams({ channel: 'sms', sender: e164, limit: '20' });
      const res = await fetch(`${opts.url}/api/v1/incidents?${query.toString()}`, {
        headers: { authorization: `Bearer ${apiToken}` },
      });
      if (!res.ok) return [];
      const incidents = (await res.json()) as IncidentView[] | { incidents?: IncidentView[] };
      const list = Array.isArray(incidents) ? incidents : (incidents.incidents ?? []);
      const fresh: string[] = [];
      for (const incident of list) {
        incident.transcript.forEach((t, i) => {
          const key = `${incident.id}:${i}`;
          if (t.direction !== 'out' || t.kind === 'reply' || t.at < startedAt || seen.has(key)) return;
          seen.add(key);
          fresh.push(t.text);
        });
      }
      return fresh;
    },
  };
};
