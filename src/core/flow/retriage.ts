/** Triage re-run after every input that may change it, and the elements its modifiers answer. */
import type { Category, ElementKey, Reason } from '../incident.js';
import { partnerNamed } from '../extract/suspects.js';
import { triage } from '../triage/index.js';
import type { TriageResult } from '../triage/types.js';
import type { FlowState } from './types.js';
import { setElement, type Work } from './work.js';

function previousTriage(s: FlowState): TriageResult | null {
  if (s.category === null && s.reasons.length === 0) return null;
  return {
    category: s.category,
    priority: s.priority,
    route: s.route,
    covert: s.covert,
    divertPending: s.divertPending,
    earlyDispatch: s.priority === 'P1' && s.category !== null,
    reasons: s.reasons,
  };
}

/**
 * Bounded work (every input costs bounded time): a message is understood from its first
 * MAX_UNDERSTOOD_CHARS characters (core/text.ts; the stored text keeps everything), and triage re-reads
 * the opening burst and the latest messages, not a transcript that a flood could make arbitrarily long.
 * What the middle messages said is already in the elements and facts, and a category once found is kept.
 */
const TRIAGE_FIRST_TEXTS = 4;
const TRIAGE_LAST_TEXTS = 12;

function triageTexts(texts: readonly string[]): string[] {
  if (texts.length <= TRIAGE_FIRST_TEXTS + TRIAGE_LAST_TEXTS) return [...texts];
  return [...texts.slice(0, TRIAGE_FIRST_TEXTS), ...texts.slice(-TRIAGE_LAST_TEXTS)];
}

/** The same reasons in the same order (what comparing their JSON said, without building it at every step). */
function sameReasons(a: readonly Reason[], b: readonly Reason[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x?.rule !== y?.rule || x?.matched !== y?.matched || x?.effect !== y?.effect) return false;
  }
  return true;
}

export function runTriage(w: Work): TriageResult {
  const { s } = w;
  const r = triage({ texts: triageTexts(s.texts), elements: s.elements, facts: s.facts, previous: previousTriage(s) });
  const covert = s.covert || r.covert;
  const differs =
    r.category !== s.category ||
    r.priority !== s.priority ||
    r.route !== s.route ||
    covert !== s.covert ||
    r.divertPending !== s.divertPending ||
    !sameReasons(r.reasons, s.reasons);
  if (differs) {
    const decisionChanged =
      r.category !== s.category || r.priority !== s.priority || r.route !== s.route || covert !== s.covert;
    s.category = r.category;
    s.priority = r.priority;
    s.route = r.route;
    s.covert = covert;
    s.divertPending = r.divertPending;
    s.reasons = r.reasons;
    w.events.push({
      type: 'triage',
      category: r.category,
      priority: r.priority,
      route: r.route,
      covert,
      reasons: r.reasons,
    });
    if (decisionChanged) w.changed = true;
  }
  fillFromTriage(w, r);
  return r;
}

/** The elements a triage modifier answers: a weapon or an injury triage sees is never asked (one language layer). */
const MODIFIER_ELEMENTS: readonly (readonly [rule: string, key: ElementKey])[] = [
  ['modifier.weapon', 'weapons'],
  ['modifier.injury', 'injuries'],
  // "正在", "as we speak", "还在砍": triage reads it as going on; "is it still happening?" is answered.
  ['modifier.in_progress', 'in_progress'],
];

/** Reports in which a partner or an ex named is the offender (extract/suspects.ts partnerNamed). */
const PARTNER_OFFENDS: ReadonlySet<Category> = new Set(['domestic_violence', 'threat', 'sexual_assault', 'kidnapping']);

function fillFromTriage(w: Work, r: TriageResult): void {
  for (const [rule, key] of MODIFIER_ELEMENTS) {
    if (w.s.elements[key] !== undefined) continue;
    const found = r.reasons.find((x) => x.rule === rule && x.matched !== '');
    if (found !== undefined) setElement(w, key, found.matched, 'extracted');
  }
  const { s } = w;
  if (s.elements.suspects === undefined && s.category !== null && PARTNER_OFFENDS.has(s.category)) {
    // The texts triage reads (bounded: a flood of messages is not re-read at every step).
    for (const text of triageTexts(s.texts)) {
      const partner = partnerNamed(text);
      if (partner === undefined) continue;
      setElement(w, 'suspects', partner, 'extracted');
      break;
    }
  }
}
