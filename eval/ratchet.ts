/**
 * The ratchet: eval/record.json keeps the understanding figures per set (all, then each of metrics.ts CORPUS_SETS) and each
 * conversation's outcome. A run may not be worse than the record on the conversations the record was made on,
 * and the corpus may not shrink. Pure: reading and writing the file is run.ts's job.
 */
import { createHash } from 'node:crypto';
import {
  CORPUS_SETS,
  isHidden,
  setLabel,
  share,
  type CorpusSet,
  type Figures,
  type Outcome,
  type Ratio,
} from './metrics.js';

export const SETS = ['all', ...CORPUS_SETS] as const;
export type SetName = (typeof SETS)[number];

/** The figures that may never get worse. */
export interface RatchetFigures {
  conversations: number;
  p1Recall: Ratio;
  underTriaged: number;
  categoryAccuracy: Ratio;
  givenElementAsks: number;
  reasks: number;
}

/** What the record remembers of one conversation (held-out, unseen and unseen-2 ids are stored hashed: the record is read by tuners). */
export interface RecordedOutcome {
  category: boolean;
  /** null: not expected P1. */
  p1: boolean | null;
  underTriaged: boolean;
  givenAsked: boolean;
  reasks: number;
}

export interface EvalRecord {
  note: string;
  /** A record made before a set existed has no entry for it (that set is then not compared). */
  sets: Partial<Record<SetName, RatchetFigures>>;
  /** Development and fresh ids as they are; held-out ids as `holdout:<sha256 prefix>`, unseen ids as `unseen:<…>`, unseen-2 ids as `unseen2:<…>`, unseen-3 ids as `unseen3:<…>`, unseen-4 ids as `unseen4:<…>`, unseen-5 ids as `unseen5:<…>`, unseen-6 ids as `unseen6:<…>`, unseen-7 ids as `unseen7:<…>`. */
  outcomes: Record<string, RecordedOutcome>;
}

export const RECORD_NOTE =
  'Written by `npm run eval -- --record`; `npm run eval -- --check` (in .ci/run) fails when a figure is worse than ' +
  'this on the same conversations, or when a recorded conversation is gone. Never edit by hand to lower a figure.';

/** Sets whose ids the record stores hashed (their names describe the conversations). */
const HASHED_PREFIXES: readonly CorpusSet[] = CORPUS_SETS.filter(isHidden);

export function recordKey(id: string): string {
  const hidden = HASHED_PREFIXES.find((p) => id.startsWith(`${p}-`));
  if (hidden === undefined) return id;
  return `${hidden}:${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

export function ratchetFigures(f: Figures): RatchetFigures {
  return {
    conversations: f.conversations,
    p1Recall: f.p1Recall,
    underTriaged: f.underTriaged,
    categoryAccuracy: f.categoryAccuracy,
    givenElementAsks: f.givenElementAsks,
    reasks: f.reasks,
  };
}

export function recordedOutcome(o: Outcome): RecordedOutcome {
  return {
    category: o.category,
    p1: o.p1Expected ? o.p1Hit : null,
    underTriaged: o.underTriaged,
    givenAsked: o.givenAsked.length > 0,
    reasks: o.reasks,
  };
}

export function buildRecord(sets: Record<SetName, Figures>, outcomes: Outcome[]): EvalRecord {
  const byKey: Record<string, RecordedOutcome> = {};
  for (const o of [...outcomes].sort((a, b) => recordKey(a.id).localeCompare(recordKey(b.id))))
    byKey[recordKey(o.id)] = recordedOutcome(o);
  return {
    note: RECORD_NOTE,
    sets: Object.fromEntries(SETS.map((set) => [set, ratchetFigures(sets[set])])),
    outcomes: byKey,
  };
}

/** a is below b (as shares), compared exactly. */
function lowerShare(a: Ratio, b: Ratio): boolean {
  if (a.of === 0 || b.of === 0) return share(a) < share(b);
  return a.hit * b.of < b.hit * a.of;
}

function pct(r: Ratio): string {
  return `${r.hit}/${r.of} (${(share(r) * 100).toFixed(1)}%)`;
}

/**
 * Figures of `outcomes` restricted to the conversations in the record, in the record's terms: the like-for-like
 * comparison. Conversations added since the record do not count against it until the next `--record`.
 */
function likeForLike(record: EvalRecord, set: SetName, outcomes: Outcome[]): RatchetFigures {
  const inSet = outcomes.filter(
    (o) => (set === 'all' || set === o.set) && record.outcomes[recordKey(o.id)] !== undefined,
  );
  const p1 = inSet.filter((o) => o.p1Expected);
  return {
    conversations: inSet.length,
    p1Recall: { hit: p1.filter((o) => o.p1Hit).length, of: p1.length },
    underTriaged: inSet.filter((o) => o.underTriaged).length,
    categoryAccuracy: { hit: inSet.filter((o) => o.category).length, of: inSet.length },
    givenElementAsks: inSet.filter((o) => o.givenAsked.length > 0).length,
    reasks: inSet.reduce((n, o) => n + o.reasks, 0),
  };
}

/**
 * Every way this run is worse than the record, as sentences naming the figure; empty when nothing is.
 * `currentSize` is the number of conversations per set now (the corpus may grow, never shrink).
 */
export function regressions(record: EvalRecord, outcomes: Outcome[], currentSize: Record<SetName, number>): string[] {
  const out: string[] = [];
  const present = new Set(outcomes.map((o) => recordKey(o.id)));
  const gone = Object.keys(record.outcomes).filter((k) => !present.has(k));
  if (gone.length > 0) {
    const shown = gone.map((k) =>
      k.startsWith('holdout:') ? 'a held-out conversation' : /^unseen\d*:/.test(k) ? 'an unseen conversation' : k,
    );
    out.push(
      `recorded conversations are gone from the corpus (dropping or renaming one is not allowed): ${shown.join(', ')}`,
    );
  }
  for (const set of SETS) {
    const rec = record.sets[set];
    if (rec === undefined) continue;
    const label = setLabel(set);
    if (currentSize[set] < rec.conversations)
      out.push(`${label}: the corpus shrank from ${rec.conversations} to ${currentSize[set]} conversations`);
    const now = likeForLike(record, set, outcomes);
    if (lowerShare(now.p1Recall, rec.p1Recall))
      out.push(`${label}: P1 recall fell from ${pct(rec.p1Recall)} to ${pct(now.p1Recall)}`);
    if (now.underTriaged > rec.underTriaged)
      out.push(`${label}: under-triaged reports rose from ${rec.underTriaged} to ${now.underTriaged}`);
    if (lowerShare(now.categoryAccuracy, rec.categoryAccuracy))
      out.push(`${label}: category accuracy fell from ${pct(rec.categoryAccuracy)} to ${pct(now.categoryAccuracy)}`);
    if (now.givenElementAsks > rec.givenElementAsks)
      out.push(
        `${label}: given-element asks rose from ${rec.givenElementAsks} to ${now.givenElementAsks} conversations`,
      );
    if (now.reasks > rec.reasks) out.push(`${label}: re-asks rose from ${rec.reasks} to ${now.reasks}`);
  }
  return out;
}

/** Development and fresh conversations that passed a ratcheted check in the record and fail it now (a review aid). */
export function conversationRegressions(record: EvalRecord, outcomes: Outcome[]): string[] {
  const out: string[] = [];
  for (const o of outcomes) {
    if (o.holdout) continue;
    const was = record.outcomes[recordKey(o.id)];
    if (!was) continue;
    const lost: string[] = [];
    if (was.category && !o.category) lost.push('category');
    if (was.p1 === true && !o.p1Hit) lost.push('P1');
    if (!was.underTriaged && o.underTriaged) lost.push('now under-triaged');
    if (!was.givenAsked && o.givenAsked.length > 0) lost.push('asks a given element');
    if (o.reasks > was.reasks) lost.push(`re-asks ${was.reasks}→${o.reasks}`);
    if (lost.length > 0) out.push(`${o.id}: ${lost.join(', ')}`);
  }
  return out;
}

/** The record as text: the figures indented, one line per conversation (the file is machine-written). */
export function serialiseRecord(record: EvalRecord): string {
  const head = JSON.stringify({ note: record.note, sets: record.sets }, null, 2).replace(/\n}$/, '');
  const rows = Object.entries(record.outcomes).map(([id, o]) => `    ${JSON.stringify(id)}: ${JSON.stringify(o)}`);
  return `${head},\n  "outcomes": {\n${rows.join(',\n')}\n  }\n}\n`;
}
