/**
 * What dispatch owns of an incident, through the console's HTTP actions on the real intake and database:
 * take over stops the bot asking (the reporter's messages are still stored, triaged and shown) until hand
 * back; a call-taker's category decision with its reason survives the reporter's next keyword; status and
 * messages reach the reporter; every action is an audit event; reporter text is escaped on every page.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { renderOutboxPayload } from '../../src/store/report-reader.js';
import { addUser, login, sessionCsrf, sms } from './helpers.js';

let gw: TestGateway;
let agent: ReturnType<typeof request.agent>;
let csrf: string;
const ALICE = '+8613800000001';

beforeEach(async () => {
  gw = await testGateway();
  await addUser(gw, 'alice');
  await addUser(gw, 'bob');
  agent = request.agent(gw.app);
  await login(agent, 'alice');
  csrf = await sessionCsrf(agent);
});
afterEach(async () => {
  await gw.stop();
});

const act = (id: string, action: string, body: Record<string, string> = {}) =>
  agent
    .post(`/console/incidents/${id}/${action}`)
    .type('form')
    .send({ _csrf: csrf, ...body });

async function incidentJson(id: string) {
  const res = await request(gw.app)
    .get(`/api/v1/incidents/${id}`)
    .set('Authorization', `Bearer ${API_TOKEN}`)
    .expect(200);
  return res.body as {
    category: string;
    priority: string;
    status: string;
    transcript: { direction: string; text: string; kind?: string }[];
  };
}

describe('take over and hand back', () => {
  it('stops the bot asking while a call-taker has the incident, and resumes after hand back', async () => {
    const first = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    expect(first.replies.length).toBeGreaterThan(0);
    expect((await act(first.incidentId, 'take-over')).status).toBe(303);

    const during = await sms(gw, ALICE, 'one of them has a knife now');
    expect(during.replies).toEqual([]);
    const view = await incidentJson(first.incidentId);
    expect(view.transcript.filter((t) => t.direction === 'in').map((t) => t.text)).toContain(
      'one of them has a knife now',
    );
    // Still triaged: the knife makes it P1 even though the bot is quiet.
    expect(view.priority).toBe('P1');

    // Nudge timers do not fire while it is held.
    gw.clock.advance(10 * 60);
    await gw.tick();
    const outbound = (await incidentJson(first.incidentId)).transcript.filter((t) => t.direction === 'out');
    expect(outbound.filter((t) => t.kind === 'nudge')).toEqual([]);

    // Another call-taker cannot hand it back; the holder can.
    const bob = request.agent(gw.app);
    await login(bob, 'bob');
    const bobCsrf = await sessionCsrf(bob);
    const refused = await bob
      .post(`/console/incidents/${first.incidentId}/hand-back`)
      .type('form')
      .send({ _csrf: bobCsrf });
    expect(refused.status).toBe(409);
    expect((await act(first.incidentId, 'hand-back')).status).toBe(303);
    const after = await sms(gw, ALICE, 'they ran towards the station');
    expect(after.replies.length).toBeGreaterThan(0);

    const types = (await gw.reports.auditEvents(first.incidentId)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['console_take_over', 'console_hand_back']));
  });

  it('texts the reporter from the console and names the call-taker in the transcript', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    await act(r.incidentId, 'take-over');
    const res = await act(r.incidentId, 'message', { text: 'Police are 3 minutes away. Stay inside.' });
    expect(res.status).toBe(303);
    const view = await incidentJson(r.incidentId);
    expect(view.transcript.at(-1)).toMatchObject({
      direction: 'out',
      kind: 'dispatcher',
      text: '110: Police are 3 minutes away. Stay inside.',
    });
    const page = await agent.get(`/console/incidents/${r.incidentId}`).expect(200);
    expect(page.text).toContain('Call-taker alice');
    // Over one segment is refused with a clear error, and nothing is sent.
    // English reporter, Chinese text: UCS-2, 70 units with the 5 of "110: ".
    const long = await act(r.incidentId, 'message', { text: '请'.repeat(66) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('longer than one SMS segment (65 characters here)');
    expect((await act(r.incidentId, 'message', { text: '请'.repeat(65) })).status).toBe(303);
    const longer = await act(r.incidentId, 'message', { text: 'x'.repeat(156) });
    expect(longer.status).toBe(400);
    expect(longer.text).toContain('(155 characters here)');
    const fits = (await incidentJson(r.incidentId)).transcript.length;
    expect(fits).toBe(view.transcript.length + 1);
    expect((await incidentJson(r.incidentId)).transcript.length).toBe(fits);
  });

  it('asks for confirmation before texting a covert reporter', async () => {
    const r = await sms(gw, ALICE, 'someone broke into my house, I am hiding in the wardrobe, he is still here');
    const v = await gw.reports.incident(r.incidentId);
    expect(v?.covert).toBe(true);
    const page = await agent.get(`/console/incidents/${r.incidentId}`).expect(200);
    expect(page.text).toContain('Covert report.');
    const before = (await incidentJson(r.incidentId)).transcript.length;
    const unconfirmed = await act(r.incidentId, 'message', { text: 'Police coming' });
    expect(unconfirmed.status).toBe(409);
    expect((await incidentJson(r.incidentId)).transcript.length).toBe(before);
    const confirmed = await act(r.incidentId, 'message', { text: 'Police coming', confirmCovert: 'yes' });
    expect(confirmed.status).toBe(303);
    expect((await incidentJson(r.incidentId)).transcript.length).toBe(before + 1);
  });
});

describe('status and decisions', () => {
  it('sets a status from the console; the reporter is told and the audit names who', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    expect((await act(r.incidentId, 'status', { status: 'dispatched' })).status).toBe(303);
    const view = await incidentJson(r.incidentId);
    expect(view.status).toBe('dispatched');
    expect(view.transcript.at(-1)).toMatchObject({ direction: 'out', kind: 'status' });
    const audit = await gw.reports.auditEvents(r.incidentId);
    expect(audit.find((e) => e.type === 'console_status')?.data).toEqual({ by: 'alice', status: 'dispatched' });
    expect((await act(r.incidentId, 'status', { status: 'collecting' })).status).toBe(400);
  });

  it('keeps a call-taker category decision when the reporter later writes another keyword', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    expect((await incidentJson(r.incidentId)).category).toBe('violence');
    const noReason = await act(r.incidentId, 'decision', { category: 'disorder', reason: '' });
    expect(noReason.status).toBe(400);
    const res = await act(r.incidentId, 'decision', {
      category: 'disorder',
      priority: 'P3',
      reason: 'verbal argument only, CCTV',
    });
    expect(res.status).toBe(303);
    expect(await incidentJson(r.incidentId)).toMatchObject({ category: 'disorder', priority: 'P3' });
    await sms(gw, ALICE, 'they are fighting and punching each other again');
    expect(await incidentJson(r.incidentId)).toMatchObject({ category: 'disorder', priority: 'P3' });
    const audit = await gw.reports.auditEvents(r.incidentId);
    expect(audit.find((e) => e.type === 'console_decision')?.data).toMatchObject({
      by: 'alice',
      to: { category: 'disorder', priority: 'P3' },
      reason: 'verbal argument only, CCTV',
    });
    const page = await agent.get(`/console/incidents/${r.incidentId}`).expect(200);
    expect(page.text).toContain('verbal argument only, CCTV');
  });

  it('tells dispatch about a decision on an incident it already has, as an update in the same commit', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market', { lat: 34.25, lon: 108.94 });
    const before = await incidentJson(r.incidentId);
    expect(before.priority).toBe('P1'); // early-dispatched: dispatch has revision 1
    const items = () =>
      gw.db.sql.read.all<{ event: string; revision: number; payload: string }>(
        'SELECT "event", "revision", "payload" FROM "OutboxItem" WHERE "incidentId" = ? ORDER BY "revision"',
        [r.incidentId],
      );
    const revisions = (await items()).length;
    expect(revisions).toBeGreaterThan(0);
    await act(r.incidentId, 'decision', { priority: 'P2', reason: 'fight is over, both walked away' });
    const after = await items();
    expect(after.length).toBe(revisions + 1);
    const last = after.at(-1)!;
    expect(last.event).toBe('updated');
    const payload = JSON.parse(await renderOutboxPayload(gw.db.sql.read, defaultFlow, last.payload)) as {
      event: string;
      incident: { priority: string; category: string };
    };
    expect(payload).toMatchObject({ event: 'updated', incident: { priority: 'P2', category: 'violence' } });
    // The reporter's next message does not undo it, and the flow's next revision follows on.
    await sms(gw, ALICE, 'he has a knife');
    expect((await incidentJson(r.incidentId)).priority).toBe('P2');
  });

  it('sets and clears attention flags, shown in the queue, and refuses an unknown flag', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    expect((await act(r.incidentId, 'flag', { flag: 'supervisor', on: 'yes' })).status).toBe(303);
    expect((await agent.get('/console/queue/rows').expect(200)).text).toContain('needs a supervisor');
    expect((await act(r.incidentId, 'flag', { flag: 'delete_everything', on: 'yes' })).status).toBe(400);
    expect((await act(r.incidentId, 'flag', { flag: 'supervisor', on: 'no' })).status).toBe(303);
    expect((await gw.services!.console.dispatchState(r.incidentId))?.flags).toEqual([]);
    const types = (await gw.reports.auditEvents(r.incidentId)).map((e) => e.type);
    expect(types.filter((t) => t.startsWith('console_'))).toEqual(['console_flag', 'console_unflag']);
  });

  it('shows in the queue that a reporter asked for a person, until a call-taker takes over', async () => {
    const r = await sms(gw, ALICE, 'Two men are fighting outside the Oak Street market');
    await sms(gw, ALICE, '转人工');
    const row = async () => {
      const html = (await agent.get('/console/queue/rows').expect(200)).text;
      return html.slice(html.indexOf(`data-id="${r.incidentId}"`)).split('</tr>')[0]!;
    };
    expect(await row()).toContain('asked for a person');
    await act(r.incidentId, 'take-over');
    expect(await row()).not.toContain('asked for a person');
    expect(await row()).toContain('alice');
  });

  it('escapes reporter text on the queue and incident pages', async () => {
    const r = await sms(gw, ALICE, 'fight at <script>alert(1)</script><img src=x onerror=alert(2)> market');
    const page = await agent.get(`/console/incidents/${r.incidentId}`).expect(200);
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).not.toContain('<img src=x');
    expect(page.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    const rows = await agent.get('/console/queue/rows').expect(200);
    expect(rows.text).not.toContain('<script>');
  });
});
