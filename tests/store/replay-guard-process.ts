/**
 * Another gateway process, for tests/store/replay-guard.test.ts: opens the database file given as the first
 * argument, asks its own replay guard about the signed request given as JSON in the second, prints the
 * verdict and exits. Run with `node --import tsx`.
 */
import { openDatabase } from '../../src/store/database.js';
import { SqlReplayGuard } from '../../src/store/replay-guard.js';

const [file, json, now] = process.argv.slice(2) as [string, string, string];
const request = JSON.parse(json) as { timestamp: string; nonce: string; bodyKey: string; keepUntil: string };
const db = await openDatabase(`file:${file}`);
const guard = new SqlReplayGuard(db.sql);
const verdict = await guard.remember(
  { channel: 'wechat-oa', ...request, keepUntil: new Date(request.keepUntil) },
  new Date(now),
);
await db.close();
process.stdout.write(verdict);
