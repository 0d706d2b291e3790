import { describe, expect, it } from 'vitest';
import { framesIn, classHits, relativeActs } from '../../../src/core/lang/frames.js';
import { normalizeText } from '../../../src/core/lang/normalize.js';
import { triage } from '../../../src/core/triage/index.js';

const ids = (text: string) => framesIn(normalizeText(text)).map((f) => f.frame.id);
const categories = (text: string) => framesIn(normalizeText(text)).map((f) => f.frame.category);

describe('semantic classes and frames', () => {
  it('reads harm x person whichever verb, person and order, in both languages', () => {
    expect(categories('一伙人在咥一个碎娃')).toContain('violence');
    expect(categories('那几个小伙子把他揍了一顿')).toContain('violence');
    expect(categories('2 guys jumpin some kid outside the shop')).toContain('violence');
    expect(categories('my mate got shanked')).toContain('violence');
  });

  it('says "now" from the aspect: 在 + verb, -ing, txt-speak -in', () => {
    expect(ids('一伙人在咥一个碎娃')).toContain('harm_now');
    expect(ids('guy dragging a woman by her hair')).toContain('harm_now');
    expect(ids('he punched me last week')).not.toContain('harm_now');
  });

  it('a partner or relative doing harm is domestic', () => {
    expect(categories('我男人喝了酒又在打我')).toContain('domestic_violence');
    expect(categories('my stepdad is beating on my mom again')).toContain('domestic_violence');
  });

  it('a harm said as an intent is a threat, not an act', () => {
    const c = categories('说要削死我们老板');
    expect(c).toContain('threat');
    expect(c).not.toContain('violence');
    expect(categories("he's gonna burn my house down")).toContain('threat');
  });

  it('negation and look-alikes do not make a frame', () => {
    expect(categories('他没打人')).not.toContain('violence');
    expect(categories('打她电话不接')).not.toContain('violence');
    expect(categories('想死你了')).not.toContain('self_harm');
    expect(categories('我们在楼顶晒被子')).not.toContain('self_harm');
    expect(categories('照片是在楼顶拍的 看着像他们学校')).not.toContain('kidnapping');
    expect(categories('he keeps texting me')).not.toContain('kidnapping');
  });

  it('composes the other categories from their classes', () => {
    expect(categories('地铁上有个男的一直拿那个蹭我')).toContain('sexual_assault');
    expect(categories('她说那人把她睡了 她根本不愿意')).toContain('sexual_assault');
    expect(categories('someone just threw a girl into a white van')).toContain('kidnapping');
    expect(categories('电瓶车电瓶让人给卸走了')).toContain('theft');
    expect(categories('水都漫到胸口了')).toContain('rescue');
    expect(categories('我弟说这辈子就到这了')).toContain('self_harm');
    expect(categories('有人站在楼顶要跳')).toContain('self_harm');
  });

  it('finds class words as jieba words and English lemmas', () => {
    const classes = classHits(normalizeText('guy dragging a woman')).map((h) => h.cls);
    expect(classes).toEqual(expect.arrayContaining(['harm', 'person', 'harmNow']));
  });
});

describe('triage reads frames only where no category word matched', () => {
  const base = { elements: {}, previous: null };
  it('a frame that means danger now makes the category and P1 at once', () => {
    const r = triage({ ...base, texts: ['一伙人在咥一个碎娃'], facts: { noDanger: null, over: null } });
    expect(r.category).toBe('violence');
    expect(r.priority).toBe('P1');
    expect(r.reasons.some((x) => x.rule === 'category.violence.frame.harm_now')).toBe(true);
  });

  it('other frames wait for the danger screen below P1: when unsure, ask', () => {
    const texts = ['电瓶车电瓶让人给卸走了'];
    const before = triage({ ...base, texts, facts: { noDanger: null, over: null } });
    expect(before.category).toBeNull();
    const after = triage({ ...base, texts, facts: { noDanger: false, over: null, danger: 'yes' } });
    expect(after.category).toBe('theft');
    expect(after.priority).toBe('P1');
  });

  it('and are read once the category question ended without a category: the story names it after all', () => {
    const texts = ['电瓶车电瓶让人给卸走了'];
    const unanswered = triage({
      ...base,
      texts,
      facts: { noDanger: true, over: null, chosenCategory: 'other_police' },
    });
    expect(unanswered.category).toBe('theft');
    expect(unanswered.priority).not.toBe('P1');
  });
});

describe('a relative who acts, not a relative who is the victim', () => {
  const acts = (text: string) => relativeActs(normalizeText(text)) !== null;

  it('reads the relative as the one doing harm or holding someone', () => {
    expect(acts('俺男人又动手了 把俺往墙上撞')).toBe(true);
    expect(acts('我被我老公锁在家里了')).toBe(true);
    expect(acts('my grandson took my pension money and pushed me down')).toBe(true);
    expect(acts('beaten by my stepdad')).toBe(true);
    expect(acts('my husband was hitting me')).toBe(true);
  });

  it('not a relative who is hit, nor one who hits an outsider, nor harm to a thing', () => {
    expect(acts('我哥被人打了')).toBe(false);
    expect(acts('my brother got jumped outside the pub')).toBe(false);
    expect(acts('he hit my brother')).toBe(false);
    expect(acts('my son punched a guy at the bar')).toBe(false);
    expect(acts('我前夫在我家楼下砸我的车')).toBe(false);
    expect(acts("my sister texted me she's locked in a room")).toBe(false);
    expect(acts('我老公欠了钱 讨债的把他扣住了')).toBe(false);
  });
});

describe('frames that do not over-read', () => {
  it('"next door" is no entry, "going" is no taking, door handles are prowling not a break-in', () => {
    expect(categories('house party next door still blasting music at 2am')).not.toContain('burglary');
    expect(categories('theres a guy going down our street checking car door handles')).not.toContain('theft');
    expect(categories('theres a guy going down our street checking car door handles')).not.toContain('burglary');
    expect(categories('theres a guy going down our street checking car door handles')).toContain('suspicious');
  });

  it('a verb that already says "into" still makes a forced-into-a-vehicle frame', () => {
    expect(ids('两个人拿刀把一个女的推进面包车里了')).toContain('forced_in_vehicle');
  });
});

describe("a collapse on someone, not on a neighbour's fence", () => {
  it('reads English in order: the person is under what fell', () => {
    expect(ids('neighbors tree fell on my fence during the storm')).not.toContain('buried');
    expect(ids('a wall fell on a man at the building site')).toContain('buried');
    expect(ids('old man collapsed on the bus, driver stopped')).not.toContain('buried');
  });
});

describe('a more specific reading of the same story wins (frames `overrides`)', () => {
  const run = (...texts: string[]) =>
    triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: null }).category;

  it('irregular forms reach the frames: "threw him in the back of a van" is a kidnapping, not the beating', () => {
    expect(run('they beat up my cousin and threw him in the back of a van and drove off')).toBe('kidnapping');
    expect(run('我弟被几个人打了一顿 然后被拖进一辆面包车拉走了')).toBe('kidnapping');
  });

  it('harm said as an intent names a threat, not violence; harm done stays violence', () => {
    expect(run('有个人在微信上说要找人来砍我')).toBe('threat');
    expect(run('他说要砍我 然后真的砍了我一刀')).toBe('violence');
  });

  it('hurt and something taken is a robbery; "cut off my car" is a taking, not a cut', () => {
    expect(run('2 guys just jumped me at the bus stop and took my phone and wallet')).toBe('robbery');
    expect(run('my brother got jumped by 3 lads in the tesco car park')).toBe('violence');
    expect(ids('catalytic converter got cut off my car overnight')).not.toContain('beaten_and_robbed');
  });

  it('held and touched is a sexual assault; stuck in a lift is a rescue, not a detention', () => {
    expect(run('我被一个男的关在他家里 他强迫我跟他发生关系')).toBe('sexual_assault');
    expect(run('电梯卡在12楼和13楼中间 我们三个人被关在里面半小时了 物业电话打不通')).toBe('rescue');
  });

  it('a goodbye and gone is a missing person whose life is at risk (P1)', () => {
    const r = triage({
      texts: ['我老公留了一封信 说对不起我们娘俩 人就走了 电话关机'],
      elements: {},
      facts: { noDanger: null, over: null },
      previous: null,
    });
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
    expect(run('my daughter left a goodbye letter on her bed and shes gone')).toBe('missing_person');
  });
});

describe('the same words read as another kind when the report says so (rules.ts `readsAs`)', () => {
  const run = (...texts: string[]) =>
    triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: null }).category;

  it('pills taken by accident or at a party are medical; meant to die stays self-harm', () => {
    expect(run('my friend overdosed on something at this party hes breathing really weird')).toBe('medical');
    expect(run('my mum took too many of her heart pills by accident')).not.toBe('self_harm');
    expect(run('he took too many pills on purpose, says he wants to die')).toBe('self_harm');
  });

  it('a scam call that cost nothing is suspicious; money sent stays fraud', () => {
    expect(run('刚接到个电话说我涉嫌洗钱 要我配合调查 我没理他直接挂了 一分钱没转')).toBe('suspicious');
    expect(run('接到电话说我涉嫌洗钱 我转了两万到安全账户 然后他挂了')).toBe('fraud');
  });
});

describe('a crash with someone trapped, someone inside a holiday home', () => {
  const run = (...texts: string[]) =>
    triage({ texts, elements: {}, facts: { noDanger: null, over: null }, previous: null }).category;

  it('a rolled ute with the driver trapped is a traffic matter; someone inside our bach is a break-in', () => {
    expect(run('white ute rolled on the Bruce Hwy, drivers trapped and bleeding from his head')).toBe('traffic');
    expect(ids('theres someone inside our bach right now')).toContain('someone_inside');
  });
});
