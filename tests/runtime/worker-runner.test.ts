/**
 * The flow worker takes several steps at a time (so it never idles waiting for a busy main thread), and a
 * step that runs over its budget fails alone: the steps handed over behind it are run by the next thread
 * (or on the main thread while it loads) and answered normally.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepFailed } from '../../src/core/errors.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { initialState, step } from '../../src/core/flow/engine.js';
import { WorkerStepRunner } from '../../src/runtime/worker-runner.js';
import { POISON_MARK } from '../helpers/poison.js';

// The test worker does not warm up before it says ready: its first steps compile the rules (slow on a busy
// machine), so the budget here is generous; the poison step never finishes whatever the budget.
const BUDGET_MS = 1500;
const ctx = {
  now: '2026-11-29T10:00:00.000Z',
  settings: { nudgeAfterS: 90, escalateAfterS: 180, inactiveAfterMin: 30, agencyName: '110' },
};
const fresh = () => initialState({ lang: 'zh-CN', channelHasPhone: true, now: ctx.now });
const texts = [
  '环城公园南门有人拿刀砍人，还在打',
  'my phone was stolen at the station',
  '有人在抢劫！！',
  '123 Oak Street fire',
];

let runner: WorkerStepRunner;
beforeAll(async () => {
  runner = new WorkerStepRunner(defaultFlow, {
    budgetMs: BUDGET_MS,
    module: new URL('../helpers/hanging-step-worker.ts', import.meta.url).href,
  });
  await runner.whenReady();
  // Warm the thread up: the first step compiles the patterns.
  await runner.step(fresh(), { kind: 'message', text: texts[0]!, at: ctx.now }, ctx).catch(() => undefined);
  await runner.whenReady();
});
afterAll(async () => {
  await runner.close();
});

describe('the flow worker runner', () => {
  it('answers many concurrent steps, each with its own result, on the worker thread', async () => {
    await runner.whenReady();
    const before = runner.stats.steps;
    const inputs = Array.from({ length: 40 }, (_, i) => texts[i % texts.length]!);
    const results = await Promise.all(
      inputs.map((text) => runner.step(fresh(), { kind: 'message', text, at: ctx.now }, ctx)),
    );
    results.forEach((r, i) => {
      const expected = step(defaultFlow, fresh(), { kind: 'message', text: inputs[i]!, at: ctx.now }, ctx);
      expect(r.replies.map((x) => x.text)).toEqual(expected.replies.map((x) => x.text));
      expect(r.state.category).toBe(expected.state.category);
    });
    // Every one of them went through the worker (not the main-thread stand-in).
    expect(runner.stats.steps - before).toBe(inputs.length);
  });

  it('fails only the step that ran over its budget; the steps handed over behind it are answered', async () => {
    await runner.whenReady();
    const timeouts = runner.stats.timeouts;
    const inputs = ['有人打架', `有人打架 ${POISON_MARK}`, ...texts, ...texts];
    const settled = await Promise.allSettled(
      inputs.map((text) => runner.step(fresh(), { kind: 'message', text, at: ctx.now }, ctx)),
    );
    expect(settled[0]!.status).toBe('fulfilled');
    expect(settled[1]!.status).toBe('rejected');
    const reason = (settled[1] as PromiseRejectedResult).reason as StepFailed;
    expect(reason).toBeInstanceOf(StepFailed);
    expect(reason.reason).toBe('timeout');
    for (const s of settled.slice(2)) expect(s.status).toBe('fulfilled');
    expect(runner.stats.timeouts).toBe(timeouts + 1);
    // A new thread takes the next steps.
    await runner.whenReady();
    const after = await runner.step(fresh(), { kind: 'message', text: '有人打架', at: ctx.now }, ctx);
    expect(after.replies.length).toBeGreaterThan(0);
  });
});
