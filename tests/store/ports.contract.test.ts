/**
 * The store ports' contract, run against whichever database this pass uses (SQLite files by default,
 * PostgreSQL with TEST_DATABASE=postgres — `.ci/run` runs both). Every port the channels, dispatch, timers and
 * console depend on is exercised through its interface, including what must hold with several processes on
 * one database: two store instances on their own connections stand for two gateway processes.
 */
import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { initialState } from '../../src/core/flow/engine.js';
import type { IncidentChange, IncidentRecord } from '../../src/core/ports.js';
import type { InboundMessage } from '../../src/core/message.js';
import { openDatabase, type Database } from '../../src/store/database.js';
import { EVENTS_CHANNEL, SqlIntakeStore } from '../../src/store/intake-store.js';
import { SqlOutboundStore } from '../../src/store/outbound-store.js';
import { SqlOutboxStore } from '../../src/store/outbox-store.js';
import { SqlReplayGuard } from '../../src/store/replay-guard.js';
import { SqlReportReader } from '../../src/store/report-reader.js';
import { SqlReporterStore } from '../../src/store/reporter-store.js';
import { onPostgres, testDatabaseUrl, TEST_DATABASE } from '../helpers/database.js';
import { tempDir } from '../helpers/temp.js';

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

/** Two handles on one database: two processes on PostgreSQL; on SQLite the second is only used to read. */
async function databases(): Promise<[Database, Database]> {
  const url = await testDatabaseUrl(tempDir());
  const a = await openDatabase(url);
  const b = await openDatabase(url);
  opened.push(a, b);
  return [a, b];
}

const newId = () => crypto.randomUUID();
const NOW = new Date('2026-11-29T10:00:00.000Z');

function message(sender: string, id: string, text: string): InboundMessage {
  return { channel: 'sms', providerMessageId: id, sender, text, receivedAt: NOW };
}

function newIncident(sender: string, previousId: string | null = null): IncidentRecord {
  return {
    id: newId(),
    reference: `R-${crypto.randomBytes(3).toString('hex')}`,
    token: crypto.randomBytes(12).toString('base64url'),
    channel: 'sms',
    sender,
    state: initialState({ lang: 'zh-CN', channelHasPhone: true, now: NOW.toISOString() }),
    createdAt: NOW.toISOString(),
    previousId,
    version: 0,
  };
}

function change(incident: IncidentRecord, isNew: boolean, texts: string[] = ['ok']): IncidentChange {
  return {
    incident,
    isNew,
    replies: texts.map((text) => ({ template: 'ack', text, lang: 'zh-CN' })),
    events: [],
    outboundKind: 'reply',
    at: NOW.toISOString(),
  };
}

describe(`write transactions on ${TEST_DATABASE}: statements sent later`, () => {
  it('run in order with the others, are seen by the next statement, and their values arrive as bound ones would', async () => {
    const [db] = await databases();
    const at = new Date('2026-11-29T10:00:00.123Z');
    const text = `quote ' backslash \\ question ? 中文 $1`;
    const seen = await db.sql.write(async (tx) => {
      await tx.later('INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES (?, ?, ?, ?)', [
        'later-1',
        'a',
        text,
        at,
      ]);
      await tx.later('UPDATE "AuditEvent" SET "type" = ? WHERE "incidentId" = ? AND "type" = ?', ['b', 'later-1', 'a']);
      return tx.all<{ type: string; data: string; at: unknown }>(
        'SELECT "type", "data", "at" FROM "AuditEvent" WHERE "incidentId" = ? LIMIT ?',
        ['later-1', 5],
      );
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.type).toBe('b');
    expect(seen[0]!.data).toBe(text);
    // Queued last: they go with the commit.
    await db.sql.write(async (tx) => {
      await tx.later('INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES (?, ?, ?, ?)', [
        'later-1',
        'c',
        '{}',
        at,
      ]);
    });
    const rows = await db.sql.read.all<{ type: string; at: unknown }>(
      'SELECT "type", "at" FROM "AuditEvent" WHERE "incidentId" = ? ORDER BY "id"',
      ['later-1'],
    );
    expect(rows.map((r) => r.type)).toEqual(['b', 'c']);
    expect(rows.map((r) => new Date(r.at as string | number).toISOString())).toEqual([
      at.toISOString(),
      at.toISOString(),
    ]);
  });

  it('a later statement that fails fails its transaction: nothing of it is committed', async () => {
    const [db] = await databases();
    const insert = 'INSERT INTO "AuditEvent" ("incidentId", "type", "data", "at") VALUES (?, ?, ?, ?)';
    await expect(
      db.sql.write(async (tx) => {
        await tx.run(insert, ['later-2', 'kept?', '{}', NOW]);
        await tx.later(insert, ['later-2', 'bad', '{}', null]); // "at" is NOT NULL
      }),
    ).rejects.toThrow();
    const rows = await db.sql.read.all('SELECT "id" FROM "AuditEvent" WHERE "incidentId" = ?', ['later-2']);
    expect(rows).toEqual([]);
  });
});

describe(`store ports on ${TEST_DATABASE}`, () => {
  it('intake: stores a message once per provider id and replays the first one', async () => {
    const [db] = await databases();
    const store = new SqlIntakeStore(db.sql, defaultFlow, newId);
    const first = await store.storeInbound(message('+8613800000001', 'SM1', '有人打架'));
    expect(first.kind).toBe('new');
    const again = await store.storeInbound(message('+8613800000001', 'SM1', '有人打架'));
    expect(again.kind).toBe('duplicate');
    if (again.kind !== 'duplicate') return;
    expect(again.processed).toBe(false);
    expect(again.stored).toMatchObject({ text: '有人打架', sender: '+8613800000001' });
  });

  it('intake: a decision commits once; a second decision on the same version is a conflict', async () => {
    const [db] = await databases();
    const store = new SqlIntakeStore(db.sql, defaultFlow, newId);
    const sender = '+8613800000002';
    const a = await store.storeInbound(message(sender, 'SM-a', 'first'));
    const b = await store.storeInbound(message(sender, 'SM-b', 'second'));
    if (a.kind !== 'new' || b.kind !== 'new') throw new Error('expected new messages');
    const incident = newIncident(sender);
    expect(await store.commitInbound(a.inboundId, change(incident, true))).toBe('committed');
    expect(await store.commitInbound(a.inboundId, change(incident, true))).toBe('already_processed');

    const loaded = await store.loadInbound(b.inboundId);
    expect(loaded?.latest?.id).toBe(incident.id);
    expect(loaded?.latest?.version).toBe(0);
    const stale = { ...loaded!.latest!, version: 0 };
    // Someone else changed the incident meanwhile (dispatch set a status): our version is stale.
    expect(await store.commitIncident(change({ ...stale }, false))).toBe('committed');
    expect(await store.commitInbound(b.inboundId, change(stale, false))).toBe('conflict');
    const fresh = await store.findIncident(incident.id);
    expect(fresh?.version).toBe(1);
    expect(await store.commitInbound(b.inboundId, change(fresh!, false))).toBe('committed');
  });

  it('intake: a later message cannot be decided while an earlier one of the same reporter waits', async () => {
    const [db] = await databases();
    const store = new SqlIntakeStore(db.sql, defaultFlow, newId);
    const sender = '+8613800000003';
    const a = await store.storeInbound(message(sender, 'SM-x', 'earlier'));
    const b = await store.storeInbound(message(sender, 'SM-y', 'later'));
    if (a.kind !== 'new' || b.kind !== 'new') throw new Error('expected new messages');
    const loaded = await store.loadInbound(b.inboundId);
    expect(loaded?.earlier).toEqual([a.inboundId]);
    expect(await store.commitInbound(b.inboundId, change(newIncident(sender), true))).toBe('conflict');
  });

  it('timers: a due timer is claimed by one process only, and is due again after its lease', async () => {
    const [db1, db2] = await databases();
    const s1 = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const s2 = new SqlIntakeStore(db2.sql, defaultFlow, newId);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const sender = `+86138000001${String(i).padStart(2, '0')}`;
      const m = await s1.storeInbound(message(sender, `SM-t${i}`, 'x'));
      if (m.kind !== 'new') throw new Error('expected new');
      const incident = newIncident(sender);
      incident.state.timers.nudge = new Date(NOW.getTime() + 90_000).toISOString();
      await s1.commitInbound(m.inboundId, change(incident, true));
      ids.push(incident.id);
    }
    const due = new Date(NOW.getTime() + 100_000);
    const [c1, c2] = await Promise.all([s1.claimDueTimers(due, 100), s2.claimDueTimers(due, 100)]);
    const claimed = [...c1, ...c2].map((c) => c.incidentId).sort();
    expect(claimed).toEqual([...ids].sort());
    expect(await s1.claimDueTimers(due, 100)).toEqual([]);
    // Nobody fired them (a process died): after the lease they are due again.
    expect((await s2.claimDueTimers(new Date(due.getTime() + 61_000), 100)).length).toBe(10);
  });

  it('outbound: each message is claimed once across processes, in order per reporter, released by its owner', async () => {
    const [db1, db2] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const o1 = new SqlOutboundStore(db1.sql);
    const o2 = new SqlOutboundStore(db2.sql);
    const reporters = 8;
    for (let r = 0; r < reporters; r++) {
      const sender = `+86139000000${r}`;
      const m = await intake.storeInbound(message(sender, `SM-o${r}`, 'x'));
      if (m.kind !== 'new') throw new Error('expected new');
      const c = change(newIncident(sender), true, ['one', 'two', 'three']);
      c.outboundKind = 'status'; // out of band: pending for the worker
      await intake.commitInbound(m.inboundId, c);
    }
    const [a, b] = await Promise.all([o1.claimDue(NOW, 100), o2.claimDue(NOW, 100)]);
    const all = [...a, ...b];
    // Only each reporter's first message: its next ones wait until it is sent.
    expect(all).toHaveLength(reporters);
    expect(new Set(all.map((m) => m.id)).size).toBe(reporters);
    expect(all.every((m) => m.text === 'one')).toBe(true);
    // Only the owner of a claim records its outcome.
    const mine = a[0] ?? b[0]!;
    await (a.includes(mine) ? o2 : o1).markRetry({ ...mine, claimId: 'not-the-owner' }, NOW, 'x');
    expect((await o1.claimDue(NOW, 100)).map((m) => m.id)).not.toContain(mine.id);
    await o1.markSent(mine, 'SMsent', NOW);
    const next = await o2.claimDue(NOW, 100);
    expect(next.map((m) => m.text)).toEqual(['two']);
  });

  it('outbound: a send whose outcome is unknown is marked durably; another process claiming it sees the marker', async () => {
    const [db1, db2] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const o1 = new SqlOutboundStore(db1.sql);
    const o2 = new SqlOutboundStore(db2.sql);
    const m = await intake.storeInbound(message('+8613900000099', 'SM-u1', 'x'));
    if (m.kind !== 'new') throw new Error('expected new');
    const c = change(newIncident('+8613900000099'), true, ['one']);
    c.outboundKind = 'status';
    await intake.commitInbound(m.inboundId, c);
    const [claimed] = await o1.claimDue(NOW, 10);
    expect(claimed!.attemptStartedAt).toBeNull();
    // Only the claim's owner marks it; the earliest unknown start is kept.
    await o1.markAttemptStarted({ ...claimed!, claimId: 'not-the-owner' }, NOW);
    await o1.markAttemptStarted(claimed!, NOW);
    await o1.markAttemptStarted(claimed!, new Date(NOW.getTime() + 5000));
    // The process dies here. After the lease, another process takes the claim and sees when the attempt began.
    const later = new Date(NOW.getTime() + 61_000);
    const [retaken] = await o2.claimDue(later, 10);
    expect(retaken).toMatchObject({ id: claimed!.id, attemptStartedAt: NOW });
    // A failure that leaves the outcome open keeps the marker; one that says the provider refused clears it.
    await o2.markRetry(retaken!, later, 'timeout', true);
    const [again] = await o1.claimDue(later, 10);
    expect(again!.attemptStartedAt).toEqual(NOW);
    await o1.markRetry(again!, later, 'HTTP 503');
    const [cleared] = await o2.claimDue(later, 10);
    expect(cleared!.attemptStartedAt).toBeNull();
    await o2.markAttemptStarted(cleared!, later);
    await o2.markSent(cleared!, 'SMsent', later);
    const row = await db1.sql.read.get<{ attemptStartedAt: unknown }>(
      'SELECT "attemptStartedAt" FROM "OutboundMessage" WHERE "id" = ?',
      [cleared!.id],
    );
    expect(row?.attemptStartedAt ?? null).toBeNull();
  });

  it('outbox: each revision is claimed once across processes and in revision order per incident and target', async () => {
    const [db1, db2] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
    const x2 = new SqlOutboxStore(db2.sql, defaultFlow);
    const sender = '+8613700000001';
    const m = await intake.storeInbound(message(sender, 'SM-d', '环城公园南门有人拿刀砍人'));
    if (m.kind !== 'new') throw new Error('expected new');
    const incident = newIncident(sender);
    incident.state.revision = 2;
    const c = change(incident, true);
    c.events = [
      { type: 'dispatch', event: 'early_dispatch', revision: 1 },
      { type: 'dispatch', event: 'updated', revision: 2 },
    ];
    await intake.commitInbound(m.inboundId, c);
    const reader = new SqlReportReader(db1.sql.read, defaultFlow);
    expect(await reader.outboxPending()).toBe(2);
    const opts = (claimId: string) => ({ targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId });
    const [a, b] = await Promise.all([x1.claimDue(NOW, opts('p1')), x2.claimDue(NOW, opts('p2'))]);
    const claimed = [...a, ...b];
    expect(claimed.map((d) => d.revision)).toEqual([1]);
    const payload = JSON.parse(claimed[0]!.payload) as { event: string; incident: { transcript: { text: string }[] } };
    expect(payload.event).toBe('early_dispatch');
    expect(payload.incident.transcript.map((t) => t.text)).toContain('环城公园南门有人拿刀砍人');
    await (a.length ? x1 : x2).markDelivered(claimed[0]!, NOW, '200', ['webhook']);
    expect(await reader.outboxPending()).toBe(1);
    expect((await x2.claimDue(NOW, opts('p2'))).map((d) => d.revision)).toEqual([2]);
    // A start never releases another process's claims on PostgreSQL; on SQLite (one process) it does.
    expect(await x1.releaseAllClaims(NOW)).toBe(onPostgres ? 0 : 1);
  });

  it('outbox: one claim leases every head it took, so another process finds none of them due', async () => {
    const [db1, db2] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
    const x2 = new SqlOutboxStore(db2.sql, defaultFlow);
    const opts = (claimId: string) => ({ targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId });
    for (const sender of ['+8613700000031', '+8613700000032', '+8613700000033']) {
      const m = await intake.storeInbound(message(sender, `SM-${sender}`, '有人拿刀砍人'));
      if (m.kind !== 'new') throw new Error('expected new');
      const c = change(newIncident(sender), true);
      c.events = [{ type: 'dispatch', event: 'early_dispatch', revision: 1 }];
      await intake.commitInbound(m.inboundId, c);
    }
    expect(await x1.claimDue(NOW, opts('p1'))).toHaveLength(3);
    expect(await x2.claimDue(NOW, opts('p2'))).toEqual([]);
    // Due again for anyone once the lease ran out.
    expect(await x2.claimDue(new Date(NOW.getTime() + 61_000), opts('p2'))).toHaveLength(3);
  });

  it('outbox: pending "updated" revisions collapse to the newest; other events and the order are kept, nothing lost after a crash', async () => {
    const [db1] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
    const opts = (claimId: string) => ({ targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId });
    const sender = '+8613700000021';
    const m = await intake.storeInbound(message(sender, 'SM-c', '环城公园南门有人拿刀砍人'));
    if (m.kind !== 'new') throw new Error('expected new');
    const incident = newIncident(sender);
    incident.state.revision = 2;
    const first = change(incident, true);
    first.events = [
      { type: 'dispatch', event: 'early_dispatch', revision: 1 },
      { type: 'dispatch', event: 'updated', revision: 2 },
    ];
    await intake.commitInbound(m.inboundId, first);
    // Revision 1 is in flight (claimed, its webhook call not answered yet) when more changes come in.
    const head = await x1.claimDue(NOW, opts('p1'));
    expect(head.map((d) => d.revision)).toEqual([1]);
    const later = change({ ...incident, version: 0, state: { ...incident.state, revision: 8 } }, false);
    later.events = [
      { type: 'dispatch', event: 'updated', revision: 3 },
      { type: 'dispatch', event: 'updated', revision: 4 },
      { type: 'dispatch', event: 'updated', revision: 5 },
      { type: 'dispatch', event: 'submitted', revision: 6 },
      { type: 'dispatch', event: 'updated', revision: 7 },
      { type: 'dispatch', event: 'updated', revision: 8 },
    ];
    expect(await intake.commitIncident(later)).toBe('committed');
    // The claim that sees them settles 2-4 (5 is next) and 7 (8 is next): nothing claimable while 1 is in flight.
    expect(await x1.claimDue(NOW, opts('p1'))).toEqual([]);
    const settled = await db1.sql.read.all<{ revision: number; supersededBy: number | null }>(
      'SELECT "revision", "supersededBy" FROM "OutboxDelivery" WHERE "supersededBy" IS NOT NULL ORDER BY "revision"',
    );
    expect(settled.map((r) => [Number(r.revision), Number(r.supersededBy)])).toEqual([
      [2, 3],
      [3, 4],
      [4, 5],
      [7, 8],
    ]);
    // The process dies with revision 1 claimed and undelivered; a new one (on SQLite: a start releases its
    // claims; on PostgreSQL: the lease runs out) delivers everything still owed, in order.
    await db1.close();
    opened.splice(opened.indexOf(db1), 1);
    const db2 = await openDatabase(db1.url);
    opened.push(db2);
    const x2 = new SqlOutboxStore(db2.sql, defaultFlow);
    await x2.releaseAllClaims(NOW);
    const after = new Date(NOW.getTime() + 61_000);
    const sent: [number, string][] = [];
    for (let round = 0; round < 10; round++) {
      const claimed = await x2.claimDue(after, opts('p2'));
      if (claimed.length === 0) break;
      for (const d of claimed) {
        sent.push([d.revision, d.event]);
        expect((JSON.parse(d.payload) as { revision: number }).revision).toBe(d.revision);
        await x2.markDelivered(d, after, '200', ['webhook']);
      }
    }
    expect(sent).toEqual([
      [1, 'early_dispatch'],
      [5, 'updated'],
      [6, 'submitted'],
      [8, 'updated'],
    ]);
    const items = await db2.sql.read.all<{ revision: number; deliveredAt: unknown }>(
      'SELECT "revision", "deliveredAt" FROM "OutboxItem" ORDER BY "revision"',
    );
    expect(items.map((i) => Number(i.revision))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(items.every((i) => i.deliveredAt !== null)).toBe(true);
    expect(await x2.oldestUndelivered()).toBeNull();
    const audits = await db2.sql.read.all<{ data: string }>(
      'SELECT "data" FROM "AuditEvent" WHERE "type" = \'dispatch_superseded\' ORDER BY "id"',
    );
    expect(audits.map((a) => (JSON.parse(a.data) as { revision: number }).revision)).toEqual([2, 3, 4, 7]);
  });

  it('outbox: a revision already tried is not superseded (its undelivered alert keeps its age)', async () => {
    const [db1] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
    const opts = (claimId: string) => ({ targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId });
    const sender = '+8613700000022';
    const m = await intake.storeInbound(message(sender, 'SM-t', "someone broke into my neighbour's flat"));
    if (m.kind !== 'new') throw new Error('expected new');
    const incident = newIncident(sender);
    incident.state.revision = 2;
    const first = change(incident, true);
    first.events = [
      { type: 'dispatch', event: 'submitted', revision: 1 },
      { type: 'dispatch', event: 'updated', revision: 2 },
    ];
    await intake.commitInbound(m.inboundId, first);
    const [one] = await x1.claimDue(NOW, opts('p1'));
    await x1.markDelivered(one!, NOW, '200', ['webhook']);
    const [two] = await x1.claimDue(NOW, opts('p1'));
    expect(two?.revision).toBe(2);
    await x1.markRetry(two!, NOW, NOW, 'HTTP 503', 'http_status');
    const later = change({ ...incident, version: 0, state: { ...incident.state, revision: 3 } }, false);
    later.events = [{ type: 'dispatch', event: 'updated', revision: 3 }];
    expect(await intake.commitIncident(later)).toBe('committed');
    expect((await x1.claimDue(NOW, opts('p1'))).map((d) => d.revision)).toEqual([2]);
  });

  it.runIf(onPostgres)(
    'outbox: claims of a process that died are due again at once; a live process keeps its own',
    async () => {
      const [db1, db2] = await databases();
      const db3 = await openDatabase(db1.url);
      opened.push(db3);
      const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
      const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
      const x2 = new SqlOutboxStore(db2.sql, defaultFlow);
      const x3 = new SqlOutboxStore(db3.sql, defaultFlow);
      const opts = (claimId: string) => ({ targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId });
      // Two incidents, each with an early dispatch: one claimed by the process that will die, one by a live one.
      for (const sender of ['+8613700000011', '+8613700000012']) {
        const m = await intake.storeInbound(message(sender, `SM-${sender}`, '有人拿刀砍人'));
        if (m.kind !== 'new') throw new Error('expected new');
        const c = change(newIncident(sender), true);
        c.events = [{ type: 'dispatch', event: 'early_dispatch', revision: 1 }];
        await intake.commitInbound(m.inboundId, c);
      }
      for (const x of [x1, x2, x3]) await x.reclaimAbandoned(NOW); // each process holds its owner lock
      const dying = await x2.claimDue(NOW, { ...opts('p2'), limit: 1 });
      const living = await x3.claimDue(NOW, { ...opts('p3'), limit: 1 });
      expect([dying.length, living.length]).toEqual([1, 1]);
      // While both live, nothing is taken from them.
      expect(await x1.reclaimAbandoned(NOW)).toBe(0);
      expect(await x1.claimDue(NOW, opts('p1'))).toEqual([]);
      // The process dies (its sessions end, as with kill -9): its claim is due again at once, not in 60 s.
      await db2.close();
      expect(await x1.reclaimAbandoned(NOW)).toBe(1);
      const retaken = await x1.claimDue(NOW, opts('p1'));
      expect(retaken.map((d) => d.incidentId)).toEqual([dying[0]!.incidentId]);
      // The live process records its own outcome as before.
      await x3.markDelivered(living[0]!, NOW, '200', ['webhook']);
      expect(await x1.reclaimAbandoned(NOW)).toBe(0);
    },
  );

  it('reporters: STOP and START are recorded once per provider id', async () => {
    const [db] = await databases();
    const reporters = new SqlReporterStore(db.sql, newId);
    const stop = {
      message: message('+8613600000001', 'SM-stop', 'STOP'),
      optedOut: true,
      keyword: 'STOP',
      replies: () => ['bye'],
    };
    expect((await reporters.recordOptChange(stop)).duplicate).toBe(false);
    expect(await reporters.isOptedOut('sms', '+8613600000001')).toBe(true);
    expect((await reporters.recordOptChange(stop)).duplicate).toBe(true);
    await reporters.optIn('sms', '+8613600000001');
    expect(await reporters.isOptedOut('sms', '+8613600000001')).toBe(false);
  });

  it('replay guard: a signed pair is new once across processes', async () => {
    const [db1, db2] = await databases();
    const g1 = new SqlReplayGuard(db1.sql);
    const g2 = new SqlReplayGuard(db2.sql);
    const req = {
      channel: 'wechat-oa' as const,
      timestamp: '1795900000',
      nonce: 'n1',
      bodyKey: 'k',
      keepUntil: new Date(NOW.getTime() + 360_000),
    };
    const verdicts = await Promise.all([g1.remember(req, NOW), g2.remember(req, NOW)]);
    expect(verdicts.sort()).toEqual(['new', 'retry']);
    expect(await g1.remember({ ...req, bodyKey: 'other' }, NOW)).toBe('replay');
  });

  it('reports: lists most urgent first and reads one incident with its transcript', async () => {
    const [db] = await databases();
    const store = new SqlIntakeStore(db.sql, defaultFlow, newId);
    const reader = new SqlReportReader(db.sql.read, defaultFlow);
    for (const [i, priority] of (['P3', 'P1', 'P2'] as const).entries()) {
      const sender = `+86135000000${i}`;
      const m = await store.storeInbound(message(sender, `SM-r${i}`, `text ${i}`));
      if (m.kind !== 'new') throw new Error('expected new');
      const incident = newIncident(sender);
      incident.state.priority = priority;
      await store.commitInbound(m.inboundId, change(incident, true, [`reply ${i}`]));
    }
    const list = await reader.list({ limit: 10 });
    expect(list.map((v) => v.priority)).toEqual(['P1', 'P2', 'P3']);
    expect(list[0]!.transcript.map((t) => t.text)).toEqual(['text 1', 'reply 1']);
    expect(await reader.outboxPending()).toBe(0);
  });

  it('events: a committed change notifies every process listening on the database', async () => {
    const [db1, db2] = await databases();
    const store = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    // With SQLite there is one process: the notification reaches listeners on the same handle.
    const listener = onPostgres ? db2 : db1;
    const got: string[] = [];
    const stop = await listener.sql.listen(EVENTS_CHANNEL, (p) => got.push(p));
    const sender = '+8613400000001';
    const m = await store.storeInbound(message(sender, 'SM-e', 'x'));
    if (m.kind !== 'new') throw new Error('expected new');
    const incident = newIncident(sender);
    await store.commitInbound(m.inboundId, change(incident, true));
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(got).toHaveLength(1);
    expect(JSON.parse(got[0]!)).toMatchObject({ incidentId: incident.id, origin: store.origin });
  });
});

describe.runIf(onPostgres)('PostgreSQL transactions', () => {
  it('outbox: a claim does not wait while another process expands the queue; it goes on with the rows there', async () => {
    const [db1, db2] = await databases();
    const intake = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const x1 = new SqlOutboxStore(db1.sql, defaultFlow);
    const sender = '+8613700000091';
    const m = await intake.storeInbound(message(sender, 'SM-exp', '有人拿刀砍人'));
    if (m.kind !== 'new') throw new Error('expected new');
    const c = change(newIncident(sender), true);
    c.events = [{ type: 'dispatch', event: 'early_dispatch', revision: 1 }];
    await intake.commitInbound(m.inboundId, c);
    const opts = { targets: ['webhook'], limit: 10, leaseMs: 60_000, claimId: 'p1' };
    // "Another process" holds the expansion lock in an open transaction.
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    let locked = () => undefined as void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const other = db2.sql.write(async (tx) => {
      await tx.get(`SELECT pg_advisory_xact_lock(hashtextextended('outbox.expand', 0)) AS "got"`);
      locked();
      await held;
    });
    await isLocked;
    const started = Date.now();
    expect(await x1.claimDue(NOW, opts)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2_000);
    release();
    await other;
    expect((await x1.claimDue(NOW, opts)).map((d) => d.revision)).toEqual([1]);
  });

  it('BEGIN rides with the first lock and NOTIFY with COMMIT: fewer round trips, same statements and outcomes', async () => {
    const [db1, db2] = await databases();
    const got: string[] = [];
    const stop = await db2.sql.listen(EVENTS_CHANNEL, (p) => got.push(p));
    const trips = () => db1.sql.statements.roundTrips ?? NaN;
    const [statements0, trips0] = [db1.sql.statements.count, trips()];
    await db1.sql.write(async (tx) => {
      await tx.lockKey("sms:+86 138 'quoted' \\ key");
      await tx.get('SELECT 1 AS "one"');
      await tx.notify(EVENTS_CHANNEL, '{"n":"它\'s committed"}');
    });
    // BEGIN, lock, SELECT, NOTIFY, COMMIT: five statements in three round trips.
    expect(db1.sql.statements.count - statements0).toBe(5);
    expect(trips() - trips0).toBe(3);
    // A transaction that fails after its NOTIFY is rolled back and notifies nobody; the connection is reusable.
    await expect(
      db1.sql.write(async (tx) => {
        await tx.lockKey('sms:+8613800000000');
        await tx.notify(EVENTS_CHANNEL, '{"n":"rolled back"}');
        await tx.get('SELECT 1 / 0 AS "boom"');
      }),
    ).rejects.toThrow();
    await db1.sql.write((tx) => tx.notify(EVENTS_CHANNEL, '{"n":"alone"}'));
    for (let i = 0; i < 50 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(got).toEqual(['{"n":"它\'s committed"}', '{"n":"alone"}']);
  });

  it("a known reporter's next message is stored in two round trips; duplicates and races still resolve once", async () => {
    const [db1, db2] = await databases();
    const a = new SqlIntakeStore(db1.sql, defaultFlow, newId);
    const b = new SqlIntakeStore(db2.sql, defaultFlow, newId);
    const sender = '+8613800000077';
    expect((await a.storeInbound(message(sender, 'SM-k1', 'first'))).kind).toBe('new');
    const trips = db1.sql.statements.roundTrips ?? NaN;
    const second = await a.storeInbound(message(sender, 'SM-k2', 'second'));
    expect(second.kind).toBe('new');
    expect((db1.sql.statements.roundTrips ?? NaN) - trips).toBe(2);
    expect((await a.storeInbound(message(sender, 'SM-k2', 'second'))).kind).toBe('duplicate');
    // The same provider id reaching two processes at once is stored once; the other gets the duplicate.
    for (let i = 0; i < 10; i++) {
      const id = `SM-race-${i}`;
      const results = await Promise.all([
        a.storeInbound(message(sender, id, 'raced')),
        b.storeInbound(message(sender, id, 'raced')),
      ]);
      expect(results.map((r) => r.kind).sort()).toEqual(['duplicate', 'new']);
    }
    const n = await db1.sql.read.get<{ n: number }>(
      'SELECT COUNT(*) AS "n" FROM "InboundMessage" WHERE "providerMessageId" LIKE \'SM-race-%\'',
    );
    expect(Number(n?.n)).toBe(10);
  });
});
