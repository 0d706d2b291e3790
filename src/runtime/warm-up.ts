/**
 * The first steps on a fresh thread compile the rules' patterns and load the segmenter's dictionaries (about
 * half a second of CPU): a runner plays a few conversations before its first real step, so that the first
 * reporter's step is not charged for them against its time budget.
 */
import { initialState, step } from '../core/flow/engine.js';
import type { FlowDefinition } from '../core/flow/definition.js';
import type { FlowContext } from '../core/flow/types.js';

export function warmUp(flow: FlowDefinition): void {
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
