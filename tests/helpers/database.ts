/**
 * Which database the suite runs against: SQLite files (the default) or, with TEST_DATABASE=postgres (what
 * `.ci/run` does for its second pass), a fresh PostgreSQL database per test gateway, cloned from a migrated
 * template that tests/global-setup.ts made for this run. A `dir` names the database, so a test that restarts
 * a gateway "on the same file" restarts it on the same PostgreSQL database.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

export const TEST_DATABASE: 'sqlite' | 'postgres' = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_DATABASE === 'postgres';

/** The server every test database lives on (trust auth on these machines). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUN = process.env.TEST_PG_RUN ?? 'local';
export const PG_TEMPLATE = `t_${RUN}_template`;

export function pgUrl(database: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The PostgreSQL database name a test directory stands for. */
export function pgNameFor(dir: string): string {
  const hash = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16);
  return `t_${RUN}_${hash}`;
}

const created = new Set<string>();

/** Creates (once per process) the database for `dir` as a copy of the migrated template. */
async function ensurePgDatabase(name: string): Promise<void> {
  if (created.has(name)) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // CREATE DATABASE cannot run while another session uses the template: retry briefly.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${PG_TEMPLATE}"`);
          break;
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === '42P04') break; // created meanwhile
          if (code !== '55006' || attempt >= 50) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
    created.add(name);
  } finally {
    await admin.end();
  }
}

/** DATABASE_URL for a test gateway whose data lives in `dir` (created on first use). */
export async function testDatabaseUrl(dir: string): Promise<string> {
  if (!onPostgres) return `file:${path.join(dir, 'intake.db')}`;
  const name = pgNameFor(dir);
  await ensurePgDatabase(name);
  return pgUrl(name);
}
