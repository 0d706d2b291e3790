import { afterEach, describe, expect, it } from 'vitest';
import { testGateway, tempDir, type TestGateway } from '../helpers/gateway.js';

const open: TestGateway[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.stop();
});

async function gateway(dir: string, clock?: TestGateway['clock']) {
  const gw = await testGateway(
    { NUDGE_AFTER_S: '90', ESCALATE_AFTER_S: '180', INACTIVE_AFTER_MIN: '30' },
    { dir, clock },
  );
  open.push(gw);
  return gw;
}

const say = (gw: TestGateway, sender: string, id: string, text: string) =>
  gw.intake.receive({ channel: 'web', providerMessageId: id, sender, text, receivedAt: gw.clock.now() });

async function outbound(gw: TestGateway, incidentId: string) {
  return gw.db.reader.outboundMessage.findMany({ where: { incidentId }, orderBy: { id: 'asc' } });
}

describe('flow timers are persisted and fire once', () => {
  it('nudges once after silence, then escalates a P1 to a call-taker, across a restart', async () => {
    const dir = tempDir();
    const gw = await gateway(dir);
    const r = await say(gw, 'web-t1', 'a', '有人拿刀在砍人');
    const before = (await outbound(gw, r.incidentId)).length;

    gw.clock.advance(60);
    await gw.intake.fireDueTimers();
    expect(await outbound(gw, r.incidentId)).toHaveLength(before);

    gw.clock.advance(31);
    await gw.intake.fireDueTimers();
    await gw.intake.fireDueTimers();
    const afterNudge = await outbound(gw, r.incidentId);
    expect(afterNudge).toHaveLength(before + 1);
    expect(afterNudge.at(-1)!.kind).toBe('nudge');

    // Restart: the escalate timer was persisted with the incident.
    const clock = gw.clock;
    await open.pop()!.stop();
    const again = await gateway(dir, clock);
    clock.advance(100);
    await again.intake.fireDueTimers();
    const incident = await again.reports.incident(r.incidentId);
    expect(incident?.humanRequested).toBe(true);
    const audit = await again.reports.auditEvents(r.incidentId);
    expect(audit.map((e) => e.type)).toContain('escalated');
    // Nothing more is due: firing again changes nothing.
    const count = (await outbound(again, r.incidentId)).length;
    await again.intake.fireDueTimers();
    expect(await outbound(again, r.incidentId)).toHaveLength(count);
  });

  it('a non-urgent report goes inactive after the inactive timer and is submitted with what it has', async () => {
    const gw = await gateway(tempDir());
    const r = await say(gw, 'web-t2', 'a', 'my bicycle was stolen');
    for (let i = 0; i < 4; i++) {
      gw.clock.advance(31 * 60);
      await gw.intake.fireDueTimers();
    }
    const incident = await gw.reports.incident(r.incidentId);
    expect(incident?.status).toBe('inactive');
    const outbox = await gw.db.reader.outboxItem.findMany({ where: { incidentId: r.incidentId } });
    expect(outbox.map((o) => o.event)).toContain('submitted');
  });
});
