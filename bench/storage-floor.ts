/**
 * The storage floor: raw durable SQLite commits with better-sqlite3 on this machine's disk, the same settings
 * as the gateway (WAL, synchronous=FULL). Two figures:
 *   - one small insert per commit: durable commits per second (each one an fsync);
 *   - batches as the group committer makes them (BEGIN IMMEDIATE, one savepoint per row, COMMIT): rows/s.
 */
import path from 'node:path';
import Database from 'better-sqlite3';

export interface StorageFloor {
  commitsPerSecond: number;
  batchedRowsPerSecond: number;
  batchSize: number;
}

export function measureStorageFloor(dir: string, msEach: number, batchSize = 32): StorageFloor {
  const db = new Database(path.join(dir, 'storage-floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, k TEXT NOT NULL, v TEXT NOT NULL, at TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (k, v, at) VALUES (?, ?, ?)');
  const row = () => [
    `+86139${Math.floor(Math.random() * 1e8)}`,
    '有人拿刀砍人，还在打'.repeat(3),
    new Date().toISOString(),
  ];

  let commits = 0;
  let end = performance.now() + msEach;
  const t0 = performance.now();
  while (performance.now() < end) {
    insert.run(...row()); // autocommit: one transaction, one fsync
    commits++;
  }
  const singleMs = performance.now() - t0;

  let rows = 0;
  end = performance.now() + msEach;
  const t1 = performance.now();
  while (performance.now() < end) {
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < batchSize; i++) {
      db.exec('SAVEPOINT gc_job');
      insert.run(...row());
      db.exec('RELEASE SAVEPOINT gc_job');
    }
    db.exec('COMMIT');
    rows += batchSize;
  }
  const batchedMs = performance.now() - t1;
  db.close();
  return {
    commitsPerSecond: Math.round((commits / singleMs) * 1000),
    batchedRowsPerSecond: Math.round((rows / batchedMs) * 1000),
    batchSize,
  };
}
