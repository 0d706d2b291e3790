import { describe, expect, it } from 'vitest';
import { corpus, development, fresh, holdout, unseen } from '../../eval/corpus/index.js';
import {
  askOf,
  CORPUS_SETS,
  expectedFloor,
  isHidden,
  PRIORITY_RANK,
  score,
  setLabel,
  setOf,
  setPrefix,
  summarise,
  type CorpusSet,
} from '../../eval/metrics.js';
import { MAX_MESSAGES, play, usualAnswer } from '../../eval/play.js';
import { buildRecord, recordKey, regressions, SETS, type SetName } from '../../eval/ratchet.js';
import { CATEGORIES, ELEMENT_KEYS, PRIORITIES, ROUTES, STATUSES } from '../../src/core/incident.js';
import type { Conversation } from '../../eval/types.js';

/** The corpus by set (metrics.ts CORPUS_SETS, by id prefix). */
const inSet = (set: CorpusSet) => corpus.filter((c) => setOf(c.id) === set);
/** The numbered unseen sets (unseen-2 and later). */
const NUMBERED_UNSEEN = CORPUS_SETS.filter((set) => /^unseen\d+$/.test(set));

const AWAITING = new Set<string>([...ELEMENT_KEYS, 'category', 'danger', 'cancel']);
const routesOf = (c: Conversation) => (Array.isArray(c.expect.route) ? c.expect.route : [c.expect.route]);

/** Every way a conversation breaks the format or INCIDENT.md's rules for expectations. */
function problemsOf(c: Conversation): string[] {
  const p: string[] = [];
  const e = c.expect;
  if (!/^[a-z0-9-]+$/.test(c.id)) p.push('id must be lower-case words and dashes');
  if (c.title.trim() === '') p.push('empty title');
  if (!['zh-CN', 'en'].includes(c.lang)) p.push(`lang ${c.lang}`);
  if (!['sms', 'web'].includes(c.channel)) p.push(`channel ${c.channel}`);
  if (c.opening.length < 1 || c.opening.length > 4) p.push('opening must have 1-4 texts');
  if (c.opening.some((t) => t.trim() === '')) p.push('empty opening text');
  for (const [key, value] of Object.entries(c.answers)) {
    if (!AWAITING.has(key)) p.push(`answer for unknown question ${key}`);
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || list.some((t) => typeof t !== 'string' || t.trim() === '')) p.push(`empty answer ${key}`);
  }
  for (const l of c.later ?? []) {
    if (!Number.isInteger(l.afterTurn) || l.afterTurn < 1 || l.afterTurn >= MAX_MESSAGES) p.push('later.afterTurn');
    if (l.text.trim() === '') p.push('empty later text');
    for (const k of l.gives ?? []) if (!(ELEMENT_KEYS as readonly string[]).includes(k)) p.push(`later gives ${k}`);
  }
  if (c.location && (Math.abs(c.location.lat) > 90 || Math.abs(c.location.lon) > 180)) p.push('coordinates');
  if (!(CATEGORIES as readonly string[]).includes(e.category)) p.push(`category ${e.category}`);
  const floor = expectedFloor(c);
  if (!(PRIORITIES as readonly string[]).includes(floor)) p.push(`priority ${floor}`);
  if ((e.priority === undefined) === (e.minPriority === undefined)) p.push('exactly one of priority / minPriority');
  for (const r of routesOf(c)) if (!(ROUTES as readonly string[]).includes(r)) p.push(`route ${r}`);
  if (![true, false, 'either'].includes(e.earlyDispatch)) p.push('earlyDispatch');
  for (const k of e.given) if (!(ELEMENT_KEYS as readonly string[]).includes(k)) p.push(`given ${k}`);
  if (new Set(e.given).size !== e.given.length) p.push('given has duplicates');
  for (const [key, keys] of Object.entries(e.answerGives ?? {})) {
    if (!AWAITING.has(key)) p.push(`answerGives for unknown question ${key}`);
    if (c.answers[key as keyof Conversation['answers']] === undefined) p.push(`answerGives.${key} without an answer`);
    for (const k of keys) if (!(ELEMENT_KEYS as readonly string[]).includes(k)) p.push(`answerGives ${k}`);
  }
  if (e.status !== undefined && !(STATUSES as readonly string[]).includes(e.status)) p.push(`status ${e.status}`);
  if (e.location !== undefined && e.location.trim() === '') p.push('empty expected location');
  // INCIDENT.md: divert is non-police only, to 12345, after an explicit "no danger" answer.
  if ((e.category === 'non_police') !== (floor === 'divert')) p.push('non_police <=> divert');
  if (floor === 'divert' && (routesOf(c).join() !== '12345' || c.answers.danger === undefined))
    p.push('a divert goes to 12345 and needs a "no danger" answer');
  if (floor !== 'divert' && routesOf(c).includes('12345')) p.push('12345 only for a divert');
  if (e.category === 'fire' && routesOf(c).join() !== '110+119') p.push('fire goes 110+119');
  if (e.category === 'medical' && routesOf(c).join() !== '110+120') p.push('medical goes 110+120');
  // Early dispatch is for P1 only (a minPriority may end lower after "it's over"); a P1 with a place is dispatched.
  if (e.earlyDispatch === true && e.priority !== undefined && e.priority !== 'P1')
    p.push('early dispatch expected but not P1');
  if (e.earlyDispatch === 'either' && floor === 'P1' && e.priority === 'P1') p.push('an exact P1 is dispatched or not');
  if (e.earlyDispatch === false && floor === 'P1' && (e.given.includes('location') || c.answers.location !== undefined))
    if (!/不知道|不告诉|不想说|nah|not telling|don't know|dont know/.test(JSON.stringify(c.answers.location ?? '')))
      p.push('a P1 with a place must expect early dispatch');
  if (c.channel === 'web' && c.answers.callback === undefined) p.push('web reporters are asked for a callback');
  return p;
}

describe('evaluation corpus', () => {
  it('has at least 300 conversations with unique ids and distinct openings', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const ids = corpus.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const openings = corpus.map((c) => c.opening.join('|'));
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('keeps at least a fifth unseen (held-out, fresh and every unseen set), each set named by its id prefix', () => {
    const kept = CORPUS_SETS.filter((set) => set !== 'development').flatMap(inSet);
    expect(kept.length * 5).toBeGreaterThanOrEqual(corpus.length);
    expect(holdout.every((c) => c.id.startsWith('holdout-'))).toBe(true);
    expect(fresh.every((c) => c.id.startsWith('fresh-'))).toBe(true);
    expect(unseen.every((c) => c.id.startsWith('unseen-'))).toBe(true);
    for (const set of CORPUS_SETS) {
      if (set === 'development') continue;
      expect(development.some((c) => c.id.startsWith(setPrefix(set)))).toBe(false);
      // Every set in the table holds conversations: a set listed and never filled is a wiring mistake.
      expect(inSet(set).length).toBeGreaterThan(0);
    }
    expect([...new Set(corpus.map((c) => setOf(c.id)))].sort()).toEqual([...CORPUS_SETS].sort());
    expect(NUMBERED_UNSEEN.map(setLabel)).toContain('unseen-8');
  });

  it('has an unseen set of more than 75, mostly Chinese, about half expected P1, every category twice', () => {
    expect(unseen.length).toBeGreaterThan(75);
    const zh = unseen.filter((c) => c.lang === 'zh-CN').length;
    expect(zh * 2).toBeGreaterThan(unseen.length);
    expect(zh * 10).toBeLessThan(unseen.length * 7);
    expect(unseen.filter((c) => expectedFloor(c) === 'P1').length * 5).toBeGreaterThanOrEqual(unseen.length * 2);
    const thin = CATEGORIES.filter((cat) => unseen.filter((c) => c.expect.category === cat).length < 2);
    expect(thin).toEqual([]);
  });

  for (const name of NUMBERED_UNSEEN) {
    const label = setLabel(name);
    const set = inSet(name);
    it(`has an ${label} set of more than 75, mostly Chinese, over half expected P1, every category three times`, () => {
      expect(set.length).toBeGreaterThan(75);
      const zh = set.filter((c) => c.lang === 'zh-CN').length;
      expect(zh * 2).toBeGreaterThan(set.length);
      expect(zh * 10).toBeLessThan(set.length * 7);
      expect(set.filter((c) => expectedFloor(c) === 'P1').length * 2).toBeGreaterThan(set.length);
      const thin = CATEGORIES.filter((cat) => set.filter((c) => c.expect.category === cat).length < 3);
      expect(thin).toEqual([]);
    });
  }

  it('hides held-out and unseen conversations: hashed in the record, marked hidden when scored', () => {
    for (const c of CORPUS_SETS.filter(isHidden).map((set) => inSet(set)[0]!)) {
      expect(recordKey(c.id)).toMatch(/^(holdout|unseen\d*):[0-9a-f]{16}$/);
      expect(score(play(c, { measure: false })).holdout).toBe(true);
    }
    expect(recordKey(fresh[0]!.id)).toBe(fresh[0]!.id);
    expect(score(play(fresh[0]!, { measure: false })).holdout).toBe(false);
  });

  it('has a fresh set of at least 60, half Chinese, with at least 25 expected P1 over every category', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    const zh = fresh.filter((c) => c.lang === 'zh-CN').length;
    expect(zh * 2).toBeGreaterThanOrEqual(fresh.length - 4);
    expect(zh * 2).toBeLessThanOrEqual(fresh.length + 4);
    expect(fresh.filter((c) => expectedFloor(c) === 'P1').length).toBeGreaterThanOrEqual(25);
    expect(CATEGORIES.filter((cat) => !fresh.some((c) => c.expect.category === cat))).toEqual([]);
  });

  it('covers every category at least 8 times', () => {
    const thin = CATEGORIES.map((category) => ({
      category,
      n: corpus.filter((c) => c.expect.category === category).length,
    })).filter((x) => x.n < 8);
    expect(thin).toEqual([]);
  });

  it('is mostly Chinese, with English for about two fifths', () => {
    const zh = corpus.filter((c) => c.lang === 'zh-CN').length / corpus.length;
    expect(zh).toBeGreaterThan(0.5);
    expect(zh).toBeLessThan(0.7);
  });

  it('has only well-formed expectations that follow INCIDENT.md', () => {
    const bad = corpus.map((c) => ({ id: c.id, problems: problemsOf(c) })).filter((x) => x.problems.length > 0);
    expect(bad).toEqual([]);
  });
});

describe('evaluation player', () => {
  const sample = development.find((c) => c.id === 'violence-zh-place-answer-adds-knives');

  it('plays a conversation the same way every time', () => {
    expect(sample).toBeDefined();
    const a = play(sample!, { measure: false });
    const b = play(sample!, { measure: false });
    const shape = (p: typeof a) => ({
      turns: p.turns.map((t) => ({ text: t.text, kind: t.kind, replies: t.replies, awaiting: t.awaitingAfter })),
      state: p.final,
      completedAfter: p.completedAfter,
    });
    expect(shape(a)).toEqual(shape(b));
    expect(a.turns[0]?.text).toBe(sample!.opening[0]);
    expect(a.turns.length).toBeLessThanOrEqual(MAX_MESSAGES);
    expect(a.turns.every((t) => t.replies.length > 0)).toBe(true);
  });

  it('answers from awaiting and records CPU time per step', () => {
    const p = play(sample!);
    for (const t of p.turns.filter((x) => x.kind === 'answer')) expect(t.answering).not.toBeNull();
    expect(p.turns.every((t) => t.cpuMicros >= 0 && Number.isFinite(t.cpuMicros))).toBe(true);
    const o = score(p);
    expect(o.id).toBe(sample!.id);
    expect(o.messages).toBe(p.turns.length);
  });
});

describe('evaluation reporter without a written answer', () => {
  it('answers the danger screen truthfully and the category question in their own words', () => {
    const p1 = corpus.find((c) => c.expect.priority === 'P1' && c.lang === 'zh-CN' && !c.answers.danger)!;
    const divert = corpus.find((c) => c.expect.priority === 'divert' && c.lang === 'en')!;
    const p2 = corpus.find((c) => c.expect.priority === 'P2')!;
    expect(usualAnswer(p1, 'danger')).toBe('有');
    expect(usualAnswer({ ...divert, answers: {} }, 'danger')).toBe('no');
    expect(usualAnswer(p2, 'danger')).toBeNull();
    expect(usualAnswer({ ...p1, answers: {} }, 'category')).toBe(p1.opening.join(' '));
    expect(usualAnswer({ ...p1, answers: { what: 'x' } }, 'category')).toBe('x');
    expect(usualAnswer(p1, 'weapons')).toBeNull();
  });
});

describe('evaluation metrics', () => {
  it('reads the question from packed and covert template ids', () => {
    expect(askOf('ask.location', null)).toEqual({ key: 'location', reask: false, detail: false });
    expect(askOf('reask.weapons', 'weapons')).toEqual({ key: 'weapons', reask: true, detail: false });
    expect(askOf('covert.ask.safety', 'safety')).toEqual({ key: 'safety', reask: false, detail: false });
    expect(askOf('covert.reask', 'injuries')).toEqual({ key: 'injuries', reask: true, detail: false });
    expect(askOf('ask.location_detail', 'location')).toEqual({ key: 'location', reask: false, detail: true });
    expect(askOf('no_danger.confirm', 'danger')).toEqual({ key: 'danger', reask: false, detail: false });
    expect(askOf('early_dispatch', null)).toBeNull();
  });

  it('orders priorities with divert lowest', () => {
    expect(PRIORITY_RANK.divert).toBeLessThan(PRIORITY_RANK.P4);
    expect(PRIORITY_RANK.P2).toBeLessThan(PRIORITY_RANK.P1);
  });

  it('the ratchet refuses a worse figure and a dropped conversation, and accepts a grown corpus', () => {
    const outcomes = holdout.slice(0, 6).map((c) => score(play(c, { measure: false })));
    const figures = summarise(outcomes, MAX_MESSAGES);
    const none = summarise([], MAX_MESSAGES);
    const setFigures = (set: SetName) => (set === 'all' || set === 'holdout' ? figures : none);
    const record = buildRecord(
      Object.fromEntries(SETS.map((set) => [set, setFigures(set)])) as Record<SetName, typeof figures>,
      outcomes,
    );
    const sized = (n: number) =>
      Object.fromEntries(SETS.map((set) => [set, set === 'all' || set === 'holdout' ? n : 0])) as Record<
        SetName,
        number
      >;
    const size = sized(outcomes.length);
    expect(regressions(record, outcomes, size)).toEqual([]);

    const worse = outcomes.map((o, i) => (i === 0 ? { ...o, category: !o.category, reasks: o.reasks + 3 } : o));
    const found = regressions(record, worse, size).join('\n');
    expect(found).toContain('re-asks rose');

    const dropped = regressions(record, outcomes.slice(1), { ...size, all: 5, holdout: 5 }).join('\n');
    expect(dropped).toContain('gone from the corpus');
    expect(dropped).toContain('shrank');

    const grown = [...outcomes, score(play(holdout[6]!, { measure: false }))];
    expect(regressions(record, grown, sized(7))).toEqual([]);
  });
});
