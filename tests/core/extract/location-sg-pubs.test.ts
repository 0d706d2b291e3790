/**
 * Places in the first text, round 3 (issue 13): Singapore HDB addresses (block, street with its number, unit
 * #floor-unit, the part of the estate), station exits by letter, pubs by name on a lower-case street, and
 * "atm" that means "at the moment".
 */
import { describe, expect, it } from 'vitest';
import { extractLocation } from '../../../src/core/extract/index.js';

describe('Singapore HDB addresses', () => {
  it.each([
    ['my fren kena whack at the void deck blk 231 now', 'the void deck blk 231'],
    ['uncle loitering at the playground blk 405 taking photo', 'the playground blk 405'],
    ['blk 123 ang mo kio ave 3 got fight', 'blk 123 ang mo kio ave 3'],
    ['Blk 231 Tampines St 21 #05-12 neighbour shouting help', 'Blk 231 Tampines St 21 #05-12'],
    ['fire at block 52 lorong 6 toa payoh', 'block 52 lorong 6'],
    ['smoke coming out of the lift lobby of blk 12', 'the lift lobby of blk 12'],
    ['my mother fell at #05-12 cannot get up', '#05-12'],
  ])('%s -> %s', (text, place) => {
    expect(extractLocation(text)).toEqual({ text: place, specific: true });
  });

  it('a block alone is specific, the void deck alone is not', () => {
    expect(extractLocation('at the void deck got fight')).toEqual({ text: 'the void deck', specific: false });
    expect(extractLocation('blk 88 got fire')?.text).toBe('blk 88');
  });
});

describe('station and mall exits by letter or number', () => {
  it.each([
    ['guy collapsed at MRT exit B', 'MRT exit B'],
    ['at bedok mrt exit a', 'bedok mrt exit a'],
    ['someone fainted at bishan mrt exit d', 'bishan mrt exit d'],
  ])('%s -> %s', (text, place) => {
    expect(extractLocation(text)?.text).toBe(place);
  });

  it('"exit a guy" is not exit A', () => {
    expect(extractLocation('bedok mrt exit a guy fainted')?.text).toBe('bedok mrt exit');
  });
});

describe('pubs and shops by name on a lower-case street', () => {
  it.each([
    ['need the guards to mulligans on main st a lad just got glassed', 'mulligans on main st'],
    ["fight outside o'neills on pearse st", "o'neills on pearse st"],
    ["bouncer hurt at kehoe's on anne st", "kehoe's on anne st"],
    ['at the crown on church rd someone collapsed', 'the crown on church rd'],
  ])('%s -> %s', (text, place) => {
    expect(extractLocation(text)).toEqual({ text: place, specific: true });
  });

  it('people on a street are not a place name', () => {
    expect(extractLocation('lads on main st fighting')?.text).toBe('main st');
    expect(extractLocation('kids on high st smashing windows')?.text).toBe('high st');
  });

  it('"on the main road" is still no street name', () => {
    expect(extractLocation('crash on the main road')?.specific).not.toBe(true);
  });
});

describe('"atm" as "at the moment"', () => {
  it.each(['theyre fighting atm', 'hes at it atm cant stop him'])('%s has no place', (text) => {
    expect(extractLocation(text)).toBeUndefined();
  });

  it('the rest of the text still gives the place', () => {
    expect(extractLocation('theyre fighting atm on high st')?.text).toBe('high st');
  });

  it.each([
    ['the atm on main st got smashed', 'the atm on main st', true],
    ['robbed at the atm', 'the atm', false],
    ['robbed at the dbs atm', 'the dbs atm', true],
  ])('an ATM with a place word is a place: %s', (text, place, specific) => {
    expect(extractLocation(text)).toEqual({ text: place, specific });
  });
});

describe('numbers that are not blocks or units', () => {
  it.each(['he said he would block 3 numbers of mine', 'order #1-5 was a scam'])('%s has no place', (text) => {
    expect(extractLocation(text)?.specific).not.toBe(true);
  });
});
