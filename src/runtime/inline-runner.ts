/**
 * The question flow run on the calling thread. Used where a worker thread is not wanted (tools, the
 * evaluation, as the fallback when the worker cannot start). It cannot stop a step that runs too long; it
 * measures the step's CPU time and rejects a step that ran over the budget as if it had been stopped, so the
 * message is quarantined rather than kept.
 */
import { step } from '../core/flow/engine.js';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowContext, FlowInput, FlowState, StepResult } from '../core/flow/types.js';
import { StepFailed } from '../core/errors.js';
import type { StepRunner } from '../core/ports.js';
import { warmUp } from './warm-up.js';

/**
 * A step costs well under a millisecond (the property tests hold every input to a few); the budget is far
 * above that so a loaded machine or a garbage-collection pause never quarantines a genuine report, and far
 * below what would let one message freeze intake.
 */
export const DEFAULT_STEP_BUDGET_MS = 2000;

export class InlineStepRunner implements StepRunner {
  private warm = false;

  constructor(
    private readonly def: FlowDefinition,
    private readonly budgetMs = DEFAULT_STEP_BUDGET_MS,
  ) {}

  step(state: FlowState, input: FlowInput, ctx: FlowContext): Promise<StepResult> {
    // Loading dictionaries and compiling patterns is the thread's cost, not this message's.
    if (!this.warm) {
      this.warm = true;
      warmUp(this.def);
    }
    const start = process.cpuUsage();
    let result: StepResult;
    try {
      result = step(this.def, state, input, ctx);
    } catch (err) {
      return Promise.reject(new StepFailed('error', errorText(err)));
    }
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    if (ms > this.budgetMs) return Promise.reject(new StepFailed('timeout', `${Math.round(ms)} ms of CPU`));
    return Promise.resolve(result);
  }
}

/** A short description of a thrown value, without the stack (it goes to the incident's attention field). */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
