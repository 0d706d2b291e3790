import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseEnglishNumber } from '../../../src/core/extract/index.js';

describe('parseChineseNumber', () => {
  it.each([
    ['12', 12],
    ['2,000', 2000],
    ['1.5', 1.5],
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['一百零五', 105],
    ['一百五', 150],
    ['两千', 2000],
    ['三千五', 3500],
    ['三千五百', 3500],
    ['五万', 50000],
    ['两万五', 25000],
    ['1.5万', 15000],
    ['5万', 50000],
    ['一亿五千万', 150000000],
    ['壹仟', 1000],
    ['贰拾', 20],
    ['二零二四', 2024],
    ['八十五', 85],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '刀', '五个'])('returns null for %j, which is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['two', 2],
    ['Three', 3],
    ['a', 1],
    ['12', 12],
  ])('reads %s as %d', (word, value) => {
    expect(parseEnglishNumber(word)).toBe(value);
  });

  it('returns null for a word that is not a number', () => {
    expect(parseEnglishNumber('knife')).toBeNull();
  });
});
