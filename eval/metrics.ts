/**
 * Scores played conversations against their expectations (eval/types.ts) and sums them up per set.
 * Pure: no I/O. The figures are the ones `npm run eval` prints and eval/record.json ratchets.
 */
import type { Played } from './play.js';
import type { Awaiting, Conversation, ElementKey, Priority, Route } from './types.js';

/** divert lowest, then P4 < P3 < P2 < P1. */
export const PRIORITY_RANK: Record<Priority, number> = { divert: 0, P4: 1, P3: 2, P2: 3, P1: 4 };

export function expectedFloor(c: Conversation): Priority {
  return c.expect.priority ?? c.expect.minPriority ?? 'P1';
}

/** One question seen in a reply, read from its template id. */
export interface Ask {
  turn: number;
  template: string;
  key: Awaiting;
  /** `reask.*`, `covert.reask`, `no_danger.reask`: the same question again after an unusable answer. */
  reask: boolean;
  /** `ask.location_detail`: the one follow-up for a vague place (INCIDENT.md). */
  detail: boolean;
}

/**
 * The question one template id asks, if any (a packed reply's id is split on "+" first). Known ids today: `ask.<key>`, `covert.ask.<key>`,
 * `reask.<key>`, `covert.reask`, `ask.location_detail`, `no_danger.confirm`, `no_danger.reask`; the generic
 * patterns also read future ids such as `ask.category` or `reask.danger`.
 */
export function askOf(template: string, pendingAfter: Awaiting | null): Omit<Ask, 'turn' | 'template'> | null {
  if (template === 'ask.location_detail' || template === 'covert.ask.location_detail')
    return { key: 'location', reask: false, detail: true };
  if (template === 'no_danger.confirm') return { key: 'danger', reask: false, detail: false };
  if (template === 'no_danger.reask') return { key: 'danger', reask: true, detail: false };
  if (template === 'covert.reask') return pendingAfter ? { key: pendingAfter, reask: true, detail: false } : null;
  const m = /^(?:covert\.)?(re)?ask\.([a-z_]+)$/.exec(template);
  if (!m || m[2] === undefined) return null;
  return { key: m[2] as Awaiting, reask: m[1] === 're', detail: false };
}

/**
 * The sets of the corpus, in the order they are reported. A conversation's set is named by its id's prefix
 * (`holdout-…`, `fresh-…`, `unseen-…`, `unseen2-…` …, else development). A new hidden set is one entry here and
 * its file in corpus/index.ts.
 */
export const CORPUS_SETS = [
  'development',
  'holdout',
  'fresh',
  'unseen',
  'unseen2',
  'unseen3',
  'unseen4',
  'unseen5',
  'unseen6',
  'unseen7',
  'unseen8',
  'unseen9',
  'unseen10',
  'unseen11',
] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** How a set is named in the tables ("held-out", "unseen-2"). */
export function setLabel(set: CorpusSet | 'all'): string {
  if (set === 'holdout') return 'held-out';
  const n = /^unseen(\d+)$/.exec(set);
  return n ? `unseen-${n[1] ?? ''}` : set;
}

/** The id prefix of a set's conversations (development has none). */
export function setPrefix(set: Exclude<CorpusSet, 'development'>): string {
  return `${set}-`;
}

export function setOf(id: string): CorpusSet {
  for (const set of CORPUS_SETS) if (set !== 'development' && id.startsWith(setPrefix(set))) return set;
  return 'development';
}

/** The sets whose conversations are not named to whoever tunes the rules (figures only; --show-holdout names them). */
export function isHidden(set: CorpusSet): boolean {
  return set === 'holdout' || set.startsWith('unseen');
}

export interface Outcome {
  id: string;
  /** The held-out, unseen, unseen-2, unseen-3, unseen-4, unseen-5 or unseen-6 set: its failures are not named to whoever tunes the rules. */
  holdout: boolean;
  set: CorpusSet;
  expected: Conversation['expect'];
  got: {
    category: string | null;
    priority: Priority;
    route: Route;
    covert: boolean;
    earlyDispatched: boolean;
    status: string;
    location: string | null;
  };
  category: boolean;
  /** Final priority as expected: equal to `priority`, or at least `minPriority`. */
  priority: boolean;
  underTriaged: boolean;
  route: boolean;
  /** null where either is acceptable. */
  earlyDispatch: boolean | null;
  covert: boolean | null;
  location: boolean | null;
  status: boolean | null;
  /** Expected P1; `p1Hit`: ended P1 and early-dispatched where that is expected. */
  p1Expected: boolean;
  p1Hit: boolean;
  reasks: number;
  reaskNotes: string[];
  /** Given elements that were asked anyway ("location at turn 3 (ask.location)"). */
  givenAsked: string[];
  completedAfter: number | null;
  messages: number;
  cpuMicros: number[];
  wallMicros: number[];
  /** Every check passed. */
  passed: boolean;
  problems: string[];
}

export function score(p: Played): Outcome {
  const c = p.conversation;
  const e = c.expect;
  const s = p.final;
  const floor = expectedFloor(c);
  const got = {
    category: s.category,
    priority: s.priority,
    route: s.route,
    covert: s.covert,
    earlyDispatched: p.earlyDispatched,
    status: s.status,
    location: s.elements.location?.value ?? null,
  };
  const category = s.category === e.category;
  const priority =
    e.priority !== undefined ? s.priority === e.priority : PRIORITY_RANK[s.priority] >= PRIORITY_RANK[floor];
  const underTriaged = PRIORITY_RANK[s.priority] < PRIORITY_RANK[floor];
  const routes = Array.isArray(e.route) ? e.route : [e.route];
  const route = routes.includes(s.route);
  const earlyDispatch = e.earlyDispatch === 'either' ? null : p.earlyDispatched === e.earlyDispatch;
  const covert = e.covert === undefined ? null : s.covert === e.covert;
  const location =
    e.location === undefined ? null : (got.location ?? '').toLowerCase().includes(e.location.toLowerCase());
  const status = e.status === undefined ? null : s.status === e.status;
  const p1Expected = floor === 'P1';
  const p1Hit = p1Expected && s.priority === 'P1' && (e.earlyDispatch !== true || p.earlyDispatched);

  // Questions, re-asks and given elements asked again.
  const asked = new Set<Awaiting>();
  const given = new Set<ElementKey>();
  let detailSeen = false;
  let reasks = 0;
  const reaskNotes: string[] = [];
  const givenAsked: string[] = [];
  for (const t of p.turns) {
    for (const k of t.gives) given.add(k);
    // Packed replies name every part: "ack+ask.location", "dont_know+ask.suspects".
    for (const template of t.replies.flatMap((r) => r.template.split('+'))) {
      const a = askOf(template, t.awaitingAfter);
      if (!a) continue;
      const note = `${a.key} at message ${t.n} (${template})`;
      if (given.has(a.key as ElementKey)) givenAsked.push(note);
      if (a.reask) {
        reasks++;
        reaskNotes.push(note);
      } else if (a.detail) {
        if (detailSeen) {
          reasks++;
          reaskNotes.push(note);
        }
        detailSeen = true;
      } else if (asked.has(a.key) || given.has(a.key as ElementKey)) {
        reasks++;
        reaskNotes.push(note);
      }
      asked.add(a.key);
    }
  }

  const problems: string[] = [];
  if (!category) problems.push(`category ${e.category} ≠ ${s.category ?? 'none'}`);
  if (!priority)
    problems.push(
      `priority ${e.priority ?? `≥${floor}`} ≠ ${s.priority}${underTriaged ? ' (under-triaged)' : ' (over-triaged)'}`,
    );
  if (!route) problems.push(`route ${routes.join('|')} ≠ ${s.route}`);
  if (earlyDispatch === false) problems.push(p.earlyDispatched ? 'early dispatch not expected' : 'no early dispatch');
  if (covert === false) problems.push(`covert ${String(e.covert)} ≠ ${String(s.covert)}`);
  if (location === false) problems.push(`location "${e.location ?? ''}" not in "${got.location ?? ''}"`);
  if (status === false) problems.push(`status ${e.status ?? ''} ≠ ${s.status}`);
  if (givenAsked.length > 0) problems.push(`given asked: ${givenAsked.join(', ')}`);
  if (p.completedAfter === null) problems.push(`not complete after ${p.turns.length} messages`);

  return {
    id: c.id,
    holdout: isHidden(setOf(c.id)),
    set: setOf(c.id),
    expected: e,
    got,
    category,
    priority,
    underTriaged,
    route,
    earlyDispatch,
    covert,
    location,
    status,
    p1Expected,
    p1Hit,
    reasks,
    reaskNotes,
    givenAsked,
    completedAfter: p.completedAfter,
    messages: p.turns.length,
    cpuMicros: p.turns.map((t) => t.cpuMicros),
    wallMicros: p.turns.map((t) => t.wallMicros),
    passed: problems.length === 0,
    problems,
  };
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface Figures {
  conversations: number;
  passed: number;
  p1Recall: Ratio;
  underTriaged: number;
  underTriagedIds: string[];
  categoryAccuracy: Ratio;
  priorityAsExpected: Ratio;
  routeAccuracy: Ratio;
  earlyDispatchAccuracy: Ratio;
  covertAccuracy: Ratio;
  reasks: number;
  givenElementAsks: number;
  medianMessagesToComplete: number | null;
  completedWithinCap: Ratio;
  cpuMedianMs: number;
  cpuP95Ms: number;
  wallMedianMs: number;
  wallP95Ms: number;
  steps: number;
}

export function share(r: Ratio): number {
  return r.of === 0 ? 1 : r.hit / r.of;
}

function ratio(outcomes: Outcome[], pick: (o: Outcome) => boolean | null): Ratio {
  let hit = 0;
  let of = 0;
  for (const o of outcomes) {
    const v = pick(o);
    if (v === null) continue;
    of++;
    if (v) hit++;
  }
  return { hit, of };
}

/** The q-quantile (0..1) by the nearest-rank method; 0 for an empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

export function summarise(outcomes: Outcome[], cap: number): Figures {
  const cpu = outcomes.flatMap((o) => o.cpuMicros);
  const wall = outcomes.flatMap((o) => o.wallMicros);
  // A conversation that never completed counts as one message beyond the cap for the median.
  const toComplete = outcomes.map((o) => o.completedAfter ?? cap + 1);
  const under = outcomes.filter((o) => o.underTriaged).map((o) => o.id);
  return {
    conversations: outcomes.length,
    passed: outcomes.filter((o) => o.passed).length,
    p1Recall: ratio(outcomes, (o) => (o.p1Expected ? o.p1Hit : null)),
    underTriaged: under.length,
    underTriagedIds: under,
    categoryAccuracy: ratio(outcomes, (o) => o.category),
    priorityAsExpected: ratio(outcomes, (o) => o.priority),
    routeAccuracy: ratio(outcomes, (o) => o.route),
    earlyDispatchAccuracy: ratio(outcomes, (o) => o.earlyDispatch),
    covertAccuracy: ratio(outcomes, (o) => o.covert),
    reasks: outcomes.reduce((n, o) => n + o.reasks, 0),
    givenElementAsks: outcomes.filter((o) => o.givenAsked.length > 0).length,
    medianMessagesToComplete: median(toComplete),
    completedWithinCap: ratio(outcomes, (o) => o.completedAfter !== null),
    cpuMedianMs: quantile(cpu, 0.5) / 1000,
    cpuP95Ms: quantile(cpu, 0.95) / 1000,
    wallMedianMs: quantile(wall, 0.5) / 1000,
    wallP95Ms: quantile(wall, 0.95) / 1000,
    steps: cpu.length,
  };
}
