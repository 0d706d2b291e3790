import type { Conversation } from '../types.js';
/** Probes written blind in session 13 (from INCIDENT.md / PRODUCT.md only): openings that give several elements at once. */
export const probesS13: Conversation[] = [
  // ───────────────────────────── violence ─────────────────────────────
  {
    id: 'probes-s13-zh-harbin-bottle-fight-head-open',
    lang: 'zh-CN',
    title: 'Northeastern: two drunk men fighting, one holds a bottle, the other has a split head, still scuffling',
    channel: 'sms',
    opening: [
      '哈尔滨中央大街马迭尔宾馆对过儿 俩虎了吧唧的老爷们儿干起来了',
      '一个拎着酒瓶子 另一个脑瓜子开瓢了 血哗哗的',
      '还在那撕吧呢',
    ],
    answers: {
      suspects: '拿瓶子那个秃头 穿黑羽绒服',
      safety: '我在边上看着呢 没事儿',
      relation: '路过的',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'injuries', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-chengdu-ifs-stabbed-ran-taikoo',
    lang: 'zh-CN',
    title:
      'Sichuan: stabbing under the IFS panda, attacker in a white T-shirt ran toward Taikoo Li, victim cannot get up',
    channel: 'sms',
    opening: [
      '春熙路IFS那个熊猫屁股下头 有个崽儿拿刀子把人捅了',
      '捅了就往太古里那边跑了 穿个白T恤',
      '被捅那个倒在地上 起不来',
    ],
    answers: {
      safety: '我没得事',
      suspects: '瘦高 平头 二十几岁',
      vehicles: '没看到车 跑起走的',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'suspects', 'injuries', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-xian-saige-kids-fight-dispersed',
    lang: 'zh-CN',
    title: 'Shaanxi: two groups of teenagers fought with fists, one nosebleed, everyone has scattered',
    channel: 'sms',
    opening: ['刚在小寨赛格门口 两伙娃打捶 一个娃鼻子打出血了', '人都跑光了 没拿家伙 就是拳头'],
    answers: {
      suspects: '七八个学生娃 往地铁口跑咧',
      time: '就五分钟前',
      danger: '没有咧 人都散了',
      safety: '我没事',
    },
    expect: {
      category: 'violence',
      minPriority: 'P2',
      route: ['110', '110+120'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'injuries', 'weapons', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-uk-spoons-lad-not-moving',
    lang: 'en',
    title: 'UK: lads still kicking a man lying motionless outside a pub, about four, no weapons seen',
    channel: 'sms',
    opening: [
      'fight outside the Wetherspoons on Station Road Croydon, one lads on the floor not moving and the other lot are still kicking him',
      'about 4 of them no weapons i can see',
    ],
    answers: {
      safety: 'im across the road im fine',
      suspects: '4 lads in trackies one in a red north face',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'injuries', 'weapons'],
    },
  },
  {
    id: 'probes-s13-en-ng-fadeyi-cutlass-okada',
    lang: 'en',
    title: 'Nigerian English: area boys beating a motorcycle-taxi rider with a cutlass at a bus stop, head bleeding',
    channel: 'sms',
    opening: [
      'Please come quick, area boys are beating one okada man with cutlass at Ikorodu road by Fadeyi bus stop',
      'the man is bleeding from his head, they are still there shouting',
    ],
    answers: {
      suspects: 'they are up to six, wearing singlet',
      safety: 'I am inside one shop, I am ok',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'injuries', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-au-glassed-mate-done-a-runner',
    lang: 'en',
    title: 'Australian: mate glassed at a hotel bar, heavy bleeding, attacker ran off described',
    channel: 'sms',
    opening: [
      'some bloke just glassed my mate at the Crown Hotel on Lonsdale St, hes holding a towel on his face theres blood everywhere',
      'the guys done a runner towards Swanston St, blue singlet, big tatts',
    ],
    answers: {
      safety: 'yeah im ok',
      vehicles: 'nah he was on foot',
    },
    expect: {
      category: 'violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'injuries', 'suspects', 'in_progress', 'relation'],
    },
  },

  // ───────────────────────────── domestic_violence ─────────────────────────────
  {
    id: 'probes-s13-zh-wuhan-husband-kicking-toilet-door',
    lang: 'zh-CN',
    title:
      'Wuhan words: "我屋里那个" (husband) drunk, choked her, she is locked in the toilet while he kicks the door, no calls',
    channel: 'sms',
    opening: [
      '我屋里那个又喝醉了 在屋里砸东西 刚才掐我颈子',
      '我躲在厕所反锁了 他还在外头踹门',
      '莫打电话 万松园路万松小区7栋2单元502',
    ],
    answers: {
      injuries: '颈子疼 冇出血',
      weapons: '不晓得',
      suspects: '就他一个',
      safety: '不安全',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'in_progress', 'safety', 'suspects'],
    },
  },
  {
    id: 'probes-s13-zh-yue-dad-cleaver-mum-head',
    lang: 'zh-CN',
    title: 'Cantonese, traditional: father holding a cleaver after hitting mother (head wound), children hiding silent',
    channel: 'sms',
    opening: [
      '我老豆又打我阿媽 佢而家拎住菜刀喺廳度 阿媽頭破咗',
      '我同細佬匿喺房入面 唔敢出聲',
      '地址 深圳布吉 信義假日名城3期 6座1801',
    ],
    answers: {
      suspects: '得佢一個',
      danger: '有',
      safety: '唔安全',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'weapons', 'injuries', 'in_progress', 'safety', 'suspects'],
    },
  },
  {
    id: 'probes-s13-zh-henan-husband-left-on-ebike',
    lang: 'zh-CN',
    title: 'Henan, web: "俺男人" beat her, swollen eye, he rode off on an e-bike, she is still at home',
    channel: 'web',
    opening: ['俺男人刚才把俺打了一顿 眼都打肿了', '他骑电车跑了 俺还搁家 郑州金水区丰产路农科路口那个老家属院3号楼'],
    answers: {
      callback: '15538192277',
      safety: '他走了 俺能接电话',
      weapons: '没拿东西 就是手',
      time: '半个钟头前',
      suspects: '就他一个 骑个绿电车',
    },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P2',
      route: ['110', '110+120'],
      earlyDispatch: 'either',
      given: ['what', 'injuries', 'suspects', 'in_progress', 'location'],
    },
  },
  {
    id: 'probes-s13-zh-changsha-neighbour-son-beating-mother',
    lang: 'zh-CN',
    title: 'Hunan words: neighbour hears the adult son beating his old mother, she is calling for help now',
    channel: 'sms',
    opening: [
      '隔壁那个伢子又在打他娘 老人家哭得好造孽',
      '我在门口听得到她在喊救命 还在打',
      '长沙 雨花区 砂子塘 天华小区 12栋 3楼',
    ],
    answers: {
      injuries: '看不到 只听到她哭',
      weapons: '不晓得',
      safety: '我冇事 可以接电话',
      relation: '邻居',
      suspects: '就他一个 三十多岁',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-us-bf-back-bathroom-fan',
    lang: 'en',
    title: 'US txt-speak: boyfriend back and hitting her, she texts from the bathroom with the fan on, do not call',
    channel: 'sms',
    opening: [
      'pls dont call. my bf is back and hes been hitting me',
      'im in the bathroom w the fan on. 2214 Maple Ridge Dr apt 3B',
      'he doesnt know im texting',
    ],
    answers: {
      injuries: 'yes lip',
      weapons: 'n',
      suspects: 'just him',
      safety: 'no',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'safety', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-in-sister-in-law-beaten-since-morning',
    lang: 'en',
    title: 'Indian English: husband and mother-in-law beating her since morning, still now, heard from the family flat',
    channel: 'sms',
    opening: [
      'Sir my sister in law is being beaten by her husband and his mother since morning, now also they are beating, we can hear from our flat',
      'Flat 404 B wing Shanti Niketan society, Kandivali East near Thakur College',
      'she is crying very badly and asking for help',
    ],
    answers: {
      injuries: 'we dont know sir, last time her lip was bleeding',
      weapons: 'not sure sir',
      safety: 'we are safe in our flat',
    },
    expect: {
      category: 'domestic_violence',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'suspects', 'relation'],
    },
  },
  {
    id: 'probes-s13-en-ie-ex-fist-through-door-drove-off',
    lang: 'en',
    title:
      "Irish: ex pulled her hair and punched the door, drove off ten minutes ago, she is at the neighbour's, grand",
    channel: 'sms',
    opening: [
      'My ex came round again and put his fist through the door and pulled me by the hair, he drove off in a silver Golf about ten mins ago',
      "I'm in my neighbours house now, 14 Oakfield Park Clondalkin, I'm grand just shook",
      'no he didnt have anything on him',
    ],
    answers: {
      vehicles: '161-D-4472 I think, heading for the N7',
      suspects: 'Darren, hes 6 foot, grey hoodie',
    },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'suspects', 'time', 'in_progress', 'safety', 'weapons', 'injuries'],
    },
  },

  // ───────────────────────────── sexual_assault ─────────────────────────────
  {
    id: 'probes-s13-zh-wuhan-metro-line2-groper-behind',
    lang: 'zh-CN',
    title: 'Groped on metro line 2, the man (grey hoodie, glasses, ~40) is still behind her, train nearing Xunlimen',
    channel: 'sms',
    opening: [
      '地铁2号线 从江汉路站上来一个男的一直蹭我 还摸我屁股',
      '他现在还在我后面 我不敢动',
      '车快到循礼门了 他穿灰色卫衣戴眼镜 四十来岁',
    ],
    answers: {
      injuries: '没受伤',
      safety: '不能说话',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'suspects', 'safety'],
    },
  },
  {
    id: 'probes-s13-zh-trad-boss-hotel-last-friday',
    lang: 'zh-CN',
    title:
      'Traditional characters: assaulted by her manager at a hotel after the year-end dinner last Friday, now safe at home',
    channel: 'sms',
    opening: [
      '上週五晚上公司尾牙喝醉 被主管帶去體育西路那家7天酒店 醒來衣服都被脫了',
      '我現在在家 很安全 只是一直在發抖',
    ],
    answers: {
      injuries: '身上有淤青',
      suspects: '我們部門經理 姓王',
      time: '上週五晚上十一點多',
    },
    expect: {
      category: 'sexual_assault',
      minPriority: 'P2',
      route: ['110', '110+120'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'time', 'safety', 'suspects'],
    },
  },
  {
    id: 'probes-s13-en-ph-guard-stockroom-baton',
    lang: 'en',
    title:
      'Filipino English: security guard dragged an officemate into a locked stockroom, she is shouting, he has a baton',
    channel: 'sms',
    opening: [
      "Ma'am/sir pls help my officemate was dragged by the guard inside the stockroom, 3rd flr of Dela Rosa Bldg Makati Ave",
      'the door is locked we can hear her crying and shouting stop',
      'he has a baton',
    ],
    answers: {
      injuries: 'we dont know yet',
      safety: 'we are outside the door, we are ok',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'weapons', 'suspects'],
    },
  },
  {
    id: 'probes-s13-en-sg-uncle-in-room-cannot-talk',
    lang: 'en',
    title: 'Singapore English: uncle in her room again at night, she cannot talk, HDB block and unit given',
    channel: 'sms',
    opening: [
      'my uncle keep touching me at night, now he in my room again pretending sleep',
      'cannot talk, my parents not home',
      'Blk 512 Tampines St 51 #08-233',
    ],
    answers: {
      injuries: 'no',
      weapons: 'no',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'in_progress', 'suspects', 'safety'],
    },
  },

  // ───────────────────────────── kidnapping ─────────────────────────────
  {
    id: 'probes-s13-zh-nanning-pyramid-den-five-guards',
    lang: 'zh-CN',
    title: 'Held in a pyramid-scheme den, phone taken back in secret, compound named plus a petrol station opposite',
    channel: 'sms',
    opening: [
      '我被骗到传销窝了 出不去 手机偷偷拿回来的',
      '在南宁 江南区 白沙大道 那个金凯小区 几栋不晓得 窗户对面有个加油站',
      '他们有五六个人看着 不敢说话',
    ],
    answers: {
      vehicles: '不知道',
      injuries: '没受伤',
      weapons: '没看到',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'safety', 'suspects'],
    },
  },
  {
    id: 'probes-s13-zh-beijing-boy-carried-into-van',
    lang: 'zh-CN',
    title:
      "A woman carried the reporter's 4-year-old into a white Wuling van outside Cuiwei store, partial plate, direction",
    channel: 'sms',
    opening: [
      '我儿子在 翠微百货门口 被一个女的抱上一辆面包车了',
      '白色五菱宏光 车牌 京N 后面没看清 往公主坟方向开了',
      '孩子4岁 穿黄色羽绒服',
    ],
    answers: {
      suspects: '短头发 黑衣服 三十多岁',
      safety: '我没事 能接电话',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: false,
      given: ['what', 'location', 'vehicles', 'person', 'relation'],
    },
  },
  {
    id: 'probes-s13-en-au-daughter-locked-sunshine',
    lang: 'en',
    title:
      'Australian: 17-year-old texts her mum she is locked in a house by two men she met online, street and suburb given',
    channel: 'sms',
    opening: [
      'my daughter just texted me shes locked in a room in a house on Fenwick St in Sunshine, the guy she met online wont let her leave',
      'she said theres 2 men and they took her phone she is using a friends one',
      "she's 17, he drove her there in a black commodore",
    ],
    answers: {
      safety: "I'm fine but she cant call, only text",
      vehicles: 'black commodore, didnt get the rego',
      suspects: 'one is Jayden, early 20s, thats all i know',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'suspects', 'in_progress', 'relation'],
    },
  },
  {
    id: 'probes-s13-en-ng-trade-fair-warehouse-debt',
    lang: 'en',
    title: 'Nigerian English: locked in a warehouse over a debt, three guards one with a gun, do not call',
    channel: 'sms',
    opening: [
      'They have locked me inside a warehouse at Trade Fair complex Ojo, Balogun block, because of money I owe my oga',
      'They are 3, one has gun. Dont call me o, they will hear',
    ],
    answers: {
      vehicles: 'blue Sienna, I dont know number',
      injuries: 'they slapped me, no blood',
    },
    expect: {
      category: 'kidnapping',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'suspects', 'weapons', 'safety', 'in_progress'],
    },
  },

  // ───────────────────────────── robbery ─────────────────────────────
  {
    id: 'probes-s13-zh-chongqing-moto-bag-knife-cut',
    lang: 'zh-CN',
    title:
      'Chongqing: two on a red motorbike snatched her bag, pillion waved a knife and cut her hand, fled toward Jiaochangkou',
    channel: 'sms',
    opening: [
      '刚在解放碑 八一好吃街口 两个骑摩托的把我包抢了',
      '后座那个拿了把刀比划 我手被刀划了一下 流了点血',
      '往较场口方向跑了 车牌没看清 红色摩托',
    ],
    answers: {
      safety: '我在街口 没得事',
      loss: '包里有手机 身份证 几百块钱',
    },
    expect: {
      category: 'robbery',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'injuries', 'suspects', 'vehicles', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-dongguan-gun-convenience-store',
    lang: 'zh-CN',
    title: 'Gun robbery at a convenience store, two helmeted men still inside, reporter crouched behind a shelf',
    channel: 'sms',
    opening: ['东莞 长安镇 乌沙 美宜佳便利店 有人拿枪抢收银台', '我在货架后面蹲着 有两个人 都戴头盔', '还没走'],
    answers: {
      injuries: '没人受伤',
      vehicles: '门口停了辆电动车',
      safety: '不能说话',
    },
    expect: {
      category: 'robbery',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'weapons', 'suspects', 'in_progress', 'safety'],
    },
  },
  {
    id: 'probes-s13-zh-changsha-phone-snatch-typo',
    lang: 'zh-CN',
    title:
      'Typo 强 for 抢: phone snatched at a metro exit, thief ran toward the pedestrian street, nobody hurt, no knife',
    channel: 'sms',
    opening: [
      '我手机被强了 在五一广场地铁站3号出口',
      '一个小年轻抢了就跑 往黄兴路步行街跑了 没受伤 他没拿刀',
      '穿黑色冲锋衣 我现在用朋友手机发的',
    ],
    answers: {
      vehicles: '没有车 跑着走的',
      time: '两分钟前',
      loss: '苹果13 黑色',
    },
    expect: {
      category: 'robbery',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'suspects', 'injuries', 'weapons', 'in_progress', 'loss'],
    },
  },
  {
    id: 'probes-s13-en-us-carjack-shell-crenshaw',
    lang: 'en',
    title:
      'US: carjacked at gunpoint at a gas station, two men, plate and heading given, reporter unhurt inside the store',
    channel: 'sms',
    opening: [
      'just got carjacked at gunpoint at the Shell on MLK and Crenshaw, 2 guys, took my black 2019 Camry plate 8KZT221',
      'they went north on Crenshaw, im ok not hurt, standing inside the gas station',
    ],
    answers: {
      suspects: 'both black hoodies, one had dreads',
    },
    expect: {
      category: 'robbery',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'suspects', 'vehicles', 'injuries', 'in_progress', 'safety', 'loss'],
    },
  },
  {
    id: 'probes-s13-en-uk-moped-phone-dalston',
    lang: 'en',
    title: 'UK: two lads on a plateless moped snatched a phone from the hand, went toward Shoreditch, reporter fine',
    channel: 'sms',
    opening: [
      'two lads on a moped just nicked my phone out my hand on Kingsland Road by the Dalston Junction station',
      'went off towards Shoreditch, no plates on the moped, im fine',
    ],
    answers: {
      weapons: 'didnt see any',
      suspects: 'black helmets, dark clothes',
    },
    expect: {
      category: 'robbery',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'suspects', 'vehicles', 'loss', 'injuries', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-sg-money-changer-knives',
    lang: 'en',
    title: 'Singapore English: three men with knives robbing a money changer now, the auntie bleeding, smashing glass',
    channel: 'sms',
    opening: [
      'got 3 guys with knife rob the money changer at Peninsula Plaza level 1 now',
      'the auntie bleeding at the hand, they still inside smashing the glass',
    ],
    answers: {
      vehicles: 'dunno',
      safety: 'i at the kopitiam opposite, safe',
    },
    expect: {
      category: 'robbery',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'suspects', 'injuries', 'in_progress'],
    },
  },

  // ───────────────────────────── burglary ─────────────────────────────
  {
    id: 'probes-s13-zh-shenyang-pry-door-wardrobe',
    lang: 'zh-CN',
    title: 'Alone at home, door being prised, now hiding in the wardrobe hearing two people go through drawers',
    channel: 'sms',
    opening: [
      '有人在撬我家门 我一个人在家',
      '我躲衣柜里了 听到他们在翻抽屉 好像两个人',
      '沈阳 皇姑区 黄河北大街 万科城 3期 15号楼 1单元 802',
    ],
    answers: {
      weapons: '不知道',
      injuries: '没有',
    },
    expect: {
      category: 'burglary',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'in_progress', 'suspects', 'safety'],
    },
  },
  {
    id: 'probes-s13-zh-jinan-window-pried-gold-gone',
    lang: 'zh-CN',
    title: 'Came home from work to a prised window, gold jewellery and 2000 cash gone, thief long gone',
    channel: 'sms',
    opening: [
      '下班回来发现窗户被撬了 屋里翻得乱七八糟',
      '金首饰和抽屉里两千块现金没了 人早走了',
      '地址 济南 历下区 山大路 山大北村 4号楼',
    ],
    answers: {
      time: '白天 我早上8点走的 6点回来',
      suspects: '没看见人',
      safety: '安全',
      danger: '没有',
    },
    expect: {
      category: 'burglary',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      covert: false,
      given: ['what', 'location', 'loss', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-wenzhou-shop-cctv-till',
    lang: 'zh-CN',
    title: 'Owner watches on the phone camera: one masked man prising the till in her shoe shop, she is at home',
    channel: 'sms',
    opening: [
      '我手机上看监控 店里进人了 正在撬收银台',
      '店在 温州 鹿城区 五马街 87号 鞋店',
      '我人在家 不在店里 那人戴口罩一个人',
    ],
    answers: {
      weapons: '手里拿着撬棍',
      vehicles: '门口有辆三轮',
    },
    expect: {
      category: 'burglary',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: false,
      given: ['what', 'location', 'in_progress', 'suspects', 'safety'],
    },
  },
  {
    id: 'probes-s13-en-us-closet-two-kids-downstairs',
    lang: 'en',
    title: 'US: someone downstairs going through things, reporter in an upstairs closet with two kids, cannot talk',
    channel: 'sms',
    opening: [
      'someone is in my house i can hear them downstairs going thru stuff',
      'im upstairs in the closet w my 2 kids. 618 Birchwood Ln',
      'cant talk',
    ],
    answers: {
      suspects: 'sounds like 2',
      weapons: 'idk',
      injuries: 'no',
    },
    expect: {
      category: 'burglary',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what', 'location', 'in_progress', 'safety'],
    },
  },
  {
    id: 'probes-s13-en-uk-back-door-jemmied-holiday',
    lang: 'en',
    title: 'UK: back in from holiday to a jemmied back door, telly and laptop gone, nobody in the house',
    channel: 'sms',
    opening: [
      'come home from holiday and the back door at 27 Larkspur Close Basingstoke has been jemmied',
      'telly and my daughters laptop gone, whoever it was is long gone, no one in the house',
    ],
    answers: {
      time: 'we been away since saturday',
      suspects: 'no idea',
      safety: 'yeah fine',
      danger: 'no',
    },
    expect: {
      category: 'burglary',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      covert: false,
      given: ['what', 'location', 'loss', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-au-torch-in-neighbours-shed',
    lang: 'en',
    title: 'Australian: torchlight moving in the shed of away neighbours, a ute with no lights out front',
    channel: 'sms',
    opening: [
      'theres someone in me neighbours shed at 9 Wattle Crt Dubbo, theyre away, i can see torch light moving',
      'been there 5 mins, ute parked out the front with no lights, white hilux',
    ],
    answers: {
      suspects: 'cant see how many',
      safety: 'im at my kitchen window im fine',
      vehicles: 'white hilux no rego seen',
    },
    expect: {
      category: 'burglary',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },

  // ───────────────────────────── theft ─────────────────────────────
  {
    id: 'probes-s13-zh-chengdu-ebike-stolen-overnight',
    lang: 'zh-CN',
    title: 'E-bike parked downstairs stolen overnight, brand, colour and value given, gatekeeper saw it on CCTV at 2am',
    channel: 'sms',
    opening: [
      '昨天晚上停在楼下的电动车被偷了',
      '成都 武侯区 玉林小区 玉林北路 12号院 车是绿源的 白色 值三千多',
      '门卫说监控拍到一个男的 凌晨两点推走的',
    ],
    answers: {
      suspects: '监控里戴帽子看不清',
      danger: '没有',
    },
    expect: {
      category: 'theft',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'time', 'loss'],
    },
  },
  {
    id: 'probes-s13-zh-xian-bus-pickpocket-red-coat',
    lang: 'zh-CN',
    title:
      'Wallet picked on a bus five minutes ago, contents listed, suspects the woman in red who got off at the station too',
    channel: 'sms',
    opening: [
      '刚在 302路公交 上钱包被扒了 我在 西安火车站 站下的车',
      '里面有身份证 银行卡 八百块钱 就五分钟前',
      '好像是挨着我站的那个穿红衣服的女的 她也在火车站下的',
    ],
    answers: {
      safety: '我没事',
      in_progress: '她走了 不知道去哪了',
    },
    expect: {
      category: 'theft',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'loss', 'time', 'suspects'],
    },
  },
  {
    id: 'probes-s13-en-in-whitefield-car-glass-laptop',
    lang: 'en',
    title:
      'Indian English, web: car window broken in a mall basement, laptop bag with passport taken between 2 and 4 pm',
    channel: 'web',
    opening: [
      'My car glass was broken and laptop bag stolen from back seat while I was in Phoenix Marketcity Whitefield parking, basement 2',
      'Dell laptop and passport inside, this happened between 2 and 4 pm',
    ],
    answers: {
      callback: '+91 98450 12345',
      suspects: 'no idea, maybe CCTV is there',
      in_progress: 'no',
      danger: 'no',
    },
    expect: {
      category: 'theft',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'loss', 'time'],
    },
  },
  {
    id: 'probes-s13-en-us-starbucks-jansport-green-hoodie',
    lang: 'en',
    title:
      'US txt-speak: backpack with laptop taken off a chair two minutes ago, man in green hoodie headed to the metro',
    channel: 'sms',
    opening: [
      'sum1 jus took my bag off the chair at Starbucks Union Station like 2 min ago black jansport w my laptop',
      'guy in a green hoodie walked out toward the metro',
    ],
    answers: {
      injuries: 'no',
      weapons: 'no',
    },
    expect: {
      category: 'theft',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'time', 'loss', 'suspects'],
    },
  },

  // ───────────────────────────── fraud ─────────────────────────────
  {
    id: 'probes-s13-zh-kunming-atm-safe-account',
    lang: 'zh-CN',
    title: 'Web: at a bank ATM, "police" on the line asking for more transfers to a safe account, 20,000 already sent',
    channel: 'web',
    opening: [
      '我在 昆明 工行 北京路支行 ATM这 有个公安说我洗钱 让我把钱转到安全账户',
      '已经转了两万 他还在电话里让我继续转 我现在还要转吗',
    ],
    answers: {
      callback: '13987654321',
      time: '今天下午三点开始的',
    },
    expect: {
      category: 'fraud',
      priority: 'P2',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'loss', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-dalian-concert-ticket-blocked',
    lang: 'zh-CN',
    title: 'Northeastern: "让人给糊弄了" buying concert tickets last week, 1800 sent, blocked',
    channel: 'sms',
    opening: [
      '上礼拜在网上买演唱会门票 让人给糊弄了 转了1800 人家把我拉黑了',
      '我在大连 沙河口区 西安路 福佳新天地旁边住',
    ],
    answers: {
      suspects: '就一个微信号 叫票务小王',
      danger: '没有',
    },
    expect: {
      category: 'fraud',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'loss', 'time', 'location'],
    },
  },
  {
    id: 'probes-s13-en-uk-mum-on-phone-fake-bank',
    lang: 'en',
    title: 'UK: mother on the phone right now with a fake bank, £4000 already sent, reporter at work cannot reach her',
    channel: 'sms',
    opening: [
      "my mum is on the phone right now with someone saying theyre from her bank and she needs to move her savings, she's already sent £4000",
      'shes at home 12 Holly Road Wolverhampton WV3, im at work texting you, i cant reach her',
    ],
    answers: {
      time: 'started about an hour ago',
    },
    expect: {
      category: 'fraud',
      priority: 'P2',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'loss', 'in_progress', 'relation'],
    },
  },
  {
    id: 'probes-s13-en-us-grandson-jail-gift-cards',
    lang: 'en',
    title: 'US, web: $600 in gift cards sent on Tuesday to a fake jailed grandson',
    channel: 'web',
    opening: [
      'bought $600 in apple gift cards for someone pretending to be my grandson in jail, this was tuesday',
      'im at home 47 Cherry Hill Rd Parsippany NJ',
    ],
    answers: {
      callback: '973-555-0148',
      danger: 'no',
    },
    expect: {
      category: 'fraud',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'loss', 'time', 'location'],
    },
  },

  // ───────────────────────────── traffic ─────────────────────────────
  {
    id: 'probes-s13-zh-jinggangao-km1980-driver-pinned',
    lang: 'zh-CN',
    title: 'Expressway km marker: rear-end collision, a driver pinned in the cab, face covered in blood',
    channel: 'sms',
    opening: [
      '京港澳高速 往广州方向 1980公里 附近 两台车追尾了',
      '有个司机卡在驾驶室出不来 满脸是血',
      '后面车排老长了',
    ],
    answers: {
      vehicles: '一个白色大货车 一个黑色小轿车',
      safety: '我在护栏外面',
    },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'probes-s13-zh-xian-hit-run-black-suv',
    lang: 'zh-CN',
    title: 'Shaanxi: e-bike rider hit and lying motionless, black SUV fled west, partial plate',
    channel: 'sms',
    opening: [
      '西安 南二环 含光路口 有个电动车让车撞咧 人睡在地上不动弹',
      '撞人那个黑色SUV直接跑咧 往西走咧 车牌陕A后面是个8 没看全',
    ],
    answers: {
      safety: '我没事',
      suspects: '没看清司机',
    },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'vehicles'],
    },
  },
  {
    id: 'probes-s13-zh-hangzhou-scrape-no-injuries',
    lang: 'zh-CN',
    title:
      'Minor scrape at an electronics market gate, nobody hurt, other driver refuses to settle, both plates/cars given',
    channel: 'sms',
    opening: [
      '小区门口刮蹭了 对方不给私了 都没伤着人',
      '杭州 西湖区 文三路 电子市场门口 我车浙A 3K7L9 他的是辆白色宝马',
    ],
    answers: {
      danger: '没有 就是吵',
      suspects: '对方司机还在这',
      time: '十分钟前',
    },
    expect: {
      category: 'traffic',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'injuries', 'vehicles'],
    },
  },
  {
    id: 'probes-s13-en-ie-n59-car-on-roof',
    lang: 'en',
    title:
      'Irish: car on its roof in a ditch on the N59 past Oughterard, woman cannot feel her legs, reporter with her',
    channel: 'sms',
    opening: [
      'car gone into the ditch on the N59 about 2km past Oughterard heading for Clifden, its on its roof',
      'theres a woman inside talking but she says she cant feel her legs, im with her now',
    ],
    answers: {
      vehicles: 'blue Yaris, only the one car',
      safety: 'im grand, can take a call',
    },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-ph-jeepney-lola-aurora',
    lang: 'en',
    title: 'Filipino English: jeepney hit an old woman at a junction and did not stop, plate and direction given',
    channel: 'sms',
    opening: [
      'Sir a jeepney hit a lola crossing at Aurora Blvd cor. Gilmore, she is lying on the road not moving',
      'the jeep did not stop, plate TXR 482 going to Cubao',
    ],
    answers: {
      safety: 'yes I am ok',
      suspects: 'the driver I did not see',
    },
    expect: {
      category: 'traffic',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'vehicles'],
    },
  },

  // ───────────────────────────── missing_person ─────────────────────────────
  {
    id: 'probes-s13-zh-zhengzhou-boy7-not-home-dark',
    lang: 'zh-CN',
    title: '7-year-old not home from school, uniform and schoolbag, last seen at the school gate at 4:30, now dark',
    channel: 'sms',
    opening: [
      '我家孩子放学没回来 7岁 男孩 穿蓝白校服 背个奥特曼书包',
      '下午4点半在 郑州 二七区 大学路小学 门口还有人看到他',
      '现在天都黑了 电话手表打不通',
    ],
    answers: {
      safety: '我在学校门口找',
      name: '姓刘',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'person', 'last_seen', 'location', 'relation'],
    },
  },
  {
    id: 'probes-s13-zh-wuhan-grandpa-dementia-zhongnan',
    lang: 'zh-CN',
    title: 'Wuhan words: 82-year-old with dementia lost outside a hospital at 5pm, clothes described, no phone',
    channel: 'sms',
    opening: [
      '我屋里老爷子走丢了 82岁 有老年痴呆 穿个灰色棉袄 戴个黑帽子',
      '下午5点多在 武昌 中南医院 门口 一转背就冇看到了',
      '他身上冇带手机',
    ],
    answers: {
      safety: '我冇事',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'person', 'last_seen', 'location'],
    },
  },
  {
    id: 'probes-s13-zh-lanzhou-roommate-two-days-web',
    lang: 'zh-CN',
    title: 'Web: 22-year-old roommate gone two days, phone off, last seen at the university library, nothing unusual',
    channel: 'web',
    opening: [
      '我室友两天没回宿舍了 微信不回 电话关机',
      '她叫张雨 22岁 上次见是周三早上在 兰州大学 城关校区 图书馆',
      '她最近没什么异常 也没说去哪',
    ],
    answers: {
      callback: '18919001234',
      safety: '我没事',
      danger: '不知道',
    },
    expect: {
      category: 'missing_person',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'person', 'last_seen', 'location'],
    },
  },
  {
    id: 'probes-s13-en-us-brother-pills-f150',
    lang: 'en',
    title:
      'US: brother left an hour ago saying he was done, took pills, description and truck given, may go to the reservoir',
    channel: 'sms',
    opening: [
      'my brother left the house an hour ago saying he was done with everything and took my dads pills',
      'hes 34, 6ft, wearing a grey carhartt jacket, driving a red F-150',
      'we live 1180 County Rd 12 Wapakoneta OH, we think he might go to the reservoir',
    ],
    answers: {
      vehicles: 'red F150 plate JKD 4471',
      safety: 'im fine',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'person', 'last_seen', 'location', 'vehicles', 'relation'],
    },
  },
  {
    id: 'probes-s13-en-au-westfield-boy5-bluey',
    lang: 'en',
    title: 'Australian: 5-year-old lost near the cinemas at Westfield ten minutes ago, shirt and hair described',
    channel: 'sms',
    opening: [
      'lost my son at Westfield Parramatta level 5 near the cinemas, hes 5, blue Bluey shirt, shorts, blond',
      'was like 10 mins ago, security are looking too',
    ],
    answers: {
      safety: 'im ok just panicking',
      name: 'Kate',
    },
    expect: {
      category: 'missing_person',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'person', 'last_seen', 'time', 'relation'],
    },
  },

  // ───────────────────────────── self_harm ─────────────────────────────
  {
    id: 'probes-s13-zh-changsha-friend-wrist-photo',
    lang: 'zh-CN',
    title: 'Friend posted a goodbye with a wrist-cutting photo, dorm room given, reporter is in another city',
    channel: 'sms',
    opening: [
      '我朋友刚发朋友圈说再见了 配了张割腕的照片',
      '她住 长沙 岳麓区 麓山南路 湖南师大 二里半 宿舍 7栋 415',
      '我打她电话不接 我现在在外地',
    ],
    answers: {
      injuries: '不知道 照片上有血',
      relation: '朋友',
      safety: '我安全 可以接电话',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'safety', 'relation'],
    },
  },
  {
    id: 'probes-s13-zh-nanchang-bridge-dont-call',
    lang: 'zh-CN',
    title: 'Reporter standing mid-bridge, does not want to live, asks not to be called',
    channel: 'sms',
    opening: ['我站在 南昌 八一大桥 中间 不想活了', '别给我打电话 我就想有人知道'],
    answers: {
      injuries: '没有',
      in_progress: '还在桥上',
      safety: '不安全',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'safety'],
    },
  },
  {
    id: 'probes-s13-en-uk-flatmate-paracetamol-drowsy',
    lang: 'en',
    title: 'UK: flatmate took a box of paracetamol on purpose, locked in, answering through the door but drowsy',
    channel: 'sms',
    opening: [
      'my flatmate just told me shes taken a whole box of paracetamol on purpose and locked her door',
      'Flat 2, 88 Cowley Road Oxford. shes still answering me through the door but sounds really drowsy',
    ],
    answers: {
      safety: 'im fine, i can talk',
      weapons: 'no',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-in-koramangala-pg-rope-web',
    lang: 'en',
    title: 'Indian English, web: reporter plans to end it tonight, rope ready, PG room address, declines a call',
    channel: 'web',
    opening: [
      'I want to end everything tonight. I have the rope ready',
      'Room 12, Sai Krupa PG, 3rd cross, Koramangala 5th block',
    ],
    answers: {
      callback: 'no dont call me',
      safety: 'I am alone',
      injuries: 'not yet',
    },
    expect: {
      category: 'self_harm',
      priority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },

  // ───────────────────────────── threat ─────────────────────────────
  {
    id: 'probes-s13-zh-hefei-cleaver-noodle-shop',
    lang: 'zh-CN',
    title: 'A drunk bald man with a cleaver at a noodle shop door threatening to hack the owner, has not struck yet',
    channel: 'sms',
    opening: [
      '楼下面馆有个人拿着菜刀在门口骂 说要砍老板 还没动手',
      '合肥 蜀山区 长江西路 安大老校区对面 李记牛肉面',
      '就他一个 光头 喝了酒',
    ],
    answers: {
      safety: '我在对面超市 安全',
    },
    expect: {
      category: 'threat',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'location', 'weapons', 'suspects', 'in_progress', 'injuries'],
    },
  },
  {
    id: 'probes-s13-zh-changchun-ex-white-vw-office',
    lang: 'zh-CN',
    title: 'Northeastern: ex lurks ("猫着") under her office all week with threats, sitting in a white VW right now',
    channel: 'sms',
    opening: [
      '前男友这礼拜天天在我单位楼下猫着 还给我发短信说要让我好看',
      '今天又来了 现在就在楼下那个白色大众里坐着',
      '长春 朝阳区 人民大街 3088号 金融大厦',
    ],
    answers: {
      safety: '我在楼上办公室 安全',
      weapons: '没看见',
      vehicles: '吉A 车牌后面不记得了',
    },
    expect: {
      category: 'threat',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'suspects', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-ng-enugu-neighbour-burn-shop',
    lang: 'en',
    title:
      'Nigerian English: neighbour and his boys vowed to burn the shop tonight, they left, reporter inside with wife',
    channel: 'sms',
    opening: [
      'My neighbour has been threatening to kill me over the fence issue, this morning he came with his boys and said he will burn my shop tonight',
      'Shop is at No 17 Ogui Road Enugu, I am inside with my wife now, they left',
    ],
    answers: {
      weapons: 'they had no weapon this morning',
      time: 'around 10 am',
      suspects: 'him and 4 boys',
      safety: 'we are ok for now',
    },
    expect: {
      category: 'threat',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-ca-discord-coming-weekend-web',
    lang: 'en',
    title: 'Txt-speak, web: online stranger posts pictures of her street and says he is coming; 16 and home alone',
    channel: 'web',
    opening: [
      'this guy from discord keeps saying he knows where i live and posting pics of my street, says hes coming this weekend',
      'im 16 n im home alone rn at 55 Parkview Terrace Edmonton',
    ],
    answers: {
      callback: '780-555-0199',
      suspects: 'his username is v0idwalker idk his real name',
      time: 'started last week',
      safety: 'ya im ok doors locked',
    },
    expect: {
      category: 'threat',
      minPriority: 'P2',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location'],
    },
  },

  // ───────────────────────────── disorder ─────────────────────────────
  {
    id: 'probes-s13-zh-hangzhou-drunk-neighbour-corridor',
    lang: 'zh-CN',
    title: '"隔壁那个醉鬼又来了": shouting and banging doors in the corridor, nobody hit, nothing in his hands',
    channel: 'sms',
    opening: ['隔壁那个醉鬼又来了 在走廊里大吼大叫 拍门', '杭州 拱墅区 和睦新村 22幢 3单元 没打人 也没拿东西 就是闹'],
    answers: {
      danger: '没有',
      safety: '我在屋里 没事',
    },
    expect: {
      category: 'disorder',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'in_progress', 'injuries', 'weapons'],
    },
  },
  {
    id: 'probes-s13-zh-luoyang-square-dance-basketball',
    lang: 'zh-CN',
    title: 'Square dancers and basketball players quarrelling, dozens around, no blows yet',
    channel: 'sms',
    opening: [
      '幸福广场那边 广场舞跟打篮球的吵起来了 几十号人围着骂',
      '还没动手 就是骂得厉害 在 洛阳 涧西区 上海市场 旁边',
    ],
    answers: {
      danger: '没有',
    },
    expect: {
      category: 'disorder',
      priority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'in_progress', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-ie-tallaght-cans-green',
    lang: 'en',
    title: 'Irish: lads drinking on the green behind Tesco throwing cans at houses for an hour, nobody hurt',
    channel: 'sms',
    opening: [
      'crowd of young lads drinking on the green behind Tesco in Tallaght, shouting and throwing cans at the houses',
      'been going on an hour, nobody hurt, its just the noise and the cans',
    ],
    answers: {
      danger: 'no',
      suspects: 'about 10 of them teenagers',
    },
    expect: {
      category: 'disorder',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'in_progress', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-us-upstairs-screaming-2am',
    lang: 'en',
    title: 'US: upstairs neighbours screaming at each other at 2am, only yelling and door slamming heard',
    channel: 'sms',
    opening: [
      'neighbors upstairs screaming at each other again, its 2am, apt 5C at 340 W 112th St',
      'no hitting that i can hear just yelling n slamming doors',
    ],
    answers: {
      danger: 'no i dont think so',
      injuries: 'dont think so',
    },
    expect: {
      category: 'disorder',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'in_progress'],
    },
  },

  // ───────────────────────────── fire ─────────────────────────────
  {
    id: 'probes-s13-zh-xiangtan-restaurant-fire-second-floor',
    lang: 'zh-CN',
    title: 'Hunan words: restaurant downstairs on fire, flames reaching the second floor, unknown if anyone inside',
    channel: 'sms',
    opening: [
      '楼下饭店着火了 烟好大 窜到二楼了',
      '湘潭 雨湖区 基建营 步步高 旁边 那个 刘记蒸菜',
      '还不晓得里面有没有人',
    ],
    answers: {
      injuries: '看到有个服务员跑出来了 冇看到受伤的',
      safety: '我在对面',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-jinhua-service-area-bus-fire',
    lang: 'zh-CN',
    title:
      'Coach rear on fire at an expressway service area exit, everyone off, nobody hurt, driver using extinguisher',
    channel: 'sms',
    opening: ['沪昆高速 往杭州方向 金华服务区 出口那 一辆大巴车尾巴冒火了', '人都下来了 没人受伤 司机在拿灭火器喷'],
    answers: {
      safety: '我们都在路边 安全',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-zh-yue-stairwell-battery-fire-trapped',
    lang: 'zh-CN',
    title: 'Cantonese, traditional: e-bike batteries burning in the stairwell, family with a baby trapped in the flat',
    channel: 'sms',
    opening: [
      '樓梯間啲電單車電池燒起嚟 成層樓都係煙',
      '我哋落唔到樓 困喺屋企 屋企有個BB',
      '廣州 海珠區 江南西 青年新村 12座 9樓',
    ],
    answers: {
      injuries: '未有人受傷 不過好多煙',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'safety'],
    },
  },
  {
    id: 'probes-s13-en-uk-bootle-chip-shop-flat-smoke',
    lang: 'en',
    title: 'UK: smoke pouring from the flat above a chip shop, no answer at the door, an old man may live there',
    channel: 'sms',
    opening: [
      'theres smoke pouring out of the upstairs window of the chip shop on Mill Lane in Bootle, the flat above it',
      'i banged on the door no answer, an old fella lives there i think',
    ],
    answers: {
      injuries: 'dunno if hes in there',
      safety: 'im across the street',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-au-glenorie-grass-fire-jumped-road',
    lang: 'en',
    title: 'Australian: grass fire jumped the road near the servo heading for houses, nobody hurt yet',
    channel: 'sms',
    opening: [
      'grass fire jumped the road on Old Northern Rd at Glenorie near the servo, heading for the houses on Cairnes Rd',
      'no one hurt yet, wind pushing it fast',
    ],
    answers: {
      safety: 'im in the ute, ok',
    },
    expect: {
      category: 'fire',
      priority: 'P1',
      route: '110+119',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'in_progress'],
    },
  },

  // ───────────────────────────── medical ─────────────────────────────
  {
    id: 'probes-s13-zh-shenyang-beiling-dad-collapsed',
    lang: 'zh-CN',
    title:
      'Father collapsed while walking at a park gate, cannot be woken, lips purple, someone doing chest compressions',
    channel: 'sms',
    opening: ['我爸在 沈阳 北陵公园 正门 遛弯 突然倒了 叫不醒', '嘴唇发紫 好像没气了 有人在按胸口'],
    answers: {
      safety: '我没事',
    },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'relation'],
    },
  },
  {
    id: 'probes-s13-zh-chengdu-mum-stroke-signs',
    lang: 'zh-CN',
    title: 'Sichuan: mother suddenly slurring, mouth crooked ("嘴巴歪起"), half her body will not move',
    channel: 'sms',
    opening: ['我妈说话突然就不清楚了 嘴巴歪起 半边身子动不到', '成都 金牛区 营门口路 花照壁 西二街 6号院 2栋 4楼'],
    answers: {
      time: '就十分钟前',
    },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries', 'relation'],
    },
  },
  {
    id: 'probes-s13-zh-xian-site-fall-typo-vomiting',
    lang: 'zh-CN',
    title: 'Pinyin typo 同是 for 同事: coworker fell head-first from scaffolding, vomiting, awake but confused',
    channel: 'sms',
    opening: [
      '我同是在工地从脚手架上摔下来了 头着地 一直在吐',
      '西安 高新区 丈八六路 跟 锦业二路 交叉口 中建工地',
      '人还醒着 但是说话对不上号',
    ],
    answers: {
      safety: '我没事',
    },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-us-party-roommate-breathing-weird',
    lang: 'en',
    title:
      'US: roommate took something at a party, breathing strangely and will not wake, frat house by the stadium lot',
    channel: 'sms',
    opening: [
      'my roommate took something at a party and now shes breathing really weird and wont wake up',
      'Delta Sigma house, 1420 Fraternity Row, right by the stadium lot C',
    ],
    answers: {
      safety: 'yea im fine',
    },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'probes-s13-en-sg-toa-payoh-hawker-chest',
    lang: 'en',
    title: 'Singapore English: uncle clutched his chest and fell at a hawker centre, cannot talk, sweating',
    channel: 'sms',
    opening: [
      'Uncle collapsed at Toa Payoh Lor 8 hawker centre near the drinks stall, clutching chest then fall down',
      'now he cannot talk, sweating a lot, someone fanning him',
    ],
    answers: {
      safety: 'ok',
    },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },

  // ───────────────────────────── rescue ─────────────────────────────
  {
    id: 'probes-s13-zh-chongqing-lift-stuck-toddler',
    lang: 'zh-CN',
    title: 'Lift stuck between floors 12 and 13 with a 3-year-old struggling to breathe',
    channel: 'sms',
    opening: [
      '电梯卡在 12楼 跟 13楼 中间了 里面有我跟我女儿',
      '她才三岁 有点喘不上气 一直哭',
      '重庆 渝北区 龙湖 源著 4栋',
    ],
    answers: {
      safety: '我们在电梯里',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'injuries'],
    },
  },
  {
    id: 'probes-s13-zh-harbin-stairwell-gas-no-answer',
    lang: 'zh-CN',
    title: 'Northeastern: strong gas smell ("贼冲") in an old stairwell, no answer at the third-floor flat',
    channel: 'sms',
    opening: ['一进楼道就一股子煤气味儿 贼冲 三楼那家敲门没人应', '哈尔滨 道里区 安发街 18号 老楼 我把楼道窗户打开了'],
    answers: {
      injuries: '不知道那家有没有人',
      safety: '我下楼了 在外面',
      in_progress: '味儿还在',
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
    id: 'probes-s13-zh-zhengzhou-longzi-lake-child-under',
    lang: 'zh-CN',
    title: 'Henan: a child fell into the lake and went under, someone has jumped in, behind a university gate',
    channel: 'sms',
    opening: [
      '龙子湖 那边有个小孩掉水里了 扑腾两下就看不见了',
      '郑东新区 龙子湖 河南中医药大学 后门 那块 有人跳下去捞了',
    ],
    answers: {
      injuries: '还没捞上来',
      safety: '我在岸上',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress'],
    },
  },
  {
    id: 'probes-s13-en-uk-power-line-church-lane',
    lang: 'en',
    title: 'UK: power line down and sparking across a lane after a storm, nobody near, reporter waving traffic round',
    channel: 'sms',
    opening: [
      'power line down across Church Lane in Kirkby Lonsdale after the storm, its sparking on the tarmac',
      'nobody near it, i stopped my car well back and im waving traffic round',
    ],
    answers: {
      danger: 'not right now, nobody near it',
    },
    expect: {
      category: 'rescue',
      minPriority: 'P2',
      route: ['110', '110+119'],
      earlyDispatch: 'either',
      given: ['what', 'location', 'injuries', 'in_progress', 'safety'],
    },
  },
  {
    id: 'probes-s13-en-ph-marikina-roof-flood',
    lang: 'en',
    title:
      'Filipino English: family on the roof, flood up to the second floor, grandmother cannot walk, two kids, no boat',
    channel: 'sms',
    opening: [
      'We are trapped on the roof of our house in Brgy Tumana Marikina near the river, water is up to the 2nd floor',
      'my lola cannot walk and we have 2 kids, we have no boat',
    ],
    answers: {
      injuries: 'none hurt but lola is cold',
    },
    expect: {
      category: 'rescue',
      priority: 'P1',
      route: ['110', '110+119'],
      earlyDispatch: true,
      given: ['what', 'location', 'in_progress', 'safety'],
    },
  },

  // ───────────────────────────── suspicious ─────────────────────────────
  {
    id: 'probes-s13-zh-panyu-garage-tinted-van-web',
    lang: 'zh-CN',
    title: 'Web: black tinted van unmoved two days in a basement garage, maybe someone inside, plate half mudded',
    channel: 'web',
    opening: [
      '小区地库里停了辆黑色面包车 两天没动了 车里好像有人 窗户贴着黑膜',
      '广州 番禺区 祈福新邨 C区 地下车库 B2',
      '车牌 粤A 7M2 后面被泥糊了',
    ],
    answers: {
      callback: '13622334455',
      danger: '不知道 没看到动静',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'vehicles', 'time'],
    },
  },
  {
    id: 'probes-s13-zh-tianjin-cap-man-photographing-doors',
    lang: 'zh-CN',
    title:
      'Man in a cap photographing door numbers for days, came again this afternoon on a yellow share bike, now gone',
    channel: 'sms',
    opening: [
      '这两天总有个人在我们小区门口转悠 拿手机拍各家的门牌',
      '今天下午又来了 现在已经走了 戴个鸭舌帽 骑个黄色共享单车',
      '天津 南开区 鞍山西道 华苑小区',
    ],
    answers: {
      danger: '没有',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'suspects', 'in_progress', 'time'],
    },
  },
  {
    id: 'probes-s13-en-au-grey-sedan-school-pickup',
    lang: 'en',
    title:
      'Australian: man in a grey sedan watching kids at pick-up for an hour outside a primary school, partial rego',
    channel: 'sms',
    opening: [
      'bloke been sitting in a grey sedan outside the primary school on Beach Rd Mentone for about an hour, watching the kids at pick up',
      'hes still there now, rego starts with 1XB',
    ],
    answers: {
      danger: 'no not yet',
      suspects: 'cant see much, cap and sunnies',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'in_progress', 'vehicles', 'time'],
    },
  },
  {
    id: 'probes-s13-en-in-dadar-unattended-trolley',
    lang: 'en',
    title: 'Indian English: black trolley bag unattended for 30 minutes by platform 4 stairs at a railway station',
    channel: 'sms',
    opening: [
      'There is one black trolley bag lying unattended near platform 4 stairs at Dadar station since 30 mins, nobody is claiming',
      'I informed the stall fellow also',
    ],
    answers: {
      danger: 'no one hurt, just the bag',
    },
    expect: {
      category: 'suspicious',
      minPriority: 'P3',
      route: '110',
      earlyDispatch: 'either',
      given: ['what', 'location', 'time'],
    },
  },

  // ───────────────────────────── other_police ─────────────────────────────
  {
    id: 'probes-s13-zh-nanning-flat-501-drugs-tip',
    lang: 'zh-CN',
    title: 'Tip: flat 501 has people in and out every night with a strange smell, suspected drug use',
    channel: 'sms',
    opening: [
      '举报 我们楼 501 那家 天天晚上一堆人进进出出 一股怪味 好像在吸毒',
      '南宁 青秀区 民族大道 东盟商务区 凯旋1号 2栋',
    ],
    answers: {
      time: '好几个月了 晚上十点以后',
      danger: '没有',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  {
    id: 'probes-s13-zh-ningbo-found-wallet-kfc',
    lang: 'zh-CN',
    title: 'Found a wallet with ID, cards and about 2000 yuan, waiting outside a KFC',
    channel: 'sms',
    opening: ['捡到一个钱包 里面有身份证跟几张卡 还有两千来块钱', '我在 宁波 天一广场 肯德基 门口 等着 失主咋找'],
    answers: {
      time: '就刚刚捡的',
      danger: '没有',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location'],
    },
  },
  {
    id: 'probes-s13-en-uk-graffiti-bus-shelter-lidl',
    lang: 'en',
    title: 'UK: three kids on bikes just sprayed a bus shelter outside Lidl and rode into the park',
    channel: 'sms',
    opening: [
      'some kids have just sprayed graffiti all over the bus shelter on Gloucester Road outside Lidl',
      'theyve gone now, headed into the park, 3 of them on bikes',
    ],
    answers: {
      danger: 'no',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'in_progress', 'suspects', 'time'],
    },
  },
  {
    id: 'probes-s13-en-us-family-dollar-van-dealing-web',
    lang: 'en',
    title: 'US, web: dealing from a white van behind a store every night around 9, not happening now',
    channel: 'web',
    opening: [
      'people dealing out of the white van in the parking lot behind the Family Dollar on 5th and Elm every night around 9',
      'not happening right now, just want someone to know',
    ],
    answers: {
      callback: "i'd rather not",
      danger: 'no',
    },
    expect: {
      category: 'other_police',
      minPriority: 'P4',
      route: '110',
      earlyDispatch: false,
      given: ['what', 'location', 'time', 'in_progress'],
    },
  },

  // ───────────────────────────── non_police ─────────────────────────────
  {
    id: 'probes-s13-zh-xian-no-water-three-days-web',
    lang: 'zh-CN',
    title: 'Shaanxi, web: no water for three days, property management shrugs, says nobody is in danger',
    channel: 'web',
    opening: ['我们小区停水三天咧 物业一问三不知', '西安 未央区 凤城八路 文景小区 没人有危险 就是没水吃饭'],
    answers: {
      callback: '18629001122',
      danger: '没有',
    },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      status: 'diverted',
      given: ['what', 'location', 'time'],
    },
  },
  {
    id: 'probes-s13-zh-zhuzhou-unpaid-wages-site',
    lang: 'zh-CN',
    title: 'Hunan: boss ran off owing a dozen workers three months\' wages, "we are not making trouble"',
    channel: 'sms',
    opening: [
      '老板欠我们三个月工资 跑路了 十几个工人都没拿到钱',
      '工地在 株洲 天元区 泰山路 那个 万达 工地 我们没闹事 就想要钱',
    ],
    answers: {
      danger: '冇得 就是要工钱',
    },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      status: 'diverted',
      given: ['what', 'location'],
    },
  },
  {
    id: 'probes-s13-en-us-streetlight-rosewood',
    lang: 'en',
    title: 'US: streetlight out for two weeks between two cross streets, reporter says it is not an emergency',
    channel: 'sms',
    opening: [
      'streetlight has been out on Rosewood Ave between 3rd and 4th for two weeks',
      'not an emergency, just really dark',
    ],
    answers: {
      danger: 'no',
    },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      status: 'diverted',
      given: ['what', 'location', 'time'],
    },
  },
  {
    id: 'probes-s13-en-uk-landlord-boiler-leeds',
    lang: 'en',
    title: 'UK: landlord will not fix the boiler, three weeks without heating, nobody in danger',
    channel: 'sms',
    opening: [
      'landlord wont fix the boiler been 3 weeks no heating, flat 4 22 Victoria Street Leeds',
      'no ones in danger were just freezing',
    ],
    answers: {
      danger: 'no',
    },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      status: 'diverted',
      given: ['what', 'location', 'time'],
    },
  },
];
