/**
 * The committed migrations must build exactly the schema in prisma/sqlite/schema.prisma: a database
 * made by our migrator is compared, table by table and index by index, with one made from Prisma's
 * own SQL for the schema (`prisma migrate diff --from-empty --script`, which works offline).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');

function shape(file: string) {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as {
          name: string;
          type: string;
          notnull: number;
          dflt_value: unknown;
          pk: number;
        }[];
        const indexes = (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
          .filter((i) => !i.name.startsWith('sqlite_autoindex'))
          .map((i) => ({
            name: i.name,
            unique: i.unique,
            columns: (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name),
          }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const byName = columns.map((c) => ({ ...c })).sort((a, b) => a.name.localeCompare(b.name));
        return [
          name,
          {
            columns: byName.map(({ name: n, type, notnull, dflt_value, pk }) => ({ n, type, notnull, dflt_value, pk })),
            indexes,
          },
        ];
      }),
    );
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('build the same tables, columns and indexes as schema.prisma', async () => {
    const dir = tempDir();
    const migrated = path.join(dir, 'migrated.db');
    const db = await openDatabase(`file:${migrated}`);
    expect(await db.ready()).toBe(true);
    await db.close();

    const sql = execFileSync(
      'npx',
      ['prisma', 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/sqlite/schema.prisma', '--script'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const reference = path.join(dir, 'reference.db');
    const ref = new Sqlite(reference);
    ref.exec(sql);
    ref.close();

    expect(shape(migrated)).toEqual(shape(reference));
  });
});
