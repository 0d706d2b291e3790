/**
 * One vocabulary for who someone is at home (lang/vocabulary.ts PARTNER_WORDS, EX_PARTNER_WORDS, STEP_PARENT_WORDS):
 * every word there reaches triage (violence by a partner is domestic violence) and extraction (a partner named is
 * the offender; "who did it?" is not asked). A word added to the vocabulary needs no other list.
 */
import { describe, expect, it } from 'vitest';
import { partnerNamed } from '../../../src/core/extract/suspects.js';
import { extract } from '../../../src/core/extract/index.js';
import { triage } from '../../../src/core/triage/index.js';
import { EX_PARTNER_WORDS, PARTNER_WORDS, STEP_PARENT_WORDS } from '../../../src/core/lang/vocabulary.js';

function read(...texts: string[]) {
  return triage({ texts, elements: {}, facts: { noDanger: null, over: null, chosenCategory: null }, previous: null });
}

const zh = [...PARTNER_WORDS.zh, ...EX_PARTNER_WORDS.zh, ...STEP_PARENT_WORDS.zh];
// "partner" alone is also a business partner: triage reads "my partner" (the extraction readers need the "my" anyway).
const en = [...PARTNER_WORDS.en, ...EX_PARTNER_WORDS.en, ...STEP_PARENT_WORDS.en];

describe('a partner word of the vocabulary reaches every reader', () => {
  it.each(zh)('%s', (word) => {
    const text = `${word}又喝多了在家里打我 推我撞墙`;
    expect(read(text).category).toBe('domestic_violence');
    expect(partnerNamed(text)).toContain(word);
    expect(extract(text).suspects?.text).toContain(word);
  });
  it.each(en)('%s', (word) => {
    const text = `my ${word} is hitting me again, pushed me into the wall`;
    expect(read(text).category).toBe('domestic_violence');
    expect(partnerNamed(text)).toContain(word);
    expect(extract(text).suspects?.text.toLowerCase()).toContain(word);
  });
  it('not when the partner is the one hurt', () => {
    expect(partnerNamed('我老公被人打了 在医院')).toBeUndefined();
    expect(partnerNamed('my husband was attacked outside the pub')).toBeUndefined();
    expect(partnerNamed('有个男人一直跟着我')).toBeUndefined();
  });
});
