import { describe, expect, it } from 'vitest';
import type { Category, Priority, Route } from '../../../src/core/incident.js';
import { run } from './helpers.js';

interface Row {
  text: string;
  category: Category | null;
  priority: Priority;
  route?: Route;
  covert?: boolean;
}

/** One message, no previous decision, no facts: what the first text alone decides. */
const rows: Row[] = [
  // violence
  { text: '有人在砍人！', category: 'violence', priority: 'P1' },
  { text: '街上有人捅人了', category: 'violence', priority: 'P1' },
  { text: '有个男的持刀在商场里', category: 'violence', priority: 'P1' },
  { text: '两个人在打架', category: 'violence', priority: 'P2' },
  { text: '两个人在打架，其中一个拿着刀', category: 'violence', priority: 'P1' },
  { text: '有人打架，还在打', category: 'violence', priority: 'P1' },
  { text: '我被打了，流血了', category: 'violence', priority: 'P1' },
  { text: '有人開槍', category: 'violence', priority: 'P1' },
  { text: '我俾人打', category: 'violence', priority: 'P2' },
  { text: 'someone got stabbed outside the bar', category: 'violence', priority: 'P1' },
  { text: 'there is a fight outside', category: 'violence', priority: 'P2' },
  { text: 'i was assaulted and im bleeding', category: 'violence', priority: 'P1' },
  { text: 'shots fired on 5th Ave', category: 'violence', priority: 'P1' },
  { text: 'A man STABED someone', category: 'violence', priority: 'P1' },
  // domestic violence
  { text: '老公打我', category: 'domestic_violence', priority: 'P2' },
  { text: '老公喝醉了打我，说要打死我', category: 'domestic_violence', priority: 'P1' },
  { text: '家暴，他拿着菜刀', category: 'domestic_violence', priority: 'P1' },
  { text: '丈夫打我，我躲在厕所，不敢出声', category: 'domestic_violence', priority: 'P1', covert: true },
  { text: 'my husband hits me', category: 'domestic_violence', priority: 'P2' },
  { text: 'my boyfriend is beating me right now', category: 'domestic_violence', priority: 'P1' },
  // sexual assault
  { text: '我被强奸了', category: 'sexual_assault', priority: 'P1', covert: false },
  { text: '我被強姦了', category: 'sexual_assault', priority: 'P1' },
  { text: '地铁上有人猥亵', category: 'sexual_assault', priority: 'P1' },
  { text: 'I was raped', category: 'sexual_assault', priority: 'P1' },
  { text: 'a man groped me on the bus', category: 'sexual_assault', priority: 'P2' },
  // kidnapping: always covert
  { text: '我朋友被绑架了', category: 'kidnapping', priority: 'P1', covert: true },
  { text: '我被困在传销组织，他们不让我走', category: 'kidnapping', priority: 'P1', covert: true },
  { text: '我被關起來了', category: 'kidnapping', priority: 'P1', covert: true },
  { text: 'my sister was kidnapped', category: 'kidnapping', priority: 'P1', covert: true },
  { text: 'they are holding a hostage in the bank', category: 'kidnapping', priority: 'P1', covert: true },
  // robbery
  { text: '有人抢劫！', category: 'robbery', priority: 'P1' },
  { text: '有人搶劫！', category: 'robbery', priority: 'P1' },
  { text: '有人抢节', category: 'robbery', priority: 'P1' },
  { text: '我的包被抢了', category: 'robbery', priority: 'P2' },
  { text: '我的包被抢了，他有刀', category: 'robbery', priority: 'P1' },
  { text: 'I just got mugged', category: 'robbery', priority: 'P2' },
  { text: 'armed robbery at the petrol station', category: 'robbery', priority: 'P1' },
  // burglary
  { text: '有人在撬门', category: 'burglary', priority: 'P1' },
  { text: '有人在撬門', category: 'burglary', priority: 'P1' },
  { text: '昨天家里被盗了', category: 'burglary', priority: 'P3' },
  { text: '家里进贼了，他还在', category: 'burglary', priority: 'P1' },
  { text: 'someone is breaking into my house', category: 'burglary', priority: 'P1' },
  { text: 'there is an intruder downstairs', category: 'burglary', priority: 'P1' },
  { text: 'my house was broken into while we were away', category: 'burglary', priority: 'P3' },
  // theft
  { text: '我的手机被偷了', category: 'theft', priority: 'P3' },
  { text: '刚刚手机被偷了', category: 'theft', priority: 'P2' },
  { text: '我的钱包不见了', category: 'theft', priority: 'P3' },
  { text: 'my bike was stolen', category: 'theft', priority: 'P3' },
  { text: 'a pickpocket took my wallet just now', category: 'theft', priority: 'P2' },
  { text: 'my phone got stollen', category: 'theft', priority: 'P3' },
  // fraud
  { text: '我被骗了', category: 'fraud', priority: 'P3' },
  { text: '自称警察的人让我转账到安全账户', category: 'fraud', priority: 'P2' },
  { text: '冒充公检法的人要我转钱', category: 'fraud', priority: 'P2' },
  { text: '刷单被骗了三千', category: 'fraud', priority: 'P3' },
  { text: '我被騙了，正在轉賬', category: 'fraud', priority: 'P2' },
  { text: 'I think I was scammed', category: 'fraud', priority: 'P3' },
  { text: 'fake police are asking me to send money to a safe account', category: 'fraud', priority: 'P2' },
  // traffic
  { text: '路口发生车祸', category: 'traffic', priority: 'P2', route: '110' },
  { text: '出车祸了，有人受伤', category: 'traffic', priority: 'P1', route: '110+120' },
  { text: '一辆车撞人了', category: 'traffic', priority: 'P1', route: '110+120' },
  { text: '追尾了，没人受伤', category: 'traffic', priority: 'P3', route: '110' },
  { text: 'car crash on the highway', category: 'traffic', priority: 'P2', route: '110' },
  { text: 'hit and run, the cyclist is bleeding', category: 'traffic', priority: 'P1', route: '110+120' },
  // missing person
  { text: '我孩子在商场走丢了', category: 'missing_person', priority: 'P1' },
  { text: '我儿子走失了', category: 'missing_person', priority: 'P2' },
  { text: '我儿子8岁，走失了', category: 'missing_person', priority: 'P1' },
  { text: '我女儿八岁，在公园不见了', category: 'missing_person', priority: 'P1' },
  { text: '孩子15岁，走失了', category: 'missing_person', priority: 'P2' },
  { text: '我今年35岁，孩子丢了', category: 'missing_person', priority: 'P1' },
  { text: '我爸失联两天了，他说过不想活了', category: 'missing_person', priority: 'P1' },
  { text: 'my son is 6 and he is missing', category: 'missing_person', priority: 'P1' },
  { text: "I can't find my daughter", category: 'missing_person', priority: 'P2' },
  { text: 'lost child at the mall, she is 4 years old', category: 'missing_person', priority: 'P1' },
  // self harm
  { text: '我不想活了', category: 'self_harm', priority: 'P1', route: '110+120' },
  { text: '我朋友说要跳楼', category: 'self_harm', priority: 'P1', route: '110+120' },
  { text: '活不下去了', category: 'self_harm', priority: 'P1', route: '110+120' },
  { text: "I don't want to live any more", category: 'self_harm', priority: 'P1', route: '110+120' },
  { text: 'I want to kill myself', category: 'self_harm', priority: 'P1', route: '110+120' },
  { text: 'my friend is suicidal', category: 'self_harm', priority: 'P1', route: '110+120' },
  // threat
  { text: '有人威胁我', category: 'threat', priority: 'P2' },
  { text: '有人一直跟踪我', category: 'threat', priority: 'P2' },
  // Said as an intent, nobody touched yet: a threat (INCIDENT.md), P1 with the knife.
  { text: '邻居扬言要拿刀砍我', category: 'threat', priority: 'P1' },
  { text: 'someone is stalking me', category: 'threat', priority: 'P2' },
  { text: 'he threatened me with a gun', category: 'threat', priority: 'P1' },
  // disorder
  { text: '楼上噪音扰民', category: 'disorder', priority: 'P3' },
  { text: '有人醉酒闹事', category: 'disorder', priority: 'P3' },
  { text: 'loud music next door all night', category: 'disorder', priority: 'P3' },
  // fire
  { text: '着火了！', category: 'fire', priority: 'P1', route: '110+119' },
  { text: '著火了', category: 'fire', priority: 'P1', route: '110+119' },
  { text: '樓下失火', category: 'fire', priority: 'P1', route: '110+119' },
  { text: 'the kitchen is on fire', category: 'fire', priority: 'P1', route: '110+119' },
  { text: 'there was an explosion', category: 'fire', priority: 'P1', route: '110+119' },
  // medical
  { text: '我爸没呼吸了', category: 'medical', priority: 'P1', route: '110+120' },
  { text: '有人晕倒了', category: 'medical', priority: 'P1', route: '110+120' },
  { text: '老人昏迷不醒', category: 'medical', priority: 'P1', route: '110+120' },
  { text: 'my dad is not breathing', category: 'medical', priority: 'P1', route: '110+120' },
  { text: 'she collapsed and is unconcious', category: 'medical', priority: 'P1', route: '110+120' },
  { text: 'he is having a seizure', category: 'medical', priority: 'P1', route: '110+120' },
  // rescue
  { text: '有人溺水了', category: 'rescue', priority: 'P1', route: '110' },
  { text: '小孩困在电梯里', category: 'rescue', priority: 'P1', route: '110' },
  { text: '電梯睏人', category: 'rescue', priority: 'P1', route: '110' },
  { text: '闻到很重的煤气味', category: 'rescue', priority: 'P1', route: '110+119' },
  { text: '电线掉了冒火花，旁边有小孩', category: 'rescue', priority: 'P1', route: '110+119' },
  { text: '电线掉了，周围没人', category: 'rescue', priority: 'P2', route: '110' },
  { text: 'someone is drowning in the lake', category: 'rescue', priority: 'P1', route: '110' },
  { text: 'we are stuck in the elevator', category: 'rescue', priority: 'P1', route: '110' },
  { text: 'I can smell gas in the stairwell', category: 'rescue', priority: 'P1', route: '110+119' },
  { text: 'there is a gas leak, nobody is inside', category: 'rescue', priority: 'P2', route: '110+119' },
  // suspicious / other police
  { text: '有人在我家门口徘徊，形迹可疑', category: 'suspicious', priority: 'P3' },
  { text: 'a suspicious man keeps looking into cars', category: 'suspicious', priority: 'P3' },
  { text: '我想举报一个赌博窝点', category: 'other_police', priority: 'P4' },
  { text: '我要报警', category: null, priority: 'P3' }, // a call for the police names no category: the flow asks
  { text: '救命！', category: null, priority: 'P2' },
  // nothing recognisable
  { text: '你好', category: null, priority: 'P3', route: '110' },
  { text: 'hello?', category: null, priority: 'P3', route: '110' },
];

describe('category, priority and route from one message', () => {
  it.each(rows)('"$text" → $category $priority', (row) => {
    const result = run(row.text);
    expect(result.category).toBe(row.category);
    expect(result.priority).toBe(row.priority);
    expect(result.route).toBe(
      row.route ?? (row.category === 'self_harm' || row.category === 'medical' ? '110+120' : result.route),
    );
    if (row.route) expect(result.route).toBe(row.route);
    if (row.covert !== undefined) expect(result.covert).toBe(row.covert);
    expect(result.earlyDispatch).toBe(row.priority === 'P1' && row.category !== null);
  });
});

describe('category precedence', () => {
  it('keeps every matched category in the reasons but picks the most serious', () => {
    const result = run('物业不管，楼道有煤气味');
    expect(result.category).toBe('rescue');
    expect(result.candidates).toEqual(['rescue', 'non_police']);
    const nonPolice = result.reasons.find((r) => r.rule === 'category.non_police.keyword');
    expect(nonPolice?.effect).toBe('candidate non_police (outranked by rescue)');
  });

  it('a word inside a longer word of another category counts only for the longer one', () => {
    const result = run('小偷在家里');
    expect(result.category).toBe('burglary');
    expect(result.candidates).toEqual(['burglary']);
  });

  it('robbery outranks violence for an armed robbery', () => {
    const result = run('有人持刀抢劫');
    expect(result.category).toBe('robbery');
    expect(result.priority).toBe('P1');
  });

  it('generic words (报警, police) only decide when nothing else matches', () => {
    expect(run('我要报警，有人偷了我的车').category).toBe('theft');
    expect(run('police please, my car was stolen').category).toBe('theft');
  });
});

describe('construction noise is configurable', () => {
  it('goes to non_police by default and to disorder when configured', async () => {
    const { triage, buildRules } = await import('../../../src/core/triage/index.js');
    const input = { texts: ['半夜施工噪音'], elements: {}, facts: { noDanger: null, over: null }, previous: null };
    expect(triage(input).category).toBe('non_police');
    expect(triage(input, buildRules({ constructionNoise: 'disorder' })).category).toBe('disorder');
  });
});
