/** Shared helpers for flow tests: conversations with a fixed clock and readable assertions. */
import { defaultFlow } from '../../../src/core/flow/definition.js';
import { runConversation, type ConversationOptions, type SimInput } from '../../../src/core/flow/simulate.js';
import type { FlowEvent } from '../../../src/core/flow/types.js';

export function talk(inputs: (string | SimInput)[], opts: ConversationOptions = {}) {
  const run = runConversation(defaultFlow, inputs, { reference: 'R-0042', ...opts });
  const gateway = run.transcript.filter((l) => l.from === 'gateway');
  return {
    ...run,
    /** Every reply template id, merged replies split into their parts. */
    templates: gateway.flatMap((l) => (l.template ?? '').split('+')),
    texts: gateway.map((l) => l.text),
    /** Template ids of the replies to input `i`. */
    templatesAt: (i: number) => (run.steps[i]?.replies ?? []).flatMap((r) => r.template.split('+')),
    dispatches: run.events.filter((e): e is Extract<FlowEvent, { type: 'dispatch' }> => e.type === 'dispatch'),
    asked: gateway
      .flatMap((l) => (l.template ?? '').split('+'))
      .filter((t) => /^(covert\.)?(re)?ask\./.test(t))
      .map((t) => t.replace(/^(covert\.)?(re)?ask\./, '')),
  };
}
