/** A marker the test flow worker (hanging-step-worker.ts) never finishes a step on. */
export const POISON_MARK = '\u2063poison\u2063';
