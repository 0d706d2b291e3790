/**
 * The small SQL layer every store port is written against, so one implementation serves SQLite (the
 * embedded default, better-sqlite3) and PostgreSQL (pg). Prisma stays the schema, migration and type source
 * of truth (prisma/sqlite/schema.prisma, and the PostgreSQL schema generated from it); the hot path talks to the drivers directly with prepared statements,
 * because a query through Prisma's client costs ten to a hundred times more CPU (STACK.md).
 *
 * SQL is written once with `?` placeholders and the quoted camelCase identifiers Prisma's migrations create
 * ("InboundMessage"."providerMessageId"); the PostgreSQL runner numbers the placeholders. Values cross the
 * boundary as JS values: Dates and booleans are converted per dialect (SQLite keeps Prisma's storage:
 * ISO text "2026-11-29T10:00:00.000+00:00" and 0/1), and rows are read back through the `row` helpers.
 */

export type Dialect = 'sqlite' | 'postgres';

export type Param = string | number | boolean | null | Date;

/** What one statement changed. */
export interface RunResult {
  changes: number;
}

/** Statements on one connection: inside a write transaction, or plain reads. */
export interface SqlRunner {
  readonly dialect: Dialect;
  all<T extends object>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T extends object>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<RunResult>;
}

/** A write transaction. `lockKey` serialises writers of one key across processes (no-op where there is one writer). */
export interface SqlTx extends SqlRunner {
  lockKey(key: string): Promise<void>;
  /** Sent to every process's listener when the transaction commits (PostgreSQL NOTIFY; in-process for SQLite). */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * A statement whose result nobody reads (an insert, an update whose count does not matter), in this
   * transaction, in order with the others. SQLite runs it at once. PostgreSQL sends it with the transaction's
   * next round trip — its next statement, lock or COMMIT, as one simple query with the values written as
   * literals — so its failure surfaces there (the job or its commit fails, nothing is committed). Never for a
   * statement whose error the job catches.
   */
  later(sql: string, params?: readonly Param[]): Promise<void>;
}

export interface WriteStats {
  commits: number;
  jobs: number;
  maxBatch: number;
  failedJobs: number;
}

export interface SqlDatabase {
  readonly dialect: Dialect;
  /**
   * This process's id as the owner of claims (outbox leases). On PostgreSQL the process holds a session
   * advisory lock named after it for as long as it lives, so another process can tell a dead owner's claims
   * (its lock is free) from a live one's.
   */
  readonly owner: string;
  /**
   * Runs `job` in a write transaction and resolves after it committed. SQLite: the job joins a group commit
   * (one fsync for many concurrent jobs, each in its own savepoint); PostgreSQL: its own transaction on a
   * pooled connection. Jobs do database work only: no network, no waiting on anything else.
   */
  write<T>(job: (tx: SqlTx) => Promise<T>): Promise<T>;
  /** Reads outside any transaction (they see the last commit). */
  readonly read: SqlRunner;
  /**
   * PostgreSQL only: statements that are each their own transaction, durable when they return
   * (`synchronous_commit` on) — one round trip instead of BEGIN, the statement and COMMIT. For a write that
   * is one statement and needs no lock.
   */
  readonly autocommit?: SqlRunner;
  /** Delivers notifications sent by committed transactions, in this and (PostgreSQL) every other process. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => void>;
  /** Resolves when every write submitted so far has committed or failed. */
  idle(): Promise<void>;
  readonly stats: WriteStats;
  /**
   * SQL statements run so far on every connection: reads, writes and transaction control (metrics, bench);
   * PostgreSQL also counts the round trips they took (several statements can share one).
   */
  readonly statements: { count: number; roundTrips?: number };
  close(): Promise<void>;
}

/** Row helpers: the same value read back from either driver. */
export const row = {
  date(v: unknown): Date {
    if (v instanceof Date) return v;
    if (typeof v === 'string' || typeof v === 'number') return new Date(v);
    throw new Error(`not a date: ${String(v)}`);
  },
  dateOrNull(v: unknown): Date | null {
    return v === null || v === undefined ? null : row.date(v);
  },
  bool(v: unknown): boolean {
    return v === true || v === 1 || v === '1' || v === 't';
  },
  int(v: unknown): number {
    return typeof v === 'number' ? v : Number(v);
  },
  str(v: unknown): string {
    return typeof v === 'string' ? v : JSON.stringify(v);
  },
  strOrNull(v: unknown): string | null {
    return v === null || v === undefined ? null : row.str(v);
  },
  numOrNull(v: unknown): number | null {
    return v === null || v === undefined ? null : Number(v);
  },
};

/** `?, ?, ?` for n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** The advisory lock key a live process holds on PostgreSQL (see SqlDatabase.owner). */
export function ownerLock(owner: string): string {
  return `owner:${owner}`;
}
