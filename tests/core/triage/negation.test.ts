import { describe, expect, it } from 'vitest';
import type { Category, Priority } from '../../../src/core/incident.js';
import { run } from './helpers.js';

describe('negation cancels only its own modifier', () => {
  it.each<[string, Category, Priority]>([
    ['有人打架，没有刀', 'violence', 'P2'],
    ['有人打架，没人受伤', 'violence', 'P2'],
    ['有人打架，沒有人受傷', 'violence', 'P2'],
    ['有人打架，冇人受傷', 'violence', 'P2'],
    ['有人打架，没有人带刀，没有人受伤', 'violence', 'P2'],
    ['people fighting, no knife', 'violence', 'P2'],
    ['people fighting, nobody was hurt', 'violence', 'P2'],
    ['people fighting, no one is seriously injured', 'violence', 'P2'],
    ["they're fighting but he doesn't have a knife", 'violence', 'P2'],
    ['fight outside, without weapons', 'violence', 'P2'],
  ])('"%s" keeps the category %s at %s', (text, category, priority) => {
    const r = run(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe(priority);
  });

  it('records the negation with the negating words', () => {
    const r = run('有人打架，没有刀');
    expect(r.reasons).toContainEqual({
      rule: 'negation.modifier.weapon',
      matched: '没有刀',
      effect: 'weapon not counted',
    });
  });

  it('a comma or a new subject ends the negation', () => {
    expect(run('没有，他有刀，在打人').priority).toBe('P1');
    expect(run('no he has a knife and is fighting').priority).toBe('P1');
    expect(run('not sure if he has a knife, they are fighting').priority).toBe('P1');
  });

  it('a negated word far from the negation still counts', () => {
    expect(run('没想到他会拿刀打人').priority).toBe('P1');
  });
});

describe('negation of a category word', () => {
  it('"没有着火" does not make it a fire', () => {
    const r = run('没有着火');
    expect(r.category).toBeNull();
    expect(r.reasons).toContainEqual({
      rule: 'negation.category.fire',
      matched: '没有着火',
      effect: 'fire not counted',
    });
  });

  it('"not on fire, just a gas smell" is rescue, not fire', () => {
    expect(run('the house is not on fire but I smell gas').category).toBe('rescue');
  });

  it('a negation word inside another word is not a negation (无人机, 是不是)', () => {
    expect(run('无人机着火了').category).toBe('fire');
    expect(run('是不是着火了').category).toBe('fire');
  });

  it('"nobody is exposed" keeps a hazard at P2, a person in danger makes it P1', () => {
    expect(run('电线断了掉在路上，附近没人').priority).toBe('P2');
    expect(run('电线断了掉在路上，有小孩被困').priority).toBe('P1');
  });
});

describe('words that only look like rule words', () => {
  it.each<[string, Category | null]>([
    ['你能打我电话吗', null],
    ['想死你了', null],
    ['我被关在门外了', null],
    ['I got fired today', null],
    ['火锅店排队好长', null],
    ['手机快没电了，有人跟踪我', 'threat'],
  ])('"%s" → %s', (text, category) => {
    expect(run(text).category).toBe(category);
  });
});

describe('Cantonese and typing variants', () => {
  it.each<[string, Category | null, boolean]>([
    ['有人打劫呀', 'robbery', false],
    ['佢喺度，唔好打電話', null, true],
    ['我屋企爆格', 'burglary', false],
    ['robery at the shop', 'robbery', false],
    ['my dad is unconcious', 'medical', false],
  ])('"%s" → %s (covert %s)', (text, category, covert) => {
    const r = run(text.includes('唔好') ? `${text}，救命` : text);
    expect(r.category).toBe(category);
    expect(r.covert).toBe(covert);
  });
});
