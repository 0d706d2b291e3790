/**
 * Triage rules as data. Read this file top to bottom to see what the gateway reacts to; change a list to
 * change the behaviour. The evaluator (evaluate.ts) applies the lists; nothing here runs by itself.
 *
 * How a word is written (see INCIDENT.md for the categories and priorities):
 * - Chinese words match anywhere in the text ("砍人" matches "有人在砍人"). Write them in simplified
 *   characters: traditional text is converted before matching (搶劫 → 抢劫). Add a traditional or Cantonese
 *   form only where that conversion does not help (唔好, 俾人打; 冇 is read as 没).
 * - English words match whole words only ("fire" does not match "fired"); upper/lower case does not matter;
 *   a straight apostrophe also matches a curly one. List every form you want (stab, stabbed, stabbing).
 * - `…` means "a few more characters in the same sentence" ("找不到…孩子" matches "找不到我家孩子");
 *   `……` means "later in the same message", also after a comma ("女儿……不见了" matches "女儿八岁，在公园不见了").
 * - `{name}` means "any word of the vocabulary `name`" (see VOCABULARY below).
 * - `{end}` means "the sentence ends here" ("孩子丢了{end}" matches "孩子丢了！" but not "孩子丢了手机").
 * - A word right after a negation ("没有刀", "no knife", "nobody hurt") does not count, unless the list says
 *   it cannot be negated.
 *
 * Priorities: P1 (highest) … P4, then `divert` (12345). Modifiers raise one tier each from the category's
 * base priority; an escalation sets a minimum priority. Keywords only ever raise: lowering needs an explicit
 * answer from the reporter (facts), see evaluate.ts.
 */
import type { Category, ElementKey, Priority, Route } from '../incident.js';
import {
  CATEGORY_P1_WORDS,
  CATEGORY_WORDS,
  ACCIDENTAL_WORDS,
  CONFINEMENT_WORDS,
  FAREWELL_WORDS,
  HARMED_BY_SOMEONE,
  HURT_BY_ACCIDENT,
  MEANT_TO_DIE,
  MONEY_LOST_WORDS,
  NOTHING_LOST_WORDS,
  LITERAL_EN,
  ORG_NOT_RESPONDING,
  STRANGLING,
  CHILD_WORDS_EXTRA,
  INJURY_WORDS,
  POLICE_WORDS,
  UNHURT_WORDS,
  WEAPON_WORDS,
  OVER_WORDS as OVER_CONCEPT,
  PARTNER_PHRASES,
  PARTNER_WORDS,
  STEP_PARENT_WORDS,
  partnerTerms,
} from '../lang/vocabulary.js';
import { NEGATION_EN, NEGATION_ZH } from '../lang/negation.js';
import { TOKEN_MARK } from './match.js';

/** A word or phrase, written as described above. */
export type Term = string;

export type ModifierId = 'weapon' | 'in_progress' | 'injury' | 'vulnerable' | 'suspect_on_scene' | 'cannot_talk';

/** Signals the evaluator computes from several words at once (ages, child words with their ages). */
export type Signal = 'child_under_14';

/** "This category is at least priority `to` when …". */
export interface Escalation {
  /** Short id used in the audit: the rule becomes `priority.<category>.<id>`. */
  id: string;
  /** What it means, in plain words. */
  note: string;
  to: Priority;
  /** Any one of these words. */
  any?: readonly Term[];
  /** One word from each group (all groups must match somewhere in the report). */
  all?: readonly (readonly Term[])[];
  /** Or one of these modifiers is present. */
  modifiers?: readonly ModifierId[];
  /** Or this signal is present. */
  signal?: Signal;
  /** …but not when any of these words is present. */
  unless?: readonly Term[];
  /** The words in `any` also name the category on their own (e.g. "砍人" is violence). */
  namesCategory?: boolean;
  /**
   * The escalation says "it is happening now" (撬门, breaking in): it does not apply when the same message
   * says it was in the past (昨天), and "it is over" (facts.over) may lower it by one tier.
   */
  tense?: boolean;
}

export interface RouteRule {
  route: Route;
  /** Any of these words… */
  any?: readonly Term[];
  /** …or any of these modifiers. */
  modifiers?: readonly ModifierId[];
  /** …or any of these escalations (by id) applied. */
  escalations?: readonly string[];
}

export interface CategoryRule {
  category: Category;
  /** What the category covers, in plain words. */
  note: string;
  /** Priority when the category is named and nothing else is known. */
  base: Priority;
  /** Default route. */
  route: Route;
  /** Route exceptions, first match wins. */
  routeIf?: readonly RouteRule[];
  zh: readonly Term[];
  en: readonly Term[];
  escalations?: readonly Escalation[];
  /** Modifiers that do not raise this category (they are expected, or handled by an escalation). */
  ignoreModifiers?: readonly ModifierId[];
  /**
   * A report of something over and done ("上个礼拜被人打了", "got jumped last night"): a clear past-time word, and
   * nothing that says it goes on (still, again, he is outside, in progress) is at most this priority. Categories
   * without it are never lowered this way (a person missing since yesterday is still missing).
   */
  pastPriority?: Priority;
  /**
   * The reporter says nobody is hurt ("撞车了 没人受伤", "hit a deer, im ok", a parked car): when nothing raised the
   * base (no modifier, no escalation), the report is this priority. The reporter's own words, never a guess.
   */
  unhurt?: { to: Priority; words: readonly Term[]; unless?: readonly Term[] };
  /**
   * The same words read as another category when these are said (an overdose taken by accident is medical; a scam
   * call that cost nothing is suspicious), unless any of `unless` is said (not negated). First match wins.
   */
  readsAs?: readonly { category: Category; note: string; words: readonly Term[]; unless?: readonly Term[] }[];
  /** Always covert (kidnapping). */
  alwaysCovert?: boolean;
  /**
   * Words that name this category only when nothing else explains them (written literally, no lemma). When every
   * word that named it is one of these and a word names another category too, the other category is the report
   * ("老板动手动脚 把我堵在办公室 不让我走" is a sexual assault, "孩子被锁在车里" a rescue). They are added to `zh`/`en`.
   */
  yielding?: readonly Term[];
  /** …but the yielding words hold when any of these is said. */
  yieldingUnless?: readonly Term[];
  /** The categories the yielding words give way to (default: any category named by its own words). */
  yieldingTo?: readonly Category[];
  /** The yielding words still hold when the reporter cannot talk (hiding while someone kicks the door in). */
  yieldingHoldsWhenCovert?: boolean;
  /**
   * When the yielding words gave way to one of these categories, the report is at least this priority: someone
   * held in an assault is in danger now.
   */
  yieldingFloor?: { to: Priority; in: readonly Category[] };
  /** Negation does not cancel these words (a suicidal statement is never dismissed by a nearby "no"). */
  notNegatable?: boolean;
  /** Non-police: diverted to 12345 only after the reporter confirms nobody is in danger. */
  divert?: boolean;
  /** Generic words ("报警", "police"): used only when no other category matched. */
  fallbackOnly?: boolean;
}

export interface ModifierRule {
  id: ModifierId;
  note: string;
  words: readonly Term[];
  /** The element whose answer carries this modifier (e.g. weapons: "有刀" / "no"). */
  element?: ElementKey;
  /** Says "now": lowered by one tier when the reporter says it is over. */
  tense?: boolean;
  notNegatable?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary used inside words as {name}.
// ---------------------------------------------------------------------------------------------------------

// prettier-ignore
/** A death threat said as "you're dead" (threat words; an exception for the injury word "dead" in them). */
const DEAD_THREATS: readonly Term[] = [
  'im dead when', "i'm dead when", 'im dead if', "i'm dead if", 'ur dead', "you're dead", 'youre dead', 'you are dead',
  'your dead', 'dead meat', 'a dead man walking', 'shes dead when', "she's dead when", 'hes dead when', "he's dead when",
];

/** Parents, children and siblings: with the partners of lang/vocabulary.ts, the family of a domestic report. */
// prettier-ignore
const FAMILY_AT_HOME: readonly string[] = [
  '爸爸', '父亲', '老爸', '爸', '妈妈', '母亲', '妈', '儿子', '女儿', '公公', '婆婆', '哥哥', '弟弟', '家里人', '老汉',
  'dad', 'father', 'mom', 'mum', 'mother', 'son', 'brother', 'papa', 'daddy', 'mummy', 'mommy', 'mama',
];

export const VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  /** How loud or how late a pastime's noise goes on (CONSTRUCTION_NOISE: 广场舞天天放到十点). */
  loud_late: [
    '吵',
    '噪音',
    '噪声',
    '音响',
    '喇叭',
    '放到',
    '开到',
    '唱到',
    '打到',
    '跳到',
    '敲到',
    '洗牌',
    '睡不着',
    '到凌晨',
    '到半夜',
    '到深夜',
    '到十点',
    '到十一点',
    '到十二点',
    '到一点',
    '到两点',
    '到三点',
  ],
  /** English: a noise people complain of, from a pastime, a venue or building work. */
  noise_en: [
    'bass',
    'karaoke',
    'music',
    'party',
    'parties',
    'noise',
    'noisy',
    'drilling',
    'hammering',
    'renovation',
    'renovations',
    'renovating',
    'dj',
    'speakers',
    'subwoofer',
    'drums',
    'band',
    'singing',
    'sing',
    'sings',
    'stereo',
    'sound system',
  ],
  /** English: night after night, for weeks (a complaint about a nuisance, not an incident happening to someone). */
  recurring: [
    'every night',
    'every weekend',
    'every single night',
    'night after night',
    'every friday',
    'every saturday',
    'every evening',
    'every day',
    'everyday',
    'every morning',
    'nightly',
    'for weeks',
    'for months',
    'for a month',
    'for a week',
    'been weeks',
    'been months',
    'nonstop',
    'non stop',
    'every other night',
    'every weekend',
    'all week',
  ],
  /** Going to be with someone (lang/vocabulary.ts self_harm: joining a parent or grandparent who died). */
  join_dead: ['去见', '去陪', '去找'],
  /** Going to the other side to be with someone (下去陪他, 去那边找她). */
  join_beyond: [
    '下去陪',
    '下去找',
    '下去见',
    '去那边陪',
    '去那边找',
    '去那边见',
    '去天上找',
    '去天上陪',
    '去地下陪',
    '去地下找',
  ],
  /** Parents and grandparents, with or without 我 / 俺. */
  elder_kin: [
    '奶奶',
    '爷爷',
    '姥姥',
    '姥爷',
    '外婆',
    '外公',
    '妈妈',
    '爸爸',
    '母亲',
    '父亲',
    '老伴',
    '我妈',
    '我爸',
    '我娘',
    '我爹',
    '俺妈',
    '俺爸',
    '俺娘',
    '俺爹',
    '我奶奶',
    '我爷爷',
    '我姥姥',
    '我姥爷',
    '我外婆',
    '我外公',
    '我老伴',
    '俺奶奶',
    '俺爷爷',
    '俺姥姥',
    '俺姥爷',
  ],
  /** Someone died, said plainly or around it. */
  died: ['走了', '走的', '去世', '过世', '不在了', '死了', '没了', '离开我们', '离开了我们', '去了那边'],
  /** People who can go missing. */
  person: [
    '孩子',
    '小孩',
    '儿子',
    '女儿',
    '宝宝',
    '小朋友',
    '男孩',
    '女孩',
    '学生',
    '老人',
    '老太太',
    '老头',
    '老大爷',
    '老奶奶',
    '老爷爷',
    '父亲',
    '母亲',
    '爸爸',
    '妈妈',
    '老爸',
    '老妈',
    '爸',
    '妈',
    '爷爷',
    '奶奶',
    '外公',
    '外婆',
    '姥姥',
    '姥爷',
    '老公',
    '老婆',
    '丈夫',
    '妻子',
    '哥哥',
    '姐姐',
    '弟弟',
    '妹妹',
    '孙子',
    '孙女',
    '外孙',
    '侄子',
    '朋友',
    '家人',
    '婆婆',
    '公公',
    '老伯',
    '阿姨',
    '工友',
    '同事',
    '室友',
    '舍友',
    '员工',
    // Regional words for a child or a daughter: 孩儿 / 娃儿 (Henan, Sichuan), 小囡 / 囡囡 (Wu), 伢子 (Hunan, Hubei),
    // 细路 (Cantonese), 闺女 / 丫头 (north).
    '孩儿',
    '娃儿',
    '娃',
    '小囡',
    '囡囡',
    '伢子',
    '细路',
    '闺女',
    '丫头',
    '幺儿',
    '幺妹',
    'son',
    'daughter',
    'child',
    'kid',
    'boy',
    'girl',
    'baby',
    'toddler',
    'mother',
    'mom',
    'mum',
    'father',
    'dad',
    'grandma',
    'grandpa',
    'grandmother',
    'grandfather',
    'husband',
    'wife',
    'brother',
    'sister',
    'friend',
    'parent',
    'old man',
    'old lady',
    'grandson',
    'granddaughter',
    'nephew',
    'niece',
    'children',
    'kids',
  ],
  /** Family members and partners (domestic violence); partners from lang/vocabulary.ts. */
  family: [
    ...partnerTerms('zh'),
    ...partnerTerms('en'),
    ...PARTNER_PHRASES.en,
    ...FAMILY_AT_HOME,
    // Cantonese 老豆 (father).
    '老豆',
  ],
  /**
   * Family and partners of the household, not former partners: a threat to kill from them is domestic violence;
   * from an ex who turns up outside or texts, a threat (nothing done yet, no shared home).
   */
  household: [
    ...PARTNER_WORDS.zh,
    ...PARTNER_WORDS.en,
    ...STEP_PARENT_WORDS.zh,
    ...STEP_PARENT_WORDS.en,
    ...FAMILY_AT_HOME,
  ],
  /** Medicines people overdose on (sleeping pills, tranquillisers, blood-pressure pills...). */
  pills: [
    '药',
    '药片',
    '安眠药',
    '安定',
    '地西泮',
    '阿普唑仑',
    '艾司唑仑',
    '舒乐安定',
    '降压药',
    '降糖药',
    '止疼药',
    '止痛药',
    '感冒药',
    '退烧药',
    '心脏药',
    '抗抑郁药',
  ],
  /** Bags and boxes that may be left behind. */
  loose_object: ['包', '袋子', '箱子', '行李箱', '编织袋', '包裹', '纸箱', '桶'],
  /** English: what a family member does (domestic violence). */
  abuse_en: [
    'hits',
    'hit',
    'beats',
    'beat',
    'is beating',
    'beating',
    'hurts',
    'hurt',
    'punched',
    'punches',
    'kicked',
    'kicks',
    'slapped',
    'slaps',
    'is choking',
    'choked',
    'strangled',
    'is strangling',
    'attacked',
    'is hitting',
    'abuses',
    'abused',
    'is hurting',
    'pushed',
    'pushes',
    'shoved',
    'threw',
    'throws',
    'grabbed',
    'is pushing',
  ],
  /** Who a scammer says they are, or what they say they call from (English: "said they were from my bank"). */
  scam_source: [
    'my bank',
    'the bank',
    'your bank',
    'the irs',
    'hmrc',
    'the ato',
    'centrelink',
    'social security',
    'the tax office',
    'microsoft',
    'amazon',
    'apple',
    'paypal',
    'the post office',
    'royal mail',
    'fedex',
    'dhl',
    'ups',
    'the police',
    'my phone company',
    'the phone company',
    'customs',
    'immigration',
    'the courts',
    'my card company',
    'visa',
    'mastercard',
  ],
  /** What a scammer asks for: a PIN, a password, a one-time code. */
  credential: [
    'pin',
    'pin number',
    'password',
    'passcode',
    'code',
    'otp',
    'one time code',
    'one-time code',
    'security code',
    'verification code',
    'card number',
    'card details',
    'bank details',
    'account number',
    'login',
    'online banking',
    'cvv',
    'sort code',
  ],
  /** Vehicles (English): one broken into is a theft from it. */
  vehicle: [
    'car',
    'van',
    'truck',
    'ute',
    'suv',
    'vehicle',
    'pickup',
    'jeep',
    'camper',
    'campervan',
    'motorhome',
    'lorry',
    'cab',
    'wagon',
    'hatchback',
    'sedan',
    'minivan',
    'rv',
    'caravan',
    'cars',
    'vans',
    'trucks',
    'utes',
    'vehicles',
  ],
  /**
   * Buildings and rooms one can break into, outbuildings too (a shed, a garage, a lock-up): entering one to steal
   * is a burglary, not a theft ("busted the lock on my shed", "broke into the garage").
   */
  building: [
    'house',
    'home',
    'flat',
    'apartment',
    'apt',
    'unit',
    'room',
    'bedroom',
    'dorm',
    'garage',
    'shed',
    'lockup',
    'lock-up',
    'lock up',
    'outhouse',
    'barn',
    'workshop',
    'cellar',
    'basement',
    'loft',
    'attic',
    'storeroom',
    'store room',
    'storage unit',
    'cabin',
    'bach',
    'crib',
    'holiday home',
    'office',
    'shop',
    'store',
    'garden shed',
    'tool shed',
    'granny flat',
    'sleepout',
    'outbuilding',
    'stable',
    'stables',
    'warehouse',
    'houses',
    'flats',
    'sheds',
    'garages',
  ],
  /** Things that get stolen or lost. */
  item: [
    '钱包',
    '手机',
    '包',
    '电动车',
    '自行车',
    '摩托车',
    '电瓶车',
    '单车',
    '车',
    '钱',
    '电脑',
    '笔记本',
    '首饰',
    '项链',
    '现金',
    'wallet',
    'phone',
    'bag',
    'purse',
    'bike',
    'bicycle',
    'car',
    'laptop',
    'handbag',
    'motorbike',
    'scooter',
    'money',
    'cash',
    'jewellery',
    'jewelry',
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Categories, most serious first. When several categories match, the first one in this list wins; every
// match is still kept in the reasons.
// ---------------------------------------------------------------------------------------------------------

/** Words for fire or gas: rescue with these goes to 110 + advice to call 119. */
// prettier-ignore
const FIRE_OR_GAS: readonly Term[] = [
  '火', '冒烟', '浓烟', '煤气', '燃气', '天然气', '液化气', '漏气', '爆炸', '臭鸡蛋味', '臭鸡蛋的味', '一股臭鸡蛋',
  'fire', 'smoke', 'gas', 'spark', 'sparks', 'sparking', 'flames', 'burning', 'explosion', 'rotten eggs', 'rotten egg',
];

/** Someone is hurt: traffic goes to 110 + advice to call 120. */
// prettier-ignore
const PERSON_HIT: readonly Term[] = [
  '撞人', '撞倒人', '撞到人', '撞伤', '撞死', '被车撞', '被撞倒', '碾压', '轧到人', '撞了人', '撞倒了',
  'hit a pedestrian', 'hit by a car', 'run over', 'ran over', 'knocked down', 'hit a person', 'hit someone',
  'hit a kid', 'hit a child',
];

/** A phone call that tells of an arrest or an accident and asks for money: the scam's story, not the harm. */
// prettier-ignore
const PHONE_MONEY_STORY: readonly Term[] = [
  '保释金', '取保费', '电话……要交', '电话……打钱', '电话……转钱', '电话……汇钱', '电话……转账', '电话……交钱',
];

/** A door kicked or banged on: a break-in only when nothing else explains it (burglary `yielding`). */
// prettier-ignore
const DOOR_BANGING: readonly Term[] = [
  '砸门', '踹门', '踢门', '撞门', '砸我家门', '踹我家门', '踢我家门', '撞我家门', '砸我家的门', '踹我家的门', '砸我们家门', '踹我们家门',
  'kicking the door', 'kicking doors', 'kicking the doors', 'banging on doors',
];

/** The reporter's own door, or someone getting in: a kicked door stays a break-in (burglary `yieldingUnless`). */
// prettier-ignore
const OWN_DOOR_OR_ENTRY: readonly Term[] = [
  '我家门', '我家的门', '我的门', '我们家门', '我房门', '我房间门', '进来', '闯进', '撬', '破门',
  'my door', 'our door', 'my front door', 'my back door', 'my bedroom door', 'get in', 'getting in', 'break in',
  'breaking in', 'kick it in', 'kick the door in',
];

/**
 * A break-in just found, and nobody knows whether the intruder is still inside (burglary `may_be_inside`): the
 * reporter says so, or sees it from outside, open, and has not gone in. Uncertainty resolves upward.
 */
// prettier-ignore
const MAY_BE_INSIDE: readonly Term[] = [
  '不知道人还在不在', '不知道还在不在', '不知道里面有没有人', '不知道有没有人', '不敢进去', '没敢进去', '门开着', '门大开着', '门是开着的',
  '门敞着', '窗户开着', '不知道…有没有人', '不知道…还在不在', '不知道…走没走', '没敢进', '不敢进',
  'not sure if', 'not sure whether', "don't know whether", 'dont know whether', "don't know if", 'dont know if', 'idk if', 'no idea if', 'might still be', 'may still be', 'could still be',
  'wide open', 'door is open', 'door is standing open', 'window is open', 'havent gone in', "haven't gone in", 'not gone in',
  'havent gone inside', "haven't gone inside", 'too scared to go in', 'scared to go in', 'afraid to go in',
];

/** A crash where nobody is hurt: the reporter says so, or nobody was in the car (a parked car). */
// prettier-ignore
const UNHURT_IN_CRASH: readonly Term[] = [
  '没人受伤', '没有人受伤', '没受伤', '人没事', '人都没事', '都没事', '没伤着', '没伤到人', '人没受伤', '车里没人',
  '停在路边被', '停在路边的车', '停着的车', '停在楼下被', '停车场被撞', '车停在',
  'nobody hurt', 'no one hurt', 'nobody is hurt', 'no one is hurt', 'nobody was hurt', 'no one was hurt', 'nobody injured',
  'no one injured', 'no injuries', "i'm ok", 'im ok', "i'm okay", 'im okay', "i'm fine", 'im fine', "we're ok", 'we are ok',
  "we're fine", 'we are fine', 'everyone is ok', "everyone's ok", 'everyones ok', 'everyone is fine', 'not hurt',
  'parked car', 'while it was parked', 'while parked', 'was parked',
];

/**
 * A crash that is still a danger whoever is hurt: smoke or fire, a fast road, a vehicle left in the lanes (traffic
 * `unhurt` does not lower it).
 */
// prettier-ignore
const STILL_A_DANGER_ON_THE_ROAD: readonly Term[] = [
  ...FIRE_OR_GAS, '漏油', '高速', '快速路', '高架', '环线', '绕城', '隧道', '路中间', '堵住了', '挡着路', '翻了',
  'motorway', 'freeway', 'interstate', 'highway', 'expressway', 'tunnel', 'in the middle of the road', 'blocking the road',
  'blocking a lane', 'blocking the lane', 'lanes blocked', 'leaking fuel', 'fuel leak', 'flipped', 'on its roof', 'overturned',
];

/** Drink or dangerous driving (traffic `dangerous_driving_now`): in a traffic report, any word for drunk counts. */
// prettier-ignore
const DANGEROUS_DRIVING: readonly Term[] = [
  '酒驾', '醉驾', '逆行', '歪歪扭扭', '画龙', '蛇形', '走s形', '喝了酒开车', '喝酒开车', '喝完酒开车', '酒后驾驶', '酒后开车', '飙车',
  '差点撞', '险些撞', '喝多了', '喝醉', '喝大了', '喝高了', '一身酒气', '满身酒气', '酒气', '酒味', '醉醺醺',
  'swerving', 'all over the road', 'weaving', 'drunk', 'drunken', 'drink driving', 'drink-driving', 'drink driver', 'dui',
  'dwi', 'erratic driving', 'driving erratically', 'drag racing', 'street racing', 'almost hit', 'nearly hit', 'wrong way',
  'road rage', 'wasted', 'hammered', 'smells of alcohol', 'smelled of alcohol', 'smells of booze', 'reeks of alcohol',
];

/** The money is sent and the scammer is gone: fraud `money_being_sent` and `ongoing` do not apply. */
// prettier-ignore
const MONEY_GONE: readonly Term[] = [
  '拉黑', '联系不上', '失联', '跑路', '钱没了', '钱要不回来', '不回消息', '不回信息', '人找不到了', '注销了', '删了我', '把我删了', '把我微信删了', '微信删了', '把我踢出群',
  '群解散', '群也解散', '平台关了', '网站打不开', 'app打不开',
  'blocked me', 'blocked my number', 'never heard back', "can't reach them", 'cant reach them', 'disappeared', 'ghosted',
  'stopped replying', 'stopped answering', 'deleted their account', 'deleted his account', 'never came', 'never arrived',
  'never showed up', 'account is gone',
];

/** Nobody is near the hazard (rescue stays P2). */
// prettier-ignore
const NOBODY_EXPOSED: readonly Term[] = [
  '周围没人', '附近没人', '旁边没人', '没人在附近', '没有人在附近', '没人经过', '没有人经过', '没人在里面', '没有人在里面',
  '家里没人', '屋里没人', '无人员', '没人被困', '没有人被困', '没有人员被困',
  'nobody around', 'no one around', 'nobody nearby', 'no one nearby', 'nobody near', 'no one near',
  'nobody inside', 'no one inside', 'nobody is trapped', 'no one is trapped', 'nobody trapped', 'no one trapped',
  'nobody home', 'no one home', 'nobody is near', 'no one is near', 'nobody is inside', 'no one is inside',
  'nobody is home', 'no one is home', 'nobody is around', 'no one is around', 'nobody is nearby', 'no one is nearby',
  'nobody there', 'no one there', 'nobody is there', 'no one is there',
];

/** Clock times at night as people text them ("its 11pm", "2am"). */
const NIGHT_HOURS: readonly string[] = ['9pm', '10pm', '11pm', '12am', '1am', '2am', '3am', '4am', '5am'].flatMap(
  (h) => [h, h.replace(/(am|pm)$/, ' $1')],
);

/**
 * The evening and the cold said the way people speak: dropped g's ("near freezin", "its snowin") and gone since the
 * evening meal ("since supper", "since teatime", "since dinner") — out after dark.
 */
// prettier-ignore
const EVENING_COLD_SPOKEN: readonly string[] = [
  'freezin', 'snowin', 'gettin dark', 'since supper', 'after supper', 'supper time', 'suppertime', 'since dinner',
  'after dinner', 'since teatime', 'since tea time', 'after tea', 'bitter cold', 'freezing out', 'so cold', 'real cold',
];

/**
 * "It is dark" said with the sky in between or after: 天都黑透了, 天已经黑了, 天早就黑了, 天擦黑, 黑天了 (north), 天黑晒
 * (Cantonese, via 天黑), 傍黑 / 擦黑儿; 天黑 alone is in the lists.
 */
const DARK_ZH: readonly string[] = [
  '黑透',
  '天都黑',
  '天已经黑',
  '天已黑',
  '天早黑',
  '天早就黑',
  '天完全黑',
  '天擦黑',
  '擦黑',
  '傍黑',
  '黑天了',
  '大黑天',
  '大晚上',
];

/**
 * Weather that endangers someone out in it for hours: frost and snow, and heat (INCIDENT.md names the cold; a
 * person with dementia lost in 42 °C is at the same risk). Heat said as a number: 38 to 50 degrees. Cold as a
 * number is "minus": the normaliser reads the sign of "its -10 out" as the word (lang/normalize.ts BELOW_ZERO), so a
 * bare number below zero is no term here ("-8" as "8" would match the 8 of "he is 78").
 */
const EXTREME_WEATHER: readonly string[] = [
  '零下',
  '很冷',
  '好冷',
  '冻死',
  '结冰',
  '下雪',
  '大雪',
  '暴雪',
  '寒潮',
  '高温',
  '酷暑',
  '大热天',
  '热死人',
  '暴晒',
  '中暑',
  '太热',
  '很热',
  '好热',
  '四十度',
  '三十八度',
  '三十九度',
  'below zero',
  'below freezing',
  'sub zero',
  'subzero',
  'minus',
  'frost',
  'frosty',
  'blizzard',
  'heatwave',
  'heat wave',
  'scorching',
  'stinking hot',
  'boiling hot',
  'roasting',
  'so hot',
  'extreme heat',
  'heatstroke',
  'heat stroke',
  'in this heat',
  ...Array.from({ length: 13 }, (_, i) => i + 38).flatMap((t) => [`${t}度`, `${t} degrees`, `${t}c`]),
];

/** Pastimes and venues whose noise night after night is a 12345 complaint (not a disturbance by people now). */
// prettier-ignore
const PASTIMES: readonly string[] = [
  '广场舞', '广场舞的', '广场跳舞', '跳舞的音响', '跳舞的喇叭', '麻将', '搓麻', '打牌', '棋牌室', '牌室', 'ktv', '歌厅', '歌城',
  '卡拉ok', '练歌房',
];

/**
 * A thing said to be "robbed" (UK, Irish, Indian English for stolen): "my car got robbed off the drive", "me bike's
 * after being robbed", "someone robbed my bike from the rack". Read as a theft unless a person was confronted
 * (robbery `readsAs`).
 */
// prettier-ignore
const ROBBED_THING: readonly Term[] = [
  ...['bike', 'bicycle', 'car', 'van', 'motorbike', 'scooter', 'moped', 'ute', 'truck', 'trailer', 'jeep'].flatMap((it) => [
    `${it} got robbed`, `${it} was robbed`, `${it} been robbed`, `${it} has been robbed`, `${it}'s been robbed`,
    `${it} is after being robbed`, `${it}'s after being robbed`, `${it} after being robbed`, `robbed my ${it}`,
    `robbed me ${it}`, `robbed our ${it}`, `${it} robbed from`, `${it} robbed off`, `${it} robbed out of`,
  ]),
  'robbed off the drive', 'robbed off the driveway', 'robbed from the rack', 'robbed from outside', 'robbed from the shed',
  'robbed out of the shed', 'robbed out of the garage', 'robbed from the garden',
];

// prettier-ignore
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'kidnapping',
    note: 'Kidnapping, unlawful detention, hostage, trafficking. Always covert: texting back may be seen.',
    base: 'P1',
    route: '110',
    alwaysCovert: true,
    yielding: [...CONFINEMENT_WORDS.zh, ...CONFINEMENT_WORDS.en],
    yieldingHoldsWhenCovert: false,
    // Held over a debt or for money is a detention whatever else is said ("欠了网贷 被扣在宾馆里").
    yieldingUnless: [
      '还钱', '欠钱', '欠了', '欠债', '讨债', '要债', '催债', '赎', '交钱', '拿钱', '高利贷', '网贷', '传销',
      'owe', 'owes', 'owed', 'debt', 'ransom', 'pay up', 'loan', 'until we pay', 'unless we pay', 'till we pay', 'til we pay',
      'until i pay', 'unless i pay', 'till i pay', 'until they get paid', 'until we give them', 'pay to get',
      // …or by a group: a gang that holds someone is a detention, whatever else they do.
      '一伙人', '一帮人', '一群人', '几个人', '几个男的', '好几个人', '团伙', 'a gang', 'gang of', 'a group of men', 'several men',
      'three guys', 'four guys', 'bunch of guys',
    ],
    // Robbery too: cornered for money demanded on the spot ("把我堵在网吧后头 要我微信转钱 不转就打").
    yieldingTo: ['sexual_assault', 'domestic_violence', 'violence', 'rescue', 'traffic', 'medical', 'self_harm', 'disorder', 'non_police', 'robbery'],
    yieldingFloor: { to: 'P1', in: ['sexual_assault', 'domestic_violence', 'robbery', 'violence', 'threat'] },
    zh: [
      // Workers shut in over wages, a child pushed into a car (包工头…把我们几个关在工棚里不让走, 抱起个伢子往车上塞).
      '关在…不让走', '锁在…不让走', '把我们关在', '把我们几个关在', '往车上塞', '塞进车里', '塞上车', '拽上车', '拖上车',
      '喊不认得', '喊不认识', '说不认识她', '说不认识他',
      '绑架', '被绑', '绑走', '绑了', '劫持', '人质', '被囚禁', '囚禁', '非法拘禁', '限制人身自由', '限制我的自由', '传销', '拐卖',
      '被拐', '拐走', '抱走', '抢孩子', '掳走', '拉上车', '拽上车', '塞进车', '强行带走',
    ],
    en: [
      'kidnap', 'kidnapped', 'kidnapping', 'kidnaped', 'abducted', 'abduction', 'abducting', 'hostage', 'hostages',
      'held against my will', 'held against her will', 'held against his will', 'held against their will',
      'held captive', 'trafficked', 'trafficking', 'taken my child', 'took my child',
      'grabbed a child', 'grabbed a kid', 'grabbed a little girl', 'grabbed a little boy', 'grabbed a girl',
      'grabbed a boy', 'grabbed a woman', 'pushed her into', 'pushed him into', 'dragged her into', 'dragged him into',
      'forced her into', 'forced him into', 'bundled her into', 'bundled him into',
      'snatched a {person}', 'snatched my {person}', 'grabbed my {person}', 'took off with my {person}', 'snatched a little girl',
      'snatched a little boy', "won't give her back", "won't give him back", 'wont give her back', 'wont give him back',
      // Held over a debt or by a gang: locked in somewhere and kept (issue 13: detention over debts).
      'locked me inside', 'locked me in a', 'locked me in the', 'locked me up', 'locked us inside', 'locked us in a',
      'holding me hostage', 'they are holding me', 'theyre holding me', "they're holding me", 'keeping me here',
      'keeping me prisoner', "won't let me go", 'wont let me go', 'will not let me go',
      ...['brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'friend', 'dad', 'mum', 'mom', 'father', 'mother'].flatMap(
        (who) => [`lock my ${who} in`, `locked my ${who} in`, `locked my ${who} up`, `holding my ${who}`],
      ),
      'must pay then can go', 'pay then can go', 'pay first then can go', 'pay then let him go', 'pay then let her go',
      // In a car's boot, dragged or pushed into a car (third probe set).
      'in the trunk of', 'in the boot of', 'locked in a trunk', 'locked in the boot', 'being dragged into',
      'dragged into a car', 'dragged into a van', 'pulled into a car', 'pulled into a van', 'pushed into a car',
      'pushed into a van', 'forced into a car', 'forced into a van',
    ],
  },
  {
    category: 'sexual_assault',
    // No pastPriority: a rape last night is still P1 (medical care and evidence within hours).
    note: 'Rape, sexual assault, molestation (P1); harassment, voyeurism, indecent exposure (P2).',
    base: 'P2',
    route: '110',
    // "一直私信骚扰我": pestered by messages or calls, nobody touched, is harassment (threat), not a sexual assault.
    readsAs: [
      {
        category: 'threat',
        note: 'pestered by messages or calls, nobody touched: harassment',
        words: ['私信骚扰', '私信…骚扰', '微信…骚扰', '短信…骚扰', '电话…骚扰', '网上…骚扰', '发消息…骚扰', '消息骚扰', '打电话骚扰'],
        unless: ['摸', '亲我', '抱我', '脱', '性骚扰', '强奸', '猥亵', '偷拍', '裸', '下体'],
      },
    ],
    zh: ['性骚扰', '咸猪手', '偷拍', '露阴', '暴露狂', '露鸟', '耍流氓', '摸我', '被摸', '骚扰我', '被人摸', '摸了我', '乱摸', '被男的摸'],
    en: ['sexually harassed', 'sexual harassment', 'groped', 'groping', 'flashing', 'flasher', 'upskirt', 'touched me',
      // Malay "raba" (grope), in Malaysian and Singapore English: "one guy raba my sister in the lift".
      'raba', 'kena raba', 'raba-raba', 'meraba', 'outrage of modesty'],
    escalations: [
      {
        id: 'assault_keyword',
        note: 'rape or sexual assault',
        to: 'P1',
        namesCategory: true,
        any: [
          '强奸', '强暴', '性侵', '猥亵', '迷奸', '轮奸', '非礼', '被下药', '扒我衣服', '扒我裤子', '脱我裤子', '脱我衣服', '扯我衣服',
          '强行脱', '要强来', '想强来', '强来了', '对我强来', '对她强来',
          // Rape said around it: 糟蹋, 祸害, 被人睡了, 失身.
          '被搞了{end}', '被人搞了{end}', '被他搞了{end}', '被那男的搞了{end}', '给搞了{end}',
          '糟蹋了', '被糟蹋', '给糟蹋', '让人糟蹋', '被人糟蹋', '糟蹋我', '糟蹋她', '被祸害了', '给祸害了', '被人睡了', '失身',
          'rape', 'raped', 'raping', 'rapist', 'sexual assault', 'sexually assaulted', 'molested', 'molesting',
          'molestation', 'drugged me', 'sexually abused', 'molest', 'molest me', 'molest her',
        ],
      },
    ],
  },
  {
    category: 'domestic_violence',
    pastPriority: 'P2',
    note: 'Violence by a partner or family member. Covert only with a trigger (likely, not forced).',
    base: 'P2',
    route: '110',
    readsAs: [
      // Harm told by a caller who wants money for it ("接了个电话说他孙子打架被抓了要交两万保释金"): a scam.
      { category: 'fraud', note: 'harm told by a caller asking for money', words: PHONE_MONEY_STORY },
      {
        category: 'medical',
        note: 'hurt by an accident (hit his head, fell off the ladder): nobody did it',
        words: [...HURT_BY_ACCIDENT.zh, ...englishTerms(HURT_BY_ACCIDENT.en)],
        unless: [...HARMED_BY_SOMEONE.zh, ...englishTerms(HARMED_BY_SOMEONE.en)],
      },
    ],
    zh: [
      '家暴', '家庭暴力', '{family}…打我', '{family}…打了我', '{family}…打人', '被{family}打', '{family}…动手', '{family}…揍我',
      '{family}…踢我', '{family}…掐我', '{family}…打孩子', '{family}…虐待', '{household}……打死我', '{household}……杀了我',
      '{household}……杀我', '{household}……弄死我',
    ],
    en: [
      'domestic violence', 'domestic abuse', 'abusive husband', 'abusive partner', 'abusive boyfriend',
      'my {family} {abuse_en}', '{family} {abuse_en} me', '{family} is {abuse_en} me', '{household}……kill me',
      // A threat to kill with a weapon from someone of the household ("my husband has a gun and says hell shoot us").
      '{household}……kill us', '{household}……shoot me', '{household}……shoot us', '{household}……stab me', '{household}……stab us',
      '{household}……shoot the kids', '{household}……kill the kids',
      // A gun or a knife got out by a parent or partner at home ("my daddy got his gun out hollerin at mama").
      '{family} got his gun out', '{family} got a gun out', '{family} got the gun out', '{family} has his gun out',
      '{family} pulled his gun', '{family} pulled a gun', '{family} pulled out his gun', '{family} pulled out a gun',
      '{family} took his gun out', '{family} is pointing a gun', '{family} pointing a gun', '{family} pointing his gun',
      '{family} is waving a gun', '{family} waving his gun', '{family} got his knife out', '{family} pulled a knife',
    ],
    escalations: [
      {
        // Raises a report that is domestic violence already; without a partner or family member these words
        // are a threat (or violence), not domestic violence.
        id: 'threat_to_life',
        note: 'threatens to kill, strangles',
        to: 'P1',
        any: [
          '要打死我', '打死我', '要杀了我', '要杀我', '掐我脖子', '掐死我', '要弄死我', '弄死我',
          'going to kill me', 'gonna kill me', 'will kill me', 'choking me', 'strangling me', 'kill me',
          ...STRANGLING.zh, ...englishTerms(STRANGLING.en),
        ],
      },
    ],
  },
  {
    category: 'robbery',
    // INCIDENT.md: a robbery is P1-P2; one over an hour ago (cash taken at an ATM at knifepoint) is still P2.
    pastPriority: 'P2',
    note: 'Robbery, mugging, snatching. P1 while it is happening, P2 just after.',
    base: 'P2',
    route: '110',
    // "This store is literally robbing me, sold me a broken TV": a consumer complaint (12345), unless force is said.
    readsAs: [
      {
        // A crowd beating someone it says stole ("jungle justice", mob justice): the beating is the emergency, the
        // theft only what he is accused of.
        category: 'violence',
        note: 'a crowd beating someone it accuses of stealing: mob violence, not a robbery',
        words: [
          'they said he stole', 'they say he stole', 'they said she stole', 'they say she stole', 'said he stole',
          'say he stole', 'accused him of stealing', 'accused her of stealing', 'accusing him of stealing',
          'caught a thief', 'caught the thief and', 'suspected thief', 'alleged thief', 'jungle justice', 'mob justice',
          'beating the thief', 'beating a thief', 'crowd is beating', 'crowd beating', 'mob is beating', 'mob beating',
        ],
      },
      {
        // UK (Liverpool, Manchester) "robbed" for stolen: a thing left unattended "been robbed off the railings /
        // the drive", nobody there to be forced.
        category: 'theft',
        note: 'a thing left unattended said to be robbed: stolen, nobody was there',
        words: [
          'been robbed off', 'got robbed off', 'was robbed off', 'robbed off the', 'robbed off our', 'robbed off my',
          'been robbed from outside', 'got robbed from outside', 'robbed from outside', 'robbed from the drive',
          'robbed overnight', 'been robbed overnight', 'robbed in the night', 'robbed while i was',
        ],
        unless: [
          'gun', 'knife', 'blade', 'grabbed me', 'punched', 'hit me', 'threatened', 'forced', 'pushed me', 'mugged',
          'at knifepoint', 'at gunpoint', 'held up', 'robbed me', 'robbed us', 'robbed him', 'robbed her',
        ],
      },
      {
        category: 'non_police',
        note: 'a shop or company said to rob the reporter: a consumer complaint',
        words: [
          'refund', 'refunds', 'sold me', 'overcharged', 'overcharging', 'rip-off', 'warranty', 'customer service', 'broken tv',
          'faulty',
        ],
        unless: [
          'gun', 'knife', 'blade', 'grabbed', 'punched', 'hit me', 'threatened', 'forced', 'pushed', 'mugged', 'snatched',
          'at knifepoint', 'at gunpoint', 'held up', 'ran off', 'took my',
        ],
      },
      {
        category: 'theft',
        note: '"robbed" for stolen (UK, Irish, Indian English): a thing robbed with nobody confronted is a theft',
        words: ROBBED_THING,
        unless: [
          'robbed me', 'robbed us', 'robbed him', 'robbed her', 'robbed by', 'off me', 'from me', 'out of my hand', 'gun',
          'knife', 'blade', 'machete', 'grabbed', 'punched', 'hit me', 'threatened', 'forced me', 'pushed me', 'mugged',
          'snatched', 'at knifepoint', 'at gunpoint', 'held up', 'jumped me', 'attacked', 'beat me',
        ],
      },
    ],
    zh: ['被抢', '抢了', '抢走', '抢钱', '抢包', '抢手机', '飞车抢夺', '抢夺', '拦路抢', '抢我',
      // A till or a shop held up (有人拿枪抢收银台).
      '抢收银', '拿枪抢', '拿刀抢', '持械抢', '抢店', '抢金店', '抢超市'],
    en: ['robbed', 'mugged', 'mugging', 'snatched', 'bag snatch', 'bag snatcher', 'purse snatcher', 'snatch thief',
      // The verb itself, as Singapore and Nigerian English text it ("3 guys with knife rob the money changer").
      'rob the', 'rob the shop', 'rob the store', 'rob the bank', 'rob the money changer', 'rob people', 'rob me',
      // Phones snatched from a moped, and force when the victim held on.
      'grab phones', 'grabbing phones', 'snatching phones', 'snatch phones', "wouldn't let go", 'wouldnt let go',
      'armed robbers', 'robbers'],
    escalations: [
      {
        id: 'in_progress_keyword',
        note: 'a robbery happening now',
        to: 'P1',
        namesCategory: true,
        tense: true,
        any: [
          '抢劫', '打劫', '持刀抢', '持枪抢', '正在抢', '入室抢',
          'robbery', 'being robbed', 'robbing', 'robbin', "robbin'", 'hold up', 'holdup', 'hold-up', 'stick up', 'stickup', 'robery',
          'armed robbery',
        ],
      },
    ],
  },
  {
    category: 'violence',
    pastPriority: 'P3',
    readsAs: [
      // Harm told by a caller who wants money for it ("接了个电话说他孙子打架被抓了要交两万保释金"): a scam.
      { category: 'fraud', note: 'harm told by a caller asking for money', words: PHONE_MONEY_STORY },
      {
        // "My neighbours dog attacked my kid, his arm is all ripped": an animal did it, nobody to stop: an ambulance.
        // A dog set on someone is an assault with it.
        category: 'medical',
        note: 'bitten or mauled by an animal (a dog attack): nobody did it',
        words: [
          '狗咬', '被狗咬', '狗扑', '被狗扑',
          'dog attacked', 'dogs attacked', 'dog has attacked', 'dog just attacked', 'dog bit', 'dog has bitten', 'dog bitten',
          'dogs bit', 'bitten by a dog', 'bitten by the dog', 'bitten by his dog', 'bitten by their dog', 'bit by a dog',
          'bit by the dog', 'mauled', 'dog attack', 'attacked by a dog', 'attacked by the dog', 'attacked by his dog',
          'attacked by her dog', 'attacked by their dog', 'attacked by a pitbull', 'attacked by a pit bull', 'pitbull attacked',
          'pit bull attacked',
        ],
        unless: [
          '放狗', 'set his dog on', 'set her dog on', 'set the dog on', 'set their dog on', 'set dogs on', 'set the dogs on',
          'sicced', 'sic his dog', 'punched', 'stabbed', 'kicked me', 'hit me',
        ],
      },
    ],
    note: 'Assault, fight, stabbing, shooting. P1 with a weapon, an injury, or while it goes on.',
    base: 'P2',
    route: '110',
    zh: [
      '打架', '斗殴', '打人', '打我', '被打', '殴打', '群殴', '互殴', '围殴', '打群架', '打起来', '动手了', '挨打', '揍我',
      '踢我', '被揍', '俾人打', '畀人打', '打交', '袭击', '攻击',
      // The 把 construction puts the victim before the verb ("他把我打得喘不上气", "把人揍了"). Here, not in the
      // vocabulary: as jieba words they would hide the verb from the frames' harm class.
      '把我打', '把我揍', '把我踢', '把我踹', '把人打', '把人揍', '把他打', '把她打', '把他揍', '把她揍', '把孩子打', '把俺打', '把俺揍',
      '把我推倒', '把俺推倒', '把她推倒', '把他推倒', '把人推倒', '推倒了我',
      // A fight said by how hard (打得很凶, 打得厉害) or regionally: 掐起来 / 撕起来 (north-east), 相打 (Wu), 相拍
      // (Minnan), 动家伙 (weapons out); a harm verb on 人 (抡人, 砸人, 踹人); scalding water or acid thrown at someone
      // (拿开水泼; not 开水泼到, which is mostly an accident).
      '打得很', '打得好凶', '打得好厉害', '打得厉害', '打得凶', '打得可狠', '打得挺狠', '打得狠', '打得头破血流', '打得满脸是血',
      '掐起来', '撕起来', '相打', '相拍', '动家伙', '动了家伙', '抡人', '砸人', '踹人', '踢人', '扇人',
      '拿开水泼', '拿硫酸泼', '拿热油泼',
    ],
    en: [
      'fight', 'fighting', 'fights', 'brawl', 'beating', 'beaten', 'beat me', 'beat up', 'beating up', 'assault',
      'assaulted', 'attacked', 'attacking', 'punch', 'punched', 'punching', 'hitting me', 'hit me', 'kicked me',
      'kicking me', 'kicking him', 'kicking her', 'kicking someone', 'kicking a man', 'kicking a guy', 'assualt',
      'assulted',
      // Hurt done by hand, as people tell it (session 13 probes): by the hair, dragged, a fist through a door.
      'pulled me by the hair', 'pulled her by the hair', 'by the hair', 'pulled my hair', 'pulling my hair',
      'pulled her hair', 'dragged me', 'dragged her', 'dragged him', 'was dragged', 'fist through the door',
      'fist through the wall', 'put his fist through', 'stamped on me', 'stamped on him', 'stamped on her',
    ],
    escalations: [
      {
        id: 'weapon_keyword',
        note: 'stabbing, shooting, killing',
        to: 'P1',
        namesCategory: true,
        any: [
          '砍人', '捅人', '持刀', '动刀', '砍伤', '捅伤', '刺伤', '砍了', '捅了', '被砍', '被捅', '开枪', '枪击', '杀人', '行凶',
          '拿刀砍', '拿刀捅', '拿刀追', '杀了人',
          'stabbing', 'stabbed', 'stab', 'shooting', 'shot at', 'been shot', 'got shot', 'shots fired', 'gunshot',
          'gunshots', 'gunfire', 'murder', 'murdered', 'knife attack', 'opened fire', 'open fire', 'stabed',
          '拿着枪', '持枪', '拿枪', '挥刀', '掐我脖子', '掐死我',
          'guy with a gun', 'man with a gun', 'someone with a gun', 'person with a gun', 'pulled a gun', 'pointing a gun', 'waving a gun', 'pulled a knife',
          'waving a knife', 'choking me', 'strangling me',
          // Shots heard, said around the word ("heard like 5 shots", "someone shooting", US "popping off").
          'heard…shots', 'heard…gunshots', 'shots on my', 'shots outside', 'shots rang out', 'someone shooting', 'people shooting',
          'guys shooting', 'heard pops', 'popping off shots',
          // Shots told as pops or bangs ("heard like 3 loud pops", "sounded like gunshots", 几声枪响).
          'loud pops', 'few pops', 'heard…pops', 'popping sounds', 'sounded like gunshots', 'sounded like shots',
          'sounded like a gun', '枪声', '枪响', '几声枪响',
        ],
      },
    ],
  },
  {
    category: 'fire',
    note: 'Fire, smoke, explosion. Police and the reporter is told to call 119.',
    base: 'P1',
    route: '110+119',
    // "Boy racers doing burnouts in the carpark, smoke everywhere": tyre smoke, a disturbance, unless something burns.
    readsAs: [
      {
        category: 'disorder',
        note: 'tyre smoke from burnouts or doughnuts, not a fire',
        words: [
          'burnouts', 'burnout', 'burn outs', 'doughnuts', 'donuts', 'doing doughnuts', 'doing donuts', 'tyre smoke', 'tire smoke',
          'drifting', 'hooning', 'hoons', 'boy racers',
        ],
        unless: [
          'on fire', 'flames', 'caught fire', 'alight', 'blaze', 'explosion', 'exploded', 'house', 'building', 'crashed', 'crash',
        ],
      },
    ],
    zh: [
      '着火', '失火', '火灾', '起火', '冒烟', '浓烟', '烧起来', '火很大', '大火', '爆炸', '炸了', '火警', '燃烧',
      '冒火',
    ],
    en: [
      'fire', 'on fire', 'smoke', 'smoking building', 'explosion', 'exploded', 'blaze', 'flames', 'burning',
      // "Alight" alone is getting off a bus or train (Singapore, UK): only "is alight", "set alight" are a fire.
      'house fire', 'fire alarm', 'blast', 'is alight', 'are alight', "'s alight", 'set alight', 'caught alight', 'all alight', 'bushfire', 'bush fire', 'grass fire', 'scrub fire',
      'going up in flames',
    ],
  },
  {
    category: 'rescue',
    note: 'Drowning, trapped (lift, collapse), live wire down, gas leak. P2 when nobody is exposed.',
    base: 'P2',
    route: '110',
    routeIf: [{ route: '110+119', any: FIRE_OR_GAS }],
    zh: [
      '电线掉落', '电线掉了', '电线掉下来', '电线断了', '电线冒火花', '冒火花', '漏电', '高压线断', '高压线掉', '煤气泄漏',
      '燃气泄漏', '天然气泄漏', '煤气味', '燃气味', '闻到煤气', '闻到燃气', '漏气', '井盖丢了',
      // Gas smelt, never named: rotten eggs (the odorant), a gas smell from the stove or pipe.
      '臭鸡蛋味', '臭鸡蛋的味', '一股臭鸡蛋', '液化气味', '天然气味', '煤气罐漏', '气罐漏',
      '井盖没了', '树倒了', '电线杆倒',
    ],
    en: [
      'live wire', 'power line down', 'downed power line', 'power lines down', 'sparking', 'gas leak', 'gas leaking',
      'leaking gas', 'smell gas', 'smell of gas', 'gas smell', 'smells of gas', 'smells like gas', 'fallen tree',
      // A cylinder or bottle leaking (Indian and Australian English: "gas cylinder is leaking", "gas bottle leaking").
      'cylinder is leaking', 'cylinder leaking', 'cylinder leak', 'gas bottle leaking', 'gas bottle is leaking', 'lpg leak',
      'missing manhole cover',
    ],
    escalations: [
      {
        id: 'person_exposed',
        note: 'someone is in the water, trapped or buried',
        to: 'P1',
        namesCategory: true,
        any: [
          '溺水', '落水', '掉河里', '掉进河', '掉水里', '掉进水', '掉湖里', '掉井里', '掉进井', '被困', '困住', '困在', '电梯困人',
          '困在电梯', '关在电梯', '卡在电梯', '电梯里出不来', '坍塌', '塌了', '倒塌', '被埋', '埋了人', '塌方', '溺亡', '掉进下水道',
          '掉下水道', '掉进坑里', '掉进窨井', '掉进化粪池', '掉进枯井',
          'fell down a drain', 'fell into a hole', 'fell in a hole', 'fell down a well', 'fell into a well', 'fell into a pit',
          'drowning', 'drowned', 'fell into the water', 'fell in the water', 'fell in the river', 'fell into the river',
          'trapped', 'stuck in the lift', 'stuck in the elevator', 'stuck in a lift', 'stuck in an elevator',
          'stuck in lift', 'stuck in elevator', 'building collapsed', 'collapsed building', 'roof collapsed',
          'wall collapsed', 'buried', 'drowing', 'pinned under', 'pinned beneath', 'crushed under', 'trapped under', 'stuck under',
          'came down on', 'come down on', 'fell on top of',
        ],
      },
      {
        id: 'hazard_exposed',
        note: 'a live wire or gas leak where people are (unless the reporter says nobody is near)',
        to: 'P1',
        any: [
          '电线掉落', '电线掉了', '电线掉下来', '电线断了', '冒火花', '漏电', '高压线断', '高压线掉', '煤气泄漏', '燃气泄漏',
          '天然气泄漏', '煤气味', '燃气味', '闻到煤气', '闻到燃气', '漏气', '臭鸡蛋味', '臭鸡蛋的味', '一股臭鸡蛋', '液化气味',
          '天然气味', '煤气罐漏', '气罐漏',
          'live wire', 'power line down', 'downed power line', 'power lines down', 'sparking', 'gas leak',
          'gas leaking', 'leaking gas', 'smell gas', 'smell of gas', 'gas smell', 'smells of gas', 'smells like gas',
          'cylinder is leaking', 'cylinder leaking', 'cylinder leak', 'gas bottle leaking', 'gas bottle is leaking', 'lpg leak',
        ],
        unless: NOBODY_EXPOSED,
      },
    ],
  },
  {
    category: 'traffic',
    pastPriority: 'P3',
    // A crash is P2 until the reporter says nobody is hurt (then P3: a scrape, a parked car, a deer); drink or
    // dangerous driving P2; a person hit or a wrong-way driver P1.
    note: 'Crash, hit-and-run. P1 when someone is hurt or a person was hit (+ advice to call 120).',
    base: 'P2',
    unhurt: { to: 'P3', words: UNHURT_IN_CRASH, unless: STILL_A_DANGER_ON_THE_ROAD },
    // "Took her heart pills by accident": the adverb, not a road accident, unless a road or vehicle is named.
    readsAs: [
      {
        category: 'medical',
        note: 'something taken or swallowed by accident, not a road accident',
        words: ['by accident'],
        unless: [
          'car', 'cars', 'bike', 'cyclist', 'road', 'street', 'drove', 'driving', 'driver', 'truck', 'van', 'bus',
          'motorbike', 'scooter', 'pedestrian', 'crash', 'crashed', 'collision', 'hit and run', 'junction',
          'intersection', 'highway', 'motorway', 'parked', 'reversed', 'backed into',
        ],
      },
      {
        // A relative's crash told by a caller who wants money for it (俺妈正在转钱 给一个说是俺舅的人 说出车祸了急用钱).
        category: 'fraud',
        note: 'a crash told by a caller asking for money: a scam',
        words: [...PHONE_MONEY_STORY, '急用钱', '正在转钱', '在转钱', '转钱给', '给他转钱', '让转钱', '要钱处理', 'needs money for',
          'wants money for', 'send money for'],
        unless: ['撞到', '撞了', '受伤', '流血', '被撞', 'hit me', 'hit my', 'injured', 'bleeding'],
      },
    ],
    route: '110',
    routeIf: [
      { route: '110+120', modifiers: ['injury'], escalations: ['person_hit'] },
      // A crashed vehicle smoking or burning: advise 119 too.
      { route: '110+119', any: FIRE_OR_GAS },
    ],
    zh: [
      '车祸', '交通事故', '撞车', '追尾', '撞了', '撞到', '翻车', '侧翻', '肇事逃逸', '逃逸', '刮蹭', '剐蹭', '连环撞',
      '出车祸', '撞上', '被撞', '蹭了我的车', '撞了我的车',
    ],
    en: [
      'crash', 'crashed', 'car crash', 'car accident', 'traffic accident', 'road accident', 'accident', 'collision',
      'hit and run', 'hit-and-run', 'rear-ended', 'rear ended', 'pile-up', 'pileup', 'overturned', 'crashd',
      'hit my car', 'hit my parked car', 'backed into my car', 'crashed into my car', 'drove into my car',
      'my car was hit', 'scraped my car',
    ],
    escalations: [
      { id: 'person_hit', note: 'a person was hit', to: 'P1', namesCategory: true, any: PERSON_HIT },
      {
        // A drunk or dangerous driver is still a danger on the road, whoever is hurt so far (never lowered as unhurt).
        id: 'dangerous_driving_now',
        note: 'a drunk or dangerous driver',
        to: 'P2',
        any: DANGEROUS_DRIVING,
      },
      {
        // Danger to life on the road before anyone is hurt: police, not an ambulance (route stays 110).
        id: 'dangerous_driving',
        note: 'a wrong-way driver or a car coming at people on a fast road',
        to: 'P1',
        namesCategory: true,
        tense: true,
        any: [
          '高速逆行', '高速上逆行', '高速公路上逆行', '逆行的车', '在高速上逆行', '快速路逆行', '环线逆行', '绕城逆行',
          'wrong way driver', 'wrong-way driver', 'driving the wrong way', 'going the wrong way', 'coming at us',
          'headlights coming at', 'wrong way on the', 'wrong way down the',
        ],
        // …or the wrong way on a fast road, said apart ("高速上有辆车在逆行", "going the wrong way up the M6").
        all: [
          ['逆行', '反方向开', '倒着开', 'wrong way', 'wrong direction', 'against traffic', 'wrong side of the'],
          [
            '高速', '快速路', '环线', '绕城', '高架', '国道', '省道', '二环', '三环', '四环', '立交',
            'interstate', 'freeway', 'motorway', 'highway', 'expressway', 'dual carriageway', 'turnpike', 'parkway',
            'hwy', 'fwy', 'mway',
          ],
        ],
      },
    ],
  },
  {
    category: 'missing_person',
    note: 'Missing person. P1 for a child under 14 or when life is at risk (dementia at night or in the cold, suicidal).',
    base: 'P2',
    route: '110',
    // An old or ill adult missing is already P2 (the base); only the escalations below make it P1.
    ignoreModifiers: ['vulnerable', 'in_progress', 'suspect_on_scene'],
    zh: [
      '走失', '走丢', '失踪', '失联', '离家出走', '{person}丢了{end}', '{person}……不见了', '{person}……找不到了', '找不着…{person}', '{person}…没回家', '{person}…联系不上', '{person}…没有回家', '{person}……没回宿舍', '{person}……没来上班', '{person}……没去上班', '一夜没回', '{person}…走散', '寻人',
      '找不到…{person}', '找不到我的{person}',
      // Regional "cannot find": 跑没了 / 跑没影 (north, Henan), 寻不着 / 寻勿着 (Wu), 找不见 (north-west).
      '{person}……跑没了', '{person}……跑没影', '{person}……寻不着', '{person}……寻不到', '{person}……寻勿着', '{person}……找不见',
      // Cantonese 返 (come back): 个女今朝出咗门 到而家都冇返 (冇 reads as 没), 仲未返屋企 (返屋企 reads as 回家); 个仔 / 个女 (my son / daughter).
      '{person}……没返', '{person}……未返', '个女……没返', '个女……未返', '个仔……没返', '个仔……未返', '未回家',
      // Not home from school (我家孩子放学没回来).
      '{person}…放学没回', '{person}…放学还没回', '{person}…放学到现在', '放学没回来', '放学还没回来', '放学没回家',
    ],
    en: [
      'missing person', 'missing child', 'lost child', 'lost kid', '{person} is missing', '{person} has gone missing',
      '{person} went missing', '{person} missing', 'missing {person}', "{person}'s missing", "can't find my {person}",
      'cannot find my {person}', 'cant find my {person}', 'lost my {person}', '{person} is lost', '{person} wandered off',
      "{person} hasn't come home", "{person} didn't come home", '{person} never came home', 'ran away from home',
      "{person} hasn't come back", '{person} has been missing', '{person} is gone', 'wandered off', 'went missing',
      'gone missing', '{person}……is missing', '{person}……has been missing', '{person}……went missing',
      '{person}……is lost', "{person}……hasn't come back", "{person}……hasn't come home",
      // Indian English: "went for morning walk and not returned", "has not come back".
      '{person}……not returned', '{person}……has not returned', "{person}……hasn't returned", '{person}……never returned',
      '{person}……not yet returned', '{person}……did not return', "{person}……didn't return", '{person}……not come back',
      '{person}……has not come back',
      // A child named by age ("my 4 yr old is gone").
      ...['yr old', 'year old', 'yo', 'y/o'].flatMap((age) => [`${age} is gone`, `${age} is missing`, `${age} went missing`, `${age} wandered off`]),
    ],
    escalations: [
      { id: 'child', note: 'a child under 14', to: 'P1', signal: 'child_under_14' },
      {
        id: 'life_at_risk',
        note: 'dementia (or similar) and night, cold or extreme heat',
        to: 'P1',
        all: [
          [
            '痴呆', '老年痴呆', '阿尔茨海默', '认知障碍', '失智', '糊涂', '记不清', '记性不好', '不认识路', '不认路', '精神病',
            '精神疾病', '智力障碍', '智障', '自闭症',
            'dementia', 'alzheimer', "alzheimer's", 'alzheimers', 'confused', 'memory problems', 'memory loss',
            'mental illness', 'autism', 'autistic',
          ],
          [
            '晚上', '夜里', '夜间', '半夜', '凌晨', '深夜', '天黑', '天都黑了', '天快黑了', '今晚', '昨晚', '天冷', '很冷', '寒冷', '冷天', '降温', '零下',
            '下雪', '大雪', '结冰', '冻', '气温低', '暴雨', '夜', ...DARK_ZH,
            'night', 'tonight', 'overnight', 'dark', 'midnight', 'evening', 'cold', 'freezing', 'snow', 'snowing',
            'below zero', 'ice', 'icy', 'storm', ...NIGHT_HOURS, ...EXTREME_WEATHER, ...EVENING_COLD_SPOKEN,
          ],
        ],
      },
      {
        id: 'exposure',
        note: 'missing in the mountains, woods or by water, at night or in the cold (anyone: life at risk)',
        to: 'P1',
        all: [
          [
            '上山', '山上', '山里', '山里头', '进山', '下山', '没下来', '山沟', '野外', '林子', '树林', '森林', '河边', '江边', '湖边',
            '水库', '海边', '峡谷',
            'mountain', 'mountains', 'hiking', 'hike', 'trail', 'woods', 'forest', 'canyon', 'river', 'lake', 'creek',
            'beach', 'backcountry', 'hills', 'moor', 'moors',
          ],
          [
            '晚上', '夜里', '夜间', '半夜', '凌晨', '深夜', '天黑', '今晚', '天冷', '很冷', '寒冷', '降温', '零下', '下雪', '大雪',
            '暴雨', '夜', ...DARK_ZH,
            'night', 'tonight', 'overnight', 'dark', 'getting dark', 'midnight', 'cold', 'freezing', 'snow', 'snowing',
            'below zero', 'storm', ...NIGHT_HOURS, ...EXTREME_WEATHER, ...EVENING_COLD_SPOKEN,
          ],
        ],
      },
      {
        id: 'suicidal',
        note: 'the missing person may harm themselves',
        to: 'P1',
        any: [
          '自杀', '想死', '不想活', '轻生', '寻死', '活不下去', '跳楼', '跳河', '遗书',
          'suicidal', 'suicide', 'kill himself', 'kill herself', 'kill themselves', 'want to die', 'wants to die',
          'suicide note',
          // A goodbye before going: life at risk.
          ...FAREWELL_WORDS.zh, ...englishTerms(FAREWELL_WORDS.en),
        ],
      },
    ],
  },
  {
    category: 'self_harm',
    note: 'Suicide threat or self-harm. Always P1; the reporter is told to call 120 too.',
    base: 'P1',
    route: '110+120',
    notNegatable: true,
    readsAs: [
      {
        category: 'medical',
        note: 'pills or poison taken by accident or at a party',
        words: [...ACCIDENTAL_WORDS.zh, ...englishTerms(ACCIDENTAL_WORDS.en)],
        unless: [...MEANT_TO_DIE.zh, ...englishTerms(MEANT_TO_DIE.en)],
      },
      {
        // "he cut himself on the broken glass": a cut on something by accident, an injury, not self-harm.
        category: 'medical',
        note: 'cut on something by accident',
        words: ['cut himself on', 'cut herself on', 'cut myself on', '不小心划', '不小心割'],
        unless: [...MEANT_TO_DIE.zh, ...englishTerms(MEANT_TO_DIE.en)],
      },
    ],
    zh: [
      // Not wanting to go on (Cantonese 唔想再撐落去 reads as 不想再撑下去).
      '不想再撑', '撑不下去了', '不想撑下去', '撑不住了',
      '自杀', '跳楼', '跳河', '跳江', '跳桥', '轻生', '不想活', '活不下去', '活着没意思', '想死', '寻死', '割腕', '上吊',
      '吃了很多药', '吃了安眠药', '吃安眠药', '吞药', '吃了一瓶', '喝农药', '喝了农药', '烧炭', '结束生命', '结束自己',
      '自残', '自尽', '不想活了', '死了算了', '想不开', '吃了很多安眠药', '吞了很多药',
      // A bottle or a handful of pills swallowed (by accident: read as medical, readsAs above).
      '半瓶{pills}', '一瓶{pills}', '整瓶{pills}', '半板{pills}', '一板{pills}', '一整板{pills}', '{pills}……全吃了', '{pills}……都吃了',
      '{pills}……全吞了', '{pills}……都吞了', '{pills}……吃了好几颗', '{pills}……吃了几颗', '{pills}……吃了好几片', '{pills}……吃了几片',
      '{pills}……吃了一把', '{pills}……吃了一大把',
    ],
    en: [
      'kill myself', 'killing myself', 'suicide', 'suicidal', "don't want to live", 'dont want to live',
      'do not want to live', 'end my life', 'ending my life', 'end it all', 'want to die', 'wanna die', 'overdose',
      'overdosed', 'took pills', 'took all my pills', 'cut myself', 'cutting myself', 'hang myself', 'hurt myself',
      'jump off', 'kill himself', 'kill herself', 'sucide', 'suicde', 'no reason to live', 'better off dead',
      "don't want to be alive", 'took a lot of pills', 'took too many pills', 'swallowed pills', 'swallowed a bottle',
      // A goodbye said sideways, and someone else's pills taken (session 13 probes).
      'done with everything', 'done with it all', 'done with life', 'done with living', "can't do this anymore",
      'cant do this anymore', 'took my dads pills', "took my dad's pills", 'took my mums pills', "took my mum's pills",
      'took my moms pills', "took my mom's pills", 'took her pills', 'took his pills', 'took the pills',
    ],
  },
  {
    category: 'medical',
    note: 'Not breathing, unconscious, heart attack, heavy bleeding, seizure. Told to call 120 too.',
    base: 'P1',
    route: '110+120',
    // A weak heart said as the reason a complaint matters ("楼下广场舞天天放到十点 我老娘心脏不好") is no illness now.
    yielding: ['心脏不好'],
    yieldingTo: ['threat', 'fraud', 'theft', 'disorder', 'suspicious', 'non_police'],
    zh: [
      '没呼吸', '没有呼吸', '不呼吸', '呼吸困难', '喘不上气', '昏迷', '晕倒', '晕过去', '昏倒', '不省人事', '叫不醒', '心脏病',
      '心梗', '心脏骤停', '没有心跳', '没心跳', '中风', '脑溢血', '大出血', '抽搐', '抽筋倒地', '癫痫', '休克', '口吐白沫',
      '噎住', '卡住喉咙', '倒地不起', '晕厥', '昏眯', '无法呼吸', '喘不过气', '中毒', '食物中毒', '误食', '误服', '误喝',
      '喝了消毒液', '喝了84', '喝了洗洁精', '吞了电池', '吃了老鼠药', '吞了纽扣电池',
      // A fall from a height (scaffolding, a ladder, a roof): 从架子上摔下来, 梯子上掉下来.
      '从…摔下来', '从…掉下来', '从…跌下来', '从…栽下来', '从…摔下去', '从…掉下去', '上摔下来', '上掉下来', '上跌下来',
      '上栽下来',
    ],
    en: [
      'not breathing', "isn't breathing", 'isnt breathing', 'stopped breathing', 'no longer breathing',
      "can't breathe", 'cant breathe', 'cannot breathe', 'unconscious', 'unconcious', 'unresponsive', 'passed out',
      'fainted', 'collapsed', 'heart attack', 'asthma attack', 'panic attack', 'cardiac arrest', 'stroke', 'seizure', 'siezure', 'seizures',
      'bleeding heavily', 'bleeding a lot', 'lots of blood', 'choking', 'no pulse', 'overdosed', "won't wake up",
      'wont wake up', "can't wake", 'cant wake', 'not waking up', 'not responding', 'poisoned', 'poisoning',
      'drank bleach', 'swallowed bleach', 'drank some bleach', 'ate rat poison', 'swallowed a battery', 'swallowed batteries',
      'swallowed a button battery', 'drank antifreeze', 'swallowed detergent', 'ate a detergent pod',
    ],
  },
  {
    category: 'burglary',
    pastPriority: 'P3',
    note: 'Intruder, break-in. P1 while it is happening; P2 just found, intruder maybe inside; P3 when found afterwards.',
    base: 'P3',
    readsAs: [
      {
        category: 'theft',
        note: 'a vehicle broken into: a theft from it',
        words: [
          'broke into…{vehicle}', 'broken into…{vehicle}', 'breaking into…{vehicle}', 'break into…{vehicle}',
          '{vehicle}…broken into', "{vehicle}'s been broken into", 'my {vehicle}……window', '{vehicle} window',
        ],
      },
    ],
    route: '110',
    // Drunks kicking doors in a stairwell are disorder; someone kicking the door while the reporter hides is not.
    // A handle tried door after door down a corridor is casing (suspicious: 一个门一个门地拧门把手).
    yielding: [...DOOR_BANGING, '拧门把手'],
    yieldingHoldsWhenCovert: true,
    yieldingUnless: OWN_DOOR_OR_ENTRY,
    zh: ['入室盗窃', '家里被盗', '家里被偷', '进贼', '进了小偷', '被撬了', '门被撬', '锁被撬', '窗户被撬', '家里被翻', '爆窃', '爆格'],
    en: ['burglary', 'burgled', 'burglarized', 'house was broken into', 'was broken into', 'been broken into'],
    escalations: [
      {
        id: 'now_keyword',
        note: 'someone is breaking in or inside now',
        to: 'P1',
        namesCategory: true,
        tense: true,
        any: [
          '入室', '撬门', '撬锁', '撬窗', '在撬', '翻窗', '爬窗', '有人闯进', '闯进来', '闯进我家', '有人进来了', '有人在我家里',
          '有人在屋里', '有人在家里', '有人进了我家', '有人进我家', '小偷在家里', '小偷还在', '有人开我家门', '有人在开门', ...DOOR_BANGING,
          'break-in', 'break in', 'breaking in', 'broke in', 'breaking into', 'intruder', 'intruders', 'burglar',
          'burglars', 'someone in my house', 'someone is in my house', "someone's in my house", 'someone in the house',
          'someone is in the house', 'someone broke in', 'someone is breaking', 'forcing the door', 'kicking my door', 'trying to get in', 'burgler', 'intruter',
        ],
      },
      {
        id: 'may_be_inside',
        note: 'just found, and the intruder may still be inside (the reporter does not know, or sees it open from outside)',
        to: 'P2',
        tense: true,
        any: MAY_BE_INSIDE,
      },
      {
        id: 'in_progress',
        note: 'the reporter says it is still going on or the intruder is still there',
        to: 'P1',
        tense: true,
        modifiers: ['in_progress', 'suspect_on_scene'],
      },
    ],
  },
  {
    category: 'threat',
    pastPriority: 'P3',
    note: 'Threats, intimidation, stalking, extortion.',
    base: 'P2',
    route: '110',
    // "He is threatening me" (on the phone, online) is no danger now by itself; a suspect on scene still raises.
    // "This pothole is going to kill someone": a city matter said strongly (12345), not a threat from a person.
    readsAs: [
      {
        category: 'non_police',
        note: 'a road, light or council matter said to be deadly: a city complaint, not a threat',
        words: ['pothole', 'potholes', 'council', 'streetlight', 'street light', 'street lights', 'sinkhole', 'broken pavement'],
        unless: ['said he', 'said she', 'says he', 'says she', 'threatened', 'threatening me', 'told me', 'texted', 'messaged'],
      },
      {
        // Sextortion: a naked chat or intimate pictures held over someone for money are a fraud (eval/README.md),
        // however threatening the words around them ("拿视频威胁我 不给钱就发给我通讯录").
        category: 'fraud',
        note: 'intimate pictures or a naked video chat held over someone for money (sextortion)',
        words: ['裸聊', '裸照', '不雅视频', '不雅照', '私密照', '私密视频', 'sextortion', 'my nudes', 'her nudes', 'his nudes',
          'intimate photos', 'intimate pictures', 'intimate pics', 'private pics', 'private photos', 'nude pics', 'nude photos'],
      },
    ],
    ignoreModifiers: ['in_progress'],
    zh: [
      '威胁', '恐吓', '跟踪', '扬言', '勒索', '敲诈', '报复', '一直跟着我', '跟着我', '堵我', '堵在我家', '要杀了你', '要弄你',
      '骚扰电话', '被人跟踪', '要打死我', '打死我', '要杀了我', '要杀我', '杀了我', '要弄死我', '弄死我',
    ],
    en: [
      'threat', 'threats', 'threaten', 'threatened', 'threatening', 'stalking', 'stalker', 'stalked', 'following me',
      'followed me', 'blackmail', 'blackmailing', 'extortion', 'extorting', 'intimidating', 'harassing me', 'harassed',
      'going to kill me', 'gonna kill me', 'will kill me', 'kill me', 'threatening to kill',
    ],
    escalations: [
      {
        // Death threats said as "you're dead": "saying im dead when he finds me", "ur dead meat". Named here, not in
        // the words above, so that the closest-kind model (counted from those words) does not learn "dead" as a threat.
        id: 'dead_threat',
        note: 'a death threat said as "you\'re dead"',
        to: 'P2',
        any: DEAD_THREATS,
        namesCategory: true,
      },
      {
        id: 'death_threat_on_scene',
        note: 'a threat to kill from someone who is here now (downstairs, at the door, smashing things)',
        to: 'P1',
        all: [
          [
            '杀了我', '杀我', '弄死我', '打死我', '砍死', '劈死', '捅死', '杀了你', '弄死你', '杀全家', '杀了我全家', '杀我全家', '要我的命',
            '同归于尽', '烧死',
            'kill me', 'kill us', 'kill you', 'kill my', 'kill everyone', 'kill her', 'kill him', 'dead', 'end me',
            'burn the house', 'burn us',
          ],
          [
            '楼下', '门口', '门外', '在我家', '在家门', '在院里', '在院子', '正在', '还在', '就在', '砸门', '踹门', '砸车', '砸我的车',
            '在砸', '守着', '堵着',
            'outside', 'downstairs', 'at my door', 'at the door', 'in the driveway', 'out front', 'right now', 'still here',
            'banging', 'smashing', 'kicking the door', 'in the yard', 'parked outside',
          ],
        ],
      },
    ],
  },
  {
    category: 'fraud',
    pastPriority: 'P3',
    note: 'Telecom or online scam. P2 while money is being sent, otherwise P3.',
    base: 'P3',
    route: '110',
    readsAs: [
      {
        category: 'suspicious',
        note: 'a scam attempt that cost nothing (hung up, paid nothing)',
        words: [...NOTHING_LOST_WORDS.zh, ...englishTerms(NOTHING_LOST_WORDS.en)],
        unless: [...MONEY_LOST_WORDS.zh, ...englishTerms(MONEY_LOST_WORDS.en)],
      },
    ],
    ignoreModifiers: ['in_progress'],
    zh: [
      '被骗', '诈骗', '骗子', '骗了', '骗钱', '电信诈骗', '网络诈骗', '刷单', '杀猪盘', '中奖', '冒充', '冒充警察', '冒充公检法',
      '自称警察', '自称公安', '涉嫌洗钱', '洗钱', '裸聊', '网贷', '假警察', '假客服', '客服退款', '被诈骗', '骗局', '诈骗电话',
      '被坑', '骗走', '套路贷', '保释金', '取保费',
    ],
    en: [
      'scam', 'scammed', 'scammer', 'scammers', 'fraud', 'fraudster', 'fraudulent', 'conned', 'con artist',
      'fake police', 'pretending to be police', 'pretending to be the police', 'claims to be police',
      'said he was police', 'said they were police', 'phishing', 'money laundering', 'cheated me', 'swindled',
      'romance scam', 'investment scam', 'scamed',
      // Impersonation and a request for credentials, said around the word ("saying theyre from my bank asking for my
      // pin"). Terms with a {vocabulary} match as written (no lemma): the usual tenses are listed.
      'saying…from {scam_source}', 'said…from {scam_source}', 'says…from {scam_source}', 'claiming…from {scam_source}',
      'claimed…from {scam_source}', 'pretending to be {scam_source}', 'posing as {scam_source}', 'asking…for my {credential}',
      'asked…for my {credential}', 'wanted my {credential}', 'wants my {credential}', 'read out…{credential}',
      // Someone "from the bank" on the phone telling a relative to move their savings (impersonation in progress).
      'from {scam_source} is on the phone', 'from {scam_source} on the phone', 'move his savings', 'move her savings',
      'move my savings', 'move their savings', 'move all his money', 'move all her money', 'move all my money',
    ],
    escalations: [
      {
        id: 'money_being_sent',
        note: 'money is being (or has just been) sent',
        to: 'P2',
        namesCategory: true,
        any: [
          '转账', '转钱', '汇款', '打款', '正在转', '让我转', '要我转', '叫我转', '转了', '汇了', '安全账户', '验证码', '付款',
          '充值', '交保证金', '保证金',
          // Asked to pay again ("现在又叫我交五千"): a fee to unfreeze a loan or an account is the scam's next demand.
          '又叫我交', '又让我交', '要不要交', '又要交', '还要交', '解冻费', '交手续费',
          // Money paid into an account someone online asked for (让我往一个账户打钱 … 还让我继续打).
          '让我打钱', '叫我打钱', '往一个账户打钱', '往账户打钱', '往卡里打钱', '打钱到', '继续打钱', '让我继续打钱',
          '让我继续转', '让我再转钱', '让我再转一笔',
          // About to send, or asked to pay again to unfreeze (我正准备转; 要再交3000解冻).
          '正准备转', '准备转钱', '准备转账', '要再交', '再交…解冻', '交…解冻',
          'transfer', 'transferring', 'transferred', 'wire money', 'wiring money', 'send money', 'sending money',
          'sent money', 'asked me to send', 'asking me to send', 'asked to send', 'asking me to pay', 'asked me to pay',
          'pay them', 'gift card', 'gift cards', 'bitcoin', 'safe account', 'verification code', 'bank transfer',
          'about to wire', 'about to send', 'about to transfer', 'going to wire', 'wiring', 'wire',
          'move his savings', 'move her savings', 'move my savings', 'move their savings', 'moving his savings',
          'moving her savings', 'move all his money', 'move all her money', 'move all my money',
        ],
        // Sent, and the scammer is gone (blocked, unreachable): nothing to stop any more (P3).
        unless: MONEY_GONE,
      },
      {
        id: 'ongoing',
        note: 'the scammer is still in contact or directing the victim: they can still be stopped',
        to: 'P2',
        any: [
          '正在', '还在通话', '还在打电话', '还在视频', '电话没挂', '不让挂', '不能告诉任何人', '不要告诉', '别告诉', '不许告诉', '保密',
          '开个房间', '开房间', '去宾馆', '去酒店', '单独', '屏幕共享', '共享屏幕', '远程', '下载软件', '下载app', '准备好卡', '取现',
          '去取钱', '上门取', '来拿钱',
          'rn', 'right now', 'on the phone with', 'still on the phone', 'still on the line', 'telling me to', 'wants me to',
          'log into my bank', 'remote control', 'remote access', 'anydesk', 'teamviewer', 'courier', 'pick up the cash',
          'pick up cash', 'cashapp', 'cash app', 'venmo', 'zelle', 'western union', 'already sent', 'getting scammed',
          "don't tell anyone", 'not to tell anyone', 'keep it secret',
        ],
        unless: MONEY_GONE,
      },
    ],
  },
  {
    category: 'theft',
    pastPriority: 'P3',
    note: 'Theft, pickpocketing. P2 when it just happened.',
    base: 'P3',
    route: '110',
    zh: [
      '被偷', '偷了', '偷走', '被盗', '失窃', '扒手', '小偷', '扒窃', '顺手牵羊', '偷车', '丢了{item}', '{item}…丢了',
      '{item}…不见了', '{item}…被偷', '偷东西', '被扒',
      // A bike or scooter taken by wheeling or riding it off (前脚刚停 后脚就被人推走了).
      '被人推走', '被推走', '给推走了', '被人骑走', '被骑走', '给骑走了',
    ],
    en: [
      'stolen', 'stole', 'steal', 'stealing', 'theft', 'thief', 'thieves', 'pickpocket', 'pickpocketed',
      // "Someone took my wallet from my bag": taking a thing of mine, said plainly (force makes it a robbery: its words rank higher).
      'took my {item}', 'taken my {item}', 'took her {item}', 'took his {item}',
      'shoplifting', 'shoplifter', 'my {item} is missing', 'my {item} went missing', 'my {item} has gone missing', 'my {item} was taken', 'my {item} is gone', 'stollen',
      'theif',
    ],
    escalations: [
      {
        id: 'just_now',
        note: 'it just happened',
        to: 'P2',
        any: [
          '刚刚', '刚才', '刚被', '就在刚才', '几分钟前', '刚偷', '才被偷', '分钟前', '分钟之前', '前脚', '一转身', '一转眼',
          '一眨眼', '一扭头', 'mins ago', 'min ago', 'moments ago', 'seconds ago',
          'just now', 'just happened', 'a minute ago', 'minutes ago', 'just stole', 'just got stolen', 'just been stolen',
          'just nicked', 'just pinched', 'just swiped', 'just got nicked', 'just been nicked', 'just knocked off',
          // Happening now, or the thief is still running: there is someone to catch.
          '在偷', '正在偷', '还在偷', '在撬', '在卸', '在拆', '刚跑', '没跑远', '往东跑', '往西跑', '往南跑', '往北跑', '往那边跑',
          'just ran', 'just took', 'just grabbed', 'just walked out', 'just left', 'ran out of', 'running off', 'ran off with',
          'heading north', 'heading south', 'heading east', 'heading west', 'headed north', 'headed south', 'headed east',
          'headed west', 'still running', 'chasing him', 'chasing her', 'stealing right now', 'is stealing', 'are stealing',
        ],
      },
    ],
  },
  {
    category: 'disorder',
    pastPriority: 'P3',
    note: 'Noise, disputes, drunk and disorderly.',
    base: 'P3',
    route: '110',
    // A child woken by the noise is no victim ("孩子都吓醒了"): a child harmed or threatened names another kind.
    ignoreModifiers: ['in_progress', 'vulnerable'],
    // Noise from building work or from a machine or fixture (a loose manhole cover, an air-conditioner unit), not
    // from people, is a 12345 matter (where construction noise goes there: buildRules).
    readsAs: [
      {
        category: 'non_police',
        note: 'noise from building work or a machine, not from people',
        words: [
          '装修', '施工', '电钻', '冲击钻', '打钻', '电锯', '切割机', '工地', '电镐', '井盖', '空调外机', '外机', '水泵', '风机', '变压器',
          '排风扇', '冷却塔',
          ...englishTerms(['construction', 'roadworks', 'road works', 'building site', 'jackhammer', 'renovate', 'renovation',
            'drilling', 'manhole', 'air conditioner', 'ac unit', 'generator']),
        ],
        unless: [
          '吵架', '争吵', '打架', '动手', '骂人', '闹事', '喝醉', '喝多', '醉汉', '纠纷', '冲突', '威胁',
          ...englishTerms(['argument', 'arguing', 'fight', 'fighting', 'drunk', 'dispute', 'threaten']),
        ],
      },
      {
        // A shop that will not refund and is rude about it: a consumer complaint (12345), not a disturbance.
        category: 'non_police',
        note: 'a consumer dispute (refund, quality)',
        words: ['不给退', '不退钱', '不给退钱', '退款', '退货', '喝出', '吃出', '质量问题', '消费纠纷', '押金', '会员卡', '年卡', '预付卡', ...englishTerms(['refund'])],
        unless: ['打', '动手', '砸', '喝醉', '威胁', '推', ...englishTerms(['hit', 'punch', 'fight', 'drunk', 'threaten'])],
      },
      {
        // Noise night after night from a pastime or a venue: a 12345 complaint, unless people quarrel or fight.
        category: 'non_police',
        note: 'noise from a pastime or a venue (square dancing, mahjong, a karaoke hall), no quarrel',
        words: PASTIMES,
        unless: [
          '吵架', '吵起来', '争吵', '骂', '打架', '打起来', '打人', '动手', '推', '醉', '喝多', '闹事', '纠纷', '冲突', '威胁', '砸',
          '抢地方',
        ],
      },
    ],
    zh: [
      '噪音扰民', '扰民', '楼上噪音', '邻居噪音', '太吵', '吵架', '争吵', '纠纷', '闹事', '醉酒闹事', '喝醉', '醉汉', '酒鬼',
      '发酒疯', '撒泼', '吵闹', '大声放音乐', '骂人', '起冲突', '有冲突', '打砸', '在砸车', '乱砸车',
      // Noise said with how bad it is (吵 + a degree: 吵得睡不着, 吵死了, 好吵). Here, not in the vocabulary: as jieba
      // words they would hide 吵 from the frames' noise class.
      '吵得', '吵死', '好吵', '很吵', '特别吵', '超吵', '吵醒', '吵到', '闹得睡不着', '闹得慌',
      // About to come to blows (no blow yet: EXCEPTIONS keep it from violence); 扯皮 (south-west: quarrel).
      '快打起来', '快要打起来', '要打起来', '差点打起来', '眼看要打起来', '像要打起来', '快动手了', '要动手了', '扯皮',
      // A drunk shouting and banging at the door (隔壁那个醉鬼又来了 在走廊里大吼大叫 拍门).
      '醉鬼', '大吼大叫', '大喊大叫', '又吼又叫', '耍酒疯', '撒酒疯', '在走廊里闹', '拍门', '砸门闹',
    ],
    en: [
      'loud music', 'noise complaint', 'noisy neighbours', 'noisy neighbors', 'too loud', 'dispute', 'argument',
      'arguing', 'drunk', 'drunken', 'rowdy', 'disturbance', 'shouting', 'yelling', 'loud party',
      // Damage being done in the open (a bat to the parked cars): a disturbance, P1 with the weapon and danger.
      'smashing up cars', 'smashing cars', 'smashing car windows', 'smashing windows', 'smashing up the street',
      'smashing up', 'vandalising cars', 'vandalizing cars',
    ],
  },
  {
    category: 'suspicious',
    pastPriority: 'P3',
    note: 'Suspicious person, vehicle or activity.',
    base: 'P3',
    route: '110',
    // "It is happening now" is what makes it worth reporting, not a reason to raise it (P3-P4).
    ignoreModifiers: ['in_progress'],
    zh: ['可疑', '形迹可疑', '鬼鬼祟祟', '陌生人', '徘徊', '一直盯着', '踩点', '不明物品', '可疑包裹',
      // A bag or box left where people pass ("黑包放那半天了 没人管").
      '{loose_object}……没人管', '{loose_object}……放那', '{loose_object}……放了半天', '{loose_object}……放了一', '{loose_object}……没人要',
      '{loose_object}……没人拿'],
    en: [
      'suspicious', 'strange man', 'strange woman', 'stranger', 'loitering', 'prowler', 'prowling', 'lurking',
      'acting strange', 'acting strangely', 'unattended bag', 'suspicous',
    ],
    escalations: [
      {
        // An object that may be a device where people are: evacuate first, ask later.
        id: 'possible_device',
        note: 'an object with wires, ticking or a timer, or said to be a bomb',
        to: 'P2',
        namesCategory: true,
        any: [
          '电线露出来', '露着电线', '有电线', '连着电线', '缠着电线', '滴答', '滴滴响', '嘀嗒', '嘀嘀响', '嘀嘀的响', '滴滴的响', '哔哔响', '嘀嘀嘀', '定时器', '炸弹', '爆炸物', '雷管', '炸药',
          'wires sticking out', 'wires coming out', 'wires hanging out', 'with wires', 'ticking', 'timer', 'bomb',
          'explosive', 'explosives', 'pipe bomb', 'detonator',
        ],
      },
    ],
  },
  {
    category: 'non_police',
    note: 'Utilities, property management, wages, consumer complaints: 12345 after "nobody is in danger".',
    base: 'P3',
    route: '110',
    divert: true,
    ignoreModifiers: ['in_progress', 'vulnerable', 'suspect_on_scene'],
    zh: [
      '停水', '停电', '没水', '没电', '没有水', '没有电', '断水', '断电', '水管爆', '漏水', '物业', '欠薪', '拖欠工资', '讨薪',
      '不发工资', '工资不发', '没发工资', '路灯', '商品质量', '质量问题', '退货', '退款', '消费纠纷', '投诉商家', '房东',
      '押金', '没暖气', '暖气不热', '供暖', '垃圾没人', '没人管', '不管不问', '噪声污染',
    ],
    en: [
      'water outage', 'no water', 'power cut', 'power outage', 'no power', 'no electricity', 'blackout', 'landlord',
      'property management', 'property manager', 'unpaid wages', "haven't been paid", 'not been paid', 'wages',
      'streetlight', 'street light', 'refund', 'faulty product', 'deposit back', 'no heating', 'pothole', 'garbage',
    ],
  },
  {
    category: 'other_police',
    note: 'A police matter with no clearer category. Tips P4; a plain request for police P3; "救命" P2.',
    base: 'P4',
    route: '110',
    fallbackOnly: true,
    zh: ['举报', '线索', '提供线索', '反映情况', '提供信息', '捡到', '拾到', '捡了一个'],
    en: [
      'tip', 'tip-off', 'tip off', 'information about', 'report a crime', 'found a wallet', 'found a phone',
      'found a bag', 'lost property',
      // Criminal damage names this kind (still only when nothing else does): a keyed car is no theft.
      'keyed my car', 'keyed my ute', 'keyed my truck', 'keyed the car', 'graffiti', 'vandalism', 'vandalized', 'vandalised',
      'criminal damage', 'slashed my tyres', 'slashed my tires',
    ],
    escalations: [
      {
        // The victim of damage reports a crime (P3), not a tip (P4).
        id: 'damage_reported',
        note: 'criminal damage to the reporter\'s property (graffiti, smashed, keyed, slashed)',
        to: 'P3',
        any: [
          '涂鸦', '乱涂乱画', '喷漆', '被喷', '砸坏', '被砸', '划车', '车被划', '被划了', '轮胎被扎', '扎了轮胎', '扎胎', '故意损坏', '毁坏',
          'graffiti', 'vandalism', 'vandalized', 'vandalised', 'spray-painted', 'spray painted', 'tagged', 'keyed my car',
          'keyed', 'slashed my tyres', 'slashed my tires', 'slashed tires', 'smashed my window', 'smashed the window',
          'criminal damage',
        ],
      },
      {
        id: 'police_request',
        note: 'the reporter asks for the police',
        to: 'P3',
        namesCategory: true,
        any: ['报警', '警察', '求助', '出事了', '派出所', 'police', 'cops', 'need help'],
      },
      {
        id: 'urgent_request',
        note: 'the reporter calls for help urgently',
        to: 'P2',
        namesCategory: true,
        any: ['救命', '快来', '紧急', '快点来', 'help me', 'emergency', 'urgent', 'please help', 'sos', 'save me'],
      },
    ],
  },
];

/**
 * Construction noise goes to 12345 in most cities; some handle it as police disorder. These words are added to
 * the category chosen in `buildRules` (default non_police).
 */
// prettier-ignore
export const CONSTRUCTION_NOISE: readonly Term[] = [
  '施工噪音', '施工扰民', '工地噪音', '夜间施工', '半夜施工', '施工太吵', '装修噪音', '装修太吵',
  'construction noise', 'building work noise', 'construction at night',
  // Noise night after night from a pastime or a venue (square dancing, mahjong, a karaoke hall): a complaint for
  // 12345 like building work, said with how loud or how late ("广场舞天天放到十点", "楼上搓麻将洗牌到一两点").
  ...PASTIMES.flatMap((p) => [`${p}……{loud_late}`, `{loud_late}……${p}`]),
  // English: bass, karaoke, a party or drilling night after night or for weeks ("bass till 4am every night for a
  // month", "karaoke every night until 1am"): a nuisance complaint, not an incident (a fight or a scream named in
  // the same report outranks it).
  '{noise_en}……{recurring}', '{recurring}……{noise_en}',
];

// ---------------------------------------------------------------------------------------------------------
// Modifiers: each raises one tier above the category's base (P4 → P3 → P2 → P1, never above P1).
// ---------------------------------------------------------------------------------------------------------

/**
 * Covert triggers: the reporter cannot speak safely. They force covert mode (minimal replies, no voice call)
 * and raise one tier. They are never cancelled by a nearby negation: a false "covert" costs little.
 */
// prettier-ignore
export const COVERT_TRIGGERS: readonly Term[] = [
  '不敢出声', '不敢说话', '不能说话', '不能出声', '不方便说话', '不方便接电话', '不能接电话', '不敢接电话',
  '他在旁边', '他就在旁边', '她在旁边', '他们在旁边', '人在旁边', '躲在', '躲起来', '藏在', '藏起来', '偷偷', '躲着', '藏着',
  // The one doing it beside the reporter ("他就在我旁边", "人就在我边上", "就坐我旁边", Cantonese 佢喺我隔篱, read as 他在我隔篱), not a
  // friend or husband who is with them now ("我老公在我旁边陪着我").
  '他在我旁边', '她在我旁边', '他们在我旁边', '人在我旁边', '他在我边上', '她在我边上', '人在我边上', '他在我身边', '她在我身边',
  '就在我旁边', '就在我边上', '就在我身边', '就在我身后', '就坐我旁边', '就坐在我旁边', '就站我旁边', '就站在我旁边', '就坐我边上',
  '他在我隔篱', '他就在我隔篱', '就在我隔篱',

  '别回短信', '别回信息', '别回消息', '不要回短信', '不要回信息', '不要回消息', '别回我',
  '别打电话', '别回电话', '别打我电话', '不要打电话', '不要回电话', '不要打我电话', '别打过来', '不要打过来', '别给我打电话',
  '唔好打电话', '唔好打嚟', '被监视', '被盯着', '只能发短信', '只能打字', '只能发信息', '小声', '不能打电话', '无法说话', '没法说话',
  // Afraid to call, hiding in a room (北方 不敢吱声, 躲厕所; Cantonese 唔敢出声 read as 不敢出声, 唔方便讲嘢).
  '不敢打电话', '不敢吱声', '不敢出动静', '躲厕所', '躲卫生间', '躲屋里', '唔方便讲嘢', '不敢讲嘢',
  // Hiding in a wardrobe or behind the shelves of a shop being robbed (我躲衣柜里了, 我在货架后面蹲着), and 莫 for don't.
  '躲衣柜', '躲柜子', '躲床底', '躲进', '货架后面蹲着', '柜台后面蹲着', '后面蹲着不敢', '莫打电话', '莫回电话',
  // Code-switched "don't call me" (别call我): with "我锁在厕所里" the extraction has the safety answer, so the question
  // whose answer would have said it is not asked.
  '别call我', '不要call我', '别call',
  "can't talk", 'cant talk', 'cannot talk', 'can not talk', 'unable to talk', "can't speak", 'cant speak',
  'cannot speak', 'not safe to talk', "can't call", 'cannot call', 'cant call', 'cant ring', "can't ring", 'too scared to call', "don't call", 'dont call', 'do not call',
  "he's here", 'hes here', 'he is here', "she's here", 'she is here', "they're here", 'they are here',
  "he's next to me", 'he is next to me', 'hiding', 'hide', 'being watched', "he's watching me", 'text only',
  'only text', 'whispering',
  // "Don't phone / ring", Scots "dinnae phone", dropped g's: "hidin in the bathroom", "whisperin".
  "don't phone", 'dont phone', 'do not phone', "don't ring", 'dont ring', 'dinnae phone', 'dinnae call', 'dinnae ring',
  'hidin', "hidin'", 'whisperin',
  // Hiding said as where the reporter is: under the counter, under the bed, in the closet (locked in a room alone
  // is not covert: tests/golden en-dv-bathroom-flat).
  'under the counter', 'under counter', 'under the desk', 'under the bed', 'in the closet', 'in the wardrobe',
];

/** A child (also: any age under 14; a child word next to an age of 14 or more does not count). */
// prettier-ignore
export const CHILD_WORDS: readonly Term[] = [
  '孩子', '小孩', '儿童', '宝宝', '婴儿', '小朋友', '幼儿', '小学生', '幼儿园', '小男孩', '小女孩', '未成年', '男孩', '女孩',
  'child', 'children', 'kid', 'kids', 'baby', 'babies', 'toddler', 'infant', 'little boy', 'little girl', 'boy', 'girl',
];

/** An elderly person (also: any age of 65 or more). */
// prettier-ignore
export const ELDERLY_WORDS: readonly Term[] = [
  '老人', '老太太', '老大爷', '老奶奶', '老爷爷', '老年人', '老头', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '老伯',
  'elderly', 'old man', 'old woman', 'old lady', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'pensioner',
];

/** A disabled or otherwise vulnerable person. */
// prettier-ignore
export const DISABLED_WORDS: readonly Term[] = [
  '残疾', '残障', '聋哑', '盲人', '智障', '智力障碍', '自闭症', '痴呆', '老年痴呆', '阿尔茨海默', '坐轮椅', '孕妇', '怀孕',
  'disabled', 'disability', 'wheelchair', 'blind', 'dementia', "alzheimer's", 'alzheimers', 'pregnant', 'autistic',
];

// prettier-ignore
export const MODIFIER_RULES: readonly ModifierRule[] = [
  {
    id: 'weapon',
    note: 'a weapon is present',
    element: 'weapons',
    words: [
      '刀', '枪', '匕首', '棍', '棒子', '钢管', '球棒', '斧头', '斧子', '锤子', '榔头', '凶器', '武器', '砖头', '硫酸', '汽油',
      '酒瓶', '铁锹', '弩',
      'knife', 'knives', 'gun', 'guns', 'pistol', 'rifle', 'shotgun', 'firearm', 'weapon', 'weapons', 'armed',
      'machete', 'axe', 'hammer', 'bat', 'baseball bat', 'crowbar', 'blade', 'acid', 'petrol', 'gasoline', 'knive',
    ],
  },
  {
    id: 'in_progress',
    note: 'it is still happening',
    element: 'in_progress',
    tense: true,
    words: [
      '正在', '还在打', '还在砍', '还在抢', '还在闹', '还在继续', '一直在打', '不停地打', '此刻', '现在正', '进行中', '现在还在',
      '还在里面', '人还在里面', '还在翻', '还没出来',
      'right now', 'happening now', 'still happening', 'still going on', 'going on now', 'in progress', 'as we speak',
      'is happening', 'ongoing', 'currently', 'rn', 'rite now', 'as i text', 'as i type',
    ],
  },
  {
    id: 'injury',
    note: 'someone is hurt',
    element: 'injuries',
    words: [
      '受伤', '受了伤', '伤了', '流血', '出血', '血流', '伤者', '伤员', '骨折', '重伤', '轻伤', '伤亡', '砍伤', '刺伤', '捅伤',
      '撞伤', '打伤', '头破血流', '满身是血', '好多血', '死人了', '被打死', '打死人', '人死了', '死亡', '尸体', '昏迷', '晕倒',
      '伤得', '伤势', '流了很多血',
      'injured', 'injury', 'injuries', 'hurt', 'bleeding', 'blood', 'wounded', 'wound', 'dead', 'died', 'body',
      'broken bone', 'broken leg', 'broken arm', 'fracture', 'unconscious', 'casualties', 'injurd',
    ],
  },
  {
    id: 'vulnerable',
    note: 'the victim is a child, elderly or disabled (ages: under 14, 65 and over)',
    words: [...CHILD_WORDS, ...ELDERLY_WORDS, ...DISABLED_WORDS],
  },
  {
    id: 'suspect_on_scene',
    note: 'the suspect is still there',
    element: 'suspects',
    tense: true,
    words: [
      '他还在', '她还在', '他们还在', '人还在', '还没走', '没走', '还在门口', '还在外面', '还在屋里', '还在家里', '还在楼下',
      '还在楼上', '就在门外', '他在门外', '有人在门外', '守在门口', '堵在门口', '还在附近', '还在车上', '还在店里', '还在现场',
      'still here', 'still there', "he's still", 'he is still', 'she is still', "she's still", 'they are still',
      "they're still", 'still inside', 'outside my door', 'banging on my door', 'banging on the door', 'outside my apartment',
      'outside my house', 'outside my flat', '在砸门', '砸我家门', '踹门', '在敲门', 'at my door', 'at the door', 'still in the house',
      'waiting outside', 'still around', 'someone at the door', 'someone at my door',
    ],
  },
  {
    id: 'cannot_talk',
    note: 'the reporter cannot talk safely (covert trigger)',
    element: 'safety',
    words: COVERT_TRIGGERS,
    notNegatable: true,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Other word lists.
// ---------------------------------------------------------------------------------------------------------

/**
 * Negations: a word right after one of these does not count ("没有刀", "no knife"). Chinese: at most two
 * characters between the negation and the word; English: at most two words. A comma or full stop ends it.
 */
// prettier-ignore
export const NEGATIONS: readonly Term[] = [...NEGATION_ZH.filter((w) => w !== '不' && w !== '别'), ...NEGATION_EN.filter((w) => w !== "n't")];

/** Between a negation and a word, these start a new clause and stop the negation ("no he has a knife"). */
// prettier-ignore
export const NEGATION_BREAKERS: readonly Term[] = [
  '但', '可是', '不过',
  'he', 'she', 'they', 'i', 'we', 'you', 'someone', 'somebody', 'but', 'sure', 'though', 'however', 'there',
];

/**
 * Phrases that look like a rule word but are not (打我电话 is "call me", 想死你了 is "miss you"). A rule
 * match that overlaps one of these and does not contain it is ignored.
 */
// prettier-ignore
export const EXCEPTIONS: readonly Term[] = [
  ...DEAD_THREATS,
  // Bottles smashed on the ground are no weapon (drunks 摔酒瓶子); one swung at someone still is (拿酒瓶砸).
  '摔酒瓶', '摔瓶子', '扔酒瓶', '砸酒瓶', '摔啤酒瓶',
  // The doorway is a place, not the door itself: "在我家门口" is no "我家门" (own door) and no "砸门".
  '门口', '门外',
  // A former partner is no partner: "前男友" holds no "男友" (rules.ts VOCABULARY household).
  '前男友', '前女友', '前男朋友', '前女朋友', '前老公', '前老婆', '前任', 'ex-boyfriend', 'ex-girlfriend', 'ex-husband', 'ex-wife',
  'ex-partner',
  '打我电话', '打我手机', '打电话', '想死你', '想死我了', '无人机', '无论', '没想到', '不是说', '未成年', '被关在门外',
  '关在门外', '锁在门外', '钥匙锁在', '手机没电', '手机快没电', '快没电', '没电了手机', '伤心', '吓死', '笑死', '气死',
  '急死', '累死', '热死', '冷死', '饿死', '臭死', '烦死', '吵死', '困死', '丑死', '难受死', '火车', '火锅', '上火', '火腿', '火柴', '火气', '发火', '打火机', '抽烟', '吸烟',
  '刀削面', '车刀', '开刀', '冷静', '中奖了吗', '正在路上', '正在赶来', '水枪', '是不是', '无法',
  // Pile-driving and drilling on a site are no blows ("半夜十二点还在打桩": a 12345 noise complaint).
  '打桩', '打夯', '打钻',
  // Someone else's car kicked is property, not a person ("踹人家车": 踹人 is no blow to a person here).
  '踹人家车', '踢人家车', '砸人家车', '踹人家的车', '砸人家的车', '踹人家门', '砸人家门',
  // A head or a wall hit is no traffic crash ("额头撞到", "把俺往墙上撞").
  '头撞到', '撞到头', '撞到了头', '撞到墙', '撞墙上', '往墙上撞', '撞到桌子', '撞到门', '撞到柜子',
  // A near miss is no person hit ("差点撞到人", "almost hit a kid").
  '差点撞到人', '差点撞人', '差点撞上人', '差点把人撞了', '险些撞到人', 'almost hit', 'nearly hit', 'almost ran over', 'nearly ran over',
  // A phone or wallet "摸了" on a bus is pickpocketing, not a touch.
  '手机被摸', '钱包被摸', '包被摸',
  // "Flashing his lights" at a driver is no indecent exposure.
  'flashing lights', 'flashing his lights', 'flashing her lights', 'flashing the lights', 'flashing headlights',
  'flashing his headlights', 'flashing high beams', 'flashing his high beams', 'flashing his brights', 'flashing brights',
  // "About to fight" is no fight yet (disorder): 快打起来了.
  '快打起来', '快要打起来', '要打起来', '差点打起来', '眼看要打起来', '像要打起来', '快动手了', '要动手了',
  'about to fight', 'about to kick off', 'gonna kick off', 'going to kick off', 'about to start fighting',
  // Food in the airway is no one choking someone ("my dad is choking on food").
  'choking on', 'choked on',
  'fire station', 'fired', 'ceasefire', 'bat mitzvah', 'phone battery', 'fitting room', 'tip of', 'smoke alarm',
  'smoke detector',
  // An office or a landlord "not responding" to complaints is no one unresponsive.
  ...ORG_NOT_RESPONDING,
];

/** A deaf or speech-impaired reporter: text is their normal channel, so "can't talk" is not a sign of danger. */
// prettier-ignore
export const DEAF_WORDS: readonly Term[] = [
  '聋', '哑', '听不见', '听力障碍', '言语障碍', '失聪',
  'deaf', 'mute', 'hard of hearing', 'hearing impaired', 'speech impaired', 'non-verbal', 'nonverbal',
];

/** Covert triggers that only say "I cannot speak": not covert when the reporter says they are deaf. */
// prettier-ignore
export const SPEECH_ONLY_TRIGGERS: readonly Term[] = [
  '不能说话', '不能出声', '不方便说话', '不能接电话', '不能打电话', '无法说话', '没法说话', '只能发短信', '只能打字',
  '只能发信息', "can't talk", 'cant talk', 'cannot talk', 'can not talk', 'unable to talk', "can't speak",
  'cant speak', 'cannot speak', "can't call", 'cannot call', 'text only', 'only text',
];

/**
 * Phrases that look like a covert trigger but are not: the thief (not the reporter) acts secretly, the suspect
 * is hiding.
 */
// prettier-ignore
export const COVERT_EXCEPTIONS: readonly Term[] = [
  '小偷偷偷', '他偷偷', '她偷偷', '他们偷偷', '偷偷摸摸', '躲着不见', '躲着不露面', '躲着不接', '一直躲着', 'hide and seek', "he's hiding",
  'he is hiding', "she's hiding", 'she is hiding', "they're hiding", 'they are hiding', 'hiding something',
  'hide it', 'hiding it',
];

/** Past-time words: a "now" escalation in the same message does not apply ("昨天家里被撬了"). */
// prettier-ignore
export const PAST_TIME: readonly Term[] = [
  '昨天', '昨晚', '前天', '上周', '上个星期', '上个月', '几天前', '去年', '前几天', '早些时候', '上礼拜', '上个礼拜', '天前', '周前',
  '个月前', '小时前', '钟头前', '上周末', '那天晚上', '大前天',
  'yesterday', 'last night', 'last week', 'last month', 'days ago', 'weeks ago', 'last year', 'the other day',
  'an hour ago', 'hours ago', 'hour ago', 'last weekend', 'months ago', 'a week ago', 'a few days ago', 'over the weekend',
  'earlier today', 'this morning',
];

/**
 * Words that say a past event goes on or may start again: a report with one of these is not lowered as past
 * ("昨天被打了 他又来了", "he beat me last night and he's outside now"). The in-progress, suspect-on-scene and
 * cannot-talk modifiers count too.
 */
// prettier-ignore
export const ONGOING_WORDS: readonly Term[] = [
  '还在', '又', '正在', '现在他', '他现在', '在门口', '在外面', '在楼下', '回来了', '找上门', '不敢回家', '还会来', '又来',
  'still', 'again', 'right now', 'rn', "he's outside", 'hes outside', 'is outside', 'outside my', 'came back', 'is back',
  "he's back", 'hes back', "she's back", 'shes back', "they're back", 'theyre back', 'are back',
  'coming back', 'on his way', 'on her way', 'on their way', 'scared to go home', 'afraid to go home',
  // A harm promised for later: said this morning, to be done tonight ("said he will burn my shop tonight").
  '今晚要', '今晚就', '明天要', '明天就', '晚上要来', '还要来', '要回来', '说今晚', '说明天',
  'tonight he', 'will burn', 'will come back', 'will be back', "he'll be back", 'come back tonight', 'back tonight',
  'said he will', 'says he will', 'said he would', 'said they will', 'says they will',
];

/**
 * Danger words: a non-police request that mentions these is not diverted to 12345 ("停电了，家里老人用呼吸机").
 * Weapon, injury and cannot-talk modifiers block diversion as well.
 */
// prettier-ignore
export const DANGER_WORDS: readonly Term[] = [
  '危险', '救命', '呼吸机', '制氧机', '吸氧', '透析', '快不行了', '出人命', '要出事',
  'danger', 'dangerous', 'unsafe', 'ventilator', 'oxygen', 'life support', 'dialysis', 'help me', 'emergency',
];

/**
 * Answers that mean "no" / "nothing" / "unknown" when they are an element's value (weapons: "没有").
 * The whole answer is compared after normalising, and then its start.
 */
// prettier-ignore
export const NEGATIVE_ANSWERS: readonly Term[] = [
  '没有', '没', '无', '否', '不', '不是', '没看到', '没看见', '没发现', '没人', '没有人', '都没有', '没事', '不知道', '不清楚',
  '不确定', '不在了', '走了', '已经走了', '跑了', '结束了', '停了', '没事了', '都走了',
  'no', 'none', 'nope', 'nothing', 'nobody', 'no one', 'not', 'n', 'unknown', "don't know", 'dont know',
  'not sure', 'gone', 'over', 'left', 'they left', 'he left', 'she left', 'ended', 'stopped', 'nah',
  '还没', '还没有', '暂时没有', '目前没有', 'not yet', 'not so far', 'no one yet', 'nobody yet',
];

/**
 * Answers to "anyone hurt?" that say no in other words than a plain "no", anywhere in the answer: nobody was
 * there ("车里没人"), the reporter is fine ("im ok"). An injury word in the same answer still counts first
 * ("没人管 他在流血" is an injury): these only decide an answer that names no injury.
 */
// prettier-ignore
export const UNHARMED_ANSWERS: readonly Term[] = [
  ...UNHURT_WORDS.zh,
  ...UNHURT_WORDS.en,
  // Nobody was there, only the car: an answer to "anyone hurt?", not a statement about injuries in a story.
  '没人', '没有人', 'no one inside', 'nobody inside', 'nobody in it', 'no one in it', 'just the car', 'only the car',
  'just damage', 'nobody was in', 'no one was in', 'nobody hit', 'no one hit',
];

/**
 * Words that say it is over or the person has gone (an in_progress answer that means "no"): the one list in
 * lang/vocabulary.ts OVER_WORDS, which extraction reads too, and bare words that mean "over" only as an answer
 * ("left" is also a direction, "没了" also "lost").
 */
// prettier-ignore
export const OVER_WORDS: readonly Term[] = [
  ...OVER_CONCEPT.zh, ...OVER_CONCEPT.en,
  '没了', 'left', 'over', 'stopped', 'ended',
];

/**
 * Relation words (INCIDENT.md: "a relation word turns violence into domestic_violence"): a partner, ex-partner
 * or step-parent named anywhere in a report about violence ("it's her bf", "我老公"). Parents, children and
 * siblings are left out: they are as often the victim ("my son was beaten at school"); the domestic violence
 * rule's own words catch "我爸打我" / "my dad hits me".
 */
// prettier-ignore
export const RELATION_WORDS: readonly Term[] = [
  // lang/vocabulary.ts: partners, former partners, step-parents ("partner" alone is also a business partner).
  ...partnerTerms('zh'),
  ...partnerTerms('en').filter((w) => w !== 'partner'),
  ...PARTNER_PHRASES.en,
  'her partner', 'my partner', 'his partner', 'my missus',
  // Cantonese 老豆 (my father): the one at home who does it, as often as a partner in the reports seen.
  '老豆', '老窦',
  // The one doing it named in a later text ("someone hitting me" … "its my son hes on that stuff again").
  ...['son', 'dad', 'father', 'brother', 'mum', 'mom', 'mother', 'daughter', 'sister', 'uncle', 'grandson', 'nephew',
    'stepson', 'cousin', 'da', 'mam', 'ma'].flatMap((k) => [`it's my ${k}`, `it is my ${k}`, `it was my ${k}`, `it's me ${k}`]),
];

/** Age limits for the vulnerable modifier and the missing-child escalation. */
export const AGE = { childUnder: 14, elderlyFrom: 65 } as const;

// ---------------------------------------------------------------------------------------------------------
// The rule set the evaluator uses.
// ---------------------------------------------------------------------------------------------------------

export interface RuleSet {
  categories: readonly CategoryRule[];
  /** Read the closest kind of report when the category question ended as "other" (similar.ts); default on. */
  similar?: boolean;
  modifiers: readonly ModifierRule[];
  negations: readonly Term[];
  negationBreakers: readonly Term[];
  exceptions: readonly Term[];
  covertExceptions: readonly Term[];
  deafWords: readonly Term[];
  speechOnlyTriggers: readonly Term[];
  overWords: readonly Term[];
  childWords: readonly Term[];
  pastTime: readonly Term[];
  ongoing: readonly Term[];
  dangerWords: readonly Term[];
  negativeAnswers: readonly Term[];
  /** Answers that say nobody is hurt or in it anywhere in them ("车里没人", "im ok"): a "no" for injuries. */
  unharmedAnswers: readonly Term[];
  /** A partner or relative named anywhere in the report turns `violence` into `domestic_violence`. */
  relationWords: readonly Term[];
  vocabulary: Readonly<Record<string, readonly string[]>>;
  age: { childUnder: number; elderlyFrom: number };
}

export interface RuleOptions {
  /** Where construction noise goes: 12345 (non_police, the default) or police disorder. */
  constructionNoise?: 'non_police' | 'disorder';
}

/** English words and phrases of plain words match every inflection (by lemma: "threw me" for "throw me"). */
function englishTerms(words: readonly string[]): Term[] {
  return words.map((w) => (/^[a-z]+(?: [a-z]+)*$/.test(w) && !LITERAL_EN.has(w) ? `${TOKEN_MARK}${w}` : w));
}

/** The vocabulary's words for a category (lang/vocabulary.ts) added to its rule. */
function withVocabulary(rule: CategoryRule): CategoryRule {
  const words = CATEGORY_WORDS[rule.category];
  const p1Words = CATEGORY_P1_WORDS[rule.category];
  let out: CategoryRule = rule;
  if (rule.yielding !== undefined) {
    const zh = rule.yielding.filter((w) => /[\u3400-\u9fff]/.test(w));
    const en = rule.yielding.filter((w) => !/[\u3400-\u9fff]/.test(w));
    out = { ...out, zh: [...out.zh, ...zh], en: [...out.en, ...en] };
  }
  if (words !== undefined) {
    out = { ...out, zh: [...out.zh, ...words.zh], en: [...out.en, ...englishTerms(words.en)] };
  }
  if (p1Words !== undefined) {
    // Words that name the category and make it P1 join its first P1 escalation that names it.
    const extra = [...p1Words.zh, ...englishTerms(p1Words.en)];
    const escalations = out.escalations ?? [];
    const i = escalations.findIndex((e) => e.namesCategory === true && e.to === 'P1');
    const target = escalations[i];
    if (target !== undefined) {
      const replaced = [...escalations];
      replaced[i] = { ...target, any: [...(target.any ?? []), ...extra] };
      out = { ...out, escalations: replaced };
    }
  }
  if (rule.category === 'other_police') {
    out = {
      ...out,
      escalations: (out.escalations ?? []).map((e) =>
        e.id === 'police_request' ? { ...e, any: [...(e.any ?? []), ...POLICE_WORDS.zh, ...POLICE_WORDS.en] } : e,
      ),
    };
  }
  return out;
}

const MODIFIERS_WITH_VOCABULARY: readonly ModifierRule[] = MODIFIER_RULES.map((m) => {
  if (m.id === 'weapon') return { ...m, words: [...m.words, ...WEAPON_WORDS.zh, ...englishTerms(WEAPON_WORDS.en)] };
  if (m.id === 'injury') return { ...m, words: [...m.words, ...INJURY_WORDS.zh, ...englishTerms(INJURY_WORDS.en)] };
  if (m.id === 'vulnerable') return { ...m, words: [...m.words, ...CHILD_WORDS_EXTRA.zh, ...CHILD_WORDS_EXTRA.en] };
  return m;
});

/** The rule set with the configurable choices applied. */
export function buildRules(options: RuleOptions = {}): RuleSet {
  const noiseTo = options.constructionNoise ?? 'non_police';
  const categories = CATEGORY_RULES.map((rule) =>
    withVocabulary(
      rule.category === noiseTo
        ? {
            ...rule,
            zh: [...rule.zh, ...CONSTRUCTION_NOISE],
            readsAs: rule.category === 'disorder' ? undefined : rule.readsAs,
          }
        : rule,
    ),
  );
  return {
    categories,
    modifiers: MODIFIERS_WITH_VOCABULARY,
    negations: NEGATIONS,
    negationBreakers: NEGATION_BREAKERS,
    exceptions: EXCEPTIONS,
    covertExceptions: COVERT_EXCEPTIONS,
    deafWords: DEAF_WORDS,
    speechOnlyTriggers: SPEECH_ONLY_TRIGGERS,
    overWords: OVER_WORDS,
    childWords: [...CHILD_WORDS, ...CHILD_WORDS_EXTRA.zh, ...CHILD_WORDS_EXTRA.en],
    pastTime: PAST_TIME,
    ongoing: ONGOING_WORDS,
    dangerWords: DANGER_WORDS,
    negativeAnswers: NEGATIVE_ANSWERS,
    unharmedAnswers: UNHARMED_ANSWERS,
    relationWords: [...RELATION_WORDS, `${TOKEN_MARK}boyfriend`, `${TOKEN_MARK}girlfriend`],
    vocabulary: VOCABULARY,
    age: AGE,
  };
}

export const DEFAULT_RULES: RuleSet = buildRules();
