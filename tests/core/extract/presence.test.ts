import { describe, expect, it } from 'vitest';
import { extractInjuries, extractWeapons } from '../../../src/core/extract/index.js';

describe('extractWeapons', () => {
  it.each([
    ['他拿着菜刀', '菜刀'],
    ['有人持刀砍人', '持刀'],
    ['他有槍', '槍'],
    ['拿著鐵棍', '鐵棍'],
    ['用砖头砸', '砖头'],
    ['带着匕首和斧头', '匕首'],
    ['he has a knife', 'knife'],
    ['a man with a gun', 'gun'],
    ['swinging a baseball bat', 'baseball bat'],
    ['没有刀但是有枪', '枪'],
    ['no knife but he has a gun', 'gun'],
  ])('finds a weapon in %j', (text, expected) => {
    const w = extractWeapons(text);
    expect(w?.present).toBe(true);
    expect(w?.text).toBe(expected);
  });

  it.each([
    ['没有刀', '没有刀'],
    ['沒有刀', '沒有刀'],
    ['没看到刀', '没看到刀'],
    ['没有武器', '没有武器'],
    ['没有拿武器', '没有拿武器'],
    ['no knife', 'no knife'],
    ['no weapons', 'no weapons'],
    ['he is unarmed', 'unarmed'],
    ["didn't see any weapon", "didn't see any weapon"],
  ])('reads %j as no weapon', (text, expected) => {
    const w = extractWeapons(text);
    expect(w?.present).toBe(false);
    expect(w?.text).toBe(expected);
  });

  it('does not read a question about a knife as a negation', () => {
    expect(extractWeapons('不知道有没有刀')?.present).toBe(true);
  });

  it.each(['有人在打架', '他很棒', 'someone broke into my car'])('finds nothing in %j', (text) => {
    expect(extractWeapons(text)).toBeUndefined();
  });
});

describe('extractInjuries', () => {
  it.each([
    ['有一个人流血了', 1],
    ['两个人受伤了', 2],
    ['3人受伤', 3],
    ['伤了两个人', 2],
    ['有一個人流血了', 1],
    ['one person is bleeding', 1],
    ['two people are hurt', 2],
    ['a man is bleeding badly', 1],
  ])('finds injuries with a count in %j', (text, count) => {
    const i = extractInjuries(text);
    expect(i?.present).toBe(true);
    expect(i?.count).toBe(count);
  });

  it.each([
    '他受伤了',
    '大出血',
    '人已经昏迷了',
    '腿骨折了',
    '他没呼吸了',
    '晕倒了',
    'she is unconscious',
    'he is not breathing',
    'my dad is injured',
  ])('finds an injury in %j', (text) => {
    expect(extractInjuries(text)?.present).toBe(true);
  });

  it.each([
    '没人受伤',
    '没有受伤',
    '都没事',
    '没事',
    '沒有人受傷',
    'nobody hurt',
    'no one injured',
    'no injuries',
    'everyone is fine',
  ])('reads %j as nobody hurt', (text) => {
    expect(extractInjuries(text)?.present).toBe(false);
  });

  it('negation covers only its own clause: "没有刀，但是有人受伤" is an injury', () => {
    expect(extractInjuries('没有刀，但是有人受伤')?.present).toBe(true);
  });

  it.each(['我很伤心', '吓死了', '他说要打死我', '我的钱包被偷了'])('does not take %j as an injury', (text) => {
    expect(extractInjuries(text)).toBeUndefined();
  });
});
