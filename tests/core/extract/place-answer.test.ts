/**
 * The answer to "where?" in the reporter's own words (issue 13): unless it says it is not a place, it is the
 * place, kept verbatim. Relative words alone, questions, refusals, urgency and words about something else are not.
 */
import { describe, expect, it } from 'vitest';
import { placeInOwnWords } from '../../../src/core/extract/places/answer.js';

describe('placeInOwnWords: an answer to "where?" that is a place', () => {
  it.each([
    'the spoons',
    'outside the spoons',
    'the 73 going to hackney',
    'northern line, between camden and euston',
    'top of mt tam near the fire road',
    'the servo',
    'opp maccas',
    'nr the big roundabout by the tip',
    'Reading, by the Oracle',
    '泰山十八盘那块',
    '二中旁边',
    '老街大排档',
    '东门外那个烧烤摊',
    'stabbing outside the spoons',
  ])('%j is kept as the place', (text) => {
    expect(placeInOwnWords(text, false)).toBe(text);
  });

  it('keeps the words as written, with spaces collapsed', () => {
    expect(placeInOwnWords('  the  spoons  ', false)).toBe('the spoons');
  });

  it.each([
    ['在地铁上 一直贴着我', '在地铁上'],
    ['就是刚才 在606路公交上', '在606路公交上'],
    ['the fleece, hes still here', 'the fleece'],
    ['just now, outside the fleece', 'outside the fleece'],
    ['the fleece, back bar', 'the fleece, back bar'],
    ['泰山十八盘那块 手机快没电了', '泰山十八盘那块 手机快没电了'],
  ])('%j keeps only the clauses about the place: %j', (text, kept) => {
    expect(placeInOwnWords(text, false)).toBe(kept);
  });
});

describe('placeInOwnWords: answers that are not a place', () => {
  it.each([
    'here',
    'at home',
    'my mums house',
    "I'm in my room",
    'hiding under the bed',
    'please hurry',
    'where are you?',
    'why does it matter',
    'not telling u',
    'none of your business',
    '2',
    'yes',
    'he has a knife',
    'theyre still fighting',
    '这里',
    '我妈家',
    '快来啊',
    '你们什么时候到',
    '不告诉你',
    '他还在打',
    '楼下',
    'fire in the kitchen',
    'theres a fight inside',
    '厨房着火了',
    '家里有人打架',
  ])('%j is not', (text) => {
    expect(placeInOwnWords(text, false)).toBeUndefined();
  });

  it('words about something else (another element found) count only with a place word in them', () => {
    expect(placeInOwnWords('10 mins ago', true)).toBeUndefined();
    expect(placeInOwnWords('刚才 在606路公交上', true)).toBe('在606路公交上');
  });

  it('a relative place found in the answer makes it a place only with a name next to it', () => {
    expect(placeInOwnWords('outside the spoons', false, false, 'outside')).toBe('outside the spoons');
    expect(placeInOwnWords('二中旁边', false, false, '旁边')).toBe('二中旁边');
    expect(placeInOwnWords("I'm locked in the bathroom", false, false, 'the bathroom')).toBeUndefined();
    expect(placeInOwnWords('我在卧室里锁着门', false, false, '卧室')).toBeUndefined();
    expect(placeInOwnWords('老王家楼下', false, false, '楼下')).toBeUndefined();
  });

  it('a text of the opening burst (written before "where?" was read) needs a place word', () => {
    expect(placeInOwnWords('药都准备好了', false, true)).toBeUndefined();
    expect(placeInOwnWords('好累', false, true)).toBeUndefined();
    expect(placeInOwnWords('the spoons', false, true)).toBeUndefined();
    expect(placeInOwnWords('at the spoons', false, true)).toBe('at the spoons');
  });
});
