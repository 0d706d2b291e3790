import { describe, expect, it } from 'vitest';
import { extractInProgress, extractTime } from '../../../src/core/extract/index.js';

describe('extractTime', () => {
  it.each([
    ['十分钟前有人抢了我的包', '十分钟前'],
    ['半小时前', '半小时前'],
    ['两个小时以前', '两个小时以前'],
    ['刚才有人砸车', '刚才'],
    ['刚刚', '刚刚'],
    ['昨晚被偷了', '昨晚'],
    ['昨天晚上10点半', '昨天晚上10点半'],
    ['今天早上', '今天早上'],
    ['上午10点在公园走丢了', '上午10点'],
    ['下午三点', '下午三点'],
    ['凌晨2点', '凌晨2点'],
    ['大概10:30的时候', '10:30'],
    ['前天', '前天'],
    ['上周五', '上周五'],
    ['昨天晚上十點', '昨天晚上十點'],
    ['10 minutes ago', '10 minutes ago'],
    ['it happened two hours ago', 'two hours ago'],
    ['last night around 11pm', 'last night around 11pm'],
    ['yesterday', 'yesterday'],
    ['at 3pm', 'at 3pm'],
    ['this morning', 'this morning'],
    ['just now', 'just now'],
  ])('finds the time in %j', (text, expected) => {
    expect(extractTime(text)?.text).toBe(expected);
  });

  it.each(['有人在砍人', '小心一点', 'he has a knife', '我在南大街12号'])('finds no time in %j', (text) => {
    expect(extractTime(text)).toBeUndefined();
  });
});

describe('extractInProgress', () => {
  it.each([
    '还在',
    '他们还在',
    '正在打',
    '现在有人在撬门',
    '一直在砸东西',
    '還沒走',
    '隔壁在打人',
    'yes still',
    'still there',
    'it is happening right now',
    'someone is breaking in',
    'they are fighting outside',
  ])('reads %j as still happening', (text) => {
    expect(extractInProgress(text)?.value).toBe(true);
  });

  it.each([
    '已经走了',
    '走了',
    '跑了',
    '结束了',
    '已经跑了',
    '没事了',
    '剛才有人打架，現在已經走了',
    'already gone',
    'they left',
    'he ran off',
    "it's over",
  ])('reads %j as over', (text) => {
    expect(extractInProgress(text)?.value).toBe(false);
  });

  it('lets an explicit "still" outrank a past verb in the same message', () => {
    expect(extractInProgress('有一个跑了，另一个还在')?.value).toBe(true);
  });

  it('says nothing when the text gives no tense', () => {
    expect(extractInProgress('我的钱包被偷了')).toBeUndefined();
    expect(extractInProgress('my son is missing')).toBeUndefined();
  });
});
