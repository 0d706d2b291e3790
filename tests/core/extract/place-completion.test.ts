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
  it('"was right next to me" + a place, but not someone who is with the reporter now', () => {
    expect(extract('he was right next to me at the food court').lastSeen).toBeDefined();
    expect(extract('she is right next to me').lastSeen).toBeUndefined();
  });
});

describe('a place given by what it is called or what its sign says', () => {
  it.each([
    ['被关在一个出租屋里 只知道是在城中村 窗外能看到一个大的红色招牌写着华润万家', '华润万家'],
    ['小区叫紫薇田园都市', '紫薇田园都市小区'],
    ['交大一附院门口', '交大一附院门口'],
  ])('%s', (text, place) => {
    expect(extract(text).location).toMatchObject({ text: place, specific: true });
  });

  it('a person who 叫 something is no place', () => {
    expect(extract('他叫我过去').location).toBeUndefined();
    expect(extract('这个人叫张三').location).toBeUndefined();
    expect(extract('小区叫什么不知道').location?.specific).not.toBe(true);
  });
});
