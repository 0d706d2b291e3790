import { describe, expect, it } from 'vitest';
import { triage } from '../../../src/core/triage/index.js';
import { answer, conversation, run } from './helpers.js';

describe('priority is never lowered by a later calmer message', () => {
  it('keeps P1 after "it is fine now" without a fact', () => {
    const results = conversation([{ text: '有人在砍人' }, { text: '现在好像没事了' }, { text: '地址是环城公园南门' }]);
    expect(results.map((r) => r.priority)).toEqual(['P1', 'P1', 'P1']);
  });

  it('keeps P1 from a previous decision even when the texts alone would give less', () => {
    const previous = run('有人在撬门');
    const r = triage({ texts: ['我在家'], elements: {}, facts: { noDanger: null, over: null }, previous });
    expect(r.priority).toBe('P1');
    expect(r.category).toBe('burglary');
    expect(r.reasons.some((x) => x.rule === 'priority.previous')).toBe(true);
    expect(r.reasons.some((x) => x.rule === 'category.previous')).toBe(true);
  });

  it('raises when a later message adds a modifier', () => {
    const results = conversation([{ text: '外面有人打架' }, { text: '有人拿刀了' }]);
    expect(results.map((r) => r.priority)).toEqual(['P2', 'P1']);
  });

  it('ignores noDanger for a police category', () => {
    const r = run('有人打架', { facts: { noDanger: true } });
    expect(r.priority).toBe('P2');
    expect(r.reasons).toContainEqual({
      rule: 'fact.no_danger',
      matched: 'noDanger',
      effect: 'ignored: violence is not diverted',
    });
  });
});

describe('"it is over" (facts.over) lowers a tense-driven P1 by one tier', () => {
  it('lowers burglary P1 to P2 when the intruder has gone', () => {
    const results = conversation([
      { text: '有人在撬我家门' },
      { text: '他已经走了', facts: { over: true } },
      { text: '门锁坏了' },
    ]);
    expect(results.map((r) => r.priority)).toEqual(['P1', 'P2', 'P2']);
    expect(results[1]?.reasons).toContainEqual({ rule: 'fact.over', matched: 'over', effect: 'priority P1→P2' });
    expect(results[1]?.category).toBe('burglary');
  });

  it('lowers an in-progress fight to the violence base P2', () => {
    const results = conversation([{ text: 'people fighting right now' }, { text: 'they left', facts: { over: true } }]);
    expect(results.map((r) => r.priority)).toEqual(['P1', 'P2']);
  });

  it('does not lower a P1 that "now" did not cause (a stabbing stays P1)', () => {
    const results = conversation([{ text: '有人被捅了' }, { text: '凶手已经走了', facts: { over: true } }]);
    expect(results.map((r) => r.priority)).toEqual(['P1', 'P1']);
  });

  it('does not lower a category whose base is P1 (fire)', () => {
    expect(run('着火了', { facts: { over: true } }).priority).toBe('P1');
  });

  it('lowers by one tier only, even when the category base is lower (burglary base P3)', () => {
    const r = run('someone is breaking into my house', { facts: { over: true } });
    expect(r.priority).toBe('P2');
  });
});

describe('category changes only towards more serious', () => {
  it('a call for the police names no category; a later text names it', () => {
    const results = conversation([{ text: '我要报警' }, { text: '有人在打人' }]);
    expect(results.map((r) => r.category)).toEqual([null, 'violence']);
  });

  it('moves from theft to robbery', () => {
    const results = conversation([{ text: '我的手机被偷了' }, { text: '不对，是被抢了，他有刀' }]);
    expect(results.map((r) => r.category)).toEqual(['theft', 'robbery']);
    expect(results[1]?.priority).toBe('P1');
  });

  it('keeps fire when a later text only mentions a lesser category', () => {
    const previous = run('着火了');
    const r = triage({ texts: ['有人偷东西'], elements: {}, facts: { noDanger: null, over: null }, previous });
    expect(r.category).toBe('fire');
    expect(r.reasons).toContainEqual({
      rule: 'category.previous',
      matched: 'fire',
      effect: 'category=fire kept (more serious than theft)',
    });
  });

  it('a non_police report that turns dangerous is no longer diverted', () => {
    const results = conversation([
      { text: '停电了' },
      { text: '电线掉下来了在冒火花，旁边有小孩', facts: { noDanger: true } },
    ]);
    expect(results[0]?.divertPending).toBe(true);
    expect(results[1]?.category).toBe('rescue');
    expect(results[1]?.priority).toBe('P1');
    expect(results[1]?.route).toBe('110+119');
  });
});

describe('covert mode', () => {
  it('is sticky: once covert, later calm messages stay covert', () => {
    const results = conversation([{ text: '他在旁边，别打电话' }, { text: '环城公园南门' }]);
    expect(results.map((r) => r.covert)).toEqual([true, true]);
  });

  it('stays covert from previous alone', () => {
    const previous = { ...run('hello'), covert: true };
    const r = triage({ texts: ['hello'], elements: {}, facts: { noDanger: null, over: null }, previous });
    expect(r.covert).toBe(true);
    expect(r.reasons).toContainEqual({ rule: 'covert.previous', matched: 'covert', effect: 'covert (stays covert)' });
  });

  it('raises one tier for "cannot talk"', () => {
    expect(run('有人跟踪我').priority).toBe('P2');
    expect(run('有人跟踪我，我不方便说话').priority).toBe('P1');
  });

  it.each([
    ['有人在外面，我不敢说话', true],
    ['please dont call me back', true],
    ["he's here", true],
    ['I am being watched', true],
    ['我是聋哑人，不能说话，家里被偷了', false],
    ["I'm deaf so I can't talk, my car was stolen", false],
    ['小偷偷偷拿了我的钱包', false],
    ['he is hiding behind the shop', false],
  ] as const)('"%s" → covert %s', (text, covert) => {
    expect(run(text).covert).toBe(covert);
  });

  it('domestic violence is covert only with a trigger', () => {
    expect(run('老公打我').covert).toBe(false);
    expect(run('老公打我，他在旁边').covert).toBe(true);
  });
});

describe('reasons', () => {
  it('are deterministic and never duplicated across repeated evaluations', () => {
    const texts = ['有人拿刀砍人，刀很长', '还在砍', '有人流血'];
    const first = triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: null });
    const second = triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: first });
    const third = triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: second });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const keys = first.reasons.map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every reason has a rule id, the matched text and an effect', () => {
    const r = run('有人砍人，我躲在厕所');
    for (const reason of r.reasons) {
      expect(reason.rule).toMatch(/^[a-z_]+(\.[a-z_0-9]+)*$/);
      expect(typeof reason.matched).toBe('string');
      expect(reason.effect.length).toBeGreaterThan(0);
    }
    expect(r.reasons[0]).toEqual({ rule: 'category.violence.keyword', matched: '砍人', effect: 'category=violence' });
  });

  it('quote the reporter’s original words (full-width, traditional, capitals)', () => {
    const r = run('有人在ＳＴＡＢＢＩＮＧ！還有人開槍');
    const category = r.reasons.find((x) => x.rule === 'category.violence.keyword');
    expect(category?.matched).toBe('ＳＴＡＢＢＩＮＧ / 開槍');
  });
});

describe('elements', () => {
  it('a weapons answer raises like a weapon word', () => {
    const r = run('外面有人打架', { elements: { weapons: answer('一根铁棍') } });
    expect(r.priority).toBe('P1');
    expect(r.reasons).toContainEqual({ rule: 'modifier.weapon', matched: '一根铁棍', effect: 'priority P2→P1' });
  });

  it.each(['没有', '无', 'no', 'none', '没看到', '不知道'])('a weapons answer "%s" does not raise', (value) => {
    expect(run('外面有人打架', { elements: { weapons: answer(value) } }).priority).toBe('P2');
  });

  it('an unknown element is ignored', () => {
    const r = run('外面有人打架', { elements: { weapons: { value: 'unknown', source: 'unknown' } } });
    expect(r.priority).toBe('P2');
  });

  it('an in_progress "yes" raises a fight to P1; "已经走了" does not', () => {
    expect(run('有人打架', { elements: { in_progress: answer('是') } }).priority).toBe('P1');
    expect(run('有人打架', { elements: { in_progress: answer('还在') } }).priority).toBe('P1');
    expect(run('有人打架', { elements: { in_progress: answer('已经走了') } }).priority).toBe('P2');
  });

  it('an in_progress answer that says it is over or nothing is wrong now is "no" (one list with extraction)', () => {
    for (const said of [
      '现在没得事了',
      '现在没事了',
      'all good now',
      "it's over now",
      'he legged it',
      'did a runner',
      '佢跑咗',
    ])
      expect(run('有人打架', { elements: { in_progress: answer(said) } }).priority, said).toBe('P2');
    // An explicit "still" outranks: still happening.
    expect(run('有人打架', { elements: { in_progress: answer('还在打') } }).priority).toBe('P1');
    // Over words in an answer that also says it goes on are no "no".
    expect(run('有人打架', { elements: { in_progress: answer('我没事了 但他还在外面') } }).priority).toBe('P1');
    expect(run('有人打架', { elements: { in_progress: answer('he left but came back') } }).priority).toBe('P1');
  });

  it('"nothing wrong now" does not lower a category that is P1 whatever the tense', () => {
    expect(run('我被人强奸了', { elements: { in_progress: answer('现在没事了') } }).priority).toBe('P1');
    expect(
      run('someone is holding my son hostage', { elements: { in_progress: answer('all good now') } }).priority,
    ).toBe('P1');
  });

  it('an injuries answer raises traffic to P1 with route 110+120', () => {
    const r = run('car crash at the junction', { elements: { injuries: answer('one driver bleeding') } });
    expect(r.priority).toBe('P1');
    expect(r.route).toBe('110+120');
    expect(run('car crash at the junction', { elements: { injuries: answer('nobody hurt') } }).route).toBe('110');
  });

  it('a person answer with an age under 14 makes a missing person P1', () => {
    expect(run('我儿子走失了', { elements: { person: answer('7岁 穿红色衣服') } }).priority).toBe('P1');
    expect(run('我儿子走失了', { elements: { person: answer('30岁 穿红色衣服') } }).priority).toBe('P2');
  });

  it('a safety answer that says the reporter cannot talk makes it covert', () => {
    const r = run('有人威胁我', { elements: { safety: answer('安全，但不能接电话') } });
    expect(r.covert).toBe(true);
  });
});
