import { describe, expect, it } from 'vitest';
import { LANGUAGES, type ElementKey } from '../../../src/core/incident.js';
import { hasChinese } from '../../../src/core/text.js';
import { defaultFlow } from '../../../src/core/flow/definition.js';
import {
  TEMPLATE_IDS,
  TEMPLATES,
  fitsOneSegment,
  isGsm7,
  render,
  segmentLength,
  segmentLimit,
  splitToSegments,
  truncateToSegment,
  type TemplateId,
} from '../../../src/core/flow/templates.js';
import { runConversation } from '../../../src/core/flow/simulate.js';

/** Realistic (long-ish) values for every placeholder a template may use. */
function varsFor(id: TemplateId, lang: 'zh-CN' | 'en'): Record<string, string> {
  const key = id.split('.')[1] as ElementKey;
  const longestExample = (l: 'zh-CN' | 'en'): string =>
    Object.values(defaultFlow.elements)
      .map((e) => e.example[l])
      .sort((a, b) => b.length - a.length)[0] ?? '';
  const element = Object.values(defaultFlow.elements)
    .map((e) => e.label[lang])
    .sort((a, b) => b.length - a.length)[0];
  return {
    agency: '110',
    ref: 'XA-20250115-0042',
    example: id.startsWith('reask.') ? defaultFlow.elements[key].example[lang] : longestExample(lang),
    element: element ?? '',
    note: lang === 'zh-CN' ? '民警五分钟内到' : 'ETA 5 min',
    text: lang === 'zh-CN' ? '请保持安全' : 'stay safe',
  };
}

describe('templates', () => {
  it('has a zh-CN and an en text for every element question, re-ask and covert question', () => {
    for (const key of Object.keys(defaultFlow.elements)) {
      for (const prefix of ['ask', 'reask', 'covert.ask']) expect(TEMPLATES).toHaveProperty([`${prefix}.${key}`]);
    }
  });

  for (const id of TEMPLATE_IDS) {
    for (const lang of LANGUAGES) {
      it(`${id} [${lang}] fits one SMS segment and is in its language`, () => {
        const text = render(id, lang, varsFor(id, lang));
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/[{}]/);
        expect(fitsOneSegment(text), `${text} (${segmentLength(text)}/${segmentLimit(text)})`).toBe(true);
        expect([...text].length).toBeLessThanOrEqual(hasChinese(text) ? 70 : 160);
        if (lang === 'zh-CN') expect(hasChinese(text)).toBe(true);
        else {
          expect(hasChinese(text)).toBe(false);
          expect(isGsm7(text), `non GSM-7 character in ${text}`).toBe(true);
        }
        // No emoji anywhere.
        expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
      });
    }
  }

  it('every element has an example answer and a label in both languages', () => {
    for (const spec of Object.values(defaultFlow.elements)) {
      for (const lang of LANGUAGES) {
        expect(spec.example[lang].length).toBeGreaterThan(0);
        expect(spec.label[lang].length).toBeGreaterThan(0);
      }
    }
  });

  it('render leaves no braces when a value is missing', () => {
    expect(render('ready', 'en', {})).not.toContain('{');
  });
});

describe('segments', () => {
  it('counts Chinese against 70 and GSM-7 against 160', () => {
    expect(segmentLimit('hello')).toBe(160);
    expect(segmentLimit('你好')).toBe(70);
    expect(segmentLimit('it’s')).toBe(70); // curly quote forces UCS-2
    expect(segmentLength('a{b')).toBe(4); // extension character takes two septets
    expect(segmentLength('😀')).toBe(2);
  });

  it('fits one segment exactly up to the limit of its encoding', () => {
    const cases = [
      'a'.repeat(160),
      'a'.repeat(161),
      'a'.repeat(159) + '{',
      'a'.repeat(158) + '{',
      '你'.repeat(70),
      '你'.repeat(71),
      '你'.repeat(69) + '😀',
      '你'.repeat(68) + '😀',
      'it’s ' + 'a'.repeat(65),
      'it’s ' + 'a'.repeat(66),
      '',
    ];
    const fits = cases.map(fitsOneSegment);
    expect(fits).toEqual(cases.map((t) => segmentLength(t) <= segmentLimit(t)));
    expect(fits).toEqual([true, false, false, true, true, false, false, true, true, false, true]);
  });

  it('truncates without breaking a surrogate pair and keeps one segment', () => {
    const zh = '😀'.repeat(50);
    const cut = truncateToSegment(zh);
    expect(fitsOneSegment(cut)).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const en = 'x'.repeat(400);
    expect(truncateToSegment(en)).toMatch(/\.\.\.$/);
    expect(truncateToSegment(en).length).toBe(160);
  });

  it('splits long texts into pieces that each fit, with the prefix on the first', () => {
    const zh = '民警已经在路上，请你待在安全的地方，不要开门，保持手机畅通。'.repeat(4);
    const pieces = splitToSegments(zh, '110回复：');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]).toMatch(/^110回复：/);
    for (const p of pieces) expect(fitsOneSegment(p)).toBe(true);
    expect(pieces.join('').replace('110回复：', '')).toBe(zh);
  });
});

describe('generated replies stay within one segment', () => {
  const base = { channelHasPhone: true };
  const lengths = [1, 30, 69, 70, 71, 159, 160, 161, 400, 1000];

  for (const n of lengths) {
    it(`dispatcher message of ${n} characters (en and zh)`, () => {
      for (const [lang, unit] of [
        ['en', 'a'],
        ['zh-CN', '警'],
      ] as const) {
        const text = unit.repeat(n);
        const run = runConversation(defaultFlow, [{ kind: 'dispatcher_message', text }], { ...base, lang });
        const replies = run.steps[0]?.replies ?? [];
        expect(replies.length).toBeGreaterThan(0);
        for (const r of replies) expect(fitsOneSegment(r.text), r.text).toBe(true);
        expect(replies.map((r) => r.text).join('')).toContain(unit.repeat(Math.min(n, 20)));
      }
    });
  }

  it('dispatcher message mixing English with an emoji and a curly quote', () => {
    const text = 'We’re on our way 🚓 '.repeat(10);
    const run = runConversation(defaultFlow, [{ kind: 'dispatcher_message', text }], { ...base, lang: 'en' });
    for (const r of run.steps[0]?.replies ?? []) expect(fitsOneSegment(r.text)).toBe(true);
  });

  for (const status of ['acknowledged', 'dispatched', 'on_scene', 'resolved', 'cancelled'] as const) {
    for (const lang of LANGUAGES) {
      for (const note of [
        '',
        '5分钟到',
        'Officer Wang will call you from 13800138000. '.repeat(5),
        '请到派出所做笔录'.repeat(10),
      ]) {
        it(`status ${status} [${lang}] with a note of ${note.length} characters`, () => {
          const input =
            note === ''
              ? { kind: 'dispatch_status' as const, status }
              : { kind: 'dispatch_status' as const, status, note };
          const run = runConversation(defaultFlow, [input], { ...base, lang });
          const replies = run.steps[0]?.replies ?? [];
          expect(replies).toHaveLength(1);
          expect(fitsOneSegment(replies[0]?.text ?? '')).toBe(true);
        });
      }
    }
  }
});
