import { describe, expect, it } from 'vitest';
import { extractLocation } from '../../../src/core/extract/index.js';

describe('extractLocation: specific places dispatch can go to', () => {
  it.each([
    ['环城公园南门有人在砍人', '环城公园南门'],
    ['碑林区南大街12号', '碑林区南大街12号'],
    ['在朝阳区建国路88号SOHO现代城', '朝阳区建国路88号SOHO现代城'],
    ['西安市雁塔区小寨十字东南角', '西安市雁塔区小寨十字东南角'],
    ['陝西省西安市長安路1號', '陝西省西安市長安路1號'],
    ['我在西安市雁塔区小寨十字东南角，两个男的在打架', '西安市雁塔区小寨十字东南角'],
    ['南大街和东大街交叉口发生车祸', '南大街和东大街交叉口'],
    ['3号楼2单元301有人家暴', '3号楼2单元301'],
    ['上午10点在环城公园走丢了', '环城公园'],
    ['地址是长安路1号', '长安路1号'],
    ['位于曲江新区大唐不夜城', '曲江新区大唐不夜城'],
    ['两个男的在碑林区南大街打人', '碑林区南大街'],
    ['我現在在鐘樓地鐵站C口', '鐘樓地鐵站'],
    ['5th Ave & Pine', '5th Ave & Pine'],
    ['123 Main Street', '123 Main Street'],
    ['corner of Oak and 3rd', 'corner of Oak and 3rd'],
    ['near Central Park south gate', 'Central Park south gate'],
    ['there is a fight near central park', 'central park'],
    ['my address is 12 Baker St, London', '12 Baker St'],
    ['two guys fighting on Main Street right now', 'Main Street'],
    ["I'm at 南大街12号", '南大街12号'],
  ])('finds %j as specific, containing %j', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(true);
    expect(loc?.text).toContain(expected);
  });

  it('keeps the reporter’s traditional characters in the span', () => {
    expect(extractLocation('陝西省西安市長安路1號有人打架')?.text).toBe('陝西省西安市長安路1號');
  });

  it('cuts the place at the verb instead of taking the whole sentence', () => {
    expect(extractLocation('环城公园南门有人在砍人')?.text).toBe('环城公园南门');
    expect(extractLocation('在南大街12号被人抢了包')?.text).toBe('南大街12号');
  });

  it('prefers a street address over a relative word in the same message', () => {
    const loc = extractLocation("Someone is breaking into my neighbour's house at 42 Elm Street, I'm hiding upstairs");
    expect(loc).toEqual({ text: '42 Elm Street', specific: true });
  });
});

describe('extractLocation: relative places are not specific', () => {
  it.each([
    ['he is downstairs', 'downstairs'],
    ['隔壁在打人', '隔壁'],
    ['我家楼下有人吵架', '我家楼下'],
    ['樓下有人打架', '樓下'],
    ['小区门口有人打架', '小区门口'],
    ['在学校门口', '学校门口'],
    ['他在外面砸门', '外面'],
    ['我在店里被人打了', '店里'],
    ['someone is in the next room', 'next room'],
    ['I am at home', 'home'],
    ['come here quick', 'here'],
    ['there is a man outside', 'outside'],
  ])('returns %j with specific = false', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(false);
    expect(loc?.text).toContain(expected);
  });
});

describe('extractLocation: no place at all', () => {
  it.each([
    '一个自称警察的人让我把5万转到安全账户',
    '我不知道怎么办',
    '有人要打死我',
    'help me please',
    '我知道他是谁',
  ])('returns undefined for %j', (text) => {
    expect(extractLocation(text)).toBeUndefined();
  });
});
