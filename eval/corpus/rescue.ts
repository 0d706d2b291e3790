/**
 * Development set: drowning, floods, lifts, collapses, gas, live wires, people stuck (category `rescue`).
 * Route 110+119 where there is fire or gas (INCIDENT.md); both accepted where it is a judgement call.
 */
import type { Conversation } from '../types.js';

export const rescue: Conversation[] = [
  {
    id: 'rescue-zh-fell-in-river-bridge',
    lang: 'zh-CN',
    title: 'Someone fell into a river under a bridge, thrashing',
    channel: 'sms',
    opening: ['有人掉河里了！！', '在浐河 长乐桥下面', '在水里扑腾'],
    answers: {
      injuries: '快沉下去了',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'rescue-zh-old-lift-dropped',
    lang: 'zh-CN',
    title: 'Old lift dropped and stuck between floors with people inside',
    channel: 'sms',
    opening: ['电梯掉下去了 里面有人', '老楼电梯突然往下掉 卡在两层中间', '胜利小区5号楼'],
    answers: {
      injuries: '里面的人说腿摔疼了',
      in_progress: '还卡着',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-zh-meiqi-typo-old-man-inside',
    lang: 'zh-CN',
    title: 'Typo 煤汽 for 煤气: whole stairwell smells, an old man cannot get out',
    channel: 'sms',
    opening: ['煤汽泄漏', '整个单元都是味', '有个老人在家出不来', '韩森寨 幸福路 3号楼2单元'],
    answers: {
      injuries: '不知道 敲门没人应',
      in_progress: '还有味',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-zh-car-flooded-underpass-chest',
    lang: 'zh-CN',
    title: 'Car flooded in an underpass, water up to the chest, doors will not open',
    channel: 'sms',
    opening: ['车被水淹了 水到胸口了 车门打不开', '在绕城高速 辛家庙下穿桥'],
    answers: {
      injuries: '还没事 快点',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'rescue-zh-toddler-locked-hot-car',
    lang: 'zh-CN',
    title: 'Two-year-old locked in a hot car, keys inside',
    channel: 'sms',
    opening: ['孩子被锁在车里了 车里好热', '钥匙在车里 孩子2岁', '大润发停车场'],
    answers: {
      injuries: '孩子在哭 满头汗',
      vehicles: '白色大众途观',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-zh-trench-collapse-metro-site',
    lang: 'zh-CN',
    title: 'Trench collapse on a metro construction site, two workers buried',
    channel: 'sms',
    opening: ['工地塌方 有两个工人被埋了', '地铁8号线施工工地 纺织城站那边'],
    answers: {
      injuries: '一个挖出来了 还有一个没找到',
      in_progress: '还在挖',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-zh-child-head-stuck-window-bars',
    lang: 'zh-CN',
    title: "Child's head stuck in burglar bars outside a third-floor window",
    channel: 'sms',
    opening: ['小孩头卡在防盗窗里了', '在三楼外面 吊着'],
    answers: {
      location: '朝阳小区 14号楼 3楼',
      injuries: '还能哭 脖子卡着',
      in_progress: '还卡着',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'rescue-zh-lost-on-mountain-battery',
    lang: 'zh-CN',
    title: 'Lost on a mountain after dark, phone battery low; a landmark on the follow-up',
    channel: 'sms',
    opening: ['我们在山上迷路了 天黑了', '手机快没电了', '太白山 汤峪那边上来的 不知道在哪'],
    answers: {
      location: ['不知道', '旁边有个石碑写着放羊寺 还能看到一个铁塔'],
      injuries: '有个女生脚崴了',
      in_progress: '还在山上',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'rescue-zh-through-the-ice-moat',
    lang: 'zh-CN',
    title: 'Someone fell through the ice on the city moat',
    channel: 'sms',
    opening: ['有人掉冰窟窿里了', '在护城河 北门那段'],
    answers: {
      injuries: '还扒着冰',
      in_progress: '还在水里',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-en-son-6-alone-in-lift',
    lang: 'en',
    title: 'Six-year-old alone in a stuck lift, crying (a lift is not 12345 when a child is in it)',
    channel: 'sms',
    opening: [
      'my kid is stuck in the elevator between floors',
      'hes 6 and alone in there crying',
      'Riverside Towers on 2nd',
    ],
    answers: {
      injuries: 'no just scared',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'rescue-en-power-line-on-car',
    lang: 'en',
    title: 'Power line down across a car with people inside, sparking',
    channel: 'sms',
    opening: [
      'power line down across the road, sparking',
      'a car is under it with people inside',
      'Rt 202 near the Wawa',
    ],
    answers: {
      injuries: 'they seem ok, staying in the car',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-en-rotten-eggs-building-headache',
    lang: 'en',
    title: 'Rotten-egg smell through the whole building, headaches (gas without the word)',
    channel: 'sms',
    opening: ['smells like rotten eggs in the whole building, my head hurts', 'apartments at 19 Baker St'],
    answers: {
      injuries: 'headache, my neighbor feels sick too',
      in_progress: 'yes',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'rescue-en-flood-on-roof-dog',
    lang: 'en',
    title: 'Flood water rising, three people and a dog on the roof',
    channel: 'sms',
    opening: [
      "water is coming into our house fast, we're on the roof",
      '3 of us and a dog',
      'Riverbend Rd, last house before the bridge',
    ],
    answers: {
      injuries: 'no',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'rescue-en-man-in-manhole',
    lang: 'en',
    title: 'Man fell into a manhole, yelling for help',
    channel: 'sms',
    opening: ['guy fell in a manhole on 5th and Market, hes yelling for help'],
    answers: {
      injuries: 'he says his leg',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
];
