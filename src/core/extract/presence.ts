/**
 * Weapons and injuries: a term list, negation that covers only its own term ("没有刀但有枪" → present),
 * and a head-count for injuries ("有一个人流血了" → 1, "two people hurt" → 2).
 */
import type { PresenceFound } from './types.js';
import { allMatches, alternation, clauses, originalSpan, fold } from './fold.js';
import { EN_NUMBER_SRC, NUMBER_SRC, parseAnyNumber } from './numbers.js';
import { harmIntentSpans } from '../lang/intent.js';
import { CATEGORY_WORDS, INJURY_WORDS, ORG_NOT_RESPONDING, UNHURT_WORDS, WEAPON_WORDS } from '../lang/vocabulary.js';

export const WEAPON_TERMS_ZH = [
  '刀',
  '菜刀',
  '水果刀',
  '匕首',
  '砍刀',
  '西瓜刀',
  '刀具',
  '管制刀具',
  '刀子',
  '持刀',
  '枪',
  '手枪',
  '猎枪',
  '土枪',
  '气枪',
  '枪支',
  '棍',
  '棍子',
  '棒',
  '棒子',
  '棒球棍',
  '铁棍',
  '木棍',
  '钢管',
  '铁管',
  // Cantonese 通 for a pipe (揸住条铁通), and bars.
  '铁通',
  '钢通',
  '铁条',
  '钢条',
  '砖头',
  '板砖',
  '斧头',
  '斧子',
  '锤子',
  '榔头',
  '铁锹',
  '凶器',
  '武器',
  '硫酸',
  '汽油',
];
export const WEAPON_TERMS_EN = [
  'knife',
  'knives',
  'gun',
  'guns',
  'pistol',
  'handgun',
  'rifle',
  'shotgun',
  'firearm',
  'bat',
  'baseball bat',
  'machete',
  'axe',
  'ax',
  'hatchet',
  'club',
  'crowbar',
  'hammer',
  'weapon',
  'weapons',
  'armed',
  'blade',
  'sword',
  'acid',
];
/** Whole phrases meaning "no weapon" (no separate negation needed). */
export const WEAPON_NEGATIVE_PHRASES = [
  'unarmed',
  'empty handed',
  'empty-handed',
  'nothing in his hands',
  'nothing in her hands',
  'nothing in their hands',
  "didn't see anything in his hands",
  'didnt see anything in his hands',
  "didn't see anything in her hands",
  'didnt see anything in her hands',
  "don't have anything",
  'dont have anything',
  "didn't have anything on him",
  'didnt have anything on him',
  "didn't have anything on her",
  'didnt have anything on her',
  'nothing on him',
  'nothing on her',
  'had nothing on him',
  '没拿东西',
  '也没拿东西',
  'no weapons',
  'no weapon',
  '赤手空拳',
  '空手',
  // "手里没拿东西": nothing in the hands is no weapon seen.
  '没拿东西',
  '没有拿东西',
  '没拿什么',
  '啥都没拿',
  '什么都没拿',
  '手里没东西',
  '手上没东西',
  '没带东西',
  '没拿家伙',
];
/** 家伙 is a weapon only as what is taken up or pulled out (抄家伙); "这家伙" is "this guy". */
const WEAPON_SLANG_ZH = ['抄家伙', '拿家伙', '掏家伙', '动家伙', '带家伙', '亮家伙', '拎家伙', '操家伙'];

export const INJURY_TERMS_ZH = [
  '受伤',
  '受了伤',
  '伤者',
  '伤员',
  '重伤',
  '轻伤',
  '伤',
  '流血',
  '出血',
  '大出血',
  '流了很多血',
  '血',
  '昏迷',
  '晕倒',
  '晕过去',
  '晕了',
  '不省人事',
  '骨折',
  '没呼吸',
  '没有呼吸',
  '没气了',
  '没心跳',
  '死了',
  '死人',
  '身亡',
  '死亡',
  '尸体',
  '挂彩',
  '被捅',
  '被砍',
];
export const INJURY_TERMS_EN = [
  'hurt',
  'injured',
  'injury',
  'injuries',
  'wounded',
  'bleeding',
  'blood',
  'unconscious',
  'passed out',
  'fainted',
  'not breathing',
  'no pulse',
  'dead',
  'died',
  'killed',
  'broken arm',
  'broken leg',
  'broken bone',
  'stabbed',
  // Done to someone, the wound is said with the verb ("some guy knifed a bloke"), as with "stabbed".
  'shanked',
  'knifed',
  // A wound or a bite described ("his arm is all ripped", "bitten on the leg", "mauled").
  'bitten',
  'mauled',
  'all ripped',
  'ripped open',
  'torn open',
  'mangled',
];
/** Assaults that wound whoever they are done to: "bloke's been glassed", "got knifed", "was beaten up". */
const WOUNDING_EN = [
  'glassed',
  'bottled',
  'knifed',
  'slashed',
  'shanked',
  'beaten up',
  'beat up',
  'stabbed',
  'shot',
  'merked',
  'battered',
  'bashed',
  // "my uncle got cut" (not "got cut off", FALSE_FRIENDS).
  'cut',
];
const PASSIVE_EN = ['been', 'got', 'gets', 'getting', 'was', 'were', 'get'];
/** Pain in a body part (老人说腿疼, 头好痛) and losing consciousness (昏过去了): an injury described. */
const PAIN_PARTS_ZH = [
  '头',
  '腿',
  '胳膊',
  '手',
  '脚',
  '腰',
  '背',
  '胸口',
  '肚子',
  '脖子',
  '脸',
  '身上',
  '全身',
  '浑身',
  '膝盖',
  '肋骨',
];
const BROKEN_PARTS_ZH = [
  '牙',
  '牙齿',
  '眼睛',
  '眼角',
  '头',
  '脑袋',
  '脑壳',
  '脑瓜',
  '脑门',
  '额头',
  '脸',
  '嘴',
  '嘴巴',
  '嘴唇',
  '嘴角',
  '鼻子',
  '手',
  '手杆',
  '胳膊',
  '腿',
  '脚杆',
  '膝盖',
];
const BREAKING_ZH = [
  '打歪',
  '被打掉',
  '打掉',
  '被打肿',
  '打肿',
  '被打破',
  '被砸破',
  '被打出血',
  '被打伤',
  '被砍伤',
  '打破',
  '砸破',
  '磕破',
  '摔破',
  '擦破',
  '划破',
  '开花',
  '开口子',
];
const BROKEN_PARTS_EN = ['lip', 'lips', 'nose', 'head', 'face', 'eye', 'mouth', 'teeth', 'tooth', 'jaw', 'skull'];
const BREAKING_EN = [
  'busted',
  'busted open',
  'split',
  'split open',
  'kicked in',
  'smashed in',
  'caved in',
  'bashed in',
  'knocked out',
  'cut open',
  'gashed',
];
const PAIN_ZH = ['疼', '痛', '很疼', '好疼', '很痛', '好痛', '疼得', '痛得'];
export const INJURY_TERMS_COMPOSED = {
  zh: [
    ...PAIN_PARTS_ZH.flatMap((part) => PAIN_ZH.map((pain) => part + pain)),
    '昏过去',
    '鼻青脸肿',
    '扭了',
    '划了',
    '划破',
    '割破',
    '口子',
    '打伤',
    '砸伤',
    '咬伤',
    '抓伤',
    '晕厥',
    '休克',
    '肿着',
    '肿起来',
    // A body part broken open by a blow or a fall, also said in the passive: 头被打破了, 手杆擦破皮, 脑瓜子打出血.
    ...BROKEN_PARTS_ZH.flatMap((part) => BREAKING_ZH.map((b) => part + b)),
    '打破头',
    '砸破头',
    '打出血',
    '砸出血',
    // How a hurt looks: a bump, a bruise pinched or twisted in (拧青了, 掐紫了), swollen shut, a limp, blue lips, ribs
    // that may be broken.
    '起了个大包',
    '起了个包',
    '起了大包',
    '鼓了个包',
    '拧青',
    '掐青',
    '打青',
    '掐紫',
    '打紫',
    '肿得',
    '打瘸',
    '走不了路',
    '嘴唇发紫',
    '脸色发紫',
    '嘴唇发白',
    '肋骨断',
    '肋骨可能断',
    '骨折',
    // Session 13 battery (written blind): wounds by a blade said in dialect (攮了一刀, 扎了一下), blood that will not stop,
    // marks of a strangling, ribs (肋巴骨), scalds, a joint out, a limb crushed or bent, a bite, bruises old and new.
    '攮了一刀',
    '扎了一刀',
    '扎了一下',
    '捅了一刀',
    '挨了一刀',
    '挨了几拳',
    '挨了一拳',
    '血止不住',
    '按着都止不住',
    '红透了',
    '红印子',
    '嗓子都哑',
    '咽东西疼',
    '肋巴骨',
    '喘气就疼',
    '一喘气就疼',
    '烫伤',
    '全烫了',
    '烫得',
    '粘肉上',
    '脱臼',
    '耷拉着',
    '腿被压',
    '压着出不来',
    '咬掉',
    '血还在流',
    '耳朵被咬',
    '好像断了',
    '可能断了',
    '夹断',
    '青一块紫一块',
    '骨头都看着变形',
    '胳膊变形',
    '腿变形',
    '当场就不能动',
    '脚杆动不得',
    '腿动不得',
    '手动不得',
    '痛惨了',
  ],
  en: [
    ...WOUNDING_EN.flatMap((w) => PASSIVE_EN.map((p) => `${p} ${w}`)),
    // "cyclist down", "man down": someone lying hurt.
    ...[
      'man',
      'guy',
      'woman',
      'person',
      'someone',
      'cyclist',
      'motorcyclist',
      'rider',
      'biker',
      'pedestrian',
      'kid',
      'officer',
      'driver',
    ].map((who) => `${who} down`),
    // "her lip is busted", "got his head kicked in": a body part and what a blow did to it.
    ...BROKEN_PARTS_EN.flatMap((part) =>
      BREAKING_EN.flatMap((b) => [`${part} ${b}`, `${part} is ${b}`, `${part}'s ${b}`, `${part} got ${b}`]),
    ),
    // What a blow leaves: a lump, a cut, marks on the neck after a choking.
    'lump on my head',
    'lump on his head',
    'lump on her head',
    'a cut on',
    'cut on her',
    'cut on his',
    'cut on my',
    'neck is red',
    'marks on my neck',
    'marks on her neck',
    // Session 13 battery (written blind): numbness, ribs, burns, being sick after a choking, a knock-out, a bump, a
    // limb at a wrong angle, road rash, a pregnant woman kicked.
    "can't feel his",
    "can't feel her",
    "can't feel my",
    'cant feel his',
    'cant feel her',
    'cant feel my',
    'ribs r killin',
    'ribs are killing',
    'ribs r killing',
    'think theyre broke',
    "think they're broken",
    'think its broken',
    "think it's broken",
    'bump on his head',
    'bump on her head',
    'bump on my head',
    'burns on',
    'burnt his',
    'burnt her',
    'burned his',
    'burned her',
    'blistering',
    'throwing up',
    'throat hurts',
    'lost consciousness',
    'knocked unconscious',
    'bit dizzy',
    'feel dizzy',
    'really dizzy',
    'having cramps',
    'kicked me in the stomach',
    'kicked her in the stomach',
    'sliced my',
    'sliced his',
    'sliced her',
    'deep cut',
    'weird angle',
    'wrong angle',
    'road rash',
    'sore wrist',
    'sore arm',
    'sore leg',
    "won't open her eyes",
    'wont open her eyes',
    "won't open his eyes",
    'wont open his eyes',
    'head off the wall',
    'head against the wall',
  ],
};
/**
 * A person's condition described is what "is anyone hurt?" asks: triage's medical words (嘴歪, 翻白眼, "having a
 * seizure", "slumped over"; one list), less those that name no state of a person (a remedy, a fall by itself, labour,
 * a chronic trait); symptoms said plainly (迷迷糊糊, 呻吟, groaning, "cant walk"); a hurt done to a body part said as
 * a verb ("broke his leg", "twisted her ankle") or as how it looks ("his arm looks bad").
 */
const NOT_A_CONDITION = new Set([
  'epipen',
  'narcan',
  'naloxone',
  'diabetic',
  'fell and',
  'in labor',
  'water broke',
  '要生了',
  '羊水破了',
  '跌倒',
  '摔倒',
  '摔了一跤',
  '跌了一跤',
  '过敏',
  '心脏不好',
]);
const SYMPTOM_PARTS_EN = ['arm', 'leg', 'chest', 'head', 'face', 'side', 'stomach', 'belly', 'neck', 'back', 'jaw'];
const SYMPTOM_STATES_EN = [
  'is numb',
  'went numb',
  'gone numb',
  'going numb',
  'hurts',
  'is hurting',
  'is killing him',
  'is killing her',
  'is tingling',
  'is all tingly',
];
const CONDITION_PARTS_EN = ['leg', 'arm', 'ankle', 'wrist', 'knee', 'hip', 'shoulder', 'foot', 'hand', 'back', 'neck'];
const CONDITION_TERMS = {
  zh: [
    ...(CATEGORY_WORDS.medical?.zh ?? []).filter((w) => !NOT_A_CONDITION.has(w)),
    '迷糊了',
    '有点迷糊',
    '迷迷糊糊',
    '呻吟',
    '在哼',
    '直哼哼',
    '哼哼唧唧',
    '说不出话',
    ...['身子', '半边身子', '腿', '手', '胳膊', '手脚'].flatMap((p) => [`${p}动不了`, `${p}抬不起来`, `${p}不能动`]),
    // Pain said as what the hurt person does (在喊疼, 直叫痛), lying still, knocked down by a blow (被铁锨拍倒了).
    ...['喊', '叫', '直喊', '直叫', '喊着', '叫着'].flatMap((v) => [`${v}疼`, `${v}痛`]),
    '一动不动',
    '躺着不动',
    '躺地上不动',
    '倒地不起',
    '拍倒',
    '砸倒',
    '打倒在地',
    '撂倒',
    // In the water and going under: a life at risk, what "anyone hurt?" is answered with (在水里扑腾 快沉了).
    '快沉了',
    '快沉下去',
    '沉下去了',
    '往下沉',
    '呛水',
    '呛了水',
    '溺水',
    '快淹死',
  ],
  en: [
    ...(CATEGORY_WORDS.medical?.en ?? []).filter((w) => !NOT_A_CONDITION.has(w)),
    'groaning',
    'going under',
    'went under',
    'moaning in pain',
    'in a lot of pain',
    'in pain',
    'screaming in pain',
    'drowsy',
    'barely conscious',
    'cant walk',
    "can't walk",
    'cannot walk',
    'unable to walk',
    // Lying still, a limb out of shape: "the guy in the flipped one isnt moving", "his arm is bent the wrong way".
    'isnt moving',
    "isn't moving",
    'is not moving',
    "he's not moving",
    'hes not moving',
    "she's not moving",
    'shes not moving',
    'wont wake up',
    "won't wake up",
    'bent the wrong way',
    'bent backwards',
    ...CONDITION_PARTS_EN.flatMap((part) => [
      ...['broke', 'broken', 'hurt', 'twisted', 'sprained', 'injured', 'dislocated', 'fractured', 'cut'].flatMap((v) =>
        ['his', 'her', 'my', 'their'].map((who) => `${v} ${who} ${part}`),
      ),
      ...['bad', 'really bad', 'wrong', 'broken', 'messed up'].map((d) => `${part} looks ${d}`),
    ]),
    // A symptom said as a body part and what it feels ("his left arm is numb", "her chest hurts", "chest pains").
    ...SYMPTOM_PARTS_EN.flatMap((part) => [
      ...SYMPTOM_STATES_EN.flatMap((st) => [`${part} ${st}`, `left ${part} ${st}`, `right ${part} ${st}`]),
      `${part} pains`,
      ...['his', 'her', 'my'].map((who) => `pains in ${who} ${part}`),
    ]),
    // Blood said as a leak, of a person only ("he leakin bad", "she's leaking blood"; not a pipe or a gas leak).
    ...[
      'he',
      'she',
      "he's",
      'hes',
      "she's",
      'shes',
      'he is',
      'she is',
      "they're",
      'theyre',
      'he been',
      'she been',
    ].flatMap((who) => [`${who} leaking`, `${who} leakin`]),
    'leaking blood',
    // Whoever's head it was ("bust my brother's head open", "cracked the guy's head open").
    'head open',
    'skull open',
    // A head broken open said with the verb first: "bust his head open", "split her lip", "cracked his skull".
    ...['bust', 'busted', 'split', 'cracked', 'smashed', 'bashed', 'kicked', 'caved'].flatMap((v) =>
      ['his', 'her', 'my', 'their'].flatMap((who) =>
        ['head', 'skull', 'lip', 'face', 'nose', 'eye', 'mouth', 'jaw'].flatMap((part) => [
          `${v} ${who} ${part} open`,
          `${v} ${who} ${part} in`,
          ...(['bust', 'busted', 'split', 'cracked'].includes(v) ? [`${v} ${who} ${part}`] : []),
        ]),
      ),
    ),
  ],
};
/** "Nobody is hurt" in the reporter's words: one list with triage (lang/vocabulary.ts UNHURT_WORDS). */
export const INJURY_NEGATIVE_PHRASES: readonly string[] = [...UNHURT_WORDS.zh, ...UNHURT_WORDS.en];

/** Terms that look like a hit but are something else. */
const FALSE_FRIENDS = [
  '伤心',
  '悲伤',
  '刀郎',
  '棒棒',
  '很棒',
  '真棒',
  '血型',
  // Hard-earned money, a headache (element-statements battery, session 16).
  '血汗钱',
  '伤脑筋',
  'hurt my feelings',
  'hurt his feelings',
  'hurt her feelings',
  'hurt our feelings',
  'hurt your feelings',
  'hurt their feelings',
  'bat mitzvah',
  'club house',
  // "a bleeding heart", "bleedin' heart": a kind soul, not a wound.
  'bleeding heart',
  'bleedin heart',
  'nightclub',
  'golf club',
  // "got cut off" (on the road, on the phone), "was cut short".
  ...PASSIVE_EN.flatMap((p) => ['cut off', 'cut out', 'cut short'].map((c) => `${p} ${c}`)),
  // "corporation not responding": an office, not a person unresponsive.
  ...ORG_NOT_RESPONDING,
];
/** "X死了" as an intensifier: 吓死了, 急死了, 累死了 ... */
const INTENSIFIER_BEFORE_DEATH = /[吓急烦气累热冷饿笑困痛疼忙闷吵闹臭丑受挤渴晒憋馋堵卡锁焊封]$/;

/** Bare 不 is left out on purpose: "不停地流血" is not a negation. */
const ZH_NEGATION = /(?:没有|没|无|未|不是|不像|并没|不见)/;
const EN_NEGATION = /\b(?:no|not|without|never|nobody|none|zero|neither|nor|no one|noone)\b|n't\b/;
/** Negation after the term: "刀没看到", "受伤的没有". */
const ZH_POST_NEGATION = /^(?:的)?(?:倒是|倒)?(?:没有|没看到|没看见|没见到|没发现)\s*$/;
/** Words that reset negation scope. */
const SCOPE_RESET = /.*(?:但是|但|可是|不过|而且|还有|只是|倒是|\bbut\b|\bhowever\b|\band\b|\bthough\b)/;
/** Question forms are not negations: 有没有刀. */
const QUESTION_FORM = /有没有|是不是|有无/;

export interface PresenceOptions {
  termsZh: readonly string[];
  termsEn: readonly string[];
  negativePhrases: readonly string[];
  /** Find a head-count near the term. */
  counts: boolean;
}

interface Hit {
  start: number;
  end: number;
  negated: boolean;
  count?: number;
}

const ZH_COUNT = new RegExp(
  `(${NUMBER_SRC}|几)(?:(?:个|名|位)(?:人|男的|女的|男子|女子|孩子|小孩|老人|学生|伤者|伤员)?|人)`,
  'g',
);
const EN_COUNT = new RegExp(
  `\\b(${EN_NUMBER_SRC}|someone|somebody)\\s*(?:people|persons|person|men|man|women|woman|guys|guy|kids|kid|children|child|of (?:them|us)|victims?)?\\s*(?:is|are|was|were|got|have been|has been|seriously|badly|)?\\s*$`,
);

function countBefore(window: string, english: boolean): number | undefined {
  if (english) {
    const m = EN_COUNT.exec(window);
    if (!m) return undefined;
    const w = m[1] ?? '';
    return w === 'someone' || w === 'somebody' ? 1 : (parseAnyNumber(w) ?? undefined);
  }
  const all = Array.from(window.matchAll(ZH_COUNT));
  const last = all[all.length - 1];
  if (!last || last[1] === '几') return undefined;
  return parseAnyNumber(last[1] ?? '') ?? undefined;
}

function zhCountAfter(rest: string): number | undefined {
  // 伤了两个人 / 受伤3人 / 伤者两名
  const m = new RegExp(`^(?:了)?(${NUMBER_SRC})(?:个|名|位)?(?:人|名)`).exec(rest);
  return m ? (parseAnyNumber(m[1] ?? '') ?? undefined) : undefined;
}

function isFalseFriend(folded: string, start: number, end: number): boolean {
  return FALSE_FRIENDS.some((f) => {
    for (let i = Math.max(0, start - f.length); i <= start; i += 1) {
      if (folded.startsWith(f, i) && i + f.length >= end) return true;
    }
    return false;
  });
}

const presenceRegexes = new WeakMap<PresenceOptions, { zhRe: RegExp; enRe: RegExp; negRe: RegExp }>();

/** The term lists as regexes, compiled once per options object. */
function compiledPresence(opts: PresenceOptions): { zhRe: RegExp; enRe: RegExp; negRe: RegExp } {
  let c = presenceRegexes.get(opts);
  if (c === undefined) {
    c = {
      zhRe: new RegExp(alternation(opts.termsZh), 'g'),
      enRe: new RegExp(`\\b(?:${alternation(opts.termsEn)})\\b`, 'g'),
      negRe: new RegExp(alternation(opts.negativePhrases), 'g'),
    };
    presenceRegexes.set(opts, c);
  }
  return c;
}

/**
 * Hits looked at per message: the answer comes from the first positive hit and the first count, and no report names
 * this many weapons or injuries; a text that repeats one ("刀刀刀…", thousands of times) would otherwise cost a
 * negation check per repeat (tests/hostile/core-bounded.test.ts).
 */
const MAX_HITS = 32;

/** Finds term hits with negation and counts. */
export function findPresence(original: string, folded: string, opts: PresenceOptions): PresenceFound | undefined {
  const hits: Hit[] = [];
  const { zhRe, enRe, negRe } = compiledPresence(opts);
  for (const clause of clauses(folded)) {
    if (hits.length >= MAX_HITS) break;
    const text = folded.slice(clause.start, clause.end);
    const raw: Array<{ start: number; end: number; english: boolean; negative: boolean }> = [];
    for (const m of allMatches(negRe, text))
      raw.push({ start: m.index, end: m.index + m[0].length, english: false, negative: true });
    for (const m of allMatches(zhRe, text))
      raw.push({ start: m.index, end: m.index + m[0].length, english: false, negative: false });
    for (const m of allMatches(enRe, text))
      raw.push({ start: m.index, end: m.index + m[0].length, english: true, negative: false });
    raw.sort((a, b) => a.start - b.start || b.end - a.end);
    let scopeStart = 0;
    let lastEnd = -1;
    for (const r of raw) {
      if (hits.length >= MAX_HITS) break;
      if (r.start < lastEnd) continue; // inside a longer phrase already taken
      lastEnd = r.end;
      const absStart = clause.start + r.start;
      const absEnd = clause.start + r.end;
      if (isFalseFriend(folded, absStart, absEnd)) continue;
      const term = text.slice(r.start, r.end);
      if ((term === '死了' || term === '死人') && INTENSIFIER_BEFORE_DEATH.test(text.slice(0, r.start))) continue;
      if (r.negative) {
        hits.push({ start: absStart, end: absEnd, negated: true });
        scopeStart = r.end;
        continue;
      }
      // Negation window: from the previous term (or a "but") up to this term, at most a few words.
      let window = text.slice(scopeStart, r.start);
      window = window.replace(SCOPE_RESET, '');
      window = r.english ? window.trimEnd().split(/\s+/).slice(-5).join(' ') : window.slice(-6);
      const question = QUESTION_FORM.test(window);
      const negated =
        !question &&
        ((r.english ? EN_NEGATION.test(window) : ZH_NEGATION.test(window) || EN_NEGATION.test(window)) ||
          ZH_POST_NEGATION.test(text.slice(r.end)));
      const count = opts.counts
        ? (countBefore(text.slice(scopeStart, r.start), r.english) ??
          (r.english ? undefined : zhCountAfter(text.slice(r.end))))
        : undefined;
      hits.push({ start: absStart, end: absEnd, negated, ...(count !== undefined && !negated ? { count } : {}) });
      scopeStart = r.end;
    }
  }
  if (hits.length === 0) return undefined;
  const positive = hits.filter((h) => !h.negated);
  if (positive.length === 0) {
    const first = hits[0];
    return first ? { text: originalSpan(original, negatedSpan(folded, first)), present: false } : undefined;
  }
  const first = positive[0];
  if (!first) return undefined;
  const counted = positive.find((h) => h.count !== undefined);
  return {
    text: originalSpan(original, { start: first.start, end: first.end }),
    present: true,
    ...(counted?.count !== undefined ? { count: counted.count } : {}),
  };
}

/** Widens a negated hit to include its negation word, so the text reads "没有刀" rather than "刀". */
function negatedSpan(folded: string, hit: Hit): { start: number; end: number } {
  const before = folded.slice(Math.max(0, hit.start - 20), hit.start);
  const m =
    /(?:没有|没|无|未|不是|并没|\b(?:no|not|without|never|nobody|no one|didn't|did not|don't|doesn't)\b)[^，。,.!?！？]*$/.exec(
      before,
    );
  return m ? { start: hit.start - m[0].length, end: hit.end } : hit;
}

/**
 * Blunt things a group beats someone with, named in a with-phrase ("beating one boy with sticks", "with rods"):
 * plurals, or a rod or a brick (not "an old man with a stick": a walking stick).
 */
const WITH_BLUNT_EN = [
  'sticks',
  'rods',
  'lathis',
  'pipes',
  'bats',
  'bricks',
  'rocks',
  'stones',
  'chains',
  'poles',
].concat(['rod', 'iron rod', 'lathi', 'brick']);
const WEAPON_WITH_EN = WITH_BLUNT_EN.flatMap((n) =>
  ['', 'a ', 'an ', 'the ', 'some ', 'big ', 'iron '].map((d) => `with ${d}${n}`),
);

/**
 * Each English term also with its final g dropped, as Southern US, Irish and txt-speak write it ("shootin",
 * "bleedin", "not respondin"): the same word to the reader.
 */
function withDroppedG(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const t of terms) if (/[a-z]{2}ing\b/.test(t)) out.add(t.replace(/([a-z]{2})ing\b/g, '$1in'));
  return [...out];
}

const WEAPON_OPTIONS: PresenceOptions = {
  // The vocabulary's weapon words too: triage and extraction see the same weapon (lang/vocabulary.ts).
  termsZh: [...new Set([...WEAPON_TERMS_ZH, ...WEAPON_SLANG_ZH, ...WEAPON_WORDS.zh])],
  termsEn: withDroppedG([
    ...new Set([...WEAPON_TERMS_EN, ...WEAPON_WORDS.en, ...WEAPON_WORDS.en.map((w) => `${w}s`), ...WEAPON_WITH_EN]),
  ]),
  negativePhrases: WEAPON_NEGATIVE_PHRASES,
  counts: false,
};

const INJURY_OPTIONS: PresenceOptions = {
  // The vocabulary's injury words too: triage and extraction see the same injury (lang/vocabulary.ts).
  termsZh: [...new Set([...INJURY_TERMS_ZH, ...INJURY_WORDS.zh, ...INJURY_TERMS_COMPOSED.zh, ...CONDITION_TERMS.zh])],
  termsEn: withDroppedG([
    ...new Set([...INJURY_TERMS_EN, ...INJURY_WORDS.en, ...INJURY_TERMS_COMPOSED.en, ...CONDITION_TERMS.en]),
  ]),
  negativePhrases: INJURY_NEGATIVE_PHRASES,
  counts: true,
};

export function extractWeapons(original: string, folded: string = fold(original)): PresenceFound | undefined {
  return findPresence(original, folded, WEAPON_OPTIONS);
}

/**
 * "Dead" in a death threat ("saying im dead when he finds me", "ur dead meat", "you're dead"): nobody is hurt. Masked
 * with spaces (the folded text keeps its length, so spans still map to the original).
 */
const DEAD_THREAT =
  /\b(?:i'?m|ur|you'?re|youre|you are|your|s?he'?s|s?he is)\s+dead(?=\s+(?:when|if|once|meat|man)\b)|\b(?:ur|you'?re|youre|you are|your)\s+dead\b|\bdead meat\b/g;

/** 口子 in a couple (两口子, 小两口, 老两口, 我家那口子): no cut. Masked like DEAD_THREAT. */
const COUPLE = /[两俩]口子|小两口|老两口|[这那]口子/g;

export function extractInjuries(original: string, folded: string = fold(original)): PresenceFound | undefined {
  let masked = folded.includes('dead') ? folded.replace(DEAD_THREAT, (m) => ' '.repeat(m.length)) : folded;
  if (masked.includes('口')) masked = masked.replace(COUPLE, (m) => ' '.repeat(m.length));
  // Harm threatened or feared is no injury (lang/intent.ts, as triage reads it).
  for (const [start, end] of harmIntentSpans(masked))
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return findPresence(original, masked, INJURY_OPTIONS);
}
