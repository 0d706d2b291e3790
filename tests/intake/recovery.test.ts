import { onPostgres } from '../helpers/database.js';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { renderOutboxPayload } from '../../src/store/report-reader.js';
import { testGateway, tempDir, type TestGateway } from '../helpers/gateway.js';

const open: TestGateway[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.stop();
});

async function gateway(dir: string) {
  const gw = await testGateway({}, { dir });
  open.push(gw);
  return gw;
}

describe('crash between storing and replying', () => {
  it('a stored but unprocessed message is processed when the gateway starts again', async () => {
    const dir = tempDir();
    const first = await gateway(dir);
    // The message is committed (step 1) and then the process dies before the flow ran.
    const stored = await first.store.storeInbound({
      channel: 'web',
      providerMessageId: 'crash-1',
      sender: 'web-crashed-reporter',
      text: '我在雁塔区小寨十字，有人抢劫',
      receivedAt: first.clock.now(),
    });
    expect(stored.kind).toBe('new');
    await open.pop()!.stop();

    const second = await gateway(dir);
    expect(await second.intake.recover()).toBe(1);
    const inbound = await second.db.reader.inboundMessage.findFirstOrThrow({ where: { providerMessageId: 'crash-1' } });
    expect(inbound.processedAt).not.toBeNull();
    const incident = await second.reports.incident(inbound.incidentId!);
    expect(incident?.category).toBe('robbery');
    expect(incident?.elements.location).toContain('小寨');
    // The reporter was not answered in a request, so the reply is queued as an out-of-band notice.
    const notices = await second.db.reader.outboundMessage.findMany({ where: { incidentId: inbound.incidentId! } });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => n.kind === 'notice')).toBe(true);

    // The provider retrying the same message now gets the stored reply, and nothing new is stored.
    const replay = await second.intake.receive({
      channel: 'web',
      providerMessageId: 'crash-1',
      sender: 'web-crashed-reporter',
      text: '我在雁塔区小寨十字，有人抢劫',
      receivedAt: second.clock.now(),
    });
    expect(replay.duplicate).toBe(true);
    expect(replay.replies).toEqual(notices.map((n) => n.text));
    expect(await second.db.reader.inboundMessage.count()).toBe(1);
  });
});

describe('per-reporter order under concurrency', () => {
  it('messages of one reporter sent at once are handled in arrival order', async () => {
    const gw = await gateway(tempDir());
    const texts = ['someone stole my phone', '42 Elm Street', 'about ten minutes ago', 'an iPhone worth 800 dollars'];
    const results = await Promise.all(
      texts.map((text, i) =>
        gw.intake.receive({
          channel: 'web',
          providerMessageId: `m${i}`,
          sender: 'web-one',
          text,
          receivedAt: gw.clock.now(),
        }),
      ),
    );
    expect(new Set(results.map((r) => r.incidentId)).size).toBe(1);
    const inbound = await gw.db.reader.inboundMessage.findMany({ orderBy: { processedAt: 'asc' } });
    expect(inbound.map((m) => m.providerMessageId)).toEqual(['m0', 'm1', 'm2', 'm3']);
    const incident = await gw.reports.incident(results[0]!.incidentId);
    expect(incident?.transcript.filter((t) => t.direction === 'in').map((t) => t.text)).toEqual(texts);
  });

  it('different reporters in parallel each get their own incident and nothing is lost', async () => {
    const gw = await gateway(tempDir());
    const n = 60;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        gw.intake.receive({
          channel: 'web',
          providerMessageId: `p${i}`,
          sender: `web-r${i}`,
          text: i % 2 ? '有人在砍人' : 'my car was broken into last night',
          receivedAt: gw.clock.now(),
        }),
      ),
    );
    expect(new Set(results.map((r) => r.incidentId)).size).toBe(n);
    expect(await gw.db.reader.incident.count()).toBe(n);
    expect(await gw.db.reader.inboundMessage.count({ where: { processedAt: { not: null } } })).toBe(n);
    // SQLite shares commits between concurrent messages (group commit); PostgreSQL commits each on its own.
    if (!onPostgres) expect(gw.db.sql.stats.commits).toBeLessThan(gw.db.sql.stats.jobs);
  });
});

describe('outbox snapshots', () => {
  it('the snapshot sent to dispatch includes the message that caused it', async () => {
    const gw = await gateway(tempDir());
    const r = await gw.intake.receive({
      channel: 'web',
      providerMessageId: 's1',
      sender: 'web-snap',
      text: '环城公园南门有人持刀砍人',
      receivedAt: gw.clock.now(),
    });
    const item = await gw.db.reader.outboxItem.findFirstOrThrow({ where: { incidentId: r.incidentId } });
    // Stored as a snapshot of the revision; rendered for delivery by the dispatch worker.
    const payload = JSON.parse(await renderOutboxPayload(gw.db.sql.read, defaultFlow, item.payload)) as {
      event: string;
      incident: { transcript: { direction: string; text: string }[] };
    };
    expect(payload.event).toBe('early_dispatch');
    expect(payload.incident.transcript.filter((t) => t.direction === 'in').map((t) => t.text)).toEqual([
      '环城公园南门有人持刀砍人',
    ]);
  });
});
