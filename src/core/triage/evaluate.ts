/**
 * The one triage evaluator: applies the rules in rules.ts to everything the reporter said so far and returns
 * the category, priority, route, covert mode and early-dispatch decision, each with its reasons.
 *
 * Pure and deterministic: the same input gives the same result and the same reasons, in the same order. The
 * flow calls it after every message with all the texts; the reasons are the full list for this decision.
 *
 * Order of decisions:
 *   1. category: every category whose words match is a candidate; the most serious (table order) wins; the
 *      previous category is kept unless the new one is more serious.
 *   2. priority: the category's base, +1 tier for each modifier present, then escalations set a minimum.
 *      "It is over" (facts.over) lowers a P1 that only "now" words made P1 by one tier. Never below the
 *      previous priority otherwise (keywords only raise).
 *   3. non-police: danger blocks diversion; otherwise 12345 only after facts.noDanger === true.
 *   4. route, covert mode, early dispatch.
 */
import type { Category, ElementKey, ElementValue, Priority, Reason, Route } from '../incident.js';
import type { Doc, Hit } from './match.js';
import { Matcher, dropContained, quoteHit, CLAUSE_BREAK, type AgeHit } from './match.js';
import { maxPriority, priorityRank, raise } from './priority.js';
import type { CategoryRule, Escalation, ModifierId, ModifierRule, RuleSet, Term } from './rules.js';
import { DEFAULT_RULES } from './rules.js';
import { understoodPart } from '../text.js';
import {
  FRAMES,
  couldFire,
  couldNameRelative,
  framesIn,
  harmToPerson,
  hurtSaidAsIntent,
  relativeActs,
  saidAsIntent,
  type Frame,
  type FrameHit,
} from '../lang/frames.js';
import { ASKED_AS, LABEL_PROBABILITY, mostSimilar, OVERRIDE_PROBABILITY } from './similar.js';
import { CATEGORY_WORDS } from '../lang/vocabulary.js';
import { normalizeText } from '../lang/index.js';
import type { TriageInput, TriageResult } from './types.js';
import { Readings, scanKey, type ListSpec, type TextReading, type TextScan } from './reading.js';

/** Elements whose answers are read as reporter text (the others are interpreted as yes/no answers). */
const TEXT_ELEMENTS: readonly ElementKey[] = ['what', 'person', 'last_seen', 'time', 'suspects', 'safety'];
/** Elements whose answer is a yes/no for a modifier. */
const ANSWER_ELEMENTS: Partial<Record<ModifierId, ElementKey>> = {
  weapon: 'weapons',
  injury: 'injuries',
  in_progress: 'in_progress',
};
/**
 * Categories that a relative doing harm or locking someone in turns into domestic violence ("俺女婿…把俺推倒了 …
 * 还在屋里翻东西" is not a burglary). Not fire, rescue, medical or self-harm: their route matters more.
 */
const RELATIVE_OVERRIDES: ReadonlySet<Category> = new Set<Category>([
  'violence',
  'kidnapping',
  'threat',
  'robbery',
  'burglary',
  'theft',
  'disorder',
  'suspicious',
  'other_police',
]);
/**
 * Frames specific enough to outrank a category named by a word of a less serious one: a sexual touch, sex
 * without consent, someone forced into a vehicle, someone about to jump, someone in the water, someone hurt or
 * stranded in the wilds ("we can hear them shouting" names disorder), a weapon shown and then something taken ("took
 * my whip" names theft).
 */
const OUTRANKING_FRAMES: ReadonlySet<string> = new Set([
  'armed_take',
  'touched_intimate',
  'sex_without_consent',
  'shamed_in_room',
  'shamed_in_stupor',
  'force_into_vehicle',
  'forced_in_vehicle',
  'forced_in_vehicle_passive',
  'jump_from',
  'in_water',
  'hurt_in_wilds',
]);
/** Frames of a vehicle crash or a road user hit: they outrank a medical word (the crash explains the injury). */
const CRASH_FRAMES: ReadonlySet<string> = new Set(['vehicle_hit_road_user', 'vehicle_crash']);
/**
 * Medical words that only say someone is down (collapsed, unconscious): with harm being done to someone now in the
 * same report they are the fight's injury ("有人在打 有个倒地上了"), not an illness. Choking, breathing, a heart,
 * a fit name an illness whatever else is said.
 */
// prettier-ignore
const SOMEONE_DOWN: ReadonlySet<string> = new Set([
  '倒地', '倒地不起', '晕倒', '昏倒', '晕过去', '昏迷', '不省人事', '叫不醒', '没反应', '倒在地上', '躺在地上',
  '倒在地上不动', '倒地上不动', '躺在地上不动', '躺地上不动', '倒地不动', '一动不动', "isn't moving", 'is not moving',
  "he's not moving", "she's not moving", 'not moving at all',
  'collapsed', 'passed out', 'unconscious', 'unresponsive', 'not responding',
  // Lying on the ground, out cold (vocabulary.ts medical): with a fight in the report, the one beaten.
  'lying……not moving', 'laying……not moving', 'lying down……not moving', 'lying on the ground', 'laying on the ground',
  'lying on the floor', 'laying on the floor', 'lying on the footpath', 'laying on the footpath', 'lying on the pavement',
  'laying on the pavement', 'lying on the sidewalk', 'laying on the sidewalk', 'lying in the street', 'lying on the platform',
  'laying on the platform', 'lying face down', 'laying face down', 'out cold', 'man down',
]);

/** The frame a disorder report with someone hit is read by (see triage: harm done to a person outranks disorder). */
const HARM_PERSON_FRAME = FRAMES.find((f) => f.id === 'harm_person');

/** Categories a relative's harm-now frame outranks even when their words named them (a disturbance). */
const HARM_OUTRANKS_NAMED: ReadonlySet<Category> = new Set<Category>(['disorder', 'suspicious', 'non_police']);

/** Words that name a police matter in their own right (vocabulary other_police), not the generic 举报 / tip words. */
const POLICE_MATTER_WORDS: ReadonlySet<string> = new Set([
  ...(CATEGORY_WORDS.other_police?.zh ?? []),
  ...(CATEGORY_WORDS.other_police?.en ?? []),
]);

/** Every word that named medical only says someone is down. */
function someoneDownOnly(hits: readonly Hit[] | undefined): boolean {
  return hits !== undefined && hits.length > 0 && hits.every((h) => SOMEONE_DOWN.has(h.term.replace(/^~/, '')));
}
/** Modifiers that mean danger: a non-police request with one of these is not diverted. */
const DANGER_MODIFIERS: readonly ModifierId[] = ['weapon', 'injury', 'cannot_talk'];

const matchers = new WeakMap<RuleSet, { m: Matcher; readings: Readings }>();
function matcherFor(rules: RuleSet): { m: Matcher; readings: Readings } {
  let found = matchers.get(rules);
  if (!found) {
    const m = new Matcher(rules.vocabulary);
    found = { m, readings: new Readings(m, rules) };
    matchers.set(rules, found);
  }
  return found;
}

function usable(ev: ElementValue | undefined): ev is ElementValue {
  return ev !== undefined && ev.source !== 'unknown' && ev.source !== 'declined' && usableValue(ev.value);
}

function usableValue(value: string): boolean {
  const v = value.trim();
  return v !== '' && v.toLowerCase() !== 'unknown';
}

/**
 * The reporter's texts as the likeness reads them (similar.ts), normalised: the place taken out, since street names and
 * shop names say where, not what ("14 Market St" is no more a fight than a theft). Element answers are not read twice.
 */
function storyTexts(ev: Evidence, input: TriageInput): string[] {
  const place = input.elements.location;
  const where = usable(place) ? normalizeText(place.value.trim()) : '';
  const answers = new Set(ev.elementDocs.values());
  const out: string[] = [];
  for (const d of ev.docs) {
    if (answers.has(d)) continue;
    out.push(where.length >= 4 ? d.norm.split(where).join(' ') : d.norm);
  }
  return out;
}

/** Crimes against a person: the kinds an injury told as an illness can turn out to be. */
const HARM_BY_SOMEONE: ReadonlySet<Category> = new Set([
  'violence',
  'domestic_violence',
  'sexual_assault',
  'robbery',
  'kidnapping',
]);

/**
 * The words named an illness or an injury (medical), someone is there who could have done it (the suspects element
 * was read from the reporter's texts, or a partner or relative is named: "老公喝醉了回来 我头上一直流血") and the whole
 * story is overwhelmingly like a crime against a person: the likeness may name that crime. Without anyone it may
 * not: "door locked, she fell in her kitchen" is like a break-in by its words and is an old lady who fell.
 */
function harmDoneBySomeone(
  ev: Evidence,
  rules: RuleSet,
  named: CategoryRule,
  like: Category,
  input: TriageInput,
): boolean {
  if (named.category !== 'medical' || !HARM_BY_SOMEONE.has(like)) return false;
  return usable(input.elements.suspects) || ev.scan(rules.relationWords, false).hits.length > 0;
}

/** The values without '' and repeats, in first-seen order (a loop: this runs dozens of times per triage). */
function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  if (values.length < 2) {
    for (const v of values) if (v !== '') out.push(v);
    return out;
  }
  const seen = new Set<string>();
  for (const v of values) {
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

function joinQuotes(hits: readonly Hit[]): string {
  if (hits.length === 0) return '';
  if (hits.length === 1) return quoteHit(hits[0] as Hit);
  return unique(hits.map(quoteHit)).join(' / ');
}

function step(from: Priority, to: Priority): string {
  return from === to ? `priority stays ${to}` : `priority ${from}→${to}`;
}

interface Scan {
  hits: Hit[];
  negated: { hit: Hit; by: Hit }[];
}

interface ModifierFound {
  rule: ModifierRule;
  quotes: string[];
  /** Hits in texts (for same-message checks); element answers have none. */
  hits: Hit[];
}

/** The scan of words found nowhere (shared: nothing writes into a scan once it is made). */
const NO_SCAN: Scan = Object.freeze({
  hits: Object.freeze([]) as unknown as Hit[],
  negated: Object.freeze([]) as unknown as Scan['negated'],
});

/** Adds one text's scan to `to`, bound to this step's doc of that text. */
function bind(found: TextScan, doc: Doc, to: Scan): void {
  for (const h of found.hits) to.hits.push({ doc, start: h.start, end: h.end, term: h.term });
  for (const { hit, by } of found.negated) {
    to.negated.push({
      hit: { doc, start: hit.start, end: hit.end, term: hit.term },
      by: { doc, start: by.start, end: by.end, term: by.term },
    });
  }
}

/** Everything found in the reporter's words, shared by the steps below. */
class Evidence {
  readonly docs: Doc[] = [];
  /** The reporter's texts (understood part), in order: `spanDocs` joins them. */
  private readonly texts: string[];
  private spans: Doc[] | null = null;
  private readonly m: Matcher;
  private readonly readings: Readings;
  /** The reading of each doc's text, by doc index (texts read in earlier steps are not read again: reading.ts). */
  private readonly docReadings: TextReading[] = [];
  private readonly readingOf = new Map<Doc, TextReading>();
  /** Scans of the whole evidence, by scanKey (term list and flags). */
  private readonly cache: (Scan | undefined)[] = [];
  private agesFound: AgeHit[] | null = null;
  /** The doc of each element answer read as text (TEXT_ELEMENTS). */
  readonly elementDocs = new Map<ElementKey, Doc>();

  constructor(
    readonly rules: RuleSet,
    readonly input: TriageInput,
  ) {
    ({ m: this.m, readings: this.readings } = matcherFor(rules));
    this.texts = input.texts.filter((t) => t.trim() !== '').map(understoodPart);
    for (const t of this.texts) this.docs.push(this.docOf(t));
    for (const key of TEXT_ELEMENTS) {
      const ev = input.elements[key];
      if (!usable(ev)) continue;
      const doc = this.docOf(understoodPart(ev.value));
      this.docs.push(doc);
      this.elementDocs.set(key, doc);
    }
    for (const doc of this.docs) this.docReadings.push(this.readingOf.get(doc) as TextReading);
  }

  /**
   * The reporter's texts read two and three at a time, for frames only: a story told across texts ("theres someone
   * in the canal" / "by the lock" / "he's gone under") is one story. Keywords are read once, in `docs`. Made when
   * first asked for (most reports name a kind in one text).
   */
  spanDocs(): Doc[] {
    if (this.spans === null) {
      this.spans = [];
      for (let i = 1; i < this.texts.length; i++)
        this.spans.push(this.docOf(this.texts.slice(Math.max(0, i - 2), i + 1).join(' ')));
    }
    return this.spans;
  }

  /** A doc for `text` (like makeDoc), remembering its reading. */
  private docOf(text: string): Doc {
    const reading = this.readings.of(text);
    const doc = reading.newDoc();
    this.readingOf.set(doc, reading);
    return doc;
  }

  /** Hits of `terms` in all docs (or only in `docs`), split into counted and negated ones. */
  scan(terms: readonly Term[], negatable: boolean, covert = false, docs?: readonly Doc[]): Scan {
    const key = scanKey(terms, negatable, covert);
    const cached = docs ? undefined : this.cache[key];
    if (cached) return cached;
    let result: Scan = NO_SCAN;
    const list = docs ?? this.docs;
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] as Doc;
      const reading = (docs ? this.readingOf.get(doc) : this.docReadings[i]) ?? this.readings.of(doc.original);
      const found = reading.scan(terms, negatable, covert, key);
      if (found.hits.length === 0 && found.negated.length === 0) continue;
      if (result === NO_SCAN) result = { hits: [], negated: [] };
      bind(found, doc, result);
    }
    if (!docs) this.cache[key] = result;
    return result;
  }

  /**
   * The scans of a group of lists over all docs, where a counted hit inside a longer counted hit of another
   * list of the group is dropped (reading.ts scanGroup); not cached here (each group is read once per triage).
   */
  scanGroup(group: readonly ListSpec[]): Scan[] {
    const out: Scan[] = group.map(() => NO_SCAN);
    for (let d = 0; d < this.docs.length; d++) {
      const doc = this.docs[d] as Doc;
      const found = (this.docReadings[d] as TextReading).scanGroup(group);
      found.forEach((f, i) => {
        if (f.hits.length === 0 && f.negated.length === 0) return;
        let o = out[i] as Scan;
        if (o === NO_SCAN) out[i] = o = { hits: [], negated: [] };
        bind(f, doc, o);
      });
    }
    return out;
  }

  /** The ages written in the docs (findAges over them, in doc order). */
  ages(): AgeHit[] {
    if (this.agesFound === null) {
      const found: AgeHit[] = [];
      this.docs.forEach((doc, i) => {
        for (const a of (this.docReadings[i] as TextReading).ages(doc)) found.push(a);
      });
      this.agesFound = found;
    }
    return this.agesFound;
  }

  /** Does a yes/no-style element answer mean "yes" for this modifier? null when there is no usable answer. */
  answer(key: ElementKey, rule: ModifierRule): { present: boolean; quote: string } | null {
    const ev = this.input.elements[key];
    if (!usable(ev)) return null;
    const doc = this.docOf(ev.value);
    const bare = doc.norm.replace(/[\s,.!?;:，。！？；：、~了啊呀吧的哦呢]+$/u, '');
    const quote = ev.value.trim();
    const negative = (terms: readonly Term[]) =>
      lowerCased(terms).some((n) => bare === n || (bare.startsWith(n) && CLAUSE_BREAK.test(bare.charAt(n.length))));
    if (negative(this.rules.negativeAnswers)) return { present: false, quote };
    const found = this.scan(rule.words, true, false, [doc]);
    if (found.hits.length > 0) return { present: true, quote };
    if (found.negated.length > 0) return { present: false, quote };
    if (key === 'injuries' && this.m.find(this.rules.unharmedAnswers, [doc]).length > 0)
      return { present: false, quote };
    // "Over" or "gone" is a no unless the same answer says it goes on ("我没事了 但他还在外面", "he left but came back").
    if (
      key === 'in_progress' &&
      this.m.find(this.rules.overWords, [doc]).length > 0 &&
      this.scan(this.rules.ongoing, false, false, [doc]).hits.length === 0
    )
      return { present: false, quote };
    return { present: true, quote };
  }
}

const lowered = new WeakMap<readonly Term[], readonly string[]>();

/** A rule list in lower case, made once per list (rule data is made once). */
function lowerCased(terms: readonly Term[]): readonly string[] {
  let out = lowered.get(terms);
  if (out === undefined) {
    out = terms.map((t) => t.toLowerCase());
    lowered.set(terms, out);
  }
  return out;
}

interface PriorityOutcome {
  priority: Priority;
  reasons: Reason[];
  applied: Set<string>;
}

interface Context {
  ev: Evidence;
  rules: RuleSet;
  modifiers: Map<ModifierId, ModifierFound>;
  child: { present: boolean; quotes: string[] };
  categoryHits: Map<Category, Hit[]>;
}

const childWordSets = new WeakMap<RuleSet, ReadonlySet<Term>>();
function childWordSet(rules: RuleSet): ReadonlySet<Term> {
  let set = childWordSets.get(rules);
  if (set === undefined) {
    set = new Set(rules.childWords);
    childWordSets.set(rules, set);
  }
  return set;
}

/** Which modifiers are present, from the texts and from element answers. */
function findModifiers(ev: Evidence, rules: RuleSet, reasons: Reason[]): Map<ModifierId, ModifierFound> {
  const perRule = rules.modifiers.map((rule) => {
    const s = ev.scan(rule.words, !rule.notNegatable, rule.id === 'cannot_talk');
    if (rule.id === 'cannot_talk' && ev.scan(rules.deafWords, true).hits.length > 0) {
      // A deaf reporter who "cannot talk" is not in danger because of it; other triggers (躲在) still count.
      const speechOnly = new Set(rules.speechOnlyTriggers);
      const dropped = s.hits.filter((h) => speechOnly.has(h.term));
      if (dropped.length > 0) {
        reasons.push({ rule: 'covert.deaf', matched: joinQuotes(dropped), effect: 'not covert: the reporter is deaf' });
      }
      return { rule, scan: { ...s, hits: s.hits.filter((h) => !speechOnly.has(h.term)) } };
    }
    return { rule, scan: s };
  });
  // A word inside a longer word of another modifier counts only for the longer one ("他还在" is not also "还在").
  const all: Hit[] = [];
  for (const p of perRule) for (const h of p.scan.hits) all.push(h);
  const longest = new Set(dropContained(all));
  const found = new Map<ModifierId, ModifierFound>();
  const ages = ev.ages();
  const childTerms = childWordSet(rules);
  for (const { rule, scan } of perRule) {
    let hits = scan.hits.filter((h) => longest.has(h));
    // "he'll hurt me", "gonna hurt her": an injury said as an intent is a threat, nobody is hurt yet.
    if (rule.id === 'injury') hits = hits.filter((h) => !hurtSaidAsIntent(h.doc.norm, h.start));
    const extra: string[] = [];
    if (rule.id === 'vulnerable') {
      hits = hits.filter((h) => !childTerms.has(h.term) || !nextToAdultAge(h, ages, rules.age.childUnder));
      for (const a of ages) {
        if (a.age < rules.age.childUnder || a.age >= rules.age.elderlyFrom) extra.push(quoteHit({ ...a, term: '' }));
      }
    }
    const elementKey = ANSWER_ELEMENTS[rule.id];
    let answerNo: string | null = null;
    if (elementKey) {
      const a = ev.answer(elementKey, rule);
      if (a?.present) extra.push(a.quote);
      else if (a) answerNo = a.quote;
    }
    const quotes = unique([...hits.map(quoteHit), ...extra]);
    if (quotes.length > 0) found.set(rule.id, { rule, quotes, hits });
    for (const { hit, by } of scan.negated) {
      if (quotes.length > 0) continue;
      reasons.push({
        rule: `negation.modifier.${rule.id}`,
        matched: quoteHit({ doc: hit.doc, start: by.start, end: hit.end, term: '' }),
        effect: `${rule.id} not counted`,
      });
    }
    if (answerNo !== null && quotes.length === 0) {
      reasons.push({ rule: `answer.${elementKey ?? rule.id}`, matched: answerNo, effect: `${rule.id} not counted` });
    }
  }
  return found;
}

/** A child word right next to an age of 14 or more ("孩子15岁", "15岁的孩子") is not a child. */
function nextToAdultAge(hit: Hit, ages: readonly AgeHit[], childUnder: number): boolean {
  return ages.some(
    (a) =>
      a.doc === hit.doc &&
      a.age >= childUnder &&
      (Math.abs(a.start - hit.end) <= 6 || Math.abs(hit.start - a.end) <= 6) &&
      !CLAUSE_BREAK.test(hit.doc.norm.slice(Math.min(a.end, hit.end), Math.max(a.start, hit.start))),
  );
}

function findChild(ev: Evidence, rules: RuleSet): { present: boolean; quotes: string[] } {
  const ages = ev.ages();
  const words = ev.scan(rules.childWords, true).hits.filter((h) => !nextToAdultAge(h, ages, rules.age.childUnder));
  const young = ages.filter((a) => a.age < rules.age.childUnder);
  const quotes = unique([...words.map(quoteHit), ...young.map((a) => quoteHit({ ...a, term: '' }))]);
  return { present: quotes.length > 0, quotes };
}

/** Hits of a tense ("now") escalation that are not in a message that says it was in the past. */
function presentTense(ctx: Context, hits: Hit[], reasons: Reason[], rule: CategoryRule, esc: Escalation): Hit[] {
  const past = ctx.ev.scan(ctx.rules.pastTime, true).hits;
  const nowHits = ctx.modifiers.get('in_progress')?.hits ?? [];
  return hits.filter((h) => {
    const pastHit = past.find((p) => p.doc === h.doc);
    if (!pastHit || nowHits.some((n) => n.doc === h.doc)) return true;
    reasons.push({
      rule: `tense.past`,
      matched: quoteHit(pastHit),
      effect: `${rule.category}.${esc.id} not applied to "${quoteHit(h)}" (in the past)`,
    });
    return false;
  });
}

function evaluateEscalation(
  ctx: Context,
  rule: CategoryRule,
  esc: Escalation,
  reasons: Reason[],
): { applies: boolean; matched: string } {
  const negatable = !rule.notNegatable;
  const matched: string[] = [];
  let applies = false;
  if (esc.any) {
    let hits = ctx.ev.scan(esc.any, negatable).hits;
    if (esc.tense) hits = presentTense(ctx, hits, reasons, rule, esc);
    if (hits.length > 0) {
      applies = true;
      matched.push(joinQuotes(hits));
    }
  }
  if (esc.all && esc.all.length > 0) {
    const groups = esc.all.map((g) => ctx.ev.scan(g, negatable).hits);
    if (groups.every((g) => g.length > 0)) {
      applies = true;
      matched.push(groups.map((g) => joinQuotes(g)).join(' + '));
    }
  }
  if (esc.modifiers) {
    for (const id of esc.modifiers) {
      const f = ctx.modifiers.get(id);
      if (f) {
        applies = true;
        matched.push(f.quotes.join(' / '));
      }
    }
  }
  if (esc.signal === 'child_under_14' && ctx.child.present) {
    applies = true;
    matched.push(ctx.child.quotes.join(' / '));
  }
  if (applies && esc.unless) {
    const unless = ctx.ev.scan(esc.unless, false).hits;
    if (unless.length > 0) {
      reasons.push({
        rule: `priority.${rule.category}.${esc.id}`,
        matched: joinQuotes(unless),
        effect: `not applied: ${esc.note}`,
      });
      return { applies: false, matched: '' };
    }
  }
  return { applies, matched: unique(matched).join(' / ') };
}

/** Base + modifiers + escalations for one category; `withoutTense` leaves out every "now" contribution. */
function computePriority(ctx: Context, rule: CategoryRule | null, withoutTense: boolean): PriorityOutcome {
  const reasons: Reason[] = [];
  const applied = new Set<string>();
  const base: Priority = rule?.base ?? 'P3';
  const name = rule?.category ?? 'unknown';
  const first = rule ? (ctx.categoryHits.get(rule.category) ?? [])[0] : undefined;
  reasons.push({ rule: `priority.${name}.base`, matched: first ? quoteHit(first) : '', effect: `priority=${base}` });
  let cur = base;
  for (const mod of ctx.rules.modifiers) {
    const f = ctx.modifiers.get(mod.id);
    if (!f) continue;
    if (withoutTense && mod.tense) continue;
    const matched = f.quotes.join(' / ');
    if (rule?.ignoreModifiers?.includes(mod.id)) {
      reasons.push({ rule: `modifier.${mod.id}`, matched, effect: `not raised: ${mod.id} does not raise ${name}` });
      continue;
    }
    const next = raise(cur, 1);
    reasons.push({ rule: `modifier.${mod.id}`, matched, effect: step(cur, next) });
    cur = next;
  }
  for (const esc of rule?.escalations ?? []) {
    if (withoutTense && esc.tense) continue;
    const r = evaluateEscalation(ctx, rule as CategoryRule, esc, reasons);
    if (!r.applies) continue;
    applied.add(esc.id);
    const next = maxPriority(cur, esc.to);
    reasons.push({ rule: `priority.${name}.${esc.id}`, matched: r.matched, effect: step(cur, next) });
    cur = next;
  }
  return { priority: cur, reasons, applied };
}

/** Kinds whose usual priority a likeness label brings with it (evaluate: after "other"). */
const LIKENESS_FLOOR_KINDS: ReadonlySet<Category> = new Set(['self_harm', 'medical', 'fire', 'rescue']);

function categoryRank(rules: RuleSet, category: Category): number {
  const i = rules.categories.findIndex((r) => r.category === category);
  const rule = rules.categories[i];
  if (!rule) return Number.MAX_SAFE_INTEGER;
  return rule.fallbackOnly ? 1000 + i : i;
}

function chooseRoute(ctx: Context, rule: CategoryRule | null, applied: Set<string>): { route: Route; reason: Reason } {
  if (!rule) return { route: '110', reason: { rule: 'route.default', matched: '', effect: 'route=110' } };
  for (const r of rule.routeIf ?? []) {
    const words = r.any ? ctx.ev.scan(r.any, true).hits : [];
    const mods = (r.modifiers ?? []).map((id) => ctx.modifiers.get(id)).filter((f) => f !== undefined);
    const escs = (r.escalations ?? []).filter((id) => applied.has(id));
    if (words.length > 0 || mods.length > 0 || escs.length > 0) {
      const matched = unique([joinQuotes(words), ...mods.map((f) => f.quotes.join(' / ')), ...escs]).join(' / ');
      return { route: r.route, reason: { rule: `route.${rule.category}`, matched, effect: `route=${r.route}` } };
    }
  }
  const first = (ctx.categoryHits.get(rule.category) ?? [])[0];
  return {
    route: rule.route,
    reason: { rule: `route.${rule.category}`, matched: first ? quoteHit(first) : '', effect: `route=${rule.route}` },
  };
}

const naming = new WeakMap<CategoryRule, readonly Term[]>();

/** The words that name a category: its own, and its escalations' words that name it. Built once per rule. */
function namingWords(rule: CategoryRule): readonly Term[] {
  let words = naming.get(rule);
  if (words === undefined) {
    words = [
      ...rule.zh,
      ...rule.en,
      // Generic calls for help ("报警", "救命", "police") raise the priority of a police matter but name no
      // category: with nothing else the flow asks (danger screen, category question).
      ...(rule.escalations ?? []).flatMap((e) => (e.namesCategory && !rule.fallbackOnly ? (e.any ?? []) : [])),
    ];
    naming.set(rule, words);
  }
  return words;
}

const namingGroups = new WeakMap<RuleSet, readonly ListSpec[]>();

/** The words naming each category, in table order, read as one group (reading.ts scanGroup). */
function namingGroup(rules: RuleSet): readonly ListSpec[] {
  let group = namingGroups.get(rules);
  if (group === undefined) {
    group = rules.categories.map((rule) => ({ terms: namingWords(rule), negatable: !rule.notNegatable }));
    namingGroups.set(rules, group);
  }
  return group;
}

export function triage(input: TriageInput, rules: RuleSet = DEFAULT_RULES): TriageResult {
  const ev = new Evidence(rules, input);
  const reasons: Reason[] = [];
  const previous = input.previous;

  // 1. Category.
  // A word inside a longer word of another category counts only for the longer one ("小偷在家里" is burglary).
  const scans = ev.scanGroup(namingGroup(rules));
  const perCategory = rules.categories.map((rule, i) => ({ rule, scan: scans[i] ?? { hits: [], negated: [] } }));
  const categoryHits = new Map<Category, Hit[]>();
  const negationReasons: Reason[] = [];
  for (const { rule, scan } of perCategory) {
    let hits = scan.hits;
    // "把我老公打了": the partner is the one hit, not the one hitting (a domestic word read the wrong way round):
    // someone hit them, violence.
    if (rule.category === 'domestic_violence') {
      const hitPartner = hits.filter((h) => VICTIM_BEFORE_ZH.test(before(h)));
      if (hitPartner.length > 0) {
        hits = hits.filter((h) => !hitPartner.includes(h));
        categoryHits.set('violence', [...(categoryHits.get('violence') ?? []), ...hitPartner]);
      }
    }
    if (hits.length > 0) categoryHits.set(rule.category, [...(categoryHits.get(rule.category) ?? []), ...hits]);
    else {
      for (const { hit, by } of scan.negated) {
        negationReasons.push({
          rule: `negation.category.${rule.category}`,
          matched: quoteHit({ doc: hit.doc, start: by.start, end: hit.end, term: '' }),
          effect: `${rule.category} not counted`,
        });
      }
    }
  }
  // No category word: read the words by meaning (harm × person, take × item, ...: lang/frames.ts).
  const framed = new Map<Category, Frame>();
  // Frames that mean danger by themselves (someone in the water, harm being done now, an intent to die) count
  // at once. The others only once the report is P1 (the danger screen said yes, or other words made it P1):
  // then the category decides the dispatch and asking for it costs time. Below P1 the numbered category
  // question is asked instead: when unsure, ask (INCIDENT.md). When that question ended without a category
  // (other_police), the story told so far is read by meaning after all: a frame is better than no category.
  const named = rules.categories.find((r) => !r.fallbackOnly && categoryHits.has(r.category));
  if (named !== undefined) {
    // A word named a category; a frame of a more serious one in the same report still counts when it is one
    // of the specific readings ("拿那个蹭我" then "他还跟着我" is sexual assault, not only a threat; "forced my
    // brother into a car at gunpoint" is a kidnapping, not a robbery).
    const namedRank = categoryRank(rules, named.category);
    const harmOutranks = named.category === 'medical' && someoneDownOnly(categoryHits.get('medical'));
    // A relative doing harm now outranks a disturbance: a drunk who is beating his wife now is domestic violence,
    // not disorder ("额大喝多了又在屋里咥额妈").
    const homeHarmOutranks = HARM_OUTRANKS_NAMED.has(named.category);
    // A vehicle that hit someone or crashed explains the pain named as an illness ("叫一辆轿车别倒了 腿疼得站不起来").
    const crashOutranks = named.category === 'medical';
    const wanted = (f: Frame) =>
      (OUTRANKING_FRAMES.has(f.id) ||
        (harmOutranks && f.id === 'harm_now') ||
        (crashOutranks && CRASH_FRAMES.has(f.id)) ||
        (homeHarmOutranks && f.id === 'domestic_harm_now')) &&
      categoryRank(rules, f.category) < namedRank;
    for (const doc of ev.docs) {
      // The key names what `wanted` depends on (couldFire caches the frames it selects by key).
      if (!couldFire(doc.norm, `outrank:${named.category}${harmOutranks ? ':harm' : ''}`, wanted)) continue;
      for (const f of framesIn(doc.norm)) {
        if (!wanted(f.frame)) continue;
        const hit: Hit = { doc, start: f.start, end: f.end, term: `frame:${f.frame.id}` };
        const list = categoryHits.get(f.frame.category);
        if (list === undefined) categoryHits.set(f.frame.category, [hit]);
        else list.push(hit);
        if (!framed.has(f.frame.category)) framed.set(f.frame.category, f.frame);
      }
    }
    // Disorder (smashing cars, a drunk crowd) where someone is hit is an assault: harm done to a person outranks it.
    // So is a property or parking quarrel (non_police words) in which someone was beaten ("物业的保安把我爸打了").
    if ((named.category === 'disorder' || named.category === 'non_police') && !categoryHits.has('violence')) {
      for (const doc of ev.docs) {
        const span = harmToPerson(doc.norm);
        if (span === null) continue;
        categoryHits.set('violence', [{ doc, start: span.start, end: span.end, term: 'frame:harm_person' }]);
        if (HARM_PERSON_FRAME !== undefined) framed.set('violence', HARM_PERSON_FRAME);
        break;
      }
    }
  } else {
    const screened =
      input.facts.danger === 'yes' || previous?.priority === 'P1' || input.facts.chosenCategory === 'other_police';
    const byMeaning = (doc: Doc, f: FrameHit) => {
      const hit: Hit = { doc, start: f.start, end: f.end, term: `frame:${f.frame.id}` };
      const list = categoryHits.get(f.frame.category);
      if (list === undefined) categoryHits.set(f.frame.category, [hit]);
      else list.push(hit);
      const known = framed.get(f.frame.category);
      if (known === undefined || (f.frame.to === 'P1' && known.to !== 'P1')) framed.set(f.frame.category, f.frame);
    };
    for (const doc of ev.docs)
      for (const f of framesIn(doc.norm)) if (screened || f.frame.to === 'P1') byMeaning(doc, f);
    // Nothing in any one text: a danger told across texts ("theres someone in the canal" / "he's gone under").
    if (categoryHits.size === 0)
      for (const doc of ev.spanDocs()) for (const f of framesIn(doc.norm)) if (f.frame.to === 'P1') byMeaning(doc, f);
  }
  // Harm said only as an intent ("说要找人来砍我", "says hes gonna glass me"): nobody has been touched yet, a threat.
  const violenceHits = categoryHits.get('violence');
  if (
    violenceHits !== undefined &&
    violenceHits.every((h) => !h.term.startsWith('frame:') && saidAsIntent(h.doc.norm, h.start))
  ) {
    categoryHits.delete('violence');
    const threatHits = categoryHits.get('threat');
    if (threatHits === undefined) categoryHits.set('threat', [...violenceHits]);
    else threatHits.push(...violenceHits);
    reasons.push({
      rule: 'category.threat.intent',
      matched: joinQuotes(violenceHits),
      effect: 'not violence: the harm is said as an intent (a threat, no contact yet)',
    });
  }
  // Words that name a category only when nothing else explains them (locked in, won't let me leave; a door kicked)
  // give way to another category named in the same report: the boss who corners her is a sexual assault.
  const yieldedTo = yieldCategories(ev, rules, categoryHits, reasons);
  const candidates = rules.categories.filter((r) => categoryHits.has(r.category));
  let matchedCategory =
    candidates.find((r) => !r.fallbackOnly)?.category ?? candidates.find((r) => r.fallbackOnly)?.category ?? null;
  // A police matter named by its own words (drugs, gambling, an ice pipe: lang/vocabulary.ts) next to a 12345 word
  // ("垃圾里还看到锡纸和吸管") is that police matter: other_police gives way to any category, but only its generic
  // words (举报, 捡到) give way to a city matter.
  const policeMatter = categoryHits.get('other_police')?.find((h) => POLICE_MATTER_WORDS.has(h.term));
  if (matchedCategory === 'non_police' && policeMatter !== undefined) {
    matchedCategory = 'other_police';
    reasons.push({
      rule: 'category.other_police.police_matter',
      matched: quoteHit(policeMatter),
      effect: 'category=other_police (a police matter named next to a city matter)',
    });
  }
  let category: Category | null = matchedCategory;
  // A kind read by likeness (below) is no evidence for the next step: it is read again from the words each time.
  const prevByLikeness = previous?.reasons.some((r) => r.rule.endsWith('.similar')) === true;
  const prevCategory = prevByLikeness ? null : (previous?.category ?? null);
  let keptPrevious = false;
  if (prevCategory && (category === null || categoryRank(rules, prevCategory) < categoryRank(rules, category))) {
    keptPrevious = category !== prevCategory;
    category = prevCategory;
  }
  for (const r of candidates) {
    const hits = categoryHits.get(r.category) ?? [];
    reasons.push({
      rule: `category.${r.category}.${framed.has(r.category) ? `frame.${framed.get(r.category)?.id ?? ''}` : 'keyword'}`,
      matched: joinQuotes(hits),
      effect: r.category === category ? `category=${r.category}` : `candidate ${r.category} (outranked by ${category})`,
    });
  }
  if (keptPrevious && prevCategory) {
    reasons.push({
      rule: 'category.previous',
      matched: prevCategory,
      effect: matchedCategory
        ? `category=${prevCategory} kept (more serious than ${matchedCategory})`
        : `category=${prevCategory} kept`,
    });
  }
  reasons.push(...negationReasons);
  // The reporter's own answer to the category question counts like a word naming it.
  const chosen = input.facts.chosenCategory ?? null;
  if (chosen !== null && (category === null || categoryRank(rules, chosen) < categoryRank(rules, category))) {
    category = chosen;
    reasons.push({ rule: 'category.answer', matched: chosen, effect: `category=${chosen} (the reporter's answer)` });
  }
  // Asked, and still "other": the kind of report the story is most like, when the odds are clear (similar.ts).
  // Only the label changes: priority, route and covert mode stay those of "other" (a likeness is no evidence), except
  // the floor of a danger no one caused and its 119 / 120 advice (below). Below overwhelming odds the questions stay
  // those of "other" too.
  let labelOnly = false;
  if (rules.similar !== false && category === 'other_police' && chosen === 'other_police' && matchedCategory === null) {
    const like = mostSimilar(
      ev.docs.map((d) => d.norm),
      LABEL_PROBABILITY,
    );
    if (like !== null && like.category !== 'other_police' && like.category !== 'non_police') {
      labelOnly = true;
      category = like.category;
      reasons.push({
        rule: `category.${like.category}.similar`,
        matched: like.because.join(' '),
        effect: `category=${like.category} (most like such reports, p=${like.probability.toFixed(2)})`,
      });
      if (like.probability < OVERRIDE_PROBABILITY)
        reasons.push({
          rule: `${ASKED_AS}other_police`,
          matched: 'other_police',
          effect: `questions of other_police (the likeness, p=${like.probability.toFixed(2)}, is not clear enough to ask its own)`,
        });
    }
  }
  // A more specific reading of the same story (lang/frames.ts `overrides`): force over what was taken is a robbery,
  // not a fight; a goodbye and gone is a missing person at risk; stuck in a lift is a rescue, not a detention; held
  // and touched is a sexual assault. A category named by its weak words only (rules.ts `yielding`) or by a frame
  // gives way; one named by its own words gives way unless it has weak words at all.
  let specificRead = false;
  if (category !== null && !labelOnly) {
    const specific = specificReading(ev.docs, category, rules, categoryHits.get(category) ?? []);
    if (specific !== null) {
      specificRead = true;
      reasons.push({
        rule: `category.${specific.frame.category}.frame.${specific.frame.id}`,
        matched: specific.quote,
        effect: `category=${specific.frame.category} (was ${category}: ${specific.frame.note})`,
      });
      // What gave way keeps its floor where the rules say so: held in a car and touched is a sexual assault and
      // still someone held now (kidnapping `yieldingFloor`), as when the words gave way above.
      const was = category;
      category = specific.frame.category;
      framed.set(category, specific.frame);
      const floor = rules.categories.find((r) => r.category === was)?.yieldingFloor;
      if (floor !== undefined && floor.in.includes(category) && !yieldedTo.has(category))
        yieldedTo.set(category, { to: floor.to, from: was, quote: specific.quote });
    }
  }
  // The same words, another kind when the report says so (rules.ts `readsAs`): pills taken by accident are an
  // illness, not self-harm; a scam call that cost nothing is suspicious activity, not a fraud in progress.
  if (category !== null && !labelOnly) {
    const readsAs = rules.categories.find((r) => r.category === category)?.readsAs ?? [];
    for (const alt of readsAs) {
      const said = ev.scan(alt.words, false).hits;
      if (said.length === 0) continue;
      if (alt.unless !== undefined && ev.scan(alt.unless, true).hits.length > 0) continue;
      reasons.push({
        rule: `category.${alt.category}.reads_as`,
        matched: joinQuotes(said),
        effect: `category=${alt.category} (was ${category}: ${alt.note})`,
      });
      category = alt.category;
      break;
    }
  }
  // A partner or relative named in a report about violence makes it domestic violence.
  let heldByRelative = false;
  if (category !== null && RELATIVE_OVERRIDES.has(category)) {
    // …and so does any relative who is the one hitting or locking someone in ("我哥把我锁屋里", "my grandson
    // pushed me down", "被俺男人往墙上撞"), never a relative who is the victim ("我哥被人打了").
    const acts = relativeActIn(ev.docs) ?? overridingFrame(ev.docs, category);
    if (acts !== null) {
      heldByRelative = category === 'kidnapping';
      reasons.push({
        rule: 'category.domestic_violence.relative_acts',
        matched: acts,
        effect: `category=domestic_violence (was ${category}: a partner or relative does it)`,
      });
      category = 'domestic_violence';
    }
  }
  // A partner or relative named as the one who did it (the answer to "who?"), in a report read as a break-in: he
  // smashes the door while she hides ("他又喝醉了 在砸门" … "我男人"), domestic violence, not a burglary.
  const suspectsDoc = ev.elementDocs.get('suspects');
  if (category === 'burglary' && suspectsDoc !== undefined) {
    const relation = ev.scan(rules.relationWords, true, false, [suspectsDoc]).hits;
    if (relation.length > 0) {
      category = 'domestic_violence';
      reasons.push({
        rule: 'category.domestic_violence.suspect_relative',
        matched: joinQuotes(relation),
        effect: 'category=domestic_violence (was burglary: the one who did it is a partner or relative)',
      });
    }
  }
  // The partner named is the one strangers hurt: no likeness makes it domestic violence.
  let partnerHurtByOthers = false;
  if (category === 'violence') {
    // Not the partner it was done to ("几个喝多的把我老公打了", "they jumped my husband"): strangers did it.
    // The same partner named again ("我跟我老公在吃饭 … 把我老公打了") is still the one hit.
    const all = ev.scan(rules.relationWords, false).hits;
    const victims = new Set(all.filter(relationIsVictim).map((h) => h.term));
    const relation = all.filter((h) => !victims.has(h.term));
    partnerHurtByOthers = victims.size > 0 && relation.length === 0;
    if (relation.length > 0) {
      category = 'domestic_violence';
      reasons.push({
        rule: 'category.domestic_violence.relation',
        matched: joinQuotes(relation),
        effect: 'category=domestic_violence (a partner or relative)',
      });
    }
  }

  // 2. Priority.
  const modifiers = findModifiers(ev, rules, reasons);
  const ctx: Context = { ev, rules, modifiers, child: findChild(ev, rules), categoryHits };
  // The words named a kind, and the whole story is overwhelmingly like reports of another kind (similar.ts): the
  // likeness names it. Word lists miss how people tell a story (a partner named three texts later, a robbery told
  // as a beating); a model of thousands of reports weighs every word at once. The words' kind still sets a floor:
  // the priority is the higher of the two readings (uncertainty resolves upward). Never away from a kind that
  // brings the fire service or an ambulance (its route) or from a missing person, nor to "other" or a 12345 matter.
  let wordsRule: CategoryRule | null = null;
  let wordsOutcome: PriorityOutcome | null = null;
  // Rape or sexual assault said in so many words (the rule's P1 words): no likeness moves it.
  const rapeWords =
    category === 'sexual_assault'
      ? rules.categories
          .find((r) => r.category === 'sexual_assault')
          ?.escalations?.find((e) => e.id === 'assault_keyword')?.any
      : undefined;
  const rapeNamed = rapeWords !== undefined && ev.scan(rapeWords, true).hits.length > 0;
  if (
    rules.similar !== false &&
    category !== null &&
    !labelOnly &&
    !specificRead &&
    category !== 'non_police' &&
    // A missing person stays one: the search is the job, whatever else the story is like (a goodbye, a river). So
    // does a rape said in so many words: one that ended with the man running off is no robbery for being told like
    // one ("让人给强奸了 … 那人往长安路那边跑了").
    category !== 'missing_person' &&
    !(category === 'sexual_assault' && rapeNamed) &&
    // Nor away from someone in danger by no one's hand (someone in the water, under a collapse, stranded: a rescue
    // frame that means danger by itself): a drowning told in few words is like no kind of report more than another.
    !(category === 'rescue' && framed.get('rescue')?.to === 'P1')
  ) {
    const like = mostSimilar(storyTexts(ev, input), OVERRIDE_PROBABILITY);
    const named = rules.categories.find((r) => r.category === category) ?? null;
    const namedOutcome =
      like !== null &&
      named !== null &&
      like.category !== category &&
      like.category !== 'other_police' &&
      like.category !== 'non_police'
        ? computePriority(ctx, named, false)
        : null;
    if (
      like !== null &&
      named !== null &&
      namedOutcome !== null &&
      !(partnerHurtByOthers && like.category === 'domestic_violence') &&
      (chooseRoute(ctx, named, namedOutcome.applied).route === '110' ||
        harmDoneBySomeone(ev, rules, named, like.category, input))
    ) {
      wordsRule = named;
      wordsOutcome = namedOutcome;
      reasons.push({
        rule: `category.${like.category}.similar`,
        matched: like.because.join(' '),
        effect: `category=${like.category} (was ${category}: most like such reports, p=${like.probability.toFixed(3)})`,
      });
      // The questions stay those of the more serious reading (its weapons and injuries questions), the label is
      // the likeness: uncertainty resolves upward for what is asked too (flow/work.ts requiredElements).
      if (categoryRank(rules, named.category) < categoryRank(rules, like.category))
        reasons.push({
          rule: `${ASKED_AS}${named.category}`,
          matched: named.category,
          effect: `questions of ${named.category} (more serious than ${like.category})`,
        });
      category = like.category;
    }
  }
  let rule = rules.categories.find((r) => r.category === (labelOnly ? 'other_police' : category)) ?? null;
  let outcome = computePriority(ctx, rule, false);
  reasons.push(...outcome.reasons);
  let priority = outcome.priority;
  // The likeness is only a label, but when it names a danger to life that no one caused (self-harm, an illness, a
  // fire, a rescue), its kind's usual priority is the floor: a suicide threat told in words the rules do not know is
  // not a P3 "other" (uncertainty resolves upward). Crimes keep other's priority: their past and unhurt variants
  // are common, and a likeness cannot tell them apart.
  const likeRule = labelOnly ? rules.categories.find((r) => r.category === category) : undefined;
  if (likeRule !== undefined && LIKENESS_FLOOR_KINDS.has(likeRule.category)) {
    if (priorityRank(likeRule.base) > priorityRank(priority)) {
      reasons.push({
        rule: `priority.${likeRule.category}.similar`,
        matched: likeRule.category,
        effect: `${step(priority, likeRule.base)} (the usual priority of the kind it is most like)`,
      });
      priority = likeRule.base;
    }
  }
  if (wordsRule !== null && wordsOutcome !== null) {
    const words = wordsOutcome;
    if (priorityRank(words.priority) > priorityRank(priority)) {
      reasons.push({
        rule: `priority.${wordsRule.category}.words`,
        matched: wordsRule.category,
        effect: `${step(priority, words.priority)} (the kind the words named)`,
      });
      priority = words.priority;
    }
    // The words' kind read from a frame that means danger by itself (someone in the water) keeps that floor too.
    const wordsFrame = framed.get(wordsRule.category);
    if (wordsFrame?.to !== undefined && priorityRank(wordsFrame.to) > priorityRank(priority)) {
      reasons.push({
        rule: `priority.${wordsRule.category}.frame.${wordsFrame.id}`,
        matched: wordsFrame.note,
        effect: `${step(priority, wordsFrame.to)} (the kind the words named)`,
      });
      priority = wordsFrame.to;
    }
  }
  // A category read from a frame is less sure than one named, and no danger screen is asked for it:
  // uncertainty resolves upward (at least P2), and a frame that means danger by itself (someone in the
  // water, an intent to die, harm being done now) sets its own floor. A 12345 matter still asks "any danger?".
  const frame = category === null ? undefined : framed.get(category);
  const calm = input.facts.danger === 'no' || input.facts.noDanger === true || rule?.divert === true;
  const frameFloor: Priority | undefined = frame?.to ?? (frame && !calm ? 'P2' : undefined);
  if (frame && frameFloor !== undefined && priorityRank(frameFloor) > priorityRank(priority)) {
    reasons.push({
      rule: `priority.${frame.category}.frame.${frame.id}`,
      matched: frame.note,
      effect: step(priority, frameFloor),
    });
    priority = frameFloor;
  }

  // A category named by a word can still be said to be happening now by a frame of the same category that
  // means danger ("阳台有动静 好像有人爬进来了": 爬进 names burglary, someone getting in now makes it P1). Not
  // in a message that says it was in the past. Not for fights: "两个人在打架" is P2 until a weapon, an injury or
  // a word of the violence rules raises it (their modifiers decide). A partner or relative beating someone now is
  // a violent crime in progress, P1 ("俺男人喝多了又在打俺", "her husband is beating her").
  if (
    category !== null &&
    category !== 'violence' &&
    frame === undefined &&
    priorityRank(priority) < priorityRank('P1')
  ) {
    const now = nowFrameIn(ctx, category);
    if (now !== null) {
      reasons.push({ rule: `priority.${category}.frame.${now.id}`, matched: now.quote, effect: step(priority, 'P1') });
      priority = 'P1';
    }
  }

  // Noise read from a frame next to a city matter (a construction site, a landlord) is that matter's noise: 12345
  // after the no-danger question, as the city matter's words say ("工地晚上十二点还在施工 / 吵得睡不着").
  if (category === 'disorder' && framed.get('disorder')?.id === 'noise' && categoryHits.has('non_police')) {
    reasons.push({
      rule: 'category.non_police.noise_of',
      matched: joinQuotes(categoryHits.get('non_police') ?? []),
      effect: 'category=non_police (the noise of a city matter)',
    });
    category = 'non_police';
    rule = rules.categories.find((r) => r.category === 'non_police') ?? null;
  }

  // A crash with smoke or flames is a traffic matter first (people in the vehicles); the fire is part of it.
  if (category === 'fire' && categoryHits.has('traffic') && previous?.category !== 'fire') {
    reasons.push({
      rule: 'category.traffic.crash_fire',
      matched: joinQuotes(categoryHits.get('traffic') ?? []),
      effect: 'category=traffic (a crash with smoke or fire)',
    });
    category = 'traffic';
    rule = rules.categories.find((r) => r.category === 'traffic') ?? null;
  }

  // Held or locked in during an assault (the words gave way to it above): in danger now.
  const held = category === null ? undefined : yieldedTo.get(category);
  if (held !== undefined && priorityRank(held.to) > priorityRank(priority)) {
    reasons.push({ rule: `priority.${category ?? ''}.held`, matched: held.quote, effect: step(priority, held.to) });
    priority = held.to;
  }

  // Someone held against their will by a relative is in danger now, as in any detention (kidnapping is P1).
  if (heldByRelative && priorityRank(priority) < priorityRank('P1')) {
    reasons.push({
      rule: 'priority.domestic_violence.held',
      matched: 'held by a relative',
      effect: step(priority, 'P1'),
    });
    priority = 'P1';
  }

  // Something over and done: a clear past-time word and nothing that says it goes on (INCIDENT.md: never lower a
  // report that may be ongoing). The weapon or injury of last week's fight does not make it P1 now.
  if (rule?.pastPriority !== undefined && priorityRank(priority) > priorityRank(rule.pastPriority)) {
    const past = ev.scan(rules.pastTime, true).hits;
    const goesOn =
      ev.scan(rules.ongoing, false).hits.length > 0 ||
      (['in_progress', 'suspect_on_scene', 'cannot_talk'] as const).some((id) => saidByReporter(input, modifiers, id));
    if (past.length > 0 && !goesOn) {
      reasons.push({ rule: 'tense.past_report', matched: joinQuotes(past), effect: step(priority, rule.pastPriority) });
      priority = rule.pastPriority;
    }
  }

  // The reporter says nobody is hurt and nothing raised the base: a scrape, a parked car hit, a deer (rules.ts unhurt).
  if (
    rule?.unhurt !== undefined &&
    priority === rule.base &&
    outcome.priority === rule.base &&
    outcome.applied.size === 0 &&
    priorityRank(rule.unhurt.to) < priorityRank(priority)
  ) {
    const unhurt = ev.scan(rule.unhurt.words, true).hits;
    const stillDanger = rule.unhurt.unless === undefined ? [] : ev.scan(rule.unhurt.unless, true).hits;
    if (unhurt.length > 0 && stillDanger.length === 0) {
      reasons.push({
        rule: `priority.${rule.category}.unhurt`,
        matched: joinQuotes(unhurt),
        effect: step(priority, rule.unhurt.to),
      });
      priority = rule.unhurt.to;
    }
  }

  let overApplied = false;
  if (input.facts.over === true && priority === 'P1') {
    const calm = computePriority(ctx, rule, true).priority;
    if (priorityRank(calm) < priorityRank('P1')) {
      const lowered = maxPriority(maxPriority(raise('P1', -1), calm), rule?.base ?? 'P3');
      if (lowered !== 'P1') {
        reasons.push({ rule: 'fact.over', matched: 'over', effect: step('P1', lowered) });
        priority = lowered;
        overApplied = true;
      }
    }
  }

  // A generic call for help names no category but still sets a floor ("救命" is at least P2).
  if (category === null) {
    for (const generic of rules.categories.filter((r) => r.fallbackOnly)) {
      for (const esc of generic.escalations ?? []) {
        const hits = esc.any ? ev.scan(esc.any, true).hits : [];
        if (hits.length === 0 || priorityRank(esc.to) <= priorityRank(priority)) continue;
        reasons.push({ rule: `priority.unknown.${esc.id}`, matched: joinQuotes(hits), effect: step(priority, esc.to) });
        priority = esc.to;
      }
    }
  }

  // The danger screen: "yes" is P1, "don't know" at least P2 (uncertainty resolves upward).
  const dangerAnswer = input.facts.danger ?? null;
  if (dangerAnswer === 'yes' || dangerAnswer === 'unknown') {
    const floor: Priority = dangerAnswer === 'yes' ? 'P1' : 'P2';
    if (priorityRank(floor) > priorityRank(priority)) {
      reasons.push({ rule: `fact.danger.${dangerAnswer}`, matched: 'danger screen', effect: step(priority, floor) });
      priority = floor;
    }
  }

  if (previous) {
    const floor = overApplied && previous.priority === 'P1' ? raise('P1', -1) : previous.priority;
    if (priorityRank(floor) > priorityRank(priority)) {
      reasons.push({
        rule: 'priority.previous',
        matched: previous.priority,
        effect: `${step(priority, floor)} (never lowered without an answer)`,
      });
      priority = floor;
    }
  }

  // 3. Non-police: divert to 12345 only after "nobody is in danger", never next to danger.
  let divertPending = false;
  let route: Route;
  let routeReason: Reason;
  if (rule?.divert) {
    const danger = [
      ...ev.scan(rules.dangerWords, true).hits.map(quoteHit),
      ...DANGER_MODIFIERS.flatMap((id) => modifiers.get(id)?.quotes ?? []),
      ...(input.facts.noDanger === false ? ['noDanger=false'] : []),
      ...(dangerAnswer === 'yes' ? ['danger=yes'] : []),
    ];
    // Someone hurt or armed where a person is hit ("物业的保安把我给打了 鼻子一直出血", "城管拿棍子打人"): the city
    // matter is only where it happened; it is an assault, with the violence rules' priority.
    const assault =
      (modifiers.has('injury') || modifiers.has('weapon')) &&
      ev.docs.some((d) => framesIn(d.norm).some((f) => f.frame.id === 'harm_person' || f.frame.id === 'harm_now'));
    const violenceRule = assault ? rules.categories.find((r) => r.category === 'violence') : undefined;
    if (danger.length > 0 && violenceRule !== undefined) {
      const blockedFrom = rule.category;
      category = 'violence';
      rule = violenceRule;
      outcome = computePriority(ctx, rule, false);
      const next = maxPriority(maxPriority(priority, outcome.priority), 'P2');
      reasons.push(...outcome.reasons);
      reasons.push({
        rule: 'divert.blocked',
        matched: unique(danger).join(' / '),
        effect: `not ${blockedFrom}: someone hit; category=violence, ${step(priority, next)}`,
      });
      priority = next;
    } else if (danger.length > 0) {
      const blockedFrom = rule.category;
      category = 'other_police';
      rule = rules.categories.find((r) => r.category === 'other_police') ?? null;
      const next = maxPriority(priority, 'P2');
      reasons.push({
        rule: 'divert.blocked',
        matched: unique(danger).join(' / '),
        effect: `not ${blockedFrom}: danger; category=other_police, ${step(priority, next)}`,
      });
      priority = next;
      outcome = { ...outcome, applied: new Set() };
    } else if (input.facts.noDanger === true) {
      reasons.push({ rule: 'fact.no_danger', matched: 'noDanger', effect: `${step(priority, 'divert')}, route=12345` });
      priority = 'divert';
    } else {
      divertPending = true;
      reasons.push({
        rule: 'divert.pending',
        matched: joinQuotes(categoryHits.get(rule.category) ?? []),
        effect: 'ask "is anyone in danger?" before diverting to 12345',
      });
    }
  } else if (input.facts.noDanger === true && category !== null) {
    reasons.push({ rule: 'fact.no_danger', matched: 'noDanger', effect: `ignored: ${category} is not diverted` });
  }

  // 4. Route.
  if (priority === 'divert') {
    route = '12345';
    routeReason = { rule: 'route.divert', matched: 'noDanger', effect: 'route=12345' };
  } else {
    ({ route, reason: routeReason } = chooseRoute(ctx, rule, outcome.applied));
    // The words' kind brought an ambulance (someone hurt) and the likeness names the crime that hurt them: the
    // reporter is still told to call 120.
    if (wordsRule !== null && wordsOutcome !== null && route === '110') {
      const words = chooseRoute(ctx, wordsRule, wordsOutcome.applied);
      if (words.route !== '110') ({ route, reason: routeReason } = words);
    }
    // After "other", the closest kind is only a label; but when that kind is a fire, an illness or an injury, a
    // rescue, the reporter is still told to call 119 or 120: advice costs nothing, a fire without it costs lives.
    if (labelOnly && route === '110') {
      const like = rules.categories.find((r) => r.category === category) ?? null;
      const advice = chooseRoute(ctx, like, outcome.applied);
      if (advice.route === '110+119' || advice.route === '110+120') ({ route, reason: routeReason } = advice);
    }
  }
  reasons.push(routeReason);

  // 5. Covert: any trigger, a category that is always covert, or covert before (sticky).
  let covert = false;
  const triggers = modifiers.get('cannot_talk');
  if (triggers) {
    covert = true;
    reasons.push({ rule: 'covert.trigger', matched: triggers.quotes.join(' / '), effect: 'covert' });
  }
  // The kind the words named counts too when the label is a likeness: someone held stays covert.
  const covertRule = rule?.alwaysCovert ? rule : wordsRule?.alwaysCovert ? wordsRule : null;
  if (covertRule !== null) {
    covert = true;
    reasons.push({
      rule: 'covert.category',
      matched: joinQuotes(categoryHits.get(covertRule.category) ?? []),
      effect: `covert (${covertRule.category} is always covert)`,
    });
  }
  if (!covert && previous?.covert) {
    covert = true;
    reasons.push({ rule: 'covert.previous', matched: 'covert', effect: 'covert (stays covert)' });
  }

  // 6. Early dispatch.
  const earlyDispatch = priority === 'P1' && (category !== null || dangerAnswer === 'yes');
  if (earlyDispatch) {
    reasons.push({
      rule: 'early_dispatch',
      matched: category ?? '',
      effect: 'early dispatch once a location is known',
    });
  }

  return {
    category,
    priority,
    route,
    covert,
    divertPending,
    earlyDispatch,
    reasons: dedupe(reasons),
    modifiers: rules.modifiers.map((m) => m.id).filter((id) => modifiers.has(id)),
    candidates: candidates.map((r) => r.category),
  };
}

const yieldingSets = new WeakMap<CategoryRule, ReadonlySet<Term>>();
function yieldingSet(rule: CategoryRule): ReadonlySet<Term> {
  let set = yieldingSets.get(rule);
  if (set === undefined) {
    set = new Set(rule.yielding ?? []);
    yieldingSets.set(rule, set);
  }
  return set;
}

/**
 * Drops from `categoryHits` every category named only by its yielding words when another category is named by
 * its own words (rules.ts `yielding`); returns the floors owed to what they gave way to, by category.
 */
function yieldCategories(
  ev: Evidence,
  rules: RuleSet,
  categoryHits: Map<Category, Hit[]>,
  reasons: Reason[],
): Map<Category, { to: Priority; from: Category; quote: string }> {
  const floors = new Map<Category, { to: Priority; from: Category; quote: string }>();
  for (const rule of rules.categories) {
    if (rule.yielding === undefined) continue;
    const hits = categoryHits.get(rule.category);
    if (hits === undefined) continue;
    const weak = yieldingSet(rule);
    if (!hits.every((h) => weak.has(h.term))) continue;
    const other = rules.categories.find(
      (r) =>
        r !== rule &&
        !r.fallbackOnly &&
        (rule.yieldingTo === undefined || rule.yieldingTo.includes(r.category)) &&
        categoryHits.get(r.category)?.some((h) => !yieldingSet(r).has(h.term)),
    );
    if (other === undefined) continue;
    if (rule.yieldingUnless !== undefined && ev.scan(rule.yieldingUnless, false).hits.length > 0) continue;
    if (rule.yieldingHoldsWhenCovert === true) {
      const covert = rules.modifiers.find((m) => m.id === 'cannot_talk');
      if (covert !== undefined && ev.scan(covert.words, false, true).hits.length > 0) continue;
    }
    categoryHits.delete(rule.category);
    const quote = joinQuotes(hits);
    reasons.push({
      rule: `category.${rule.category}.yields`,
      matched: quote,
      effect: `not ${rule.category}: "${quote}" is part of a ${other.category} report`,
    });
    const floor = rule.yieldingFloor;
    if (floor !== undefined) {
      for (const c of floor.in) if (!floors.has(c)) floors.set(c, { to: floor.to, from: rule.category, quote });
    }
  }
  return floors;
}

/** A P1 frame of `category` in a message with no past-time word (or with a "now" word too), or null. */
function nowFrameIn(ctx: Context, category: Category): { id: string; quote: string } | null {
  const past = ctx.ev.scan(ctx.rules.pastTime, true).hits;
  const nowHits = ctx.modifiers.get('in_progress')?.hits ?? [];
  const wanted = (f: Frame) => f.category === category && f.to === 'P1';
  for (const doc of ctx.ev.docs) {
    if (past.some((p) => p.doc === doc) && !nowHits.some((n) => n.doc === doc)) continue;
    if (!couldFire(doc.norm, `now:${category}`, wanted)) continue;
    for (const f of framesIn(doc.norm)) {
      if (f.frame.category === category && f.frame.to === 'P1') {
        return { id: f.frame.id, quote: doc.norm.slice(f.start, f.end) };
      }
    }
  }
  return null;
}

/**
 * A modifier the reporter's words or answers carry, not one an extractor guessed ("现在想报案" is no "still going
 * on"): words in the texts, or the element answered.
 */
function saidByReporter(input: TriageInput, modifiers: Map<ModifierId, ModifierFound>, id: ModifierId): boolean {
  const found = modifiers.get(id);
  if (found === undefined) return false;
  if (found.hits.length > 0) return true;
  const key = ANSWER_ELEMENTS[id];
  const answer = key === undefined ? undefined : input.elements[key];
  return answer !== undefined && answer.source !== 'extracted';
}

/** The first relative-as-actor phrase in the reporter's words (lang/frames.ts), quoted, or null. */
function relativeActIn(docs: readonly Doc[]): string | null {
  for (const doc of docs) {
    if (!couldNameRelative(doc.norm)) continue;
    const span = relativeActs(doc.norm);
    if (span !== null) return doc.norm.slice(span.start, span.end);
  }
  return null;
}

// Only the reporter's own (把我老公打了): 他把他老婆打了 is a man hitting his own wife.
const VICTIM_BEFORE_ZH = /把(?:我|我们|俺)的?$/;
const VICTIM_AFTER_ZH = /^(?:被|挨|让人|叫人|给人|遭)/;
const VICTIM_BEFORE_EN =
  /\b(?:hit|hitting|beat|beating|beat up|beating up|attacked|attacking|punched|punching|stabbed|stabbing|jumped|assaulted|assaulting|hurt|hurting|kicked|kicking|glassed|bottled|robbed|mugged|knocked out|knocked down)\s+(?:my|our|me)\s+$/;
const VICTIM_AFTER_EN =
  /^\s+(?:was|were|got|is being|has been|had been|just got)\s+(?:hit|beaten|attacked|stabbed|jumped|punched|assaulted|hurt|kicked|glassed|robbed|mugged|knocked)/;

function before(h: Hit): string {
  return h.doc.norm.slice(Math.max(0, h.start - 24), h.start);
}

/** A partner or relative named as the one it was done to (the object of 把, before 被; "jumped my husband"). */
function relationIsVictim(h: Hit): boolean {
  const ahead = before(h);
  const after = h.doc.norm.slice(h.end, h.end + 24);
  return (
    VICTIM_BEFORE_ZH.test(ahead) ||
    VICTIM_AFTER_ZH.test(after) ||
    VICTIM_BEFORE_EN.test(ahead) ||
    VICTIM_AFTER_EN.test(after)
  );
}

/** A quarrel said to be words only, nobody touched. */
const WORDS_ONLY =
  /(?:没|没有|没听到|没听见|没看到|没见)(?:人)?(?:动手|打人|打起来)|(?:就是|只是|光|只)(?:吵|骂|嚷)|动嘴没动手|\b(?:just|only)\s+(?:yelling|shouting|screaming at each other|arguing)\b|\bno (?:hitting|violence|one (?:is )?(?:getting )?hit)\b|\bnot physical\b|\bnobody(?:'s| is| has been)? (?:hit|hurt|touched)\b/;

/** A frame that reads `category` more specifically ("天天打孩子": abuse at home), quoted with its id, or null. */
function overridingFrame(docs: readonly Doc[], category: Category): string | null {
  const wanted = (f: Frame) => f.category === 'domestic_violence' && f.overrides?.includes(category) === true;
  for (const doc of docs) {
    if (!couldFire(doc.norm, `override:${category}`, wanted)) continue;
    for (const f of framesIn(doc.norm)) {
      // A row said to be words only ("就是吵 没听到动手", "just yelling, no hitting"): a dispute, not domestic violence.
      if (f.frame.id === 'family_row' && docs.some((d) => WORDS_ONLY.test(d.norm))) continue;
      if (wanted(f.frame)) return `${doc.norm.slice(f.start, f.end)} (${f.frame.id})`;
    }
  }
  return null;
}

/**
 * A frame (not a domestic one: see relativeActIn) that reads `category` more specifically, with its words, or null.
 * A category with weak words (rules.ts `yielding`) gives way only when every word that named it is weak or a frame.
 */
function specificReading(
  docs: readonly Doc[],
  category: Category,
  rules: RuleSet,
  hits: readonly Hit[],
): { frame: Frame; quote: string } | null {
  const rule = rules.categories.find((r) => r.category === category);
  if (rule?.yielding !== undefined) {
    const weak = yieldingSet(rule);
    if (!hits.every((h) => weak.has(h.term) || h.term.startsWith('frame:'))) return null;
  }
  const wanted = (f: Frame) => f.category !== 'domestic_violence' && f.overrides?.includes(category) === true;
  for (const doc of docs) {
    if (!couldFire(doc.norm, `specific:${category}`, wanted)) continue;
    for (const f of framesIn(doc.norm)) {
      if (wanted(f.frame)) return { frame: f.frame, quote: doc.norm.slice(f.start, f.end) };
    }
  }
  return null;
}

function dedupe(reasons: readonly Reason[]): Reason[] {
  // Repeats are rare: only a list where some rule comes twice needs the keys of whole reasons.
  const rules = new Set<string>();
  for (const r of reasons) rules.add(r.rule);
  if (rules.size === reasons.length) return [...reasons];
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.rule}\u0001${r.matched}\u0001${r.effect}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
