import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../src/core/triage/match.js';

/**
 * makeDoc walks the text by UTF-16 code with tables; it must read the same characters as a walk by code point
 * (for…of), whitespace as `\s`, each character normalised alone, and map every normalised character back.
 */
describe('makeDoc', () => {
  it('collapses any run of whitespace (ASCII, no-break, ideographic) to one space, and drops it at the ends', () => {
    const doc = makeDoc(' \tHe\u00a0\u3000 has\n\na KNIFE \u2028');
    expect(doc.norm).toBe('he has a knife');
    // The space stands for the whole run it replaced.
    const space = doc.norm.indexOf(' ');
    expect([doc.from[space], doc.to[space]]).toEqual([4, 7]);
  });

  it('maps each normalised character back to its own character (full-width, traditional, curly quotes)', () => {
    const original = 'ＡＢ１ 著火 can’t 髮';
    const doc = makeDoc(original);
    expect(doc.norm).toBe("ab1 着火 can't 发");
    for (let i = 0; i < doc.norm.length; i++) {
      const part = original.slice(doc.from[i], doc.to[i]);
      if (doc.norm[i] !== ' ') expect(part.length).toBe(1);
    }
    expect(original.slice(doc.from[doc.norm.indexOf("'")], doc.to[doc.norm.indexOf("'")])).toBe('’');
  });

  it('reads a surrogate pair as one character and a lone surrogate as one unit', () => {
    const doc = makeDoc('a😀b\ud800c\udc00');
    expect(doc.norm).toBe('a😀b\ud800c\udc00');
    // One entry per character read: a, the pair, b, the lone high, c, the lone low.
    expect(doc.from).toEqual([0, 1, 3, 4, 5, 6]);
    expect(doc.to).toEqual([1, 3, 4, 5, 6, 7]);
  });

  it('applies the typo fixes with the map kept', () => {
    const doc = makeDoc('有人大架');
    expect(doc.norm).toBe('有人打架');
    expect(doc.from).toEqual([0, 1, 2, 2]);
  });
});
