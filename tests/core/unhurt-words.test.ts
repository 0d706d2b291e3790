/**
 * One vocabulary for "nobody is hurt" (lang/vocabulary.ts UNHURT_WORDS): the extraction of `injuries` and triage's
 * answer to "is anyone hurt?" read the same list, so a phrase added once has both effects.
 */
import { describe, expect, it } from 'vitest';
import { extractInjuries } from '../../src/core/extract/presence.js';
import { UNHURT_WORDS } from '../../src/core/lang/vocabulary.js';
import { UNHARMED_ANSWERS } from '../../src/core/triage/rules.js';

describe('the "nobody is hurt" words are one list', () => {
  it.each([...UNHURT_WORDS.zh, ...UNHURT_WORDS.en])(
    '%j is no injury to extraction and an unharmed answer to triage',
    (p) => {
      expect(extractInjuries(p)).toMatchObject({ present: false });
      expect(UNHARMED_ANSWERS).toContain(p);
    },
  );

  it('an injury in the same text still counts first', () => {
    expect(extractInjuries('我没事 他在流血')).toMatchObject({ present: true });
    expect(extractInjuries('im ok but my mate is bleeding')).toMatchObject({ present: true });
  });

  it('"nobody was there" is an answer only, never a statement about injuries in a story', () => {
    expect(UNHARMED_ANSWERS).toContain('没人');
    expect(extractInjuries('家里没人 门被撬了')).toBeUndefined();
  });
});
