/**
 * Issue 13, item 4: the one follow-up for a P1/P2 place that is unknown or too vague to drive to, and corrected
 * places that replace the one recorded (a new revision to dispatch once dispatched). INCIDENT.md, element keys.
 */
import { describe, expect, it } from 'vitest';
import { awaitingOf } from '../../../src/core/view.js';
import { talk } from './helpers.js';

describe('the follow-up for a P1/P2 place too vague to drive to', () => {
  it('zh: "碑林区南大街" is dispatched at once, asked once what can be seen, and the landmark is added', () => {
    const run = talk(['碑林区南大街有人拿刀砍人', '肯德基门口', '还在']);
    expect(run.templatesAt(0)).toEqual(['early_dispatch', 'location.describe']);
    expect(awaitingOf(run.steps[0]!.state)).toBe('location');
    expect(run.steps[1]?.state.elements.location).toEqual({ value: '碑林区南大街 肯德基门口', source: 'answer' });
    expect(run.templatesAt(1)).not.toContain('location.describe');
    // The better place reaches dispatch as a new revision.
    expect(run.dispatches.map((d) => d.event).slice(0, 2)).toEqual(['early_dispatch', 'updated']);
  });

  it('en: "Main Street" gets the follow-up once; words that are no place are kept with it', () => {
    const run = talk(['a man is stabbing people on Main Street', 'near a big red sign that says Lucky Bar', '1'], {
      lang: 'en',
    });
    expect(run.templatesAt(0)).toContain('location.describe');
    expect(run.state.elements.location?.value).toContain('Main Street');
    expect(run.state.elements.location?.value).toContain('Lucky Bar');
    expect(run.asked.filter((k) => k === 'location')).toEqual([]);
    expect(run.templates.filter((t) => t === 'location.describe')).toHaveLength(1);
  });

  it('a P3 report with a vague place gets no follow-up', () => {
    const run = talk(['昨天晚上我的电动车在南大街被偷了']);
    expect(run.templates).not.toContain('location.describe');
  });

  it('web (no phone number): the follow-up also offers to share the location', () => {
    const run = talk(['a man is stabbing people on Main Street'], { lang: 'en', channelHasPhone: false });
    expect(run.templatesAt(0)).toContain('location.describe_share');
  });

  it('a shared location answers the follow-up', () => {
    const run = talk([
      '碑林区南大街有人拿刀砍人',
      { kind: 'message', text: '', location: { lat: 34.25, lon: 108.94, datum: 'GCJ02' } },
    ]);
    expect(run.state.point).not.toBeNull();
    expect(run.state.placeFollowUp).toBe('done');
    expect(run.templatesAt(1)).not.toContain('location.describe');
  });
});

describe('"don\'t know" where, for a P1/P2 report', () => {
  it('zh: one follow-up, then a landmark it gives is the place and is dispatched', () => {
    const run = talk(['有人拿刀砍人', '不知道', '旁边有个中石化加油站']);
    expect(run.templatesAt(1)).toEqual(['location.describe']);
    expect(run.state.elements.location?.source).toBe('answer');
    expect(run.state.elements.location?.value).toContain('加油站');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('en: "don\'t know" twice: the place is recorded unknown and the questions go on', () => {
    const run = talk(['someone is being stabbed', "don't know", "don't know"], { lang: 'en' });
    expect(run.templatesAt(1)).toEqual(['location.describe']);
    expect(run.state.elements.location?.source).toBe('unknown');
    expect(awaitingOf(run.state)).not.toBe('location');
  });

  it('a P3 report: "don\'t know" is recorded at once', () => {
    const run = talk(['上个月我的自行车被偷了', '不知道']);
    expect(run.templatesAt(1)).not.toContain('location.describe');
    expect(run.state.elements.location?.source).toBe('unknown');
  });
});

describe('a corrected place replaces the one recorded', () => {
  it('zh: "不对，是6号楼" puts 6 in place of 3 and dispatch gets a new revision', () => {
    const run = talk(['有人拿刀砍人 在东方小区3号楼', '还在', '不对，是6号楼']);
    expect(run.state.elements.location).toEqual({ value: '东方小区6号楼', source: 'answer' });
    expect(run.templatesAt(2)[0]).toBe('correction.done');
    expect(run.steps[2]?.events).toContainEqual({ type: 'element_reopened', key: 'location' });
    expect(
      run.steps[2]?.events.filter((e) => e.type === 'dispatch').map((e) => e.type === 'dispatch' && e.event),
    ).toEqual(['updated']);
  });

  it('zh: "说错了 是鼓楼 不是钟楼" while another question is pending: the place changes, the question stays', () => {
    const run = talk(['钟楼有人打架', '说错了 是鼓楼 不是钟楼']);
    expect(run.state.elements.location?.value).toBe('鼓楼');
    expect(run.events.filter((e) => e.type === 'reask')).toEqual([]);
    expect(awaitingOf(run.state)).toBe(awaitingOf(run.steps[0]!.state));
  });

  it('en: "sorry, it\'s 42 not 24" after "24 Elm Street"', () => {
    const run = talk(['someone broke into 24 Elm Street and is still inside', "sorry, it's 42 not 24"], { lang: 'en' });
    expect(run.state.elements.location?.value).toBe('42 Elm Street');
    expect(run.templatesAt(1)[0]).toBe('correction.done');
  });

  it('en: after the report is complete, the correction is sent to dispatch as an update', () => {
    const run = talk(
      [
        'car accident on Route 9 by the Dunkin, one person bleeding',
        'pickup and a small red car',
        'wait wrong road, its Route 20 not 9',
      ],
      { lang: 'en' },
    );
    expect(run.state.status).toBe('ready');
    expect(run.state.elements.location?.value).toBe('Route 20 by the Dunkin');
    expect(run.dispatches.map((d) => d.event)).toEqual(['early_dispatch', 'submitted', 'updated']);
  });

  it('a correction of another element keeps the place: "不对 是10分钟前" / "sorry, it was 20 minutes ago"', () => {
    const zh = talk(['昨天我的电动车在幸福路5号被偷了', '不知道', '不对 是10分钟前']);
    expect(zh.state.elements.location?.value).toBe('幸福路5号');
    const en = talk(['my bike was stolen outside 24 Elm Street', 'an hour ago', 'sorry, it was 20 minutes ago'], {
      lang: 'en',
    });
    expect(en.state.elements.location?.value).toContain('24 Elm Street');
  });

  it('a second place in an ordinary message is no correction', () => {
    const run = talk(['有人拿刀砍人 在东方小区3号楼', '他往南大街跑了']);
    expect(run.state.elements.location?.value).toBe('东方小区3号楼');
  });
});

describe('the answer to "where?" is the place in the reporter\'s own words', () => {
  it('en: a pub by its nickname is kept verbatim and a P1 is dispatched at once', () => {
    const run = talk(['a man is stabbing people', 'the fleece'], { lang: 'en' });
    expect(run.state.elements.location).toEqual({ value: 'the fleece', source: 'answer' });
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
    expect(run.templatesAt(1)).toContain('early_dispatch');
  });

  it('zh: a named mountain path no reader knows is the place', () => {
    const run = talk(['有人从山上摔下去了 没呼吸了', '十八盘那块']);
    expect(run.state.elements.location?.value).toBe('十八盘那块');
    expect(run.dispatches[0]?.event).toBe('early_dispatch');
  });

  it('a place named later is added to the one in own words and sent as an update', () => {
    const run = talk(['a man is stabbing people', 'the fleece', '42 High Street'], { lang: 'en' });
    expect(run.state.elements.location?.value).toBe('the fleece；42 High Street');
    expect(run.dispatches.map((d) => d.event).slice(0, 2)).toEqual(['early_dispatch', 'updated']);
  });

  it('a question back or urgency is no place: "where?" is asked again', () => {
    const run = talk(['a man is stabbing people', 'please hurry'], { lang: 'en' });
    expect(run.state.elements.location).toBeUndefined();
    expect(run.dispatches).toEqual([]);
    expect(run.templatesAt(1)).toContain('reask.location');
  });
});
