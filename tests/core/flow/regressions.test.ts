/** Regressions found while writing the golden conversations (tests/golden). */
import { describe, expect, it } from 'vitest';
import { talk } from './helpers.js';

describe('answers that are about another element', () => {
  it('"刚刚" to the suspects question fills time, not suspects; the suspects question stays open', () => {
    const run = talk(['朝阳区三里屯太古里南区 我手机被偷了', '刚刚']);
    expect(run.state.elements.time?.value).toBe('刚刚');
    expect(run.state.elements.suspects).toBeUndefined();
    // "我手机被偷了" already names what was lost: loss is not asked.
    expect(run.state.elements.loss?.value).toBe('我手机');
    // What it gave is taken (a receipt), and the suspects question is sent again as it was, not "did not
    // understand": left unsent, a reporter who meant it as the answer would wait for a question that never comes.
    expect(run.templatesAt(1)).toEqual(['noted', 'ask.suspects']);
    expect(run.state.awaiting).toBe('suspects');
  });

  it('a suspect description to "are you safe?" is kept as suspects, and safety is asked again', () => {
    const run = talk(['地铁2号线钟楼站B口有个男的一直跟着我', '他还在后面', '个子很高穿灰色卫衣']);
    expect(run.state.elements.safety).toBeUndefined();
    expect(run.state.elements.suspects?.value).toContain('灰色卫衣');
    expect(run.state.awaiting).toBe('safety');
    expect(run.templatesAt(2)).toEqual(['ask.safety']);
  });

  it('"yes I\'m safe" to "is anyone hurt?" answers safety, not injuries', () => {
    const run = talk(["There's a big fight outside the bar on Main Street", 'still going', 'yes i am safe'], {
      lang: 'en',
    });
    expect(run.templatesAt(1)).toContain('ask.injuries');
    expect(run.state.elements.safety?.value).toBe('yes i am safe');
    expect(run.state.elements.injuries).toBeUndefined();
  });

  it('"还没转" to "when?" is the loss; the time is asked again', () => {
    const run = talk(['有人冒充公安让我把存款转到安全账户', '碑林区南大街12号', '还没转', '今天下午三点打来的']);
    expect(run.state.elements.loss?.value).toBe('还没转');
    expect(run.state.elements.time?.value).toBe('今天下午三点打来的');
    expect(run.state.status).toBe('ready');
  });

  it('a missing child\'s clothes sent instead of "last seen" are added to the person', () => {
    const run = talk(['我女兒八歲，在公園不見了', '中山公園', '穿粉紅色裙子，綁馬尾']);
    expect(run.state.elements.person?.value).toContain('粉紅色裙子');
    expect(run.state.elements.last_seen).toBeUndefined();
    expect(run.state.awaiting).toBe('last_seen');
  });

  it('a reporter who keeps writing about other things is not asked the same thing forever', () => {
    const run = talk(['有人在桥上要跳河', '灞河大桥中间', '一个女的 二十多岁', '没受伤', '还在']);
    expect(run.asked.filter((k) => k === 'safety').length).toBeLessThanOrEqual(3);
    expect(run.state.elements.safety?.source).toBe('unknown');
  });

  it('a bare "my grandma" does not answer the person question; a description does', () => {
    const run = talk(['my grandma is missing', "she has alzheimers, she's 82, wearing a red coat"], { lang: 'en' });
    expect(run.state.elements.person?.value).toContain('82');
    expect(talk(['my grandma is missing'], { lang: 'en' }).state.elements.person).toBeUndefined();
  });

  it('"last saw her at 3pm at Central Park" fills last_seen; it is not asked', () => {
    const run = talk(['my grandma is missing', 'last saw her at 3pm at Central Park near the lake'], { lang: 'en' });
    expect(run.state.elements.last_seen?.value).toContain('Central Park');
    expect(run.asked).not.toContain('last_seen');
  });

  it('a theft victim describing the stolen bike instead of the thieves gives the loss', () => {
    const run = talk(['我的电动车被偷了', '在长安大学北门', '昨天晚上十点左右', '一辆绿色雅迪电动车 三千多']);
    expect(run.state.elements.loss?.value).toBe('我的电动车；一辆绿色雅迪电动车 三千多');
    expect(run.state.elements.suspects).toBeUndefined();
  });

  it('a covert "他还在客厅" keeps the reporter\'s words', () => {
    const run = talk(['有人撬门进来了，我躲在衣柜里不敢出声', '幸福小区3栋2单元501', '他还在客厅']);
    expect(run.state.elements.suspects?.value).toBe('他还在客厅');
  });

  it('a plate given after completion is added to the vehicle', () => {
    const run = talk(['两辆车追尾了', '二环南路和含光路交叉口', '没人受伤', '一辆白色大众', '车牌陕A12345'], {});
    expect(run.state.elements.vehicles?.value).toContain('陕A12345');
  });
});

describe('answers in everyday words are taken the first time (issue 13, probes-given4)', () => {
  it('the reporter\'s place and company answer "are you safe?" even when they name people', () => {
    const run = talk([
      '我室友把自己锁厕所里了 说不想活了 刚才听到她在哭',
      '大学城南校区 梅苑6栋412',
      '我和另一个室友在门外',
    ]);
    expect(run.state.elements.safety?.value).toBe('我和另一个室友在门外');
    expect(run.asked.filter((k) => k === 'safety').length).toBe(1);
  });

  it('"还压着" answers "still happening?", and a state of the trapped answers "is anyone hurt?"', () => {
    const run = talk([
      '工地墙塌了 压住一个工人',
      '在S107省道 K23旁边 那个新建的物流园',
      '还压着',
      '一个被压着 还能说话 腿出不来',
    ]);
    expect(run.state.elements.in_progress?.value).toBe('还压着');
    expect(run.state.elements.injuries?.value).toBe('一个被压着 还能说话 腿出不来');
    expect(run.asked.filter((k) => k === 'in_progress' || k === 'injuries').length).toBe(2);
  });

  it('a suspect named with their car answers "who did it?" (the car is taken as well)', () => {
    const run = talk(
      [
        'someone threatened me with a bat at 19 Fraser St, Wanganui, he went back inside',
        'no',
        'Mike, drives a black hilux',
      ],
      { lang: 'en' },
    );
    expect(run.state.elements.suspects?.value).toBe('Mike, drives a black hilux');
    expect(run.state.elements.vehicles?.value).toBe('black hilux');
    expect(run.asked.filter((k) => k === 'suspects').length).toBe(1);
  });
});

describe('a state of the hurt answers "is anyone hurt?"; clothes of the one who did it do not', () => {
  it('"one of them is on the ground crying" is the injuries answer', () => {
    const run = talk(['two guys fighting outside the Crown pub on Mill Lane', 'one of them is on the ground crying'], {
      lang: 'en',
    });
    expect(run.state.elements.injuries?.value).toBe('one of them is on the ground crying');
  });

  it('"the one in the red hoodie ran off" is no injuries answer: injuries is asked again', () => {
    const run = talk(['two guys fighting outside the Crown pub on Mill Lane', 'the one in the red hoodie ran off'], {
      lang: 'en',
    });
    expect(run.state.elements.injuries).toBeUndefined();
    expect(run.state.awaiting).toBe('injuries');
  });
});

describe('where the suspect went, with a vehicle', () => {
  it('"he just got into a grey van" answers "which way did they go?"; the van is the vehicle', () => {
    const run = talk(
      [
        'package thief just took a box off my porch, i am watching him walk down the street',
        '415 Dahlia St',
        'he just got into a grey van',
      ],
      { lang: 'en' },
    );
    expect(run.state.elements.suspects?.value).toBe('he just got into a grey van');
    expect(run.state.elements.vehicles?.value).toBe('grey van');
    expect(run.asked.filter((k) => k === 'suspects').length).toBe(1);
  });
});

describe('flow regressions', () => {
  it('"我在卧室里锁着门" is no address: the exact place is asked', () => {
    const run = talk(['我老公喝醉了在家打我', '我在卧室里锁着门']);
    expect(run.state.locationSpecific).toBe(false);
    expect(run.templatesAt(1)).toEqual(['ask.location_detail']);
  });

  it('a message that only makes the report clear ("有人打架" to "where?") is no failed answer', () => {
    const run = talk(['english', '有人打架']);
    expect(run.templatesAt(1)).toEqual(['ask.location']);
  });

  it('"is anyone in danger?" is dropped once danger is mentioned: a later "2" is no "no danger"', () => {
    const run = talk(['小区停电了 物业说不归他们管', '南门外的金地小区', '我家老人要用制氧机']);
    expect(run.state.confirming).toBeNull();
    const after = talk(['2'], { state: run.state });
    expect(after.state.facts.noDanger).not.toBe(true);
    expect(after.state.status).not.toBe('diverted');
  });

  it('"不对，改地址" reopens the address', () => {
    const run = talk(['有人打架', '在幸福路5号', '不对，改地址']);
    expect(run.templatesAt(2)).toEqual(['correction.ask']);
    expect(run.state.awaiting).toBe('location');
  });
});

describe('the place is what lets anyone be sent', () => {
  it('"不想说" to "where are you?" is met with why the place is needed, not recorded as declined', () => {
    const run = talk(['我想死', '不想说']);
    expect(run.templatesAt(1)).toEqual(['location.needed']);
    expect(run.state.elements.location).toBeUndefined();
    expect(run.state.awaiting).toBe('location');
  });

  it('an address given after the place was declined for good still fills it and is dispatched early', () => {
    const run = talk([
      'I want to kill myself',
      'prefer not to say',
      'prefer not',
      'prefer not',
      'I am at 88 Long Street flat 5',
    ]);
    expect(run.steps[3]?.state?.elements.location?.source).toBe('declined');
    expect(run.state.elements.location?.value).toContain('88 Long Street');
    expect(run.state.earlyDispatched).toBe(true);
    expect(run.dispatches.map((d) => d.event)).toContain('early_dispatch');
  });
});

describe('"are you safe?" answered by where everyone is', () => {
  it('where the reporter went is an answer, and the place is not asked again', () => {
    const run = talk(['滴滴司机摸我腿 我赶紧下车了', '科技路 枫叶广场对面 车牌陕AD12345', '我进了旁边的便利店']);
    expect(run.state.elements.safety?.value).toBe('我进了旁边的便利店');
    expect(run.templatesAt(2).some((t) => t.startsWith('reask'))).toBe(false);
  });

  it('where the others are is an answer', () => {
    const run = talk(['我被侵犯了', '在鑫源宾馆308房', '他们在外屋喝酒']);
    expect(run.state.elements.safety?.value).toBe('他们在外屋喝酒');
  });
});

describe('the same place told in more detail', () => {
  it('replaces the shorter one, and dispatch gets it', () => {
    const run = talk(['手机店被抢了 三个人拿着砍刀', '华强北 赛格广场一楼 那家手机店']);
    expect(run.state.elements.location?.value).toBe('华强北 赛格广场一楼 那家手机店');
  });

  it('a different place is not taken for it (that is a correction)', () => {
    const run = talk(['在钟楼 有人打架', '鼓楼那边也有人']);
    expect(run.state.elements.location?.value).toBe('钟楼');
  });
});

describe('"are you safe?" answered with an adverb first', () => {
  it('暂时没事 is an answer', () => {
    const run = talk(['老公在打我', '南大街12号', '暂时没事']);
    expect(run.state.elements.safety?.value).toBe('暂时没事');
  });
});

describe('"who did it, are they still there, which way did they go?" answered by where they went', () => {
  it.each([
    [['有人打架', '南大街12号', '还在闹', '腿上划了一道', '一根铁棍', '跑了 往北边']],
    [['theres a fight', '100 Main St', 'still yelling', 'cut on my leg', 'a metal pipe', 'they left just now']],
  ])('%j', (inputs) => {
    const run = talk(inputs, { lang: inputs[0] === 'theres a fight' ? 'en' : 'zh-CN' });
    expect(run.state.elements.suspects?.value).toBe(inputs[5]);
  });
});

describe('Cantonese "唔敢出声" (dare not make a sound) says the reporter is hiding', () => {
  it('gives safety (never asked) and turns covert mode on', () => {
    const run = talk(['有个男人锁住门唔俾我走 佢想搞我', '我喺厕所 唔敢出声', '番禺 市桥 东环路 丽江花园 丽波楼 1502']);
    expect(run.state.covert).toBe(true);
    expect(run.state.elements.safety?.value).toContain('唔敢出声');
    expect(run.asked).not.toContain('safety');
  });
});

describe('the reporter\'s own state answers "are you safe?"', () => {
  it('their own injuries with where they are answer safety (and fill injuries), not a second "are you safe?"', () => {
    const run = talk(
      [
        'someone kicked my front door in and is inside my house',
        '22 Rawson St Auburn',
        'im bleeding from my head but im in my car',
      ],
      {
        lang: 'en',
      },
    );
    expect(run.templatesAt(1).some((t) => t.includes('ask.safety'))).toBe(true);
    expect(run.state.elements.safety?.value).toBe('im bleeding from my head but im in my car');
    expect(run.state.elements.injuries?.value).toContain('bleeding');
    expect(run.templatesAt(2)).not.toContain('ask.safety');
  });

  it('"we are all fine" answers safety', () => {
    const run = talk(
      ['someone kicked my front door in and is inside my house', '22 Rawson St Auburn', 'we are all fine'],
      {
        lang: 'en',
      },
    );
    expect(run.state.elements.safety?.value).toBe('we are all fine');
  });
});
