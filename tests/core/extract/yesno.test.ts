import { describe, expect, it } from 'vitest';
import { isDontKnow, parseDigitChoice, parseYesNo } from '../../../src/core/extract/index.js';

describe('isDontKnow', () => {
  it.each([
    '不知道',
    '不清楚',
    '不确定',
    '没看清',
    '说不清',
    '我也不知道。',
    '不曉得', // traditional
    '不記得了',
    '地址不清楚',
    "don't know",
    'dont know',
    'I don’t know',
    'not sure',
    'no idea',
    'idk',
    'Unknown',
    "can't remember",
  ])('treats %j as "don\'t know"', (text) => {
    expect(isDontKnow(text)).toBe(true);
  });

  it.each([
    '知道',
    '有刀',
    'yes',
    '我不知道怎么办，有人在砍人',
    '我在南大街12号，不知道他们有没有带刀，但是两个人一直在打，已经有人流血了',
  ])('does not treat %j as a "don\'t know" answer', (text) => {
    expect(isDontKnow(text)).toBe(false);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['1', true],
    ['１', true],
    ['2', false],
    ['是', true],
    ['是的', true],
    ['对', true],
    ['有', true],
    ['还在', true],
    ['嗯', true],
    ['好', true],
    ['有人受伤', true],
    ['有，一把刀', true],
    ['沒錯', true],
    ['不是', false],
    ['没有', false],
    ['沒有', false],
    ['否', false],
    ['不', false],
    ['没', false],
    ['没有刀', false],
    ['没人受伤', false],
    ['yes', true],
    ['Y', true],
    ['yeah', true],
    ['Yep, still here', true],
    ['no', false],
    ['N', false],
    ['nope', false],
    ['No one is hurt', false],
    ["they don't have a knife", false],
  ])('reads %j as %s', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  it.each(['', '3', '不知道', 'not sure', '南大街', 'maybe'])('returns null for %j, which is neither', (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});

describe('regional short answers', () => {
  it.each(['晓不得', '唔知', '唔知道', '唔清楚', '伐晓得', '勿晓得', '毋知影', '知不道', '鬼知道', '我哪知道'])(
    '%j is "don\'t know"',
    (text) => {
      expect(isDontKnow(text)).toBe(true);
      expect(parseYesNo(text)).toBeNull();
    },
  );
  it.each([
    ['冇', false],
    ['冇人受伤', false],
    ['莫得', false],
    ['莫有', false],
    ['木有', false],
    ['唔系', false],
    ['唔使', false],
    ['系', true],
    ['係啊', true],
    ['系呀', true],
  ] as const)('%j → %s', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });
});

describe('parseDigitChoice', () => {
  it.each([
    ['1', 3, 1],
    ['１', 3, 1],
    [' 2 ', 3, 2],
    ['2.', 3, 2],
    ['3。', 3, 3],
    ['(2)', 3, 2],
    ['②', 3, 2],
    ['三', 3, 3],
  ])('reads %j (max %d) as %d', (text, max, expected) => {
    expect(parseDigitChoice(text, max)).toBe(expected);
  });

  it.each([
    ['4', 3],
    ['0', 3],
    ['12', 20],
    ['1 2', 3],
    ['yes', 3],
    ['', 3],
  ])('rejects %j (max %d)', (text, max) => {
    expect(parseDigitChoice(text, max)).toBeNull();
  });
});
