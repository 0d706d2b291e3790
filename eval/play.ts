/**
 * Plays one corpus conversation through the pure flow (`step`), the way a reporter would: the opening burst
 * first (5 s apart), then one answer per question, read from the public `awaiting` (awaitingOf) and nothing else.
 * Pure apart from reading the process CPU clock; the same conversation always gives the same transcript.
 */
import { defaultFlow } from '../src/core/flow/definition.js';
import { initialState, step } from '../src/core/flow/engine.js';
import { DEFAULT_SETTINGS } from '../src/core/flow/simulate.js';
import type { FlowEvent, FlowInput, FlowState, Reply } from '../src/core/flow/types.js';
import { awaitingOf } from '../src/core/view.js';
import type { Awaiting, Conversation, ElementKey, Status } from './types.js';

/** The clock of every conversation starts here (a weekday evening, UTC) and moves 20 s per message. */
export const START = '2025-03-14T11:00:00.000Z';
export const STEP_SECONDS = 20;
/** The texts of the opening burst are sent before any reply is read: this many seconds apart. */
export const BURST_SECONDS = 5;
/** A reporter gives up after this many messages (the share completed within it is a figure). */
export const MAX_MESSAGES = 15;

/** The callback number an SMS channel supplies (E.164), by the reporter's language. */
const SMS_CALLBACK: Record<Conversation['lang'], string> = {
  'zh-CN': '+8613800138000',
  en: '+14155550100',
};

const DONT_KNOW: Record<Conversation['lang'], string> = { 'zh-CN': '不知道', en: "don't know" };

export type TurnKind = 'opening' | 'answer' | 'later';

/** One reporter message and what the gateway did with it. */
export interface PlayedTurn {
  /** 1-based number of this reporter message. */
  n: number;
  kind: TurnKind;
  text: string;
  /** What was pending (`awaiting`) when the message was sent. */
  awaitingBefore: Awaiting | null;
  /** The question this message answers (answers only; burst and unprompted texts answer nothing). */
  answering: Awaiting | null;
  /** Elements this message gives (from `given` for the last opening text, `answerGives`, `later.gives`). */
  gives: ElementKey[];
  replies: Reply[];
  events: FlowEvent[];
  awaitingAfter: Awaiting | null;
  statusAfter: Status;
  /** CPU time of the `step` call (user + system), microseconds. */
  cpuMicros: number;
  /** Wall time of the `step` call, microseconds. */
  wallMicros: number;
}

export interface Played {
  conversation: Conversation;
  turns: PlayedTurn[];
  final: FlowState;
  /** Reporter messages until nothing was pending or the status left `collecting`; null if not within the cap. */
  completedAfter: number | null;
  /** An `early_dispatch` event was emitted. */
  earlyDispatched: boolean;
}

export interface PlayOptions {
  /** Measure CPU and wall time of each step (default true). */
  measure?: boolean;
  /**
   * Called before each message, outside the measured time: a benchmark plays other reporters' messages here, as
   * the gateway's flow worker interleaves many conversations (bench/core-cpu.ts --interleave).
   */
  between?: () => void;
}

export function play(conversation: Conversation, opts: PlayOptions = {}): Played {
  const measure = opts.measure ?? true;
  const c = conversation;
  let clock = Date.parse(START);
  let state = initialState({
    lang: c.lang,
    channelHasPhone: c.channel === 'sms',
    ...(c.channel === 'sms' ? { callback: SMS_CALLBACK[c.lang] } : {}),
    now: new Date(clock).toISOString(),
  });
  const turns: PlayedTurn[] = [];
  const later = [...(c.later ?? [])].sort((a, b) => a.afterTurn - b.afterTurn);
  const answerIndex = new Map<Awaiting, number>();
  const answeredOnce = new Set<Awaiting>();
  let completedAfter: number | null = null;

  const send = (text: string, kind: TurnKind, gives: ElementKey[]): void => {
    const awaitingBefore = awaitingOf(state);
    const at = new Date(clock).toISOString();
    const input: FlowInput = {
      kind: 'message',
      text,
      at,
      ...(turns.length === 0 && c.location ? { location: { ...c.location, datum: 'WGS84' as const } } : {}),
    };
    opts.between?.();
    const cpu0 = measure ? process.cpuUsage() : null;
    const wall0 = measure ? process.hrtime.bigint() : 0n;
    const result = step(defaultFlow, state, input, { now: at, settings: DEFAULT_SETTINGS });
    const wall = measure ? Number(process.hrtime.bigint() - wall0) / 1000 : 0;
    const cpu = cpu0 ? process.cpuUsage(cpu0) : { user: 0, system: 0 };
    state = result.state;
    const moreOpening = kind === 'opening' && turns.length + 1 < c.opening.length;
    clock += (moreOpening ? BURST_SECONDS : STEP_SECONDS) * 1000;
    turns.push({
      n: turns.length + 1,
      kind,
      text,
      awaitingBefore,
      answering: kind === 'answer' ? awaitingBefore : null,
      gives,
      replies: result.replies,
      events: result.events,
      awaitingAfter: awaitingOf(state),
      statusAfter: state.status,
      cpuMicros: cpu.user + cpu.system,
      wallMicros: wall,
    });
  };

  /** Unprompted texts whose turn has come are sent at once, in order. */
  const sendDueLater = (): void => {
    while (
      later.length > 0 &&
      later[0] !== undefined &&
      later[0].afterTurn <= turns.length &&
      turns.length < MAX_MESSAGES
    ) {
      const item = later.shift();
      if (item) send(item.text, 'later', item.gives ?? []);
    }
  };

  const noteCompletion = (): void => {
    if (completedAfter !== null || turns.length < c.opening.length) return;
    if (awaitingOf(state) === null || state.status !== 'collecting') completedAfter = turns.length;
  };

  c.opening.forEach((text, i) => {
    const last = i === c.opening.length - 1;
    send(text, 'opening', last ? c.expect.given : []);
    sendDueLater();
  });
  noteCompletion();

  while (turns.length < MAX_MESSAGES) {
    const pending = awaitingOf(state);
    if (pending === null) {
      // Nothing is asked: the reporter only writes again if they had something more to say.
      const item = later.shift();
      if (!item) break;
      send(item.text, 'later', item.gives ?? []);
    } else {
      const text = answerFor(c, pending, answerIndex);
      const gives = answeredOnce.has(pending) ? [] : (c.expect.answerGives?.[pending] ?? []);
      answeredOnce.add(pending);
      send(text, 'answer', gives);
    }
    sendDueLater();
    noteCompletion();
  }

  return {
    conversation: c,
    turns,
    final: state,
    completedAfter,
    earlyDispatched: turns.some((t) => t.events.some((e) => e.type === 'dispatch' && e.event === 'early_dispatch')),
  };
}

/**
 * The reporter's answer to `pending`: the next of their answers for it (after the last one they repeat it), else
 * their `fallback`, else what any reporter would say (`usualAnswer`), else "don't know". A question for something
 * already given gets the same: write an answer if they would repeat it.
 */
function answerFor(c: Conversation, pending: Awaiting, index: Map<Awaiting, number>): string {
  const given = c.answers[pending];
  if (given === undefined) return c.fallback ?? usualAnswer(c, pending) ?? DONT_KNOW[c.lang];
  if (typeof given === 'string') return given;
  const i = index.get(pending) ?? 0;
  index.set(pending, i + 1);
  return given[Math.min(i, given.length - 1)] ?? c.fallback ?? DONT_KNOW[c.lang];
}

/** The transcript with template ids and what was pending, for `npm run eval -- --only <id>`. */
export function formatPlayed(p: Played): string {
  const lines: string[] = [];
  for (const t of p.turns) {
    const asked = t.answering ? ` (answering ${t.answering})` : t.kind === 'later' ? ' (unprompted)' : '';
    lines.push(`> [${t.n}] ${t.text}${asked}`);
    for (const r of t.replies) lines.push(`<     ${r.template.padEnd(24)} ${r.text}`);
    for (const e of t.events) {
      if (e.type === 'dispatch') lines.push(`      * dispatch ${e.event} rev ${e.revision}`);
      if (e.type === 'triage')
        lines.push(`      * triage ${e.category ?? '-'} ${e.priority} ${e.route}${e.covert ? ' covert' : ''}`);
    }
    lines.push(
      `      awaiting: ${t.awaitingAfter ?? 'null'}   status: ${t.statusAfter}   cpu: ${(t.cpuMicros / 1000).toFixed(3)} ms`,
    );
  }
  return lines.join('\n');
}

const YES: Record<Conversation['lang'], string> = { 'zh-CN': '有', en: 'yes' };
const NO: Record<Conversation['lang'], string> = { 'zh-CN': '没有', en: 'no' };

/**
 * What a reporter says to the two questions every conversation may meet, when the author wrote no answer: to the
 * danger screen, the truth as the conversation describes it (yes for a life in danger, no for a matter that is not
 * urgent, don't know in between); to the category question, what happened in their own words again.
 */
export function usualAnswer(c: Conversation, pending: Awaiting): string | null {
  if (pending === 'danger') {
    const floor = c.expect.priority ?? c.expect.minPriority;
    if (floor === 'P1') return YES[c.lang];
    if (floor === 'P3' || floor === 'P4' || floor === 'divert') return NO[c.lang];
    return null;
  }
  if (pending === 'category') {
    const what = c.answers.what;
    if (typeof what === 'string') return what;
    if (Array.isArray(what) && what[0] !== undefined) return what[0];
    return c.opening.join(' ');
  }
  return null;
}
