/**
 * The V8 heap's growth, for the whole process (the main thread and the flow's worker thread).
 *
 * After each full collection V8 lets the old generation grow to a multiple of what survived before it
 * collects again, up to four times when collections are cheap, as they are here. Under the bench's load
 * (50 reporters) the main thread's old space climbed from 38 MB live to 159 MB between collections, and peak
 * RSS to about 400 MB, although what survives each collection stays near 40 MB: requests that wait on a group
 * commit are promoted, then die. With growth capped at 1.5 times, full collections come about once a second
 * (5-10 ms each, mostly concurrent), peak RSS measured 311 MB against 402, with no loss of messages/s
 * (README, "Performance"). The limit still rises with a live set that rises: nothing is refused memory.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Applies the cap; V8 reads it at each collection, so calling it at start-up covers every later one. */
export function tuneHeap(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
