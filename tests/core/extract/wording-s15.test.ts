/**
 * Whether it is still going on, as reporters text it (session 15): someone pinned under rubble with no 还, a noise
 * described with an adverb (大吼大叫) or by reduplication (骂骂咧咧), and a robber who "刚走" (just left). Every text
 * here was missed before: the flow asked "is it still happening?" of a reporter who had said. Then urgent reports from
 * the session's blind probes that ended below P1: a story told across texts, a fall from a balcony, a driver slumped
 * at the wheel, Scots.
 */
import { describe, expect, it } from 'vitest';
import { extractInProgress } from '../../../src/core/extract/in-progress.js';
import { extract, parseYesNo } from '../../../src/core/extract/index.js';
import { placeQuality } from '../../../src/core/extract/location.js';
import { triage } from '../../../src/core/triage/index.js';
import { defaultFlow } from '../../../src/core/flow/definition.js';
import { runConversation } from '../../../src/core/flow/simulate.js';

describe('still going on, or over, in the words people use', () => {
  it.each([
    '屋里老房子塌了 我二叔压在下面',
    '墙倒了 有个工人埋在砖头底下',
    '隔壁那个醉鬼又来了 在走廊里大吼大叫 拍门',
    '一帮人喝大了 踹人家车 骂骂咧咧的',
    '楼下两口子吵吵闹闹的',
  ])('reads "%s" as going on', (text) => {
    expect(extractInProgress(text)?.value).toBe(true);
  });

  it.each(['有人闯进我家拿刀逼我把钱拿出来 刚走', '抢我包那个人刚跑了'])('reads "%s" as over', (text) => {
    expect(extractInProgress(text)?.value).toBe(false);
  });

  it.each(['他刚走到门口就被拦住了', '我刚跑进来'])('does not read "%s" as over', (text) => {
    expect(extractInProgress(text)?.value).not.toBe(false);
  });
});

/** Triage of the texts as an opening burst, nothing answered yet. */
function read(...texts: string[]) {
  return triage({ texts, elements: {}, facts: { noDanger: null, over: null, chosenCategory: null }, previous: null });
}

/** The same once the danger screen was answered "yes" (frames below P1 count then). */
function screened(...texts: string[]) {
  return triage({
    texts,
    elements: {},
    facts: { noDanger: null, over: null, chosenCategory: null, danger: 'yes' },
    previous: null,
  });
}

describe('urgent reports told across texts or in words of their own (probes-s15)', () => {
  it('reads someone in the canal, then "gone under" in a later text, as a rescue, P1', () => {
    const r = read('theres someone in the canal', 'by the lock', "he's gone under. cant see him");
    expect(r.category).toBe('rescue');
    expect(r.priority).toBe('P1');
    expect(extractInProgress("he's gone under")?.value).toBe(true);
  });

  it('does not lower last week\'s thief as a past report when "he\'s back" and climbing in now', () => {
    const r = read(
      'the one who nicked the bikes out of our shed last week',
      "he's back",
      "he's climbing over our back fence now!! kids are in the backyard",
    );
    expect(r.reasons.map((x) => x.rule)).not.toContain('tense.past_report');
    expect(r.priority).not.toBe('P3');
  });

  it('reads a Scots "no come hame" with a yes to the danger screen as a missing child, P1', () => {
    const r = screened(...["ma wee boy's no come hame fae the park", "he's 8, it's gettin dark"]);
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
  });

  it.each([
    ["someone's just come off their balcony. on the grass out front not moving", 'medical'],
    ['邻居家孩子从阳台上掉下来了 躺着不动', 'medical'],
    ["bit of a prang at the lights. the other driver hasn't got out, he's slumped on the steering wheel", 'traffic'],
  ])('reads "%s" as %s, P1', (text, category) => {
    const r = read(text);
    expect(r.category).toBe(category);
    expect(r.priority).toBe('P1');
  });

  it('reads the Scots "aye" as a yes', () => {
    expect(parseYesNo('aye hes only 8')).toBe(true);
    expect(parseYesNo('aye')).toBe(true);
  });
});

describe('kinds that are easily confused, read as a call-taker would (probes-s15)', () => {
  it.each([
    [
      "can't get hold of my flatmate Josh. the kitchen's gone up, his door was shut, i think hes still asleep in there",
      'fire',
    ],
    ['河边好多人在喊 有个娃儿抱到桥墩子 水好急 他快抱不住了', 'rescue'],
    ['她说那个男的把她带到他租的房子 门反锁了 扒她衣服 她现在躲厕所里了 他在外面砸门', 'sexual_assault'],
    ['网约车司机一直摸我腿 我让他停车他不停', 'sexual_assault'],
    [
      'theres a lady lying in the bus shelter and shes not answering us her eyes are open but shes not talking and her face has gone grey',
      'medical',
    ],
    ['my dad is grey and sweaty and says his arm feels funny', 'medical'],
    ["he's been talking about not being around much longer and gave me his watch", 'self_harm'],
  ])('reads "%s" as %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });

  it('reads a hammer swung and phones grabbed as a robbery once the danger screen said yes (not "smashed" = drunk)', () => {
    const r = screened(
      ...["guy smashed the phone cabinet with a hammer and he's grabbing iPhones, swung it at my colleague"],
    );
    expect(r.category).toBe('robbery');
  });

  it('still holds a passenger a driver will not let out as a kidnapping when nothing else is done to her', () => {
    expect(read('我让他停车他不停 车门锁了').category).toBe('kidnapping');
  });

  it.each([
    ['my hammer and drill were stolen from the van last night', 'theft'],
    ["he won't be around till monday, can i report it then", null],
  ])('does not over-read "%s"', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});

describe('what an answer or a burst already gave, read so it is not asked again (probes-s15)', () => {
  it('reads a pronoun head-count as the suspects, not the victims', () => {
    expect(extract('不知道在哪 窗户外能看见一个大烟囱 他们三个在外屋打牌').suspects).toMatchObject({ count: 3 });
    expect(extract('他们俩还在门口').suspects).toMatchObject({ count: 2 });
    expect(extract('他俩被打了').suspects).toBeUndefined();
  });

  it('reads "nobody has seen her since" as where and when a missing person was last seen', () => {
    expect(extract('我妈 72岁 有老年痴呆 上午十点在西湖市场买完菜以后就没人见过').lastSeen).toBeDefined();
    expect(extract('nobody has seen her since 3pm at the shops').lastSeen).toBeDefined();
  });

  it('reads a limb out of shape as an injury', () => {
    expect(extract('hes sitting up now crying, his leg is bent wrong').injuries).toMatchObject({ present: true });
  });

  it('does not take "the car didn\'t stop" for a bus stop, nor where a thief went for where it happened', () => {
    expect(extract("the car didn't stop").location?.specific ?? false).toBe(false);
    expect(extract('the van wouldnt stop').location?.specific ?? false).toBe(false);
    expect(
      extract('got off at the stop outside Angel tube and my purse was gone, he walked off down towards Chapel Market')
        .location?.text,
    ).toBe('Angel');
    // Only the way someone went: still a place to start from.
    expect(extract('he walked off down towards Chapel Market').location?.text).toBe('Chapel Market');
  });

  it('reads a purse gone after someone pressed close as a theft, and "had a blue coat" as no fight', () => {
    expect(read('realised my purse was gone, pretty sure it was the lad pressed up behind me').category).toBe('theft');
    expect(read('he had a blue north face coat on').category).toBeNull();
  });
});

describe('robberies and assaults said in regional words (probes-s15)', () => {
  it.each([
    ['chain snatching just now near Lajpat Nagar central market, my mother fell and her head is bleeding', 'robbery'],
    ['有条友喺楼下抢阿婆条金链 仲推跌咗佢', 'robbery'],
    ['在学校后门让几个瞎怂围住咧 拿刀子逼住要钱 不给就捅', 'robbery'],
    ['some yobbo king hit the bloke on the counter on the way out', 'violence'],
  ])('reads "%s" as %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });

  it('reads a neighbour cut with a cleaver as violence, not a threat', () => {
    const r = read(
      '我们院坝头有个瓜娃子喝醉了 提起菜刀在那儿乱舞',
      '刚刚把隔壁王嬢嬢手杆划了一刀 好多娃儿还在坝坝头耍',
    );
    expect(r.category).toBe('violence');
  });

  it('reads a Cantonese "起唔到身" as an injury', () => {
    expect(extract('阿婆坐喺地下起唔到身 条友揸住把刀仲喺度').injuries).toMatchObject({ present: true });
  });
});

describe('places: a kind of shop is no name, and a reporter who moves (probes-s15)', () => {
  it('reads a kind of shop without its name as too vague to drive to', () => {
    expect(extract('two kids just robbed the corner shop with a knife').location?.specific ?? false).toBe(false);
    expect(extract('火锅店后门有个人遭打了 倒起一身血').location?.specific).toBe(false);
    expect(extract('蜀大侠火锅店后门').location?.specific).toBe(true);
    expect(extract('家乐福超市门口').location?.specific).toBe(true);
  });

  it('keeps the first place and adds where the reporter is now when she runs', () => {
    const c = runConversation(
      defaultFlow,
      [
        '我老公又动手了 掐我脖子',
        '家在 福州 仓山区 金山碧水 3号楼 1502',
        '我跑出来了',
        '我现在跑到小区门口那个711便利店里了 躲货架后面',
      ],
      { lang: 'zh-CN' },
    );
    const place = c.state.elements.location?.value ?? '';
    expect(place).toContain('3号楼');
    expect(place).toContain('711');
    expect(c.events.filter((e) => e.type === 'dispatch').length).toBeGreaterThanOrEqual(2);
  });
});

describe('reports that name no kind until asked (probes-s15b)', () => {
  it.each([
    ['有人在弄他们家门 咔咔咔的 怕是贼娃子', 'burglary'],
    ['有人进我店里了 在翻收银台', 'burglary'],
    ['they grabbed me and shoved me in. wont let me out', 'kidnapping'],
    ['my boss has his hands up, theyre making him empty the register', 'robbery'],
    ['she took all the pills. she said last week she didnae want to be here anymore', 'self_harm'],
  ])('reads "%s" as %s', (text, category) => {
    expect(read(text).category).toBe(category);
  });

  it('reads "她男人" (her husband) as a partner once the danger screen said yes', () => {
    const r = screened(...['她在屋里头出不来', '她男人打她 打了一晚上咧']);
    expect(r.category).toBe('domestic_violence');
  });

  it('reads "Leo, 5" in the answer to "who is missing?" as a child of five: P1', () => {
    const r = triage({
      texts: ['i cant find my son'],
      elements: { person: { value: 'Leo, 5, red t-shirt blue shorts', source: 'answer' } },
      facts: { noDanger: null, over: null, chosenCategory: null },
      previous: null,
    });
    expect(r.category).toBe('missing_person');
    expect(r.priority).toBe('P1');
  });

  it('does not read 海 in a place name as water ("屋里头出不来" is no drowning)', () => {
    const r = read('她在屋里头出不来', '西安 未央区 凤城八路 海荣名城 5号楼');
    expect(r.category).not.toBe('rescue');
  });

  it('reads a 12345 answer with a number as the city matter it names', () => {
    expect(read('Water problem only. 0 other').category).toBe('non_police');
  });
});

describe('the reporter says how safe they are without the word (session 15)', () => {
  it.each([
    'no weapons i think, shes got a bloody nose, im in my room w the door locked',
    'im inside with the kids, doors locked',
    'not sure if hes serious, im home and safe, just want it on record',
    '我在家里 门锁好了',
    '我跟孩子在卧室 门锁上了',
  ])('reads safety in "%s"', (text) => {
    expect(extract(text).safety).toBeDefined();
  });

  it('does not read "I\'m at home" alone as an answer about safety', () => {
    expect(extract("I'm at home now, 45 King Road").safety).toBeUndefined();
  });
});

describe('places named by a sign, and kinds of place alone (probes-s15b)', () => {
  it('reads a sign seen through a window as the place, not a pronoun after a sign', () => {
    expect(extract('窗户外面能看到一个红牌子 鑫源建材 旁边是铁路').location?.text).toBe('鑫源建材');
    expect(extract('还有高速的牌子 他们三个在外屋打牌').location?.text).not.toBe('他们三个');
  });

  it.each(['河边', '桥底下', '地下通道', '山上', '村口'])('reads "%s" alone as too vague to drive to', (place) => {
    expect(placeQuality(place, true).tooVague).toBe(true);
  });

  it('keeps a named lake or a named underpass dispatchable', () => {
    expect(placeQuality('半坡湖', true).tooVague).toBe(false);
    expect(placeQuality('钟楼那个地下通道', true).tooVague).toBe(false);
  });
});

describe('hurt, said by how someone moves or holds themselves (session 15)', () => {
  it.each([
    '走路一瘸一拐的',
    '站都站不稳',
    '捂着肚子蹲在地上',
    '门牙掉了',
    'his face is a mess',
    'hes limping',
    'she can barely walk',
    "she's holding her stomach",
    'he seems dazed',
  ])('reads an injury in "%s"', (text) => {
    expect(extract(text).injuries).toMatchObject({ present: true });
  });

  it('does not read a bag held as an injury', () => {
    expect(extract('she was clutching her bag when he grabbed it').injuries).toBeUndefined();
  });
});

describe('still going on, said with degree and aspect (session 15)', () => {
  it.each(['正打得厉害', '越打越凶', '一直没停', 'theyre going at each other', "they're at it again"])(
    'reads "%s" as going on',
    (text) => {
      expect(extractInProgress(text)?.value).toBe(true);
    },
  );

  it('reads "he just left" as over, and "all over the floor" as nothing of the kind', () => {
    expect(extractInProgress('he just left')?.value).toBe(false);
    expect(extractInProgress("there's blood all over the floor")?.value).not.toBe(false);
  });
});

describe('a child at a window, a getaway, and "dunno, just dodgy" (session 15)', () => {
  it('reads a child leaning out of a ninth-floor window as a rescue, not a touch', () => {
    const r = read('对门家孩子一个人在阳台上哭了一下午了', '大人不在 窗户开着 孩子扒着窗台往外探身子 这是九楼');
    expect(r.category).toBe('rescue');
  });

  it('does not read "jumped in a silver Civic" as force', () => {
    const r = read('some guy just grabbed my laptop off the table at the cafe and legged it, jumped in a silver Civic');
    expect(r.category).not.toBe('robbery');
  });

  it('reads the words after "dunno" in the answer to the category question', () => {
    const c = runConversation(
      defaultFlow,
      [
        'not sure if this is anything',
        'a car has been parked outside the school for 3 days',
        'oakfield primary, hartley rd, reading',
        'no',
        'dunno just dodgy. 0',
      ],
      { lang: 'en' },
    );
    expect(c.state.category).toBe('suspicious');
  });
});

describe('words of the category battery that must not over-read (session 15 review)', () => {
  it.each([
    ['traffic was being held up for an hour by the roadworks', 'robbery'],
    ['he got hit by a bottle outside the pub', 'traffic'],
    ['我儿子被警察带走了 想问问情况', 'kidnapping'],
  ])('does not read "%s" as %s', (text, category) => {
    expect(read(text).category).not.toBe(category);
  });
});

describe('cornered and pockets gone through (session 15)', () => {
  it('reads it as a robbery, still P1, not a detention', () => {
    const r = read('two lads cornered me by the bins and went through my pockets');
    expect(r.category).toBe('robbery');
    expect(r.priority).toBe('P1');
  });
});

describe('a cut on something by accident (session 15)', () => {
  it('reads "cut himself on the broken glass" as an injury, not self-harm; "keeps cutting himself" stays self-harm', () => {
    expect(read('he cut himself on the broken glass when he fell').category).toBe('medical');
    expect(read('my brother keeps cutting himself, he said he wants to die').category).toBe('self_harm');
  });
});

describe('a name and a number is an age, a time or a door is not (session 15 review)', () => {
  it('does not raise a report for "tonight, 9" given as the time', () => {
    const r = triage({
      texts: ['someone keeps trying our car doors'],
      elements: { time: { value: 'tonight, 9', source: 'answer' } },
      facts: { noDanger: null, over: null, chosenCategory: null },
      previous: null,
    });
    expect(r.reasons.some((x) => x.rule.startsWith('modifier.vulnerable'))).toBe(false);
  });
});
