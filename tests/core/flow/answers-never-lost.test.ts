/**
 * Issue 13, item 5: answers are never lost. An opening burst is no failed answer; a withdrawal inside a
 * sentence keeps what the sentence says; "I need police" to the danger screen resolves upward.
 */
import { describe, expect, it } from 'vitest';
import { awaitingOf } from '../../../src/core/view.js';
import { talk } from './helpers.js';

const T0 = Date.parse('2025-01-15T10:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const msg = (text: string, s: number) => ({ kind: 'message' as const, text, at: at(s) });

describe('an opening burst (texts seconds apart, before any reply was read)', () => {
  it('zh: the second and third texts are no failed answers to "where?"; the unread question is not sent again', () => {
    const run = talk([msg('有人打架', 0), msg('好多人', 3), msg('快来', 6), msg('在幸福路5号', 40)]);
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([]);
    expect(run.templatesAt(1)).toEqual(['noted']);
    expect(run.templatesAt(2)).toEqual(['noted']);
    expect(run.state.elements.location?.value).toBe('幸福路5号');
    expect(run.state.elements.location?.source).toBe('answer');
  });

  it('en: a short burst is not counted; an unusable answer after the question was read still is', () => {
    const run = talk([msg('someone is fighting outside', 0), msg('pls', 4), msg('hurry', 60)], { lang: 'en' });
    expect(run.templatesAt(1)).toEqual(['noted']);
    expect(run.templatesAt(2)).toEqual(['reask.location']);
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([{ type: 'reask', key: 'location', attempt: 1 }]);
  });

  it('a burst on the danger screen does not use up its re-ask', () => {
    const run = talk([msg('喂', 0), msg('你好', 5), '你们是谁', '什么意思']);
    expect(run.templatesAt(1)).toEqual(['noted']);
    expect(run.templatesAt(2)).toEqual(['danger.reask']);
    // Two answers read after the question could not be understood: uncertainty resolves upward.
    expect(run.state.facts.danger).toBe('unknown');
    expect(['P1', 'P2']).toContain(run.state.priority);
  });

  it('texts more than 10 s apart are answers: "我要报警" to the danger screen is read, not ignored', () => {
    const run = talk([msg('喂', 0), msg('我要报警', 30)]);
    expect(run.state.facts.danger).toBe('unknown');
  });
});

describe('"I need police" to the danger screen', () => {
  it.each([
    ['zh-CN', '喂', '我要报警'],
    ['zh-CN', '喂', '帮我报警！'],
    ['en', 'hello?', 'I need police'],
    ['en', 'hello?', 'call the cops please'],
  ] as const)('%s: %s / %s means danger unknown: at least P2, and the place is asked next', (lang, open, answer) => {
    const run = talk([open, answer], { lang });
    expect(run.templatesAt(0)).toContain('danger.ask');
    expect(run.templatesAt(1)).not.toContain('danger.reask');
    expect(run.state.facts.danger).toBe('unknown');
    expect(['P1', 'P2']).toContain(run.state.priority);
    expect(awaitingOf(run.state)).toBe('location');
  });
});

describe('a withdrawal inside a longer sentence', () => {
  it('zh: "他已经走了 没事了 取消报警吧" keeps that it is over, then asks to confirm', () => {
    const run = talk(['我家门口有人吵架 在幸福路5号', '他已经走了 没事了 取消报警吧']);
    expect(run.templatesAt(1)).toEqual(['cancel.confirm']);
    expect(awaitingOf(run.state)).toBe('cancel');
    expect(run.state.elements.in_progress).toBeDefined();
    expect(run.state.facts.over).toBe(true);
  });

  it('en: "they left, nobody is hurt, please cancel it" keeps both answers', () => {
    const run = talk(
      ['two guys yelling at each other outside 42 Elm St', 'they left, nobody is hurt, please cancel it'],
      {
        lang: 'en',
      },
    );
    expect(awaitingOf(run.state)).toBe('cancel');
    expect(run.state.facts.over).toBe(true);
    expect(run.state.elements.in_progress).toBeDefined();
  });

  it('after dispatch: what the withdrawal says reaches dispatch as a new revision', () => {
    const run = talk(['有人拿刀砍人 在幸福路5号', '人已经跑了 不用来了']);
    // A P1 is not cancelled by the reporter, but what the message said is kept and sent.
    expect(run.templatesAt(1)).toContain('cancel.refused_p1');
    expect(run.state.facts.over).toBe(true);
    expect(run.dispatches.map((d) => d.event)).toEqual(['early_dispatch', 'updated']);
  });
});

describe('an answer that also mentions another element still answers the question asked', () => {
  it('en: "car drove off fast, dark SUV" answers "what did they look like, which way did they go?"', () => {
    const run = talk(['someone got shot', 'corner of MLK and 12th', 'yes', 'car drove off fast, dark SUV'], {
      lang: 'en',
    });
    expect(run.templatesAt(2)).toContain('ask.suspects');
    expect(run.state.elements.suspects?.value).toContain('drove off fast');
    expect(run.templatesAt(3)).not.toContain('ask.suspects');
    expect(run.templatesAt(3)).not.toContain('reask.suspects');
  });

  it('zh: "开着一辆白色面包车往北跑了" answers the suspects question and fills the vehicle', () => {
    const run = talk(['有人被打了 在幸福路5号', '已经走了', '没看到刀', '开着一辆白色面包车往北跑了 两个男的']);
    expect(run.state.elements.suspects?.value).toContain('往北跑了');
    expect(awaitingOf(run.state)).not.toBe('suspects');
  });

  it('a bare time is still no description: "刚刚" to the suspects question is taken as the time', () => {
    const run = talk(['有人被打了 在幸福路5号', '已经走了', '没看到刀', '刚刚']);
    expect(run.state.elements.suspects?.value ?? '').not.toBe('刚刚');
  });
});

describe('what was done says what it was done with', () => {
  it.each([
    ['en', ['someone got shot at the corner of MLK and 12th']],
    ['en', ['my brother was stabbed outside 22 Baker Street']],
    ['zh-CN', ['有人在幸福路5号砍人']],
    ['zh-CN', ['幸福路5号有人开枪']],
  ] as const)('%s %j: weapons is set and never asked', (lang, texts) => {
    const run = talk([...texts, 'yes', 'no', 'no', 'no', 'no', 'no'], { lang });
    expect(run.state.elements.weapons?.value).toBeTruthy();
    expect(run.asked).not.toContain('weapons');
  });

  it('砍价 is bargaining, not a weapon', () => {
    const run = talk(['商家砍价不成就骂人 在幸福路5号']);
    expect(run.state.elements.weapons).toBeUndefined();
  });
});

describe('the opening burst goes on after a text that happened to answer', () => {
  it('a third text seconds after a second that answered "still going on?" is no failed answer', () => {
    const run = talk([msg('手机店被抢了 三个人拿着砍刀', 0), msg('还在里面', 5), msg('华强北 赛格广场一楼', 10)]);
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([]);
    expect(run.templatesAt(2).some((t) => t.startsWith('reask'))).toBe(false);
  });

  it('after a pause the chain is over: a quick text after an answer is read as an answer again', () => {
    const run = talk([msg('someone is fighting outside', 0), msg('12 Main St', 40), msg('hurry', 45)], {
      lang: 'en',
    });
    expect(run.templatesAt(2)).not.toContain('noted');
    expect(run.state.elements.injuries?.value).toBe('hurry');
  });
});

describe('a command in the opening burst', () => {
  it('"help" seconds after the first text is answered and the question comes again', () => {
    const run = talk([msg('有人在打架', 0), msg('help', 3)]);
    expect(run.templatesAt(1)).toEqual(['help', 'ask.location']);
  });
});

describe('a text about other things while a question is pending', () => {
  it('zh: "有个人掏出刀了" while "anyone hurt?" waits fills weapons; a receipt, and the question sent again as it was', () => {
    const run = talk(['小区门口有人打架 打得好凶', '西安 雁塔区 电子二路 紫薇花园北门', '还在打', '有个人掏出刀了']);
    expect(run.state.elements.weapons?.value).toBe('刀');
    expect(run.templatesAt(3)).toEqual(['noted', 'ask.injuries']);
    expect(awaitingOf(run.state)).toBe('injuries');
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([]);
  });

  it('en: a van named while "who did it?" waits fills vehicles; the answer after it answers the question', () => {
    const run = talk(
      [
        'someone just nicked my bike outside Tesco on Cowley Rd Oxford',
        'hes put it in a white van',
        'skinny guy black puffer jacket',
      ],
      { lang: 'en' },
    );
    expect(run.state.elements.vehicles?.value).toContain('white van');
    expect(run.templatesAt(1)).toEqual(['noted', 'ask.suspects']);
    expect(run.state.elements.suspects).toEqual({ value: 'skinny guy black puffer jacket', source: 'answer' });
  });

  it("the same text sent again to the same question is its answer, in the reporter's words", () => {
    const run = talk(['周至县马召镇 东村村口的黑河桥塌了 有个车掉下去了', '水里', '水里']);
    expect(run.templatesAt(1)).toContain('reask.in_progress');
    expect(run.state.elements.in_progress).toEqual({ value: '水里', source: 'answer' });
    expect(run.templatesAt(2)).not.toContain('reask.in_progress');
  });
});

describe('how things stand, in words, to "is it still happening?"', () => {
  it.each(['车在水里 车门打不开', '人打完回家了'])('"%s" is an answer, not asked again', (text) => {
    const run = talk(['周至县马召镇 东村村口的黑河桥塌了 有个车掉下去了', text]);
    expect(run.state.elements.in_progress?.source).toBe('answer');
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([]);
  });
});

describe('a refusal of the place or the number', () => {
  it.each(['nah', 'not telling u', 'nope'])('en: "%s" to "where?" is a refusal, not an unreadable place', (text) => {
    const run = talk(['gonna end it tonight took a bunch of pills', text], { lang: 'en' });
    expect(run.templatesAt(1)).toContain('location.needed');
    expect(run.templatesAt(1)).not.toContain('reask.location');
  });

  it.each(['不告诉你', '你们别管了', '没有'])('zh: "%s" to "where?" is a refusal', (text) => {
    const run = talk(['我手上划了好几刀 不想活了', text]);
    expect(run.templatesAt(1)).toContain('location.needed');
  });

  it.each(['电话就不留了', '不想留电话', 'rather not give my number tbh'])(
    '"%s" to "your number?" declines it',
    (text) => {
      const run = talk(['举报 楼下麻将馆天天聚众赌博', '太原 小店区 长风街 福乐麻将馆', '没有', '每天晚上', text], {
        channelHasPhone: false,
      });
      expect(run.state.elements.callback?.source).toBe('declined');
    },
  );
});
