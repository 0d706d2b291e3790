/**
 * Group commit: write jobs submitted while a transaction is open wait for it, then run together in the
 * next transaction, so one durable commit (fsync) serves many concurrent messages. A job's promise
 * resolves only after the commit that contains it.
 *
 * A batch first runs without savepoints (two statements fewer per job: a fifth of a message's statements).
 * When a job throws, the batch is rolled back and run again with each job inside its own savepoint: the job
 * that throws is rolled back to it and rejected alone, and the others still commit together, so one bad job
 * never degrades the commits of others. Only when the commit itself fails (the database is failing) are the
 * jobs run again one per transaction (the failed batch rolled back, so re-running is safe). Jobs must do
 * nothing but database work, and be safe to run again: no network, no waiting (STACK.md: never hold the
 * single SQLite connection open on slow work).
 */
export type TxRunner<Tx> = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

interface Pending<Tx> {
  job: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** SQL savepoint statements on a transaction (SAVEPOINT / RELEASE / ROLLBACK TO work in SQLite and PostgreSQL). */
export interface Savepoints<Tx> {
  exec(tx: Tx, sql: string): Promise<unknown>;
}

export interface GroupCommitStats {
  commits: number;
  jobs: number;
  maxBatch: number;
  /** Jobs that threw and were rolled back to their savepoint while the rest of their batch committed. */
  failedJobs: number;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommitter<Tx> {
  private queue: Pending<Tx>[] = [];
  private running: Promise<void> | null = null;
  readonly stats: GroupCommitStats = { commits: 0, jobs: 0, maxBatch: 0, failedJobs: 0 };

  constructor(
    private readonly runTx: TxRunner<Tx>,
    private readonly maxBatch = 200,
    private readonly savepoints: Savepoints<Tx> | null = null,
  ) {}

  /** Runs `job` inside a transaction shared with other concurrent jobs; resolves after commit. */
  submit<T>(job: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
      this.ensureDraining();
    });
  }

  private ensureDraining(): void {
    this.running ??= this.drain().finally(() => {
      this.running = null;
      // A job submitted after the loop saw an empty queue but before this callback ran would wait forever.
      if (this.queue.length > 0) this.ensureDraining();
    });
  }

  /** Resolves when every job submitted so far has committed or failed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // Let pending I/O callbacks (other requests) run first so their jobs join this batch. With a
      // synchronous driver (better-sqlite3) a transaction never yields to the event loop, so without
      // this every batch would hold a single job.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.queue.splice(0, this.maxBatch);
      await this.commit(batch);
    }
  }

  private async commit(batch: Pending<Tx>[]): Promise<void> {
    if (this.savepoints) {
      // Optimistic: no savepoints. A job that throws rolls the whole batch back (nothing of it is committed)
      // and the batch runs again below, one savepoint per job; a lone job's failure is its own answer.
      let jobFailed = false;
      let values: unknown[];
      try {
        values = await this.runTx(async (tx) => {
          const out: unknown[] = [];
          for (const p of batch) {
            try {
              out.push(await p.job(tx));
            } catch (error) {
              jobFailed = true;
              throw error;
            }
          }
          return out;
        });
      } catch (error) {
        if (!jobFailed) return this.oneByOne(batch, error);
        if (batch.length === 1) {
          this.stats.failedJobs += 1;
          batch[0]!.reject(error);
          return;
        }
        return this.commitWithSavepoints(batch);
      }
      this.count(batch.length);
      batch.forEach((p, i) => p.resolve(values[i]));
      return;
    }
    return this.commitWithSavepoints(batch);
  }

  private async commitWithSavepoints(batch: Pending<Tx>[]): Promise<void> {
    try {
      const results = await this.runTx(async (tx) => {
        const out: Settled[] = [];
        for (const p of batch) out.push(await this.runJob(tx, p));
        return out;
      });
      this.count(batch.length);
      batch.forEach((p, i) => {
        const r = results[i];
        if (r?.ok) p.resolve(r.value);
        else p.reject(r ? r.error : new Error('group commit lost a job result'));
      });
    } catch (error) {
      await this.oneByOne(batch, error);
    }
  }

  /** The commit failed (not a job): each job again in its own transaction. */
  private async oneByOne(batch: Pending<Tx>[], error: unknown): Promise<void> {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    for (const p of batch) {
      try {
        const result = await this.runTx((tx) => p.job(tx));
        this.count(1);
        p.resolve(result);
      } catch (jobError) {
        p.reject(jobError);
      }
    }
  }

  /** One job in its own savepoint: its failure is rolled back and reported, the batch goes on. */
  private async runJob(tx: Tx, p: Pending<Tx>): Promise<Settled> {
    const sp = this.savepoints;
    if (!sp) return { ok: true, value: await p.job(tx) };
    await sp.exec(tx, 'SAVEPOINT gc_job');
    try {
      const value = await p.job(tx);
      await sp.exec(tx, 'RELEASE SAVEPOINT gc_job');
      return { ok: true, value };
    } catch (error) {
      await sp.exec(tx, 'ROLLBACK TO SAVEPOINT gc_job');
      await sp.exec(tx, 'RELEASE SAVEPOINT gc_job');
      this.stats.failedJobs += 1;
      return { ok: false, error };
    }
  }

  private count(jobs: number): void {
    this.stats.commits += 1;
    this.stats.jobs += jobs;
    this.stats.maxBatch = Math.max(this.stats.maxBatch, jobs);
  }
}
