/** `what`: what is happening, in the reporter's words (the message that made the report clear). */
import { anyText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export const what: ElementBehaviour = { key: 'what', parse: (_w, text) => anyText(text) };

/** A first message long enough to stand as "what is happening" even before a category is known. */
export function describesSomething(text: string): boolean {
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text.split(/\s+/).filter((x) => /[a-z]{2,}/i.test(x)).length;
  return han >= 6 || words >= 4;
}
