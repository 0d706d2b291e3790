/**
 * The worker thread that runs the question flow (see worker-runner.ts). It receives the flow definition
 * once, then one step at a time, and answers each with its result or the error it threw.
 */
import { parentPort } from 'node:worker_threads';
import { step } from '../core/flow/engine.js';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowContext, FlowInput, FlowState } from '../core/flow/types.js';
import { errorText } from './inline-runner.js';
import { warmUp } from './warm-up.js';

export type ToWorker =
  | { type: 'init'; def: FlowDefinition }
  | { type: 'step'; id: number; state: FlowState; input: FlowInput; ctx: FlowContext };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: ReturnType<typeof step> }
  | { type: 'error'; id: number; error: string };

const port = parentPort;
if (!port) throw new Error('step-worker.ts runs as a worker thread');
let def: FlowDefinition | null = null;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'init') {
    def = msg.def;
    warmUp(def);
    port.postMessage({ type: 'ready' } satisfies FromWorker);
    return;
  }
  if (!def) {
    port.postMessage({ type: 'error', id: msg.id, error: 'worker not initialised' } satisfies FromWorker);
    return;
  }
  try {
    const result = step(def, msg.state, msg.input, msg.ctx);
    port.postMessage({ type: 'result', id: msg.id, result } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: 'error', id: msg.id, error: errorText(err) } satisfies FromWorker);
  }
});
