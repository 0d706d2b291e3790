/**
 * Session 16's wording: threats said as "you'll see" (让我好看, 走着瞧) and harm promised ("he say he go break my
 * leg") read as a threat, not as an injury, and a husband's threat over gambling debts is no longer a P3 "other".
 */
import { describe, expect, it } from 'vitest';
import { triage } from '../../../src/core/triage/index.js';

/** Triage of the texts as an opening burst, nothing answered yet. */
function read(...texts: string[]) {
  return triage({ texts, elements: {}, facts: { noDanger: null, over: null, chosenCategory: null }, previous: null });
}

describe('threats said the way people say them', () => {
  it.each([
    '我老公赌博输了好多钱 说我不给钱就让我好看 我怕他伤害孩子',
    '那个放贷的说三天不还钱就要你好看 给我等着',
    '他临走撂下一句走着瞧 饶不了你',
    "Officer, my business partner has threatened to deal with me if I don't pay him, he say he go break my leg",
    "my ex says he'll hurt me if i go to the police",
  ])('%s → threat', (text) => {
    const r = read(text);
    expect(r.category).toBe('threat');
    expect(['P1', 'P2']).toContain(r.priority);
  });
});

describe('harm threatened or feared is no injury, for triage and extraction alike (lang/intent.ts)', () => {
  it.each([
    "my business partner has threatened to deal with me if I don't pay him, he say he go break my leg",
    '网上有个人说明天要去学校砍人 发了好几条 我截图了 很担心会有人受伤',
  ])('%s', (text) => {
    const r = read(text);
    expect(r.reasons.some((x) => x.rule === 'modifier.injury')).toBe(false);
  });
  it('harm done next to harm threatened is still an injury', () => {
    const r = read("he said he'll hurt me again, he already cut my arm and it's bleeding");
    expect(r.reasons.some((x) => x.rule === 'modifier.injury')).toBe(true);
  });
});
