import { describe, expect, it } from 'vitest';
import { extractPerson, extractSuspects, extractVehicles } from '../../../src/core/extract/index.js';

describe('extractSuspects', () => {
  it.each([
    ['两个男的往北跑了', 2],
    ['三名男子在打架', 3],
    ['一个男的穿黑衣服', 1],
    ['兩個男的拿著刀', 2],
    ['有三个人在打架', 3],
    ['two men broke in', 2],
    ['a man in a red hoodie', 1],
    ['three guys with bats', 3],
  ])('counts the suspects in %j as %d', (text, count) => {
    expect(extractSuspects(text)?.count).toBe(count);
  });

  it.each([
    ['一个男的穿黑衣服戴帽子往北跑了', '一个男的穿黑衣服戴帽子往北跑了'],
    ['高个子，光头', '高个子 光头'],
    ['a man in a red hoodie ran north', 'a man in a red hoodie ran north'],
  ])('keeps the description of %j', (text, expected) => {
    expect(extractSuspects(text)?.text).toBe(expected);
  });

  it('does not count the victim as a suspect', () => {
    const s = extractSuspects('两个男的在打架，有一个人流血了');
    expect(s?.count).toBe(2);
    expect(s?.text).toBe('两个男的');
  });

  it.each(['有一个人流血了', '我的钱包被偷了', 'my car was broken into'])('finds no suspect in %j', (text) => {
    expect(extractSuspects(text)).toBeUndefined();
  });
});

describe('extractVehicles', () => {
  it.each([
    ['陕A·12345', ['陕A·12345']],
    ['车牌京A12345', ['京A12345']],
    ['粤B·D12345', ['粤B·D12345']],
    ['粤B D12345 黑色SUV', ['粤B D12345']],
    ['陝A 12345', ['陝A 12345']],
    ['一辆白色轿车陕A·12345撞人后开走了', ['陕A·12345']],
    ['plate ABC-1234', ['ABC-1234']],
    ['plate 7XYZ123', ['7XYZ123']],
    ['white sedan ABC-1234 drove off', ['ABC-1234']],
  ])('finds the plates in %j', (text, plates) => {
    expect(extractVehicles(text)?.plates).toEqual(plates);
  });

  it.each([
    ['白色轿车', '白色轿车'],
    ['一辆黑色SUV', '黑色SUV'],
    ['骑电动车跑了', '电动车'],
    ['开着一辆面包车', '面包车'],
    ['摩托车', '摩托车'],
    ['a white sedan', 'white sedan'],
    ['red truck', 'red truck'],
    ['on a motorbike', 'motorbike'],
  ])('describes the vehicle in %j without a plate', (text, expected) => {
    const v = extractVehicles(text);
    expect(v?.text).toBe(expected);
    expect(v?.plates).toEqual([]);
  });

  it.each(['发生车祸了', '在火车站', 'my car was broken into', 'RMB 300', '13800138000'])(
    'finds no vehicle in %j',
    (text) => {
      expect(extractVehicles(text)).toBeUndefined();
    },
  );
});

describe('extractPerson', () => {
  it.each([
    ['我妈妈85岁有老年痴呆', 85],
    ['8岁的孩子丢了', 8],
    ['我爸八十五歲', 85],
    ['my mother is 85 years old', 85],
    ['my son, aged 8', 8],
    ['an 8-year-old girl', 8],
  ])('reads the age in %j as %d', (text, age) => {
    expect(extractPerson(text)?.age).toBe(age);
  });

  it('keeps relation, health and clothing apart and together', () => {
    const p = extractPerson('我妈妈85岁有老年痴呆，上午10点在环城公园走丢了，穿蓝色外套');
    expect(p).toMatchObject({ age: 85, relation: '妈妈', health: '老年痴呆', clothing: '穿蓝色外套' });
    expect(p?.text).toContain('老年痴呆');
    expect(p?.text).toContain('穿蓝色外套');
  });

  it('reads an English missing-person description', () => {
    const p = extractPerson('my 8-year-old son is missing, wearing a blue coat, he has autism');
    expect(p).toMatchObject({ age: 8, relation: 'son', health: 'autism', clothing: 'wearing a blue coat' });
  });

  it.each(['老人有阿尔茨海默症', 'grandpa has dementia', '孩子智力有问题'])(
    'notes the health condition in %j',
    (text) => {
      expect(extractPerson(text)?.health).toBeDefined();
    },
  );

  it('does not take clothing alone for a missing person', () => {
    expect(extractPerson('一个男的穿黑衣服')).toBeUndefined();
  });
});

describe('a bare head-count answering "who did it?"', () => {
  it.each([
    ['三个 还在那边网吧门口', 3],
    ['就他一个 还在屋里骂', 1],
    // "五六个" is five or six people, not fifty-six.
    ['五六个 骑电动车的', 6],
    ['七八个', 8],
  ])('%s -> %i', (text, count) => {
    expect(extractSuspects(text)?.count).toBe(count);
  });

  it.each(['丢了三个', '三个苹果'])('%s is no head-count', (text) => {
    expect(extractSuspects(text)).toBeUndefined();
  });
});
