import request from 'supertest';
import { expect } from 'vitest';
import { channelContract } from './contract.js';

// The web channel's JSON API: the reporter is identified by the page token, the provider id by the
// Idempotency-Key header. Tokens per test reporter are remembered from their first message. A key is scoped
// to where it was sent (a new report from this address, or one report's token), so a retry of a message goes
// to the same endpoint as the message did.
const tokens = new Map<string, string>();
const sentTo = new Map<string, string | null>();

channelContract({
  name: 'web',
  send: (gw, m) => {
    const token = sentTo.has(m.id) ? sentTo.get(m.id) : tokens.get(m.from);
    sentTo.set(m.id, token ?? null);
    const req = token
      ? request(gw.app).post(`/api/v1/reports/${token}/messages`)
      : request(gw.app).post('/api/v1/reports');
    return req
      .set('Idempotency-Key', m.id)
      .send({ text: m.text })
      .then((res) => {
        if (!token && typeof res.body.token === 'string') tokens.set(m.from, res.body.token);
        return res;
      }) as unknown as request.Test;
  },
  oversized: (gw) =>
    request(gw.app)
      .post('/api/v1/reports')
      .send({ text: 'x'.repeat(40_000) }),
  replies: (res) => res.body.replies as string[],
  // The web channel makes its own reporter address; the contract checks it is the one on the incident.
  storedSender: () => expect.stringMatching(/^web-/),
});
