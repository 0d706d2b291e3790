/**
 * Prisma clients for inspecting a test database: the gateway itself never loads Prisma at run time, tests read
 * rows through Prisma's typed API (`gw.db.reader.inboundMessage.count()`). The client matches the database of
 * the pass (SQLite or PostgreSQL; both generated from one schema, with the same model API).
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/generated/sqlite/client.js';
import { PrismaClient as PgPrismaClient } from '../../src/generated/postgres/client.js';
import type { Database } from '../../src/store/database.js';

export type Db = PrismaClient;
export type InspectedDatabase = Database & { readonly reader: Db };

export function prismaFor(url: string): Db {
  if (url.startsWith('file:')) return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: url.slice(5) }) });
  return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}

/** Adds a lazily opened Prisma `reader` to a database handle; it is disconnected when the handle closes. */
export function inspectable(db: Database): InspectedDatabase {
  if ('reader' in db) return db as InspectedDatabase;
  let prisma: Db | null = null;
  const close = db.close.bind(db);
  Object.defineProperty(db, 'reader', {
    get: () => (prisma ??= prismaFor(db.url)),
  });
  db.close = async () => {
    await close();
    if (prisma) await prisma.$disconnect();
  };
  return db as InspectedDatabase;
}
