/**
 * Statistics for the console and GET /api/v1/stats: volume by hour (UTC), category, channel and priority;
 * repeat reporters and repeat places by category (the "solve at source" lists); hotspots by area; clusters;
 * median times to complete and to dispatch. Reporter identities leave this module hashed and masked only.
 */
import crypto from 'node:crypto';
import type { Datum } from '../core/incident.js';
import { toWgs84 } from '../dispatch/coords.js';
import { normalisePlace } from './place-key.js';
import { row, type SqlRunner } from './sql/types.js';

/** The most incidents one statistics request reads. */
export const STATS_MAX_INCIDENTS = 100_000;
const COORDINATES = /^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/;
/** Hotspot grid: 0.01° (about 1.1 km north-south). */
const GRID = 0.01;

export interface Count<K extends string> {
  key: K | string;
  count: number;
}

export interface Stats {
  from: string;
  to: string;
  total: number;
  truncated: boolean;
  byHour: { hour: number; count: number }[];
  byCategory: Count<string>[];
  byChannel: Count<string>[];
  byPriority: Count<string>[];
  repeatReporters: {
    reporter: string;
    masked: string;
    channel: string;
    category: string;
    count: number;
    last: string;
  }[];
  repeatPlaces: { place: string; category: string; count: number; last: string }[];
  hotspots: { lat: number; lon: number; count: number }[];
  clusters: { clusters: number; incidents: number };
  medians: { toCompleteS: number | null; toDispatchS: number | null; completed: number; dispatched: number };
}

interface StatsRow {
  id: string;
  reporterId: string;
  channel: string;
  sender: string;
  category: string | null;
  priority: string;
  locationText: string | null;
  lat: number | null;
  lon: number | null;
  datum: string | null;
  clusterId: string | null;
  createdAt: unknown;
  completedAt: unknown;
  firstDispatch: unknown;
}

/** A stable pseudonym for a reporter (no address can be read back from it). */
export function reporterHash(channel: string, sender: string): string {
  return crypto.createHash('sha256').update(`${channel}:${sender}`).digest('hex').slice(0, 10);
}

/** An address with all but its last four characters hidden ("•••8000"). */
export function maskSender(sender: string): string {
  const tail = sender.slice(-4);
  return sender.length <= 4 ? '••••' : `•••${tail}`;
}

export async function readStats(db: SqlRunner, from: Date, to: Date): Promise<Stats> {
  const rows = await db.all<StatsRow>(
    'SELECT i."id", i."reporterId", i."channel", i."sender", i."category", i."priority", i."locationText", i."lat", ' +
      'i."lon", i."datum", i."clusterId", i."createdAt", i."completedAt", o."firstDispatch" FROM "Incident" i ' +
      'LEFT JOIN (SELECT "incidentId", MIN("createdAt") AS "firstDispatch" FROM "OutboxItem" GROUP BY "incidentId") o ' +
      'ON o."incidentId" = i."id" WHERE i."createdAt" >= ? AND i."createdAt" < ? ORDER BY i."createdAt" LIMIT ?',
    [from, to, STATS_MAX_INCIDENTS + 1],
  );
  const truncated = rows.length > STATS_MAX_INCIDENTS;
  if (truncated) rows.pop();

  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }));
  const category = new Map<string, number>();
  const channel = new Map<string, number>();
  const priority = new Map<string, number>();
  const reporters = new Map<string, { channel: string; sender: string; category: string; count: number; last: Date }>();
  const places = new Map<string, { place: string; category: string; count: number; last: Date }>();
  const cells = new Map<string, { lat: number; lon: number; count: number }>();
  const clusters = new Map<string, number>();
  const toComplete: number[] = [];
  const toDispatch: number[] = [];

  for (const r of rows) {
    const created = row.date(r.createdAt);
    byHour[created.getUTCHours()]!.count++;
    const cat = r.category ?? 'uncategorised';
    bump(category, cat);
    bump(channel, r.channel);
    bump(priority, r.priority);

    const rk = `${r.reporterId}|${cat}`;
    const rep = reporters.get(rk) ?? { channel: r.channel, sender: r.sender, category: cat, count: 0, last: created };
    rep.count++;
    if (created > rep.last) rep.last = created;
    reporters.set(rk, rep);

    // Coordinates written as text are counted by area (hotspots), not as a place name.
    if (r.locationText && r.locationText !== 'unknown' && !COORDINATES.test(r.locationText)) {
      const norm = normalisePlace(r.locationText);
      if (norm) {
        const pk = `${norm}|${cat}`;
        const p = places.get(pk) ?? { place: r.locationText, category: cat, count: 0, last: created };
        p.count++;
        if (created > p.last) p.last = created;
        places.set(pk, p);
      }
    }
    if (r.lat !== null && r.lon !== null) {
      try {
        const w = toWgs84({ lat: Number(r.lat), lon: Number(r.lon), datum: (r.datum ?? 'WGS84') as Datum });
        const lat = Math.floor(w.lat / GRID) * GRID + GRID / 2;
        const lon = Math.floor(w.lon / GRID) * GRID + GRID / 2;
        const ck = `${lat.toFixed(3)},${lon.toFixed(3)}`;
        const c = cells.get(ck) ?? { lat: Number(lat.toFixed(3)), lon: Number(lon.toFixed(3)), count: 0 };
        c.count++;
        cells.set(ck, c);
      } catch {
        // A stored point out of range is not a hotspot.
      }
    }
    if (r.clusterId) bump(clusters, r.clusterId);
    const completed = row.dateOrNull(r.completedAt);
    if (completed) toComplete.push((completed.getTime() - created.getTime()) / 1000);
    const dispatched = row.dateOrNull(r.firstDispatch);
    if (dispatched) toDispatch.push((dispatched.getTime() - created.getTime()) / 1000);
  }

  const clustered = [...clusters.values()].filter((n) => n > 1);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    total: rows.length,
    truncated,
    byHour,
    byCategory: counts(category),
    byChannel: counts(channel),
    byPriority: [...priority.entries()]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    repeatReporters: [...reporters.values()]
      .filter((r) => r.count > 1)
      .sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime())
      .slice(0, 200)
      .map((r) => ({
        reporter: reporterHash(r.channel, r.sender),
        masked: maskSender(r.sender),
        channel: r.channel,
        category: r.category,
        count: r.count,
        last: r.last.toISOString(),
      })),
    repeatPlaces: [...places.values()]
      .filter((p) => p.count > 1)
      .sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime())
      .slice(0, 200)
      .map((p) => ({ place: p.place, category: p.category, count: p.count, last: p.last.toISOString() })),
    hotspots: [...cells.values()].sort((a, b) => b.count - a.count).slice(0, 20),
    clusters: { clusters: clustered.length, incidents: clustered.reduce((a, b) => a + b, 0) },
    medians: {
      toCompleteS: median(toComplete),
      toDispatchS: median(toDispatch),
      completed: toComplete.length,
      dispatched: toDispatch.length,
    },
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function counts(map: Map<string, number>): { key: string; count: number }[] {
  return [...map.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** CSV of one "solve at source" list (RFC 4180 quoting; cells that a spreadsheet would run as formulas are defused). */
export function statsCsv(stats: Stats, list: 'reporters' | 'places'): string {
  const lines: string[][] =
    list === 'reporters'
      ? [
          ['reporter', 'masked', 'channel', 'category', 'count', 'last'],
          ...stats.repeatReporters.map((r) => [r.reporter, r.masked, r.channel, r.category, String(r.count), r.last]),
        ]
      : [
          ['place', 'category', 'count', 'last'],
          ...stats.repeatPlaces.map((p) => [p.place, p.category, String(p.count), p.last]),
        ];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
