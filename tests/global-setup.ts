/**
 * With TEST_DATABASE=postgres: before the suite, one migrated template database for this run (every test
 * gateway gets a copy of it); after the suite, every database of the run is dropped. Nothing with SQLite.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { migratePostgres } from '../src/store/migrate.js';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TEST_DATABASE !== 'postgres') return undefined;
  const run = process.env.TEST_PG_RUN ?? crypto.randomBytes(4).toString('hex');
  process.env.TEST_PG_RUN = run;
  const { PG_ADMIN_URL, PG_TEMPLATE, pgUrl } = await import('./helpers/database.js');
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`TEST_DATABASE=postgres but PostgreSQL is not reachable at ${PG_ADMIN_URL}: ${String(err)}`);
  }
  await admin.query(`DROP DATABASE IF EXISTS "${PG_TEMPLATE}"`);
  await admin.query(`CREATE DATABASE "${PG_TEMPLATE}"`);
  const pool = new pg.Pool({ connectionString: pgUrl(PG_TEMPLATE), max: 1 });
  await migratePostgres(pool);
  await pool.end();
  await admin.end();

  return async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    const rows = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `t\\_${run}\\_%`,
    ]);
    for (const { datname } of rows.rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
    await client.end();
  };
}
