/**
 * Precedence by context (issue 13): a word of one kind that, in the story, describes another kind gives way to it.
 * Locked in / not let go / held is a kidnapping only when nothing else explains it; a door kicked is a break-in
 * only when nothing else explains it; a crash where the reporter says nobody is hurt is P3.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('confinement words give way to the report they are part of', () => {
  it.each([
    ['老板一直对我动手动脚 把我堵在办公室里不让我走', 'sexual_assault', 'P1'],
    ['my manager cornered me in the stockroom and keeps touching me, wont let me leave', 'sexual_assault', 'P1'],
    ['孩子被锁在车里了 车里好热', 'rescue', 'P1'],
    ['my toddler is locked in the car in the sun and the keys are inside', 'rescue', 'P1'],
    ['刚才剐蹭了 对方不让我走 非要私了', 'traffic', undefined],
    ['bunch of kids in a fight at the park, one is holding his arm', 'violence', undefined],
  ] as const)('%j → %s', (text, category, priority) => {
    const r = run(text);
    expect(r.category).toBe(category);
    if (priority !== undefined) expect(r.priority).toBe(priority);
    expect(r.reasons.some((x) => x.rule === 'category.kidnapping.keyword')).toBe(false);
  });

  it('held over a debt or for money stays a kidnapping even with a beating in the story', () => {
    expect(run('我弟欠了高利贷 被人扣在宾馆里不让走 还在打他')).toMatchObject({
      category: 'kidnapping',
      priority: 'P1',
    });
    expect(run("they won't let him leave until he pays what he owes")).toMatchObject({ category: 'kidnapping' });
  });

  it('with nothing else in the story, being locked in is still a kidnapping (P1, covert)', () => {
    expect(run('我被人关在一个房子里 不让我走')).toMatchObject({
      category: 'kidnapping',
      priority: 'P1',
      covert: true,
    });
    expect(run("a guy locked me in his flat and won't let me leave")).toMatchObject({ category: 'kidnapping' });
  });
});

describe('a door kicked gives way to drunks in the stairwell, not to someone the reporter hides from', () => {
  it('drunk neighbours kicking doors are disorder', () => {
    expect(run(['楼道里几个人喝高了在嚷嚷', '还在踢门']).category).toBe('disorder');
    expect(run('drunk lads kicking doors in the hallway and yelling').category).toBe('disorder');
  });

  it('someone kicking the door while the reporter hides is a burglary in progress', () => {
    expect(run(['有人在踹门 喝醉了', '我躲在卫生间'])).toMatchObject({ category: 'burglary', priority: 'P1' });
    expect(run('someone is kicking the door, sounds drunk, im hiding in the closet')).toMatchObject({
      category: 'burglary',
      priority: 'P1',
    });
  });
});

describe('traffic: nobody hurt, dangerous driving, a near miss', () => {
  it('a crash where the reporter says nobody is hurt is P3; unknown injuries stay P2', () => {
    expect(run('hit a deer on the county road, car is wrecked but im ok').priority).toBe('P3');
    expect(run('停在路边的车被人撞了 人跑了').priority).toBe('P3');
    expect(run('两辆车追尾了').priority).toBe('P2');
  });

  it('a drunk or dangerous driver is not lowered as unhurt', () => {
    expect(run('fender bender in the lot, nobody hurt, other driver is drunk').priority).toBe('P2');
  });

  it('a wrong-way driver is P1 with route 110 (nobody hurt yet: no ambulance)', () => {
    expect(run('wrong way driver on the interstate northbound')).toMatchObject({ priority: 'P1', route: '110' });
    expect(run('高速上有辆车在逆行')).toMatchObject({ category: 'traffic', priority: 'P1', route: '110' });
  });

  it('a near miss is no person hit', () => {
    const r = run('前面的车开得歪歪扭扭 差点撞到人');
    expect(r).toMatchObject({ category: 'traffic', route: '110' });
    expect(run('a car ran over a kid on Main St')).toMatchObject({ priority: 'P1', route: '110+120' });
  });
});
