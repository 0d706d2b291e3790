import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/core/incident.js';
import { buildSimilarModel, renderSimilarModel } from '../../../eval/train-similar.js';
import { normalizeText } from '../../../src/core/lang/index.js';
import { DEFAULT_RULES, triage, type RuleSet } from '../../../src/core/triage/index.js';
import { SIMILAR_MODEL } from '../../../src/core/triage/similar-model.js';
import { askedAs, mostSimilar } from '../../../src/core/triage/similar.js';
import { initialState } from '../../../src/core/flow/engine.js';
import { defaultFlow } from '../../../src/core/flow/definition.js';
import { requiredElements } from '../../../src/core/flow/work.js';

const MISSING = '我妈找不到了 早上出去买菜到现在没回来 她有老年痴呆';

/** The rules without the words that name one kind (and, with `noModel`, without the likeness reading either). */
function without(category: Category, noModel = false): RuleSet {
  const rules = {
    ...DEFAULT_RULES,
    categories: DEFAULT_RULES.categories.map((r) =>
      r.category === category ? { ...r, zh: [], en: [], escalations: [] } : r,
    ),
  };
  return noModel ? { ...rules, similar: false } : rules;
}

function facts(chosenCategory: 'other_police' | null) {
  return { noDanger: null, over: null, chosenCategory };
}

describe('the closest kind of report (similar.ts)', () => {
  it('the committed model is what npm run train-similar builds from the corpus and the rules today', () => {
    const file = readFileSync(new URL('../../../src/core/triage/similar-model.ts', import.meta.url), 'utf8');
    expect(file).toBe(renderSimilarModel(buildSimilarModel()));
    expect(SIMILAR_MODEL.categories).toContain('non_police');
  });

  it('finds the kind a story is like, with the words that weighed most', () => {
    const r = mostSimilar([normalizeText(MISSING)]);
    expect(r?.category).toBe('missing_person');
    expect(r?.probability).toBeGreaterThanOrEqual(0.99);
    expect(r?.because.length).toBeGreaterThan(0);
  });

  it('says nothing on too little or on words of no kind', () => {
    expect(mostSimilar([normalizeText('在吗')])).toBeNull();
    expect(mostSimilar([normalizeText('testing testing lol')])).toBeNull();
  });

  it('is read only after the category question ended as "other", and changes the label, not the priority', () => {
    // Without its own words, a groping report is placed by likeness only once the question was asked.
    const texts = ['有人摸我', '在地铁上 一直贴着我', '用手摸我屁股'];
    const rules = without('sexual_assault');
    const before = triage({ texts, elements: {}, facts: facts(null), previous: null }, rules);
    expect(before.category).not.toBe('sexual_assault');
    const other = triage({ texts, elements: {}, facts: facts('other_police'), previous: null }, rules);
    expect(other.category).toBe('sexual_assault');
    expect(other.reasons.some((r) => r.rule === 'category.sexual_assault.similar')).toBe(true);
    // Priority, route and covert mode are those of "other": a likeness is no evidence.
    const asOther = triage(
      { texts, elements: {}, facts: facts('other_police'), previous: null },
      without('sexual_assault', true),
    );
    expect(other.priority).toBe(asOther.priority);
    expect(other.route).toBe(asOther.route);
    expect(other.covert).toBe(asOther.covert);
    // The next step reads it again instead of keeping it as the previous category.
    const next = triage(
      { texts: [...texts, '算了'], elements: {}, facts: facts('other_police'), previous: other },
      rules,
    );
    expect(next.reasons.some((r) => r.rule === 'category.previous')).toBe(false);
  });

  it('after "other", a likeness below overwhelming odds labels the report but asks only the questions of "other"', () => {
    // As played: the story, the place, "don't know" to the danger screen, the story twice to the category question.
    const story = 'someone keeps trying the back door of our house, its 2am and my husband is away';
    const texts = [story, '9 Lark Rise, Didcot OX11 7LP', "don't know", story, story];
    const like = mostSimilar(texts.map(normalizeText), 0);
    expect(like?.category).toBe('burglary');
    expect(like?.probability).toBeGreaterThanOrEqual(0.9);
    expect(like?.probability).toBeLessThan(0.99);
    const r = triage({ texts, elements: {}, facts: facts('other_police'), previous: null });
    expect(r.category).toBe('burglary');
    expect(askedAs(r.reasons, r.category)).toBe('other_police');
    // Not read before the question was asked and answered as "other".
    expect(triage({ texts, elements: {}, facts: facts(null), previous: null }).category).not.toBe('burglary');
    // At overwhelming odds the kind's own questions are asked (the rule before this one, unchanged).
    const sure = triage(
      {
        texts: ['有人摸我', '在地铁上 一直贴着我', '用手摸我屁股'],
        elements: {},
        facts: facts('other_police'),
        previous: null,
      },
      without('sexual_assault'),
    );
    expect(sure.category).toBe('sexual_assault');
    expect(askedAs(sure.reasons, sure.category)).toBeNull();
  });

  it('after "other", a vague report gets no kind from its wording', () => {
    // The wording of a vague report and the street it gave are no evidence of a kind (0.94 "burglary" before).
    const texts = ['can u send someone', '42 Elm Street, Leeds LS6 2QA', 'not sure', 'dunno'];
    expect(triage({ texts, elements: {}, facts: facts('other_police'), previous: null }).category).toBe('other_police');
    const zh = ['在吗 我要报警', '说不清', '不知道'];
    expect(triage({ texts: zh, elements: {}, facts: facts('other_police'), previous: null }).category).toBe(
      'other_police',
    );
  });

  it('never diverts to 12345 by likeness', () => {
    const texts = ['楼上漏水 把我家天花板泡了', '物业不管 楼上也不开门'];
    expect(mostSimilar(texts.map(normalizeText))?.category).toBe('non_police');
    const r = triage({ texts, elements: {}, facts: facts('other_police'), previous: null }, without('non_police'));
    expect(r.category).toBe('other_police');
    expect(r.route).toBe('110');
  });
});

describe('the likeness over the words (evaluate.ts, OVERRIDE_PROBABILITY)', () => {
  // A knife pulled and shouting, nobody touched: the words read a fight, the story is like the threats reported.
  const texts = [
    'im a deliveroo rider, customer pulled a knife on me when i asked for the right flat, hes still in the doorway shouting',
    'no im ok',
    'bald guy 40s',
  ];
  const input = { texts, elements: {}, facts: facts(null), previous: null };

  it('names the kind the whole story is overwhelmingly like, with its reason', () => {
    const words = triage(input, { ...DEFAULT_RULES, similar: false });
    expect(words.category).toBe('violence');
    const r = triage(input);
    expect(r.category).toBe('threat');
    expect(r.reasons.find((x) => x.rule === 'category.threat.similar')?.effect).toContain('was violence');
  });

  it('keeps the priority of the words and asks the questions of the more serious reading', () => {
    const words = triage(input, { ...DEFAULT_RULES, similar: false });
    const r = triage(input);
    expect(r.priority).toBe(words.priority);
    expect(askedAs(r.reasons, r.category)).toBe('violence');
    // A call-taker's category decision ends it.
    expect(askedAs(r.reasons, 'robbery')).toBeNull();
    const s = {
      ...initialState({ lang: 'en', channelHasPhone: true, now: '2025-03-14T11:00:00.000Z' }),
      category: r.category,
      reasons: r.reasons,
    };
    expect(requiredElements(defaultFlow, s)).toEqual(expect.arrayContaining(['in_progress', 'injuries', 'weapons']));
    expect(requiredElements(defaultFlow, { ...s, reasons: [] })).not.toContain('weapons');
  });

  it('keeps covert mode when the words named a kind that is always covert', () => {
    // "locked in her room" reads as someone held (kidnapping, always covert); the story is a goodbye (self-harm).
    const held = {
      texts: [
        'my flatmate texted me sorry for everything and goodbye, shes locked in her room',
        'flat 4, 22 Cowley Rd, Oxford',
      ],
      elements: { location: { value: 'flat 4, 22 Cowley Rd, Oxford', source: 'answer' as const } },
      facts: { ...facts(null), danger: 'yes' as const },
      previous: null,
    };
    const r = triage(held);
    expect(r.category).toBe('self_harm');
    expect(r.route).toBe('110+120');
    expect(r.covert).toBe(true);
    expect(askedAs(r.reasons, r.category)).toBe('kidnapping');
  });

  it('never moves a more specific reading of the same story (force over what was taken is a robbery)', () => {
    const robbed = {
      texts: ['two guys jumped me and took my phone, my head is bleeding bad, outside the Tesco on Hill Rd'],
      elements: {},
      facts: facts(null),
      previous: null,
    };
    const r = triage(robbed);
    expect(r.category).toBe('robbery');
    expect(r.reasons.some((x) => x.rule.endsWith('.similar'))).toBe(false);
  });

  it('names the crime that hurt someone told as an illness, when a doer or a partner is there, and keeps the 120 advice', () => {
    const hurt = (texts: string[]) => ({ texts, elements: {}, facts: facts(null), previous: null });
    // A husband home drunk and a head bleeding: the words name only the injury, the story is domestic violence.
    const home = triage(hurt(['老公喝醉了回来 我头上一直流血 头晕站不起来 在幸福小区3栋']));
    expect(
      triage(hurt(['老公喝醉了回来 我头上一直流血 头晕站不起来 在幸福小区3栋']), { ...DEFAULT_RULES, similar: false })
        .category,
    ).toBe('medical');
    expect(home.category).toBe('domestic_violence');
    expect(home.priority).toBe('P1');
    expect(home.route).toBe('110+120');
    // Nobody who could have done it: a fall stays an illness or injury, whatever its words are like.
    const fell = triage(
      hurt([
        'miss Ruby next door fell in her kitchen and cant get up, she 88, i can see her through the window but door locked',
      ]),
    );
    expect(fell.category).toBe('medical');
    expect(fell.route).toBe('110+120');
  });
});

describe('after "other", the closest kind that needs the fire service or an ambulance keeps its advice', () => {
  it('tells the reporter to call 119 when a fire is only a label, and a fire is P1', () => {
    const texts = ['楼道里全是烟 呛得睁不开眼', '隔壁屋里好像烧起来了 火苗从门缝窜出来'];
    const rules = without('fire');
    const r = triage({ texts, elements: {}, facts: facts('other_police'), previous: null }, rules);
    expect(r.category).toBe('fire');
    expect(r.route).toBe('110+119');
    // A danger to life no one caused brings its kind's usual priority (fire: P1), above that of "other".
    const asOther = triage(
      { texts, elements: {}, facts: facts('other_police'), previous: null },
      without('fire', true),
    );
    expect(asOther.priority).not.toBe('P1');
    expect(r.priority).toBe('P1');
    expect(r.reasons.map((x) => x.rule)).toContain('priority.fire.similar');
  });

  it('makes a suicide threat in words the rules do not know P1, not a P3 "other"', () => {
    const texts = ['my sister sent me a message saying sorry for everything and that she loves us'];
    const r = triage({ texts, elements: {}, facts: facts('other_police'), previous: null });
    expect(r.category).toBe('self_harm');
    expect(r.reasons.map((x) => x.rule)).toContain('category.self_harm.similar');
    expect(r.priority).toBe('P1');
  });
});
