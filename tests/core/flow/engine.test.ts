import { describe, expect, it } from 'vitest';
import { defaultFlow } from '../../../src/core/flow/definition.js';
import { initialState, isFollowUpWindowOpen, missingElements, step } from '../../../src/core/flow/engine.js';
import { fitsOneSegment } from '../../../src/core/flow/templates.js';
import { DEFAULT_SETTINGS } from '../../../src/core/flow/simulate.js';
import type { FlowInput } from '../../../src/core/flow/types.js';
import { hasChinese } from '../../../src/core/text.js';
import { talk } from './helpers.js';

describe('first message', () => {
  it('acknowledges and asks the location in one reply when no place is given (zh)', () => {
    const run = talk(['有人在砍人']);
    expect(run.steps[0]?.replies).toHaveLength(1);
    expect(run.templatesAt(0)).toEqual(['ack', 'ask.location']);
    expect(run.state.awaiting).toBe('location');
    expect(hasChinese(run.texts[0] ?? '')).toBe(true);
  });

  it('replies in English to an English report', () => {
    const run = talk(['someone is stabbing people'], { lang: 'zh-CN' });
    expect(run.state.lang).toBe('en');
    expect(hasChinese(run.texts.join(''))).toBe(false);
    expect(run.state.awaiting).toBe('location');
  });

  it('asks for a real place when only a relative one is given', () => {
    const run = talk(['楼下有人在打架']);
    expect(run.state.awaiting).toBe('location');
    expect(run.templatesAt(0)).toContain('ask.location_detail');
    expect(run.dispatches).toHaveLength(0);
  });

  it('takes a shared location as the location', () => {
    const run = talk([
      { kind: 'message', text: '有人在砍人', location: { lat: 34.25, lon: 108.94, datum: 'GCJ02', label: '环城公园' } },
    ]);
    expect(run.state.point).toMatchObject({ lat: 34.25, datum: 'GCJ02' });
    expect(run.state.elements.location?.value).toBe('环城公园');
    expect(run.asked).not.toContain('location');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('every reply to every input fits one SMS segment', () => {
    const run = talk(['环城公园南门有人拿刀砍人，还在打', '一个人流血', '两个男的往北跑了']);
    for (const t of run.texts) expect(fitsOneSegment(t), t).toBe(true);
    for (const s of run.steps) expect(s.replies.length).toBeLessThanOrEqual(2);
  });
});

describe('conversations', () => {
  it('knife fight with place and weapon: location and weapons never asked, early dispatch at once', () => {
    const run = talk(['环城公园南门有人拿刀砍人，还在打', '一个人流血', '两个男的往北跑了']);
    expect(run.state.category).toBe('violence');
    expect(run.state.priority).toBe('P1');
    expect(run.asked).not.toContain('location');
    expect(run.asked).not.toContain('weapons');
    expect(run.dispatches[0]).toMatchObject({ event: 'early_dispatch', revision: 1 });
    expect(run.templatesAt(0)).toContain('early_dispatch');
    expect(run.templatesAt(0)).not.toContain('ack');
    expect(run.state.elements.weapons?.source).toBe('extracted');
    expect(run.state.status).toBe('ready');
    expect(run.dispatches.map((d) => d.event)).toEqual(['early_dispatch', 'updated', 'submitted']);
    expect(run.texts.at(-1)).toContain('R-0042');
  });

  it('knife fight in English', () => {
    const run = talk([
      'Two men fighting with a knife outside Walmart on 5th Ave, still going on',
      'one man bleeding',
      'two men in black',
    ]);
    expect(run.state.lang).toBe('en');
    expect(run.state.category).toBe('violence');
    expect(run.asked).not.toContain('location');
    expect(run.asked).not.toContain('weapons');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
    expect(hasChinese(run.texts.join(' '))).toBe(false);
  });

  it('intruder while hiding: covert neutral replies, silent tip once, early dispatch once the place is known', () => {
    const run = talk(['有人撬门进来了，我躲在衣柜里不敢出声', '幸福小区3栋2单元501', '1', '2', '1']);
    expect(run.state.covert).toBe(true);
    // Every reply is a neutral covert template (no "police", no echo of the report).
    for (const t of run.templates) expect(t, t).toMatch(/^covert\./);
    for (const text of run.texts) {
      expect(text).not.toMatch(/警|撬|小区|110/);
    }
    expect(run.templates.filter((t) => t === 'covert.tip')).toHaveLength(1);
    expect(run.dispatches.filter((d) => d.event === 'early_dispatch')).toHaveLength(1);
    expect(run.dispatches[0]?.revision).toBe(1);
    expect(run.templatesAt(1)).toContain('covert.early_dispatch');
    expect(run.asked).not.toContain('callback');
  });

  it('intruder while hiding in English: covert', () => {
    const run = talk(["someone is breaking in, I'm hiding in the closet, can't talk"], { channelHasPhone: false });
    expect(run.state.covert).toBe(true);
    expect(run.templates).toEqual(['covert.ack', 'covert.tip', 'covert.ask.location']);
    expect(missingElements(defaultFlow, run.state)).not.toContain('callback');
  });

  it('water outage: asks whether anyone is in danger, then diverts to 12345', () => {
    const run = talk(['我家停水三天了', '幸福小区5栋', '2']);
    expect(run.templatesAt(1)).toContain('no_danger.confirm');
    expect(run.state.facts.noDanger).toBe(true);
    expect(run.state.priority).toBe('divert');
    expect(run.state.status).toBe('diverted');
    expect(run.dispatches.map((d) => d.event)).toEqual(['diverted']);
    expect(run.templatesAt(2)).toContain('diverted.12345');
    expect(run.state.timers).toEqual({ nudge: null, escalate: null, inactive: null });
  });

  it('water outage with someone in danger stays with 110', () => {
    const run = talk(['我家停水三天了', '幸福小区5栋', '1']);
    expect(run.state.facts.noDanger).toBe(false);
    expect(run.state.status).not.toBe('diverted');
    expect(run.dispatches.map((d) => d.event)).not.toContain('diverted');
  });

  it('gas smell the property company ignores: P1, 119 advice, never diverted', () => {
    const run = talk(['楼道里煤气泄漏，味道很大，物业不管', '幸福小区5栋2单元', '没有人受伤', '还在']);
    expect(run.state.priority).toBe('P1');
    expect(run.templates).toContain('advice.119');
    expect(run.templates.filter((t) => t.startsWith('advice.'))).toHaveLength(1);
    expect(run.templates).not.toContain('no_danger.confirm');
    expect(run.state.status).not.toBe('diverted');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('fraud with a safe account: the amount is not asked again', () => {
    const run = talk(['有人冒充公安让我把钱转到安全账户，我已经转了5万', '我在长安区韦曲街道家里', '今天上午']);
    expect(run.state.category).toBe('fraud');
    expect(run.state.elements.loss?.source).toBe('extracted');
    expect(run.asked).not.toContain('loss');
    expect(run.state.status).toBe('ready');
  });

  it('dementia parent lost in a park: person and last seen', () => {
    const run = talk(['我妈妈85岁有老年痴呆，在人民公园走丢了', '上午10点在人民公园东门', '穿蓝色外套']);
    expect(run.state.category).toBe('missing_person');
    expect(run.state.elements.location).toBeDefined();
    expect(run.asked).not.toContain('location');
    expect(run.state.elements.person).toBeDefined();
    expect(run.state.elements.last_seen).toBeDefined();
  });

  it('"I don\'t want to live any more": self-harm, P1, 120 advice, asks where', () => {
    const run = talk(["I don't want to live any more"]);
    expect(run.state.category).toBe('self_harm');
    expect(run.state.priority).toBe('P1');
    expect(run.templatesAt(0)).toContain('advice.120');
    expect(run.state.awaiting).toBe('location');
  });

  it('an opening burst: the location in the second message is not asked again', () => {
    const run = talk(['救命', '环城公园南门有人拿刀砍人']);
    expect(run.state.elements.location?.source).not.toBe('unknown');
    expect(run.state.locationSpecific).toBe(true);
    expect(run.templatesAt(1)).not.toContain('ask.location');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('"already gone" lowers nothing by itself but is sent as an update', () => {
    const run = talk(['环城公园南门有人拿刀砍人', '已经走了']);
    expect(run.state.facts.over).toBe(true);
    expect(run.dispatches.map((d) => d.event)).toContain('updated');
    // An early dispatch already sent is never withdrawn.
    expect(run.state.earlyDispatched).toBe(true);
  });
});

describe('answers', () => {
  it('"don\'t know" is recorded as unknown and never asked again', () => {
    const run = talk(['环城公园南门有人拿刀砍人', '不知道', '不知道', '不知道', '不知道']);
    const unknown = Object.entries(run.state.elements).filter(([, v]) => v.source === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    for (const [key, v] of unknown) {
      expect(v.value).toBe('unknown');
      expect(run.asked.filter((k) => k === key)).toHaveLength(1);
    }
    expect(run.templates).toContain('dont_know');
  });

  it('an unusable answer is re-asked with an example twice, then recorded as unknown', () => {
    const start = talk(['有人在打架', '人民路12号']);
    const key = start.state.awaiting;
    expect(key).not.toBeNull();
    if (key === null) return;
    const run = talk(['？？。。', '……', '！！'], { state: start.state });
    expect(run.templatesAt(0)).toContain(`reask.${key}`);
    expect(run.texts[0]).toContain(defaultFlow.elements[key].example['zh-CN']);
    expect(run.templatesAt(1)).toContain(`reask.${key}`);
    expect(run.steps[1]?.events).toContainEqual({ type: 'reask', key, attempt: 2 });
    expect(run.state.elements[key]).toEqual({ value: 'unknown', source: 'unknown' });
    expect(run.templatesAt(2)).not.toContain(`reask.${key}`);
    expect(run.templatesAt(2)).not.toContain(`ask.${key}`);
  });

  it('a location that is never given is re-asked twice, then recorded as unknown', () => {
    const run = talk(['有人在打架', '快来', '快点', '求求你们']);
    expect(run.templatesAt(1)).toContain('reask.location');
    expect(run.templatesAt(2)).toContain('reask.location');
    expect(run.state.elements.location).toEqual({ value: 'unknown', source: 'unknown' });
    // A place given later still fills it.
    const later = talk(['人民路12号'], { state: run.state });
    expect(later.state.elements.location?.value).toContain('人民路12号');
  });

  it('a web reporter is asked for a callback number and may decline', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了', '没看到人', '一辆自行车，800元', '不想说', '没有'], {
      channelHasPhone: false,
    });
    expect(run.asked).toContain('callback');
    expect(run.state.elements.callback?.source).toBe('declined');
    expect(run.state.status).toBe('ready');
  });

  it('a web reporter’s callback number is stored as E.164', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了', '没看到人', '一辆自行车，800元', '13800138000'], {
      channelHasPhone: false,
    });
    expect(run.state.elements.callback?.value).toBe('+8613800138000');
  });

  it('a callback from the channel is never asked', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了'], { channelHasPhone: false, callback: '+8613800138000' });
    expect(run.state.elements.callback).toEqual({ value: '+8613800138000', source: 'channel' });
    expect(missingElements(defaultFlow, run.state)).not.toContain('callback');
  });
});

describe('answers about something else', () => {
  it('"nobody hurt" sent to "is it still happening?" fills injuries; a receipt, and the question sent again', () => {
    const run = talk(['楼道里煤气泄漏，味道很大，物业不管', '幸福小区5栋2单元', '没有人受伤', '还在']);
    expect(run.templatesAt(2)).toEqual(['noted', 'ask.in_progress']);
    expect(run.state.elements.injuries?.value).toBe('没有人受伤');
    expect(run.state.elements.in_progress).toEqual({ value: '还在', source: 'answer' });
    expect(run.state.status).toBe('ready');
  });
});

describe('commands', () => {
  it('a correction reopens the location and asks for it', () => {
    const run = talk(['有人在打架', '人民路12号', '改地址', '解放路88号']);
    expect(run.events).toContainEqual({ type: 'element_reopened', key: 'location' });
    expect(run.templatesAt(2)).toEqual(['correction.ask']);
    expect(run.texts[2]).toContain('地址');
    expect(run.state.elements.location?.value).toContain('解放路88号');
  });

  it('"不对，是…" reopens and sets the new value in one message', () => {
    const run = talk(['有人在打架', '人民路12号', '不对，是解放路88号']);
    expect(run.steps[2]?.events).toContainEqual({ type: 'element_reopened', key: 'location' });
    expect(run.state.elements.location).toMatchObject({ value: '解放路88号', source: 'answer' });
    expect(run.templatesAt(2)[0]).toBe('correction.done');
  });

  it('a correction after an early dispatch is sent as an update', () => {
    const run = talk(['人民路12号有人拿刀砍人', 'wrong address', '解放路88号']);
    expect(run.dispatches.map((d) => d.event)).toEqual(['early_dispatch', 'updated', 'updated']);
  });

  it('cancel is refused for P1', () => {
    const run = talk(['环城公园南门有人拿刀砍人', '取消']);
    expect(run.steps[1]?.events).toContainEqual({ type: 'cancel_refused' });
    expect(run.templatesAt(1)[0]).toBe('cancel.refused_p1');
    expect(run.state.status).toBe('collecting');
  });

  it('a withdrawal from a domestic-violence, sexual-assault or kidnapping report is refused as for P1', () => {
    // The abuser may be making the victim withdraw: dispatch closes the report, not the text channel.
    const dv = talk(['我老公经常打我 我想报警', '幸福小区5栋2单元301', '算了 不报了 取消吧']);
    expect(dv.state.category).toBe('domestic_violence');
    expect(dv.state.priority).not.toBe('P1');
    expect(dv.steps[2]?.events).toContainEqual({ type: 'cancel_refused' });
    expect(dv.templatesAt(2)[0]).toBe('cancel.refused_p1');
    expect(dv.state.status).toBe('collecting');
    const en = talk(['my ex took my daughter and wont give her back', '14 Elm Street', 'cancel']);
    expect(en.state.category).toBe('kidnapping');
    expect(en.templatesAt(2)[0]).toBe('cancel.refused_p1');
  });

  it('a refused withdrawal in the opening burst does not send the unread question again', () => {
    const at = (s: number) => new Date(Date.parse('2025-01-15T10:00:00Z') + s * 1000).toISOString();
    const run = talk(
      [
        { kind: 'message', text: '我老公经常家暴我', at: at(0) },
        { kind: 'message', text: '算了取消吧', at: at(3) },
      ],
      { stepSeconds: 3 },
    );
    expect(run.templatesAt(0)).toContain('ask.location');
    expect(run.templatesAt(1)).toEqual(['cancel.refused_p1']);
    expect(run.state.awaiting).toBe('location');
  });

  it('cancel is confirmed and allowed for P3', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了', 'cancel', '1']);
    expect(run.templatesAt(1)).toEqual(['cancel.confirm']);
    expect(run.state.status).toBe('cancelled');
    expect(run.templatesAt(2)).toEqual(['cancel.done']);
    expect(run.state.timers.nudge).toBeNull();
  });

  it('cancel answered "no" keeps the report and repeats the question', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了', '取消', '2']);
    expect(run.state.status).toBe('collecting');
    expect(run.templatesAt(2)[0]).toBe('cancel.kept');
    expect(run.state.awaiting).not.toBeNull();
  });

  it('"人工" flags the incident for a call-taker and keeps asking', () => {
    const run = talk(['有人在打架', '人工']);
    expect(run.state.humanRequested).toBe(true);
    expect(run.steps[1]?.events).toContainEqual({ type: 'human_requested' });
    expect(run.templatesAt(1)).toEqual(['human.ack', 'ask.location']);
  });

  it('help explains and repeats the question', () => {
    const run = talk(['有人在打架', '帮助']);
    expect(run.templatesAt(1)).toEqual(['help', 'ask.location']);
  });

  it('switching language locks it and repeats the question in the new language', () => {
    const run = talk(['有人在打架', 'English', '人民路12号']);
    expect(run.state.lang).toBe('en');
    expect(run.state.langLocked).toBe(true);
    expect(run.steps[1]?.events).toContainEqual({ type: 'language_changed', lang: 'en' });
    expect(run.templatesAt(1)).toEqual(['language.switched', 'ask.location']);
    expect(hasChinese(run.texts[1] ?? '')).toBe(false);
    // Chinese text afterwards does not switch back.
    expect(hasChinese(run.texts[2] ?? '')).toBe(false);
  });
});

describe('timers', () => {
  it('arms timers after each message and nudges once', () => {
    const run = talk([
      '有人在打架',
      { kind: 'timer', timer: 'nudge' },
      '人民路12号',
      { kind: 'timer', timer: 'nudge' },
    ]);
    expect(run.steps[0]?.state.timers.nudge).toBe('2025-01-15T10:01:30.000Z');
    expect(run.templatesAt(1)).toEqual(['nudge']);
    expect(run.steps[1]?.events).toEqual([{ type: 'nudged' }]);
    expect(run.state.timers.nudge).toBeNull();
    expect(run.steps[3]?.replies).toEqual([]);
  });

  it('escalates a P1 to a call-taker and dispatches it to verify when the place is known', () => {
    // Location known but early dispatch impossible before (category unknown at first): use an urgent report.
    const run = talk(['环城公园南门有人拿刀砍人', { kind: 'timer', timer: 'escalate' }]);
    const events = run.steps[1]?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(['escalated', 'human_requested']);
    expect(run.templatesAt(1)).toEqual(['escalated']);
    expect(run.state.humanRequested).toBe(true);
  });

  it('an escalation dispatches a P1 not yet dispatched, "to verify"', () => {
    const base = talk(['有人在砍人']).state;
    // A place that became known without triggering early dispatch (e.g. restored state).
    const state = {
      ...base,
      elements: { ...base.elements, location: { value: '人民路12号', source: 'answer' as const } },
      locationSpecific: true,
    };
    const input: FlowInput = { kind: 'timer', timer: 'escalate', at: state.timers.escalate ?? '' };
    const result = step(defaultFlow, state, input, { now: input.at, settings: DEFAULT_SETTINGS });
    expect(result.events).toContainEqual(
      expect.objectContaining({ type: 'dispatch', event: 'early_dispatch', reason: expect.stringContaining('verify') }),
    );
    expect(result.state.earlyDispatched).toBe(true);
  });

  it('a non-urgent report goes inactive and is submitted with what it has', () => {
    const run = talk(['我的自行车昨天在人民路12号被偷了', { kind: 'timer', timer: 'inactive' }]);
    expect(run.state.status).toBe('inactive');
    expect(run.dispatches.map((d) => d.event)).toEqual(['submitted']);
    expect(run.templatesAt(1)).toEqual(['inactive']);
    expect(run.state.completedAt).not.toBeNull();
  });

  it('a stale timer is ignored', () => {
    const run = talk(['有人在打架']);
    const old = run.state.timers.nudge ?? '';
    const later = talk(['人民路12号'], { state: run.state, start: '2025-01-15T10:01:00.000Z' });
    // The nudge armed by the first message has been re-armed later: firing the old one does nothing.
    const stale = step(
      defaultFlow,
      later.state,
      { kind: 'timer', timer: 'nudge', at: old },
      { now: old, settings: DEFAULT_SETTINGS },
    );
    expect(stale.replies).toEqual([]);
    expect(stale.events).toEqual([]);
    expect(stale.state).toEqual(later.state);
  });

  it('covert reports get no nudge text', () => {
    const run = talk(['有人撬门进来了，我躲在衣柜里不敢出声', { kind: 'timer', timer: 'nudge' }]);
    expect(run.steps[1]?.replies).toEqual([]);
  });
});

describe('dispatch and follow-up', () => {
  it('tells the reporter each status in their language, with the note', () => {
    const run = talk(['环城公园南门有人拿刀砍人', { kind: 'dispatch_status', status: 'dispatched', note: '5分钟到' }]);
    expect(run.steps[1]?.events).toContainEqual({ type: 'status_changed', from: 'collecting', to: 'dispatched' });
    expect(run.texts.at(-1)).toBe('民警已出发，正在赶来。说明：5分钟到');
  });

  it('covert reports get neutral status texts', () => {
    const run = talk(['有人撬门进来了，我躲在衣柜里不敢出声', { kind: 'dispatch_status', status: 'on_scene' }]);
    expect(run.templatesAt(1)).toEqual(['status.on_scene.covert']);
  });

  it('dispatcher messages are prefixed', () => {
    const run = talk([{ kind: 'dispatcher_message', text: 'Stay where you are.' }], { lang: 'en' });
    expect(run.texts).toEqual(['110: Stay where you are.']);
  });

  it('a message after completion joins the report as an update', () => {
    const done = talk(['我的自行车昨天在人民路12号被偷了', '没看到人', '一辆自行车，800元']);
    expect(done.state.status).toBe('ready');
    const after = talk(['车是蓝色的捷安特'], { state: done.state, start: '2025-01-15T11:00:00.000Z' });
    expect(after.templates).toEqual(['update.added']);
    expect(after.dispatches.map((d) => d.event)).toEqual(['updated']);
    expect(after.state.texts.at(-1)).toBe('车是蓝色的捷安特');
    expect(isFollowUpWindowOpen(done.state, '2025-01-15T11:59:00.000Z')).toBe(true);
    expect(isFollowUpWindowOpen(done.state, '2025-01-15T12:30:00.000Z')).toBe(false);
  });

  it('never mutates the state it is given', () => {
    const s = initialState({ lang: 'zh-CN', channelHasPhone: true, now: '2025-01-15T10:00:00.000Z' });
    const copy = structuredClone(s);
    step(
      defaultFlow,
      s,
      { kind: 'message', text: '有人在砍人', at: '2025-01-15T10:00:00.000Z' },
      { now: '2025-01-15T10:00:00.000Z', settings: DEFAULT_SETTINGS },
    );
    expect(s).toEqual(copy);
  });

  it('never mutates a later state either: elements, facts, reasons and texts stay as they were', () => {
    const run = talk(['有人在砍人', '环城公园南门', '有人流血了']);
    const s = run.state;
    const copy = structuredClone(s);
    const freeze = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return;
      for (const x of Object.values(v)) freeze(x);
      Object.freeze(v);
    };
    freeze(s);
    const next = step(
      defaultFlow,
      s,
      { kind: 'message', text: '他拿着刀还在打 我叫王明', at: '2025-01-15T10:05:00.000Z' },
      { now: '2025-01-15T10:05:00.000Z', settings: DEFAULT_SETTINGS },
    );
    expect(s).toEqual(copy);
    expect(next.state.texts).toHaveLength(s.texts.length + 1);
    expect(next.state.elements).not.toBe(s.elements);
  });
});

describe('bookkeeping', () => {
  it('emits element_set for every element it fills, with its source', () => {
    const run = talk(['环城公园南门有人拿刀砍人，还在打']);
    const set = run.events.filter((e) => e.type === 'element_set');
    for (const [key, value] of Object.entries(run.state.elements)) {
      expect(set).toContainEqual({ type: 'element_set', key, value });
    }
  });

  it('emits status_changed for every status change', () => {
    const run = talk([
      '我的自行车昨天在人民路12号被偷了',
      '没看到人',
      '一辆自行车，800元',
      { kind: 'dispatch_status', status: 'acknowledged' },
      { kind: 'dispatch_status', status: 'resolved' },
    ]);
    const changes = run.events.filter((e) => e.type === 'status_changed');
    expect(changes).toEqual([
      { type: 'status_changed', from: 'collecting', to: 'ready' },
      { type: 'status_changed', from: 'ready', to: 'acknowledged' },
      { type: 'status_changed', from: 'acknowledged', to: 'resolved' },
    ]);
  });

  it('tells an English reporter the status in English', () => {
    const run = talk(['my bike was stolen yesterday on 5th Ave', { kind: 'dispatch_status', status: 'acknowledged' }]);
    expect(run.texts.at(-1)).toBe('Police have received your report.');
  });

  it('keeps the triage reasons on the state and reports triage changes', () => {
    const run = talk(['环城公园南门有人拿刀砍人']);
    expect(run.state.reasons.length).toBeGreaterThan(0);
    expect(run.events).toContainEqual(
      expect.objectContaining({ type: 'triage', category: 'violence', priority: 'P1' }),
    );
  });

  it('the state survives a JSON round trip (the store persists it as it is)', () => {
    const run = talk(['有人在打架', '人民路12号']);
    const again = talk(['没有'], { state: JSON.parse(JSON.stringify(run.state)) as typeof run.state });
    const direct = talk(['没有'], { state: run.state });
    expect(again.state).toEqual(direct.state);
  });

  it('the transcript alternates reporter lines and gateway replies', () => {
    const run = talk(['有人在打架', '人民路12号']);
    expect(run.transcript.map((l) => l.from)).toEqual(['reporter', 'gateway', 'reporter', 'gateway']);
  });
});
