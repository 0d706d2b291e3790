/** A place named in two texts: its kind in one, its bare name in the answer to "where?". */
import { describe, expect, it } from 'vitest';
import { completePlace } from '../../../src/core/extract/places/completion.js';
import { extract } from '../../../src/core/extract/index.js';

describe('completePlace', () => {
  it.each([
    [['she said shes gonna jump off the bridge'], 'golden gate', 'golden gate bridge'],
    [['my son went missing at the park'], 'Lincoln', 'Lincoln park'],
    [['孩子在公园丢了'], '兴庆宫', '兴庆宫公园'],
    [['他说要去桥上跳下去'], '灞河', '灞河桥'],
  ])('%j then %s', (earlier, answer, place) => {
    expect(completePlace(answer, earlier)).toBe(place);
  });

  it('words of a message are no name, and without a kind named earlier nothing is completed', () => {
    expect(completePlace('hurry', ['jump off the bridge'])).toBeUndefined();
    expect(completePlace('pls help', ['jump off the bridge'])).toBeUndefined();
    expect(completePlace('快来', ['孩子在公园丢了'])).toBeUndefined();
    expect(completePlace('golden gate', ['my friend said goodbye'])).toBeUndefined();
    expect(completePlace('she is crying', ['at the park'])).toBeUndefined();
  });
});

describe('last seen said as "was still there a moment ago"', () => {
  it('刚才还在 + a place', () => {
    expect(extract('在公园 刚才还在滑梯那玩').lastSeen?.text).toBe('在公园 刚才还在滑梯那玩');
  });
});
