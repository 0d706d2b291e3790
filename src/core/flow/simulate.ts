/**
 * Runs a whole conversation through `step` with a fixed clock: for tests, golden transcripts and the
 * terminal simulator. Pure: the clock starts at `opts.start` and moves `stepSeconds` per input.
 */
import type { Lang } from '../incident.js';
import type { FlowDefinition } from './definition.js';
import { initialState } from './engine.js';
import { step } from './engine.js';
import type { FlowEvent, FlowInput, FlowSettings, FlowState, Reply, StepResult } from './types.js';

/** An input whose `at` may be left out: it then takes the simulated clock (a timer: its armed time). */
export type SimInput = FlowInput extends infer T
  ? T extends { at: string }
    ? Omit<T, 'at'> & { at?: string }
    : never
  : never;

export interface ConversationOptions {
  lang?: Lang;
  langLocked?: boolean;
  channelHasPhone?: boolean;
  /** E.164 callback from the channel or the form. */
  callback?: string;
  /** ISO time of the first input. */
  start?: string;
  /** Seconds the clock moves between inputs (default 20). */
  stepSeconds?: number;
  settings?: Partial<FlowSettings>;
  reference?: string;
  /** Continue from this state instead of a new one. */
  state?: FlowState;
}

export interface TranscriptLine {
  from: 'reporter' | 'gateway';
  text: string;
  /** Gateway lines: the template id(s) the reply came from. */
  template?: string;
}

export interface Conversation {
  state: FlowState;
  transcript: TranscriptLine[];
  events: FlowEvent[];
  /** One result per input, in order. */
  steps: StepResult[];
}

export const DEFAULT_SETTINGS: FlowSettings = {
  nudgeAfterS: 90,
  escalateAfterS: 180,
  inactiveAfterMin: 30,
  agencyName: '110',
};

const DEFAULT_START = '2025-01-15T10:00:00.000Z';

function toInput(item: string | SimInput, clock: number, state: FlowState): FlowInput {
  const at = new Date(clock).toISOString();
  if (typeof item === 'string') return { kind: 'message', text: item, at };
  if (item.kind === 'timer') return { ...item, at: item.at ?? state.timers[item.timer] ?? at };
  return { ...item, at: item.at ?? at };
}

export function runConversation(
  def: FlowDefinition,
  inputs: (string | SimInput)[],
  opts: ConversationOptions = {},
): Conversation {
  const settings: FlowSettings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const stepMs = (opts.stepSeconds ?? 20) * 1000;
  let clock = Date.parse(opts.start ?? DEFAULT_START);
  let state =
    opts.state ??
    initialState({
      lang: opts.lang ?? 'zh-CN',
      ...(opts.langLocked !== undefined ? { langLocked: opts.langLocked } : {}),
      channelHasPhone: opts.channelHasPhone ?? true,
      ...(opts.callback !== undefined ? { callback: opts.callback } : {}),
      now: new Date(clock).toISOString(),
    });
  const transcript: TranscriptLine[] = [];
  const events: FlowEvent[] = [];
  const steps: StepResult[] = [];
  for (const item of inputs) {
    const input = toInput(item, clock, state);
    clock = Math.max(clock, Date.parse(input.at));
    if (input.kind === 'message') {
      const label = input.location ? `[location ${input.location.lat},${input.location.lon}]` : '';
      transcript.push({ from: 'reporter', text: [input.text, label].filter((x) => x !== '').join(' ') });
    }
    const result = step(def, state, input, {
      now: input.at,
      settings,
      ...(opts.reference !== undefined ? { reference: opts.reference } : {}),
    });
    state = result.state;
    for (const reply of result.replies) transcript.push(gatewayLine(reply));
    events.push(...result.events);
    steps.push(result);
    clock += stepMs;
  }
  return { state, transcript, events, steps };
}

function gatewayLine(reply: Reply): TranscriptLine {
  return { from: 'gateway', text: reply.text, template: reply.template };
}

/** The transcript as plain lines ("> " reporter, "< " gateway), for golden files and quick reading. */
export function formatTranscript(lines: TranscriptLine[]): string {
  return lines.map((l) => `${l.from === 'reporter' ? '>' : '<'} ${l.text}`).join('\n');
}
