/**
 * Repeat-report clusters (INCIDENT.md rule 10): reports from different senders, of the same category, within
 * 500 m of each other or at the same normalised place text, made within 60 minutes of each other, share a
 * `clusterId`. Incidents are never merged or suppressed: the cluster is only a link shown to dispatch.
 *
 * The rule runs inside the transaction that writes an incident's category or place (a hook on the intake
 * store's write), so it cannot be lost. A call-taker's manual link or unlink (IncidentDispatch.clusterManual)
 * wins over the rule for that incident.
 *
 * The hook also re-applies a call-taker's category / priority decision to the state the flow writes.
 */
import { UNKNOWN, type Category, type Datum, type Priority } from '../core/incident.js';
import type { IncidentRecord } from '../core/ports.js';
import { distanceM, toWgs84 } from '../dispatch/coords.js';
import type { PersistHooks } from './intake-store.js';
import { applyDecision } from './records.js';
import { normalisePlace, placeKey } from './place-key.js';
import { row, type Param, type SqlRunner, type SqlTx } from './sql/types.js';

export const CLUSTER_RADIUS_M = 500;
export const CLUSTER_WINDOW_MS = 60 * 60_000;

/** Location text that names a place (not the flow's "unknown"). */
function placeText(text: string | null): string | null {
  return text && text !== UNKNOWN ? text : null;
}

interface Candidate {
  id: string;
  reporterId: string;
  category: string | null;
  lat: number | null;
  lon: number | null;
  datum: string | null;
  locationText: string | null;
  clusterId: string | null;
  createdAt: unknown;
  clusterManual: unknown;
}

const CANDIDATE_COLUMNS =
  'i."id", i."reporterId", i."category", i."lat", i."lon", i."datum", i."locationText", i."clusterId", i."createdAt", ' +
  'd."clusterManual"';

function point(c: Pick<Candidate, 'lat' | 'lon' | 'datum'>) {
  if (c.lat === null || c.lon === null) return null;
  try {
    return toWgs84({ lat: Number(c.lat), lon: Number(c.lon), datum: (c.datum ?? 'WGS84') as Datum });
  } catch {
    return null;
  }
}

/** Whether two incidents' places match under the rule (distance first, place text otherwise). */
export function samePlace(
  a: Pick<Candidate, 'lat' | 'lon' | 'datum' | 'locationText'>,
  b: Pick<Candidate, 'lat' | 'lon' | 'datum' | 'locationText'>,
): boolean {
  return placeMatcher(a)(b);
}

/** Place texts seen recently, normalised: the rule compares one incident with every candidate of the last hour. */
const normalised = new Map<string, string>();
function normalisedPlace(text: string): string {
  let n = normalised.get(text);
  if (n === undefined) {
    if (normalised.size >= 4096) normalised.clear();
    n = normalisePlace(text);
    normalised.set(text, n);
  }
  return n;
}

/** `samePlace(a, ·)` with `a`'s point and place text worked out once. */
function placeMatcher(
  a: Pick<Candidate, 'lat' | 'lon' | 'datum' | 'locationText'>,
): (b: Pick<Candidate, 'lat' | 'lon' | 'datum' | 'locationText'>) => boolean {
  const pa = point(a);
  const ta = placeText(a.locationText);
  const na = ta ? normalisedPlace(ta) : null;
  return (b) => {
    if (pa) {
      const pb = point(b);
      if (pb && distanceM(pa, pb) <= CLUSTER_RADIUS_M) return true;
    }
    if (na === null || na.length === 0) return false;
    const tb = placeText(b.locationText);
    return tb !== null && na === normalisedPlace(tb);
  };
}

/** Degrees of latitude that cover the rule's radius and the largest shift between two datums' coordinates. */
const BOX_DEG = 0.03;

interface Branch {
  sql: string;
  params: Param[];
}

/**
 * The SQL conditions under which a candidate may be at `me`'s place (see assignCluster), one per way it can match:
 * coordinates within a box, the same place key, or no key (a row written before place keys). Empty if it has none.
 */
function placeBranches(me: Candidate, legacy: boolean): Branch[] {
  const branches: Branch[] = [];
  if (me.lat !== null && me.lon !== null) {
    const lat = Number(me.lat);
    const lon = Number(me.lon);
    const dLon = BOX_DEG / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
    branches.push({
      sql: 'i."lat" BETWEEN ? AND ? AND i."lon" BETWEEN ? AND ?',
      params: [lat - BOX_DEG, lat + BOX_DEG, lon - dLon, lon + dLon],
    });
  }
  const key = placeKey(me.locationText);
  if (key !== '') {
    branches.push({ sql: 'i."placeKey" = ?', params: [key] });
    if (legacy) branches.push({ sql: 'i."placeKey" IS NULL AND i."locationText" IS NOT NULL', params: [] });
  }
  return branches;
}

/** The earlier of two candidates in the rule's order (createdAt, then id). */
function older(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (a === null || b === null) return a ?? b;
  const ta = row.date(a.createdAt).getTime();
  const tb = row.date(b.createdAt).getTime();
  return ta < tb || (ta === tb && a.id < b.id) ? a : b;
}

/**
 * Applies the rule to one incident: joins it to the cluster of the matching incidents (the oldest
 * cluster among them, or a new one), or takes it out of a cluster it no longer matches. Returns its clusterId.
 */
export async function assignCluster(
  tx: SqlRunner,
  incidentId: string,
  newId: () => string,
  /** Whether rows written before place keys may be in the store (false once none is left: one query fewer). */
  legacy = true,
): Promise<string | null> {
  const me = await tx.get<Candidate>(
    `SELECT ${CANDIDATE_COLUMNS} FROM "Incident" i LEFT JOIN "IncidentDispatch" d ON d."incidentId" = i."id" WHERE i."id" = ?`,
    [incidentId],
  );
  if (!me) return null;
  if (row.bool(me.clusterManual)) return me.clusterId;
  const hasPlace = (me.lat !== null && me.lon !== null) || placeText(me.locationText) !== null;
  if (!me.category || !hasPlace) {
    if (me.clusterId) await setCluster(tx, incidentId, null);
    return null;
  }
  const at = row.date(me.createdAt).getTime();
  const near = placeMatcher(me);
  // The reports elsewhere are skipped in the database: the same place key (index (category, placeKey, createdAt,
  // clusterId): a seek), coordinates within a box wide enough for the rule's radius and the shift between datums
  // (GCJ-02 and BD-09 move a point up to ~1.5 km; index (category, createdAt, clusterId, placeKey, lat, lon): no row
  // read for the others), or a row written before place keys. `near` then decides exactly; the sender and the
  // incident itself are left out in code.
  const branches = placeBranches(me, legacy);
  if (branches.length === 0) {
    if (me.clusterId) await setCluster(tx, incidentId, null);
    return null;
  }
  const window = 'i."category" = ? AND i."createdAt" >= ? AND i."createdAt" <= ?';
  const windowParams: Param[] = [me.category, new Date(at - CLUSTER_WINDOW_MS), new Date(at + CLUSTER_WINDOW_MS)];
  const other = (c: Candidate) => c.id !== incidentId && c.reporterId !== me.reporterId;
  // The matching incidents in no cluster yet all join this one (a call-taker's unlink excepted).
  const loose = (
    await tx.all<Candidate>(
      `SELECT ${CANDIDATE_COLUMNS} FROM "Incident" i LEFT JOIN "IncidentDispatch" d ON d."incidentId" = i."id" ` +
        `WHERE ${window} AND (${branches.map((b) => `(${b.sql})`).join(' OR ')}) AND i."clusterId" IS NULL`,
      [...windowParams, ...branches.flatMap((b) => b.params)],
    )
  ).filter((c) => other(c) && !row.bool(c.clusterManual) && near(c));
  // Of the matching incidents in a cluster, only the oldest counts: its cluster is the one to join. Each way of
  // matching is read oldest first, a page at a time, until one matches. A surge at one place (hundreds of reports of
  // one fire in an hour) is one cluster whose oldest member matches at once; reading every member of the hour for
  // every new report made the rule O(n) per report, O(n²) per surge.
  let oldest: Candidate | null = null;
  for (const branch of branches) {
    // Once a way of matching found one, the next ones only look for an older one.
    const before = oldest === null ? null : { createdAt: row.date(oldest.createdAt), id: oldest.id };
    let after: { createdAt: Date; id: string } | null = null;
    // Most candidates a branch returns match (the same key always does): a first page of 4 (the reporter's own
    // earlier reports are the ones skipped), then 16, 64 ...
    for (let page = 4; ; page = Math.min(page * 4, 1024)) {
      const rows: Candidate[] = await tx.all<Candidate>(
        `SELECT ${CANDIDATE_COLUMNS} FROM "Incident" i LEFT JOIN "IncidentDispatch" d ON d."incidentId" = i."id" ` +
          `WHERE ${branch.sql} AND ${window} AND i."clusterId" IS NOT NULL` +
          (after ? ' AND (i."createdAt" > ? OR (i."createdAt" = ? AND i."id" > ?))' : '') +
          (before ? ' AND (i."createdAt" < ? OR (i."createdAt" = ? AND i."id" < ?))' : '') +
          ' ORDER BY i."createdAt", i."id" LIMIT ?',
        [
          ...branch.params,
          ...windowParams,
          ...(after ? [after.createdAt, after.createdAt, after.id] : []),
          ...(before ? [before.createdAt, before.createdAt, before.id] : []),
          page,
        ],
      );
      const match = rows.find((c) => other(c) && near(c)) ?? null;
      if (match !== null) {
        oldest = older(oldest, match);
        break;
      }
      const last = rows[rows.length - 1];
      if (rows.length < page || !last) break;
      after = { createdAt: row.date(last.createdAt), id: last.id };
    }
  }
  const joined = oldest?.clusterId ?? null;
  if (loose.length === 0 && joined === null) {
    if (me.clusterId) await setCluster(tx, incidentId, null);
    return null;
  }
  const clusterId = joined ?? me.clusterId ?? newId();
  if (me.clusterId !== clusterId) await setCluster(tx, incidentId, clusterId);
  for (const m of loose) await setCluster(tx, m.id, clusterId);
  return clusterId;
}

/** A call-taker links `a` to `b`'s cluster (made from the two if `b` has none). */
export async function linkClusters(tx: SqlRunner, a: string, b: string, newId: () => string): Promise<string> {
  const other = await tx.get<{ clusterId: string | null }>('SELECT "clusterId" FROM "Incident" WHERE "id" = ?', [b]);
  const clusterId = other?.clusterId ?? newId();
  if (!other?.clusterId) await setCluster(tx, b, clusterId);
  await setCluster(tx, a, clusterId);
  return clusterId;
}

/** A call-taker takes `a` out of its cluster; returns the cluster it left. */
export async function unlinkCluster(tx: SqlRunner, a: string): Promise<string | null> {
  const me = await tx.get<{ clusterId: string | null }>('SELECT "clusterId" FROM "Incident" WHERE "id" = ?', [a]);
  await setCluster(tx, a, null);
  return me?.clusterId ?? null;
}

async function setCluster(tx: SqlRunner, incidentId: string, clusterId: string | null): Promise<void> {
  await tx.run('UPDATE "Incident" SET "clusterId" = ? WHERE "id" = ?', [clusterId, incidentId]);
}

/** The incidents of a cluster, oldest first. */
export async function clusterMembers(db: SqlRunner, clusterId: string): Promise<{ id: string; reference: string }[]> {
  return db.all<{ id: string; reference: string }>(
    'SELECT "id", "reference" FROM "Incident" WHERE "clusterId" = ? ORDER BY "createdAt", "id"',
    [clusterId],
  );
}

/** The hooks the gateway installs on the intake store: decisions re-applied, then the cluster rule. */
export function consoleHooks(newId: () => string): PersistHooks {
  /**
   * Rows written before place keys, per category: checked once (a seek on the candidates' index), and once there are
   * none there never are again.
   */
  const legacy = new Map<string, boolean>();
  /** Writes whose category or place changed: only those run the cluster rule (an earlier incident joins a
   * cluster when a later one matches it, so an unchanged incident has nothing to recompute). */
  const placeChanged = new WeakSet<IncidentRecord>();
  /** The incident's cluster as read before the write (the write does not change it). */
  const clusterBefore = new WeakMap<IncidentRecord, string | null>();
  return {
    async beforeWrite(tx: SqlTx, incident: IncidentRecord, isNew: boolean): Promise<IncidentRecord> {
      // A new incident has no row yet, hence no dispatcher decision and no cluster: nothing to read.
      const r = isNew
        ? undefined
        : await tx.get<{
            category: string | null;
            lat: number | null;
            lon: number | null;
            locationText: string | null;
            dCategory: string | null;
            dPriority: string | null;
            clusterId: string | null;
          }>(
            'SELECT i."category", i."lat", i."lon", i."locationText", i."clusterId", d."category" AS "dCategory", ' +
              'd."priority" AS "dPriority" ' +
              'FROM "Incident" i LEFT JOIN "IncidentDispatch" d ON d."incidentId" = i."id" WHERE i."id" = ?',
            [incident.id],
          );
      const decision = {
        category: (r?.dCategory ?? null) as Category | null,
        priority: (r?.dPriority ?? null) as Priority | null,
      };
      const out =
        decision.category || decision.priority
          ? { ...incident, state: applyDecision(incident.state, decision) }
          : incident;
      const s = out.state;
      const place = s.elements.location?.value ?? null;
      if (
        !r ||
        r.category !== s.category ||
        (r.lat === null ? null : Number(r.lat)) !== (s.point?.lat ?? null) ||
        (r.lon === null ? null : Number(r.lon)) !== (s.point?.lon ?? null) ||
        r.locationText !== place
      ) {
        placeChanged.add(out);
        clusterBefore.set(out, r?.clusterId ?? null);
      }
      return out;
    },
    async afterWrite(tx: SqlTx, incident: IncidentRecord): Promise<void> {
      if (!placeChanged.has(incident)) return;
      const s = incident.state;
      // Nothing to cluster on yet, and no cluster to leave: most messages of a report in progress cost nothing.
      if (!s.category || (!s.point && !s.elements.location?.value)) {
        if (!clusterBefore.get(incident)) return;
      }
      const category = s.category ?? '';
      let old = legacy.get(category);
      if (old === undefined) {
        const row = await tx.get(
          'SELECT 1 AS "x" FROM "Incident" WHERE "category" = ? AND "placeKey" IS NULL LIMIT 1',
          [category],
        );
        old = row !== undefined;
        legacy.set(category, old);
      }
      await assignCluster(tx, incident.id, newId, old);
    },
  };
}
