/**
 * Opens the database named by DATABASE_URL and migrates it: `file:` is SQLite (embedded, one process),
 * `postgres://` is PostgreSQL (several gateway processes may share it). The stores talk to it through the
 * small SQL layer in ./sql; the gateway never loads Prisma's client at run time (tests use it to inspect).
 * The PostgreSQL layer (and the `pg` driver, 3 MB of heap) is loaded only when the URL names PostgreSQL.
 */
import {
  migratePostgres,
  migrateSqlite,
  pendingMigrations,
  POSTGRES_MIGRATIONS,
  SQLITE_MIGRATIONS,
} from './migrate.js';
import { openSqlite } from './sql/sqlite.js';
import type { Dialect, SqlDatabase } from './sql/types.js';

export interface Database {
  dialect: Dialect;
  /** What the stores use. */
  sql: SqlDatabase;
  /** Applied migrations match the files shipped with this version. */
  ready(): Promise<boolean>;
  /** Where it is: `file:…` or `postgres://…` as configured. */
  url: string;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function openDatabase(url: string): Promise<Database> {
  if (isPostgresUrl(url)) {
    const { openPostgres } = await import('./sql/postgres.js');
    const sql = openPostgres(url);
    try {
      await migratePostgres(sql.pool);
    } catch (err) {
      await sql.close();
      throw err;
    }
    return handle(sql, POSTGRES_MIGRATIONS, url);
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
  return handle(sql, SQLITE_MIGRATIONS, url);
}

function handle(sql: SqlDatabase, migrations: string, url: string): Database {
  return {
    dialect: sql.dialect,
    sql,
    url,
    ready: async () => (await pendingMigrations(sql.read, migrations)).length === 0,
    close: () => sql.close(),
  };
}
