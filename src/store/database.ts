/**
 * Opens the database named by DATABASE_URL. SQLite (the embedded default) gets two clients on one file:
 * a writer that only the group committer uses, and a reader for queries. The Prisma SQLite adapter has
 * one connection per client, and a query issued while an interactive transaction is open would run
 * inside it (dirty reads, writes lost on rollback: STACK.md), so reads never share the writer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/sqlite/client.js';
import { migrate } from './migrate.js';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  kind: 'sqlite';
  writer: Db;
  reader: Db;
  /** Applied migrations match the files shipped with this version. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/sqlite/migrations');

export async function openDatabase(url: string): Promise<Database> {
  if (!url.startsWith('file:')) {
    throw new Error('only file: (SQLite) databases are supported in this version; PostgreSQL comes next');
  }
  const file = url.slice('file:'.length);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const writer = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  // WAL lets the reader see the last commit while the writer works; FULL makes each commit durable
  // before it is acknowledged. busy_timeout covers the reader's short waits on checkpoints.
  await writer.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await writer.$executeRawUnsafe('PRAGMA synchronous = FULL');
  await writer.$executeRawUnsafe('PRAGMA busy_timeout = 5000');
  await writer.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await migrate(writer, MIGRATIONS_DIR);

  const reader = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  await reader.$executeRawUnsafe('PRAGMA busy_timeout = 5000');

  return {
    kind: 'sqlite',
    writer,
    reader,
    ready: async () => {
      const pending = await pendingMigrations(reader, MIGRATIONS_DIR);
      return pending.length === 0;
    },
    close: async () => {
      await reader.$disconnect();
      await writer.$disconnect();
    },
  };
}

async function pendingMigrations(db: Db, dir: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>('SELECT name FROM _intake_migrations');
  const applied = new Set(rows.map((r) => r.name));
  return migrationNames(dir).filter((n) => !applied.has(n));
}

export function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}
