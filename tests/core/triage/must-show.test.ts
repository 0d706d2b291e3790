import { describe, expect, it } from 'vitest';
import { answer, conversation, run } from './helpers.js';

describe('a parent with dementia lost in a park', () => {
  it('is missing_person P2 in the daytime', () => {
    const r = run('我妈妈有老年痴呆，上午在环城公园走丢了');
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P2');
    expect(r.earlyDispatch).toBe(false);
  });

  it('is missing_person P1 at night, with dementia and the night word in the reasons', () => {
    const r = run('我妈妈有老年痴呆，在环城公园走丢了，现在天黑了');
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
    expect(r.earlyDispatch).toBe(true);
    expect(r.reasons).toContainEqual({
      rule: 'priority.missing_person.life_at_risk',
      matched: '老年痴呆 + 天黑',
      effect: 'priority P2→P1',
    });
  });

  it('is P1 in the cold, in English', () => {
    const r = run('My 80 year old dad has dementia and wandered off in the park, it is freezing');
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
  });

  it('is P2 in English in the daytime (old age alone does not make it P1)', () => {
    const r = run('My 80 year old dad has dementia and wandered off in the park this morning');
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P2');
  });

  it('becomes P1 when the last-seen answer says it was at night', () => {
    const [first, second] = conversation([
      { text: '我爸有阿尔茨海默症，走失了' },
      { text: '晚上九点', elements: { last_seen: answer('晚上九点 公园门口') } },
    ]);
    expect(first?.priority).toBe('P2');
    expect(second?.priority).toBe('P1');
  });
});

describe('fake police "safe account" transfer', () => {
  it.each([
    '有人自称警察，说我涉嫌洗钱，要我把钱转到安全账户',
    '有人自稱警察，要我把錢轉到安全賬戶',
    'A man saying he is police wants me to transfer my savings to a safe account',
  ])('"%s" is fraud P2, route 110, no early dispatch', (text) => {
    const r = run(text);
    expect(r.category).toBe('fraud');
    expect(r.priority).toBe('P2');
    expect(r.route).toBe('110');
    expect(r.earlyDispatch).toBe(false);
  });
});

describe('"I don\'t want to live any more"', () => {
  it.each([
    '我不想活了',
    '我真的不想活了。',
    "I don't want to live any more",
    'i dont want to live anymore',
    'I don’t want to live',
  ])('"%s" is self_harm P1 with route 110+120 and early dispatch', (text) => {
    const r = run(text);
    expect(r.category).toBe('self_harm');
    expect(r.priority).toBe('P1');
    expect(r.route).toBe('110+120');
    expect(r.earlyDispatch).toBe(true);
  });

  it('is not dismissed by a nearby "no"', () => {
    expect(run("no i don't want to live").category).toBe('self_harm');
    expect(run('没有，我就是不想活了').category).toBe('self_harm');
  });
});

describe('an intruder heard while hiding', () => {
  it('is burglary P1 and covert (Chinese)', () => {
    const r = run('有人撬门进来了，我躲在衣柜里');
    expect(r.category).toBe('burglary');
    expect(r.priority).toBe('P1');
    expect(r.covert).toBe(true);
    expect(r.reasons).toContainEqual({ rule: 'covert.trigger', matched: '躲在', effect: 'covert' });
  });

  it('is burglary P1 and covert (traditional characters)', () => {
    const r = run('有人闖進我家，我躲在床底下，不敢出聲');
    expect(r.category).toBe('burglary');
    expect(r.priority).toBe('P1');
    expect(r.covert).toBe(true);
    // the reason quotes the reporter's own characters
    expect(r.reasons.find((x) => x.rule === 'covert.trigger')?.matched).toBe('躲在 / 不敢出聲');
  });

  it('is burglary P1 and covert (English)', () => {
    const r = run("I hear someone breaking in downstairs. I'm hiding in the closet, can't talk");
    expect(r.category).toBe('burglary');
    expect(r.priority).toBe('P1');
    expect(r.covert).toBe(true);
    expect(r.earlyDispatch).toBe(true);
  });
});

describe('a water outage the property company ignores', () => {
  it('is non_police with divertPending, P3, route 110 until the reporter says nobody is in danger', () => {
    const r = run('停水三天了，物业不管');
    expect(r.category).toBe('non_police');
    expect(r.priority).toBe('P3');
    expect(r.route).toBe('110');
    expect(r.divertPending).toBe(true);
    expect(r.earlyDispatch).toBe(false);
  });

  it('is diverted to 12345 only after facts.noDanger === true', () => {
    const [pending, stillPending, diverted] = conversation([
      { text: '停水三天了，物业不管' },
      { text: '我们小区都没水', facts: { noDanger: null } },
      { text: '没有危险', facts: { noDanger: true } },
    ]);
    expect(pending?.priority).toBe('P3');
    expect(stillPending?.divertPending).toBe(true);
    expect(stillPending?.priority).toBe('P3');
    expect(diverted?.priority).toBe('divert');
    expect(diverted?.route).toBe('12345');
    expect(diverted?.divertPending).toBe(false);
    expect(diverted?.reasons.some((x) => x.rule === 'fact.no_danger')).toBe(true);
  });

  it('is the same in English', () => {
    const r1 = run('No water for 3 days and the property management does nothing');
    expect(r1.divertPending).toBe(true);
    const r2 = run('No water for 3 days and the property management does nothing', { facts: { noDanger: true } });
    expect(r2.priority).toBe('divert');
    expect(r2.route).toBe('12345');
  });

  it('is not diverted when the reporter says someone is in danger', () => {
    const r = run('停水三天了，物业不管', { facts: { noDanger: false } });
    expect(r.priority).not.toBe('divert');
    expect(r.divertPending).toBe(false);
    expect(r.category).toBe('other_police');
    expect(r.priority).toBe('P2');
  });

  it('is not diverted next to danger words, even with noDanger=true', () => {
    const r = run('停电了，家里老人用呼吸机', { facts: { noDanger: true } });
    expect(r.priority).toBe('P2');
    expect(r.route).toBe('110');
    expect(r.reasons.some((x) => x.rule === 'divert.blocked')).toBe(true);
  });
});

describe('a gas smell the property company ignores', () => {
  it.each([
    ['楼道里一股煤气味，物业不管', { noDanger: null }],
    ['楼道里一股煤气味，物业不管', { noDanger: true }],
    ['樓道裏有煤氣味，物業不管', { noDanger: true }],
    ['I smell gas in the hallway and the landlord ignores it', { noDanger: true }],
  ] as const)('"%s" (%o) is rescue P1, route 110+119, never diverted', (text, facts) => {
    const r = run(text, { facts });
    expect(r.category).toBe('rescue');
    expect(r.priority).toBe('P1');
    expect(r.route).toBe('110+119');
    expect(r.divertPending).toBe(false);
    expect(r.earlyDispatch).toBe(true);
  });
});

describe('a knife fight', () => {
  it.each([
    '有人持刀打架',
    '两个人在打架，一个拿着刀',
    '有人打架动刀了',
    'knife fight outside the station',
    'Two men fighting, one has a knife',
  ])('"%s" is violence P1', (text) => {
    const r = run(text);
    expect(r.category).toBe('violence');
    expect(r.priority).toBe('P1');
    expect(r.route).toBe('110');
    expect(r.earlyDispatch).toBe(true);
  });

  it('gives the weapon modifier as a reason with the original word', () => {
    const r = run('两个人在打架，一个拿着刀');
    expect(r.reasons).toContainEqual({ rule: 'modifier.weapon', matched: '刀', effect: 'priority P2→P1' });
    expect(r.modifiers).toContain('weapon');
  });
});

describe('missing out of doors at night or in the cold', () => {
  it.each([
    ['我爷爷上山采药 天黑了还没下来 找不到他了', 'exposure'],
    ['my son went hiking on the trail and is missing, its getting dark', 'exposure'],
    ['dad with dementia wandered off from the care home, its 11pm', 'life_at_risk'],
  ])('%s is missing_person P1 (%s)', (text, escalation) => {
    const r = run(text);
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
    expect(r.reasons.some((x) => x.rule === `priority.missing_person.${escalation}`)).toBe(true);
  });

  it('a daytime walk in the park is no exposure: P2', () => {
    const r = run('我爷爷上午在公园走丢了 找不到他了');
    expect(r.priority).toBe('P2');
  });
});

describe('a fraud still going on is P2: the victim can still be stopped', () => {
  it.each([
    'guy says hes from microsoft and has remote control of my computer, hes telling me to log into my bank rn',
    'someone called saying my grandson is in jail, they are sending a courier to pick up the cash',
    '视频里穿警服的人说我银行卡涉案 要我配合调查 不能告诉任何人',
  ])('%s', (text) => {
    const r = run(text);
    expect(r.category).toBe('fraud');
    expect(r.priority).toBe('P2');
    expect(r.reasons.some((x) => x.rule.startsWith('priority.fraud.'))).toBe(true);
  });

  it('a fraud told afterwards stays P3', () => {
    const r = run('上个月网上刷单被骗了3000块');
    expect(r.category).toBe('fraud');
    expect(r.priority).toBe('P3');
  });
});
