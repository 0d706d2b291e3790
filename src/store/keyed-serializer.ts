/**
 * Per-key ordering: work for one key runs one at a time in submission order; different keys run in
 * parallel. In one process this is a promise chain per key; with several processes on PostgreSQL it
 * becomes an advisory lock per key behind the same interface (KeyedSerializer in core/ports.ts).
 */
import type { KeyedSerializer } from '../core/ports.js';

export class InProcessSerializer implements KeyedSerializer {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves when no key has work in hand (work may queue more work, hence the loop). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  get activeKeys(): number {
    return this.tails.size;
  }
}
