/**
 * PostgreSQL migrations (the PostgreSQL pass of `.ci/run`): the committed migrations build exactly the
 * schema of prisma/postgres/schema.prisma (compared column by column and index by index with a database built
 * from Prisma's own SQL for the schema), that schema is the one generated from the SQLite schema, and two
 * gateway processes starting at once on an empty database migrate it once.
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationNames, POSTGRES_MIGRATIONS } from '../../src/store/migrate.js';
import { onPostgres, PG_ADMIN_URL, pgUrl } from '../helpers/database.js';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const made: string[] = [];

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `t_${process.env.TEST_PG_RUN ?? 'local'}_mig_${Math.random().toString(36).slice(2, 10)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  made.push(name);
  return pgUrl(name);
}

// Dropping a database waits for a checkpoint and removes its files: on a loaded 2-core machine one CI run saw
// these drops pass the default 60 s hook timeout after every test had passed.
afterAll(async () => {
  if (made.length === 0) return;
  await admin(async (c) => {
    for (const n of made) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
  });
}, 300_000);

async function shape(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const columns = await c.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' ORDER BY table_name, column_name`,
    );
    const indexes = await c.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%'
       ORDER BY tablename, indexname`,
    );
    const constraints = await c.query(
      `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '\\_%' ORDER BY 1, 2`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await c.end();
  }
}

describe.runIf(onPostgres)('PostgreSQL migrations', () => {
  it('the PostgreSQL schema is the one generated from the SQLite schema', () => {
    execFileSync('node', ['scripts/prisma-schemas.mjs', '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('build the same tables, columns, indexes and constraints as prisma/postgres/schema.prisma', async () => {
    const migrated = await emptyDatabase();
    await run('node', ['--import', 'tsx', 'tests/store/open-database.ts', migrated], { cwd: root });

    const sql = execFileSync(
      'npx',
      [
        'prisma',
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/postgres/schema.prisma',
        '--script',
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const reference = await emptyDatabase();
    const c = new pg.Client({ connectionString: reference });
    await c.connect();
    await c.query(sql);
    await c.end();

    expect(await shape(migrated)).toEqual(await shape(reference));
  });

  it('two processes starting at once on an empty database migrate it once', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all(
      [0, 1].map(() => run('node', ['--import', 'tsx', 'tests/store/open-database.ts', url], { cwd: root })),
    );
    const applied = results.map((r) => JSON.parse(r.stdout) as string[]);
    // Between them every migration was applied exactly once; the second found nothing left to do.
    expect([...applied[0]!, ...applied[1]!].sort()).toEqual(migrationNames(POSTGRES_MIGRATIONS));
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = await c.query<{ name: string }>('SELECT name FROM _intake_migrations ORDER BY name');
    await c.end();
    expect(rows.rows.map((r) => r.name)).toEqual(migrationNames(POSTGRES_MIGRATIONS));
  });
});
