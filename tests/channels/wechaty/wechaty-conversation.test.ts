/**
 * The WeChat bot channel end to end on the real Wechaty mock puppet and a real SQLite file: a reporter
 * (a Mocker contact) texts the bot, shares a location and answers the questions; replies, dispatcher
 * messages, rooms, redeliveries, replies that could not be said (also across a restart), a logged-out bot
 * and a puppet that dies.
 */
import gcoordModule from 'gcoord';
import { afterEach, describe, expect, it } from 'vitest';
import { SendError } from '../../../src/channels/types.js';
import { TestClock, tempDir } from '../../helpers/gateway.js';
import { toEido } from '../../../src/dispatch/eido.js';
import type { IncidentView } from '../../../src/core/view.js';
import {
  botWorld,
  inbox,
  login,
  redeliver,
  say,
  settled,
  shareLocation,
  waitFor,
  type BotWorld,
  type MockContact,
} from './wechaty-harness.js';

type Gcoord = typeof gcoordModule.default;
const gcoord: Gcoord = (gcoordModule as unknown as { default?: Gcoord }).default ?? (gcoordModule as unknown as Gcoord);

// What PuppetMock.messageLocation() answers for every location message (GCJ-02, as WeChat shares it).
const MOCK_LAT = 39.995121;
const MOCK_LON = 116.334154;

/** An answer to whatever the flow is asking for, as a reporter would type it. */
const ANSWERS: Record<string, string> = {
  location: '海淀区成府路45号楼下',
  in_progress: '还在打',
  injuries: '有一个人流血了',
  weapons: '有刀',
  suspects: '两个男的，穿黑衣服，还在楼下',
  safety: '我在家里，安全',
  callback: '13800138000',
  name: '不说',
  relation: '路过',
  time: '刚刚',
};

let world: BotWorld | null = null;
afterEach(async () => {
  await world?.gw.stop();
  world = null;
});

/** Waits until the message is stored, processed and its replies are deferred (pending for the worker). */
async function deferredReplies(w: BotWorld, providerMessageId: string) {
  const inbound = await waitFor(
    () =>
      w.gw.db.reader.inboundMessage.findFirst({
        where: { providerMessageId, replyDeferred: true, processedAt: { not: null } },
      }),
    'the replies to be deferred',
  );
  const rows = await w.gw.db.reader.outboundMessage.findMany({
    where: { inboundId: inbound.id },
    orderBy: { id: 'asc' },
  });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.status === 'pending' || r.status === 'sending')).toBe(true);
  return rows;
}

async function onlyIncident(w: BotWorld): Promise<IncidentView> {
  const rows = await w.gw.db.reader.incident.findMany({ select: { id: true } });
  expect(rows).toHaveLength(1);
  const view = await w.gw.reports.incident(rows[0]!.id);
  expect(view).not.toBeNull();
  return view!;
}

describe('wechaty channel: a reporter on the mock puppet', () => {
  it('carries a Chinese report with a shared location to a complete incident, replying in order after storing', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '王女士' });
    const got = inbox(reporter, w.bot);
    let sent = 0;

    say(reporter, '我家楼下有人持刀打架', w.bot);
    await settled(w.gw, reporter, got, ++sent);
    expect(got.length).toBeGreaterThan(0);
    const first = await onlyIncident(w);
    expect(first.channel).toBe('wechat');
    expect(first.sender).toBe(reporter.id);
    expect(first.attention).toBeNull();
    expect(first.category).toBe('violence');
    // Every reply the bot said is one the core wrote, in the same order.
    expect(first.transcript.filter((t) => t.direction === 'out').map((t) => t.text)).toEqual(got);

    shareLocation(w.mocker, reporter, w.bot);
    await settled(w.gw, reporter, got, ++sent);
    let view = await onlyIncident(w);
    expect(view.location).toMatchObject({ lat: MOCK_LAT, lon: MOCK_LON, datum: 'GCJ02' });
    expect(view.location.text).toContain('东升乡人民政府');

    for (let turn = 0; turn < 8 && view.status === 'collecting'; turn++) {
      const answer = ANSWERS[view.awaiting ?? ''] ?? '不知道';
      say(reporter, answer, w.bot);
      await settled(w.gw, reporter, got, ++sent);
      view = await onlyIncident(w);
    }
    expect(view.status).not.toBe('collecting');
    expect(view.priority).toBe('P1');
    expect(view.earlyDispatched).toBe(true);
    expect(view.elements.weapons).toBeDefined();

    // The reporter saw every reply, in the order the core produced them; nothing the bot said was stored
    // as a report (its own messages come back through the puppet too).
    const outbound = view.transcript.filter((t) => t.direction === 'out').map((t) => t.text);
    expect(got).toEqual(outbound);
    expect(await w.gw.db.reader.inboundMessage.count()).toBe(sent);
    const inbound = await w.gw.db.reader.inboundMessage.findMany({ orderBy: { id: 'asc' } });
    expect(inbound.every((m) => m.channel === 'wechat' && m.processedAt !== null)).toBe(true);
    expect(inbound[0]!.text).toBe('我家楼下有人持刀打架');

    // Dispatch gets WGS 84: the EIDO point is the GCJ-02 point converted, checked against gcoord itself.
    const eido = toEido(view, { agencyId: 'a', agencyName: '110', now: '2026-11-23T10:05:00.000Z' });
    const pidf = eido.locationComponent?.[0]?.locationByValue ?? '';
    const pos = /<gml:pos>([-\d.]+) ([-\d.]+)<\/gml:pos>/.exec(pidf);
    expect(pos).not.toBeNull();
    const [wgsLon, wgsLat] = gcoord.transform<[number, number]>([MOCK_LON, MOCK_LAT], gcoord.GCJ02, gcoord.WGS84);
    expect(Number(pos![1])).toBeCloseTo(wgsLat, 6);
    expect(Number(pos![2])).toBeCloseTo(wgsLon, 6);
    // The shift is real (hundreds of metres in Beijing), so a missing conversion would show.
    expect(Math.abs(Number(pos![2]) - MOCK_LON)).toBeGreaterThan(0.003);
  });

  it('stores a burst of messages (text, location, text) in the order the puppet delivered them', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '钱' });
    const got = inbox(reporter, w.bot);
    // Back to back, a microtask apart (as a puppet's socket delivers a burst): Wechaty's own `message`
    // event would hand the location over after the text that follows it.
    say(reporter, '有人在砍人', w.bot);
    await Promise.resolve();
    shareLocation(w.mocker, reporter, w.bot);
    await Promise.resolve();
    say(reporter, '还在砍', w.bot);
    await settled(w.gw, reporter, got, 3);
    const stored = await w.gw.db.reader.inboundMessage.findMany({ orderBy: { id: 'asc' } });
    expect(stored.map((m) => (m.location ? '[location]' : m.text))).toEqual(['有人在砍人', '[location]', '还在砍']);
    const view = await onlyIncident(w);
    expect(view.transcript.filter((t) => t.direction === 'out').map((t) => t.text)).toEqual(got);
  });

  it('delivers a dispatcher message to the reporter through the outbound worker', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '李先生' });
    const got = inbox(reporter, w.bot);
    say(reporter, '有人撬我家门，小偷还在屋里', w.bot);
    await settled(w.gw, reporter, got, 1);
    const { id } = await onlyIncident(w);

    await w.gw.intake.dispatcherMessage(id, '民警已到楼下，请不要开门');
    await w.gw.outboundWorker.runOnce();
    await waitFor(() => got.some((t) => t.includes('民警已到楼下，请不要开门')), 'the dispatcher message');
    const row = await w.gw.db.reader.outboundMessage.findFirst({ where: { incidentId: id, kind: 'dispatcher' } });
    expect(row).toMatchObject({ status: 'sent', channel: 'wechat', to: reporter.id });
  });

  it('ignores room messages and the bot’s own messages', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '群成员' });
    const room = w.mocker.createRoom({ topic: '小区业主群', memberIdList: [w.bot.id, reporter.id] });
    const got = inbox(reporter, w.bot);

    say(reporter, '群里说：楼下有人打架', room);
    w.bot.say('机器人自己发的消息').to(reporter);
    say(reporter, '我要报警，有人打架', w.bot);
    await settled(w.gw, reporter, got, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stored = await w.gw.db.reader.inboundMessage.findMany();
    expect(stored.map((m) => m.text)).toEqual(['我要报警，有人打架']);
    expect(await w.gw.db.reader.incident.count()).toBe(1);
  });

  it('stores nothing new for a redelivered message id and does not say its replies twice', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '赵' });
    const got = inbox(reporter, w.bot);
    const id = say(reporter, '我的电动车被偷了', w.bot);
    await settled(w.gw, reporter, got, 1);
    const repliesBefore = [...got];
    const rowsBefore = await w.gw.db.reader.outboundMessage.count();

    redeliver(w.mocker, id);
    // A later message proves the redelivery was handled (the same contact's messages go in order).
    say(reporter, '就在小区门口', w.bot);
    await settled(w.gw, reporter, got, 2);

    expect(await w.gw.db.reader.inboundMessage.count({ where: { providerMessageId: id } })).toBe(1);
    expect(await w.gw.db.reader.outboundMessage.count()).toBeGreaterThan(rowsBefore);
    expect(got.slice(0, repliesBefore.length)).toEqual(repliesBefore);
    // Only the replies to the second message were added.
    const second = await w.gw.db.reader.inboundMessage.findFirst({ where: { text: '就在小区门口' } });
    const secondReplies = await w.gw.db.reader.outboundMessage.count({ where: { inboundId: second!.id } });
    expect(got).toHaveLength(repliesBefore.length + secondReplies);
  });

  it('hands a reply that could not be said to the outbound worker, which says it once sending works again', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '孙' });
    const got = inbox(reporter, w.bot);
    w.puppet.failSends = true;

    const id = say(reporter, '有人跟踪我，我很害怕', w.bot);
    const rows = await deferredReplies(w, id);
    const view = await onlyIncident(w);
    expect(view.transcript[0]).toMatchObject({ direction: 'in', text: '有人跟踪我，我很害怕' });
    // The worker was woken and tried: still failing, so the replies wait with a backoff.
    await w.gw.outboundWorker.runOnce();
    expect(got).toEqual([]);
    // A dispatcher message queued meanwhile must not overtake the waiting replies.
    await w.gw.intake.dispatcherMessage(view.id, '民警已出发');

    w.puppet.failSends = false;
    w.gw.clock.advance(5); // past the backoff
    await w.gw.outboundWorker.runOnce();
    await w.gw.outboundWorker.runOnce();
    const replies = rows.map((r) => r.text);
    await waitFor(() => got.length >= replies.length + 1, 'the deferred replies and the dispatcher message');
    expect(got.slice(0, replies.length)).toEqual(replies);
    expect(got[replies.length]).toContain('民警已出发');
    const sent = await w.gw.db.reader.outboundMessage.findMany({ where: { incidentId: view.id } });
    expect(sent.every((r) => r.status === 'sent')).toBe(true);

    // The reporter's next message is answered in-band again, nothing waiting any more.
    say(reporter, '在人民路地铁站', w.bot);
    await settled(w.gw, reporter, got, 2);
  });

  it('a reply deferred when say() failed survives a restart and is said by the next process', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const first = (world = await botWorld({ dir, clock }));
    const reporter = first.mocker.createContact({ name: '郑' });
    first.puppet.failSends = true;
    const id = say(reporter, '我的车被砸了', first.bot);
    const rows = await deferredReplies(first, id);
    await first.gw.outboundWorker.runOnce();
    await first.gw.stop();
    world = null;

    // A new process on the same database, with a puppet that can send; the reporter is the same contact.
    const second = (world = await botWorld({ dir, clock }));
    const again = second.mocker.createContact({ id: reporter.id, name: '郑' });
    const got = inbox(again, second.bot);
    clock.advance(5); // past the backoff of the failed attempt
    await second.gw.outboundWorker.runOnce();
    await waitFor(() => got.length >= rows.length, 'the deferred replies');
    expect(got).toEqual(rows.map((r) => r.text));
    const after = await second.gw.db.reader.outboundMessage.findMany({ where: { inboundId: rows[0]!.inboundId } });
    expect(after.every((r) => r.status === 'sent')).toBe(true);
  });

  it('refuses an out-of-band send as retryable while logged out or when the contact is unknown', async () => {
    const w = (world = await botWorld());
    const reporter = w.mocker.createContact({ name: '周' });
    const message = { channel: 'wechat' as const, text: '民警已出发', kind: 'status' as const, incidentId: 'x' };

    await expect(w.channel.send({ ...message, to: 'no-such-contact' })).rejects.toMatchObject({
      retryable: true,
      code: 'contact_missing',
    });
    await w.puppet.logout('test');
    const refused = await w.channel.send({ ...message, to: reporter.id }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(SendError);
    expect(refused).toMatchObject({ retryable: true, code: 'not_logged_in' });

    await login(w.mocker, w.puppet, w.bot);
    const got = inbox(reporter, w.bot);
    await expect(w.channel.send({ ...message, to: reporter.id })).resolves.toEqual({ providerMessageId: null });
    expect(got).toEqual(['民警已出发']);
  });

  it('restarts a puppet that died after an error, and the next message is still stored and answered', async () => {
    const w = (world = await botWorld());
    const reporter: MockContact = w.mocker.createContact({ name: '吴' });
    const got = inbox(reporter, w.bot);

    // The puppet reports trouble and stops (as a crashed protocol connection would).
    w.puppet.emit('error', { gerror: 'test: connection to the protocol server lost' });
    await w.puppet.stop();
    expect(w.puppet.state.active()).toBe(false);

    await waitFor(() => w.puppet.state.active() === true, 'the channel to restart the puppet');
    // A real puppet logs in again from its saved session; the mock needs the Mocker to do it.
    await login(w.mocker, w.puppet, w.bot);

    say(reporter, '路口两辆车撞了，有人受伤', w.bot);
    await settled(w.gw, reporter, got, 1);
    const view = await onlyIncident(w);
    expect(view.channel).toBe('wechat');
    expect(got.length).toBeGreaterThan(0);
  });
});
