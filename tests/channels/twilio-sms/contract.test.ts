/** The shared channel contract, run on the SMS channel with real-shaped, Twilio-signed webhooks. */
import crypto from 'node:crypto';
import request from 'supertest';
import { channelContract } from '../contract.js';
import { inboundForm, PUBLIC_BASE_URL, postSigned, sign, smsEnv, twimlTexts } from './fixtures.js';

/** A stable Chinese mobile number (E.164) for each test reporter label. */
const numberOf = (label: string) =>
  `+86138${(crypto.createHash('sha256').update(label).digest().readUInt32BE(0) % 100_000_000).toString().padStart(8, '0')}`;

const form = (m: { id: string; from: string; text: string }) =>
  inboundForm({ sid: `SM${m.id}`, from: numberOf(m.from), body: m.text });

channelContract({
  name: 'twilio-sms',
  env: smsEnv,
  send: (gw, m) => postSigned(gw, '/channels/twilio/sms', form(m)),
  forged: (gw, m) => {
    const body = form(m);
    // Signed with the wrong auth token: Twilio's helper, someone else's secret.
    return postSigned(
      gw,
      '/channels/twilio/sms',
      body,
      sign(`${PUBLIC_BASE_URL}/channels/twilio/sms`, body, 'x'.repeat(32)),
    );
  },
  oversized: (gw) =>
    request(gw.app)
      .post('/channels/twilio/sms')
      .type('form')
      .set('X-Twilio-Signature', 'irrelevant: the size is checked first')
      .send(
        new URLSearchParams({ ...inboundForm({ from: '+8613800138000', body: '救命'.repeat(20_000) }) }).toString(),
      ),
  replies: (res) => twimlTexts(res.text),
  storedSender: (m) => numberOf(m.from),
  allowsEmptyText: true,
});
