/**
 * Seeds a gateway's SQLite file with many stored incidents, directly (the gateway is stopped): every row of a
 * few real incidents that the gateway itself made from complete conversations (the reporter, the incident,
 * its inbound and outbound messages, audit events, outbox items and their deliveries) is copied `count`
 * times with new ids, references, tokens and phone numbers, moved back in time (up to 90 days), delivered,
 * and with no flow timer armed, as old incidents are. Columns are read from the table itself, so a new
 * column is copied too.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';

type Row = Record<string, unknown>;

const DAY_MS = 86_400_000;

export interface SeedResult {
  incidents: number;
  rows: number;
  ms: number;
}

export function seedIncidents(file: string, count: number): SeedResult {
  const t0 = performance.now();
  const db = new Database(file);
  // Set-up only, nothing here is acknowledged to anyone: no journal (half the writes of WAL), no fsync, a
  // large cache for the index updates. The file goes back to WAL before the gateway opens it.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const columns = (table: string) =>
    (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  const inserter = (table: string, withoutId: boolean) => {
    const cols = columns(table).filter((c) => !(withoutId && c === 'id'));
    const stmt = db.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    return (r: Row) => stmt.run(...cols.map((c) => r[c]));
  };
  const insert = {
    reporter: inserter('Reporter', false),
    incident: inserter('Incident', false),
    inbound: inserter('InboundMessage', true),
    outbound: inserter('OutboundMessage', true),
    audit: inserter('AuditEvent', true),
    outbox: inserter('OutboxItem', true),
    delivery: inserter('OutboxDelivery', true),
  };

  const templates = db.prepare('SELECT * FROM "Incident" WHERE "status" <> \'collecting\'').all() as Row[];
  if (templates.length === 0) throw new Error('seed: no complete incident to copy');
  const byIncident = (table: string) => {
    const stmt = db.prepare(`SELECT * FROM "${table}" WHERE "incidentId" = ? ORDER BY "id"`);
    return (id: unknown) => stmt.all(id) as Row[];
  };
  const load = {
    reporter: db.prepare('SELECT * FROM "Reporter" WHERE "id" = ?'),
    inbound: byIncident('InboundMessage'),
    outbound: byIncident('OutboundMessage'),
    audit: byIncident('AuditEvent'),
    outbox: byIncident('OutboxItem'),
    delivery: byIncident('OutboxDelivery'),
  };
  const sets = templates.map((incident) => ({
    incident,
    reporter: load.reporter.get(incident.reporterId) as Row,
    inbound: load.inbound(incident.id),
    outbound: load.outbound(incident.id),
    audit: load.audit(incident.id),
    outbox: load.outbox(incident.id),
    delivery: load.delivery(incident.id),
  }));

  let rows = 0;
  const copyOne = (n: number) => {
    const t = sets[n % sets.length]!;
    const shift = DAY_MS + Math.floor(Math.random() * 89 * DAY_MS);
    const moved = (r: Row): Row => {
      const out: Row = { ...r };
      for (const [k, v] of Object.entries(r)) {
        if (k.endsWith('At') && typeof v === 'string') {
          out[k] = new Date(Date.parse(v) - shift).toISOString().replace('Z', '+00:00');
        }
      }
      return out;
    };
    const sender = `+86137${String(n).padStart(8, '0')}`;
    const oldSender = String(t.incident.sender);
    const incidentId = crypto.randomUUID();
    const reference = `S${String(n).padStart(7, '0')}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
    const swap = (s: unknown) =>
      typeof s === 'string'
        ? s
            .replaceAll(String(t.incident.id), incidentId)
            .replaceAll(String(t.incident.reference), reference)
            .replaceAll(oldSender, sender)
        : s;
    const reporterId = crypto.randomUUID();
    insert.reporter({ ...moved(t.reporter), id: reporterId, address: sender });
    insert.incident({
      ...moved(t.incident),
      id: incidentId,
      reference,
      token: crypto.randomBytes(18).toString('base64url'),
      reporterId,
      sender,
      state: swap(t.incident.state),
      timerDueAt: null,
      previousId: null,
      clusterId: null,
    });
    const inboundIds = new Map<unknown, number | bigint>();
    t.inbound.forEach((m, j) => {
      const r = insert.inbound({
        ...moved(m),
        providerMessageId: `SMseed${n}x${j}`,
        reporterId,
        incidentId,
        text: swap(m.text),
        replies: swap(m.replies),
      });
      inboundIds.set(m.id, r.lastInsertRowid);
    });
    for (const m of t.outbound) {
      insert.outbound({ ...moved(m), incidentId, inboundId: inboundIds.get(m.inboundId) ?? null, to: sender });
    }
    for (const e of t.audit) insert.audit({ ...moved(e), incidentId, data: swap(e.data) });
    const outboxIds = new Map<unknown, number | bigint>();
    for (const o of t.outbox) {
      const m = moved(o);
      const r = insert.outbox({
        ...m,
        incidentId,
        payload: swap(o.payload),
        deliveredAt: m.deliveredAt ?? m.createdAt,
      });
      outboxIds.set(o.id, r.lastInsertRowid);
    }
    for (const d of t.delivery) {
      const m = moved(d);
      insert.delivery({
        ...m,
        outboxId: outboxIds.get(d.outboxId),
        incidentId,
        deliveredAt: m.deliveredAt ?? m.createdAt,
        claimedBy: null,
      });
    }
    rows += 2 + t.inbound.length + t.outbound.length + t.audit.length + t.outbox.length + t.delivery.length;
  };
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) copyOne(n);
  });
  for (let n = 0; n < count; n += 2000) batch(n, Math.min(count, n + 2000));
  db.pragma('journal_mode = WAL');
  db.close();
  return { incidents: count, rows, ms: Math.round(performance.now() - t0) };
}
