import type { ElementKey, ElementValue } from '../../../src/core/incident.js';
import { triage } from '../../../src/core/triage/index.js';
import type { TriageFacts, TriageResult } from '../../../src/core/triage/index.js';

export const NO_FACTS: TriageFacts = { noDanger: null, over: null };

export interface RunOptions {
  elements?: Partial<Record<ElementKey, ElementValue>>;
  facts?: Partial<TriageFacts>;
  previous?: TriageResult | null;
}

/** One triage call over the given texts. */
export function run(texts: string | string[], options: RunOptions = {}): TriageResult {
  return triage({
    texts: Array.isArray(texts) ? texts : [texts],
    elements: options.elements ?? {},
    facts: { ...NO_FACTS, ...options.facts },
    previous: options.previous ?? null,
  });
}

export interface Turn {
  text?: string;
  facts?: Partial<TriageFacts>;
  elements?: Partial<Record<ElementKey, ElementValue>>;
}

/** What the flow does: after every message, triage all texts so far with the previous decision. */
export function conversation(turns: readonly Turn[]): TriageResult[] {
  const texts: string[] = [];
  let facts: TriageFacts = { ...NO_FACTS };
  let elements: Partial<Record<ElementKey, ElementValue>> = {};
  let previous: TriageResult | null = null;
  const results: TriageResult[] = [];
  for (const turn of turns) {
    if (turn.text !== undefined) texts.push(turn.text);
    facts = { ...facts, ...turn.facts };
    elements = { ...elements, ...turn.elements };
    const result = triage({ texts: [...texts], elements, facts, previous });
    results.push(result);
    previous = result;
  }
  return results;
}

export function answer(value: string): ElementValue {
  return { value, source: 'answer' };
}

export function ruleIds(result: TriageResult): string[] {
  return result.reasons.map((r) => r.rule);
}
