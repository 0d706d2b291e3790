/**
 * Session 14: what the blind probe set (eval/corpus/probes-s14.ts) showed triage misreading. Each case failed before.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract/index.js';
import { triage } from '../../../src/core/triage/index.js';

function read(...texts: string[]) {
  return triage({ texts, elements: {}, facts: { noDanger: null, over: null, chosenCategory: null }, previous: null });
}

describe('a partner named as the one strangers hurt is no domestic violence', () => {
  it.each([
    ['我跟我老公在饭店吃饭 隔壁桌几个喝多的过来找茬把我老公打了', '鼻子一直流血 他们还在推推搡搡的'],
    ['他们几个把我老公打了'],
    ['some guys just jumped my husband outside the chippy, hes bleeding'],
  ])('%s', (...texts) => {
    expect(read(...texts).category).toBe('violence');
  });
  it.each([['我老公把我打了'], ['my neighbor is beating his wife again i can hear her screaming'], ['他把他老婆打了']])(
    'but a partner who does it is: %s',
    (...texts) => {
      expect(read(...texts).category).toBe('domestic_violence');
    },
  );
});

describe('a couple quarrelling, words only', () => {
  it('is a dispute, not domestic violence, and 两口子 is no cut', () => {
    const r = read('隔壁两口子又吵起来了 就是吵 嗓门很大 没听到动手');
    expect(r.category).toBe('disorder');
    expect(r.priority).toBe('P3');
    expect(extract('隔壁两口子又吵起来了').injuries).toBeUndefined();
    expect(extract('我手上划了个口子').injuries?.present).toBe(true);
  });
});

describe('said around the usual words', () => {
  it('shots told as pops are a shooting, P1', () => {
    const r = read('heard like 3 loud pops from next door');
    expect([r.category, r.priority]).toEqual(['violence', 'P1']);
  });
  it('a gas cylinder leaking is a gas leak (rescue, 119 advice)', () => {
    const r = read('Sir gas cylinder is leaking in ground floor shop Sharma Sweets, smell is very strong');
    expect([r.category, r.route]).toEqual(['rescue', '110+119']);
  });
  it('a driver who will not let the passenger out names someone held', () => {
    expect(read('我在出租车上 我让他停车他不停 车门锁了').candidates).toContain('kidnapping');
    expect(read("taxi driver won't let me out of the car, going the wrong way").candidates).toContain('kidnapping');
  });
  it('an old person down and unable to get up is medical P1, not a noise complaint', () => {
    const r = read('敲了半天门 听见隔壁老太太在里面喊 说摔倒了起不来');
    expect([r.category, r.priority]).toEqual(['medical', 'P1']);
  });
});

describe('elements the opening gives, in regional and chat wording (probes-s14 given asks)', () => {
  it.each([
    ['我对象昨晚喝多了把我打了 胳膊腿都青了', 'injuries', '腿都青了'],
    ['俺家楼下俩老爷们干起来了 一个拎着板砖', 'suspects', '俩老爷们'],
    ['我屋头那个又喝了酒 在打娃儿', 'suspects', '我屋头那个'],
    ["my ex's mate just turned up at my work, said he'll glass me", 'suspects', "ex's mate"],
    ['my ex turned up drunk banging on the door', 'suspects', 'ex'],
  ] as const)('%s', (text, key, part) => {
    expect(extract(text)[key]?.text).toContain(part);
  });
});

describe('a relative being scammed on the phone now', () => {
  it('someone "from the bank" telling them to move their savings is fraud with money about to go (P2)', () => {
    const r = read('someone from the bank is on the phone with my dad right now telling him to move his savings');
    expect([r.category, r.priority]).toEqual(['fraud', 'P2']);
  });
  it('a call with the bank is not', () => {
    expect(read('my mum is on the phone with the bank about her mortgage').category).toBeNull();
  });
});
