/**
 * Runs the question flow on a worker thread with a time budget per step, so that one unlucky message can
 * never stop the gateway: the HTTP server, the database writes and every other reporter stay on the main
 * thread. The flow is pure and bounded by construction (tests/hostile), so the budget is a second line of
 * defence: a step that runs over it (a future regression, an input nobody thought of) is stopped by
 * terminating the thread, rejected with StepFailed('timeout') — its message is then quarantined — and a new
 * thread takes the next step.
 *
 * Steps are handed to the worker in order, several at a time (up to MAX_IN_FLIGHT): the worker runs them one
 * after another, so it never waits for the main thread to hand it the next one (under load the main thread
 * is busy with requests and commits, and a one-at-a-time hand-over made the worker idle most of the time).
 * Each step's budget starts when the step before it came back (or when it was handed over, for the first),
 * so steps queued behind a busy worker are not charged for the wait. When a step runs over its budget, only
 * that step fails: the steps handed over behind it go back to the front of the queue for the next thread. While a worker is loading (at start, and for the second or two
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
/** Steps handed to the worker ahead of their turn (they wait in its message queue). */
const MAX_IN_FLIGHT = 32;

const COMPILED = (globalThis as { __INTAKE_STEP_WORKER__?: string }).__INTAKE_STEP_WORKER__;
const BOOT = new URL('./step-worker-boot.mjs', import.meta.url);
/**
 * The flow worker's young generation: 24 MB (8 MB semi-spaces) instead of V8's 48 (16 MB): under the bench its
 * new space sat at 32 MB of RSS while its live data stayed near 30 MB, and a step's garbage is short-lived.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };

export class WorkerStepRunner implements StepRunner {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Job[] = [];
  /** Handed to the worker, in the order it runs them; the first is running, under `timer`. */
  private readonly inFlight: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const job of [...this.inFlight.splice(0), ...this.queue.splice(0)]) {
      job.reject(new StepFailed('error', 'the flow runner is closed'));
    }
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
          ? new Worker(new URL(COMPILED), { resourceLimits: WORKER_LIMITS })
          : new Worker(BOOT, { workerData: { module: this.opts.module }, resourceLimits: WORKER_LIMITS });
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
      const head = this.inFlight[0];
      if (!head || head.id !== msg.id) return;
      this.inFlight.shift();
      this.stats.steps += 1;
      // The next step is running now (or about to): its budget starts here.
      this.armTimer();
      if (msg.type === 'result') head.resolve(msg.result);
      else head.reject(new StepFailed('error', msg.error));
      this.pump();
    });
    worker.on('error', (err) => {
      if (this.worker !== worker) return;
      clearTimeout(startTimer);
      this.emit({ kind: 'worker_error', detail: String(err) });
      if (!this.ready && this.inFlight.length === 0) {
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
    const wasIdle = this.inFlight.length === 0;
    while (this.inFlight.length < MAX_IN_FLIGHT && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.inFlight.push(job);
      const msg: ToWorker = { type: 'step', id: job.id, state: job.state, input: job.input, ctx: job.ctx };
      this.worker.postMessage(msg);
    }
    if (wasIdle) this.armTimer();
  }

  /** The budget of the step the worker is running now (the first in flight). */
  private armTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const head = this.inFlight[0];
    if (head) this.timer = setTimeout(() => this.onTimeout(head), this.budgetMs);
  }

  private onTimeout(job: Job): void {
    if (this.inFlight[0] !== job) return;
    this.stats.timeouts += 1;
    this.emit({ kind: 'timeout', detail: `a step ran over ${this.budgetMs} ms and was stopped` });
    this.failCurrent(new StepFailed('timeout', `${this.budgetMs} ms`));
    this.restart();
  }

  /** Fails the running step; the steps handed over behind it go back to the front of the queue. */
  private failCurrent(error: StepFailed): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const [head, ...behind] = this.inFlight.splice(0);
    this.queue.unshift(...behind);
    head?.reject(error);
  }

  private restart(): void {
    const old = this.worker;
    this.worker = null;
    this.ready = false;
    this.stats.restarts += 1;
    this.emit({ kind: 'restart', detail: 'starting a new flow worker' });
    if (old) void old.terminate().catch(() => undefined);
    this.spawn();
    // Steps that were handed to the old thread behind the failed one are back in the queue: like any step
    // while a thread loads, they run on the main thread now rather than wait for the new one.
    this.pump();
  }

  private fallBack(reason: string): void {
    if (this.fallback) return;
    this.emit({ kind: 'fallback', detail: `${reason}; the flow now runs on the main thread` });
    const old = this.worker;
    this.worker = null;
    if (old) void old.terminate().catch(() => undefined);
    this.fallback = this.inline;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const queued = [...this.inFlight.splice(0), ...this.queue.splice(0)];
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
