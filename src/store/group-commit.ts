/**
 * Group commit: write jobs submitted while a transaction is open wait for it, then run together in the
 * next transaction, so one durable commit (fsync) serves many concurrent messages. A job's promise
 * resolves only after the commit that contains it.
 *
 * If a batch fails, its jobs are run again one per transaction, so one bad job cannot fail the others
 * (the failed batch rolled back, so re-running is safe). Jobs must do nothing but database work: no
 * network, no waiting (STACK.md: never hold the single SQLite connection open on slow work).
 */
export type TxRunner<Tx> = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

interface Pending<Tx> {
  job: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitStats {
  commits: number;
  jobs: number;
  maxBatch: number;
}

export class GroupCommitter<Tx> {
  private queue: Pending<Tx>[] = [];
  private running: Promise<void> | null = null;
  readonly stats: GroupCommitStats = { commits: 0, jobs: 0, maxBatch: 0 };

  constructor(
    private readonly runTx: TxRunner<Tx>,
    private readonly maxBatch = 200,
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
    try {
      const results = await this.runTx(async (tx) => {
        const out: unknown[] = [];
        for (const p of batch) out.push(await p.job(tx));
        return out;
      });
      this.count(batch.length);
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
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
  }

  private count(jobs: number): void {
    this.stats.commits += 1;
    this.stats.jobs += jobs;
    this.stats.maxBatch = Math.max(this.stats.maxBatch, jobs);
  }
}
