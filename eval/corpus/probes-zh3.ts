/**
 * Development probes for issue 13, session 9 (helper s9-zh): classes of Chinese wording the street-3 and street-4
 * sets showed the rules lacked — noise from a pastime or a venue night after night (广场舞, 麻将, 歌厅) as a 12345
 * complaint, with a relative's chronic condition given as the reason it hurts; a fall from a height at work or at
 * home; a hostage said as "in our hands"; forced sex said as 强来 and a girl dragged into bushes; health products
 * sold to the elderly at lectures; a workmate or roommate gone for days; debt collectors threatening the family;
 * smoke in a stairwell or from a flat, never called a fire; a couple or a parent named around the harm heard next
 * door; a deposit or a prepaid card a business will not give back. Written from general knowledge of how such
 * reports are phrased, in wording of their own (not the failing conversations'), and committed on their own before
 * any rule changed for them; listed in `probes`.
 */
import type { Conversation } from '../types.js';

export const probesZh3: Conversation[] = [
  // ---- recurring noise from a pastime or a venue: 12345 ----
  {
    id: 'zh3-square-dance-speaker-homework',
    lang: 'zh-CN',
    title: 'Square-dance loudspeaker every evening, the child cannot do homework',
    channel: 'sms',
    opening: ['小区中心广场跳舞的音响每天晚上开到快十点 孩子作业都写不了', '合肥 蜀山区 南七 芙蓉小区'],
    answers: { danger: '没有 就是太吵' },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what', 'location'],
      status: 'diverted',
    },
  },
  {
    id: 'zh3-mahjong-upstairs-shuffling',
    lang: 'zh-CN',
    title: 'Upstairs neighbours play mahjong every night, tiles shuffled until late',
    channel: 'sms',
    opening: ['楼上那家天天晚上搓麻将 稀里哗啦洗牌到一两点 说了也不改'],
    answers: { location: '常德 武陵区 朗州路 丽都花园5栋', danger: '没有' },
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
    id: 'zh3-karaoke-hall-every-night',
    lang: 'zh-CN',
    title: 'A karaoke hall across the road sings until two every night',
    channel: 'sms',
    opening: ['对面那个歌厅每晚都唱到两点多 窗户关了都挡不住 打了好几次电话没用'],
    answers: { location: '柳州 城中区 五一路 金都歌城对面', danger: '没有人有危险' },
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
    id: 'zh3-square-dance-dad-weak-heart',
    lang: 'zh-CN',
    title: "Angry about square-dance drums; the father's weak heart is the reason, not an illness now",
    channel: 'sms',
    opening: ['广场舞的鼓天天敲到九点多 我爸心脏不好 吵得他整晚睡不着 你们到底管不管'],
    answers: { location: '襄阳 樊城区 长虹路 长虹广场', danger: '没有 就是烦' },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what'],
      status: 'diverted',
    },
  },
  // ---- a fall from a height: medical ----
  {
    id: 'zh3-decorator-fell-off-ladder',
    lang: 'zh-CN',
    title: 'A decorator fell off a ladder in a flat being renovated, lying there',
    channel: 'sms',
    opening: [
      '装修的师傅从人字梯上掉下来了 躺着起不来 脑袋磕到了',
      '海口 龙华区 金贸西路 国贸大厦旁边 椰城花园2栋1101',
    ],
    answers: { injuries: '后脑勺出血 人有点迷糊' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'location', 'injuries'],
    },
  },
  {
    id: 'zh3-dad-fell-off-roof',
    lang: 'zh-CN',
    title: 'Father fell from the roof while fixing tiles, legs do not move',
    channel: 'sms',
    opening: ['我爸上房顶修瓦 从上面摔下来了 腿不能动'],
    answers: { location: '邵阳 隆回县 桃洪镇 大坪村三组', injuries: '腿不能动 在喊疼' },
    expect: {
      category: 'medical',
      priority: 'P1',
      route: '110+120',
      earlyDispatch: true,
      given: ['what', 'injuries'],
    },
  },
  // ---- a hostage said as "in our hands" ----
  {
    id: 'zh3-husband-in-their-hands-video',
    lang: 'zh-CN',
    title: 'A video call: "your husband is in our hands", money asked, told not to call the police',
    channel: 'sms',
    opening: ['刚才有人打视频给我 说我老公在他们手里 让我准备三十万 不准报警'],
    answers: {
      location: ['不知道他在哪', '他最后在南昌 红谷滩 万达广场'],
      safety: '我在家',
      suspects: '一个男的 南方口音',
      vehicles: '不知道',
    },
    expect: { category: 'kidnapping', priority: 'P1', route: '110', earlyDispatch: true, given: ['what'] },
  },
  // ---- forced sex: sexual assault ----
  {
    id: 'zh3-boss-locked-room-qianglai',
    lang: 'zh-CN',
    title: 'Covert: the boss locked her in the office after drinking, says he will force her',
    channel: 'sms',
    opening: ['老板喝多了把办公室门反锁了 说今天非要强来 我躲在厕所', '别打电话'],
    answers: {
      location: '佛山 南海区 桂城 平洲 玉器街 三楼 金玉公司',
      safety: '不安全 他在外面敲门',
      injuries: '没有',
      suspects: '老板 五十多岁',
    },
    expect: {
      category: 'sexual_assault',
      priority: 'P1',
      route: '110',
      earlyDispatch: true,
      covert: true,
      given: ['what'],
    },
  },
  {
    id: 'zh3-woman-dragged-into-woods',
    lang: 'zh-CN',
    title: 'A man dragging a woman into the woods by the river path, she is screaming',
    channel: 'sms',
    opening: ['河边步道有个男的把一个女的往小树林里拖 女的一直在喊'],
    answers: {
      location: '九江 浔阳区 滨江路 琵琶亭往东',
      suspects: '一个男的 穿灰衣服',
      injuries: '不知道',
      safety: '我在路上 安全',
    },
    expect: {
      category: 'sexual_assault',
      minPriority: 'P1',
      route: '110',
      earlyDispatch: true,
      given: ['what', 'in_progress'],
    },
  },
  // ---- health products and lectures sold to the elderly: fraud ----
  {
    id: 'zh3-mum-health-lecture-savings',
    lang: 'zh-CN',
    title: 'Mother spent her savings on health products at free lectures; the shop is now shut',
    channel: 'sms',
    opening: ['我妈天天去听那个免费健康讲座 前后花了六万多买保健品 说吃了能降血压 现在店都关门了'],
    answers: { location: '岳阳 岳阳楼区 巴陵中路', time: '这半年', loss: '六万多' },
    expect: { category: 'fraud', minPriority: 'P3', route: '110', earlyDispatch: false, given: ['what'] },
  },
  // ---- a workmate or roommate gone for days: missing person ----
  {
    id: 'zh3-roommate-three-days-phone-off',
    lang: 'zh-CN',
    title: 'A factory roommate has not come back for three days, phone off',
    channel: 'sms',
    opening: ['我室友三天没回宿舍了 手机一直关机 厂里也没去上班'],
    answers: {
      location: '苏州 工业园区 星龙街 三星厂 宿舍6号楼',
      person: '刘某 22岁 安徽人 瘦高',
      last_seen: '周五下班以后出去的',
    },
    expect: { category: 'missing_person', minPriority: 'P2', route: '110', earlyDispatch: 'either', given: ['what'] },
  },
  {
    id: 'zh3-colleague-not-at-work-days',
    lang: 'zh-CN',
    title: 'A colleague who lives alone has not come to work for days and cannot be reached',
    channel: 'sms',
    opening: ['我们一个同事好几天没来上班了 一个人住 电话打不通 微信也不回'],
    answers: {
      location: '贵阳 观山湖区 金阳南路 世纪城',
      person: '陈某 40岁 男',
      last_seen: '上周三下班',
    },
    expect: { category: 'missing_person', minPriority: 'P2', route: '110', earlyDispatch: 'either', given: ['what'] },
  },
  // ---- debt collectors threatening the family: threat ----
  {
    id: 'zh3-collectors-parents-school',
    lang: 'zh-CN',
    title: "Loan collectors say they will go to the parents' home and splash paint, and name the son's kindergarten",
    channel: 'sms',
    opening: ['网贷催收天天打电话 说要去我爸妈家门口泼红油漆 还说知道我儿子在哪个幼儿园'],
    answers: { location: '南宁 江南区 星光大道 华润小区', suspects: '几个不同的号码', safety: '现在安全' },
    expect: { category: 'threat', minPriority: 'P2', route: '110', earlyDispatch: 'either', given: ['what'] },
  },
  // ---- smoke never called a fire ----
  {
    id: 'zh3-stairwell-black-smoke',
    lang: 'zh-CN',
    title: 'Black smoke fills the stairwell, a burnt smell, nobody knows which flat',
    channel: 'sms',
    opening: ['楼梯间全是黑烟 一股烧焦的味道 不知道是哪家的'],
    answers: { location: '遵义 汇川区 上海路 阳光小区9栋', injuries: '不知道' },
    expect: { category: 'fire', priority: 'P1', route: '110+119', earlyDispatch: true, given: ['what'] },
  },
  {
    id: 'zh3-next-door-smoke-window',
    lang: 'zh-CN',
    title: "Smoke coming out of the neighbour's window, nobody answers the door",
    channel: 'sms',
    opening: ['隔壁家窗户一直往外冒烟 敲门也没人开', '桂林 七星区 穿山路 穿山小区3栋'],
    answers: { injuries: '不知道里面有没有人' },
    expect: { category: 'fire', priority: 'P1', route: '110+119', earlyDispatch: true, given: ['what', 'location'] },
  },
  // ---- harm heard next door: the household named around it ----
  {
    id: 'zh3-couple-next-door-named-in-answer',
    lang: 'zh-CN',
    title: 'Crashing and a woman crying next door; asked, the reporter says it is the couple',
    channel: 'sms',
    opening: ['楼上乒乒乓乓的 有个女的一直哭 听着不对劲', '兰州 城关区 雁滩路 天庆花园4栋'],
    answers: { danger: '有', category: '就是楼上那两口子 男的在打女的', injuries: '不知道', weapons: '不知道' },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  {
    id: 'zh3-parent-hitting-kid-heard',
    lang: 'zh-CN',
    title: 'A small child screaming for a long time next door; asked, the reporter says the grown-up is beating it',
    channel: 'sms',
    opening: ['隔壁小娃娃哭了一下午 一直尖叫 还有摔东西的声音', '株洲 天元区 泰山路 湘水湾3栋1802'],
    answers: { danger: '有', category: '家长在打孩子', injuries: '不知道', weapons: '不知道' },
    expect: {
      category: 'domestic_violence',
      minPriority: 'P1',
      route: ['110', '110+120'],
      earlyDispatch: true,
      given: ['what', 'location'],
    },
  },
  // ---- a deposit or a prepaid card kept by a business: 12345 ----
  {
    id: 'zh3-landlord-deposit-swearing',
    lang: 'zh-CN',
    title: 'The landlord keeps the deposit and swears at the tenant; nobody in danger',
    channel: 'sms',
    opening: ['退房了房东押金一分不退 还在电话里骂我 这种人你们管不管', '长沙 雨花区 劳动东路 新城新世界'],
    answers: { danger: '没有 就是生气' },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what', 'location'],
      status: 'diverted',
    },
  },
  {
    id: 'zh3-prepaid-card-salon-closed',
    lang: 'zh-CN',
    title: 'A hair salon closed overnight; the prepaid member card is worth nothing now',
    channel: 'sms',
    opening: ['楼下理发店一夜之间关门了 我充的会员卡还有两千多没用 找谁退'],
    answers: { location: '太原 小店区 长风街 亲贤北街口', danger: '没有' },
    expect: {
      category: 'non_police',
      priority: 'divert',
      route: '12345',
      earlyDispatch: false,
      given: ['what'],
      status: 'diverted',
    },
  },
];
