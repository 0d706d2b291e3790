/**
 * What kind of incident a first text describes, told the way people tell it: a battery of 342 first texts (19 kinds,
 * 10 Chinese and 8 English each; eval/batteries/kind-openings.json) written blind in session 16 by a helper who read
 * only INCIDENT.md and PRODUCT.md, two thirds of them without the obvious word for their kind. Each is played as the
 * opening, then a place, the danger screen ("no" for a 12345 matter, else "yes") and the story again to the numbered
 * category question, as the evaluation's reporters do; the report's kind at the end is compared with the one a
 * call-taker would record. 261 of 342 were read right when it landed, 311 after that session's words (floor 308).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { runConversation } from '../../src/core/flow/simulate.js';
import { CATEGORIES, type Category } from '../../src/core/incident.js';

interface Opening {
  lang: 'zh-CN' | 'en';
  category: Category;
  text: string;
}

const battery = JSON.parse(
  readFileSync(new URL('../../eval/batteries/kind-openings.json', import.meta.url), 'utf8'),
) as Opening[];

const PLACE = { 'zh-CN': '西安市碑林区南大街12号', en: '42 Elm Street, Leeds LS6 2QA' } as const;

function kindOf(o: Opening): Category | null {
  const danger = o.category === 'non_police' ? '2' : '1';
  return runConversation(defaultFlow, [o.text, PLACE[o.lang], danger, o.text, o.text], { lang: o.lang }).state.category;
}

describe('first texts that describe a kind of incident without naming it', () => {
  const results = battery.map((o) => ({ o, got: kindOf(o) }));

  it('is a battery of every kind in both languages', () => {
    for (const cat of CATEGORIES) {
      expect(battery.filter((o) => o.category === cat && o.lang === 'zh-CN').length).toBeGreaterThanOrEqual(10);
      expect(battery.filter((o) => o.category === cat && o.lang === 'en').length).toBeGreaterThanOrEqual(8);
    }
  });

  it('reads at least 308 of the 342 as the kind a call-taker would record', () => {
    const wrong = results.filter((r) => r.got !== r.o.category).map((r) => `${r.o.category} ← ${r.o.text} (${r.got})`);
    expect(battery.length - wrong.length, wrong.join('\n')).toBeGreaterThanOrEqual(308);
  });

  it.each([...CATEGORIES])('reads at least 70%% of the texts meaning %s', (cat) => {
    const mine = results.filter((r) => r.o.category === cat);
    expect(mine.filter((r) => r.got === cat).length / mine.length).toBeGreaterThanOrEqual(0.7);
  });
});
