/**
 * Compositional understanding (issue 13): semantic classes of words, and frames that combine them into a
 * category. A list of whole phrases ("被人打了", "beat him up") cannot keep up with how people write; a class
 * of harm verbs and a class of people can: "一伙人在咥一个碎娃", "2 guys jumpin some kid", "把骑车的小孩撞了"
 * all read as HARM × PERSON, whichever verb, whichever person, in either order. A word added to a class has
 * its effect in every frame that uses the class.
 *
 * Classes hold words as the segmenter sees them: Chinese words (simplified; one jieba word or a run of up to
 * four consecutive words, "不愿意" = 不 + 愿意) and English lemmas (one word or a phrase of words, "cut off").
 * A frame fires when one word of each of its classes occurs in the same message within `window` words, none
 * of them negated ("没打人", "nobody hurt"), and none of its `unless` classes occurs in that message.
 *
 * Triage (evaluate.ts) reads the frames as category candidates beside the category words, and raises the
 * priority where a frame says `to: 'P1'`. Everything here is compiled once at module load; a message costs
 * one segmentation (cached) and a few map lookups per word.
 *
 * Sources for the regional and colloquial words: 关中 (Shaanxi) 咥 (beat; also "eat"), 碎娃 (child); northern
 * 削 / 干 / 撕吧 / 抡 (beat, fight); Sichuan 我男人 (husband), 遭 (suffer); Cantonese 佢 / 仲喺 (he / still at);
 * English UK slang glassed / bottled / shanked / nicked / done over / legged it, US txt-speak; euphemisms for
 * sexual assault (把她睡了, 那个, "didn't say yes", "put something in my drink"), for suicide (不想再撑了,
 * 这辈子就到这了, "can't do this anymore") and drug slang (冰, 溜冰, K粉, meth, crack, coke) from general
 * knowledge of how reports are written; checked against the development set, never the held-out set.
 */
import type { Category, Priority } from '../incident.js';
import { harmIntentSpans } from './intent.js';
import { isNegated } from './negation.js';
import { irregularForms, lemma } from './lemma.js';
import { normalizeText } from './normalize.js';
import { tokens, type Token } from './segment.js';
import { EN_ABBREVIATIONS, FAREWELL_WORDS } from './vocabulary.js';

/** One semantic class: the words that carry one piece of meaning. */
interface ClassWords {
  zh: readonly string[];
  en: readonly string[];
}

/**
 * A door, lock or window forced ("the door's been forced", "forced the lock", "forced their way in"), as lemmas: a
 * way in, read by the burglary frames, and no force against a person (the robbery frames skip it).
 */
// prettier-ignore
const FORCED_ENTRY_EN: readonly string[] = [
  ...['door', "door'", 'lock', "lock'", 'window', "window'", 'latch', 'padlock', 'gate', 'shutter'].flatMap((it) => [
    `${it} be force`, `${it} have be force`, `${it} be force open`, `${it} force`, `${it} get force`,
  ]),
  ...['door', 'lock', 'window', 'latch', 'padlock', 'gate', 'shutter', 'back door', 'front door', 'patio door'].flatMap(
    (it) => [`force the ${it}`, `force my ${it}`, `force our ${it}`, `force a ${it}`, `force his ${it}`, `force her ${it}`],
  ),
  'force entry', 'force their way in', 'force his way in', 'force her way in', 'force the way in', 'force way in',
  'force in', 'force it open',
];

// prettier-ignore
const CLASSES = {
  /** Doing bodily harm to someone. */
  harm: {
    zh: ['打', '揍', '咥', '削', '捶', '锤', '踢', '踹', '扇', '抽', '抡', '砸我', '砸他', '砸她', '砸人', '砸伤', '掐', '勒', '殴', '殴打', '围殴', '群殴',
      '暴打', '痛打', '毒打', '打伤', '打死', '打残', '打晕', '打倒', '揍死', '削死', '弄死', '干死', '捅', '砍', '劈', '刺', '划',
      '撕吧', '撕扯', '拽头发', '扯头发', '薅头发', '推倒', '按在地上', '踩', '打加', '打架', '干仗', '干架', '掐架', '打锤',
      '打捶', '收拾', '修理', '拳打脚踢', '遭打', '挨打', '挨揍', '挨削', '拿刀', '拿棍', '拿砖', '动手', '动手打', '往墙上撞',
      '往墙上推', '往墙上摔', '在揍', '在打', '开瓢', '开了瓢', '打破头', '砸破头', '打破了头', '干趴下', '撂倒', '放倒', '摁着打', '推我', '推倒我', '推地上', '推到地上', '推在地上', '推倒在地', '摔我', '把我摔', '拿东西砸', '拿凳子砸', '扔东西',
      '拿菜刀', '拿着刀', '拿着菜刀', '举着刀', '举刀', '提着刀', '拎着刀', '拿刀追', '追砍', '追着砍', '追着打',
      // Verb + pronoun kept whole by the segmenter because the violence words list them ("拿皮带抽我妈" is 抽我 / 妈).
      '抽我', '踹我', '踹他', '扇我', '捶我', '捶他', '削我', '削他', '揍他', '揍她', '揍人', '打我们'],
    en: ['beat', 'beat up', 'punch', 'kick', 'hit', 'jump', 'attack', 'assault', 'stomp', 'smack', 'slap', 'choke',
      'strangle', 'drag', 'glass', 'bottle', 'shank', 'stab', 'knife', 'batter', 'whack', 'thump', 'deck', 'headbutt',
      'pummel', 'bash', 'knock out', 'knock down', 'lay into', 'laying into', 'swing at', 'maul', 'pistol whip', 'chop', 'merk', 'stamp on', 'leather', 'glass him', 'cave his head in',
      'rough up', 'shove', 'throw', 'slam', 'pin down', 'beat on', 'go at', 'pound', 'cut', 'shoot', 'pull hair', 'push',
      'lay hands on', 'put hands on', 'knock about', 'smash the place', 'smash the house', 'smash the unit', 'smash the flat',
      'smash up the', 'smash things', 'smash everything', 'trash the house', 'trash the place', 'go off at', 'rampage',
      // South African "klap" (slap, hit), "moer" (beat up).
      'klap', 'moer',
      // "Is hurting my mum / her": only as going on (HURT_ONLY_ONGOING); "hurt her ankle" is an injury.
      'hurt my', 'hurt her', 'hurt him', 'hurt me', 'hurt us', 'hurt them'],
  },
  /** Calling someone: "打她电话", "打我手机" are not blows. */
  phoneCall: {
    zh: ['电话', '手机', '视频', '微信', '打车', '打卡', '打工', '打印', '打折', '打听'],
    // English says a call with a harm verb only as "hit me up"; "took my phone" next to "jumped me" is no call.
    en: ['hit me up', 'hit up'],
  },
  /** Out of sight of passers-by: where someone is dragged to be assaulted (草丛, 小树林, 玉米地). */
  secluded: {
    zh: ['草丛', '草丛里', '草堆', '树林', '小树林', '树林里', '树丛', '灌木丛', '玉米地', '苞谷地', '庄稼地', '甘蔗地', '高粱地',
      '没人的地方', '桥洞', '废弃'],
    en: [],
  },
  /** A person (victim or attacker), in any register. */
  person: {
    zh: ['人', '我', '他', '她', '他们', '我们', '娃', '碎娃', '猴娃', '孩子', '小孩', '小孩子', '学生', '男的', '女的', '老人',
      '小伙', '小伙子', '一个人', '个人', '路人', '男人', '女人', '老头', '老太太', '姑娘', '女孩', '男孩', '小朋友', '崽',
      '伢', '妹子', '哥们', '兄弟', '同学', '大爷', '大妈', '顾客', '司机', '保安', '老板', '佢', '一伙人', '几个人', '一群人', '有人',
      '两伙人', '两拨人', '两个人', '俩人', '工友', '同事', '室友', '舍友'],
    en: ['me', 'him', 'her', 'them', 'someone', 'somebody', 'guy', 'man', 'woman', 'kid', 'child', 'boy', 'girl', 'person',
      'bloke', 'lad', 'mate', 'dude', 'teen', 'teenager', 'student', 'lady', 'old man', 'old lady', 'friend', 'people',
      'homeless', 'cashier', 'driver', 'customer', 'brother', 'sister', 'son', 'daughter', 'neighbor', 'neighbour',
      // People on the road: a vehicle that hits one is a crash with a person hit.
      'cyclist', 'pedestrian', 'jogger', 'biker', 'schoolkid',
      // Parents and grandparents named as who it happened to ("my father ... not returned").
      'father', 'mother', 'grandfather', 'grandmother', 'grandpa', 'grandma', 'granny', 'grandad'],
  },
  /**
   * A partner or relative (violence by one is domestic). Regional words for a husband: 我男人 / 俺男人 (north,
   * Sichuan), 孩他爹, 掌柜的 (Shaanxi, Gansu), 老倌 (Hunan), 老公 / 老头子; in-laws and grandchildren too (elder abuse
   * by a grandson is domestic).
   */
  family: {
    zh: ['老公', '丈夫', '老婆', '妻子', '媳妇', '婆姨', '婆娘', '我男人', '男人', '男朋友', '女朋友', '男友', '女友', '前夫', '前妻',
      '前男友', '前女友', '对象', '继父', '继母', '后爸', '后妈', '老汉', '当家的', '孩他爸', '孩子他爸', '孩他爹', '孩子他爹', '娃他爸',
      '娃他爹', '孩儿他爹', '孩儿他爸', '孩儿他爷', '掌柜的', '额大', '我大', '俺大', '老倌', '我爸', '我妈', '我哥', '我弟', '我姐', '我妹', '俺爸', '俺妈', '俺哥', '俺弟', '俺姐', '俺妹', '儿子', '女儿', '公公', '婆婆', '老头子', '那口子',
      '孙子', '孙女', '外孙', '外孙女', '侄子', '女婿', '儿媳', '儿媳妇', '小叔子', '大伯子', '姐夫', '妹夫', '嫂子', '弟媳', '继子',
      '养子', '亲戚', '家里人', '老丈人', '丈母娘', '岳父', '岳母', '爹', '娘', '我爹', '我娘', '老父亲', '老母亲',
      // The couple or the parents of a household, named by a neighbour who hears it (两口子, 大人在打小孩).
      '两口子', '小两口', '夫妻', '夫妻俩', '大人', '家长', '爸妈', '我爸妈', '父母', '我父母', '爹妈',
      // Uncles, aunts and cousins, as English lists my uncle / my aunt / my cousin (舅 / 舅妈, 姑 / 姑父, 姨 / 姨夫, 叔 / 婶).
      '我舅', '舅舅', '舅妈', '舅母', '我姑', '姑妈', '姑父', '姑姑', '我姨', '姨妈', '姨夫', '小姨', '我叔', '婶子', '婶婶', '我婶',
      '表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹'],
    en: ['husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'ex', 'stepdad', 'stepfather', 'stepmom', 'stepmother',
      // What children call their parents (Indian, UK, US English): papa, mummy, daddy, amma, appa, ammi, abbu.
      'papa', 'pappa', 'daddy', 'mummy', 'mommy', 'mama', 'amma', 'appa', 'ammi', 'abbu',
      'dad', 'father', 'mom', 'mum', 'mother', 'fiance', 'hubby', 'baby daddy', 'my brother', 'my son', 'my uncle',
      'my sister', 'my daughter', 'my cousin', 'my aunt', 'his brother', 'her brother', 'grandson', 'granddaughter',
      'stepson', 'stepdaughter', 'nephew', 'son in law', 'son-in-law', 'daughter in law', 'brother in law',
      'brother-in-law', 'father in law', 'mother in law', 'my old man', 'other half', 'missus', 'missis',
      // "Fella" is a partner only when it is someone's ("me fella"); "two fellas fightin" are men.
      'my fella', 'her fella', 'your fella',
      // Kin words of Filipino and South Asian English (tito / tita uncle / aunt, lolo / lola, chacha, bhabhi, jija):
      // with "my" only, as "kuya", "auntie" and "uncle" alone are said to any older stranger.
      'my tito', 'my tita', 'my lolo', 'my lola', 'my tatay', 'my nanay', 'my kuya', 'my auntie', 'my aunty',
      'my chacha', 'my chachi', 'my chachu', 'my bhabhi', 'my jija', 'my devar', 'my saas', 'my sasur', 'my nani',
      'my dadi', 'my mamu', 'my mami', 'my jiju', 'my jijaji', 'my jija ji', 'my bhaiya', 'my bhai', 'my bhaiyya',
      'my nanad', 'my nand', 'my jeth', 'my jethani', 'my devrani', 'my chachera bhai', 'my mama ji',
      // Irish and northern English "me" for "my": me da, me ma, me mam, me fella.
      'me da', 'my da', 'me ma', 'my ma', 'me mam', 'my mam', 'me dad', 'me mum', 'me husband', 'me wife', 'me fella',
      'me brother', 'me sister', 'me son', 'me daughter', 'me partner', 'me missus', 'me boyfriend', 'me girlfriend',
      'me ex', 'me oul fella', 'me oul lad',
      // Both parents at once: "my parents are at it again".
      'my parents', 'me parents', 'his parents', 'her parents', 'my folks'],
  },
  /**
   * Relatives as the ones hurt ("my uncle got cut", "jumping my cousin"): an assault when no relative does it (the
   * domestic frames need the relative to act: `familyActs`). Not in `person`: "my dad collapsed, im pushing on his
   * chest" is CPR, not harm being done now.
   */
  relative: {
    zh: [],
    en: ['uncle', 'aunt', 'auntie', 'cousin', 'nephew', 'niece', 'dad', 'mum', 'mom', 'father', 'mother', 'grandma',
      'grandpa', 'nan', 'grandad', 'granddad', 'husband', 'wife', 'brother', 'sister', 'son', 'daughter'],
  },
  /**
   * A row: quarrelling, screaming or shouting at each other (吵架, 吵起来了, 对骂, Wu 吵相骂, Cantonese 嘈交). Two relatives
   * or partners in one (family_row) is a domestic matter; with an outsider it stays a dispute (disorder).
   */
  quarrel: {
    zh: ['吵架', '吵起来', '吵起来了', '吵', '大吵', '吵得很凶', '吵翻', '吵翻天', '对骂', '互骂', '骂架', '吵嘴', '吵相骂', '相骂', '嘈交',
      '闹离婚', '大吵大闹'],
    en: ['scream at each other', 'yell at each other', 'shout at each other', 'scream at one another', 'yell at one another',
      'shout at one another', 'argue', 'arguing', 'have a row', 'having a row', 'massive row', 'huge row', 'big row',
      'blazing row', 'screaming match', 'shouting match', "at each other's throats", 'at each others throats', 'go at it',
      'going at it', 'bicker', 'domestic'],
  },
  /**
   * Smashing things at home (砸东西, 摔东西, 掀桌子, a drunk 发酒疯): by a partner or relative, abuse at home. English says it
   * with harm words ("smashing the place", "smash things"), which the domestic frames already read.
   */
  smashThings: {
    zh: ['砸东西', '摔东西', '乱砸', '乱摔', '砸家具', '砸电视', '砸家', '摔碗', '砸碗', '摔盘子', '摔杯子', '掀桌子', '掀桌', '发酒疯', '耍酒疯'],
    en: [],
  },
  /** Someone outside the family in a row (a neighbour, a driver, a shopkeeper): a dispute, not a domestic. */
  outsider: {
    zh: ['邻居', '别人', '陌生人', '路人', '司机', '保安', '物业', '房东', '租客', '老板', '店主', '顾客', '外卖', '快递', '快递员',
      '城管', '同事', '工友', '小贩', '摊主', '商家', '服务员', '医生', '护士', '老师', '领导', '对方'],
    en: ['neighbour', 'neighbor', 'neighbours', 'neighbors', 'stranger', 'guy', 'bloke', 'driver', 'cabbie', 'landlord',
      'tenant', 'manager', 'staff', 'security', 'guard', 'bouncer', 'customer', 'shopkeeper', 'owner', 'cashier', 'worker',
      'builder', 'colleague', 'coworker', 'teacher', 'waiter', 'waitress', 'boss', 'police', 'cop', 'delivery', 'council',
      'people', 'someone', 'somebody'],
  },
  /** Again and again: harm that keeps happening to the same people is abuse at home ("天天打孩子", "hit me again"). */
  habitual: {
    zh: ['天天', '每天', '经常', '老是', '总是', '又', '又在', '又开始', '动不动', '三天两头', '隔三差五', '一喝酒就', '喝了酒就', '常年'],
    en: ['again', 'always', 'every day', 'every night', 'all the time', 'every time', 'whenever he drink'],
  },
  /** The people harm at home falls on: the reporter, the children. */
  homeVictim: {
    zh: ['我', '俺', '孩子', '小孩', '娃', '娃娃', '碎娃', '闺女', '俺家', '我们娘俩', '我们母子'],
    en: ['me', 'us', 'the kids', 'the kid', 'my kids', 'my kid', 'the baby', 'my mom', 'my mum'],
  },
  /** Touching, rubbing, grabbing (with a body part or an euphemism: sexual). */
  touch: {
    zh: ['摸', '蹭', '碰', '顶', '抓', '掏', '贴', '亲', '抱', '搂', '捏', '揉', '扒', '脱', '拍'],
    en: ['touch', 'grab', 'rub', 'grope', 'feel up', 'grind', 'fondle', 'pinch', 'squeeze', 'kiss', 'lick', 'flash', 'expose',
      'put his hand', 'put his hands', 'hand up', 'hands up', 'hand down', 'hands down'],
  },
  /** Intimate body parts and the euphemisms that stand for them. */
  intimate: {
    // 身子 only as whose it is ("摸她身子"; "往外探身子" is leaning out of a window).
    zh: ['那个', '那里', '下面', '下体', '胸', '胸部', '屁股', '大腿', '裙底', '裙子', '内裤', '裤裆', '私处', '她身子', '我身子', '她的身子',
      '我的身子', '敏感部位',
      // A leg touched by whose it is ("一直摸我腿"), clothes pulled off ("扒她衣服").
      '我腿', '她腿', '我的腿', '她的腿', '衣服', '裤子'],
    en: ['ass', 'butt', 'bum', 'boob', 'boobs', 'breast', 'breasts', 'chest', 'crotch', 'thigh', 'private', 'privates',
      'under my skirt', 'up my skirt', 'between my legs', 'his thing', 'himself',
      // A leg or a knee touched again and again ("keeps touching my leg", "rubbing her knee"): said with whose it is.
      'my leg', 'my legs', 'her leg', 'her legs', 'my knee', 'my knees', 'her knee', 'her knees', 'my thigh', 'her thigh'],
  },
  /** Sex without consent, said around the word. */
  sex: {
    zh: ['睡了', '睡她', '睡我', '发生关系', '上了她', '上了我', '做了那种事', '那种事', '开房', '强行', '硬来'],
    en: ['sleep with', 'have sex', 'sex', 'woke up in', 'woke up naked', 'clothes off', 'did stuff', 'do stuff',
      'take advantage', 'put something in my drink', 'put something in her drink', 'spike', 'roofie'],
  },
  /**
   * Euphemisms for rape that are also everyday words for bullying or ruining (被欺负了, 被糟蹋了): sexual only next
   * to a room someone was taken to or a stupor (被带去宾馆欺负了, 喝醉了被他糟蹋了).
   */
  shamedEuph: {
    zh: ['欺负', '糟蹋', '糟践', '祸害', '玷污'],
    en: [],
  },
  /**
   * Cantonese 搞 (to have one's way with someone): 想搞我, 佢要搞我. Also "to mess with" in Mandarin, so sexual only
   * with her held, locked in or dragged somewhere (held_to_molest).
   */
  gaau: {
    zh: ['搞我', '搞她', '搞咗我', '搞咗她'],
    en: [],
  },
  /** A room someone is taken to: hotels, guesthouses, "his place". */
  lodging: {
    zh: ['宾馆', '酒店', '旅馆', '旅店', '招待所', '民宿', '开房', '他家', '他家里', '他宿舍', '出租屋'],
    en: [],
  },
  /** Too drunk or drugged to resist. */
  stupor: {
    zh: ['喝多了', '喝多', '喝醉了', '喝醉', '灌醉', '灌多了', '喝断片', '断片', '迷迷糊糊', '没意识', '不省人事', '下药', '迷药'],
    en: [],
  },
  /** "She did not want it". */
  noConsent: {
    zh: ['不愿意', '不同意', '没同意', '不情愿', '不让', '喊不要', '说不要', '反抗', '挣扎', '强迫', '逼我', '逼着我', '硬要', '喝多了', '喝醉了', '迷迷糊糊', '没意识',
      '不省人事', '下药', '迷药'],
    en: ['didnt say yes', "didn't say yes", 'did not say yes', 'said no', 'without consent', 'force me', 'make me', 'didnt want', "didn't want",
      'did not want', 'passed out', 'was drunk', 'too drunk', 'asleep', 'unconscious', 'couldnt move', 'blacked out'],
  },
  /** Holding someone against their will. */
  detain: {
    zh: ['扣', '扣住', '扣在', '扣着', '关', '关着', '关在', '锁在', '锁着', '不让走', '不让出门', '不让出去', '不让离开', '不放人',
      '控制', '拘禁', '软禁', '收走', '拿走身份证', '没收', '押着', '绑', '捆',
      // Cantonese: 锁住门 (locked the door), 唔俾我走 (won't let me go), 揸住我唔放 (holds me and won't let go).
      '锁住', '锁住门', '唔俾我走', '唔俾走', '不俾我走', '唔放'],
    en: ['lock in', 'locked in', 'lock up', 'lock me in', 'lock her in', 'lock him in', 'lock us in', 'lock me up',
      'lock her up', 'shut me in', 'shut her in', 'keep me in', 'trap me', 'barricade', 'hold me', 'hold us', 'hold her', 'hold him', 'keep me locked', 'keep her locked', 'wont let', "won't let", 'not let', 'not allowed to leave',
      'take passport', 'took her passport', 'took my passport', 'took his passport', 'tie up', 'hold captive', 'confine',
      // Shut in and kept in ("locked inside one flat", "she cannot go out").
      'lock inside', 'locked inside', 'cannot go out', "can't go out", 'cant go out', 'not allowed out',
      'not allowed to go out', 'cannot leave', "can't leave", 'cant leave'],
  },
  /**
   * Smashing up the home in a rage (砸门, 摔东西, 发酒疯): by a partner or relative it is violence at home, the family
   * hiding from it (relativeActs), not a break-in or a noise; by anyone else the categories' own words decide.
   */
  wreck: {
    zh: ['砸门', '踹门', '撞门', '砸东西', '摔东西', '扔东西', '砸家', '砸家具', '摔碗', '砸碗', '摔盘子', '掀桌子', '砸桌子', '砸电视',
      '砸玻璃', '砸窗户', '发酒疯', '耍酒疯', '撒酒疯'],
    en: [],
  },
  /** Passports, phones taken, the signs of detention or trafficking. */
  documents: {
    zh: ['护照', '身份证', '手机'],
    en: ['passport', 'id', 'phone'],
  },
  /** Putting someone into a vehicle by force. */
  forceInto: {
    zh: ['塞进', '拽上', '拖上', '拉上', '推进', '抱上', '扔进', '拽进', '拖进', '拉进', '塞', '拽', '拖', '推', '扔', '抱', '拉'],
    en: ['throw', 'push', 'drag', 'pull', 'force', 'bundle', 'shove', 'snatch', 'grab', 'carry'],
  },
  /** A verb that already says "forced into" ("推进面包车", "塞进车里", "bundled in"). */
  forcedIn: {
    zh: ['塞进', '拽上', '拖上', '拉上', '推进', '抱上', '扔进', '拽进', '拖进', '拉进', '押上', '架上', '按进'],
    en: ['bundle into', 'bundle in', 'throw in the back', 'shove in the back'],
  },
  /** The passive marker: "被拖进面包车" has its person in the subject, however far back. */
  passive: {
    zh: ['被', '让人', '叫人', '给人'],
    en: [],
  },
  /** Into (a vehicle). */
  into: {
    zh: ['进', '上', '进了', '上了', '塞进', '拽上', '拖上', '拉上', '推进', '抱上', '扔进', '拽进', '拖进', '拉进'],
    en: ['into', 'in'],
  },
  vehicle: {
    zh: ['车', '面包车', '车里', '轿车', '货车', '车上', '电动车', '摩托', '三轮', '出租车', '小车', '大车', '卡车', '公交',
      // Rural and work vehicles (a tractor on a national road).
      '拖拉机', '农用车', '三轮车', '渣土车', '大货车', '大巴', '客车', '校车', '铲车'],
    en: ['car', 'van', 'truck', 'suv', 'vehicle', 'pickup', 'sedan', 'minivan', 'bus', 'motorbike', 'motorcycle', 'lorry',
      'ute', 'semi', 'trailer', 'taxi', 'cab', 'jeep', '4wd', 'tractor', 'hatchback', 'wagon', 'camper', 'caravan',
      // A vehicle named by its make or model ("a silver astra", "a white commodore"): only names that are no other
      // everyday word (not golf, focus, polo, charger, ranger, outback, dodge).
      'astra', 'corsa', 'fiesta', 'mondeo', 'passat', 'jetta', 'civic', 'camry', 'corolla', 'prius', 'rav4', 'crv',
      'f150', 'silverado', 'tahoe', 'altima', 'sentra', 'qashqai', 'commodore', 'hilux', 'navara', 'landcruiser',
      'tacoma', 'tundra', 'wrangler', 'escalade', 'impala', 'bmw', 'beemer', 'merc', 'audi', 'toyota', 'honda', 'nissan',
      'holden', 'subaru', 'mazda', 'hyundai', 'kia', 'tesla', 'vw', 'volkswagen', 'vauxhall', 'peugeot', 'renault',
      'skoda', 'volvo', 'lexus', 'chevy', 'chevrolet', 'suzuki', 'mitsubishi', 'range rover', 'land rover', 'minicab',
      'uber', 'lyft',
      // Vans and shared rides by local name: HiAce, matatu, danfo, boda boda, okada, keke, tuk tuk, jeepney.
      'hiace', 'matatu', 'danfo', 'boda', 'okada', 'keke', 'tuk tuk', 'rickshaw', 'autorickshaw', 'jeepney', 'tricycle',
      'minibus', 'kombi', 'moped', 'scooter',
      // A part of a car struck stands for the car ("clipped my wing mirror").
      'wing mirror', 'side mirror'],
  },
  /** Taking something. */
  take: {
    zh: ['偷', '偷走', '偷了', '卸', '卸走', '拿走', '拿了', '顺走', '顺了', '摸走', '扒走', '拎走', '搬走', '弄走', '割走', '剪走',
      '撬走', '开走', '骑走', '不见了', '没了', '丢了', '被盗', '拉走', '拖走', '运走', '顺了'],
    en: ['steal', 'take', 'nick', 'pinch', 'swipe', 'lift', 'jack', 'cut off', 'saw off', 'run off with', 'make off with',
      'walk off with', 'missing', 'snatch', 'grab', 'pull off', 'rip off', 'yank off', 'tear off',
      // Taken from the body, the verb said apart ("pulled my chain off my neck", "ripped the phone out of my hand").
      'off my neck', 'off her neck', 'off his neck', 'off my wrist', 'off her wrist', 'off my finger', 'off my shoulder',
      'off her shoulder', 'out of my hand', 'out of her hand', 'out of his hand', 'out of my pocket', 'from my hand'],
  },
  /** A weapon shown or held, by name or slang (a gat, a blicky, a strap, a shank, a cutlass). */
  weapon: {
    zh: [],
    en: ['gun', 'knife', 'blade', 'gat', 'blicky', 'blick', 'strap', 'shank', 'machete', 'pistol', 'glock', 'cutlass',
      'panga', 'shotgun', 'rifle', 'shooter', 'draco', 'handgun', 'revolver', 'shotty', 'box cutter', 'switchblade'],
  },
  /** The reporter's own weapon, the thing taken ("stole my gun from the truck"): a theft of it, not a robbery with it. */
  ownWeapon: {
    zh: [],
    en: ['my gun', 'my knife', 'my rifle', 'my pistol', 'my shotgun', 'his gun', 'gun safe', 'my knives', 'our gun'],
  },
  /** Force, threat or weapon while taking: robbery. */
  force: {
    zh: ['抢', '枪', '逼', '威胁', '按住', '按在', '摁住', '摁在', '拿刀', '用刀', '刀指', '指住', '指着我', '架着', '顶着', '拦住', '堵住', '硬抢', '明抢', '飞车',
      // Made to hand it over or open up (拿把改锥让我把钱箱打开).
      '让我把', '叫我把', '要我把', '逼着我', '让我交出', '让我掏出', '叫我掏', '让我掏',
      // Torn off the body: a snatch is taken by force (扯我项链, 一把把我手机拽走了).
      '扯', '扯走', '扯掉', '拽走', '拽掉', '薅走'],
    // "jump" only as done to someone ("jumped me"; "jumped in a silver Civic" is a getaway).
    en: ['mug', 'knifepoint', 'gunpoint', 'at knife point', 'at gun point', 'threaten', 'hold up', 'stick up', 'jump me',
      'jump him', 'jump her', 'jump us', 'jump them',
      'force', 'point a gun', 'pull a knife', 'pull a gun', 'demand', 'make me hand', 'make me give', 'pull off my',
      'hand over', 'pin me',
      // A tool or a bat used, or swung at someone ("smashed the cabinet with a hammer … swung it at my colleague"); a
      // tool only named is a thing ("my hammer and drill were stolen").
      'with a hammer', 'with a crowbar', 'with an axe', 'with a hatchet', 'with a bat', 'with a baseball bat',
      'with a cricket bat', 'with a golf club', 'with a metal bar', 'with an iron bar', 'swing it at', 'swing at'],
  },
  /** Things people own. */
  item: {
    zh: ['钱', '钱包', '银包', '手机', '电话', '包', '电瓶', '电池', '电动车', '电瓶车', '自行车', '单车', '摩托车', '车', '项链', '金项链', '首饰', '金链子', '链子', '手表', '耳环', '戒指',
      '现金', '电脑', '笔记本', '快递', '包裹', '车牌', '轮胎', '三元催化', '井盖', '电缆', '货', '钢筋', '铜线', '废铁', '建材', '工具', '酒'],
    en: ['wallet', 'purse', 'bag', 'handbag', 'phone', 'bike', 'bicycle', 'scooter', 'car', 'laptop', 'cash', 'money',
      'necklace', 'jewelry', 'jewellery', 'package', 'parcel', 'catalytic converter', 'converter', 'tyre', 'tire',
      'wheel', 'plate', 'battery', 'tool', 'tools', 'stuff', 'telly', 'tv', 'chain', 'gold chain', 'watch', 'earring', 'earrings', 'ring'],
  },
  /** Getting into a home or shop. */
  entry: {
    zh: ['撬', '撬开', '撬了', '门锁', '锁坏了', '门被', '窗户', '爬进', '翻进', '钻进', '闯进', '溜进', '破门', '砸窗', '砸门',
      '翻得乱七八糟', '翻乱', '乱七八糟', '进贼', '招贼', '遭贼', '进了小偷', '阳台', '玻璃碎了', '玻璃被砸', '玻璃砸了'],
    en: ['break in', 'broke in', 'break into', 'get in', 'got in', 'climb in', 'climb through', 'kick in', 'pry', 'prise',
      'force open', 'smash window', 'window smash', 'window be smash', 'window get smash', 'smash in', 'bash in', 'boot in', 'jemmy', 'done over', 'ransack', 'turn over', 'burgle', 'burglar', 'jimmy', 'kick the door in',
      'kick in the door', 'smash the window', 'smash a window', 'break the window', 'through the window',
      // A door, lock or window forced (FORCED_ENTRY).
      ...FORCED_ENTRY_EN],
  },
  /** A door, lock or window forced: force against a thing, a way in (not force against a person: robbery). */
  forcedEntry: {
    zh: [],
    en: FORCED_ENTRY_EN,
  },
  /** A home, shop or place one lives in. */
  premises: {
    zh: ['家', '家里', '屋', '屋里', '房间', '门', '店', '店里', '铺子', '阳台', '卧室', '客厅', '仓库', '车库', '宿舍'],
    en: ['house', 'home', 'flat', 'apartment', 'apt', 'room', 'shop', 'store', 'garage', 'shed', 'place', 'dorm', 'door', 'window',
      'bach', 'crib', 'cabin', 'cottage', 'unit', 'holiday home', 'caravan', 'basement', 'attic', 'office'],
  },
  /** Something is being done by someone unseen, now. */
  presence: {
    zh: ['有人', '有动静', '动静', '脚步声', '有声音', '有个人', '人影', '黑影'],
    en: ['someone', 'somebody', 'someones', "someone's", 'noise', 'shadow', 'footsteps', 'a man', 'a guy'],
  },
  /** Inside (a home): "someone inside our bach". */
  insideOf: {
    zh: [],
    en: ['inside', 'in'],
  },
  /** Trying to get in (present). */
  tryEntry: {
    zh: ['爬进', '翻进', '钻进', '撬', '进来', '开门', '拧门', '拽门', '推门'],
    en: ['get in', 'try to get in', 'tryna get in', 'break in', 'climb in', 'open the door', 'open the window', 'jiggle'],
  },
  /** Ending one's life, said plainly or around it. */
  endLife: {
    zh: ['不想活', '活不下去', '不想再撑', '撑不下去', '撑不住', '这辈子就到这', '就到这了', '活够了', '没意思了', '了结', '结束自己',
      '寻死', '轻生', '自杀', '跳楼', '跳河', '跳桥', '遗书', '永别', '对不起大家', '下辈子',
      '安眠药', '一整瓶', '一瓶药', '农药', '烧炭', '割腕', ],
    en: ['cant do this anymore', "can't do this anymore", 'cant go on', "can't go on", 'done with life', 'end it',
      'end things', 'end my life', 'kill myself', 'want to die', 'goodbye msg', 'goodbye message', 'goodbye text',
      'say goodbye', 'pill lined up', 'pills lined up', 'whole bottle', 'jump off', 'suicide', 'not worth living',
      'no reason to live', 'better off without me', 'last message', 'take my life'],
  },
  /** A drop someone could jump from. */
  edge: {
    zh: ['楼顶', '天台', '楼顶边', '桥上', '桥边', '大桥', '窗台', '阳台边', '江边', '河边', '铁轨'],
    en: ['roof', 'rooftop', 'ledge', 'bridge', 'overpass', 'cliff', 'tracks', 'balcony', 'footbridge', 'flyover', 'viaduct',
      'parapet'],
  },
  jump: {
    zh: ['跳', '跳下去', '往下跳', '站在', '坐在', '爬上'],
    en: ['jump', 'stand on', 'sit on', 'climb'],
  },
  /** Intent: I, she, he will / is going to. */
  intent: {
    zh: ['说', '说要', '要', '想', '准备', '打算', '发朋友圈', '发消息', '留言'],
    en: ['say', 'gonna', 'going to', 'want to', 'wanna', 'plan', 'text', 'msg', 'message', 'send', 'sorry'],
  },
  /** Threatening words. */
  threatWord: {
    zh: ['要我好看', '让我好看', '给我等着', '走着瞧', '弄死', '削死', '砍死', '劈死', '捅死', '打死', '杀了', '杀', '烧死', '放火', '烧了',
      '报复', '不放过', '收拾', '蹲我', '堵我', '跟着我', '跟踪', '守着', '等我',
      // Followed home (跟到我楼下, 一路跟着, 跟我回家).
      '跟到我', '一路跟着', '跟我回家', '跟回家', '跟到楼下', '跟到家'],
    en: ['kill', 'burn down', 'burn', 'hurt', 'get me', 'come for', 'make me pay', 'shoot', 'stab', 'regret', 'watch out',
      'turn up', 'show up', 'leave note', 'leaving notes', 'following me', 'wait for me', 'outside my work'],
  },
  /** Held fast by a thing, not a person: stuck, wedged, cannot get out or down. */
  stuck: {
    zh: ['困', '困住', '困在', '被困', '卡在', '卡住', '卡着', '出不来', '下不来', '上不来', '动不了',
      // Shut in (电梯坏了 关着个小孩, 关在里面).
      '关着', '关在里面', '关在里头', '关里面', '困着'],
    en: ['stuck', 'trap', 'wedge', 'pin', 'cant get out', "can't get out", 'cannot get out', 'cant get down', "can't get down",
      'cant get up or down', "can't get up or down", 'cant get off', "can't get off"],
  },
  /** The things people get stuck in or on: lifts, cars, drains, ledges, rocks in a river, mud, ice. */
  stuckPlace: {
    zh: ['电梯', '电梯里', '车里', '车内', '井', '井里', '下水道', '管道', '石头上', '河中间', '河心', '礁石', '悬崖', '山崖', '崖上',
      '树上', '楼顶', '泥里', '淤泥', '冰面', '沟里', '洞里', '栏杆', '铁栏杆', '隧道', '矿井', '桥墩'],
    en: ['lift', 'elevator', 'drain', 'storm drain', 'well', 'pipe', 'ledge', 'cliff', 'rock', 'rocks', 'mud', 'ice', 'tree',
      'ditch', 'culvert', 'shaft', 'railing', 'railings', 'mine', 'gorge', 'sandbar', 'roof'],
  },
  /** Hurt or worn out so they cannot get on or back by themselves (out in the wilds: lang `wilds`). */
  cantGoOn: {
    zh: ['走不了', '走不动', '下不了山', '下不来', '下不去', '回不来', '动不了', '站不起来', '起不来', '扭伤', '崴了', '崴脚', '崴到',
      '摔断', '骨折', '摔伤', '摔下去', '滚下去', '掉下去', '迷路', '迷了路', '找不到路', '天黑下不来', '受伤',
      // Off the path (走岔了, 走错路).
      '走岔了', '走岔', '走错路', '走错了路', '找不到下山的路'],
    en: ['cant walk', "can't walk", 'cannot walk', 'unable to walk', 'cant move', "can't move", 'cannot move',
      'cant get down', "can't get down", 'cant get back', "can't get back", 'ankle', 'leg', 'knee', 'hip', 'wrist',
      'sprain', 'dislocate', 'injure', 'injured', 'fall', 'slip', 'stranded', 'stuck', 'cant stand', "can't stand", 'hypothermic', 'hypothermia',
      // Lost out there ("we're lost on the crossing"): INCIDENT.md's "lost on a mountain" is a rescue.
      "we're lost", 'we are lost', 'were lost', "i'm lost", 'i am lost', 'im lost', 'lost the track', 'lost the trail',
      'lost the path', "can't find the track", 'cant find the track', "can't find the trail", 'cant find the trail'],
  },
  /** Out in the wilds, away from roads: mountains, trails, woods, cliffs, moors. */
  wilds: {
    zh: ['山上', '山里', '山顶', '半山腰', '山路', '山沟', '野外', '悬崖', '山崖', '峡谷', '后山', '爬山', '登山', '徒步', '野山',
      '树林', '森林', '瀑布', '山谷', '景区'],
    en: ['trail', 'trailhead', 'mountain', 'hike', 'hiker', 'hiking', 'woods', 'forest', 'canyon', 'gorge', 'waterfall',
      'cliff', 'ridge', 'summit', 'peak', 'moor', 'moors', 'backcountry', 'ravine', 'scramble', 'climb', 'climber',
      // NZ / AU "tramping" and "the bush"; alpine crossings; lost when the mist or a whiteout comes in.
      'tramping', 'tramper', 'bushwalk', 'bushwalking', 'the bush', 'alpine', 'national park', 'mist', 'whiteout'],
  },
  /**
   * Left, gone, whereabouts unknown (after a goodbye: a missing person at risk). Not "not answering" or "phone off"
   * alone: someone who said they want to die and does not answer may be at home (self-harm).
   */
  gone: {
    zh: ['走了', '人走了', '人就走了', '出走', '离家', '离家出走', '不见了', '人不见了', '不知去向', '不知道去哪', '去哪了', '找不到',
      '找不着', '没回来', '开车走了', '开走了', '出门了'],
    en: ['gone', 'walk out', 'take off', 'drive off', 'take his', 'take her', 'take the car', 'take the truck', 'leave home', 'leave the house', 'leave with', 'left with', 'left home',
      'left the house', 'no idea where', 'dont know where', "don't know where", 'cant find', "can't find", 'not come home',
      'hasnt come home', "hasn't come home", 'not back'],
  },
  /** A goodbye, a farewell note or message (someone about to end their life, or about to go). */
  farewell: FAREWELL_WORDS,
  /** Shut in alone and not answering: locked themselves in, no sound, will not open (with a goodbye: self-harm). */
  shutIn: {
    zh: ['反锁', '把自己锁', '把自己关', '自己锁在', '自己关在', '锁在屋里', '关在屋里', '不开门', '敲门不应', '敲门也不应', '敲门没人应',
      '叫也不应', '喊也不应', '不吭声', '没动静', '没有动静', '没声音', '没有声音', '不出声'],
    en: ['lock himself in', 'lock herself in', 'lock themselves in', 'lock himself in the', 'lock herself in the',
      "won't open the door", 'wont open the door', 'will not open the door', 'not answer the door', 'no answer at the door',
      'no sound from'],
  },
  /** Water over people, collapse over people, entrapment. */
  water: {
    // Not 海 alone: it is in too many place names (上海, 海淀, 海荣名城).
    zh: ['水', '洪水', '大水', '河', '河里', '湖', '水库', '江', '大海', '海水', '水里', '冰', '冰面', '冰窟窿',
      // Water named by what holds it, as jieba cuts it: ponds (水塘, 池塘, 鱼塘), ditches and channels, the sea, a pool.
      '水塘', '池塘', '鱼塘', '塘里', '河沟', '水沟', '水渠', '海里', '江里', '湖里', '河道', '水坝', '泳池', '游泳池', '水坑'],
    en: ['water', 'flood', 'river', 'lake', 'pond', 'ice', 'sea', 'creek', 'canal', 'current',
      // Water named by where it is: a harbour, a quarry, a dam, a loch or lough, the ocean, the docks (not "bay": a
      // parking or loading bay; not "marina": a place to break into).
      'harbour', 'harbor', 'ocean', 'quarry', 'dam', 'reservoir', 'loch', 'lough', 'estuary', 'lagoon',
      'the docks', 'the dock', 'swimming pool', 'stream', 'brook', 'billabong',
      // The surf: a rip (not "ripped"), a riptide, the undertow, the waves.
      'the rip', 'a rip', 'rip current', 'riptide', 'rip tide', 'undertow', 'the waves', 'the surf', 'out to sea'],
  },
  submerged: {
    zh: ['漫到', '淹到', '没过', '到胸口', '到腰', '到脖子', '冲走', '掉', '掉进', '沉', '扑腾', '淹', '漫进', '灌进', '出不来', '困',
      // Holding on against the current ("抱到桥墩子 水好急 他快抱不住了").
      '抱不住', '抓不住', '快抱不住', '快抓不住', '水好急', '水很急', '水太急', '水流急', '水流好急',
      // Fallen or slid in, said other ways: 栽进, 跌进, 滑进, 摔进, 掉到, 落到 (a car or a rider too: 连人带车).
      '栽进', '栽到', '栽下', '跌进', '跌到', '跌落', '滑进', '滑到', '滑下', '摔进', '摔到', '掉到', '落到', '落进'],
    en: ['go into', 'went into', 'drive into', 'drove into', 'sinking', 'fall down from', 'fall into', 'drag out', 'pull out', 'swept out', 'carry out',
      // Slipped, tumbled or washed in rather than fell.
      'slip into', 'slip in', 'slip off', 'tumble into', 'topple into', 'wash into', 'wash off', 'roll into', 'go off the end',
      'go in after', 'went in after',
      // Fallen from a boat or a ferry, and not seen again ("fell off the pontoon into the lake and hes not coming up").
      'overboard', 'fall off', 'fall from', 'not coming up', "hasn't come up", 'hasnt come up', 'not resurface', 'go under water', 'fall through', 'fell through', 'fall in', 'fell in', 'sweep away', 'swept', 'up to', 'sink', 'drown', 'stuck', 'rising', 'keep rising', 'coming up',
      'trap', 'cant get out', "can't get out", 'go under', 'went under',
      // Carried out from the shore, barely afloat ("pulled out by the rip", "head bobbing", "out of his depth").
      'pull out by', 'drag out by', 'carry out by', 'take out by', 'suck out', 'head bob', 'bob up and down',
      'out of his depth', 'out of her depth', 'out of their depth', 'waving his arms', 'waving her arms'],
  },
  collapse: {
    zh: ['塌', '塌了', '倒塌', '坍塌', '塌方', '垮了', '埋', '埋了', '压住', '压在', '砸到'],
    // Not "collapse" alone in English: a person collapses too (medical); "the roof collapsed" is a rescue word.
    en: ['cave in', 'bury', 'pin under', 'crush', 'fall on', 'come down on', 'fall on top of'],
  },
  /** A crash, said any way. */
  crash: {
    // 车撞: one word as jieba cuts "小车撞了拖拉机".
    zh: ['撞', '撞了', '车撞', '翻', '翻了', '侧翻', '追尾', '刮', '蹭', '碾', '轧', '压', '冲出', '掉沟里', '挂倒', '刮倒', '蹭倒', '撞倒', '带倒',
      '挂到', '刮到',
      // Pushed or cut into (大货车把小车顶到护栏上, Henan 叫一辆轿车别倒了: knocked over by a car cutting in).
      '顶到', '怼到', '怼上', '挤到', '挤倒', '别倒', '别倒了', '别翻', '到护栏', '撞护栏'],
    en: ['flip', 'roll', 'crash', 'hit', 'run over', 'rear end', 'swerve', 'smash', 'wreck', 'total', 'spin out', 'plow into',
      // A road user struck ("knocked a cyclist off his bike", "mowed him down", "clipped a kid").
      'knock', 'knock off', 'knock down', 'knock over', 'mow down', 'plough into', 'clip', 'slam into', 'run down',
      // Off the road ("went off the road into the creek", "ran off the road").
      'off the road', 'veer off', 'leave the road', 'come off the road',
      // A rider thrown ("came off his bike", UK "the motorbike's come off on the A470"): not "came off the bus".
      'come off his', 'come off her', 'come off the bike', 'come off the motorbike', 'come off on', 'come off at',
      'come off in', 'come off by', 'come off near', 'come off going', 'come off round', 'come off at speed'],
  },
  /**
   * A person on the road a vehicle can hit: a pedestrian, a cyclist, a child, an old lady. Not "someone": "my car got
   * hit by someone" is a car hit, nobody hurt.
   */
  roadUser: {
    zh: [],
    en: ['cyclist', 'pedestrian', 'jogger', 'biker', 'kid', 'child', 'boy', 'girl', 'man', 'woman', 'lady', 'old lady',
      'old man', 'guy', 'bloke', 'teen', 'teenager', 'student', 'schoolkid', 'toddler',
      'him', 'her', 'me', 'my son', 'my daughter', 'my kid', 'my dad', 'my mum', 'my mom'],
  },
  /** Thuds and bangs heard through a wall or a ceiling: a struggle, things or a body thrown. */
  struggleSound: {
    zh: [],
    en: ['thud', 'thump', 'bang', 'banging', 'crash', 'slam', 'smash'],
  },
  /** Someone crying out: screaming, crying, begging to stop. */
  cryOut: {
    zh: [],
    en: ['scream', 'screaming', 'cry', 'crying', 'cry out', 'shriek', 'wail', 'sob', 'beg', 'begging', 'help me',
      'please stop', 'stop please'],
  },
  /**
   * A cry for help heard (喊救命, 呼救, 哭着喊别打了, 求饶): not the reporter's own 救命, which names no category, but
   * someone else's, from the home next door (help_cry_next_door).
   */
  helpCry: {
    zh: ['喊救命', '叫救命', '呼救', '喊别打了', '喊别打', '喊不要打', '求饶', '喊杀人了', '喊救人'],
    en: [],
  },
  /** A couple or a child of the home next door (help_cry_next_door: harm at home, not an unknown fight). */
  household: {
    zh: ['两口子', '小两口', '夫妻', '夫妻俩', '老公', '老婆', '媳妇', '孩子', '小孩', '小孩子', '娃', '娃娃', '大人', '家长'],
    en: [],
  },
  /** The home next to the reporter's: heard through the wall or the ceiling. */
  nextHome: {
    zh: ['楼上', '楼下', '隔壁', '对门', '邻居', '邻居家', '隔壁家', '两口子', '小两口'],
    en: ['upstairs', 'downstairs', 'next door', 'flat above', 'flat below', 'apartment above', 'apartment below',
      'unit above', 'unit below', 'above me', 'above us', 'below me', 'below us', 'through the wall', 'through the ceiling',
      'through the floor', 'couple', 'neighbour', 'neighbor'],
  },
  /** A party, music, drink: the noise of people enjoying themselves. */
  revelry: {
    zh: [],
    en: ['party', 'music', 'bass', 'drunk', 'dj', 'karaoke', 'celebrate', 'pub', 'club', 'bar', 'stag', 'hen do'],
  },
  /** Driving drunk. */
  drunkDriving: {
    zh: ['喝了酒开车', '喝酒开车', '喝多了开车', '酒后开车', '醉了开车', '歪歪扭扭', '画龙', '蛇形', '东倒西歪', '开得'],
    // Not "smashed": "guy smashed the phone cabinet" is far more often a blow than a drunk.
    en: ['hammered', 'wasted', 'drunk', 'pissed', 'plastered', 'swerving', 'all over the road', 'weaving'],
  },
  /** Not back, cannot be found. */
  notBack: {
    zh: ['没回来', '没回家', '没回宿舍', '没来上班', '没去上班', '不回家', '找不到', '找不着', '联系不上', '打不通', '不见了', '走丢', '走失', '没接', '没到家'],
    en: ["hasn't come home", 'hasnt come home', 'not come home', 'not home', 'never came home', 'cant find', "can't find",
      'cannot find', 'wander off', 'not answering', 'no one has seen', 'missing', 'lost', "didn't come home", 'didnt come home',
      // Indian English "not returned" (went for a walk and not returned), "not come back".
      'not returned', 'not return', 'never returned', 'not yet returned', 'not come back', 'never came back',
      "hasn't come back", 'hasnt come back', 'not back yet',
      // Scots "no" for not ("ma wee boy's no come hame": hame is read as home).
      'no come home', 'no came home', 'no been home', 'no back yet', 'no home yet'],
  },
  /** Medical collapse. */
  collapseBody: {
    zh: ['倒了', '倒下', '晕了', '晕倒', '叫不醒', '不省人事', '没气了', '不喘气', '抽搐', '口吐白沫', '发紫', '没知觉', '瘫了',
      '脸色发灰', '脸发灰', '脸都灰了'],
    en: ['collapse', 'pass out', 'wont wake', "won't wake", 'not breathe', 'turn blue', 'seize', 'foam', 'faint', 'unconscious',
      // A face gone grey (a heart attack, a stroke, shock), as a passer-by sees it.
      'not respond', 'go grey', 'gone grey', 'turn grey', 'face is grey', 'go gray', 'gone gray', 'turn gray', 'face is gray'],
  },
  /** An old person (living alone or not), by what they are called. */
  elder: {
    zh: ['老人', '老人家', '老太太', '老太', '老奶奶', '老大爷', '老爷子', '老头', '大爷', '大妈', '奶奶', '爷爷', '姥姥', '姥爷', '外婆',
      '外公', '阿婆', '阿公', '独居老人', '孤寡老人', '空巢老人'],
    en: ['old man', 'old lady', 'old woman', 'old guy', 'elderly', 'pensioner', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandmother',
      'grandad', 'grandpa', 'grandfather', 'oap'],
  },
  /** Down and unable to get up (a fall at home). */
  cantGetUp: {
    zh: ['起不来', '爬不起来', '站不起来', '起不了身', '摔倒了', '摔了一跤', '跌倒', '摔在地上', '躺在地上', '倒在地上'],
    en: ["can't get up", 'cant get up', 'cannot get up', 'unable to get up', 'fallen', 'had a fall', 'took a fall', 'on the floor',
      'on the ground'],
  },
  /** Drugs (other police matter). */
  drugs: {
    zh: ['冰', '冰毒', '溜冰', '麻古', 'k粉', '摇头丸', '大麻', '白粉', '海洛因', '吸毒', '贩毒', '毒品', '嗑药', '叶子', '邮票', '飞叶子'],
    en: ['meth', 'crack', 'coke', 'cocaine', 'heroin', 'fentanyl', 'weed', 'drug', 'drugs', 'pills'],
  },
  /** Selling, dealing. */
  sell: {
    zh: ['卖', '贩', '买卖', '交易', '出货', '送货'],
    en: ['sell', 'deal', 'dealing', 'push', 'buy'],
  },
  /** Objects left behind. */
  looseObject: {
    zh: ['袋子', '黑袋子', '包', '箱子', '行李箱', '包裹', '编织袋', '桶'],
    en: ['bag', 'backpack', 'package', 'box', 'suitcase', 'parcel', 'container'],
  },
  abandoned: {
    zh: ['放着', '没人要', '没人管', '没人拿', '扔在', '放了一天', '好几天', '一直在', '怪味', '有味', '滴答'],
    en: ['unattended', 'left', 'abandon', 'sitting there', 'no one claim', 'ticking', 'leaking', 'smell'],
  },
  /** Checking doors, lurking. */
  prowl: {
    zh: ['拉车门', '拽车门', '试车门', '来回转', '转悠', '踩点', '盯着', '往里看', '趴窗户'],
    en: ['check car door', 'checking car door', 'door handle', 'handles', 'try door', 'peek', 'lurk', 'case', 'prowl',
      'hang around', 'look into car', 'look in car'],
  },
  /** Noise, shouting, drunk crowds. */
  noise: {
    zh: ['嚷嚷', '吵', '吵吵', '闹', '喊', '大喊大叫', '鬼哭狼嚎', '放音乐', '音乐', '唱歌', '喝大了', '喝多了', '耍酒疯', '踹门',
      '砸门', '敲门', '大半夜', '半夜', '凌晨'],
    en: ['blast music', 'blasting music', 'loud', 'music', 'party', 'scream', 'yell', 'shout', 'drunk', 'noise', 'banging',
      'rowdy', 'kicking off'],
  },
  /** Things found or lost (other police). */
  found: {
    zh: ['捡到', '拾到', '捡了', '丢了', '补办', '开证明'],
    en: ['found', 'find', 'pick up', 'lost', 'replace'],
  },
  idThings: {
    zh: ['钱包', '身份证', '证件', '护照', '驾照', '银行卡'],
    en: ['wallet', 'id', 'passport', 'license', 'licence', 'card', 'cards'],
  },
  /** Who is accused of a scam. */
  scamActor: {
    zh: ['公检法', '公安局的', '检察院', '法院', '客服', '网警', '领导', '洗钱', '涉嫌', '刷单', '兼职', '投资', '理财', '中奖',
      '安全账户', '验证码', '杀猪盘',
      // Second-hand apps and sellers who never send (闲鱼上买个手机 钱转过去了), as "marketplace", "never arrive".
      '闲鱼', '转转', '二手平台', '不发货', '没发货', '收钱不发货'],
    en: ['irs', 'hmrc', 'social security', 'tech support', 'microsoft', 'bank security', 'marketplace', 'gift card',
      'gift cards', 'crypto', 'bitcoin', 'doesnt exist', "doesn't exist", 'never arrive', 'never showed'],
  },
  pay: {
    zh: ['转钱', '转账', '汇款', '打钱', '给钱', '付款', '交钱', '骗', '骗了', '被骗', '取钱', '转过去', '付了钱', '付过去', '付了款'],
    en: ['pay', 'send money', 'buy', 'transfer', 'wire', 'scam', 'buying', 'paid'],
  },
  /** Non-police everyday complaints (12345). */
  cityMatter: {
    zh: ['押金', '房东', '物业', '修路', '大坑', '坑', '路灯', '暖气', '停水', '停电', '垃圾', '井盖', '噪音', '施工', '退钱',
      '退款', '商家', '工资', '欠薪', '工地', '装修', '电钻'],
    en: ['landlord', 'deposit', 'heating', 'heat', 'streetlight', 'street light', 'pothole', 'council', 'rubbish', 'trash',
      'construction', 'roadworks', 'road works', 'building site', 'jackhammer',
      'refund', 'wages', 'repair', 'fix'],
  },
} as const satisfies Record<string, ClassWords>;

/** A class computed from another: a harm verb said as happening now ("dragging", "在咥", "正在打"). */
type DerivedClass = 'harmNow';
export type SemanticClass = keyof typeof CLASSES | DerivedClass;

/** Chinese words before a verb that make it "now". */
const NOW_BEFORE = new Set(['在', '正在', '还在', '一直', '正', '又在', '都在']);
/** English words before a verb that make it "now" ("is hitting", "still kicking"). */
const NOW_BEFORE_EN = new Set(['still', 'keep', 'keeps']);
/** Words before a harm verb that make it a threat, not an act ("说要削死", "gonna burn", "going to kill"). */
// prettier-ignore
// Txt-speak and US speech: "hell shoot me" (he'll), "theyll", "imma", "finna", Southern "he gon".
const INTENT_BEFORE = new Set(['要', '说要', '扬言', '想', '准备', '打算', '威胁', '迟早', '早晚', 'gonna', 'will', "'ll", 'threaten',
  'hell', 'theyll', "he'll", "she'll", "they'll", 'imma', 'ima', 'finna', 'gon', "you'll", 'youll', "we'll"]);
/** English words before "hurt" that make it a threat, not an injury: "he'll hurt me", txt-speak "hell hurt me". */
const INTENT_BEFORE_TO = new Set(['go', 'want', 'threaten', 'gonna', 'plan', 'say']);

/** A frame: one word of each class, close together in one message, means this category. */
export interface Frame {
  id: string;
  category: Category;
  all: readonly SemanticClass[];
  /** Not when one of these is in the same message. */
  unless?: readonly SemanticClass[];
  /** Words apart at most (default 8). */
  window?: number;
  /**
   * Categories this frame replaces even when their words matched ("隔壁天天打孩子" names violence by 打; the
   * habit makes it domestic). Only for a frame that is a more specific reading of those categories.
   */
  overrides?: readonly Category[];
  /**
   * In English, the classes come in the listed order ("a tree fell on a man", not "the neighbour's tree fell on
   * my fence"). Chinese word order is freer (人被压住了) and is not checked.
   */
  orderedEn?: boolean;
  /** The frame itself means at least this priority (a person in the water, an intent to die). */
  to?: Priority;
  /**
   * In English, the relative must be the one who acts (relativeActs): "my uncle got cut", "3 boys jumping my cousin",
   * "my dad cut his hand" name a relative who was hurt, by someone else or by accident, not domestic violence.
   */
  familyActs?: boolean;
  note: string;
}

/** The frames, most specific first (the evaluator ranks categories by seriousness, not by this order). */
// prettier-ignore
export const FRAMES: readonly Frame[] = [
  { id: 'force_into_vehicle', category: 'kidnapping', all: ['forceInto', 'into', 'vehicle', 'person'], to: 'P1', note: 'someone forced into a vehicle' },
  { id: 'forced_in_vehicle', category: 'kidnapping', all: ['forcedIn', 'vehicle', 'person'], window: 8, to: 'P1', note: 'someone pushed or dragged into a vehicle' },
  { id: 'forced_in_vehicle_passive', category: 'kidnapping', all: ['forcedIn', 'vehicle', 'passive'], window: 4, to: 'P1', note: 'someone was pushed or dragged into a vehicle' },
  { id: 'held', category: 'kidnapping', all: ['detain', 'person'], unless: ['vehicle'], window: 6, note: 'held against their will' },
  { id: 'documents_taken', category: 'kidnapping', all: ['detain', 'documents'], window: 8, note: 'locked in, papers taken' },
  { id: 'dragged_out_of_sight', category: 'sexual_assault', all: ['forceInto', 'secluded', 'person'], window: 10, to: 'P1', overrides: ['kidnapping'], note: 'a person dragged into bushes, woods or fields' },
  { id: 'touched_intimate', category: 'sexual_assault', all: ['touch', 'intimate'], window: 8, overrides: ['kidnapping'], note: 'touched, rubbed or grabbed intimately' },
  { id: 'sex_without_consent', category: 'sexual_assault', all: ['sex', 'noConsent'], window: 24, overrides: ['kidnapping'], note: 'sex without consent' },
  { id: 'held_to_molest', category: 'sexual_assault', all: ['gaau', 'detain'], window: 12, to: 'P1', overrides: ['kidnapping'], note: 'held or locked in by someone who "wants to 搞" her (Cantonese: to rape)' },
  { id: 'dragged_to_molest', category: 'sexual_assault', all: ['gaau', 'forceInto'], window: 8, to: 'P1', overrides: ['kidnapping'], note: 'dragged somewhere by someone who "wants to 搞" her' },
  { id: 'shamed_in_room', category: 'sexual_assault', all: ['shamedEuph', 'lodging'], window: 8, overrides: ['kidnapping'], note: '"欺负了" / "糟蹋了" where she was taken to a room' },
  { id: 'shamed_in_stupor', category: 'sexual_assault', all: ['shamedEuph', 'stupor', 'passive'], window: 10, overrides: ['kidnapping'], note: '"欺负了" / "糟蹋了" while too drunk to resist, said in the passive' },
  { id: 'drink_spiked', category: 'sexual_assault', all: ['sex', 'person'], window: 10, overrides: ['kidnapping'], note: 'sex / drink spiked, a person named' },
  { id: 'jump_from', category: 'self_harm', all: ['jump', 'edge'], window: 10, to: 'P1', overrides: ['rescue'], note: 'someone at a drop, about to jump' },
  { id: 'end_life', category: 'self_harm', all: ['endLife'], to: 'P1', note: 'says or shows they mean to end their life' },
  { id: 'domestic_harm_now', category: 'domestic_violence', all: ['harmNow', 'family'], window: 8, unless: ['phoneCall'], to: 'P1', familyActs: true, note: 'a partner or relative doing harm now' },
  { id: 'domestic_harm', category: 'domestic_violence', all: ['harm', 'family'], window: 8, unless: ['phoneCall'], familyActs: true, note: 'a partner or relative doing harm' },
  { id: 'family_row', category: 'domestic_violence', all: ['quarrel', 'family'], window: 8, unless: ['outsider'], overrides: ['disorder'], note: 'two relatives or partners in a row with each other (not with an outsider): a domestic matter' },
  { id: 'family_rampage', category: 'domestic_violence', all: ['smashThings', 'family'], window: 8, unless: ['outsider'], overrides: ['disorder', 'violence'], note: 'a partner or relative smashing things at home' },
  { id: 'struggle_heard', category: 'domestic_violence', all: ['struggleSound', 'cryOut', 'nextHome'], window: 16, unless: ['revelry'], overrides: ['disorder'], note: 'thuds and someone crying out in the home next door or above: someone hurt at home' },
  { id: 'help_cry_next_door', category: 'domestic_violence', all: ['helpCry', 'nextHome', 'household'], window: 16, unless: ['revelry'], to: 'P1', overrides: ['disorder', 'threat', 'non_police'], note: 'a couple or a child of the home next door or above, someone crying for help: harm at home (a noise complaint that is not one)' },
  { id: 'help_cry_heard', category: 'violence', all: ['helpCry', 'nextHome'], window: 16, unless: ['revelry', 'household'], to: 'P1', overrides: ['disorder', 'threat', 'non_police'], note: 'someone crying for help next door or above, who is unknown: someone being hurt now' },
  { id: 'abuse_again', category: 'domestic_violence', all: ['habitual', 'harm', 'homeVictim'], window: 5, unless: ['phoneCall'], overrides: ['violence', 'threat'], note: 'the same people harmed again and again: abuse at home' },
  { id: 'harm_now', category: 'violence', all: ['harmNow', 'person'], window: 6, unless: ['phoneCall'], to: 'P1', note: 'someone is doing harm to someone now' },
  { id: 'relative_hurt', category: 'violence', all: ['harm', 'relative'], window: 4, unless: ['phoneCall'], note: 'a relative hurt by someone (not a relative: the domestic frames come first when one acts)' },
  { id: 'harm_person', category: 'violence', all: ['harm', 'person'], window: 6, unless: ['phoneCall'], note: 'someone doing harm to someone' },
  { id: 'robbed', category: 'robbery', all: ['force', 'take'], window: 10, unless: ['forcedEntry'], overrides: ['violence'], note: 'something taken by force' },
  { id: 'armed_take', category: 'robbery', all: ['weapon', 'take'], window: 12, orderedEn: true, unless: ['ownWeapon', 'drugs'], overrides: ['theft', 'violence'], note: 'a weapon shown, then something taken ("pulled a gat on me n took my whip")' },
  { id: 'robbed_item', category: 'robbery', all: ['force', 'item'], window: 8, unless: ['drugs', 'forcedEntry'], note: 'force over an item' },
  { id: 'beaten_and_robbed', category: 'robbery', all: ['harm', 'take', 'item'], window: 14, unless: ['drugs'], overrides: ['violence'], note: 'hurt and something taken from them' },
  { id: 'entry_premises', category: 'burglary', all: ['entry', 'premises'], window: 10, note: 'a home or shop broken into' },
  { id: 'someone_getting_in', category: 'burglary', all: ['presence', 'tryEntry'], window: 8, to: 'P1', note: 'someone getting in now' },
  { id: 'someone_inside', category: 'burglary', all: ['presence', 'insideOf', 'premises'], window: 3, orderedEn: true, to: 'P1', note: 'someone inside a home now' },
  { id: 'ransacked', category: 'burglary', all: ['entry', 'take'], window: 16, note: 'broken in and things taken' },
  { id: 'item_taken', category: 'theft', all: ['take', 'item'], window: 10, unless: ['force'], note: 'something taken' },
  { id: 'item_gone', category: 'theft', all: ['item', 'gone'], window: 3, orderedEn: true, unless: ['force', 'person'], note: 'a thing of theirs gone ("laptop bag gone")' },
  { id: 'scam', category: 'fraud', all: ['scamActor', 'pay'], window: 30, note: 'paying someone posing as an authority or seller' },
  { id: 'scam_actor', category: 'fraud', all: ['scamActor'], note: 'a scam sign' },
  { id: 'vehicle_hit_road_user', category: 'traffic', all: ['vehicle', 'crash', 'roadUser'], window: 5, orderedEn: true, to: 'P1', overrides: ['violence', 'theft', 'robbery'], note: 'a vehicle hit a person on the road (a hit-and-run too: the person hit first)' },
  { id: 'vehicle_crash', category: 'traffic', all: ['vehicle', 'crash'], window: 8, unless: ['entry'], overrides: ['rescue'], note: 'a vehicle crashed (someone trapped in it is part of the crash)' },
  { id: 'drunk_driver', category: 'traffic', all: ['drunkDriving', 'vehicle'], window: 16, unless: ['entry'], note: 'someone driving drunk' },
  { id: 'drunk_driving', category: 'traffic', all: ['drunkDriving', 'person'], window: 4, note: 'a drunk driver' },
  { id: 'not_back', category: 'missing_person', all: ['person', 'notBack'], window: 14, unless: ['collapseBody'], note: 'someone not back, cannot be found (not someone down and not answering)' },
  { id: 'stuck_in', category: 'rescue', all: ['stuck', 'stuckPlace'], window: 8, overrides: ['kidnapping', 'missing_person', 'medical', 'disorder', 'non_police'], note: 'someone stuck in or on something (a lift, a car, a drain, a ledge)' },
  { id: 'hurt_in_wilds', category: 'rescue', all: ['cantGoOn', 'wilds'], window: 16, to: 'P1', overrides: ['disorder', 'missing_person', 'non_police'], note: 'someone hurt or stranded in the mountains, woods or on a trail: a rescue' },
  { id: 'shut_in_after_goodbye', category: 'self_harm', all: ['farewell', 'shutIn'], window: 30, to: 'P1', note: 'a goodbye, and shut in alone not answering: someone who may be ending their life' },
  { id: 'gone_after_goodbye', category: 'missing_person', all: ['farewell', 'gone'], window: 30, to: 'P1', overrides: ['self_harm', 'threat'], note: 'a goodbye, and gone: a missing person whose life is at risk' },
  { id: 'in_water', category: 'rescue', all: ['water', 'submerged'], window: 10, to: 'P1', overrides: ['violence'], note: 'someone in the water (dragged or pulled by the water, not by a person)' },
  { id: 'buried', category: 'rescue', all: ['collapse', 'person'], window: 8, orderedEn: true, to: 'P1', note: 'someone under a collapse' },
  { id: 'collapsed_buried', category: 'rescue', all: ['collapse'], window: 8, unless: ['person'], note: 'something collapsed' },
  { id: 'elder_fallen', category: 'medical', all: ['elder', 'cantGetUp'], window: 16, to: 'P1', overrides: ['disorder', 'missing_person', 'non_police', 'burglary'], note: 'an old person down and unable to get up (a fall at home, often behind a locked door): an ambulance, and the police to open the door' },
  { id: 'collapsed_person', category: 'medical', all: ['collapseBody'], to: 'P1', note: 'someone collapsed, unresponsive' },
  { id: 'threatened', category: 'threat', all: ['intent', 'threatWord'], window: 6, note: 'says they will harm' },
  { id: 'stalked', category: 'threat', all: ['threatWord', 'person'], window: 4, note: 'waits for or follows someone' },
  { id: 'drug_dealing', category: 'other_police', all: ['drugs', 'sell'], window: 10, note: 'drugs sold' },
  { id: 'left_object', category: 'suspicious', all: ['looseObject', 'abandoned'], window: 12, note: 'an object left behind' },
  { id: 'prowling', category: 'suspicious', all: ['prowl'], note: 'someone trying door handles, lurking' },
  { id: 'noise', category: 'disorder', all: ['noise'], unless: ['harm', 'cityMatter', 'drunkDriving', 'cantGetUp', 'collapseBody'], note: 'noise, shouting, drunk crowds (not a cry from someone down: a knock, then a voice that cannot get up)' },
  { id: 'found_or_lost_id', category: 'other_police', all: ['found', 'idThings'], window: 8, note: 'found property, lost ID' },
  { id: 'city_matter', category: 'non_police', all: ['cityMatter'], note: 'a 12345 matter' },
];

// ---------------------------------------------------------------------------------------------------------
// Compiled at module load: every class word in the form tokens are compared in.
// ---------------------------------------------------------------------------------------------------------

const CLASS_NAMES = Object.keys(CLASSES) as (keyof typeof CLASSES)[];
/** Word (joined tokens) → the classes it belongs to. */
const LEXICON = new Map<string, SemanticClass[]>();
/** Longest entry in tokens (bounds the look-ahead). */
let MAX_SPAN = 1;

/** Every beginning of a lexicon entry (by characters): a run of words that begins none cannot grow into one. */
const ENTRY_STARTS = new Set<string>();

function addEntry(key: string, cls: SemanticClass, span: number): void {
  for (let i = 1; i <= key.length; i++) ENTRY_STARTS.add(key.slice(0, i));
  const list = LEXICON.get(key);
  if (list === undefined) LEXICON.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
  MAX_SPAN = Math.max(MAX_SPAN, span);
}

for (const cls of CLASS_NAMES) {
  const words: ClassWords = CLASSES[cls];
  for (const w of words.zh) addEntry(normalizeText(w), cls, Math.min(4, w.length));
  for (const w of words.en) {
    const parts = normalizeText(w).split(/\s+/).filter(Boolean);
    addEntry(parts.map(lemma).join(' '), cls, parts.length);
  }
}
MAX_SPAN = Math.min(MAX_SPAN, 4);

/** One class word found: token index range and where it is in the text. */
export interface ClassHit {
  cls: SemanticClass;
  /** Index of its first token. */
  at: number;
  start: number;
  end: number;
}

/** An English word's keys: its lemma, and for txt-speak "jumpin" / "robbin" also the -ing form's lemma. */
function englishKeys(t: Token): string[] {
  const keys = [t.lemma];
  if (/^[a-z]{3,}in$/.test(t.text)) keys.push(lemma(`${t.text}g`));
  if (t.text !== t.lemma && !keys.includes(t.text)) keys.push(t.text);
  if (t.text.endsWith("'s")) keys.push(lemma(t.text.slice(0, -2)));
  return keys;
}

function chineseKeys(word: string): string[] {
  return word.length > 1 && /[了着过]$/.test(word) ? [word, word.slice(0, -1)] : [word];
}

const isHan = (s: string) => /^[\u3400-\u9fff]/.test(s);

/**
 * The class words of the last texts read: a step reads every text of the report again (frames, the relative
 * who acts, each with its own question), and a text's class words never change. Bounded like framesIn's cache.
 */
const hitsCache = new Map<string, readonly ClassHit[]>();

/** classHits, remembered per text (callers only read the list). */
function classHitsOf(norm: string): readonly ClassHit[] {
  let hits = hitsCache.get(norm);
  if (hits === undefined) {
    hits = findClassHits(norm);
    if (hitsCache.size >= CACHE_SIZE) hitsCache.delete(hitsCache.keys().next().value as string);
    hitsCache.set(norm, hits);
  }
  return hits;
}

/** Every class word in a normalised text, not negated, in token order (a copy: the remembered list stays as found). */
export function classHits(norm: string): ClassHit[] {
  return classHitsOf(norm).map((h) => ({ ...h }));
}

function findClassHits(norm: string): ClassHit[] {
  const toks = tokens(norm);
  const out: ClassHit[] = [];
  // Per token, made once: whether it is Chinese, and an English word's keys (a token is read in up to
  // MAX_SPAN runs of words).
  const hans = toks.map((t) => isHan(t.text));
  const english: (string[] | undefined)[] = [];
  const keysOf = (j: number, t: Token): string[] => (english[j] ??= englishKeys(t));
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (first === undefined) continue;
    const han = hans[i] === true;
    // A mountain climbed by its name (爬鳌山, 登华山): the wilds, whichever mountain (not 中山路 or 佛山 the city).
    if (han && /^[\u3400-\u9fff]+[山岭峰]$/.test(first.text) && CLIMB_ZH.has(toks[i - 1]?.text ?? ''))
      out.push({ cls: 'wilds', at: i, start: first.start, end: first.end });
    // A Chinese word with an aspect particle (揍了, 拿着) is also the bare verb.
    let keys = han ? chineseKeys(first.text) : keysOf(i, first);
    for (let span = 1; span <= MAX_SPAN && i + span <= toks.length; span++) {
      const last = toks[i + span - 1];
      if (last === undefined) break;
      if (span > 1) {
        // Chinese words join without a space, English with one; never across a language switch or a gap.
        if (hans[i + span - 1] !== han) break;
        const prev = toks[i + span - 2];
        if (prev !== undefined && (han ? last.start !== prev.end : /[,.!?;:]/.test(norm.slice(prev.end, last.start))))
          break;
        // No entry begins with these words: a longer run cannot be one either.
        if (!keys.some((k) => ENTRY_STARTS.has(k))) break;
        const lastKeys = han ? null : keysOf(i + span - 1, last);
        keys =
          lastKeys === null ? keys.map((k) => k + last.text) : keys.flatMap((k) => lastKeys.map((l) => `${k} ${l}`));
      }
      for (const key of keys) {
        const classes = LEXICON.get(key);
        if (classes === undefined) continue;
        if (isNegated(norm, first.start)) continue;
        // "shes throwing up", "he hit me up on whatsapp": a verb with its particle that is no blow.
        if (
          span === 1 &&
          !han &&
          classes.includes('harm') &&
          NOT_A_BLOW.has(`${first.lemma} ${toks[i + 1]?.lemma ?? ''}`)
        )
          continue;
        // "砸我家门", "踹他的车": a verb + pronoun kept whole (砸我) whose object is a thing of theirs, not them.
        if (han && span > 1 && classes.includes('harm') && THINGS_OF_ZH.has(toks[i + span]?.text ?? '')) continue;
        // "hurting my mum" is harm done now; "hurt my back", "my chest is hurting me" are not.
        if (!han && HURT_ONLY_ONGOING.has(first.lemma) && classes.includes('harm') && !ongoingHurt(toks, i)) continue;
        const threatened = classes.includes('harm') && intended(toks, i);
        // "smashing up cars", "bashed in my windscreen": damage done to a vehicle, not a vehicle crashing.
        const damage = span === 1 && !han && NOT_A_CRASH.has(`${first.lemma} ${toks[i + 1]?.lemma ?? ''}`);
        for (const cls of classes) {
          if ((cls === 'crash' || cls === 'drunkDriving') && damage) continue;
          // "说要削死我们老板": a harm said as an intent is a threat, not an act.
          if (cls === 'harm' && threatened) out.push({ cls: 'threatWord', at: i, start: first.start, end: last.end });
          else out.push({ cls, at: i, start: first.start, end: last.end });
        }
        if (classes.includes('harm') && !threatened && harmNow(toks, i, han))
          out.push({ cls: 'harmNow', at: i, start: first.start, end: last.end });
      }
    }
  }
  return out;
}

/** What follows 砸我 / 踹他 when a thing of theirs is hit, not the person (砸我家门, 踹他的车, 砸我车窗). */
// prettier-ignore
const THINGS_OF_ZH: ReadonlySet<string> = new Set(['的', '家', '家门', '门', '房门', '大门', '家里', '车', '车窗', '车门', '窗户', '玻璃',
  '店', '东西', '摊', '摊子', '电动车', '摩托车']);

/** Verbs of climbing a mountain named right after them (爬鳌山, 登华山, 穿越秦岭). */
const CLIMB_ZH: ReadonlySet<string> = new Set(['爬', '登', '穿越', '徒步']);
/** Verbs that are harm only as going on, to someone ("is hurting my tita"): said otherwise, an injury. */
const HURT_ONLY_ONGOING: ReadonlySet<string> = new Set(['hurt']);
/** Body parts that hurt by themselves ("my back is hurting me"). */
// prettier-ignore
const ACHING_PARTS: ReadonlySet<string> = new Set(['back', 'chest', 'head', 'leg', 'arm', 'stomach', 'tummy', 'neck', 'knee',
  'foot', 'feet', 'hip', 'side', 'tooth', 'teeth', 'ear', 'eye', 'shoulder', 'belly', 'heart', 'hand', 'ankle', 'wrist', 'rib']);

function ongoingHurt(toks: readonly Token[], i: number): boolean {
  if (!/(?:ing|in)$/.test(toks[i]?.text ?? '')) return false;
  for (let j = Math.max(0, i - 3); j < i; j++) if (ACHING_PARTS.has(toks[j]?.lemma ?? '')) return false;
  return true;
}

/** A harm verb and the particle after it that make it something else: vomiting, getting in touch, flirting. */
const NOT_A_BLOW: ReadonlySet<string> = new Set(['throw up', 'hit up', 'hit on', 'knock up']);

/** A crash verb and the particle after it that make it damage done by someone (a bat to the cars). */
const NOT_A_CRASH: ReadonlySet<string> = new Set(['smash up', 'smash in', 'bash in', 'bash up', 'wreck up']);

/** Is the verb at token `i` said as an intent ("要", "gonna", "going to")? */
function intended(toks: readonly Token[], i: number): boolean {
  const b1 = toks[i - 1]?.lemma ?? '';
  const b2 = toks[i - 2]?.lemma ?? '';
  return INTENT_BEFORE.has(b1) || (b1 === 'to' && INTENT_BEFORE_TO.has(b2)) || INTENT_BEFORE.has(b2 + b1);
}

/** Chinese words that carry an intent a few words ahead ("要找人来砍我", "扬言明天来弄我"). */
const INTENT_AHEAD_ZH = new Set(['要', '说要', '扬言', '威胁', '准备', '打算', '迟早', '早晚', '等着']);

/**
 * Is the word at `start` of a normalised text said as an intent, not an act ("说要找人来砍我", "says hes gonna glass
 * me", "threatened to stab")? The word right before it as in `intended`, or in Chinese an intent word up to four
 * words before it with nothing between the words (no space or punctuation: the same clause).
 */
export function saidAsIntent(norm: string, start: number): boolean {
  const toks = tokens(norm);
  const i = toks.findIndex((t) => t.end > start);
  if (i < 0) return false;
  if (intended(toks, i)) return true;
  // "谁惹他就捅谁", "谁过来就砍谁": whoever comes near will be hurt, nobody has been yet.
  if (toks[i + 1]?.text === '谁') return true;
  const first = toks[i];
  if (first === undefined || !isHan(first.text)) return false;
  for (let k = 1, next = first; k <= 4; k++) {
    const t = toks[i - k];
    if (t === undefined || t.end !== next.start || !isHan(t.text)) return false;
    if (INTENT_AHEAD_ZH.has(t.text)) return true;
    next = t;
  }
  return false;
}

/**
 * A harm verb done to a person right after it ("hit a man in the head", "打了一个人"), not said as an intent: the
 * quoted span, or null. Reads an act on someone, not a crowd that throws things ("throwing bottles in the street").
 */
export function harmToPerson(norm: string): { start: number; end: number } | null {
  const hits = classHitsOf(norm);
  // "打他电话不接": a call, not a blow (as the harm_person frame's `unless`).
  if (hits.some((q) => q.cls === 'phoneCall')) return null;
  for (const h of hits) {
    if (h.cls !== 'harm') continue;
    const p = hits.find((q) => q.cls === 'person' && q.at > h.at && q.at - h.at <= 3);
    if (p !== undefined && !saidAsIntent(norm, h.start)) return { start: h.start, end: p.end };
    // The one hurt as the object of 把 / 将 before the verb ("保安把我爸打了", "他们将人打伤").
    const ba = baObject(norm, hits, h.at);
    if (ba !== null && !saidAsIntent(norm, h.start)) return { start: ba, end: h.end };
  }
  return null;
}

/** The start of a person right after 把 / 将 within the three words before token `at`, or null. */
function baObject(norm: string, hits: readonly ClassHit[], at: number): number | null {
  const toks = tokens(norm);
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = toks[k]?.text;
    if (w !== '把' && w !== '将') continue;
    const p = hits.find((q) => q.cls === 'person' && q.at > k && q.at < at);
    return p === undefined ? null : (toks[k]?.start ?? null);
  }
  return null;
}

/** Is the injury word at `start` said as what someone will do ("he'll hurt me"), not as a harm done? */
export function hurtSaidAsIntent(norm: string, start: number): boolean {
  return saidAsIntent(norm, start) || harmIntentSpans(norm).some(([a, b]) => start >= a && start < b);
}

/** Is the harm verb at token `i` said as happening now? */
function harmNow(toks: readonly Token[], i: number, han: boolean): boolean {
  const before = /'(?:s|re|m)$/.test(toks[i - 1]?.text ?? '') ? 'be' : (toks[i - 1]?.lemma ?? '');
  if (han) return NOW_BEFORE.has(before) || NOW_BEFORE.has(toks[i - 2]?.lemma ?? '');
  const word = toks[i]?.text ?? '';
  return /(?:ing|in)$/.test(word) || NOW_BEFORE_EN.has(before);
}

/** A frame that fired in one text: the class words it was built from (for the reasons). */
export interface FrameHit {
  frame: Frame;
  start: number;
  end: number;
}

const cache = new Map<string, FrameHit[]>();
/** Texts read recently, of every report taken at once (the triage readings keep as many). */
const CACHE_SIZE = 512;

/** The frames that fire in one normalised text (one message or one answer). */
export function framesIn(norm: string): FrameHit[] {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const found = classHitsOf(norm);
  const byClass = new Map<SemanticClass, ClassHit[]>();
  for (const h of found) {
    const list = byClass.get(h.cls);
    if (list === undefined) byClass.set(h.cls, [h]);
    else list.push(h);
  }
  const out: FrameHit[] = [];
  for (const frame of FRAMES) {
    if (frame.unless?.some((c) => byClass.has(c))) continue;
    const window = frame.window ?? 8;
    const [head, ...rest] = frame.all;
    if (head === undefined) continue;
    for (const anchor of byClass.get(head) ?? []) {
      let start = anchor.start;
      let end = anchor.end;
      const ok = rest.every((cls) => {
        // A different word than the anchor, not overlapping it (one word may be in two classes: "娃" is a person, not
        // also a harm; "cut off" is a taking, not also a cut).
        const latin = frame.orderedEn === true && !isHan(norm.slice(anchor.start, anchor.end));
        const near = (byClass.get(cls) ?? []).find(
          (h) =>
            Math.abs(h.at - anchor.at) <= window &&
            !(h.start < anchor.end && anchor.start < h.end) &&
            (!latin || h.at > anchor.at),
        );
        if (near === undefined) return false;
        start = Math.min(start, near.start);
        end = Math.max(end, near.end);
        return true;
      });
      // An English relative who is only hurt (by someone else, by accident) does not make it domestic.
      if (ok && frame.familyActs === true && !isHan(norm.slice(start, end)) && relativeActs(norm) === null) break;
      if (ok) {
        out.push({ frame, start, end });
        break;
      }
    }
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(norm, out);
  return out;
}

/** The classes, for tests and for readers that want one concept ("is there a person here?"). */
export function classWords(cls: keyof typeof CLASSES): ClassWords {
  return CLASSES[cls];
}

// ---------------------------------------------------------------------------------------------------------
// Who does it: a partner or relative as the one doing harm or holding someone makes it domestic violence
// (INCIDENT.md), but not a relative who is the victim ("我哥被人打了", "my brother got jumped", "he hit my son").
// ---------------------------------------------------------------------------------------------------------

/** Chinese passive markers: "我哥被人打了" (the brother is the victim), "被我老公锁在家里" (the husband acts). */
const PASSIVE_ZH = new Set(['被', '遭', '挨', '让人', '叫人', '给人', '被人']);
/** English auxiliaries of a passive ("was beaten", "got jumped", "is being hit"). */
const PASSIVE_EN = new Set(['be', 'get', 'being']);
/** People who are not family: a relative who hits one of these is not domestic violence ("my son hit a kid"). */
// prettier-ignore
const OUTSIDERS = new Set([
  '路人', '同学', '男的', '女的', '顾客', '司机', '保安', '老板', '别人', '人家', '邻居', '陌生人', '小伙子', '一个人',
  'guy', 'man', 'someone', 'somebody', 'bloke', 'lad', 'stranger', 'neighbor', 'neighbour', 'classmate', 'people',
]);
/** Chinese words for someone else who acts ("有人把他扣住", "他们把他带走"). */
const OTHER_ACTORS_ZH = new Set([
  '他们',
  '有人',
  '那人',
  '那个人',
  '那帮人',
  '一帮人',
  '一伙人',
  '那伙人',
  '一群人',
  '几个人',
  '对方',
]);
/** English subject pronouns (also contracted: "she's", "they're"). */
const SUBJECTS_EN = /^(?:i|he|she|they|we|you|someone|somebody|it)(?:'[a-z]+)?$/;
/**
 * English verbs whose object a relative right after them is ("some men are holding my brother", "they have my son",
 * "took my daughter"): the one held or taken, not the one who acts.
 */
// prettier-ignore
const HOLDING_EN = new Set([
  'hold', 'holding', 'held', 'keep', 'keeping', 'kept', 'have', 'has', 'had', 'got', 'take', 'taking', 'took', 'grab',
  'grabbed', 'snatch', 'snatched', 'kidnap', 'kidnapped', 'abduct', 'abducted', 'drag', 'dragged',
]);
const POSSESSIVE_EN = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** Parts of one's own body hurt by accident ("cut his hand", "hit her head"): no one else is the object. */
// prettier-ignore
const OWN_BODY_EN = new Set([
  'hand', 'finger', 'thumb', 'head', 'leg', 'arm', 'foot', 'knee', 'ankle', 'wrist', 'face', 'back', 'hip', 'toe', 'elbow',
  'shoulder', 'lip', 'chin', 'nose', 'eye',
]);
/** A call right before or after 打 ("电话打不通", "打不通"): the phone, not a blow. */
const PHONE_WORDS_ZH: ReadonlySet<string> = new Set(CLASSES.phoneCall.zh);
const PHONE_AFTER_ZH: ReadonlySet<string> = new Set(['不通', '通', '得通', '电话', '手机', '视频', '微信']);
/** How far (in words) the act may be from the relative who does it. */
const ACTOR_WINDOW = 8;
/** English says more small words between ("me da is after coming home locked and hes laying into me ma"). */
const ACTOR_WINDOW_EN = 10;

/** relativeActs of the last texts read (null included): a step asks it again of every text of the report. */
const actsCache = new Map<string, { start: number; end: number } | null>();

/** A relative or partner doing harm or holding someone in one normalised text, or null. */
export function relativeActs(norm: string): { start: number; end: number } | null {
  const known = actsCache.get(norm);
  if (known !== undefined) return known === null ? null : { ...known };
  const found = findRelativeActs(norm);
  if (actsCache.size >= CACHE_SIZE) actsCache.delete(actsCache.keys().next().value as string);
  actsCache.set(norm, found);
  return found === null ? null : { ...found };
}

function findRelativeActs(norm: string): { start: number; end: number } | null {
  const hits = classHitsOf(norm);
  const family = hits.filter((h) => h.cls === 'family');
  if (family.length === 0) return null;
  const toks = tokens(norm);
  const word = (i: number) => toks[i]?.lemma ?? '';
  // "儿子电话打不通", "打他手机": a call, not a blow.
  const acts = hits.filter(
    (h) =>
      h.cls === 'detain' ||
      h.cls === 'wreck' ||
      (h.cls === 'harm' && !PHONE_WORDS_ZH.has(word(h.at - 1)) && !PHONE_AFTER_ZH.has(word(h.at + 1))),
  );
  if (acts.length === 0) return null;
  for (const f of family) {
    const han = isHan(toks[f.at]?.text ?? '');
    // "被我老公", "被俺男人", "by my stepdad": the relative is the agent of what follows or precedes.
    const agentMarked = han
      ? PASSIVE_ZH.has(word(f.at - 1)) || (PASSIVE_ZH.has(word(f.at - 2)) && /^[我俺她他]$/.test(word(f.at - 1)))
      : word(f.at - 1) === 'by' || (word(f.at - 2) === 'by' && /^(my|her|his|our|their)$/.test(word(f.at - 1)));
    // The object of 把/将 ("一伙人把我弟关在屋里打") is the one acted on: a victim, not the actor.
    if (han && !agentMarked && (word(f.at - 1) === '把' || word(f.at - 1) === '将')) continue;
    // The object of an earlier harm verb ("he hit my brother", "打我儿子") is a victim.
    if (!agentMarked && acts.some((a) => a.at < f.at && f.at - a.at <= 3)) continue;
    // …and so is the object of holding or taking ("men are holding my brother").
    if (!han && !agentMarked) {
      const before = POSSESSIVE_EN.has(toks[f.at - 1]?.text ?? '') ? f.at - 2 : f.at - 1;
      const verb = toks[before];
      if (verb !== undefined && (HOLDING_EN.has(verb.text) || HOLDING_EN.has(verb.lemma))) continue;
    }
    for (const a of acts) {
      if (a.at === f.at) continue;
      // A former partner smashing the door is no household (the Anti-Domestic Violence Law; tests/core/triage
      // regressions): the wreck counts only for a partner or relative of now.
      if (a.cls === 'wreck' && /^前/.test(toks[f.at]?.text ?? '')) continue;
      if (a.at < f.at) {
        // "beaten by my stepdad": an act before the relative counts only when the relative is marked the agent.
        if (!agentMarked || f.at - a.at > ACTOR_WINDOW || han) continue;
        return { start: a.start, end: f.end };
      }
      if (a.at - f.at > (han ? ACTOR_WINDOW : ACTOR_WINDOW_EN)) continue;
      const between = toks.slice(f.at + 1, a.at).map((t) => t.lemma);
      // "老公欠了钱 讨债的把他扣住了": the one right before 把 acts; a relative further back does not.
      const ba = between.lastIndexOf('把');
      const beforeBa = ba > 0 ? (between[ba - 1] ?? '') : '';
      if (han && ba > 0 && (beforeBa.endsWith('的') || OUTSIDERS.has(beforeBa) || OTHER_ACTORS_ZH.has(beforeBa)))
        continue;
      // "我女儿在他们那 不还钱就不放人": the relative is with the others who act, their captive.
      if (han && between[0] === '在' && OTHER_ACTORS_ZH.has(between[1] ?? '')) continue;
      // "我哥被人打了": a passive between the relative and the act makes the relative the victim.
      if (han && between.some((w) => PASSIVE_ZH.has(w))) continue;
      if (!han && passiveEn(toks, a.at)) continue;
      // "my sister texted me she's locked in": another subject between them is the one the act belongs to.
      if (!han && toks.slice(f.at + 1, a.at).some((t) => SUBJECTS_EN.test(t.text))) continue;
      // "砸我的车": the act is done to a thing of mine, not to me.
      if (han && toks.find((t) => t.start === a.end)?.text === '的') continue;
      // "my son hit a kid": the act's object is an outsider, not the reporter or the family.
      const object = toks.slice(a.at + 1, a.at + 4).map((t) => t.lemma);
      if (object.some((w) => OUTSIDERS.has(w))) continue;
      // "my dad cut his hand", "my mum hit her head": hurt by accident, their own body the object.
      if (!han && POSSESSIVE_EN.has(toks[a.at + 1]?.text ?? '') && OWN_BODY_EN.has(toks[a.at + 2]?.lemma ?? ''))
        continue;
      return { start: f.start, end: a.end };
    }
  }
  return null;
}

/** "was beaten", "got jumped", "is being hit": the verb at `i` is a passive (not "was hitting"). */
function passiveEn(toks: readonly Token[], i: number): boolean {
  const verb = toks[i]?.text ?? '';
  if (/(?:ing|in)$/.test(verb)) return false;
  const before = /'(?:s|re|m)$/.test(toks[i - 1]?.text ?? '') ? 'be' : (toks[i - 1]?.lemma ?? '');
  const before2 = toks[i - 2]?.lemma ?? '';
  return PASSIVE_EN.has(before) || (PASSIVE_EN.has(before2) && /ly$/.test(toks[i - 1]?.text ?? ''));
}

// ---------------------------------------------------------------------------------------------------------
// A cheap look before segmenting: can any of these frames fire in a text at all? A text that lacks the words
// of one of a frame's classes (as substrings: Chinese words, English word beginnings) cannot fire the frame
// and needs no jieba cut. False positives only cost the cut.
// ---------------------------------------------------------------------------------------------------------

const PREFILTERS = new Map<string, RegExp>();

function classPattern(cls: SemanticClass): string[] {
  if (cls === 'harmNow') return classPattern('harm');
  const words: ClassWords = CLASSES[cls];
  const out: string[] = [];
  for (const w of words.zh) out.push(normalizeText(w));
  for (const w of words.en) {
    const first = normalizeText(w).split(/\s+/)[0] ?? '';
    // A word's beginning matches its inflections ("touch" → touched, "grab" → grabbed).
    if (first !== '') out.push(first.length > 4 ? first.slice(0, 4) : first);
    // …and its irregular forms do not begin like it ("threw" for throw, "took" for take, "held" for hold).
    for (const form of irregularForms(lemma(first))) out.push(form);
    for (const [abbr, full] of Object.entries(EN_ABBREVIATIONS)) if (full === first) out.push(abbr);
  }
  return out;
}

function prefilter(key: string, classes: readonly SemanticClass[]): RegExp {
  let re = PREFILTERS.get(key);
  if (re === undefined) {
    const words = [...new Set(classes.flatMap(classPattern))]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?:${words.join('|')})`);
    PREFILTERS.set(key, re);
  }
  return re;
}

/**
 * Per text read recently: whether each class has a word in it (prefilter), as couldFire and couldNameRelative
 * ask of every text of the report at every step. Bounded like framesIn's cache.
 */
const classSeen = new Map<string, Map<string, boolean>>();

function hasClassWord(norm: string, key: string, classes: readonly SemanticClass[]): boolean {
  return remembered(classSeen, norm, key, () => prefilter(key, classes).test(norm));
}

/** `answer()` for this text and key, asked once while the text is among the CACHE_SIZE read most recently. */
function remembered(
  cache: Map<string, Map<string, boolean>>,
  norm: string,
  key: string,
  answer: () => boolean,
): boolean {
  let seen = cache.get(norm);
  if (seen === undefined) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    seen = new Map();
    cache.set(norm, seen);
  }
  let value = seen.get(key);
  if (value === undefined) {
    value = answer();
    seen.set(key, value);
  }
  return value;
}

/**
 * Per text read recently: couldFire's answer by key (the key names the frames asked about), as triage asks it of
 * every text of the report at every step. Bounded like framesIn's cache.
 */
const fireSeen = new Map<string, Map<string, boolean>>();

/** Could any frame for which `wanted` is true fire in this normalised text? (No segmentation.) */
export function couldFire(norm: string, key: string, wanted: (f: Frame) => boolean): boolean {
  return remembered(fireSeen, norm, key, () => {
    let frames = WANTED.get(key);
    if (frames === undefined) {
      frames = FRAMES.filter(wanted);
      WANTED.set(key, frames);
    }
    // Every class of the frame must have a word in the text.
    return frames.some((f) => f.all.every((cls) => hasClassWord(norm, cls, [cls])));
  });
}

const WANTED = new Map<string, readonly Frame[]>();

/** Could a relative be named doing harm or holding someone in this normalised text? (No segmentation.) */
export function couldNameRelative(norm: string): boolean {
  return hasClassWord(norm, 'family', ['family']) && hasClassWord(norm, 'act', ['harm', 'detain', 'wreck']);
}
