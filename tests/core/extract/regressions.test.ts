/** Regressions found while writing the golden conversations (tests/golden). */
import { describe, expect, it } from 'vitest';
import { extract, extractLocation } from '../../../src/core/extract/index.js';
import { placeQuality } from '../../../src/core/extract/location.js';

describe('extractLocation: whole addresses', () => {
  it.each([
    ['Flat 3, 22 Baker Street', 'Flat 3, 22 Baker Street'],
    ['Building 5, Xingfu Garden, 12 Renmin Road', 'Building 5, Xingfu Garden, 12 Renmin Road'],
    ['Room 412, Hilton Hotel, 500 Broad St', 'Room 412, Hilton Hotel, 500 Broad St'],
    ['near the Walmart on 5th Ave a car hit a kid', 'the Walmart on 5th Ave'],
    ['I was mugged outside Tesco on High Street', 'Tesco on High Street'],
    ["there's a guy with a gun at the gas station on Route 9", 'the gas station on Route 9'],
    ['car crash on I-5 near exit 42, two cars', 'I-5 near exit 42'],
    ['they ran off on Main St', 'Main St'],
    ["I'm at home now, 45 King Road", '45 King Road'],
    ['地铁2号线钟楼站B口有个男的一直跟着我', '地铁2号线钟楼站B口'],
  ])('%j → %j', (text, place) => {
    expect(extractLocation(text)).toEqual({ text: place, specific: true });
  });

  it('keeps "Fight at" and "house at" out of the place', () => {
    expect(extractLocation('Fight at 5th Ave & Pine right now')?.text).toBe('5th Ave & Pine');
    expect(extractLocation("Someone is breaking into my neighbour's house at 42 Elm Street")?.text).toBe(
      '42 Elm Street',
    );
  });

  it('a room behind a locked door is no place ("我在卧室里锁着门")', () => {
    expect(extractLocation('我在卧室里锁着门')).toEqual({ text: '卧室里', specific: false });
  });

  it('a bus line is a place, too vague to drive to ("在606路公交上"): dispatch reaches it through its operator', () => {
    expect(extractLocation('就是刚才 在606路公交上')).toEqual({ text: '606路公交', specific: true });
    expect(placeQuality('606路公交', true)).toEqual({ level: 'road', tooVague: true });
  });
});

describe('extract: answers about other elements', () => {
  it('reads the reporter\'s safety, not "I\'m ok" (that also answers "anyone hurt?")', () => {
    expect(extract('我还好，可以接电话').safety?.text).toBe('可以接电话');
    expect(extract("yes i'm safe").safety).toBeDefined();
    expect(extract("no I'm ok").safety).toBeUndefined();
  });

  it('reads "last seen" in so many words', () => {
    expect(extract('last saw her at 3pm at Central Park near the lake').lastSeen).toBeDefined();
    expect(extract('最后一次是早上八点在小区门口看到他').lastSeen).toBeDefined();
    expect(extract('在公园走丢了').lastSeen).toBeUndefined();
  });

  it('reads whether money was sent', () => {
    expect(extract('还没转').moneySent).toEqual({ value: false, text: '还没转' });
    expect(extract("I haven't sent anything").moneySent?.value).toBe(false);
    expect(extract('我已经转了5万').moneySent?.value).toBe(true);
  });

  it('reads "大概六千" as an amount and "she\'s 82" as an age', () => {
    expect(extract('iPhone 15 大概六千').amounts[0]?.value).toBe(6000);
    expect(extract("she has alzheimers, she's 82, wearing a red coat").person?.age).toBe(82);
  });

  it('"it\'s getting dark" is not "in progress"; "我一个人在家" is no suspect count', () => {
    expect(extract("it's getting dark and cold").inProgress).toBeUndefined();
    expect(extract('我一个人在家').suspects).toBeUndefined();
  });
});
