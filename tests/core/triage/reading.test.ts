import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/triage/rules.js';
import { triage } from '../../../src/core/triage/index.js';
import { Matcher, makeDoc } from '../../../src/core/triage/match.js';
import { Readings } from '../../../src/core/triage/reading.js';
import type { TriageInput } from '../../../src/core/triage/types.js';
import { NO_FACTS } from './helpers.js';

/** Texts with negations, exceptions, ages, words inside longer words and the same text twice. */
const TEXTS = [
  '有人在砍人 没有人受伤',
  '打我电话 他拿着刀',
  '我儿子8岁 不见了',
  'my son is 6, he is missing, nobody hurt',
  '有人在砍人 没有人受伤',
  '小偷在家里 还在',
];

function input(texts: string[]): TriageInput {
  return {
    texts,
    elements: {
      person: { value: '15岁的孩子', source: 'answer' },
      weapons: { value: '没有刀', source: 'answer' },
      injuries: { value: '头上流血', source: 'answer' },
    },
    facts: NO_FACTS,
    previous: null,
  };
}

describe('triage reads a text the same whether or not an earlier step read it', () => {
  it('gives the same result with warm readings as with fresh ones, step after step', () => {
    for (let n = 1; n <= TEXTS.length; n++) {
      const texts = TEXTS.slice(0, n);
      const warm = triage(input(texts));
      // A copy of the rule set is a new identity: nothing it reads was read before.
      const fresh = triage(input(texts), { ...DEFAULT_RULES });
      expect(warm).toEqual(fresh);
      expect(triage(input(texts))).toEqual(warm);
    }
  });
});

describe('TextReading', () => {
  const m = new Matcher(DEFAULT_RULES.vocabulary);
  const knife = ['刀', 'knife'];

  it('keeps a scan per flag: the same words negatable or not, in either order', () => {
    const r = new Readings(m, DEFAULT_RULES).of('他手里没有刀');
    const plain = r.scan(knife, false, false);
    const negatable = r.scan(knife, true, false);
    expect(plain.hits.map((h) => h.term)).toEqual(['刀']);
    expect(negatable.hits).toEqual([]);
    expect(negatable.negated.map((n) => n.hit.term)).toEqual(['刀']);
    expect(r.scan(knife, false, false)).toEqual(plain);
  });

  it('reads a group of lists together: a word inside a longer word of another list counts only there', () => {
    const r = new Readings(m, DEFAULT_RULES).of('小偷在家里 有刀');
    const group = [
      { terms: ['小偷', '刀'], negatable: true },
      { terms: ['小偷在家'], negatable: true },
      { terms: ['刀'], negatable: true },
    ];
    const [first, second, third] = r.scanGroup(group);
    expect(first?.hits.map((h) => h.term)).toEqual(['刀']);
    expect(second?.hits.map((h) => h.term)).toEqual(['小偷在家']);
    // The same span in a later list is dropped too.
    expect(third?.hits).toEqual([]);
    expect(r.scanGroup(group)[1]).toBe(second);
  });

  it('binds its spans to a new doc for every step, with the characters of the text', () => {
    const readings = new Readings(m, DEFAULT_RULES);
    const r = readings.of('He is 6 years old');
    expect(readings.of('He is 6 years old')).toBe(r);
    const a = r.newDoc();
    const b = r.newDoc();
    expect(a).not.toBe(b);
    expect(a.norm).toBe(b.norm);
    const ages = r.ages(a);
    expect(ages.length).toBeGreaterThan(0);
    expect(ages.every((x) => x.doc === a && x.age === 6)).toBe(true);
  });
});

describe('Matcher', () => {
  it('finds the words of a list first used after the text was read (regex and token terms)', () => {
    const m = new Matcher(DEFAULT_RULES.vocabulary);
    const doc = makeDoc('他拿刀砍人 then he stabbed me');
    expect(m.find(['拿刀'], [doc]).map((h) => h.term)).toEqual(['拿刀']);
    expect(m.find(['砍人', '~stab'], [doc]).map((h) => h.term)).toEqual(['砍人', '~stab']);
    expect(m.find(['~stab me', '刀砍'], [doc]).map((h) => h.term)).toEqual(['刀砍', '~stab me']);
    expect(m.find(['~punch', '打人'], [doc])).toEqual([]);
  });
});
