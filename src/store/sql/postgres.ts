/**
 * PostgreSQL through pg: a pool for transactions and reads, and one dedicated connection that LISTENs, so a
 * change committed by any gateway process reaches this process's subscribers. Concurrency is the database's
 * job: a write takes `pg_advisory_xact_lock` on the key it decides for (one reporter), claims use
 * `FOR UPDATE SKIP LOCKED`, updates compare-and-set a version. `synchronous_commit` is left on: a commit is
 * durable before anything is acknowledged.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import {
  ownerLock,
  type Param,
  type RunResult,
  type SqlDatabase,
  type SqlRunner,
  type SqlTx,
  type WriteStats,
} from './types.js';

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

/** Timestamps are stored as UTC without a zone (Prisma's TIMESTAMP(3)): read them as UTC, whatever the TZ. */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === TIMESTAMP) return (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
  if (oid === TIMESTAMPTZ) return (s: string) => new Date(s);
  if (oid === INT8 || oid === NUMERIC) return (s: string) => Number(s);
  // pg's own overloads type the text parser loosely (any): name what it is.
  return (pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown)(oid, format);
}
const types = { getTypeParser };

/** `?` placeholders become `$1, $2…` (the SQL here never has a `?` inside a literal). */
const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let i = 0;
    out = sql.replace(/\?/g, () => `$${++i}`);
    numbered.set(sql, out);
  }
  return out;
}

/** Dates as ISO text: PostgreSQL ignores the zone for TIMESTAMP, keeping the UTC wall time (as Prisma does). */
function bind(params: readonly Param[]): unknown[] {
  return params.map((p) => (p instanceof Date ? p.toISOString() : p));
}

/**
 * A short statement name per SQL text: pg prepares each named statement once per connection and then only
 * binds it. Texts built with a variable number of values (multi-row inserts) would grow the set without
 * bound; past a cap they run unnamed.
 */
const names = new Map<string, string>();
const MAX_NAMED = 1000;
function nameOf(sql: string): string | undefined {
  let n = names.get(sql);
  if (!n && names.size < MAX_NAMED) {
    n = `s${names.size + 1}`;
    names.set(sql, n);
  }
  return n;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * A statement with its values written in as literals, for a simple query that carries several statements
 * (`tx.later`). Each value is a quoted literal of unknown type, which PostgreSQL types from where it stands
 * exactly as it types an untyped bound parameter; dates as ISO text, as `bind` sends them.
 */
function inline(client: pg.PoolClient, sql: string, params: readonly Param[] = []): string {
  let i = 0;
  const text = sql.replace(/\?/g, () => {
    const p = params[i++];
    if (p === null || p === undefined) return 'NULL';
    if (p instanceof Date) return client.escapeLiteral(p.toISOString());
    return client.escapeLiteral(String(p));
  });
  if (i !== params.length) throw new Error(`statement has ${i} placeholders for ${params.length} values`);
  return text;
}

function runner(
  q: Queryable,
  counter: { count: number; roundTrips: number },
): SqlRunner & { query: (sql: string, params?: readonly Param[]) => Promise<pg.QueryResult> } {
  const exec = async <T>(sql: string, params: readonly Param[] = []) => {
    counter.count += 1;
    counter.roundTrips += 1;
    return q.query<T & pg.QueryResultRow>({
      name: nameOf(sql),
      text: toPg(sql),
      values: bind(params),
    } as pg.QueryConfig);
  };
  return {
    dialect: 'postgres',
    query: (sql, params) => exec(sql, params),
    all: async <T extends object>(sql: string, params?: readonly Param[]) => (await exec<T>(sql, params)).rows as T[],
    get: async <T extends object>(sql: string, params?: readonly Param[]) =>
      (await exec<T>(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: readonly Param[]): Promise<RunResult> => ({
      changes: (await exec(sql, params)).rowCount ?? 0,
    }),
  };
}

export interface PostgresDatabase extends SqlDatabase {
  readonly pool: pg.Pool;
  readonly url: string;
  /** Resolves once this process holds its owner lock (the listener's session holds it). */
  holdOwner(): Promise<void>;
}

export interface PostgresOptions {
  /** Pooled connections (default 10). */
  max?: number;
}

export function openPostgres(url: string, opts: PostgresOptions = {}): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types });
  // An idle client that loses its connection emits here; without a handler the process would crash.
  pool.on('error', () => undefined);
  const stats: WriteStats = { commits: 0, jobs: 0, maxBatch: 1, failedJobs: 0 };
  const statements = { count: 0, roundTrips: 0 };
  const inFlight = new Set<Promise<unknown>>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listener: pg.Client | null = null;
  let listening: Promise<pg.Client> | null = null;
  let closed = false;
  const owner = crypto.randomUUID();

  async function connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url, types });
    client.on('notification', (msg) => {
      for (const l of listeners.get(msg.channel) ?? []) {
        try {
          l(msg.payload ?? '');
        } catch {
          // A listener's failure is its own.
        }
      }
    });
    client.on('error', () => {
      // Reconnect and listen again; notifications sent meanwhile are missed (subscribers re-read on reconnect).
      listener = null;
      listening = null;
      if (!closed) setTimeout(() => void ensureListener().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    // Held for the life of this session: while it is, this process's claims are not taken from it.
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [ownerLock(owner)]);
    for (const channel of listeners.keys()) await client.query(`LISTEN "${channel}"`);
    listener = client;
    return client;
  }

  function ensureListener(): Promise<pg.Client> {
    listening ??= connectListener();
    return listening;
  }

  /**
   * One transaction on a pooled connection. Every round trip costs the event loop a socket write and a read
   * (in a profile under the bench, socket writes were a fifth of the main thread), so statements ride on
   * others' round trips: BEGIN goes out with the transaction's first statement (one simple query, the lock key
   * or the statement's values written in as literals), statements whose result nobody reads (`tx.later`) with
   * the next one, and the notifications with COMMIT (`SELECT pg_notify(…); COMMIT`). Same statements, same
   * order, each with its own snapshot, one transaction: a NOTIFY is still delivered only if it commits, and a
   * failing statement still aborts the rest.
   */
  async function write<T>(job: (tx: SqlTx) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const base = runner(client, statements);
    let begun = false;
    const notes: [string, string][] = [];
    // Statements sent with the next round trip (`tx.later`), already written out with their values.
    const queued: string[] = [];
    /** What goes before a statement sent now: BEGIN if not sent yet, and the queued statements. */
    const prefix = (): string => {
      const head = (begun ? '' : 'BEGIN; ') + queued.map((q) => `${q}; `).join('');
      begun = true; // from here a failure leaves a transaction to roll back
      queued.length = 0;
      return head;
    };
    /**
     * One statement: prepared on its own once the transaction is open; the transaction's first statement, or
     * one behind queued statements, as the last of one simple query that carries BEGIN and the queue.
     */
    const exec = async (sql: string, params: readonly Param[] | undefined): Promise<pg.QueryResult> => {
      if (begun && queued.length === 0) return base.query(sql, params);
      statements.count += 1;
      statements.roundTrips += 1;
      const results = (await client.query(prefix() + inline(client, sql, params))) as unknown as
        pg.QueryResult | pg.QueryResult[];
      return Array.isArray(results) ? results[results.length - 1]! : results;
    };
    const tx: SqlTx = {
      dialect: 'postgres',
      all: async <R extends object>(sql: string, params?: readonly Param[]) => (await exec(sql, params)).rows as R[],
      get: async <R extends object>(sql: string, params?: readonly Param[]) =>
        (await exec(sql, params)).rows[0] as R | undefined,
      run: async (sql, params) => ({ changes: (await exec(sql, params)).rowCount ?? 0 }),
      later: (sql, params) => {
        statements.count += 1;
        queued.push(inline(client, sql, params));
        return Promise.resolve();
      },
      lockKey: async (key) => {
        statements.count += 1;
        statements.roundTrips += 1;
        const lock = `SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`;
        await client.query(prefix() + lock);
      },
      notify: (channel, payload) => {
        statements.count += 1;
        notes.push([channel, payload]);
        return Promise.resolve();
      },
    };
    let broken = false;
    statements.count += 2; // BEGIN and COMMIT (or ROLLBACK)
    try {
      const result = await job(tx);
      if (begun || notes.length > 0 || queued.length > 0) {
        const notify = notes.map(
          ([c, p]) => `SELECT pg_notify(${client.escapeLiteral(c)}, ${client.escapeLiteral(p)}); `,
        );
        statements.roundTrips += 1;
        await client.query(`${prefix()}${notify.join('')}COMMIT`);
      }
      stats.commits += 1;
      stats.jobs += 1;
      return result;
    } catch (err) {
      stats.failedJobs += 1;
      if (begun) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  return {
    dialect: 'postgres',
    owner,
    pool,
    url,
    read: runner(pool, statements),
    autocommit: runner(pool, statements),
    write<T>(job: (tx: SqlTx) => Promise<T>): Promise<T> {
      const p = write(job);
      inFlight.add(p);
      void p.then(
        () => inFlight.delete(p),
        () => inFlight.delete(p),
      );
      return p;
    },
    async holdOwner() {
      await ensureListener();
    },
    async listen(channel, onPayload) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      let set = listeners.get(channel);
      const isNew = !set;
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(onPayload);
      const client = await ensureListener();
      if (isNew && listener === client) await client.query(`LISTEN "${channel}"`);
      return () => set.delete(onPayload);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stats,
    statements,
    async close() {
      if (closed) return;
      closed = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      const l = listener;
      listener = null;
      if (l) await l.end().catch(() => undefined);
      await pool.end();
    },
  };
}
