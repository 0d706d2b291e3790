import { describe, expect, it } from 'vitest';
import { clonePlain } from '../../../src/core/flow/clone.js';

describe('clonePlain', () => {
  it('copies plain JSON data deeply: equal, and no object or array is shared', () => {
    const state = {
      texts: ['有人打架', 'at the park'],
      elements: { location: { value: '公园', source: 'extracted' } },
      facts: { noDanger: null, over: false, danger: undefined },
      reasons: [{ rule: 'category.violence.keyword', matched: '打架', effect: 'category=violence' }],
      revision: 3,
    };
    const copy = clonePlain(state);
    expect(copy).toStrictEqual(state);
    expect(Object.keys(copy.facts)).toEqual(['noDanger', 'over', 'danger']);
    expect(copy.elements).not.toBe(state.elements);
    expect(copy.elements.location).not.toBe(state.elements.location);
    expect(copy.texts).not.toBe(state.texts);
    expect(copy.reasons[0]).not.toBe(state.reasons[0]);
    copy.texts.push('more');
    copy.elements.location.value = '别处';
    expect(state.texts).toHaveLength(2);
    expect(state.elements.location.value).toBe('公园');
  });

  it('leaves what is not plain JSON to structuredClone', () => {
    const when = new Date('2025-01-15T10:00:00.000Z');
    const copy = clonePlain({ when, seen: new Set(['a']) });
    expect(copy.when).not.toBe(when);
    expect(copy.when.getTime()).toBe(when.getTime());
    expect([...copy.seen]).toEqual(['a']);
  });
});
