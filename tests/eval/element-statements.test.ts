/**
 * Whether a reporter's first text says someone is hurt (`injuries`) and whether it is still going on
 * (`in_progress`): a battery of 290 first texts (eval/batteries/element-statements.json) written blind in session 16
 * by a helper who read only INCIDENT.md and PRODUCT.md, each labelled "yes", "no" or "unsaid" for one element. Each
 * is played as the opening of a report through the flow: a "yes" or "no" must fill the element (so it is never asked
 * again) with that polarity, an "unsaid" must leave it to be asked. When it landed: injuries 105 → 142 of 145 read
 * right, in_progress 105 → 136 (the floors below are those figures less a margin of two).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractInProgress } from '../../src/core/extract/in-progress.js';
import { extractInjuries } from '../../src/core/extract/presence.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { runConversation } from '../../src/core/flow/simulate.js';

interface Statement {
  lang: 'zh-CN' | 'en';
  element: 'injuries' | 'in_progress';
  says: 'yes' | 'no' | 'unsaid';
  text: string;
}

const battery = JSON.parse(
  readFileSync(new URL('../../eval/batteries/element-statements.json', import.meta.url), 'utf8'),
) as Statement[];

/** Read right: filled with the polarity said, or left unfilled when nothing was said. */
function readRight(s: Statement): boolean {
  const el = runConversation(defaultFlow, [s.text], { lang: s.lang }).state.elements[s.element];
  const filled = el !== undefined && el.source !== 'unknown';
  if (s.says === 'unsaid') return !filled;
  if (!filled) return false;
  // The polarity as the extractor reads it; a fill by triage's modifier alone is always "yes".
  const polarity = s.element === 'injuries' ? extractInjuries(s.text)?.present : extractInProgress(s.text)?.value;
  return (polarity ?? true) === (s.says === 'yes');
}

describe('what a first text says about injuries and about whether it is still going on', () => {
  const results = battery.map((s) => ({ s, right: readRight(s) }));

  it('is a battery of both elements, both languages and all three answers', () => {
    for (const element of ['injuries', 'in_progress'] as const)
      for (const says of ['yes', 'no', 'unsaid'] as const)
        for (const lang of ['zh-CN', 'en'] as const)
          expect(
            battery.filter((s) => s.element === element && s.says === says && s.lang === lang).length,
          ).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['injuries', 140],
    ['in_progress', 134],
  ] as const)('reads %s right in at least %i of 145 texts', (element, floor) => {
    const mine = results.filter((r) => r.s.element === element);
    const wrong = mine.filter((r) => !r.right).map((r) => `${r.s.says} ← ${r.s.text}`);
    expect(mine.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(floor);
  });

  it.each(['yes', 'no', 'unsaid'] as const)('reads at least 70%% of the "%s" texts of each element right', (says) => {
    for (const element of ['injuries', 'in_progress'] as const) {
      const mine = results.filter((r) => r.s.element === element && r.s.says === says);
      expect(mine.filter((r) => r.right).length / mine.length, `${element} ${says}`).toBeGreaterThanOrEqual(0.7);
    }
  });
});
