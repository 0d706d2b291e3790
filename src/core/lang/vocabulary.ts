/**
 * The one vocabulary (issue 13): concepts and the words people use for them, in Chinese (simplified; the
 * normaliser converts traditional text and fixes typos first) and English (base forms: the lemmatiser turns
 * "stabbed", "stabbing", "stabs" into "stab", so a list needs one form, see lemma.ts).
 *
 * Each concept feeds every reader that needs it: the category words feed triage (rules.ts merges them into
 * the category's words) and the jieba dictionary (so the segmenter keeps them whole); the weapon and child
 * words feed both triage's modifiers and extraction (presence.ts), so a word added once has its full effect.
 *
 * Sources: regional and colloquial words from public pages on Shaanxi (关中), north-eastern, Sichuan and
 * Cantonese usage (打锤 / 打捶, 挨打 said "nai 打", 干仗, 掐架, 削, 揍, 婆姨, 碎娃, 猴娃, 伢子, 崽); the Crisis Text
 * Line report on words that precede an active rescue (method words: pill names, "800 mg", tablets,
 * antifreeze); English chat abbreviations (u, ur, pls, rn, bf, gf, ppl, idk, asap, kms, od).
 *
 * How to add a word: put it in the concept it means, in its plain form; run `npm run eval` and
 * `npx vitest run tests/core`. A word that is also common in harmless sentences belongs in TOKEN_WORDS
 * (matched only as a whole word of the segmented text: 砍 but not 砍价) or not at all.
 */
import type { Category } from '../incident.js';

export interface Concept {
  zh: readonly string[];
  en: readonly string[];
}

/**
 * Words that name a category, merged into triage's category words (rules.ts). A P1 word goes in
 * CATEGORY_P1_WORDS instead: it names the category and makes it P1.
 */
// prettier-ignore
export const CATEGORY_WORDS: Partial<Record<Category, Concept>> = {
  violence: {
    zh: [
      '干仗', '干架', '掐架', '打锤', '打捶', '打起来了', '干起来了', '打成一团', '扭打', '厮打', '约架', '动起手', '动手打',
      '被揍', '揍人', '揍了', '挨揍', '削我', '削他', '削人', '捶我', '捶他', '打我们', '围着打', '一群人打', '几个人打',
      '被人打', '被打了', '被打伤', '打伤了', '打人了', '踹我', '踹他', '扇我', '扇耳光', '抽我', '被围攻', '围攻', '寻衅滋事',
      '打架斗殴', '闹事打人', '抄家伙', '拿酒瓶', '酒瓶砸', '砸我头', '砸他头', '打破头', '开瓢', '被群殴',
    ],
    en: [
      'jumped me', 'got jumped', 'jumped him', 'jumped her', 'getting jumped', 'beat up', 'beat him', 'beat her',
      'beating him', 'beating her', 'beating someone', 'punch', 'glassed', 'bottled', 'brawling', 'scuffle',
      'fistfight', 'fist fight', 'throwing punches', 'roughed up', 'smacked', 'slapped me',
      'attacking', 'assaulting', 'swinging at', 'going at it',
    ],
  },
  domestic_violence: {
    zh: ['家里打人', '被老公打', '被老婆打', '被男朋友打', '老公打', '男朋友打', '男友打', '婆姨打', '打老婆', '打媳妇', '打孩子'],
    en: ['bf hit', 'bf hits', 'bf is hitting', 'bf beat', 'husband hit', 'husband is hitting'],
  },
  sexual_assault: {
    zh: [
      '被欺负了', '欺负了我', '被那个了', '把我那个了', '侵犯', '被侵犯', '猥亵', '占便宜', '占我便宜', '动手动脚', '摸我胸',
      '摸我屁股', '摸我大腿', '强行亲', '逼我发生', '非礼', '被迷奸', '下药', '露下体', '脱裤子', '被性侵',
    ],
    en: [
      'touched me', 'touching me', 'groped me', 'did stuff to me', 'did things to me',
      'forced me', 'forced himself', 'forced herself', 'took advantage of me', 'assaulted me sexually',
      'spiked my drink', 'drink was spiked', 'roofied', 'exposed himself', 'flashed me',
    ],
  },
  kidnapping: {
    zh: [
      '被扣押', '扣押', '扣着不放', '扣住不让走', '限制人身自由', '不让走', '被高利贷', '扣下了', '关在屋里',
      '被控制', '控制起来', '被拉走', '被抓走', '抢走孩子', '带走了孩子', '被骗进传销', '关着不让出来',
    ],
    en: [
      "won't let me out", 'wont let me leave', 'wont let me out', 'holding me', 'holding us', 'being held', 'held hostage',
      'took my kid', 'grabbed him', 'grabbed her', 'forced into a car', 'forced into a van', 'ransom',
      'loan shark', 'locked in a room',
    ],
  },
  robbery: {
    zh: ['抢东西', '抢我东西', '抢了我', '被打劫', '打劫', '劫道', '拦路', '被抢劫', '抢我手机', '抢我包', '抢走了'],
    en: ['robbed me', 'rob me', 'robbing me', 'stuck me up', 'at knifepoint', 'at gunpoint', 'snatched my'],
  },
  burglary: {
    zh: ['有人进我家', '进了我家', '闯进', '闯入', '破门', '撬锁', '翻窗', '爬窗', '家里进人了', '进来了一个人'],
    en: ['broke in', 'broken into', 'breaking in', 'break in', 'someone in my house', 'someone is in my house',
      'intruder', 'kicked in my door', 'kicked the door in', 'climbing in'],
  },
  theft: {
    zh: ['被偷', '偷了', '小偷', '扒手', '被扒', '被盗', '偷走', '丢了钱包', '顺走', '被顺', '偷车', '车被偷', '偷电动车'],
    en: ['stolen', 'stole', 'nicked', 'swiped', 'pickpocket', 'pickpocketed', 'shoplifting', 'shoplifter', 'got my wallet'],
  },
  fraud: {
    zh: ['被骗', '骗子', '诈骗', '骗了', '骗钱', '刷单', '杀猪盘', '冒充', '假警察', '假客服', '网贷'],
    en: ['scam', 'scammed', 'scammer', 'fraud', 'fake police', 'gift cards', 'gift card', 'wire the money', 'crypto'],
  },
  threat: {
    zh: ['威胁', '恐吓', '要杀我', '弄死你', '跟踪', '尾随', '一直跟着', '堵我', '在楼下等我', '守着我', '骚扰', '要报复'],
    en: ['threaten', 'threatened', 'threatening', 'stalking', 'stalker', 'following me', 'followed me', 'waiting outside',
      'harassing', 'harassment', 'said he would kill', 'said she would kill'],
  },
  missing_person: {
    zh: ['娃不见了', '娃找不到', '崽不见了', '孩子没回来', '人不见了', '走丢了', '找不到人'],
    en: ["hasn't come home", 'not back from school', 'never came back', ],
  },
  self_harm: {
    zh: [
      '不想活了', '活着没意思', '想走了', '想结束', '一了百了', '解脱', '割腕', '割手', '烧炭', '跳下去', '吃了一瓶药',
      '吃了一整瓶', '吃了好多药', '吞了药', '喝药', '喝了药', '百草枯', '遗书', '永别', '再见了大家',
    ],
    en: [
      'kms', 'unalive', 'end it', 'end it all', 'end my life', 'goodbye forever',
      'take my life', 'took a bunch of pills', 'bunch of pills', 'whole bottle', 'a bottle of pills', 'od', "od'd",
      'odd on', 'overdose', 'slit my wrists', 'cut my wrists', 'antifreeze', 'sleeping pills', 'want to die', 'wanna die', 'suicide note',
    ],
  },
  medical: {
    zh: ['晕倒了', '倒地', '叫不醒', '没反应', '喘不上气', '犯病', '发病', '心脏不好', '抽过去', '嘴唇发紫', '摔倒了起不来'],
    en: ['collapsed', 'unresponsive', 'not responding', "won't wake", 'fell and', 'cant breathe', 'having a seizure'],
  },
  rescue: {
    zh: [
      '被水冲走', '水漫进', '淹了', '水淹', '被淹', '洪水', '发大水', '涨水', '车顶上', '困在车里', '困在屋顶', '困在楼顶',
      '塌了', '房子塌', '墙塌', '楼塌', '被压住', '压在下面', '埋在下面', '卡住出不来', '电梯卡住', '电梯坏了人在里面', '山里迷路',
    ],
    en: ['flood', 'flooding', 'flooded', 'swept away', 'on the roof of', 'on a car roof', 'collapsed on', 'pinned under',
      'lost on the mountain', 'lost in the woods', 'trapped'],
  },
  disorder: {
    zh: ['吵架', '吵得很凶', '大吵大闹', '发酒疯', '耍酒疯', '喝醉了闹事', '骂人', '闹事', '吵闹', '扰民'],
    en: ['shouting', 'yelling', 'screaming at each other', 'drunk and', 'arguing', 'loud party'],
  },
  suspicious: {
    zh: ['可疑', '鬼鬼祟祟', '来回转', '一直在转悠', '踩点', '可疑包', '不明包裹', '没人要的包', '可疑的人', '可疑车辆'],
    en: ['suspicious', 'lurking', 'casing', 'unattended bag', 'abandoned bag', 'suspicious package', 'creepy guy'],
  },
  other_police: {
    zh: ['卖毒品', '贩毒', '吸毒', '卖粉', '溜冰', '赌博', '赌场', '黄赌毒', '卖淫', '身份证丢了', '捡到钱包', '电鱼'],
    en: ['dealing drugs', 'drug dealing', 'selling drugs', 'drug dealer', 'gambling', 'graffiti', 'vandalism', 'vandalized'],
  },
  non_police: {
    zh: [
      '停水', '停电', '物业不管', '物业', '房东', '押金', '不退押金', '欠薪', '拖欠工资', '工资不给', '退货', '质量问题',
      '商家', '消费纠纷', '路灯', '井盖', '垃圾没人收', '噪音扰民', '装修',
    ],
    en: ['landlord', 'deposit back', 'refund', 'faulty', 'power cut', 'power outage', 'water outage', 'no water',
      'wages', 'unpaid wages', 'pothole', 'street light', 'streetlight', 'bin collection'],
  },
};

/**
 * Words that are harmless inside longer words but clear as a whole word of the segmented text (jieba for
 * Chinese, the lemma for English): 砍 (but not 砍价), 捅 (but not 捅破), "stab" in "stabbed". Each names the
 * category and makes it P1 (an attack with a blade or a gun).
 */
// prettier-ignore
export const TOKEN_WORDS: Partial<Record<Category, Concept>> = {
  violence: {
    zh: ['砍', '捅', '刺', '砍伤', '捅伤', '捅死', '砍死', '开枪', '枪击'],
    en: ['stab', 'shoot'],
  },
};

/** Weapons: triage's weapon modifier and the extraction of `weapons` both read this list. */
// prettier-ignore
export const WEAPON_WORDS: Concept = {
  zh: ['菜刀', '水果刀', '砍刀', '西瓜刀', '剔骨刀', '杀猪刀', '弹簧刀', '刀子', '擀面杖', '酒瓶', '啤酒瓶', '扳手', '板凳',
    '凳子', '铁链', '甩棍', '电棍', '钢叉', '镰刀', '锄头', '弓弩', '弩', '枪'],
  en: ['wrench', 'bottle', 'broken bottle', 'tire iron', 'bat', 'pipe', 'crowbar', 'taser', 'brass knuckles', 'piece', 'strap'],
};

/** Children: a child victim raises priority; a missing child under 14 is P1. */
// prettier-ignore
export const CHILD_WORDS_EXTRA: Concept = {
  zh: ['娃', '娃娃', '碎娃', '猴娃', '崽', '崽崽', '伢', '伢子', '细伢子', '小伢', '小屁孩', '小娃', '孩儿', '幼儿', '婴儿'],
  en: ['kiddo', 'little one', 'toddler', 'infant', 'my kid', 'lil one'],
};

/** Words for the police: a request for the police, not a category. */
// prettier-ignore
export const POLICE_WORDS: Concept = {
  zh: ['警察叔叔', '警察', '民警', '公安', '条子', '阿sir', '差佬', '110', '报警', '派出所', '巡警', '片警'],
  en: ['police', 'cops', 'cop', 'popo', '5-0', '911', '999', 'the law'],
};

/**
 * English chat abbreviations, expanded before matching (a word-for-word table, see lemma.ts): "pls send
 * ppl rn" reads as "please send people right now".
 */
// prettier-ignore
export const EN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', pls: 'please', plz: 'please', rn: 'right now', bf: 'boyfriend', gf: 'girlfriend',
  ppl: 'people', idk: "i don't know", asap: 'as soon as possible', bc: 'because', cuz: 'because', coz: 'because',
  thru: 'through', tho: 'though', b4: 'before', ppl2: 'people', ya: 'you', r: 'are', n: 'and', w: 'with',
  wanna: 'want to', gonna: 'going to', gotta: 'got to', hes: "he's", shes: "she's", theyre: "they're", im: "i'm",
  dont: "don't", cant: "can't", wont: "won't", didnt: "didn't", isnt: "isn't", bro: 'brother', sis: 'sister',
  mom: 'mom', hubby: 'husband', kms: 'kill myself', kys: 'kill yourself', od: 'overdose', odd: 'overdosed',
};

/**
 * Short answers to the numbered category question ("what kind of matter is it?") that are too vague to
 * classify a whole report: matched only in an answer of a few words (flow/category-question.ts).
 */
// prettier-ignore
export const CATEGORY_HINTS: readonly { category: Category; words: readonly string[] }[] = [
  { category: 'sexual_assault', words: ['性侵', '猥亵', '强奸', '非礼', '骚扰我', 'sexual', 'rape', 'groped'] },
  { category: 'domestic_violence', words: ['家暴', '家里人打', '老公', '老婆', 'family', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend'] },
  { category: 'kidnapping', words: ['绑架', '被关', '扣押', 'kidnap', 'held', 'hostage'] },
  { category: 'self_harm', words: ['自杀', '轻生', '不想活', '自残', 'suicide', 'self harm', 'self-harm', 'kill myself'] },
  { category: 'medical', words: ['病', '晕', '急救', '救护车', '心脏', '呼吸', 'medical', 'sick', 'ill', 'ambulance', 'heart', 'breathing'] },
  { category: 'fire', words: ['火', '烟', '爆炸', 'fire', 'smoke', 'explosion'] },
  { category: 'rescue', words: ['困', '水', '塌', '煤气', '燃气', '电线', 'trapped', 'stuck', 'flood', 'gas', 'collapse', 'wire'] },
  { category: 'traffic', words: ['车祸', '撞', '交通', 'crash', 'accident', 'car', 'traffic'] },
  { category: 'robbery', words: ['抢', 'rob', 'robbery', 'mugged', 'mugging'] },
  { category: 'burglary', words: ['入室', '进贼', '撬', 'break-in', 'break in', 'burglary', 'intruder'] },
  { category: 'violence', words: ['打', '揍', '砍', '捅', 'fight', 'attack', 'assault', 'hit', 'beat', 'stab'] },
  { category: 'missing_person', words: ['失踪', '走失', '找不到', '走丢', 'missing', 'lost'] },
  { category: 'fraud', words: ['骗', '诈', 'scam', 'fraud'] },
  { category: 'theft', words: ['偷', '盗', '丢', 'theft', 'stolen', 'steal'] },
  { category: 'threat', words: ['威胁', '跟踪', '恐吓', 'threat', 'stalk', 'follow'] },
  { category: 'disorder', words: ['吵', '闹', '噪音', 'noise', 'loud', 'argument', 'drunk'] },
  { category: 'suspicious', words: ['可疑', 'suspicious'] },
  { category: 'non_police', words: ['物业', '停水', '停电', '房东', '工资', '退款', 'landlord', 'refund', 'wages', 'power cut'] },
  { category: 'other_police', words: ['毒', '赌', '举报', '其他', 'drugs', 'gambling', 'other', 'tip'] },
];

/** Every Chinese word of the vocabulary: the segmenter's domain dictionary (segment.ts). */
export function domainWords(): string[] {
  const out = new Set<string>();
  const add = (c: Concept | undefined) => c?.zh.forEach((w) => out.add(w));
  Object.values(CATEGORY_WORDS).forEach(add);
  Object.values(TOKEN_WORDS).forEach(add);
  add(WEAPON_WORDS);
  add(CHILD_WORDS_EXTRA);
  add(POLICE_WORDS);
  return [...out].filter((w) => w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w));
}
