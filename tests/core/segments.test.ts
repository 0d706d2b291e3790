/** The one segment renderer: replies are fitted to a channel's segment limit, never truncated. */
import { describe, expect, it } from 'vitest';
import { countSegments, fitToSegment, fitsSegment, SMS_SEGMENT } from '../../src/core/segments.js';

const zh =
  '民警已出发，请保持手机畅通。我被人骗了，对方自称是公安局的，让我把银行卡里的钱转到安全账户。我已经转了五万元，现在他们还要我继续转钱！我在西安市雁塔区小寨东路的家里。';

describe('fitToSegment', () => {
  it('leaves a text that fits one segment as it is', () => {
    expect(fitToSegment('已记录，民警正在赶来。', SMS_SEGMENT)).toEqual(['已记录，民警正在赶来。']);
    expect(fitToSegment('x'.repeat(160), SMS_SEGMENT)).toEqual(['x'.repeat(160)]);
    expect(fitToSegment('x'.repeat(5000), null)).toEqual(['x'.repeat(5000)]);
  });

  it('splits Chinese into UCS-2 segments of at most 70 units, at sentence ends, losing nothing', () => {
    const parts = fitToSegment(zh, SMS_SEGMENT);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(countSegments(p)).toMatchObject({ encoding: 'UCS-2', segments: 1 });
      expect(p.length).toBeLessThanOrEqual(70);
    }
    expect(parts.join('')).toBe(zh);
    // Every part but the last ends a sentence or clause.
    for (const p of parts.slice(0, -1)) expect(p).toMatch(/[。！？，]$/);
  });

  it('splits GSM-7 text at spaces into 160-septet segments; extension characters count twice', () => {
    const en = 'Police are on the way. Stay where you are if it is safe {keep} your phone on [and] text us any change. '
      .repeat(3)
      .trim();
    const parts = fitToSegment(en, SMS_SEGMENT);
    for (const p of parts) {
      expect(countSegments(p)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
      expect(fitsSegment(p, SMS_SEGMENT)).toBe(true);
    }
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(en.replace(/\s+/g, ' '));
    expect(countSegments('{}'.repeat(80)).units).toBe(320);
    expect(fitToSegment('{}'.repeat(80), SMS_SEGMENT).every((p) => countSegments(p).units <= 160)).toBe(true);
  });

  it('never splits a surrogate pair, and a text without boundaries is cut hard', () => {
    const emoji = '🚓'.repeat(50); // 100 UTF-16 units
    const parts = fitToSegment(emoji, SMS_SEGMENT);
    expect(parts.join('')).toBe(emoji);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(70);
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('a character limit (WeChat) counts code points', () => {
    const parts = fitToSegment('警'.repeat(1300), { kind: 'chars', max: 600 });
    expect(parts.map((p) => [...p].length)).toEqual([600, 600, 100]);
  });
});
