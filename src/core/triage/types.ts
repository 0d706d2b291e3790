/**
 * Triage: category, priority, route, covert mode, each with its reasons. Rules live as data in rules.ts;
 * one evaluator applies them. Keywords only ever raise priority; lowering or diverting needs an explicit
 * answer from the reporter (the `facts`).
 */
import type { Category, ElementKey, ElementValue, Priority, Reason, Route } from '../incident.js';
import type { ModifierId } from './rules.js';

export interface TriageFacts {
  /** The reporter answered explicitly that nobody is in danger (asked before any 12345 diversion). */
  noDanger: boolean | null;
  /** The reporter said it is over / the suspect has gone ("已经走了", "they left"). */
  over: boolean | null;
  /**
   * The reporter's answer to the danger screen: `yes` makes the report P1, `unknown` (don't know, or an
   * answer that could not be read) at least P2: uncertainty resolves upward. Absent in older states.
   */
  danger?: 'yes' | 'no' | 'unknown' | null;
  /** The category the reporter chose in answer to the numbered category question (a number or words). */
  chosenCategory?: Category | null;
}

export interface TriageInput {
  /** Every text the reporter sent so far, in order (original words; the evaluator normalises). */
  texts: string[];
  elements: Partial<Record<ElementKey, ElementValue>>;
  facts: TriageFacts;
  /** The previous decision: keywords may only raise from it; lowering needs a fact. */
  previous: TriageResult | null;
}

export interface TriageResult {
  category: Category | null;
  priority: Priority;
  route: Route;
  covert: boolean;
  /**
   * The category is non_police and nothing suggests danger, but the reporter has not yet said
   * "no danger": the flow must ask before the priority can become `divert`.
   */
  divertPending: boolean;
  /** P1 with a category: send early dispatch as soon as a specific location is known. */
  earlyDispatch: boolean;
  reasons: Reason[];
  /** Modifiers found (weapon, injury, …), whether or not they raised this category. For cautions (EIDO). */
  modifiers?: ModifierId[];
  /** Every category whose words matched, most serious first (the chosen one may differ: see reasons). */
  candidates?: Category[];
}
