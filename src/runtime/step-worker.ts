/**
 * The worker thread that runs the question flow (see worker-runner.ts). It receives the flow definition
 * once, then one step at a time, and answers each with its result or the error it threw.
 */
import { parentPort } from 'node:worker_threads';
import { step } from '../core/flow/engine.js';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowContext, FlowInput, FlowState } from '../core/flow/types.js';
import { initialState } from '../core/flow/engine.js';
import { errorText } from './inline-runner.js';

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

/**
 * The first steps in a fresh thread compile the rules' patterns and load dictionaries: run a few before
 * saying ready, so that the first reporter's step is not charged for them against its time budget.
 */
function warmUp(flow: FlowDefinition): void {
  const at = new Date(0).toISOString();
  const ctx: FlowContext = {
    now: at,
    settings: { nudgeAfterS: 90, escalateAfterS: 180, inactiveAfterMin: 30, agencyName: '110' },
  };
  const conversations = [
    ['环城公园南门有人拿刀砍人，还在打', '一个人流血', '两个男的往北跑了', '不知道'],
    ['Someone broke into my house at 42 Elm Street', 'yes still here', 'no', 'help'],
    ['我被骗了，转了5万到安全账户', '昨天下午', '不对，是今天上午', '取消'],
  ];
  for (const texts of conversations) {
    let state = initialState({ lang: 'zh-CN', channelHasPhone: false, now: at });
    for (const text of texts) state = step(flow, state, { kind: 'message', text, at }, ctx).state;
  }
}
