/**
 * Opens the database named by DATABASE_URL and migrates it: `file:` is SQLite (embedded, one process),
 * `postgres://` is PostgreSQL (several gateway processes may share it). The stores talk to it through the
 * small SQL layer in ./sql; Prisma clients are opened only on demand, for inspection (tests, tools).
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/sqlite/client.js';
import { PrismaClient as PgPrismaClient } from '../generated/postgres/client.js';
import {
  migratePostgres,
  migrateSqlite,
  pendingMigrations,
  POSTGRES_MIGRATIONS,
  SQLITE_MIGRATIONS,
} from './migrate.js';
import { openPostgres } from './sql/postgres.js';
import { openSqlite } from './sql/sqlite.js';
import type { Dialect, SqlDatabase } from './sql/types.js';

/** A Prisma client on the database (the SQLite client's type; the PostgreSQL client has the same model API). */
export type Db = PrismaClient;

export interface Database {
  dialect: Dialect;
  /** What the stores use. */
  sql: SqlDatabase;
  /** Applied migrations match the files shipped with this version. */
  ready(): Promise<boolean>;
  /**
   * A Prisma client on the same database for inspection — tests and tools; the gateway never uses it.
   * Opened on first use (its own connection).
   */
  readonly reader: Db;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function openDatabase(url: string): Promise<Database> {
  if (isPostgresUrl(url)) {
    const sql = openPostgres(url);
    try {
      await migratePostgres(sql.pool);
    } catch (err) {
      await sql.close();
      throw err;
    }
    return withInspection(sql, POSTGRES_MIGRATIONS, () => {
      return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
    });
  }
  if (!url.startsWith('file:')) throw new Error('DATABASE_URL must start with file: (SQLite) or postgres://');
  const file = url.slice('file:'.length);
  const sql = openSqlite(file);
  try {
    migrateSqlite(sql.writer.db);
  } catch (err) {
    await sql.close();
    throw err;
  }
  return withInspection(
    sql,
    SQLITE_MIGRATIONS,
    () => new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) }),
  );
}

function withInspection(sql: SqlDatabase, migrations: string, open: () => Db): Database {
  let prisma: Db | null = null;
  return {
    dialect: sql.dialect,
    sql,
    ready: async () => (await pendingMigrations(sql.read, migrations)).length === 0,
    get reader(): Db {
      prisma ??= open();
      return prisma;
    },
    async close() {
      await sql.close();
      if (prisma) await prisma.$disconnect();
    },
  };
}
