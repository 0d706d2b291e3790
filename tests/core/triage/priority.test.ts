import { describe, expect, it } from 'vitest';
import { isMoreUrgent, maxPriority, priorityRank, raise } from '../../../src/core/triage/index.js';
import type { Priority } from '../../../src/core/incident.js';

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
