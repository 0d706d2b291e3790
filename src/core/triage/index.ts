/** Triage: category, priority, route, covert mode and early dispatch, each with its reasons. */
export { triage } from './evaluate.js';
export { priorityRank, raise, maxPriority, isMoreUrgent } from './priority.js';
export { buildRules, DEFAULT_RULES, CATEGORY_RULES, MODIFIER_RULES, COVERT_TRIGGERS } from './rules.js';
export type {
  CategoryRule,
  Escalation,
  ModifierId,
  ModifierRule,
  RouteRule,
  RuleOptions,
  RuleSet,
  Signal,
  Term,
} from './rules.js';
export type { TriageFacts, TriageInput, TriageResult } from './types.js';
