import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract/index.js';
import { extractInProgress } from '../../../src/core/extract/in-progress.js';

describe('extract: whole first messages', () => {
  it('reads location, two armed suspects, one bleeding and "in progress" from a fight report', () => {
    const e = extract('我在西安市雁塔区小寨十字东南角，两个男的拿着刀在打架，有一个人流血了');
    expect(e.location).toEqual({ text: '西安市雁塔区小寨十字东南角', specific: true });
    expect(e.suspects?.count).toBe(2);
    expect(e.weapons?.present).toBe(true);
    expect(e.injuries).toMatchObject({ present: true, count: 1 });
    expect(e.inProgress?.value).toBe(true);
    expect(e.phones).toEqual([]);
    expect(e.amounts).toEqual([]);
  });

  it('reads the same report in traditional characters and keeps the original spans', () => {
    const e = extract('我在西安市雁塔區小寨十字東南角，兩個男的拿著刀在打架，有一個人流血了');
    expect(e.location).toEqual({ text: '西安市雁塔區小寨十字東南角', specific: true });
    expect(e.suspects).toMatchObject({ text: '兩個男的', count: 2 });
    expect(e.weapons?.present).toBe(true);
    expect(e.injuries).toMatchObject({ present: true, count: 1 });
    expect(e.inProgress?.value).toBe(true);
    expect(e.normalized).toContain('西安市雁塔区小寨十字东南角,两个男的');
  });

  it('reads a break-in in English: the street address wins over "upstairs", and it is in progress', () => {
    const e = extract("Someone is breaking into my neighbour's house at 42 Elm Street, I'm hiding upstairs");
    expect(e.location).toEqual({ text: '42 Elm Street', specific: true });
    expect(e.inProgress?.value).toBe(true);
    expect(e.weapons).toBeUndefined();
  });

  it('reads a missing elderly person: person, place and time last seen, no suspect', () => {
    const e = extract('我妈妈85岁有老年痴呆，上午10点在环城公园走丢了，穿蓝色外套');
    expect(e.person).toMatchObject({ age: 85 });
    expect(e.person?.text).toContain('老年痴呆');
    expect(e.person?.text).toContain('穿蓝色外套');
    expect(e.location).toEqual({ text: '环城公园', specific: true });
    expect(e.time?.text).toBe('上午10点');
    expect(e.suspects).toBeUndefined();
  });

  it('reads a fraud report: the amount, no location, no phone', () => {
    const e = extract('一个自称警察的人让我把5万转到安全账户');
    expect(e.amounts).toEqual([{ text: '5万', value: 50000, currency: 'CNY' }]);
    expect(e.location).toBeUndefined();
    expect(e.phones).toEqual([]);
  });

  it('reads a hit-and-run with plate, vehicle, injury and escape', () => {
    const e = extract('南大街和东大街交叉口，一辆白色轿车陕A·12345撞了人开走了，有人受伤');
    expect(e.location?.specific).toBe(true);
    expect(e.vehicles?.plates).toEqual(['陕A·12345']);
    expect(e.vehicles?.text).toContain('白色轿车');
    expect(e.injuries?.present).toBe(true);
    expect(e.inProgress?.value).toBe(false);
  });

  it('reads a relative-only place as not specific so the flow asks for an address', () => {
    const e = extract('隔壁在打人，快来');
    expect(e.location).toEqual({ text: '隔壁', specific: false });
    expect(e.inProgress?.value).toBe(true);
  });

  it('reads negation only for its own modifier', () => {
    const e = extract('没有刀，但是有人受伤了，他们已经跑了');
    expect(e.weapons).toMatchObject({ present: false, text: '没有刀' });
    expect(e.injuries?.present).toBe(true);
    expect(e.inProgress?.value).toBe(false);
  });

  it('reads a mixed-language message', () => {
    const e = extract("I'm at 南大街12号, two men with knives, 有人流血 call me 13800138000");
    expect(e.location).toEqual({ text: '南大街12号', specific: true });
    expect(e.suspects?.count).toBe(2);
    expect(e.weapons?.present).toBe(true);
    expect(e.injuries?.present).toBe(true);
    expect(e.phones).toEqual(['13800138000']);
  });

  it('reads a theft report with time and amount and a callback number', () => {
    const e = extract('昨天晚上在碑林区南大街12号被偷了3000块钱，电话 138 0013 8000');
    expect(e.time?.text).toBe('昨天晚上');
    expect(e.location?.text).toBe('碑林区南大街12号');
    expect(e.amounts).toEqual([{ text: '3000块钱', value: 3000, currency: 'CNY' }]);
    expect(e.phones).toEqual(['13800138000']);
  });

  it('reads an English street fight with no injuries', () => {
    const e = extract('Fight at 5th Ave & Pine right now, nobody hurt, no weapons');
    expect(e.location).toEqual({ text: '5th Ave & Pine', specific: true });
    expect(e.inProgress?.value).toBe(true);
    expect(e.injuries?.present).toBe(false);
    expect(e.weapons?.present).toBe(false);
  });

  it('maps spans back to the original text when the message has extra spaces and full-width digits', () => {
    const e = extract('我在   碑林区南大街１２号  ，有人   拿刀');
    expect(e.location).toEqual({ text: '碑林区南大街１２号', specific: true });
    expect(e.weapons?.text).toBe('刀');
    expect(e.normalized).toBe('我在 碑林区南大街12号 ,有人 拿刀');
  });

  it('returns only empty lists for an empty message', () => {
    expect(extract('')).toEqual({ normalized: '', phones: [], amounts: [] });
  });
});

describe('extractInProgress: over, gone, nothing wrong now (one list with triage, issue 13)', () => {
  it.each([
    '现在没得事了',
    '脸上肿了 现在没得事了',
    '现在没事了',
    'all good now',
    "it's over now",
    'the fella who did it legged it out the back',
    'he did a runner',
    '佢跑咗',
    'they scarpered',
  ])('%s -> not in progress', (text) => {
    expect(extractInProgress(text)?.value).toBe(false);
  });

  it.each(['they are still here', '他们还在打'])('%s -> in progress', (text) => {
    expect(extractInProgress(text)?.value).toBe(true);
  });
});
