/**
 * SQLite through better-sqlite3: two connections on one file. The writer is used only by the group committer
 * (every write job of the process joins the next transaction: one fsync for many messages, each job in its own
 * savepoint); the reader serves every read and, thanks to WAL, sees the last commit while the writer works.
 * `synchronous=FULL`: a commit is on disk before anything is acknowledged. One process owns the file.
 *
 * better-sqlite3 is synchronous, so a statement never yields to the event loop; the committer yields once
 * before each batch so that concurrent requests can queue their jobs into it (see group-commit.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { GroupCommitter } from '../group-commit.js';
import type { Param, RunResult, SqlDatabase, SqlRunner, SqlTx } from './types.js';

type Statement = Database.Statement<unknown[], unknown>;

/** Prisma's storage of DateTime in SQLite (ISO text with an explicit offset), kept so both read the same rows. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}

function bind(params: readonly Param[]): unknown[] {
  return params.map((p) => (p instanceof Date ? sqliteDate(p) : typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

class Connection implements SqlRunner {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly db: Database.Database,
    readonly counter: { count: number } = { count: 0 },
  ) {}

  private prepare(sql: string): Statement {
    this.counter.count += 1;
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Whether the statement only reads (better-sqlite3 knows it once the statement is prepared). */
  readsOnly(sql: string): boolean {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s.readonly;
  }

  allSync<T>(sql: string, params: readonly Param[] = []): T[] {
    return this.prepare(sql).all(...bind(params)) as T[];
  }

  all<T extends object>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    try {
      return Promise.resolve(this.allSync<T>(sql, params));
    } catch (err) {
      return Promise.reject(asError(err));
    }
  }

  get<T extends object>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    try {
      return Promise.resolve(this.prepare(sql).get(...bind(params)) as T | undefined);
    } catch (err) {
      return Promise.reject(asError(err));
    }
  }

  run(sql: string, params: readonly Param[] = []): Promise<RunResult> {
    try {
      const r = this.prepare(sql).run(...bind(params));
      return Promise.resolve({ changes: r.changes });
    } catch (err) {
      return Promise.reject(asError(err));
    }
  }
}

export interface SqliteDatabase extends SqlDatabase {
  readonly file: string;
  /** The writer connection's own statements, outside the committer (migrations at start, tests). */
  readonly writer: Connection;
}

export function openSqlite(file: string): SqliteDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const writerDb = new Database(file);
  // WAL lets the reader see the last commit while the writer works; FULL makes each commit durable before
  // it is acknowledged. busy_timeout covers the reader's short waits on checkpoints.
  writerDb.pragma('journal_mode = WAL');
  writerDb.pragma('synchronous = FULL');
  writerDb.pragma('busy_timeout = 5000');
  writerDb.pragma('foreign_keys = ON');
  // Page caches: better-sqlite3 builds SQLite with 16 MB per connection (SQLITE_DEFAULT_CACHE_SIZE=-16000),
  // which a database of 100,000 incidents fills on both connections once any scan has run (console, exports),
  // and keeps. The writer's cache survives its own commits: 4 MB holds the hot index pages. The reader's is
  // dropped whenever the writer commits (WAL), so a larger one never pays: 1 MB. Pages beyond are read back
  // from the operating system's file cache.
  writerDb.pragma('cache_size = -4000');
  const readerDb = new Database(file);
  readerDb.pragma('busy_timeout = 5000');
  readerDb.pragma('cache_size = -1000');
  const statements = { count: 0 };
  const writer = new Connection(writerDb, statements);
  const readerOnly = new Connection(readerDb, statements);
  // Reads go to the writer connection whenever it has no transaction open (almost always: a batch holds one
  // only while its jobs run, without yielding to I/O), so they see exactly the last commit, as the reader
  // does. The reader connection is kept for reads issued while a batch is open: a read there cannot see the
  // batch's uncommitted writes. Why: after every commit of the writer the reader's page cache is stale and
  // its next statements reload their pages (bench: 40-120 µs per read on the reader, 4-8 µs on the writer).
  const readOn = (sql: string): Connection => {
    if (writerDb.inTransaction) return readerOnly;
    try {
      return writer.readsOnly(sql) ? writer : readerOnly;
    } catch {
      return readerOnly; // a statement that does not prepare fails there, as a rejected promise
    }
  };
  const reader: SqlRunner = {
    dialect: 'sqlite',
    all: (sql, params) => readOn(sql).all(sql, params),
    get: (sql, params) => readOn(sql).get(sql, params),
    // Never a write outside the committer: a statement through `read` that writes stays on the reader.
    run: (sql, params) => readerOnly.run(sql, params),
  };

  const listeners = new Map<string, Set<(payload: string) => void>>();
  const committer = new GroupCommitter<Connection>(
    async (work) => {
      statements.count += 2; // BEGIN and COMMIT
      writerDb.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(writer);
        writerDb.exec('COMMIT');
        return result;
      } catch (err) {
        if (writerDb.inTransaction) writerDb.exec('ROLLBACK');
        throw err;
      }
    },
    200,
    {
      exec: (conn, sql) => {
        statements.count += 1;
        return Promise.resolve(conn.db.exec(sql));
      },
    },
  );

  function deliver(notes: [string, string][]): void {
    for (const [channel, payload] of notes) {
      for (const l of listeners.get(channel) ?? []) {
        try {
          l(payload);
        } catch {
          // A listener's failure is its own.
        }
      }
    }
  }

  return {
    dialect: 'sqlite',
    // One process owns the file: claims left by a killed run are released at start (releaseAllClaims).
    owner: crypto.randomUUID(),
    file,
    writer,
    read: reader,
    async write<T>(job: (tx: SqlTx) => Promise<T>): Promise<T> {
      const notes: [string, string][] = [];
      const result = await committer.submit((conn) => {
        notes.length = 0; // a job is run again alone if its batch's commit failed
        const tx: SqlTx = {
          dialect: 'sqlite',
          all: (sql, params) => conn.all(sql, params),
          get: (sql, params) => conn.get(sql, params),
          run: (sql, params) => conn.run(sql, params),
          later: async (sql, params) => {
            await conn.run(sql, params);
          },
          // One writer per file: the committer already serialises every write.
          lockKey: () => Promise.resolve(),
          notify: (channel, payload) => {
            notes.push([channel, payload]);
            return Promise.resolve();
          },
        };
        return job(tx);
      });
      if (notes.length > 0) deliver(notes);
      return result;
    },
    listen(channel, onPayload) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(onPayload);
      return Promise.resolve(() => set.delete(onPayload));
    },
    idle: () => committer.idle(),
    get stats() {
      return committer.stats;
    },
    statements,
    async close() {
      await committer.idle();
      readerDb.close();
      writerDb.close();
    },
  };
}
