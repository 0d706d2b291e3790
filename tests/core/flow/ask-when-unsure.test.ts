import { describe, expect, it } from 'vitest';
import { awaitingOf } from '../../../src/core/view.js';
import { categoryChoice } from '../../../src/core/flow/category-question.js';
import { talk } from './helpers.js';

describe('the danger screen (INCIDENT.md: never under-triage; when unsure, ask)', () => {
  it('is the first question when nothing is known, awaiting "danger" (zh)', () => {
    const run = talk(['在吗']);
    expect(run.templatesAt(0)).toEqual(['ack', 'danger.ask']);
    expect(awaitingOf(run.state)).toBe('danger');
    expect(run.state.category).toBeNull();
  });

  it('comes after the place when the reporter already said what is happening (en)', () => {
    const run = talk(['something bad is going on with my neighbour and i am scared']);
    expect(awaitingOf(run.state)).toBe('location');
    const next = talk(['something bad is going on with my neighbour and i am scared', '22 Elm Street']);
    expect(awaitingOf(next.state)).toBe('danger');
  });

  it('"yes" makes the report P1 and dispatches as soon as a place is known, then asks the category', () => {
    const run = talk(['在吗', '1', '幸福路菜市场门口']);
    expect(run.state.priority).toBe('P1');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
    expect(awaitingOf(run.state)).toBe('category');
  });

  it('words that show danger answer it ("有人流血了")', () => {
    const run = talk(['在吗', '有人流血了']);
    expect(run.state.facts.danger).toBe('yes');
    expect(run.state.priority).toBe('P1');
  });

  it.each([
    ['hello?', 'im not safe'],
    ['在吗', '不安全'],
    ['hello?', 'he said he will kill me'],
    ['在吗', '救命'],
    ['在吗', '他不让我走'],
  ])('%j then %j: words of danger are a yes, "not safe" too', (first, answer) => {
    const run = talk([first, answer], { lang: /[a-z]/.test(first) ? 'en' : 'zh-CN' });
    expect(run.state.facts.danger).toBe('yes');
    expect(run.state.priority).toBe('P1');
  });

  it('fear or haste without a danger named resolves upward (at least P2); a negated danger word is a no', () => {
    expect(talk(['hello?', 'im scared'], { lang: 'en' }).state.facts.danger).toBe('unknown');
    expect(talk(['在吗', '快来'], { lang: 'zh-CN' }).state.priority).toBe('P2');
    expect(talk(['hello?', 'nobody is hitting anyone'], { lang: 'en' }).state.facts.danger).toBe('no');
  });

  it('"im not safe" to the 12345 no-danger question is a yes, never a diversion', () => {
    const run = talk(['my landlord will not give my deposit back', '5 Market Street', 'im not safe'], { lang: 'en' });
    expect(run.templates).toContain('no_danger.confirm');
    expect(run.state.priority).not.toBe('divert');
    expect(run.state.facts.danger).toBe('yes');
  });

  it('"no" is also the no-danger answer a 12345 request needs: it is not asked twice', () => {
    const run = talk(['hello?', 'no', '5 Market Street', 'my landlord will not give my deposit back']);
    expect(run.state.priority).toBe('divert');
    expect(run.templates.filter((t) => t === 'no_danger.confirm' || t === 'danger.ask')).toHaveLength(1);
  });

  it('"don\'t know" resolves upward: at least P2', () => {
    const run = talk(['hello?', "i don't know"]);
    expect(run.state.facts.danger).toBe('unknown');
    expect(run.state.priority).toBe('P2');
  });

  it('an unreadable answer is asked once more, then resolves upward', () => {
    const run = talk(['hello?', 'hmm', 'hmm']);
    expect(run.templates).toContain('danger.reask');
    expect(run.state.facts.danger).toBe('unknown');
    expect(run.state.priority).toBe('P2');
  });
});

describe('the numbered category question', () => {
  const upToCategory = ['hello?', '2', '12 Park Road'];

  it('is asked after danger and place when no category is known, awaiting "category"', () => {
    const run = talk(upToCategory);
    expect(awaitingOf(run.state)).toBe('category');
    expect(run.templates).toContain('category.ask');
  });

  it('takes a number (en and zh)', () => {
    expect(talk([...upToCategory, '5']).state.category).toBe('theft');
    expect(talk(['喂', '2', '幸福路12号', '6']).state.category).toBe('fraud');
    expect(talk(['喂', '2', '幸福路12号', '0']).state.category).toBe('other_police');
  });

  it('takes free text, read by the same rules as a report', () => {
    const run = talk([...upToCategory, 'my bike got nicked']);
    expect(run.state.category).toBe('theft');
    expect(run.state.elements.what?.value).toBe('my bike got nicked');
  });

  it('takes a short vague answer ("偷东西")', () => {
    expect(categoryChoice('偷东西')).toBe('theft');
    expect(categoryChoice('fire')).toBe('fire');
    expect(categoryChoice('８')).toBe('fire');
    expect(categoryChoice('a very long text about nothing in particular that goes on and on')).toBeNull();
  });

  it('never submits without a category: after a re-ask it is other_police, flagged for a call-taker', () => {
    const run = talk([...upToCategory, 'hmm', 'hmm']);
    expect(run.templates).toContain('category.reask');
    expect(run.state.category).toBe('other_police');
    expect(run.state.humanRequested).toBe(true);
  });

  it('a later message makes the category more specific and raises the priority', () => {
    const run = talk([...upToCategory, '1', 'it was her boyfriend and he has a knife']);
    expect(run.state.category).toBe('domestic_violence');
    expect(run.state.priority).toBe('P1');
  });
});

describe('cancel inside a sentence', () => {
  it('is understood and confirmed (not P1)', () => {
    const run = talk(['my bike was stolen from outside the library on King St', '没事了，取消报警吧']);
    expect(awaitingOf(run.state)).toBe('cancel');
  });

  it('"please cancel it, we sorted it out" asks for confirmation', () => {
    const run = talk(['my neighbours are shouting at 5 Elm St', 'we sorted it out, please cancel it']);
    expect(awaitingOf(run.state)).toBe('cancel');
  });

  it('"don\'t cancel" is no withdrawal', () => {
    const run = talk(['my neighbours are shouting at 5 Elm St', "don't cancel it please"]);
    expect(awaitingOf(run.state)).not.toBe('cancel');
  });
});

describe('answers that answer several questions', () => {
  it('a place answer that also names a weapon and injuries fills them: never asked', () => {
    const run = talk(['打架了', '幸福路菜市场门口 两个人还在拿菜刀砍 有一个满身是血']);
    expect(run.state.elements.weapons).toBeDefined();
    expect(run.state.elements.injuries).toBeDefined();
    expect(run.asked).not.toContain('weapons');
    expect(run.asked).not.toContain('injuries');
  });

  it('a weapon triage sees is the weapon extraction fills (擀面杖)', () => {
    const run = talk(['我老公拿擀面杖打我 在幸福小区3号楼']);
    expect(run.state.category).toBe('domestic_violence');
    expect(run.state.elements.weapons?.value).toContain('擀面杖');
    expect(run.asked).not.toContain('weapons');
  });
});

describe('relation words', () => {
  it("a partner named in a report about violence makes it domestic violence; a victim's parent does not", () => {
    const triageOf = (texts: string[]) => talk(texts).state.category;
    expect(triageOf(['someone punched me outside the bar on 5th Ave', 'it was my ex'])).toBe('domestic_violence');
    expect(triageOf(['the neighbour punched my dad over the fence at 12 Oak St'])).toBe('violence');
    expect(triageOf(['我儿子在学校被人打了 育才中学'])).toBe('violence');
  });
});

describe('short free-text answers to the category question, in their inflected forms', () => {
  it.each([
    ['stalker', 'threat'],
    ['got jumped', 'violence'],
    ['she was raped', 'sexual_assault'],
    ['hes suicidal', 'self_harm'],
    ['被跟踪了', 'threat'],
    ['被人扎了', 'violence'],
    ['打劫', 'robbery'],
  ] as const)('"%s" is %s', (text, category) => {
    expect(categoryChoice(text)).toBe(category);
  });
});

describe('the danger check of a report that is not urgent yet (a known kind below P1)', () => {
  // A noise complaint with everything dispatch needs: the check is the last question before the report is complete.
  const noise = ['幸福小区5栋楼上半夜吵架摔东西', '还在'];

  it('is asked once, last, before the report is complete, awaiting "danger"', () => {
    const run = talk(noise);
    expect(run.state.category).toBe('disorder');
    expect(run.templatesAt(1)).toEqual(['danger.ask']);
    expect(awaitingOf(run.state)).toBe('danger');
    expect(run.state.status).toBe('collecting');
  });

  it('"yes" makes it P1 and dispatches at once', () => {
    const run = talk([...noise, '1']);
    expect(run.state.priority).toBe('P1');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('"don\'t know" resolves upward (at least P2); "no" changes nothing and completes the report', () => {
    expect(talk([...noise, '不知道']).state.priority).toBe('P2');
    const no = talk([...noise, '2']);
    expect(no.state.priority).toBe('P3');
    expect(no.state.status).toBe('ready');
    expect(no.templates.filter((t) => t === 'danger.ask')).toHaveLength(1);
  });

  it('is asked of a theft (someone may have been hurt taking it), not of a scam, a P1 or a 12345 request', () => {
    expect(
      talk(['my bike was stolen yesterday outside the library on Oak St', 'no idea who', 'a blue bike, 300 dollars'])
        .templates,
    ).toContain('danger.ask');
    const scam = talk(['我被骗了5000块 刷单的', '幸福路12号', '昨天晚上', '5000元']);
    expect(scam.state.category).toBe('fraud');
    expect(scam.templates).not.toContain('danger.ask');
    expect(talk(['环城公园南门有人拿刀砍人，还在打', '一个人流血', '两个男的往北跑了']).templates).not.toContain(
      'danger.ask',
    );
    const diverted = talk(['小区停水三天了 物业不管', '幸福小区5栋', '没有']);
    expect(diverted.state.priority).toBe('divert');
    expect(diverted.templates.filter((t) => t === 'danger.ask' || t === 'no_danger.confirm')).toHaveLength(1);
  });

  it('is not asked when the report already says whether anyone is hurt', () => {
    const run = talk(['two guys had a scrap outside the Crown pub on King St, its over now', 'nobody hurt']);
    expect(run.state.elements.injuries).toBeDefined();
    expect(run.templates).not.toContain('danger.ask');
  });
});
