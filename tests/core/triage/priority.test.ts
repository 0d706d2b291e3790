import { describe, expect, it } from 'vitest';
import { isMoreUrgent, maxPriority, priorityRank, raise } from '../../../src/core/triage/index.js';
import type { Priority } from '../../../src/core/incident.js';
import { run } from './helpers.js';

describe('priorityRank', () => {
  it.each<[Priority, number]>([
    ['P1', 4],
    ['P2', 3],
    ['P3', 2],
    ['P4', 1],
    ['divert', 0],
  ])('ranks %s as %i (higher is more urgent)', (p, rank) => {
    expect(priorityRank(p)).toBe(rank);
  });
});

describe('raise', () => {
  it.each<[Priority, number, Priority]>([
    ['P4', 1, 'P3'],
    ['P3', 1, 'P2'],
    ['P2', 1, 'P1'],
    ['P1', 1, 'P1'],
    ['P3', 2, 'P1'],
    ['P4', 5, 'P1'],
    ['P1', -1, 'P2'],
    ['P3', -1, 'P4'],
    ['P4', -3, 'P4'],
    ['divert', 1, 'P4'],
    ['divert', 2, 'P3'],
    ['divert', -1, 'divert'],
    ['P2', 0, 'P2'],
  ])('raise(%s, %i) is %s (never above P1, never down to divert)', (p, tiers, expected) => {
    expect(raise(p, tiers)).toBe(expected);
  });

  it('maxPriority picks the more urgent one and isMoreUrgent compares', () => {
    expect(maxPriority('P3', 'P1')).toBe('P1');
    expect(maxPriority('divert', 'P4')).toBe('P4');
    expect(isMoreUrgent('P2', 'P3')).toBe(true);
    expect(isMoreUrgent('P3', 'P3')).toBe(false);
  });
});

describe('a report of something over and done', () => {
  it("a clear past-time word with nothing ongoing caps the priority at the category's past priority", () => {
    expect(run('上个礼拜在饭店被人拿酒瓶打了 头缝了五针').priority).toBe('P3');
    expect(run('got stabbed at a party two days ago, want to report it').priority).toBe('P3');
  });

  it('never when something says it goes on, and never for a rape or a missing person', () => {
    expect(run('昨天被他拿刀砍了 今天他又来了').priority).toBe('P1');
    expect(run('he stabbed me last night and hes outside my door').priority).toBe('P1');
    expect(run('I was raped last night').priority).toBe('P1');
    expect(run('我儿子8岁 昨天放学就没回家').priority).toBe('P1');
  });
});

describe('a crash with smoke is a traffic matter with 119 advice', () => {
  it('is traffic, P1, routed to 110+119', () => {
    const r = run('一辆货车把护栏撞了 车头冒烟');
    expect(r.category).toBe('traffic');
    expect(r.priority).toBe('P1');
    expect(r.route).toBe('110+119');
  });
});
