/**
 * Development set: registers (issue 13, round 2). Reports in the wording of many regions and registers —
 * northeastern, Sichuan/Chongqing, Shaanxi, Henan, Cantonese, Shanghainese, Minnan/Taiwan, pinyin typos and
 * euphemisms; US/UK/AU/NZ/Irish/Indian/Singlish txt-speak and slang — spread over all 19 categories. Written
 * before the rules changed for them, as probes now that the older development set passes.
 */
import type { Conversation } from '../types.js';

export const registers: Conversation[] = [
  // violence
  {
    id: 'reg-zh-dongbei-ganzhang-bottle',
    lang: 'zh-CN',
    title: 'Northeastern: 干仗 with a beer bottle, someone 脑瓜子开瓢了, outside a BBQ place',
    channel: 'sms',
    opening: ['烧烤店门口干起来了', '有个老爷们脑瓜子让人用啤酒瓶子开瓢了', '老四季烧烤 红旗街'],
    answers: {
      in_progress: '还在撕吧',
      suspects: '三四个小年轻',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'weapons'],
    },
  },
  {
    id: 'reg-en-singlish-kena-whack',
    lang: 'en',
    title: 'Singlish: "kena whack" by a gang at a void deck, blood everywhere',
    channel: 'sms',
    opening: ['my fren kena whack by 4 guys at the void deck blk 231 now', 'got blood everywhere leh'],
    answers: {
      in_progress: 'they still there',
      weapons: 'one got parang i think',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'reg-en-irish-glassed-pub',
    lang: 'en',
    title: 'Irish: a lad glassed in a pub, "the guards" wanted',
    channel: 'sms',
    opening: ['need the guards to mulligans on main st a lad just got glassed in the face', 'hes pumping blood'],
    answers: {
      in_progress: 'the fella who did it legged it out the back',
      suspects: 'tall, shaved head, grey tracksuit',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'weapons'],
    },
  },
  {
    id: 'reg-zh-sichuan-zao-da-past',
    lang: 'zh-CN',
    title: 'Sichuan: 昨天遭打了 (yesterday, past, a bruise): violence, not P1',
    channel: 'sms',
    opening: ['我昨天晚上在茶馆门口遭人打了', '脸上肿了 现在没得事了', '想报个案'],
    answers: {
      location: '成都金牛区 营门口路 老王茶馆',
      suspects: '隔壁桌打牌那个男的 认得到他',
    },
    expect: {
      category: 'violence',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'time', 'injuries'],
    },
  },
  // domestic violence
  {
    id: 'reg-zh-henan-haizi-ta-die-da',
    lang: 'zh-CN',
    title: 'Henan: 孩儿他爹 beating her now, texting from the toilet',
    channel: 'sms',
    opening: ['孩儿他爹喝多了又在揍俺', '俺躲厕所了 不敢打电话', '郑州 二七区 大学路 幸福小区3号楼'],
    answers: {
      safety: '门锁了 他在外面踹门',
      weapons: '他手里拎着擀面杖',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-au-partner-going-off',
    lang: 'en',
    title: 'AU: the partner "going off", smashing the place up, reporter hiding with the kids',
    channel: 'sms',
    opening: [
      'my partner is going off his head smashing the unit up',
      'me and the kids are locked in the bedroom',
      'unit 4 17 Beach Rd Bondi',
    ],
    answers: {
      injuries: 'he pushed me into the wall my arm hurts',
      weapons: 'dunno he had a bat before',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-cantonese-lougung-dashou',
    lang: 'zh-CN',
    title: 'Cantonese: 老公又郁手打我 (he hit again, now in the flat)',
    channel: 'sms',
    opening: ['我老公又郁手打我', '佢而家仲喺屋企', '天河区 棠下 二社 12号 402'],
    answers: {
      injuries: '面肿咗 手流血',
      safety: '我喺房锁住门',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // sexual assault
  {
    id: 'reg-zh-taiwan-beixingqin',
    lang: 'zh-CN',
    title: 'Taiwan wording: 被性侵 at a KTV just now, friend still there',
    channel: 'web',
    opening: ['我朋友剛剛在KTV包廂被性侵了', '那個男的還在包廂裡', '錢櫃 台北 林森店 305包廂'],
    answers: {
      callback: '0912345678',
      suspects: '三十幾歲 戴眼鏡 穿白襯衫',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-uk-touched-up-bus',
    lang: 'en',
    title: 'UK: a man touching her up on the night bus, still sat next to her',
    channel: 'sms',
    opening: [
      'theres a man on the N29 bus keeps touching me up',
      'hes still sat next to me',
      'just past wood green station',
    ],
    answers: {
      suspects: 'older white guy, black puffer, smells of booze',
    },
    expect: {
      category: 'sexual_assault',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location'],
    },
  },
  // kidnapping
  {
    id: 'reg-zh-dongbei-gei-kou-le',
    lang: 'zh-CN',
    title: 'Northeastern: 我哥让人扣下了, they want money for his release',
    channel: 'sms',
    opening: ['我哥让人给扣下了', '那帮人打电话让拿五万块钱去赎人', '不给就剁他手指头'],
    answers: {
      location: '说是在沈阳于洪区 一个废品收购站里',
      suspects: '打电话那人东北口音 说有四五个人',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what'],
    },
  },
  {
    id: 'reg-en-us-snatched-into-van',
    lang: 'en',
    title: 'US: "snatched" a girl into a van, plate given',
    channel: 'sms',
    opening: [
      'yo 2 dudes just snatched a girl off the sidewalk and threw her in a white van',
      'on 5th and Main by the Walgreens',
      'plate started 7KX',
    ],
    answers: {
      in_progress: 'they drove off north like 1 min ago',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'vehicles'],
    },
  },
  {
    id: 'reg-zh-gang-locks-brother-beats',
    lang: 'zh-CN',
    title: "A gang holds the reporter's brother in a room and beats him (a relative as the victim, not the actor)",
    channel: 'sms',
    opening: ['一伙人把我弟关在一个出租屋里打', '说他欠钱不还 不让走', '长安区 郭杜街道 东祝村 48号'],
    answers: {
      injuries: '视频里看他脸上都是血',
      suspects: '五六个人',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // robbery
  {
    id: 'reg-en-uk-jacked-moped',
    lang: 'en',
    title: 'UK: "got jacked" for his phone by two on a moped, just now',
    channel: 'sms',
    opening: [
      'just got jacked for my phone by 2 lads on a moped',
      'one had a shank',
      'outside tesco express on holloway rd',
    ],
    answers: {
      injuries: 'no im ok just shook',
      vehicles: 'black moped no plate',
    },
    expect: {
      category: 'robbery',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'weapons'],
    },
  },
  {
    id: 'reg-zh-shaanxi-bei-qiang-zhe',
    lang: 'zh-CN',
    title: 'Shaanxi: 碎怂拿刀把我手机抢咧, just now, running off',
    channel: 'sms',
    opening: ['刚有个碎怂拿刀把我手机抢咧', '往北跑咧', '西安 小寨 赛格门口'],
    answers: {
      injuries: '没受伤',
      suspects: '瘦瘦的 穿红衣服',
    },
    expect: {
      category: 'robbery',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'weapons'],
    },
  },
  // burglary
  {
    id: 'reg-en-nz-someone-in-the-bach',
    lang: 'en',
    title: 'NZ: someone inside the bach now, torch moving about',
    channel: 'sms',
    opening: [
      'theres someone inside our bach right now, can see a torch moving round',
      'we are in the car out front',
      '12 Marine Pde Paraparaumu',
    ],
    answers: {
      suspects: 'cant see, maybe 2',
    },
    expect: {
      category: 'burglary',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-shanghai-zei-gu-tou',
    lang: 'zh-CN',
    title: 'Shanghainese: 屋里厢进贼了, came back to find the door forced, thief gone',
    channel: 'sms',
    opening: ['阿拉屋里厢进贼了', '门锁撬坏了 抽屉全部翻过了', '普陀区 曹杨新村 三村 21号 302'],
    answers: {
      time: '下半天出去的 刚刚回来发现',
      loss: '金项链两根 现金三千',
      in_progress: '人早就跑了',
    },
    expect: {
      category: 'burglary',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  // theft
  {
    id: 'reg-en-au-servo-ute-nicked',
    lang: 'en',
    title: 'AU: the ute nicked from the servo while paying',
    channel: 'sms',
    opening: [
      'some mongrel just nicked my ute from the servo while i was paying',
      'shell on the pacific hwy at ourimbah',
    ],
    answers: {
      vehicles: 'white hilux rego BX 42 LM',
      suspects: 'didnt see him',
    },
    expect: {
      category: 'theft',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'time'],
    },
  },
  {
    id: 'reg-zh-pinyin-typo-qianbao-tou',
    lang: 'zh-CN',
    title: 'Homophone typos: 钱宝被头了 (钱包被偷了) on the bus, last week',
    channel: 'sms',
    opening: ['上周在公交车上钱宝被头了', '里面有身分证 想挂失报案'],
    answers: {
      location: '906路 从火车站到钟楼那段',
      loss: '身份证 两张银行卡 三百块',
    },
    expect: {
      category: 'theft',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'time'],
    },
  },
  // fraud
  {
    id: 'reg-zh-fujian-shuadan-zhuanzhang',
    lang: 'zh-CN',
    title: 'Part-time order brushing (刷单) scam, the mother is transferring money right now',
    channel: 'sms',
    opening: ['我妈在网上做什么刷单兼职', '对方一直让她转钱 说做完任务返佣金', '她现在还在转 已经转了两万了 拦不住'],
    answers: {
      location: '厦门 思明区 莲前西路 莲花五村',
    },
    expect: {
      category: 'fraud',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'loss'],
    },
  },
  {
    id: 'reg-en-indian-otp-shared',
    lang: 'en',
    title: 'Indian English: shared the OTP with a "bank" caller, amount got debited',
    channel: 'sms',
    opening: [
      'sir one person called saying he is from bank, i shared OTP, 48000 rupees got debited from my account',
      'happened yesterday evening',
    ],
    answers: {
      location: 'Koramangala 5th block Bangalore',
    },
    expect: {
      category: 'fraud',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'loss', 'time'],
    },
  },
  // traffic
  {
    id: 'reg-zh-sichuan-zhuang-ren-pao',
    lang: 'zh-CN',
    title: 'Sichuan: 撞了人就跑了 (hit-and-run), a man lying there not moving',
    channel: 'sms',
    opening: ['有个车子把人撞了就跑了', '那个人睡在地上不动了', '重庆 南岸区 南坪 万达广场外面 转盘那'],
    answers: {
      vehicles: '黑色的越野车 没看清车牌',
    },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-uk-prang-nobody-hurt',
    lang: 'en',
    title: 'UK: a minor prang in a car park, nobody hurt, the other driver is refusing details',
    channel: 'sms',
    opening: ['had a little prang in the asda car park, nobody hurt', 'other driver wont give me his details'],
    answers: {
      location: 'asda superstore car park, Pudsey',
      vehicles: 'silver corsa YH15 ABC',
    },
    expect: {
      category: 'traffic',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'injuries'],
    },
  },
  // missing person
  {
    id: 'reg-en-husband-note-took-gun',
    lang: 'en',
    title:
      'Husband left a goodbye note and took his rifle, whereabouts unknown: a missing person whose life is at risk (INCIDENT.md: suicidal), P1',
    channel: 'sms',
    opening: ['my husband left a note saying goodbye and took his hunting rifle', 'truck is gone too, he wont pick up'],
    answers: {
      location: 'we live 4410 County Rd 12, he might go to the lake',
      safety: 'i dont know where he is',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'weapons'],
    },
  },
  {
    id: 'reg-zh-henan-wawa-zhaobuzhao',
    lang: 'zh-CN',
    title: 'Henan: 俺孩儿找不着了, six years old, at a temple fair',
    channel: 'sms',
    opening: ['俺孩儿找不着了', '六岁 男孩 在庙会上一转眼就没影了', '开封 大相国寺 门口'],
    answers: {
      person: '穿蓝色羽绒服 戴个红帽子',
      last_seen: '十来分钟前 在卖糖葫芦那',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'person'],
    },
  },
  {
    id: 'reg-en-nz-nan-wandered-off',
    lang: 'en',
    title: 'NZ: nan with dementia wandered off, cold night, hours gone',
    channel: 'sms',
    opening: [
      'my nan has wandered off, she has dementia',
      'been gone 3 hours and its freezing out',
      'from 8 Kowhai St Dunedin',
    ],
    answers: {
      person: '84, little, pink dressing gown',
      last_seen: 'at home around 7pm',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'person'],
    },
  },
  // self-harm
  {
    id: 'reg-zh-euphemism-bu-xiang-huo',
    lang: 'zh-CN',
    title: 'Euphemism: 不想活了, 买了炭 (charcoal), roommate texting',
    channel: 'sms',
    opening: ['我室友说不想活了', '她买了好几包炭 关在屋里不开门', '杭州 下沙 学源街 幸福公寓 A座 1203'],
    answers: {
      safety: '敲门没反应',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-us-unalive',
    lang: 'en',
    title: 'US: a friend posted about wanting to "unalive" himself tonight, on the bridge',
    channel: 'sms',
    opening: [
      'my friend posted on his story hes gonna unalive himself tonight',
      'pic is from the 4th st bridge over the river',
    ],
    answers: {
      safety: 'he isnt answering',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // threat
  {
    id: 'reg-en-irish-ex-says-hell-do-me',
    lang: 'en',
    title: 'Irish: the ex keeps texting that he\'ll "do me in", parked outside now',
    channel: 'sms',
    opening: [
      'my ex keeps texting saying hes going to do me in',
      'his car is parked outside my gaff right now',
      '23 Ashfield Lawn Tallaght',
    ],
    answers: {
      suspects: 'declan, red golf',
      weapons: 'not that i know',
    },
    expect: {
      category: 'threat',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-online-threat-past',
    lang: 'zh-CN',
    title: 'A former colleague threatening in WeChat messages to 弄死你 for a week (no one outside now)',
    channel: 'sms',
    opening: ['以前的同事一直在微信上发消息说要弄死我', '已经一个多星期了', '我有截图'],
    answers: {
      location: '我住在武汉 洪山区 光谷 金地格林小城',
      suspects: '叫王某 知道我住哪',
    },
    expect: {
      category: 'threat',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'time'],
    },
  },
  // disorder
  {
    id: 'reg-en-aussie-bogans-hooning',
    lang: 'en',
    title: 'AU: loud party, blokes yelling in the street at 2am, no violence',
    channel: 'sms',
    opening: [
      'party next door been going since 9, now a heap of blokes yelling and carrying on in the street',
      '2am, 33 Wattle Cres Frankston',
    ],
    answers: {
      in_progress: 'yeah still going',
    },
    expect: {
      category: 'disorder',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-guangchangwu-chaojia',
    lang: 'zh-CN',
    title: 'Square dancers and residents arguing over the loudspeaker (吵架, no blows)',
    channel: 'sms',
    opening: ['小区广场跳舞的和楼上的居民吵起来了', '音响开得太大 吵了半个小时了 没动手', '南京 江宁区 百家湖花园'],
    answers: {
      in_progress: '还在吵',
    },
    expect: {
      category: 'disorder',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  // fire
  {
    id: 'reg-zh-cantonese-fo-zuk',
    lang: 'zh-CN',
    title: 'Cantonese: 对面楼火烛 (fire), black smoke',
    channel: 'sms',
    opening: ['对面楼火烛啊', '好多黑烟 有人喺窗口嗌救命', '荔湾区 多宝路 多宝坊 5座'],
    answers: {
      injuries: '唔知',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-indian-cylinder-fire',
    lang: 'en',
    title: "Indian English: a gas cylinder caught fire in the neighbour's kitchen",
    channel: 'sms',
    opening: [
      'neighbour kitchen cylinder caught fire, flames coming out the window',
      'flat 302 Sai Krupa apartments, Andheri East',
    ],
    answers: {
      injuries: 'aunty got burnt on hand',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // medical
  {
    id: 'reg-en-uk-collapsed-not-breathing',
    lang: 'en',
    title: 'UK: a fella collapsed in the chippy, not breathing properly, lips going blue',
    channel: 'sms',
    opening: [
      'bloke just collapsed in the chippy, lips going blue',
      'dont think hes breathing right',
      'Fryer Tuck, Ormskirk Rd, Wigan',
    ],
    answers: {},
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-dongbei-laotou-choule',
    lang: 'zh-CN',
    title: 'Northeastern: 老爷子抽过去了 (fit / collapsed), foaming at the mouth',
    channel: 'sms',
    opening: ['俺家老爷子突然抽过去了', '口吐白沫 叫不醒', '哈尔滨 道里区 安静街 12号 3单元 501'],
    answers: {},
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // rescue
  {
    id: 'reg-zh-sichuan-yanshui-river',
    lang: 'zh-CN',
    title: 'Sichuan: a child 落水了 in the river, being carried off',
    channel: 'sms',
    opening: ['有个娃儿掉河头了', '在水里头扑腾 被冲走了', '乐山 岷江 肖公嘴 那个码头'],
    answers: {},
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-en-us-stuck-in-elevator-smoke',
    lang: 'en',
    title: 'US: stuck in an elevator between floors, an old lady with them panicking',
    channel: 'sms',
    opening: [
      'stuck in the elevator between floors at the Marriott on Canal St',
      '5 of us, one old lady having a panic attack',
    ],
    answers: {},
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // suspicious
  {
    id: 'reg-en-singlish-uncle-loitering',
    lang: 'en',
    title: 'Singlish: an uncle keeps loitering at the playground taking photos of kids',
    channel: 'sms',
    opening: ['got one uncle keep loitering at the playground blk 405 taking photo of the kids', 'very suspicious leh'],
    answers: {
      in_progress: 'still there',
      suspects: 'grey shirt, cap',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  {
    id: 'reg-zh-kexi-ren-cai-dian',
    lang: 'zh-CN',
    title: 'Two men 踩点 (casing) a residential block for three days, writing marks by the doors',
    channel: 'sms',
    opening: ['这几天总有两个男的在我们楼里转悠 像是踩点的', '还在门边上画了记号', '济南 历下区 燕子山小区 7号楼'],
    answers: {
      time: '这三天下午都来',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  // other police
  {
    id: 'reg-en-keyed-my-car',
    lang: 'en',
    title: '"Someone keyed my car" overnight: criminal damage (other_police), not a theft',
    channel: 'sms',
    opening: ['someone keyed my car last night, scratch all down the side', 'parked outside 19 Chester Rd'],
    answers: {
      suspects: 'no idea',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'time'],
    },
  },
  {
    id: 'reg-zh-found-wallet-hand-in',
    lang: 'zh-CN',
    title: '捡到一个钱包 want to hand it in (lost property), no crime',
    channel: 'sms',
    opening: ['我在路边捡到一个钱包', '里面有身份证和银行卡 想交给警察', '在哪里交'],
    answers: {
      location: '合肥 蜀山区 长江西路 和 潜山路口',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what'],
    },
  },
  // non-police
  {
    id: 'reg-zh-dongbei-nuanqi-bu-re',
    lang: 'zh-CN',
    title: 'Northeastern: 暖气不热 (radiators cold) for days: 12345',
    channel: 'sms',
    opening: ['俺们小区暖气一直不热', '找物业好几回了也不管', '长春 朝阳区 西安大路 某小区'],
    answers: {
      danger: '没有',
    },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what'],
      status: 'diverted',
    },
  },
  {
    id: 'reg-en-streetlight-looks-like-12345-but-wire',
    lang: 'en',
    title: 'Looks like a council request (streetlight) but a live wire is down and sparking on the footpath',
    channel: 'sms',
    opening: [
      'streetlight pole got knocked over on Park Ave',
      'wires hanging down sparking on the footpath, kids walking past',
    ],
    answers: {},
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // Round 3, places in the first text (written with the rules, not before them): a Singapore station exit by its
  // letter, and "atm" meaning "at the moment" in a fight whose place comes only in the answer.
  {
    id: 'reg-en-singlish-mrt-exit-collapsed',
    lang: 'en',
    title: 'Singlish: an auntie collapsed at an MRT exit by its letter, not breathing',
    channel: 'sms',
    opening: ['auntie faint at tampines mrt exit c cannot wake up', 'like not breathing leh pls hurry'],
    answers: {},
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location'],
      location: 'tampines mrt exit c',
    },
  },
  {
    id: 'reg-en-uk-kicking-off-atm',
    lang: 'en',
    title: 'UK txt: a fight "atm" (at the moment); the place only in the answer',
    channel: 'sms',
    opening: ['2 lads kicking the head in of some fella atm hes not moving'],
    answers: {
      location: 'outside the spar on bridge st',
      in_progress: 'yeah still going',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what'],
      location: 'bridge st',
    },
  },
];
