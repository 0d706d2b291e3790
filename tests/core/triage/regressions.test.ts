/** Regressions found while writing the golden conversations (tests/golden). */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('triage regressions', () => {
  it.each([
    ['我被人关在一个房子里', 'kidnapping'],
    ['a man just grabbed a little girl and pushed her into a white van', 'kidnapping'],
    ['我在公交车上被人摸了', 'sexual_assault'],
    ["there's a guy with a gun at the gas station", 'violence'],
    ['my friend took a lot of pills and wont wake up', 'self_harm'],
    ['someone hit my parked car and drove off', 'traffic'],
    ['i found a wallet on the street', 'other_police'],
    ['drunk guys shouting and kicking bins', 'disorder'],
  ] as const)('%j → %s', (text, category) => {
    expect(run(text).category).toBe(category);
  });

  it('a death threat without a partner or family member is a threat (P2), not domestic violence', () => {
    const r = run("someone's threatening to kill me on wechat");
    expect(r.category).toBe('threat');
    expect(r.priority).toBe('P2');
    // A former partner is no household (the Anti-Domestic Violence Law: family members and people living together):
    // an ex at the door who says he will kill her is a threat, P1 on scene; the eval corpus reads it so too.
    expect(run('我前夫在门口一直砸门 说要杀了我')).toMatchObject({ category: 'threat', priority: 'P1' });
    expect(run('我前夫又打我了').category).toBe('domestic_violence');
    expect(run('老公喝醉了打我，说要打死我')).toMatchObject({ category: 'domestic_violence', priority: 'P1' });
  });

  it('a suspicious person "right now" stays P3', () => {
    expect(run(['有个人在小区门口鬼鬼祟祟的', '就现在']).priority).toBe('P3');
  });

  it('a person with dementia lost in frost or in extreme heat is P1 (life at risk); on a mild day P2', () => {
    expect(run('my grandpa has alzheimers and he walked out of the house, its minus 10 out').priority).toBe('P1');
    expect(run(['my dad is missing, he has dementia', "he's 78, grey jacket, walks with a stick"]).priority).toBe('P2');
    expect(run('my uncle has dementia and wandered off from the servo, its 42 degrees out').priority).toBe('P1');
    expect(run('我爸老年痴呆 自己走丢了 今天外面40度').priority).toBe('P1');
    expect(run('我妈有点老年痴呆 早上出门买菜一直没回来').priority).toBe('P2');
  });

  it('a loan scam asking for one more fee is money being sent (P2); a knife and "hand it over" is no fraud', () => {
    expect(run('我网上贷款 他说我银行卡号填错了要交解冻费 我已经交了两次 现在又叫我交五千')).toMatchObject({
      category: 'fraud',
      priority: 'P2',
    });
    expect(run('頭先有人用刀指住我 要我交晒銀包同電話俾佢').category).not.toBe('fraud');
  });
});
