/**
 * Places without street words (session 10, probes-en4): a mall or a shop known by one name, written lower-case
 * ("at vivocity", "by shoprite"), and where someone went into the wilds ("went for trek to Kalsubai").
 */
import { describe, expect, it } from 'vitest';
import { extractLocation } from '../../../src/core/extract/index.js';

describe('places known by one name', () => {
  it.each([
    ['got fight at vivocity level 3 near the food court', 'vivocity'],
    ['my son 6 yrs old cannot find already at vivocity, 20 min looking everywhere', 'vivocity'],
    ['my brother went for trek to Kalsubai yesterday morning, not returned', 'Kalsubai'],
  ])('%s -> %s', (text, place) => {
    expect(extractLocation(text)).toEqual({ text: place, specific: true });
  });

  it('"to" names a place only for a trip into the wilds', () => {
    expect(extractLocation('I want to talk to Mike about it')).toBeUndefined();
  });
});
