/**
 * What each element owns (STYLE.md "Seams"): how a message's extraction fills it (parse before ask), how an
 * answer to its question is read, and what else an accepted answer tells. The question itself is the
 * template `ask.<key>` (templates.ts); what is asked when is the flow definition's (definition.ts).
 */
import type { ElementKey } from '../../incident.js';
import type { Extraction } from '../../extract/types.js';
import type { Work } from '../work.js';

/** `other`: the text answers another element, not this one. */
export type Parsed = { ok: true; value: string; specific?: boolean } | { ok: false; partial?: string; other?: boolean };

export interface ElementBehaviour {
  key: ElementKey;
  /** The extraction of a message says something about this element (to tell an answer about another one). */
  found?: (ext: Extraction) => boolean;
  /** Its question can be answered by words about another element ("刚刚" to "what did they look like?"). */
  crossChecked?: boolean;
  /** Words about it are what an answer to another question may be about instead (it has its own extraction). */
  other?: boolean;
  /** Parse before ask: fills the element (or adds to it) from what a message gives. */
  fill?: (w: Work, ext: Extraction) => void;
  /**
   * Reads `text` as the answer to this element's question. `aboutOther()`: the extraction says something about
   * another element (passed in, because knowing the others is the element table's business, not one element's).
   */
  parse: (w: Work, text: string, ext: Extraction, aboutOther: () => boolean) => Parsed;
  /** What an accepted answer also tells (the in-progress answer says whether it is over). */
  onAnswer?: (w: Work, value: string) => void;
}
