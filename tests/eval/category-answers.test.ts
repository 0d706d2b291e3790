/**
 * How reporters answer the numbered category question in their own words: a battery of 342 answers (19 kinds, 10
 * Chinese and 8 English each) written blind in session 15 by a helper who read only INCIDENT.md and PRODUCT.md
 * (eval/batteries/category-answers.json). Each is played as the answer after a vague opening, a place and the
 * danger screen ("no" for a 12345 matter, else "yes"), twice if the question is asked again, and the report's
 * kind at the end is compared with the one a call-taker would record. 335 of 342 were read right when it landed (284
 * before the session's changes); the floor here is 95% overall and 80% for every kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { runConversation } from '../../src/core/flow/simulate.js';
import { CATEGORIES, type Category } from '../../src/core/incident.js';

interface Answer {
  lang: 'zh-CN' | 'en';
  text: string;
  category: Category;
}

const battery = JSON.parse(
  readFileSync(new URL('../../eval/batteries/category-answers.json', import.meta.url), 'utf8'),
) as Answer[];

function kindAfter(a: Answer): Category | null {
  const danger = a.category === 'non_police' ? '2' : '1';
  const inputs =
    a.lang === 'zh-CN'
      ? ['出事了 快来', '西安市碑林区南大街12号', danger, a.text, a.text]
      : ['something happened pls come', '42 Elm Street, Leeds LS6 2QA', danger, a.text, a.text];
  return runConversation(defaultFlow, inputs, { lang: a.lang }).state.category;
}

describe('free-word answers to the numbered category question', () => {
  const results = battery.map((a) => ({ a, got: kindAfter(a) }));

  it('is a battery of every kind in both languages', () => {
    for (const cat of CATEGORIES) {
      expect(battery.filter((a) => a.category === cat && a.lang === 'zh-CN').length).toBeGreaterThanOrEqual(8);
      expect(battery.filter((a) => a.category === cat && a.lang === 'en').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('reads at least 95% of the answers as the kind a call-taker would record', () => {
    const wrong = results.filter((r) => r.got !== r.a.category).map((r) => `${r.a.category} ← ${r.a.text} (${r.got})`);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(Math.floor(battery.length * 0.05));
  });

  it.each([...CATEGORIES])('reads at least 80% of the answers meaning %s', (cat) => {
    const mine = results.filter((r) => r.a.category === cat);
    const right = mine.filter((r) => r.got === cat).length;
    expect(right / mine.length).toBeGreaterThanOrEqual(0.8);
  });
});
