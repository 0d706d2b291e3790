/**
 * What triage has read in one text, kept for the next steps. The flow re-runs triage after every message over
 * the opening burst and the latest messages; a text read in an earlier step gives the same hits, exceptions,
 * negations and ages again, so they are kept per text (the last TEXTS_REMEMBERED texts, per rule set) as
 * positions, and only bound to this step's Doc objects.
 *
 * Every check that combines hits (exceptions, negations, hits inside longer hits) compares hits of one doc
 * only, so a scan over several docs is the scans of each doc, one after the other, in doc order.
 */
import type { AgeHit, Doc, Hit, Matcher } from './match.js';
import { dropContained, findAges, isExcepted, makeDoc, negationOf } from './match.js';
import type { RuleSet, Term } from './rules.js';

/** A hit without its doc. */
export interface Span {
  start: number;
  end: number;
  term: Term;
}

/** The hits of one term list in one text, split into counted and negated ones. */
export interface TextScan {
  hits: readonly Span[];
  negated: readonly { hit: Span; by: Span }[];
}

/** Hits that change how other hits count: exceptions, negations and what stops a negation. */
interface Helpers {
  exceptions: Hit[];
  covertExceptions: Hit[];
  negations: Hit[];
  breakers: Hit[];
}

const NOTHING: TextScan = { hits: [], negated: [] };

/** One term list of a group read together (the words naming each category). */
export interface ListSpec {
  terms: readonly Term[];
  negatable: boolean;
}

const groupKeys = new WeakMap<readonly ListSpec[], number>();
let groupCount = 0;

function groupKey(group: readonly ListSpec[]): number {
  let id = groupKeys.get(group);
  if (id === undefined) {
    id = groupCount++;
    groupKeys.set(group, id);
  }
  return id;
}

const listKeys = new WeakMap<readonly Term[], number>();
let listCount = 0;

/**
 * A small number for a term list (by identity) and how it is scanned (negatable, covert): where a reading and
 * the evidence of one triage keep that scan, in an array rather than a map per list and per flag. Term lists
 * are rule data, made once (as the matcher, which compiles each list once, already assumes): a list built
 * anew at every call would get a new number every time.
 */
export function scanKey(terms: readonly Term[], negatable: boolean, covert: boolean): number {
  let id = listKeys.get(terms);
  if (id === undefined) {
    id = listCount++;
    listKeys.set(terms, id);
  }
  return id * 4 + (negatable ? 1 : 0) + (covert ? 2 : 0);
}

function span(h: Hit): Span {
  return { start: h.start, end: h.end, term: h.term };
}

/** One text as triage reads it. */
export class TextReading {
  /** The text's doc, for the matcher only: a step gets its own copy (hits are compared by doc identity). */
  private readonly doc: Doc;
  private own: Helpers | null = null;
  /** By scanKey. */
  private readonly scans: (TextScan | undefined)[] = [];
  private ageSpans: readonly Omit<AgeHit, 'doc'>[] | null = null;
  /** By groupKey. */
  private readonly groups: (readonly TextScan[] | undefined)[] = [];

  constructor(
    text: string,
    private readonly m: Matcher,
    private readonly rules: RuleSet,
  ) {
    this.doc = makeDoc(text);
  }

  /** A new Doc for this text (same characters and map back to the original, its own identity). */
  newDoc(): Doc {
    return { original: this.doc.original, norm: this.doc.norm, from: this.doc.from, to: this.doc.to };
  }

  private helpers(): Helpers {
    if (this.own === null) {
      const docs = [this.doc];
      const exceptions = this.m.find(this.rules.exceptions, docs);
      this.own = {
        exceptions,
        covertExceptions: this.m.find(this.rules.covertExceptions, docs),
        negations: this.m.find(this.rules.negations, docs, true).filter((h) => !isExcepted(h, exceptions)),
        breakers: this.m.find(this.rules.negationBreakers, docs),
      };
    }
    return this.own;
  }

  /** Hits of `terms` in this text that no exception voids, split into counted and negated ones. */
  scan(terms: readonly Term[], negatable: boolean, covert: boolean, key = scanKey(terms, negatable, covert)): TextScan {
    let result = this.scans[key];
    if (result === undefined) {
      const raw = this.m.find(terms, [this.doc]);
      if (raw.length === 0) result = NOTHING;
      else {
        const own = this.helpers();
        const hits: Span[] = [];
        const negated: { hit: Span; by: Span }[] = [];
        for (const hit of raw) {
          if (isExcepted(hit, own.exceptions) || (covert && isExcepted(hit, own.covertExceptions))) continue;
          const by = negatable ? negationOf(hit, own.negations, own.breakers) : undefined;
          if (by) negated.push({ hit: span(hit), by: span(by) });
          else hits.push(span(hit));
        }
        result = hits.length === 0 && negated.length === 0 ? NOTHING : { hits, negated };
      }
      this.scans[key] = result;
    }
    return result;
  }

  /**
   * The scans of a group of lists, where a counted hit inside a longer counted hit of any list of the group,
   * or the same as one of an earlier list, is dropped (in list order as scanned); negated hits are all kept.
   */
  scanGroup(group: readonly ListSpec[]): readonly TextScan[] {
    const key = groupKey(group);
    let result = this.groups[key];
    if (result === undefined) {
      const scans = group.map((g) => this.scan(g.terms, g.negatable, false));
      const hits = scans.map((sc) =>
        sc.hits.map((h): Hit => ({ doc: this.doc, start: h.start, end: h.end, term: h.term })),
      );
      const longest = new Set(dropContained(hits.flat()));
      result = scans.map((sc, i) => {
        const kept = (hits[i] ?? []).filter((h) => longest.has(h));
        if (kept.length === sc.hits.length) return sc;
        return { hits: kept.map(span), negated: sc.negated };
      });
      this.groups[key] = result;
    }
    return result;
  }

  /** The ages written in this text, bound to `doc`. */
  ages(doc: Doc): AgeHit[] {
    this.ageSpans ??= findAges([this.doc]).map((a) => ({ start: a.start, end: a.end, age: a.age }));
    if (this.ageSpans.length === 0) return [];
    return this.ageSpans.map((a) => ({ doc, start: a.start, end: a.end, age: a.age }));
  }
}

/**
 * Texts remembered per rule set: a step re-reads the opening burst and the latest messages, of every report taken
 * at once (as the matcher).
 */
const TEXTS_REMEMBERED = 512;

/** The readings of the last texts, for one rule set and its matcher. */
export class Readings {
  private readonly texts = new Map<string, TextReading>();

  constructor(
    private readonly m: Matcher,
    private readonly rules: RuleSet,
  ) {}

  of(text: string): TextReading {
    let r = this.texts.get(text);
    if (r === undefined) {
      if (this.texts.size >= TEXTS_REMEMBERED) this.texts.delete(this.texts.keys().next().value as string);
      r = new TextReading(text, this.m, this.rules);
      this.texts.set(text, r);
    }
    return r;
  }
}
