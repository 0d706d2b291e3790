/**
 * Runs the question flow on a worker thread with a time budget per step, so that one unlucky message can
 * never stop the gateway: the HTTP server, the database writes and every other reporter stay on the main
 * thread. The flow is pure and bounded by construction (tests/hostile), so the budget is a second line of
 * defence: a step that runs over it (a future regression, an input nobody thought of) is stopped by
 * terminating the thread, rejected with StepFailed('timeout') — its message is then quarantined — and a new
 * thread takes the next step.
 *
 * One step is in the worker at a time and its budget starts when it is handed over, so steps queued behind
 * a busy worker are not charged for the wait. While a worker is loading (at start, and for the second or two
 * after one was stopped) steps run on the main thread instead (InlineStepRunner: the same flow, its budget
 * checked after the fact), so nobody waits for the new thread. If the worker cannot start at all, the runner
 * stays on the main thread and says so: a broken worker must not quarantine every report.
 */
import { Worker } from 'node:worker_threads';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowContext, FlowInput, FlowState, StepResult } from '../core/flow/types.js';
import { StepFailed } from '../core/errors.js';
import type { StepRunner } from '../core/ports.js';
import { DEFAULT_STEP_BUDGET_MS, InlineStepRunner } from './inline-runner.js';
import type { FromWorker, ToWorker } from './step-worker.js';

export interface WorkerRunnerOptions {
  budgetMs?: number;
  /** How long a new worker may take to load the flow before the runner falls back to the main thread. */
  startTimeoutMs?: number;
  /** The worker module (a file URL); tests use one whose step can be made to hang. */
  module?: string;
}

export interface RunnerEvent {
  kind: 'timeout' | 'worker_error' | 'restart' | 'fallback';
  detail: string;
}

interface Job {
  id: number;
  state: FlowState;
  input: FlowInput;
  ctx: FlowContext;
  resolve: (r: StepResult) => void;
  reject: (e: unknown) => void;
}

/**
 * The worker's entry: the compiled worker when the gateway runs from its build (`npm start`, see
 * scripts/start.mjs, which defines this), else a bootstrap that loads the TypeScript through tsx (tests, tools).
 */
const COMPILED = (globalThis as { __INTAKE_STEP_WORKER__?: string }).__INTAKE_STEP_WORKER__;
const BOOT = new URL('./step-worker-boot.mjs', import.meta.url);

export class WorkerStepRunner implements StepRunner {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private fallback: InlineStepRunner | null = null;
  private readonly inline: InlineStepRunner;
  private closed = false;
  private readonly budgetMs: number;
  /** Steps stopped for running over the budget, and worker restarts (for tests and metrics). */
  readonly stats = { steps: 0, timeouts: 0, restarts: 0 };
  private readonly listeners = new Set<(event: RunnerEvent) => void>();

  constructor(
    private readonly def: FlowDefinition,
    private readonly opts: WorkerRunnerOptions = {},
  ) {
    this.budgetMs = opts.budgetMs ?? DEFAULT_STEP_BUDGET_MS;
    this.inline = new InlineStepRunner(def, this.budgetMs);
    this.spawn();
  }

  step(state: FlowState, input: FlowInput, ctx: FlowContext): Promise<StepResult> {
    if (this.fallback) return this.fallback.step(state, input, ctx);
    if (this.closed) return Promise.reject(new StepFailed('error', 'the flow runner is closed'));
    return new Promise<StepResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, state, input, ctx, resolve, reject });
      this.pump();
    });
  }

  /** Resolves once the worker has loaded the flow (or the runner fell back to the main thread). */
  async whenReady(): Promise<void> {
    while (!this.ready && !this.fallback && !this.closed) await new Promise((r) => setTimeout(r, 10));
  }

  /** Tells `listener` about stopped steps, worker restarts and the fallback; returns the unsubscribe. */
  subscribe(listener: (event: RunnerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: RunnerEvent): void {
    for (const l of this.listeners) l(event);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new StepFailed('error', 'the flow runner is closed'));
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): void {
    if (this.closed) return;
    this.ready = false;
    let worker: Worker;
    try {
      worker =
        COMPILED && !this.opts.module
          ? new Worker(new URL(COMPILED))
          : new Worker(BOOT, { workerData: { module: this.opts.module } });
    } catch (err) {
      this.fallBack(`the flow worker could not start: ${String(err)}`);
      return;
    }
    this.worker = worker;
    // The worker never keeps the process alive on its own (graceful shutdown waits for requests, not for it).
    worker.unref();
    const startTimer = setTimeout(() => {
      if (this.worker === worker && !this.ready) this.fallBack('the flow worker did not start in time');
    }, this.opts.startTimeoutMs ?? 60_000);
    startTimer.unref();
    worker.on('message', (msg: FromWorker) => {
      if (this.worker !== worker) return;
      if (msg.type === 'ready') {
        clearTimeout(startTimer);
        this.ready = true;
        this.pump();
        return;
      }
      const current = this.current;
      if (!current || current.job.id !== msg.id) return;
      clearTimeout(current.timer);
      this.current = null;
      this.stats.steps += 1;
      if (msg.type === 'result') current.job.resolve(msg.result);
      else current.job.reject(new StepFailed('error', msg.error));
      this.pump();
    });
    worker.on('error', (err) => {
      if (this.worker !== worker) return;
      clearTimeout(startTimer);
      this.emit({ kind: 'worker_error', detail: String(err) });
      if (!this.ready && !this.current) {
        this.fallBack(`the flow worker failed to start: ${String(err)}`);
        return;
      }
      this.failCurrent(new StepFailed('error', `the flow worker crashed: ${String(err)}`));
      this.restart();
    });
    worker.on('exit', () => {
      if (this.worker !== worker || this.closed) return;
      clearTimeout(startTimer);
      this.failCurrent(new StepFailed('error', 'the flow worker exited'));
      this.restart();
    });
    worker.postMessage({ type: 'init', def: this.def } satisfies ToWorker);
  }

  private pump(): void {
    if (!this.ready || !this.worker) {
      // No thread to hand steps to yet: run them here rather than make every reporter wait for it.
      for (const job of this.queue.splice(0))
        this.inline.step(job.state, job.input, job.ctx).then(job.resolve, job.reject);
      return;
    }
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) return;
    const timer = setTimeout(() => this.onTimeout(job), this.budgetMs);
    this.current = { job, timer };
    const msg: ToWorker = { type: 'step', id: job.id, state: job.state, input: job.input, ctx: job.ctx };
    this.worker.postMessage(msg);
  }

  private onTimeout(job: Job): void {
    if (this.current?.job !== job) return;
    this.stats.timeouts += 1;
    this.emit({ kind: 'timeout', detail: `a step ran over ${this.budgetMs} ms and was stopped` });
    this.failCurrent(new StepFailed('timeout', `${this.budgetMs} ms`));
    this.restart();
  }

  private failCurrent(error: StepFailed): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    current.job.reject(error);
  }

  private restart(): void {
    const old = this.worker;
    this.worker = null;
    this.ready = false;
    this.stats.restarts += 1;
    this.emit({ kind: 'restart', detail: 'starting a new flow worker' });
    if (old) void old.terminate().catch(() => undefined);
    this.spawn();
  }

  private fallBack(reason: string): void {
    if (this.fallback) return;
    this.emit({ kind: 'fallback', detail: `${reason}; the flow now runs on the main thread` });
    const old = this.worker;
    this.worker = null;
    if (old) void old.terminate().catch(() => undefined);
    this.fallback = this.inline;
    const queued = this.queue.splice(0);
    for (const job of queued) this.inline.step(job.state, job.input, job.ctx).then(job.resolve, job.reject);
  }
}

const shared = new Map<FlowDefinition, WorkerStepRunner>();

/**
 * One worker per process and flow definition, shared by every gateway built in the process (tests build
 * many; a worker takes a second or two to load the flow). It is never closed: its thread does not keep the
 * process alive.
 */
export function sharedWorkerRunner(def: FlowDefinition, opts: WorkerRunnerOptions = {}): WorkerStepRunner {
  let runner = shared.get(def);
  if (!runner) {
    runner = new WorkerStepRunner(def, opts);
    shared.set(def, runner);
  }
  return runner;
}
