/**
 * The last reading of a report no rule and no frame could place: which kind of report it is most like.
 *
 * Used only after the numbered category question was asked and could not be read twice (the flow then records
 * `other_police` and flags the report for a call-taker): a closest kind with clear odds is better for dispatch
 * than "other". It never lowers a priority, never diverts to 12345 (non_police is not a class here) and leaves
 * its reason in the audit (`category.<kind>.similar` with the words that weighed most).
 *
 * A multinomial naive Bayes over Chinese character pairs and English lemmas, counted from the development and
 * fresh conversations of the evaluation corpus and from the category words of the rules, by
 * `npm run train-similar` into similar-model.ts (a test fails when that file is stale). The held-out and unseen
 * sets are never counted: they measure it.
 */
import type { Category } from '../incident.js';
import { expandAbbreviation, lemma } from '../lang/index.js';
import { SIMILAR_MODEL } from './similar-model.js';

/** Words that say nothing about the kind of report. */
const EN_STOP = new Set(
  (
    'a an the and or but of to in on at by for with from is am are was were be been being it its this that these ' +
    'those i me my we our you your he him his she her they them their there here what who how when where why ' +
    'not no yes do did does have has had just so very can could would will im its u ur pls please help police ' +
    'now right get got go going come some any one two'
  ).split(' '),
);
const CJK = /[\u3400-\u9fff]+/g;
const LATIN = /[a-z][a-z']*/g;

/** The features of one normalised text: Chinese character pairs (`z:` + pair) and English lemmas (`e:`). */
export function similarFeatures(norm: string): string[] {
  const out: string[] = [];
  for (const m of norm.matchAll(CJK)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) out.push(`z:${run.slice(i, i + 2)}`);
  }
  for (const m of norm.toLowerCase().matchAll(LATIN)) {
    for (const word of expandAbbreviation(m[0].replace(/'/g, '')).split(' ')) {
      if (word.length < 2 || EN_STOP.has(word)) continue;
      out.push(`e:${lemma(word)}`);
    }
  }
  return out;
}

export interface SimilarModel {
  categories: readonly Category[];
  /** Per category: how many feature occurrences were counted. */
  totals: readonly number[];
  /** Per feature: its count per category, as `index:count` pairs joined by commas. */
  counts: Readonly<Record<string, string>>;
}

interface Loaded {
  categories: readonly Category[];
  logDenominators: number[];
  counts: Map<string, Float64Array>;
}

const ALPHA = 0.5;
/** The share the closest kind must have (naive Bayes is overconfident: 0.8-0.95 still relabelled tests and complaints). */
const MIN_PROBABILITY = 0.99;
/** Fewer known features than this is too little to go on. */
const MIN_FEATURES = 3;

let loaded: Loaded | null = null;

function load(): Loaded {
  if (loaded !== null) return loaded;
  const model = SIMILAR_MODEL;
  const k = model.categories.length;
  const counts = new Map<string, Float64Array>();
  for (const [feature, packed] of Object.entries(model.counts)) {
    const row = new Float64Array(k);
    for (const pair of packed.split(',')) {
      const [i, n] = pair.split(':');
      row[Number(i)] = Number(n);
    }
    counts.set(feature, row);
  }
  const vocabulary = counts.size;
  const logDenominators = model.totals.map((t) => Math.log(t + ALPHA * vocabulary));
  loaded = { categories: model.categories, logDenominators, counts };
  return loaded;
}

export interface Similar {
  category: Category;
  probability: number;
  /** The features that weighed most for it, in reporter-readable form (for the audit reason). */
  because: string[];
}

/** The kind of report the normalised texts are most like, when the odds are clear; else null. */
export function mostSimilar(norms: readonly string[]): Similar | null {
  const m = load();
  const k = m.categories.length;
  const scores = new Float64Array(k);
  const seen: { feature: string; row: Float64Array }[] = [];
  for (const norm of norms) {
    for (const feature of similarFeatures(norm)) {
      const row = m.counts.get(feature);
      if (row === undefined) continue;
      seen.push({ feature, row });
      for (let c = 0; c < k; c++)
        scores[c] = (scores[c] ?? 0) + Math.log((row[c] ?? 0) + ALPHA) - (m.logDenominators[c] ?? 0);
    }
  }
  if (seen.length < MIN_FEATURES) return null;
  let best = 0;
  for (let c = 1; c < k; c++) if ((scores[c] ?? -Infinity) > (scores[best] ?? -Infinity)) best = c;
  const top = scores[best] ?? 0;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += Math.exp((scores[c] ?? 0) - top);
  const probability = 1 / sum;
  const category = m.categories[best];
  if (category === undefined || probability < MIN_PROBABILITY) return null;
  // The words that weighed most: largest share of this kind against the rest.
  const weight = (row: Float64Array) => {
    let rest = 0;
    for (let c = 0; c < k; c++) if (c !== best) rest += row[c] ?? 0;
    return ((row[best] ?? 0) + ALPHA) / (rest / Math.max(1, k - 1) + ALPHA);
  };
  const because = [...new Map(seen.map((s) => [s.feature, weight(s.row)])).entries()]
    .filter(([, w]) => w > 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([f]) => f.slice(2));
  return { category, probability, because };
}
