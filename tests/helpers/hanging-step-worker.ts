/**
 * A flow worker for tests (WorkerStepRunner's `module` option): the real step, except that a message
 * containing POISON_MARK never returns — an input the flow cannot finish, as a regression or an unforeseen
 * input might be. Lets the suites show that the time budget stops it and the message is quarantined.
 */
import { parentPort } from 'node:worker_threads';
import { step } from '../../src/core/flow/engine.js';
import type { FlowDefinition } from '../../src/core/flow/definition.js';
import type { FromWorker, ToWorker } from '../../src/runtime/step-worker.js';
import { warmUp } from '../../src/runtime/warm-up.js';
import { POISON_MARK } from './poison.js';

const port = parentPort;
if (!port) throw new Error('runs as a worker thread');
let def: FlowDefinition | null = null;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'init') {
    def = msg.def;
    // As the real worker does: the dictionaries load before it says ready, not in the first step's budget.
    warmUp(def);
    port.postMessage({ type: 'ready' } satisfies FromWorker);
    return;
  }
  if (msg.input.kind === 'message' && msg.input.text.includes(POISON_MARK)) {
    for (;;) {
      // Spin: only terminating the thread stops this.
    }
  }
  try {
    port.postMessage({
      type: 'result',
      id: msg.id,
      result: step(def!, msg.state, msg.input, msg.ctx),
    } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: 'error', id: msg.id, error: String(err) } satisfies FromWorker);
  }
});
