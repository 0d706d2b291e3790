import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/incident.js';
import { CATEGORY_RULES, DEFAULT_RULES, MODIFIER_RULES } from '../../../src/core/triage/index.js';
import { Matcher, makeDoc, normalizeForMatch } from '../../../src/core/triage/match.js';
import { hasChinese } from '../../../src/core/text.js';

const allTerms = (): string[] => [
  ...CATEGORY_RULES.flatMap((r) => [
    ...r.zh,
    ...r.en,
    ...(r.escalations ?? []).flatMap((e) => [...(e.any ?? []), ...(e.all ?? []).flat(), ...(e.unless ?? [])]),
  ]),
  ...MODIFIER_RULES.flatMap((m) => m.words),
  ...DEFAULT_RULES.negations,
  ...DEFAULT_RULES.exceptions,
  ...DEFAULT_RULES.covertExceptions,
  ...DEFAULT_RULES.dangerWords,
  ...DEFAULT_RULES.pastTime,
];

describe('the rule data', () => {
  it('has one rule per category, every category covered', () => {
    expect(CATEGORY_RULES.map((r) => r.category).sort()).toEqual([...CATEGORIES].sort());
  });

  it('every word compiles and matches itself once written as a reporter would', () => {
    const m = new Matcher(DEFAULT_RULES.vocabulary);
    for (const term of allTerms()) {
      if (/[{…]/.test(term)) continue; // templates are covered by the behaviour tests
      const hits = m.find([term], [makeDoc(term)]);
      expect(hits.length, `"${term}" does not match itself`).toBeGreaterThan(0);
    }
  });

  it('Chinese words are written in the normalised (simplified) form, so they can match', () => {
    for (const term of allTerms()) {
      for (const piece of term.split(/\{[a-z_]+\}|…+/)) {
        if (hasChinese(piece)) expect(normalizeForMatch(piece), `"${piece}" is not normalised`).toBe(piece);
      }
    }
  });

  it('escalation ids are unique within a category and priorities are valid', () => {
    for (const rule of CATEGORY_RULES) {
      const ids = (rule.escalations ?? []).map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
