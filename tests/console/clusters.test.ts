/**
 * INCIDENT.md rule 10 through the real intake and database: different senders, same category, within 500 m
 * or the same normalised place text, within 60 minutes -> one cluster (links.clusterId in the incident
 * JSON); never merged, never suppressed; a call-taker's link and unlink win over the rule.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/flow/engine.js';
import { assignCluster, consoleHooks } from '../../src/store/cluster-store.js';
import type { SqlRunner, SqlTx } from '../../src/store/sql/types.js';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';
import { northBy, sms } from './helpers.js';

const FIGHT = 'Two men are fighting outside the market';
const HERE = { lat: 34.25, lon: 108.94 };

let gw: TestGateway;
beforeEach(async () => {
  gw = await testGateway();
});
afterEach(async () => {
  await gw.stop();
});

async function clusterOf(id: string): Promise<string | null> {
  const res = await request(gw.app)
    .get(`/api/v1/incidents/${id}`)
    .set('Authorization', `Bearer ${API_TOKEN}`)
    .expect(200);
  return (res.body as { links: { clusterId: string | null } }).links.clusterId;
}

/** The gateway's reader, counting the rows its queries return; writing through it fails the test. */
function countingReader(noWrite: string): { runner: SqlRunner; rowsRead: () => number } {
  const db = gw.services!.db.sql.read;
  let rowsRead = 0;
  const runner: SqlRunner = {
    dialect: db.dialect,
    get: (sql, params) => db.get(sql, params),
    all: async <T extends object>(sql: string, params?: Parameters<SqlRunner['all']>[1]) => {
      const rows = await db.all<T>(sql, params);
      rowsRead += rows.length;
      return rows;
    },
    run: () => Promise.reject(new Error(`nothing to write: ${noWrite}`)),
  };
  return { runner, rowsRead: () => rowsRead };
}

describe('clusters (rule 10)', () => {
  it('clusters reports 499 m apart but not 501 m apart', async () => {
    const a = await sms(gw, '+8613800000001', FIGHT, HERE);
    const near = await sms(gw, '+8613800000002', FIGHT, { lat: HERE.lat + northBy(499), lon: HERE.lon });
    const far = await sms(gw, '+8613800000003', FIGHT, { lat: HERE.lat - northBy(501), lon: HERE.lon });
    const cluster = await clusterOf(a.incidentId);
    expect(cluster).not.toBeNull();
    expect(await clusterOf(near.incidentId)).toBe(cluster);
    expect(await clusterOf(far.incidentId)).toBeNull();
    // Never merged or suppressed: three incidents, each answered.
    expect(new Set([a.incidentId, near.incidentId, far.incidentId]).size).toBe(3);
    expect(far.replies.length).toBeGreaterThan(0);
  });

  it('clusters reports 59 minutes apart but not 61 minutes apart', async () => {
    const a = await sms(gw, '+8613800000001', FIGHT, HERE);
    gw.clock.advance(59 * 60);
    const b = await sms(gw, '+8613800000002', FIGHT, HERE);
    gw.clock.advance(2 * 60); // 61 minutes after a, 2 after b
    const c = await sms(gw, '+8613800000003', FIGHT, { lat: HERE.lat + northBy(600), lon: HERE.lon });
    const cluster = await clusterOf(a.incidentId);
    expect(cluster).not.toBeNull();
    expect(await clusterOf(b.incidentId)).toBe(cluster);
    // c is 600 m from a and b: no match by place.
    expect(await clusterOf(c.incidentId)).toBeNull();
    const d = await sms(gw, '+8613800000004', FIGHT, HERE); // 61 min after a, 2 min after b
    expect(await clusterOf(d.incidentId)).toBe(cluster); // joins through b
    const lonely = await testGateway();
    try {
      const x = await sms(lonely, '+8613800000001', FIGHT, HERE);
      lonely.clock.advance(61 * 60);
      const y = await sms(lonely, '+8613800000002', FIGHT, HERE);
      const get = (id: string) =>
        request(lonely.app).get(`/api/v1/incidents/${id}`).set('Authorization', `Bearer ${API_TOKEN}`);
      expect(((await get(x.incidentId)).body as { links: { clusterId: unknown } }).links.clusterId).toBeNull();
      expect(((await get(y.incidentId)).body as { links: { clusterId: unknown } }).links.clusterId).toBeNull();
    } finally {
      await lonely.stop();
    }
  });

  it('does not cluster two reports of the same sender', async () => {
    const first = await sms(gw, '+8613800000001', FIGHT, HERE);
    await gw.intake.dispatchStatus(first.incidentId, 'resolved');
    gw.clock.advance(60);
    const second = await sms(gw, '+8613800000001', FIGHT, HERE);
    expect(second.incidentId).not.toBe(first.incidentId);
    expect(await clusterOf(first.incidentId)).toBeNull();
    expect(await clusterOf(second.incidentId)).toBeNull();
  });

  it('does not cluster reports of different categories at the same place', async () => {
    const fight = await sms(gw, '+8613800000001', FIGHT, HERE);
    const fire = await sms(gw, '+8613800000002', 'There is a fire, smoke coming out of a shop', HERE);
    const a = await gw.reports.incident(fight.incidentId);
    const b = await gw.reports.incident(fire.incidentId);
    expect(a?.category).not.toBe(b?.category);
    expect(await clusterOf(fight.incidentId)).toBeNull();
    expect(await clusterOf(fire.incidentId)).toBeNull();
  });

  it('clusters by the same normalised place text without coordinates', async () => {
    const a = await sms(gw, '+8613800000001', '有人在钟楼打架');
    const b = await sms(gw, '+8613800000002', '钟楼 有人 打架！');
    const va = await gw.reports.incident(a.incidentId);
    const vb = await gw.reports.incident(b.incidentId);
    expect(va?.location.text).toBe('钟楼');
    expect(vb?.category).toBe(va?.category);
    const cluster = await clusterOf(a.incidentId);
    expect(cluster).not.toBeNull();
    expect(await clusterOf(b.incidentId)).toBe(cluster);
  });

  it('lets a call-taker unlink an incident, and the rule then leaves it alone', async () => {
    const a = await sms(gw, '+8613800000001', FIGHT, HERE);
    const b = await sms(gw, '+8613800000002', FIGHT, HERE);
    expect(await clusterOf(b.incidentId)).not.toBeNull();
    expect(await gw.services!.console.unlinkCluster(b.incidentId, 'alice', gw.clock.now())).toBe('ok');
    expect(await clusterOf(b.incidentId)).toBeNull();
    await sms(gw, '+8613800000002', '2'); // b's next message runs the rule again
    expect(await clusterOf(b.incidentId)).toBeNull();
    const far = await sms(gw, '+8613800000003', FIGHT, { lat: 35, lon: 109 });
    const ref = (await gw.reports.incident(a.incidentId))!.reference;
    expect(await gw.services!.console.linkCluster(far.incidentId, ref, 'alice', gw.clock.now())).toBe('ok');
    expect(await clusterOf(far.incidentId)).toBe(await clusterOf(a.incidentId));
    const events = await gw.reports.auditEvents(far.incidentId);
    expect(events.map((e) => e.type)).toContain('console_cluster_link');
  });

  it('joins the cluster of the oldest match even when more than a page of other clusters of the hour come first', async () => {
    const there = { lat: HERE.lat + northBy(3000), lon: HERE.lon };
    const here: string[] = [];
    for (let i = 0; i < 20; i++) {
      here.push((await sms(gw, `+86138000001${String(i).padStart(2, '0')}`, FIGHT, HERE)).incidentId);
      gw.clock.advance(1);
    }
    const b1 = await sms(gw, '+8613800000201', FIGHT, there);
    gw.clock.advance(1);
    const b2 = await sms(gw, '+8613800000202', FIGHT, there);
    gw.clock.advance(1);
    const b3 = await sms(gw, '+8613800000203', FIGHT, there);
    const hereCluster = await clusterOf(here[0]!);
    const thereCluster = await clusterOf(b1.incidentId);
    expect(hereCluster).not.toBeNull();
    expect(thereCluster).not.toBeNull();
    expect(thereCluster).not.toBe(hereCluster);
    expect(await clusterOf(here[19]!)).toBe(hereCluster);
    expect(await clusterOf(b2.incidentId)).toBe(thereCluster);
    expect(await clusterOf(b3.incidentId)).toBe(thereCluster);
  });

  it('a surge at one place: a new report reads a page of its cluster, not every report of the hour', async () => {
    for (let i = 0; i < 60; i++) {
      await sms(gw, `+86138000003${String(i).padStart(2, '0')}`, FIGHT, HERE);
      gw.clock.advance(1);
    }
    const last = await sms(gw, '+8613800000399', FIGHT, HERE);
    const cluster = await clusterOf(last.incidentId);
    expect(cluster).not.toBeNull();
    const counting = countingReader('every report is in the cluster already');
    expect(await assignCluster(counting.runner, last.incidentId, () => 'unused')).toBe(cluster);
    expect(counting.rowsRead()).toBeLessThanOrEqual(16);
  });

  it('reports of the hour at other places are skipped in the database, not read', async () => {
    // Sixty fights of the hour, each 5 km further north: none is near the new one.
    for (let i = 0; i < 60; i++) {
      await sms(gw, `+86138000004${String(i).padStart(2, '0')}`, FIGHT, {
        lat: HERE.lat + northBy(5_000 * (i + 1)),
        lon: HERE.lon,
      });
      gw.clock.advance(1);
    }
    const last = await sms(gw, '+8613800000499', FIGHT, HERE);
    expect(await clusterOf(last.incidentId)).toBeNull();
    const counting = countingReader('the report matches nothing');
    expect(await assignCluster(counting.runner, last.incidentId, () => 'unused')).toBeNull();
    // At most the report itself (its own row is in its box; it is left out in code).
    expect(counting.rowsRead()).toBeLessThanOrEqual(1);
  });

  it('rows written before place keys existed still cluster by their place text', async () => {
    // An older gateway's row: no placeKey. (A gateway checks once, at its first cluster rule, whether such rows
    // exist; this one started on an empty store, so the rule is called here as a gateway on an old store calls it.)
    const a = await sms(gw, '+8613800000011', '有人在钟楼打架');
    await gw.services!.db.sql.write((tx) =>
      tx.run('UPDATE "Incident" SET "placeKey" = NULL, "clusterId" = NULL WHERE "id" = ?', [a.incidentId]),
    );
    const b = await sms(gw, '+8613800000012', '钟楼 有人 打架！');
    const ids = ['cluster-1'];
    const cluster = await gw.services!.db.sql.write((tx) => assignCluster(tx, b.incidentId, () => ids.shift()!, true));
    expect(cluster).not.toBeNull();
    expect(await clusterOf(a.incidentId)).toBe(cluster);
    expect(await clusterOf(b.incidentId)).toBe(cluster);
  });

  it('a new incident is written without reading its (not yet existing) row first', async () => {
    const hooks = consoleHooks(() => 'unused');
    const incident = {
      id: 'new-incident',
      reference: 'R-1',
      token: 't',
      channel: 'sms' as const,
      sender: '+8613800000009',
      state: initialState({ lang: 'en', channelHasPhone: true, now: new Date().toISOString() }),
      createdAt: new Date().toISOString(),
      previousId: null,
      version: 0,
    };
    const reads: string[] = [];
    const tx = {
      dialect: 'sqlite' as const,
      get: (sql: string) => {
        reads.push(sql);
        return Promise.resolve(undefined);
      },
      all: () => Promise.resolve([]),
      run: () => Promise.resolve({ changes: 0 }),
      later: () => Promise.resolve(),
      lockKey: () => Promise.resolve(),
      notify: () => Promise.resolve(),
    } as unknown as SqlTx;
    expect(await hooks.beforeWrite(tx, incident, true)).toBe(incident);
    expect(reads).toEqual([]);
    await hooks.beforeWrite(tx, incident, false);
    expect(reads).toHaveLength(1);
  });
});
