/**
 * One contract suite, five channels: every adapter in the registry runs tests/channels/contract.ts with its
 * provider's own shapes — the web JSON API, Twilio-signed webhooks with Twilio's REST API faked at its HTTP
 * client, signed WeChat OA XML pushes with the customer-service API on a local fake, the Wechaty mock puppet,
 * and deliver_sm / submit_sm against a real SMSC started in-process with the `smpp` package.
 */
import crypto from 'node:crypto';
import request from 'supertest';
import { expect } from 'vitest';
import { createSmppChannel, type SmppChannel } from '../../src/channels/smpp/adapter.js';
import { createTwilioSmsChannel } from '../../src/channels/twilio-sms/adapter.js';
import { channels as registry } from '../../src/channels/registry.js';
import { createWechatOaChannel } from '../../src/channels/wechat-oa/adapter.js';
import { createWechatyChannel } from '../../src/channels/wechaty/adapter.js';
import { webChannel } from '../../src/channels/web/adapter.js';
import { testGateway, type TestGateway } from '../helpers/gateway.js';
import { channelContract, eventually, webhook, type Inbound } from './contract.js';
import { FakeSmsc } from './smpp/smsc.js';
import {
  fakeTwilioApi,
  inboundForm,
  postSigned,
  PUBLIC_BASE_URL,
  sign,
  smsEnv,
  twimlTexts,
} from './twilio-sms/fixtures.js';
import {
  fakeWechatApi,
  OA_TOKEN,
  post,
  pushes,
  replyTexts,
  signedQuery,
  type FakeWechatApi,
} from './wechat-oa/fixtures.js';
import { FlakyPuppetMock, inbox, login, redeliver, say, type MockContact } from './wechaty/wechaty-harness.js';
import { mock } from 'wechaty-puppet-mock';

/** The five channels are the registry's: a channel added there without a fixture here fails this line. */
expect(registry.map((c) => c.id).sort()).toEqual(['sms', 'smpp', 'web', 'wechat', 'wechat-oa'].sort());

/** A stable Chinese mobile number (E.164 digits) for each test reporter label. */
const digitsOf = (label: string) =>
  `86138${(crypto.createHash('sha256').update(label).digest().readUInt32BE(0) % 100_000_000).toString().padStart(8, '0')}`;

// ---- web: the JSON API; the reporter is the page token, the provider id the Idempotency-Key ----------------
{
  const tokens = new Map<string, string>();
  const sentTo = new Map<string, string | null>();
  channelContract({
    name: 'web',
    answersInBand: true,
    start: () => testGateway({}, { channels: [webChannel] }),
    send: (gw, m) => {
      const token = sentTo.has(m.id) ? sentTo.get(m.id) : tokens.get(m.from);
      sentTo.set(m.id, token ?? null);
      const req = token
        ? request(gw.app).post(`/api/v1/reports/${token}/messages`)
        : request(gw.app).post('/api/v1/reports');
      return webhook(
        req
          .set('Idempotency-Key', m.id)
          .send({ text: m.text })
          .then((res) => {
            if (!token && typeof res.body.token === 'string') tokens.set(m.from, res.body.token);
            return res;
          }),
        (res) => res.body.replies as string[],
      );
    },
    oversized: (gw) =>
      webhook(
        request(gw.app)
          .post('/api/v1/reports')
          .send({ text: 'x'.repeat(40_000) }),
        () => [],
      ),
    // The web channel makes its own reporter address; the contract checks it is the one on the incident.
    storedSender: () => expect.stringMatching(/^web-/),
    // send() shows nothing: the reporter's own page does.
    delivered: async (gw, from) => {
      const page = await request(gw.app).get(`/api/v1/reports/${tokens.get(from)}`);
      return (page.body.messages as { direction: string; text: string }[])
        .filter((m) => m.direction === 'out')
        .map((m) => m.text);
    },
  });
}

// ---- Twilio SMS: signed form webhooks, TwiML answers, the REST API faked at its HTTP client ----------------
{
  let api = fakeTwilioApi();
  const form = (m: Inbound) => inboundForm({ sid: `SM${m.id}`, from: `+${digitsOf(m.from)}`, body: m.text });
  channelContract({
    name: 'twilio-sms',
    answersInBand: true,
    start: () => {
      api = fakeTwilioApi();
      return testGateway(smsEnv, { channels: [createTwilioSmsChannel({ httpClient: api.httpClient })] });
    },
    send: (gw, m) => webhook(postSigned(gw, '/channels/twilio/sms', form(m)), (res) => twimlTexts(res.text)),
    forged: (gw, m) => {
      const body = form(m);
      // Signed with the wrong auth token: Twilio's helper, someone else's secret.
      const signature = sign(`${PUBLIC_BASE_URL}/channels/twilio/sms`, body, 'x'.repeat(32));
      return webhook(postSigned(gw, '/channels/twilio/sms', body, signature), () => []);
    },
    oversized: (gw) =>
      webhook(
        request(gw.app)
          .post('/channels/twilio/sms')
          .type('form')
          .set('X-Twilio-Signature', 'irrelevant: the size is checked first')
          .send(
            new URLSearchParams({ ...inboundForm({ from: '+8613800138000', body: '救命'.repeat(20_000) }) }).toString(),
          ),
        () => [],
      ),
    storedSender: (m) => `+${digitsOf(m.from)}`,
    allowsEmptyText: true,
    delivered: (_gw, from) =>
      Promise.resolve(
        api.requests
          .filter((r) => r.method === 'post' && r.data?.To === `+${digitsOf(from)}`)
          .map((r) => String(r.data?.Body)),
      ),
  });
}

// ---- WeChat Official Account: signed XML pushes, passive replies, the customer-service API on a fake -------
{
  let api: FakeWechatApi | null = null;
  /** MsgId is a 64-bit number: each contract id becomes a 19-digit one of its own. */
  const msgId = (id: string) =>
    (10n ** 18n + BigInt(`0x${crypto.createHash('sha256').update(id).digest('hex').slice(0, 15)}`)).toString();
  channelContract({
    name: 'wechat-oa',
    answersInBand: true,
    start: async () => {
      api = await fakeWechatApi();
      return testGateway(
        { WECHAT_OA_TOKEN: OA_TOKEN, WECHAT_OA_APPID: 'wx0123456789abcdef', WECHAT_OA_SECRET: 's3cr3t-app' },
        { channels: [createWechatOaChannel({ apiBaseUrl: api.baseUrl })] },
      );
    },
    stop: async () => {
      await api?.close();
    },
    // A follower cannot send an empty text: a message without text is an image.
    send: (gw, m) =>
      webhook(
        post(gw, m.text === '' ? pushes.image(m.from, msgId(m.id)) : pushes.text(m.from, msgId(m.id), m.text)),
        replyTexts,
      ),
    forged: (gw, m) =>
      webhook(post(gw, pushes.text(m.from, msgId(m.id), m.text), signedQuery(gw.clock, 'not-the-token')), () => []),
    // Signed but over 64 kB: answered `success` (never an error WeChat would show the follower), nothing stored.
    oversized: (gw) =>
      webhook(post(gw, pushes.text('contract-reporter-9', msgId('big'), '警'.repeat(30_000))), () => []),
    allowsEmptyText: true,
    storedId: msgId,
    delivered: (_gw, from) =>
      Promise.resolve(
        (api?.sends() ?? [])
          .map((c) => JSON.parse(c.body) as { touser: string; text: { content: string } })
          .filter((b) => b.touser === from)
          .map((b) => b.text.content),
      ),
  });
}

// ---- WeChat bot (Wechaty) on the mock puppet: a push channel ----------------------------------------------
{
  let mocker: mock.Mocker;
  let bot: MockContact;
  const contacts = new Map<string, { contact: MockContact; got: string[] }>();
  const puppetIds = new Map<string, string>();
  const contactOf = (from: string) => {
    let c = contacts.get(from);
    if (!c) {
      const contact = mocker.createContact({ name: from });
      c = { contact, got: inbox(contact, bot) };
      contacts.set(from, c);
    }
    return c;
  };
  /** Waits until the message is processed and every reply written for it has been said. */
  async function answered(gw: TestGateway, from: string, puppetId: string, before: number): Promise<string[]> {
    const { got } = contactOf(from);
    const row = await eventually(
      () =>
        gw.db.reader.inboundMessage.findFirst({
          where: { channel: 'wechat', providerMessageId: puppetId, processedAt: { not: null } },
        }),
      'the message to be stored and processed',
    );
    const replies = await gw.db.reader.outboundMessage.count({ where: { inboundId: row!.id } });
    await eventually(() => got.length >= before + replies, 'the replies to be said');
    return got.slice(before);
  }
  channelContract({
    name: 'wechaty',
    answersInBand: false,
    start: async () => {
      contacts.clear();
      mocker = new mock.Mocker();
      const puppet = new FlakyPuppetMock({ mocker });
      const gw = await testGateway(
        {},
        { channels: [createWechatyChannel({ puppet, retryBaseMs: 20, retryMaxMs: 200, healthCheckMs: 50 })] },
      );
      await gw.start();
      bot = mocker.createContact({ name: '110 文字报警' });
      await login(mocker, puppet, bot);
      return gw;
    },
    send: async (gw, m) => {
      const { contact, got } = contactOf(m.from);
      const before = got.length;
      const id = say(contact, m.text, bot);
      puppetIds.set(m.id, id);
      return { accepted: true, replies: await answered(gw, m.from, id, before) };
    },
    resend: (_gw, m) => {
      redeliver(mocker, puppetIds.get(m.id)!);
      return Promise.resolve({ accepted: true, replies: [] });
    },
    storedSender: (m) => contactOf(m.from).contact.id,
    storedId: (id) => puppetIds.get(id) ?? `unknown-${id}`,
    delivered: (_gw, from) => Promise.resolve([...contactOf(from).got]),
  });
}

// ---- Carrier SMS over SMPP against a real in-process SMSC: a push channel ---------------------------------
{
  let smsc: FakeSmsc;
  let channel: SmppChannel;
  const stored = new Map<string, string>();
  const repliesTo = (from: string) => smsc.submitted.filter((s) => s.to === digitsOf(from)).map((s) => s.text);
  channelContract({
    name: 'smpp',
    answersInBand: false,
    start: async () => {
      smsc = new FakeSmsc();
      const port = await smsc.listen();
      channel = createSmppChannel({ keepAliveMs: 5000, rebindCapMs: 200 });
      const gw = await testGateway({ SMPP_URL: smsc.url(port), SMPP_SOURCE_ADDR: '12110' }, { channels: [channel] });
      await gw.start();
      await eventually(() => channel.link?.isBound, 'the bind');
      return gw;
    },
    stop: () => smsc.close(),
    send: async (gw, m) => {
      const before = repliesTo(m.from).length;
      const status = await smsc.deliver(digitsOf(m.from), m.text);
      const row = await gw.db.reader.inboundMessage.findFirst({
        where: { channel: 'smpp', text: m.text },
        orderBy: { id: 'desc' },
      });
      if (!row) return { accepted: status === 0, replies: [] };
      stored.set(m.id, row.providerMessageId);
      const replies = await gw.db.reader.outboundMessage.count({ where: { inboundId: row.id } });
      await eventually(() => repliesTo(m.from).length >= before + replies, 'the replies as submit_sm');
      return { accepted: status === 0, replies: repliesTo(m.from).slice(before) };
    },
    resend: async (_gw, m) => {
      // An SMSC redelivery: the same deliver_sm again.
      const before = repliesTo(m.from).length;
      const status = await smsc.deliver(digitsOf(m.from), m.text);
      return { accepted: status === 0, replies: repliesTo(m.from).slice(before) };
    },
    storedSender: (m) => `+${digitsOf(m.from)}`,
    storedId: (id) => stored.get(id) ?? `unknown-${id}`,
    allowsEmptyText: true,
    delivered: (_gw, from) => Promise.resolve(repliesTo(from)),
  });
}
