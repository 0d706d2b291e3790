/**
 * A gateway with the WeChat bot channel on a real Wechaty mock puppet (wechaty-puppet-mock): the test
 * drives the Mocker (contacts, rooms, login) and reads what the bot said to a contact from that
 * contact's own message events.
 */
import type { EventEmitter } from 'node:events';
import { types, type payloads } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createWechatyChannel } from '../../../src/channels/wechaty/adapter.js';
import type { ChannelAdapter } from '../../../src/channels/types.js';
import { testGateway, type TestClock, type TestGateway } from '../../helpers/gateway.js';

export type MockContact = ReturnType<mock.Mocker['createContact']>;

/** A message as a mock contact's `message` event hands it over. */
export interface MockMessage {
  payload: payloads.Message;
  text(): string | undefined;
}

/**
 * A mock contact is a Node EventEmitter (it emits `message` for what it says and what it is sent);
 * its typings come from `typed-emitter`, which is not installed, so they are restated here.
 */
export function contactEvents(contact: MockContact): EventEmitter {
  return contact as unknown as EventEmitter;
}

export interface BotWorld {
  gw: TestGateway;
  mocker: mock.Mocker;
  puppet: FlakyPuppetMock;
  channel: ChannelAdapter;
  /** The bot's own account. */
  bot: MockContact;
}

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The mock puppet with a switch that makes sending fail, as a dropped protocol connection does: the
 * only place the tests step outside the stock PuppetMock (it has no failure mode of its own).
 */
export class FlakyPuppetMock extends PuppetMock {
  failSends = false;
  override messageSendText(conversationId: string, text: string): Promise<void> {
    if (this.failSends) return Promise.reject(new Error('test: connection to the protocol server lost'));
    return super.messageSendText(conversationId, text);
  }
}

/** Starts a gateway on a fresh SQLite file with only the WeChat channel, and logs the bot in. */
export async function botWorld(opts: { dir?: string; clock?: TestClock } = {}): Promise<BotWorld> {
  const mocker = new mock.Mocker();
  const puppet = new FlakyPuppetMock({ mocker });
  const channel = createWechatyChannel({ puppet, retryBaseMs: 20, retryMaxMs: 200, healthCheckMs: 50 });
  const gw = await testGateway(
    {},
    { channels: [channel], ...(opts.dir ? { dir: opts.dir } : {}), ...(opts.clock ? { clock: opts.clock } : {}) },
  );
  await gw.start();
  const bot = mocker.createContact({ name: '110 文字报警' });
  await login(mocker, puppet, bot);
  return { gw, mocker, puppet, channel, bot };
}

export async function login(mocker: mock.Mocker, puppet: PuppetMock, bot: MockContact): Promise<void> {
  mocker.login(bot);
  await waitFor(() => puppet.isLoggedIn, 'the bot to log in');
}

/** Everything the bot says to `contact`, in order. */
export function inbox(contact: MockContact, bot: MockContact): string[] {
  const got: string[] = [];
  contactEvents(contact).on('message', (m: MockMessage) => {
    if (m.payload.talkerId === bot.id && !m.payload.roomId) got.push(m.text() ?? '');
  });
  return got;
}

/** The contact types `text` to the bot (through the mocker, as the puppet would deliver it); returns the message id. */
export function say(
  contact: MockContact,
  text: string,
  to: MockContact | ReturnType<mock.Mocker['createRoom']>,
): string {
  let id = '';
  const own = (m: MockMessage) => {
    if (m.payload.talkerId === contact.id && !id) id = m.payload.id;
  };
  contactEvents(contact).on('message', own);
  contact.say(text).to(to);
  contactEvents(contact).off('message', own);
  return id;
}

let locationSeq = 0;

/**
 * The contact shares a location. The Mocker has no helper for that, so the message is made as its own
 * `say()` makes one (MessageMock.create + the puppet's `message` event); the coordinates are then what
 * PuppetMock.messageLocation() returns for every location message (a point in Haidian, Beijing, GCJ-02).
 */
export function shareLocation(mocker: mock.Mocker, contact: MockContact, to: MockContact): string {
  const id = `mock-location-${++locationSeq}-${Date.now()}`;
  mocker.MessageMock.create({
    id,
    talkerId: contact.id,
    listenerId: to.id,
    timestamp: Date.now(),
    type: types.Message.Location,
  });
  mocker.puppet.emit('message', { messageId: id });
  return id;
}

/** The same puppet event again for a message the bot already had (a puppet redelivering it). */
export function redeliver(mocker: mock.Mocker, messageId: string): void {
  mocker.puppet.emit('message', { messageId });
}

/**
 * Waits until every stored message is processed and the contact has received every in-band reply the
 * gateway wrote for it (and `inboundCount` messages are stored in all).
 */
export async function settled(
  gw: TestGateway,
  contact: MockContact,
  got: readonly string[],
  inboundCount: number,
): Promise<void> {
  await waitFor(async () => {
    const stored = await gw.db.reader.inboundMessage.count();
    const unprocessed = await gw.db.reader.inboundMessage.count({ where: { processedAt: null } });
    const replies = await gw.db.reader.outboundMessage.count({
      where: { channel: 'wechat', to: contact.id, kind: 'reply' },
    });
    return stored === inboundCount && unprocessed === 0 && got.length >= replies && replies > 0;
  }, `${inboundCount} stored messages and their replies`);
}
