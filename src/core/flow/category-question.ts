/**
 * The numbered category question (INCIDENT.md "Never under-triage; when unsure, ask"): asked when the
 * reporter's words name no category. It accepts a number or words. Words that name a category in a report
 * are read by triage (the answer joins the reporter's texts); this file adds the numbers and the short words
 * that answer "what kind of matter is it?" but are too vague to classify a report on their own ("偷", "fire").
 */
import type { Category } from '../incident.js';
import { CATEGORY_HINTS } from '../lang/vocabulary.js';
import { normalizeText } from '../lang/normalize.js';
import { parseDigitChoice } from '../extract/index.js';
import { triage } from '../triage/index.js';

/** The options, in the order of the question's numbers (0 is "other"). Must match the templates. */
export const CATEGORY_OPTIONS: readonly Category[] = [
  'other_police', // 0
  'violence', // 1
  'domestic_violence', // 2
  'sexual_assault', // 3
  'robbery', // 4
  'theft', // 5
  'fraud', // 6
  'missing_person', // 7
  'fire', // 8
  'traffic', // 9
];

/** Short answers only: a long text is a report, and triage reads it as one. */
const MAX_HINT_HAN = 10;
const MAX_HINT_WORDS = 6;

/**
 * The category a reporter chose: a number 0-9, or a short answer read by the rules' own words first (a report's
 * words are more specific than a hint: "我老婆要生了" is a birth, not 老婆 = family violence; "servo's being held up" a
 * robbery, not "held" = a detention), else by a hint word; null otherwise.
 */
export function categoryChoice(text: string): Category | null {
  const bare = text.trim();
  if (/^[0０]$|^零$/.test(bare)) return 'other_police';
  const n = parseDigitChoice(bare, 9);
  if (n !== null) return CATEGORY_OPTIONS[n] ?? null;
  const norm = normalizeText(bare);
  const han = (norm.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = norm.split(/\s+/).filter((x) => /[a-z]/.test(x)).length;
  if (han > MAX_HINT_HAN || words > MAX_HINT_WORDS) return null;
  const named = namedByWords(bare);
  if (named !== null) return named;
  for (const hint of CATEGORY_HINTS) {
    if (hint.words.some((w) => (/[a-z]/.test(w) ? new RegExp(`(?<![a-z])${w}(?![a-z])`).test(norm) : norm.includes(w))))
      return hint.category;
  }
  return null;
}

/** The kind the answer names by a rule's own word (not by a frame or a likeness), read alone. */
function namedByWords(text: string): Category | null {
  const r = triage({
    texts: [text],
    elements: {},
    facts: { noDanger: null, over: null, chosenCategory: null },
    previous: null,
  });
  if (r.category === null) return null;
  const byWord = r.reasons.some(
    (x) => x.rule === `category.${r.category ?? ''}.keyword` && x.effect === `category=${r.category ?? ''}`,
  );
  return byWord ? r.category : null;
}
