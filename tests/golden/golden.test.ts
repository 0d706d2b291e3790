/**
 * Golden transcripts: whole conversations run through the flow with a fixed clock, each compared with
 * tests/golden/<id>.txt (the transcript as a reporter sees it, then a summary of the incident dispatch gets).
 *
 * To regenerate the files after an intended change in wording or behaviour:
 *   UPDATE_GOLDEN=1 npx vitest run tests/golden
 * then read every changed transcript as a reporter and as a dispatcher would before committing it.
 * The expectations in conversations.ts are checked either way: they do not change when files are rewritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type ElementKey, type Lang } from '../../src/core/incident.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import { formatTranscript, runConversation, type Conversation } from '../../src/core/flow/simulate.js';
import type { FlowEvent } from '../../src/core/flow/types.js';
import { hasChinese } from '../../src/core/text.js';
import { CONVERSATIONS, type GoldenConversation } from './conversations.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function run(c: GoldenConversation): Conversation {
  return runConversation(defaultFlow, c.inputs, { reference: 'R-0042', lang: c.lang, ...c.options });
}

function dispatches(conv: Conversation) {
  return conv.events.filter((e): e is Extract<FlowEvent, { type: 'dispatch' }> => e.type === 'dispatch');
}

/** Template ids of every reply, merged replies split into their parts. */
function templates(conv: Conversation): string[] {
  return conv.steps.flatMap((s) => s.replies.flatMap((r) => r.template.split('+')));
}

/** The transcript, then what dispatch gets: category, priority, route, covert, status, elements, events. */
function golden(conv: Conversation): string {
  const s = conv.state;
  const elements = defaultFlow.order
    .filter((k) => s.elements[k] !== undefined)
    .map((k) => `  ${k}: ${s.elements[k]?.value ?? ''} (${s.elements[k]?.source ?? ''})`);
  const point = s.point ? [`  point: ${s.point.lat},${s.point.lon} ${s.point.datum}`] : [];
  const events = dispatches(conv).map((d) => `${d.event}#${d.revision}`);
  return [
    formatTranscript(conv.transcript),
    '',
    '--- summary',
    `category: ${s.category ?? 'none'}`,
    `priority: ${s.priority}`,
    `route: ${s.route}`,
    `covert: ${s.covert}`,
    `status: ${s.status}`,
    `early dispatched: ${s.earlyDispatched}`,
    `human requested: ${s.humanRequested}`,
    'elements:',
    ...elements,
    ...point,
    `events: ${events.length > 0 ? events.join(', ') : 'none'}`,
    '',
  ].join('\n');
}

/** The reporter's language after input `i`: the conversation's, or the one they switched to. */
function langAt(c: GoldenConversation, i: number): Lang {
  return c.switchTo !== undefined && i >= c.switchTo.at ? c.switchTo.lang : c.lang;
}

function asksFor(template: string, key: ElementKey): boolean {
  const ask = /^(?:covert\.)?(?:re)?ask\.(.+)$/.exec(template)?.[1];
  return ask === key || (key === 'location' && ask === 'location_detail');
}

describe('golden conversations', () => {
  it('cover every category in both languages, with enough of each language', () => {
    const ids = new Set<string>();
    for (const c of CONVERSATIONS) {
      expect(ids.has(c.id), c.id).toBe(false);
      ids.add(c.id);
    }
    for (const category of CATEGORIES) {
      const these = CONVERSATIONS.filter((c) => c.expect.category === category);
      expect(these.length, category).toBeGreaterThan(0);
    }
    const langs = new Set(CONVERSATIONS.map((c) => `${c.expect.category ?? 'none'}:${c.lang}`));
    for (const category of CATEGORIES) {
      // suspicious and other_police are one row in INCIDENT.md: together they need both languages.
      const covered =
        category === 'suspicious' || category === 'other_police'
          ? ['suspicious', 'other_police'].some((k) => langs.has(`${k}:en`)) &&
            ['suspicious', 'other_police'].some((k) => langs.has(`${k}:zh-CN`))
          : langs.has(`${category}:en`) && langs.has(`${category}:zh-CN`);
      expect(covered, `${category} in both languages`).toBe(true);
    }
    expect(CONVERSATIONS.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(10);
    expect(CONVERSATIONS.filter((c) => c.lang === 'zh-CN').length).toBeGreaterThanOrEqual(10);
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(24);
  });

  describe.each(CONVERSATIONS.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const conv = run(c);

    it('ends as expected', () => {
      const s = conv.state;
      expect({
        category: s.category,
        priority: s.priority,
        route: s.route,
        covert: s.covert,
        status: s.status,
        earlyDispatched: s.earlyDispatched,
      }).toEqual({
        category: c.expect.category,
        priority: c.expect.priority,
        route: c.expect.route,
        covert: c.expect.covert,
        status: c.expect.status,
        earlyDispatched: c.expect.earlyDispatched,
      });
      expect(dispatches(conv).map((d) => d.event)).toEqual(c.expect.events);
      for (const key of c.expect.set ?? []) {
        const v = s.elements[key];
        expect(v, `${key} set`).toBeDefined();
        expect(v?.source, `${key} known`).not.toBe('unknown');
      }
      for (const key of c.expect.unknown ?? []) expect(s.elements[key]?.source, `${key} unknown`).toBe('unknown');
      const asked = templates(conv);
      for (const key of c.expect.neverAsked ?? [])
        expect(
          asked.filter((t) => asksFor(t, key)),
          `${key} never asked`,
        ).toEqual([]);
      for (const t of c.expect.templates ?? []) expect(asked, `template ${t}`).toContain(t);
      for (const t of c.expect.notTemplates ?? []) expect(asked, `no template ${t}`).not.toContain(t);
    });

    it('replies fit one SMS segment, in the reporter language', () => {
      conv.steps.forEach((step, i) => {
        for (const reply of step.replies) {
          const limit = hasChinese(reply.text) ? 70 : 160;
          expect([...reply.text].length, reply.text).toBeLessThanOrEqual(limit);
          const lang = langAt(c, i);
          expect(reply.lang, reply.text).toBe(lang);
          expect(hasChinese(reply.text), reply.text).toBe(lang === 'zh-CN');
        }
      });
    });

    it('matches the golden transcript', () => {
      const file = join(DIR, `${id}.txt`);
      const text = golden(conv);
      if (UPDATE) {
        writeFileSync(file, text);
        return;
      }
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  });
});
