/**
 * A gateway process's start, for tests/store/migrations-postgres.test.ts: migrates the database given as the
 * first argument (as `npm start` does) and prints the migrations this process applied, as JSON.
 */
import { migratePostgres } from '../../src/store/migrate.js';
import { openPostgres } from '../../src/store/sql/postgres.js';

const url = process.argv[2] ?? '';
const db = openPostgres(url);
const applied = await migratePostgres(db.pool);
await db.close();
process.stdout.write(JSON.stringify(applied));
