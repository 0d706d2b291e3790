/** Session 12: wording the extractors missed, found where a report's category changed the questions asked. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract/index.js';

describe('the reporter away from danger is their safety', () => {
  it.each([
    'i ran down to the street',
    'we ran out the back door',
    'ran out the back',
    'sitting in my car outside 14 Lime St Napier',
    'im outside now',
    "we're across the road",
    'I am at my neighbours',
  ])('%j gives safety', (text) => {
    expect(extract(text).safety).toBeDefined();
  });

  it.each(['went to bed 11 back door open at 3', 'they seem ok, staying in the car', 'he ran to the shop'])(
    '%j does not',
    (text) => {
      expect(extract(text).safety).toBeUndefined();
    },
  );
});

describe('times people give', () => {
  it.each([
    ['since 2 hours my bike is gone', 'since 2 hours'],
    ['my bike went missing over the weekend', 'over the weekend'],
    ['it was sometime between 2 and 4', 'between 2 and 4'],
    ['saw him the other night', 'the other night'],
    ['一早就不见了', '一早'],
    ['下班回来的时候发现门开了', '下班回来'],
    ['这两天一直有人跟着我', '这两天'],
    ['今儿早上', '今儿早上'],
  ])('%j: %j', (text, time) => {
    expect(extract(text).time?.text).toBe(time);
  });
});

describe('what was taken, however it went', () => {
  it.each([
    ['a guy on a bike took off with my bag', 'bag'],
    ['they made off with my wallet', 'wallet'],
    ['he yanked my necklace', 'necklace'],
    ['ripped my chain off my neck', 'chain'],
    ['they got away with my laptop', 'laptop'],
  ])('%j: %j', (text, thing) => {
    expect(extract(text).lost?.text).toBe(thing);
  });
});

describe('ages and places said the short way', () => {
  it('"she 16" is an age (the verb dropped)', () => {
    expect(extract('my daughter aint came home since yesterday she 16').person?.age).toBe(16);
    expect(extract('he 5 minutes away').person).toBeUndefined();
  });

  it('a place noun grown into a name is a place ("here in SM Megamall")', () => {
    expect(extract('my son got lost here in SM Megamall, 5 yrs old').location?.text).toBe('SM Megamall');
  });

  it('a pool cue swung is a weapon', () => {
    expect(extract('two lads swinging a pool cue at each other').weapons).toBeDefined();
  });
});

describe('injuries as people describe them', () => {
  it.each([
    '嘴角被打破了',
    '头上起了个大包',
    '我胳膊被他拧青了',
    '眼睛肿得睁不开',
    '我现在浑身疼',
    '腿被打瘸了走不了路',
    '脸色发紫 嘴唇发白',
    '我肋骨可能断了',
    'he choked me and my neck is red',
    'got a big lump on my head',
    "she's got a cut on her forehead",
  ])('%j gives injuries', (text) => {
    expect(extract(text).injuries).toBeDefined();
  });
});

describe('the one who did it, said outright', () => {
  it.each(['是我前夫干的', '我婆婆天天骂我', 'my ex did it', 'it was my boyfriend'])('%j gives suspects', (text) => {
    expect(extract(text).suspects).toBeDefined();
  });

  it('not a relative who was there', () => {
    expect(extract('he was my neighbour for years').suspects).toBeUndefined();
  });
});
