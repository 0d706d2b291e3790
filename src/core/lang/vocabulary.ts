/**
 * The one vocabulary (issue 13): concepts and the words people use for them, in Chinese (simplified; the
 * normaliser converts traditional text and fixes typos first) and English (base forms: the lemmatiser turns
 * "stabbed", "stabbing", "stabs" into "stab", so a list needs one form, see lemma.ts).
 *
 * Each concept feeds every reader that needs it: the category words feed triage (rules.ts merges them into
 * the category's words) and the jieba dictionary (so the segmenter keeps them whole); the weapon and child
 * words feed both triage's modifiers and extraction (presence.ts), so a word added once has its full effect.
 *
 * Sources: public pages on Shaanxi (关中) speech for 打锤 / 打捶, 挨打 (said "nai 打"), 婆姨, 碎娃, 猴娃; the Crisis
 * Text Line report on the words that precede an active rescue (method words: pills, "a bottle of", antifreeze);
 * common north-eastern, Sichuan and Cantonese forms (干仗, 削, 揍, 遭打, 抢咗) and English chat abbreviations
 * (u, ur, pls, rn, bf, gf, ppl, idk, asap, kms, od) from general knowledge, checked against the evaluation's
 * development set only (never the held-out set).
 *
 * How to add a word: put it in the concept it means, in its plain form; run `npm run eval` and
 * `npx vitest run tests/core`. A word that is also common in harmless sentences belongs in CATEGORY_P1_WORDS as `~word`
 * (matched only as a whole word of the segmented text: 砍 but not 砍价) or not at all.
 */
import type { Category } from '../incident.js';

export interface Concept {
  zh: readonly string[];
  en: readonly string[];
}

/**
 * A passenger a driver will not let out: held (kidnapping), unless the report is of something else done to them in
 * the car (a driver touching her leg is a sexual assault, still P1: CONFINEMENT_WORDS yield).
 */
const PASSENGER_HELD_ZH = [
  '不让我下车',
  '不让她下车',
  '不让他下车',
  '不让下车',
  '停车他不停',
  '停车他也不停',
  '不肯停车',
  '不给停车',
  '不给下车',
];

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
      '打架斗殴', '闹事打人', '抄家伙', '拿酒瓶', '酒瓶砸', '砸我头', '砸他头', '打破头', '开瓢', '开了瓢', '给开了瓢', '砸破头', '打破了头', '干趴下', '摁着打', '被群殴',
      '遭人打', '遭打了', '遭打', '被几个人打', '堵在厕所里打', '围着揍', '一群人揍', '在揍', '揍他', '揍她', '打倒在地', '被打倒',
      // Northern passives with 让 / 叫 / 给 (让人给削了, 叫人打了) and Cantonese 打交 / 俾人打.
      '让人给削了', '让人削了', '让人打了', '让人给打了', '叫人打了', '叫人给打了', '给人打了', '被人给打了', '让人揍了', '叫人揍了',
      '挨了一顿揍', '挨了顿打', '让人给揍了', '被削了', '俾人打咗', '畀人打咗', '打紧交', '喺度打交',
      // Lamped through a car window, beaten with a coat hanger, stabbed in the belly in a KTV room, six on one (kind-openings-2).
      '拿衣架…抽我', '挨了一刀', '肚子上挨了',
      // A quarrel over a square that came to blows, a foreman's men beating workers who asked for their wages (kind-openings-3).
      '从吵到动手', '吵到动手了', '动手了', '把来要工钱的', '要工钱的…打了',
      // Drunks from the next room storming in with bottles, a man chasing another with something shining, a machete swung at people, a car driven at someone on purpose, a steering-wheel lock to the head (kind-openings-4).
      '冲进来了', '酒瓶子往', '往我朋友头上', '手里亮闪闪', '是故意的', '直接朝他冲过去', '方向盘锁往'],
    en: [
      'jumped me', 'got jumped', 'jumped him', 'jumped her', 'getting jumped', 'beat up', 'beat him', 'beat her',
      'beating him', 'beating her', 'beating someone', 'punch', 'glassed', 'bottled', 'brawling', 'scuffle',
      'throw a bottle at', 'throw bottles at', 'throw a glass at', 'smash a bottle over', 'hit him with a bottle',
      'hit her with a bottle', 'hit me with a bottle',
      // AU "king hit" / "coward punch": a blow from behind, without warning.
      'king hit', 'king-hit', 'king hitted', 'coward punch', 'coward punched', 'sucker punch', 'sucker punched',
      // "fight" by its lemma: fought, and the dropped g of txt-speak ("fightin out front", lemma.ts DROPPED_G).
      'fight', 'fistfight', 'fist fight', 'throwing punches',
      // A dog set on someone: an assault with it (a dog that bites by itself is medical: rules.ts violence readsAs).
      'set his dog on', 'set her dog on', 'set the dog on', 'set their dog on', 'set dogs on', 'set the dogs on',
      'sicced his dog on', 'sicced her dog on', 'sicced the dog on', 'roughed up', 'smacked', 'slapped me',
      'attacking', 'assaulting', 'swinging at', 'going at it',
      'threw me', 'pushed me', 'shoved me', 'slammed me', 'choked me', 'grabbed me by', 'kicked me', 'attacked my', 'jumped my', 'beat my',
      // US / UK / AU slang for a fight or a beating.
      'scrap', 'punch up', 'punch-up', 'ruck', 'beatdown', 'beat down', 'whooping', 'beat the crap out', 'beat the shit out',
      'beating the crap out', 'beating the shit out', 'leathered', 'battered', 'kicked his head in', 'kick his head in',
      'stamping on', 'stomping on', 'stomp on', 'set on him', 'set upon', 'its kicking off', "it's kicking off",
      'all kicking off', 'kicking off outside', 'fighting outside', 'getting beat', 'getting beaten', 'gang fight',
      // AU / UK "bash" (beat up); "bash" alone is also a party.
      'getting bashed', 'got bashed', 'been bashed', 'bashed him', 'bashed her', 'bashed me', 'bashing him', 'bashing her',
      'bashing me', 'bashing someone', 'bashing a',
      // AU "a blue" / "biffo", UK "mashed up" / "battered", US "throwing hands" / "catching hands".
      // (Not "had a blue" alone: "he had a blue north face coat on".)
      'having a blue with', 'had a massive blue', 'massive blue', 'a blue outside', 'a blue going on', 'biffo', 'bit of biffo', 'mashed up', 'getting mashed',
      'got mashed', 'throwing hands', 'catching hands', 'squared up', 'squaring up', 'dust-up', 'fisticuffs',
      // "Gets physical" / "put his hands on me": hitting, said around it (with a partner: domestic violence).
      'gets physical', 'got physical', 'getting physical', 'get physical with', 'put his hands on me', 'puts his hands on me',
      'put her hands on me', 'laid hands on me', 'laid his hands on',
      // Mob justice on a suspected thief (Nigeria: flogging, 'they will finish him') (session 16).
      'flogging', 'finish him', 'jungle justice', 'mob is beating',
      // A headbutt, a busted nose (session 16).
      'headbutt', 'headbutted me', 'headbutted him', 'headbutted her', 'head butted', 'busted my nose', 'broke my nose',
      // Lamped through a car window, beaten with a coat hanger, stabbed in the belly in a KTV room, six on one (kind-openings-2).
      'lamped us', 'lamped him', 'lamped me', 'nose is bust', '6 on 1', 'six on one', 'one of them has a knife',
      // Drunks from the next room storming in with bottles, a man chasing another with something shining, a machete swung at people, a car driven at someone on purpose, a steering-wheel lock to the head (kind-openings-4).
      'swinging a machete at people', 'everybody running'],
  },
  domestic_violence: {
    zh: ['家里打人', '被老公打', '被老婆打', '被男朋友打', '老公打', '男朋友打', '男友打', '婆姨打', '打老婆', '打媳妇',
      // A man hitting his own wife, told by a neighbour (他把他老婆打了, 在打他媳妇).
      '把他老婆打', '把他媳妇打', '把老婆打', '把媳妇打', '把他女朋友打', '把他对象打', '打他老婆', '打他媳妇', '打他女朋友',
      '他又打我', '又打我了', '又动手打我', '又揍我',
      // A mother-in-law with the husband (session 16).
      '婆婆…打我', '公公…打我', '婆婆跟我老公',
      // Jamaican "lick mi up" (beat me) (kind-openings-2).
      '把我妈按在地上打', '把我妈按在地上',
      // A drunk father beating the mother (Cantonese 打到阿妈) (kind-openings-3).
      '打到阿妈', '阿爸…打到', '打到我妈'],
    en: ['bf hit', 'bf hits', 'bf is hitting', 'bf beat', 'husband hit', 'husband is hitting',
      // "He hurt me again": harm again and again at home, said without naming who.
      'hurt me again', 'hit me again', 'beat me again', 'beating me again', 'hitting me again', 'hurting me again',
      'put his hands on me again', 'laid hands on me again',
      // Jamaican "lick mi up" (beat me) (kind-openings-2).
      'lick mi up', 'licked me up',
      // A husband who broke her wrist, a son beating his father for money, a girlfriend who burned him with the iron (kind-openings-4).
      'my husband is home', 'he broke my wrist', 'knocking him about', 'knocking her about', 'burned me with the iron', 'my gf burned me'],
  },
  sexual_assault: {
    zh: [
      // The act said by its euphemism or its pinyin initials (qj: 强奸).
      '被qj', 'qj了', '硬要跟我那个', '强行跟我那个', '硬要和我那个', '非要跟我那个',
      '被欺负了', '欺负了我', '被那个了', '把我那个了',
      // "That kind of 欺负" (就是那种欺负, 是那种欺负 你懂吧): said to mean rape, not bullying.
      '那种欺负', '那样欺负', '那方面欺负', '那种的欺负', '欺负了 是那种', '欺负了 就是那种', '侵犯', '被侵犯', '猥亵', '占便宜', '占我便宜', '动手动脚', '摸我胸',
      '摸我屁股', '摸我大腿', '强行亲', '逼我发生', '非礼', '被迷奸', '下药', '露下体', '脱裤子', '被性侵',
      '摸她', '摸他', '摸我下面', '乱摸我', '被摸了', '亲我', '脱我衣服', '扒我衣服', '强行发生关系', '衣服被脱', '衣服被人脱', '醒来光着',
      '醒来没穿衣服', '拍裙底', '偷拍裙底',
      // Groping said around it: 上下其手, 毛手毛脚, 揩油, 吃(我)豆腐.
      '上下其手', '毛手毛脚', '揩油', '揩我油', '吃我豆腐', '吃她豆腐',
      // Hands under clothes, grabbed from behind, held down, a drink spiked (session 16).
      '手伸进我裙子', '伸进…裙子', '伸进…衣服', '从背后抱住我', '抱住我乱摸', '乱摸', '往…杯子里放了东西', '杯子里放了东西', '酒里放了东西',
      // Locked in and pinned at work, dragged into a toilet cubicle, forced to have sex (kind-openings-2).
      '非要那个', '压着我不放', '硬拉进隔间', '扯我内裤',
      // Grabbed in the shower by a landlord, woken after saying no, pinned in a bathroom at a party, forced in a beach hut (kind-openings-3).
      '说了不要的', '醒了发现他',
      // An employer coming into the helper's room, a stepdad in a child's bed, a hand forced into trousers in a lift, forced himself on her, a child's 'secret game' that hurts, a top pulled down in the toilets (kind-openings-4).
      '捂着我嘴', '进我房间', '把我手往他裤裆', '裤裆里按'],
    en: [
      'touched me', 'touching me', 'groped me', 'did stuff to me', 'did things to me',
      'forced me', 'forced himself', 'forced herself', 'took advantage of me', 'assaulted me sexually',
 'exposed himself', 'flashed me',
      'touching her', 'touching him', 'touched her', 'touched him', 'been touching', 'woke up naked', 'woke up in some guys bed',
      "woke up in some guy's bed", 'woke up in his bed', 'woke up with no clothes', 'woke up with her clothes off', 'wouldnt stop when i said no', 'wouldn\'t stop when i said no', 'said no and he', 'dragged me behind', 'undressed me', 'took my clothes',
      // Hands under clothes, grabbed from behind, held down, a drink spiked (session 16).
      'between the legs', 'wouldnt take no', "wouldn't take no", 'held me down', 'put something in her drink', 'put something in my drink', 'spiked',
      // Locked in and pinned at work, dragged into a toilet cubicle, forced to have sex (kind-openings-2).
      'forced her to have sex', 'forced me to have sex', 'forced to have sex',
      // Grabbed in the shower by a landlord, woken after saying no, pinned in a bathroom at a party, forced in a beach hut (kind-openings-3).
      'while i was showering and grabbed', 'has her pinned', "won't let her up", 'forcing a girl',
      // An employer coming into the helper's room, a stepdad in a child's bed, a hand forced into trousers in a lift, forced himself on her, a child's 'secret game' that hurts, a top pulled down in the toilets (kind-openings-4).
      'coming into my bed', 'forced himself on', 'secret game', 'hurts her down there', 'pull my top down', 'tried to pull my top'],
  },
  kidnapping: {
    zh: [
      // Grabbed and shoved into a car by strangers (probes-s15b).
      '被塞进车', '把我塞进车', '把我拽上车',
      // Taken, and money wanted for them; snatched into a car boot.
      '被人带走了 要钱', '被塞进后备箱', '塞后备箱',
      '被扣押', '扣押', '限制人身自由', '被高利贷', '被拉走', '被抓走', '抢走孩子', '带走了孩子', '被骗进传销',
      '往车里拽', '往车里拖', '拖上车', '绑了起来', '拉进车里', '抱上车',
      // Cantonese: 拉咗上车, 捉咗上车 (dragged, grabbed into a car).
      '拉咗上车', '捉咗上车', '塞咗上车', '拖咗上车', '俾人捉走', '畀人捉走', '俾人拉走', '畀人拉走',
      '不放人', '扣住了', '扣人', '把人扣', '交钱放人', '不给钱不放', '拿钱赎人', '讨债的扣',
      // Ransom said plainly: 赎人, 赎金, 撕票.
      '赎人', '赎金', '要赎金', '交赎金', '拿钱来换人', '撕票', '拿钱来领人',
      // A hostage said as "in our hands" (你儿子在我们手上, 你老公在他们手里).
      '在我们手上', '在我们手里', '在他们手上', '在他们手里', '{person}在我手上', '{person}在我手里',
      // Money for a release (交二十万才放人) and someone lured abroad to a scam compound (骗去缅甸, 卖到园区).
      '才放人', '才肯放人', '才能放人', '才放他', '才放她', '才让他回来', '才让她回来', '把他卖了', '把她卖了', '骗去缅甸', '骗到缅甸',
      '骗去柬埔寨', '骗到柬埔寨', '骗去境外', '骗到境外', '骗去老挝', '电诈园区', '园区里出不来',
      // A passenger a driver will not let out ("让他停车他不停 车门锁了", "不让我下车").
      ...PASSENGER_HELD_ZH,
      // Held and unable to leave: a domestic worker's passport kept, a relative held over a debt (session 16).
      '不让我走', '关着不让出去', '护照被收', '护照被扣',
      // Held in a scam compound, a factory dorm with papers taken, a flat with men holding someone for ransom (kind-openings-2).
      '唔俾我走', '身份证都收', '证件都收', '电话身份证',
      // Locked in a ride-hail car taking another road, held in a basement for money, passports kept at a 'call center', a hostage with a knife at a hospital (kind-openings-3).
      '拿刀抵着他脖子', '谁都不让靠近',
      // A child carried off in a coat, taken from school by a stranger, locked in by parents for a forced marriage, led away at a playground, held at a warehouse for usdt, hostages in a pharmacy (kind-openings-4).
      '遭一个人接走', '被一个人接走', '根本没喊', '锁在家里 要我嫁', '要我嫁给', '逼我嫁', '牵着他从后门出去', '我根本不认识'],
    en: [
      // Grabbed and shoved into a car by strangers (probes-s15b).
      'shoved me in', 'shoved me into', 'pushed me into the car', 'bundled me into', 'threw me in the back', 'in the back of a car i dont know',
      // Taken, and money wanted for them; snatched into a car boot.
      'been taken, they want money', 'taken and they want money', 'snatched off the street', 'in a car boot', 'in the boot of a car', 'in the trunk of a car',
      'held hostage', 'took my kid', 'grabbed him', 'grabbed her', 'forced into a car', 'forced into a van', 'ransom',
      'loan shark',
      'stranger\'s car', 'strangers car', 'they have my son', 'they have my daughter', 'they have my kid',
      // A child taken by a parent or an ex who has no right to them (parental abduction).
      'has no custody', 'no custody', "doesn't have custody", 'doesnt have custody', 'does not have custody',
      "hasn't got custody", 'hasnt got custody', 'no parental rights', 'not allowed to have the kids',
      'not allowed to take him', 'not allowed to take her', 'not allowed to take them', 'breaking the custody order', 'got into a stranger', 'pulled into a car', 'pulled her into', 'pulled him into', 'dragged into a car', 'dragged into a van',
      // Held until a debt or a sum is paid (the English of 交钱放人 / 不给钱不放): "won't let him go until we pay".
      'let him go until', 'let her go until', 'let them go until', 'let him go till', 'let her go till', 'let him go unless',
      'let her go unless', 'release him until', 'release her until', 'release him when we pay', 'until we pay',
      'until they pay', 'until i pay', 'till we pay', 'unless we pay', 'until the family pays', 'until his family pays',
      'until her family pays', 'until we give them', 'pay to get him back', 'pay to get her back', 'pay for his release',
      'pay for her release',
      "won't let me out of the car", 'wont let me out of the car', "won't let me out of the cab", 'wont let me out of the cab',
      "driver won't stop", 'driver wont stop', "he won't stop the car", 'he wont stop the car',
      // Held and unable to leave: a domestic worker's passport kept, a relative held over a debt (session 16).
      'i cant leave', "i can't leave", 'passport taken', 'took my passport', 'kept inside the house', 'holding my brother', 'holding my sister', 'holding my son', 'tied to a chair', 'scooped up my', 'snatched my kid', 'grabbed my kid and ran',
      // Held in a scam compound, a factory dorm with papers taken, a flat with men holding someone for ransom (kind-openings-2).
      'kept in a building', 'guards with', 'make us do online scams', 'holding me in', 'want my family to send',
      // Locked in a ride-hail car taking another road, held in a basement for money, passports kept at a 'call center', a hostage with a knife at a hospital (kind-openings-3).
      'locked the doors and turned', 'wait for the money from my family', 'keep our passports', 'beat whoever tries to leave', 'has his ex and her baby in his flat',
      // A child carried off in a coat, taken from school by a stranger, locked in by parents for a forced marriage, led away at a playground, held at a warehouse for usdt, hostages in a pharmacy (kind-openings-4).
      'carrying a kid wrapped', 'kid was kicking', 'holding my brother at', 'locked all of us inside', 'says nobody leaves'],
  },
  robbery: {
    zh: [
      // Pockets gone through by the ones who cornered them (a robbery, not a detention).
      '翻我口袋', '翻我兜', '搜我身', '掏我口袋', '掏我兜',
      // Hands up, the till emptied on demand (probes-s15b).
      '让他把钱箱', '逼他开收银台',
      // Held up, armed men in a bank, a gold shop or a servo; cornered for money.
      '堵巷子里要钱', '堵…要钱', '金店进去几个人', '银行进去几个人', '拿枪抢', '持枪抢',
      '俾人抢咗', '畀人抢咗', '打劫咗', '抢咗我', '抢东西', '抢我东西', '抢了我', '被打劫', '打劫', '劫道', '拦路', '被抢劫', '抢我手机', '抢我包', '抢走了', '抢咗', '畀人抢', '俾人抢', '拿刀顶着', '逼我取钱', '让我取钱', '逼我转账', '拿刀逼', '把钱交出来', '把手机交出来', '把钱拿出来', '逼我把',
      '遭抢', '遭抢了', '被人抢了',
      // Snatched off the body (扯 / 拽, Cantonese 扯咗): 抢夺, a robbery.
      '扯咗我', '一把扯走', '一把拽走', '一把抢走', '被扯走', '被拽走', '给扯走', '给拽走',
      // Money demanded on the spot with a beating as the price of no (要我微信转钱 不转就打): a robbery. A demand
      // alone (冒充公检法的人要我转钱) is not.
      '不转就打', '不转就揍', '不给就打', '不给就揍', '不给钱就打', '不给钱就揍', '不拿钱就打', '不掏钱就打', '不给钱别想走',
      '逼我转钱', '逼我微信转', '逼我支付宝转', '逼我扫码转',
      // Money demanded at knifepoint, said as 逼住 / 围住 要钱 ("拿刀子逼住要钱 不给就捅"); Cantonese 抢 + a classifier
      // (抢阿婆条金链).
      '逼住要钱', '逼着要钱', '围住要钱', '堵住要钱', '拿刀…要钱', '拿刀子…要钱', '不给就捅', '不给钱就捅', '抢…金链', '抢…项链',
      '抢…手链', '抢…耳环',
      // Force for money or a phone: cornered, held in a car until a transfer, machetes at a junction (session 16).
      '转了…才放我走', '钱都掏走', '把钱都掏走',
      // A chain taken off a neck, a knife and a chain handed over (Cantonese 除条金链), a gold shop's counters smashed, a PIN forced (session 16).
      '除条金链', '叫我除', '金店…砸柜台', '砸柜台', '戴头套的', '逼我输密码', '逼我说密码',
      // Held up at gunpoint, armed men at the till, a cash box taken with an iron rod, earrings torn off, a phone ripped from a hand (kind-openings-2).
      '耳环扯', '扯耳环', '扯落来', '一把夺过去', '夺过去',
      // A knife shown at a face-to-face sale, a phone and money demanded on the way home from school, a watch taken at knifepoint, a bag ripped off a shoulder (kind-openings-3).
      '亮出一把刀', '亮出刀', '交出来 不给就揍', '把手机和钱交出来', '交出来',
      // A car boxed in and takings grabbed with a bat, armed men collecting phones in a compound, mugged, a ski mask at the counter, a security guard jabbed, jumped for a phone, a knife on a guard (kind-openings-4).
      '掏出一把小刀划了保安', '划了保安'],
    en: [
      // Pockets gone through by the ones who cornered them (a robbery, not a detention).
      'went through my pockets', 'going through my pockets', 'emptied my pockets', 'made me empty my pockets', 'turned out my pockets',
      // Hands up, the till emptied on demand (probes-s15b).
      'has his hands up', 'has her hands up', 'hands in the air', 'empty the register', 'empty the till', 'emptying the till', 'emptying the register', 'making him empty', 'making her empty',
      // Held up, armed men in a bank, a gold shop or a servo; cornered for money.
      "servo's being held up", 'shop is being held up', 'store is being held up', 'bank is being held up', 'held up at gunpoint', 'held up at knifepoint', 'armed guys in the bank', 'armed men in the bank', 'armed robbery',
      'robbed me', 'rob me', 'robbing me', 'stuck me up', 'made me hand over', 'made me give him', 'hand over your', 'give me your wallet',
      'forced me to give', 'forced me to hand', 'forced me to hand over', 'forced us to hand over', 'forced him to hand over',
      'forced her to hand over', 'forced me to empty', 'forced me to open the till', 'forced me to unlock my phone', 'at knifepoint', 'at gunpoint', 'snatched my', 'held me up', 'at knife point', 'at gun point', 'demanded my',
      // US slang: ran up on me, jacked, rolled, took my chain.
      'ran up on me', 'ran up on him', 'ran up on her', 'took my chain', 'snatched my chain', 'jacked me', 'got jacked', 'jacked my',
      'got rolled', 'rolled me', 'ripped my chain',
      // India: a chain snatched off the neck from a motorbike is a robbery (snatching).
      'chain snatching', 'chain snatched', 'chain snatcher', 'chain snatchers', 'snatched her chain', 'snatched his chain',
      'snatched the chain',
      // UK: "got taxed" / "ran my pockets" (robbed); carjacked.
      'got taxed', 'taxed me', 'taxed my', 'taxed him', 'taxed for', 'ran my pockets', 'ran his pockets', 'run your pockets',
      'carjacked', 'carjacking', 'car jacked', 'car-jacked',
      // South African and Nigerian English "hijacked": a car taken from its driver by force.
      'hijacked', 'hijacking', 'hijacker', 'hijackers',
      // Cash taken out at an ATM under force: a robbery, however it is told.
      'made me take out', 'made me withdraw', 'forced me to withdraw', 'forced me to take out', 'made me draw out',
      'walked me to the atm', 'took me to the atm', 'took me to an atm', 'marched me to the atm', 'drove me to the atm',
      'drove me to an atm', 'forced me to the atm', 'dragged me out of my car', 'pulled me out of my car',
      'threw me out of my car', 'dragged her out of her car', 'dragged him out of his car', 'pulled her out of her car',
      'pulled him out of his car',
      // A bag or chain torn from the person: a snatch is a robbery.
      'ripped off her', 'ripped off him', 'ripped off me', 'ripped out of her hand', 'ripped out of his hand',
      'ripped out of my hand', 'yanked off her', 'torn off her', 'grabbed her bag', 'grabbed my bag', 'grabbed her purse',
      'grabbed my purse', 'grabbed her handbag', 'grabbed my handbag',
      // Force for money or a phone: cornered, held in a car until a transfer, machetes at a junction (session 16).
      "they'd cut me if", 'hand over my phone', 'hand over your phone', 'balaclavas', 'stormed the', 'smashing the cases', 'collecting phones from',
      // A chain taken off a neck, a knife and a chain handed over (Cantonese 除条金链), a gold shop's counters smashed, a PIN forced (session 16).
      'chain off my neck', 'ripped…chain off', 'ripped the chain',
      // Held up at gunpoint, armed men at the till, a cash box taken with an iron rod, earrings torn off, a phone ripped from a hand (kind-openings-2).
      'armed men just entered', 'collected everything from the till', 'forcibly took', 'showing iron rod', 'ripped my phone',
      // A knife shown at a face-to-face sale, a phone and money demanded on the way home from school, a watch taken at knifepoint, a bag ripped off a shoulder (kind-openings-3).
      'ripped my bag off', 'made my son hand over',
      // A car boxed in and takings grabbed with a bat, armed men collecting phones in a compound, mugged, a ski mask at the counter, a security guard jabbed, jumped for a phone, a knife on a guard (kind-openings-4).
      'grabbed my takings', 'collecting phones and money', 'got mugged', 'in a ski mask', 'jabbed our security', 'jumped me on', 'for my phone and wallet'],
  },
  burglary: {
    zh: [
      // Someone at a door or in a closed shop, said as what is heard or seen (probes-s15b): 贼娃子 (Sichuan: thief), 弄门, 翻收银台.
      '贼娃子', '在弄他们家门', '在弄我家门', '弄他们家门', '弄我家门', '进我店里', '进店里了', '翻收银台', '在翻收银台',
      // Someone inside the home now, said as what is heard or seen (session 15 category-answer battery).
      '陌生男的在我家', '陌生人在我家', '有人在我家里', '客厅有人走动', '屋里有人走动', '家里有人走动', '家里进了人', '家里进人了',
      '有人进我家', '进了我家', '闯进', '闯入', '破门', '撬锁', '翻窗', '爬窗', '进来了一个人', '翻进来', '翻进', '爬进', '翻窗进', '翻墙进', '在里面翻', '撬了', '被人撬', '撬门进', '屋里有人',
      '爆咗我屋企', '屋企俾人爆', '屋企畀人爆', '爆屋', '屋企入咗贼', '入咗贼',
      '进小偷', '进小偷了', '家里有小偷', '屋里有小偷', '家里进贼', '家里有贼', '屋里有贼', '进贼了', '遭贼', '招贼', '闹贼', '在我家翻东西',
      '在屋里翻东西', '在家里翻东西', '翻箱倒柜',
      // A door pried open (撬开…门) and a home turned over, told by what was found (屋里翻乱了, 抽屉全给翻了).
      '撬开…门', '门…撬开', '把门撬', '门锁…撬', '门让人…撬', '门被人…撬', '屋里翻乱', '家里翻乱', '屋里…翻得乱七八糟',
      '抽屉…全…翻', '柜子…全…翻', '翻得乱七八糟', '造得稀乱',
      // Forcing a shutter or a lock, over the fence and inside (session 16).
      '撬棍', '弄卷帘门', '撬卷帘门', '捅…锁眼', '锁眼', '所眼',
      // A door bar broken and a torch inside, a hotel door opened with a key card (kind-openings-2, session 16).
      '门栓断了', '门闩断了', '拿手电照', '拿房卡开我门', '行李箱被打开',
      // Footsteps in the living room at night, a warehouse gate cut open and goods carried out (kind-openings-3, session 16).
      '客厅有脚步声', '屋里有脚步声', '俾人剪开', '剪开咗', '喺入面搬嘢', '在里面搬东西',
      // Motion in the shop and men loading the till, a bogus water-board man in the bedroom drawers, a warehouse door cut, footsteps in the attic, a stranger by the bed who fled off the balcony (kind-openings-4, session 16).
      '铁门被人割开', '门被人割开', '床边站着个人', '床边站着一个人'],
    en: [
      // Someone at a door or in a closed shop, said as what is heard or seen (probes-s15b): 贼娃子 (Sichuan: thief), 弄门, 翻收银台.
      'going through the till', 'someone in my shop', 'someone in the shop after hours',
      // Someone inside the home now, said as what is heard or seen (session 15 category-answer battery).
      'stranger in my house', 'someone walking around downstairs', 'someone is in my house',
      'broke in', 'broken into', 'breaking in', 'break in', 'someone in my house',
      'intruder', 'kicked in my door', 'kicked the door in', 'climbing in', 'kicked in', 'motion in my house', 'in my kitchen', 'in my backyard', 'in my garage', 'trying to get in', 'tryna get in', 'trying to open the window', 'open the windows', 'someone inside my house',
      // A way in forced, said as what was found (UK "done the side door", a lock hanging off, "busted the lock on my
      // shed"): a building or an outbuilding entered, a burglary whatever was taken.
      'broke into…{building}', 'broken into…{building}', 'break into…{building}', 'breaking into…{building}',
      'got into…{building}', 'gotten into…{building}', 'lock on…{building}', 'lock off…{building}', 'padlock…{building}', '{building}……padlock',
      '{building}……lock hanging off', '{building}……lock snapped', '{building}……lock is broken', '{building}……lock was broken',
      '{building}……lock has been', 'lock hanging off', 'door hanging off', 'door is hanging off', 'snapped the lock',
      'lock snapped', 'lock has been snapped', 'lock was snapped', 'forced the door', 'forced the back door', 'forced the front door',
      'forced the side door', 'forced my door', 'forced our door', 'door was forced', 'door has been forced', 'door had been forced',
      'jemmied', 'jimmied the', 'done the side door', 'done the back door', 'done the front door', 'done the door', 'done our door',
      'done my door', 'smashed the door in', 'door smashed in', 'door kicked in', 'door bashed in', 'booted the door in',
      // Came home to the door open and something gone.
      'came home to…door…open', 'came home and…door…open', 'got home and…door…open', 'got home to…door…open',
      'door…open……gone', 'door…open……missing', 'door…open……stolen', 'door…open……taken',
      // Walked into a home or a room and took something.
      'walked into…{building}', 'walked in…{building}', 'came into my room', 'came into our room', 'let himself in',
      'let themselves in', 'climbed in…window', 'climbed through…window', 'came in through…window', 'got in through…window',
      'in through the window', 'in through the back door',
      // Forcing a shutter or a lock, over the fence and inside (session 16).
      'scaled our fence', 'scaled the fence', 'inside the store room', 'inside the storeroom',
      // Motion in the shop and men loading the till, a bogus water-board man in the bedroom drawers, a warehouse door cut, footsteps in the attic, a stranger by the bed who fled off the balcony (kind-openings-4, session 16).
      'motion in the shop', 'loading the till', 'going through her bedroom drawers', 'going through my drawers', 'footsteps in the attic', 'breaking the cupboards'],
  },
  theft: {
    zh: [
      // Something of theirs gone from a car or a bag.
      '车窗被砸 东西没了', '包里东西没了',
      '被偷', '偷了', '小偷', '扒手', '被扒', '被盗', '偷走', '丢了钱包', '顺走', '被顺', '偷车', '车被偷', '偷电动车', '~偷', '在偷', '顺了', '偷拿', '没付钱就跑', '没给钱就跑', '拿了就跑', '手机被摸', '钱包被摸', '被摸走', '拉走了',
      '偷井盖', '偷电缆', '偷电线', '偷电瓶', '偷油', '偷快递',
      // 摸 of a pocket, phone or wallet is pickpocketing (摸 of a body is sexual: sexual_assault words).
      '摸走', '摸走了', '被摸走', '摸了我的手机', '摸了我手机', '摸我手机', '摸了我钱包', '摸我钱包', '摸我口袋', '摸口袋', '掏口袋',
      '掏我口袋', '被掏了', '手机被掏', '钱包被掏', '包被划',
      // A bag slit with a blade (划包, 包让人划了个口子): pickpocketing, the blade cut the bag, not a person.
      '划包', '割包', '包被割', '包让人…划', '包被人…划', '包给人…划', '包…划了个口子', '包…划了一道口子', '包…割了个口子',
      // Hakka 贼牯 (a thief).
      '贼牯',
      // Cantonese: 俾人扒咗 / 偷咗 (pickpocketed, stolen).
      '俾人扒', '畀人扒', '扒咗', '俾人偷', '畀人偷', '偷咗', '遭扒', '遭偷', '遭贼偷', '被扒了', '俾人摸咗', '畀人摸咗', ...['手机', '钱包', '口袋', '背包', '挎包'].flatMap((it) => [`${it}…被摸`, `${it}…被人摸`, `${it}…让人摸`]),
      // Things gone without anyone seeing, as the kind-openings battery says it (session 16).
      '让人掰走', '被人掰走', '往外套里塞', '没结账就出去', '没结账就走', '没付钱就走', '快递…不见了', '包裹…不见了', '一晚上少了', '家里的…少了', '金手镯少了', '首饰少了',
      // A parcel carried off, a gold bangle gone after the helper left (kind-openings-2).
      '快递被人拿走', '抱走的', '金镯子不见了', '镯子不见了',
      // A temple's donation box forced, diesel siphoned from a boat, a phone gone from a chair (么了: 没了), a laptop gone at the gate (kind-openings-3).
      '功德箱被人撬', '功德箱', '柴油…被人抽走', '被人抽走', '回头就么了', '回头就没了',
      // A power bank gone while asleep in an internet café, a basket of laundry walked off with, oranges picked from a hillside, a parcel taken from a locker, a motorbike led away (Minnan 乎人牵去) (kind-openings-4).
      '醒来…都没了', '充电宝…没了', '橙被人摘', '被人摘了', '树苗都挖走', '包裹被人拿走', '乎人牵去', '被人牵走'],
    en: [
      // Something of theirs gone from a car or a bag.
      'laptop gone', 'laptop was gone', 'bag was gone', 'window smashed and',
      'stolen', 'stole', 'nicked', 'swiped', 'pickpocket', 'pickpocketed', 'shoplifting', 'shoplifter', 'got my wallet',
      // A car break-in is a theft, not a burglary (the longer phrase wins over "broken into").
      'car got broken into', 'car was broken into', 'car been broken into', 'broke into my car', 'broke into our car',
      'smashed my car window', 'took my bike',
      // UK: "dipped my phone", "got dipped" (pickpocketed); "half-inched" (rhyming slang: pinched).
      'dipped my', 'got dipped', 'been dipped', 'dipped me', 'half-inched', 'half inched',
      // Found missing from a pocket or a bag, someone pressed close before ("realised my purse was gone").
      ...['purse', 'wallet', 'phone', 'bag', 'handbag', 'cards', 'passport'].flatMap((it) => [`my ${it} was gone`,
        `my ${it} had gone`, `my ${it} is gone`, `my ${it} was missing`]),
      'pressed up behind me', 'pressed up against me', 'bumped into me and',
      // AU / UK "done a runner with" (made off with goods without paying).
      'done a runner with', 'did a runner with', 'doing a runner with',
      // A bike lock cut now: a theft going on, not an attack.
      // Indian English "flicked" (stolen): "my purse got flicked in the bus".
      'got flicked', 'was flicked', 'been flicked', 'flicked my', 'flicked her', 'flicked his', 'purse flicked', 'phone flicked',
      'wallet flicked', 'mobile flicked',
      // "Picked" of a phone, a wallet or a pocket (Nigerian, Indian, Ghanaian English: "they have picked my phone").
      'picked my phone', 'picked my wallet', 'picked my purse', 'picked my pocket', 'picked my mobile', 'picked my handset',
      'picked her phone', 'picked his phone', 'picked his pocket', 'picked her pocket', 'pocket got picked', 'pocket was picked',
      'pocket been picked', 'pockets got picked', 'pockets were picked', 'phone got picked', 'phone was picked',
      'cutting the lock', 'cut the lock', 'cutting a lock', 'cutting the chain', 'cutting a bike lock', 'bolt cutters',
      'angle grinder on', 'took my package', 'took my parcel', 'walked out without paying', 'ran out without paying',
      // Things gone without anyone seeing, as the kind-openings battery says it (session 16).
      'drained from', 'siphoned', 'taking money from the till', 'taking money from till', 'off our washing line', 'off the washing line', 'parcels keep disappearing', 'parcel was taken',
      // A cut lock left where the bike was (session 16).
      'cut lock', 'lock was cut', 'lock cut',
      // A temple's donation box forced, diesel siphoned from a boat, a phone gone from a chair (么了: 没了), a laptop gone at the gate (kind-openings-3).
      'its gone', "it's gone", 'was gone when i',
      // A power bank gone while asleep in an internet café, a basket of laundry walked off with, oranges picked from a hillside, a parcel taken from a locker, a motorbike led away (Minnan 乎人牵去) (kind-openings-4).
      'walked out of the laundromat with', 'walked off with my'],
  },
  fraud: {
    zh: [
      // Remote-access and romance scams, told as what happened.
      '网恋要钱', '网上女朋友要钱', '网上男朋友要钱',
      '被骗', '骗子', '诈骗', '骗了', '骗钱', '刷单', '杀猪盘', '冒充', '假警察', '假客服', '网贷', '涉案', '配合调查', '点了链接', '点链接', '短信链接', '被扣了', '远程控制', '屏幕共享', '冒充警察', '冒充公检法', '安全账户', '保证金', '解冻费', '刷流水',
      '拉黑了', '把我拉黑', '被拉黑', '提不出来', '提不了现', '提现不了', '取不出来', '冒充我', '冒充银行', '理赔', '要赔我', '赔偿我', '下了个app',
      '让我下载', '投资平台', '网恋',
      // Health products and "health lectures" sold to the elderly (会销): a fraud however it is told.
      '保健品', '健康讲座', '养生讲座', '免费讲座', '会销', '包治百病',
      // Fake customer service (自称客服, 备用金, 共享屏幕) and money gone from the card after it; naked video chat recorded
      // and held for money (裸聊: sextortion); a game account "frozen" until a deposit is paid.
      '自称…客服', '说是…客服', '备用金', '共享屏幕', '开启共享', '卡里少了', '卡里的钱少了', '卡里钱没了', '卡里的钱没了',
      '裸聊', '视频裸聊', '录了视频…要钱', '不给钱就发', '保证金解冻', '交保证金', '解冻',
      // Fees paid for a loan, a job or a prize that never comes; a phished card (session 16).
      '先交保证金', '交了…保证金', '贷款…保证金', '交了三次钱', '交了好几次钱',
      // A pension scheme promising interest, paid tasks on Telegram, a rental deposit to an agent who vanished (kind-openings-2).
      '养老项目', '返利息', '给忽悠了', '让…给忽悠'],
    en: [
      // Remote-access and romance scams, told as what happened.
      'fake microsoft', 'got into my pc', 'got in my pc', 'remote access', 'asked for money then vanished', 'asked for money and vanished', 'romance scam',
      'scam', 'scammed', 'scammer', 'fraud', 'fake police', 'gift cards', 'gift card', 'wire the money', 'crypto', 'remote control', 'tech support', 'from microsoft', 'needs bail', 'bail money', 'pick up the cash', 'check bounced', 'bounced check', 'fake check', 'wire transfer', 'cash app', 'zelle', 'double my money',
      'blocked me', "can't withdraw", 'cant withdraw', 'fake website', 'fake text', 'fake link', 'clicked a link', 'clicked the link',
      'put my login in', 'gave them my login', 'gave him my password', 'walmart cards', 'target cards', 'apple cards', 'needs bail',
      'in jail and needs', 'sextortion', 'never sent the', 'never arrived', 'claiming to be the', 'claiming to be from',
      'pretending to be from', 'pretending to be the', 'said he was from the', 'the irs', 'irs agent', 'social security number',
      'arrest warrant in my name', 'warrant for my arrest',
      // Sextortion said plainly: someone has the pictures and wants paying.
      'has my nudes', 'got my nudes', 'send my nudes', 'leak my nudes', 'post my nudes', 'share my nudes', 'my nudes',
      'intimate photos', 'intimate pictures', 'intimate pics', 'private pics', 'private photos', 'courier is coming to collect',
      'courier to collect', 'collect her card', 'collect my card', 'collect his card',
      // Mobile money and one-time codes (Ghana, Kenya, Nigeria, India, Pakistan): "give him the code to reverse", OTP,
      // money "sent wrongly" asked back.
      'give him the code', 'give them the code', 'gave him the code', 'gave them the code', 'asked for the code',
      'asked me for the code', 'asked for my pin', 'gave him my pin', 'share the otp', 'shared the otp', 'gave the otp',
      'gave him the otp', 'asked for the otp', 'asked me for otp', 'told me the otp', 'reverse money', 'reverse the money',
      'reverse the transaction', 'reversal', 'sent wrongly', 'send wrongly', 'sent by mistake', 'send by mistake',
      'sent to you by mistake', 'upi pin',
      // Fees paid for a loan, a job or a prize that never comes; a phished card (session 16).
      'processing fee', 'clearance fee', 'clearance fees', 'won a…lottery', 'entered his card details', 'entered my card details', 'entered her card details', 'charges just went through', 'address doesnt exist', "address doesn't exist", 'paid a deposit for an apartment',
      // A pension scheme promising interest, paid tasks on Telegram, a rental deposit to an agent who vanished (kind-openings-2).
      'work from home tasks', 'deposit for each task', 'group deleted', 'no longer picking', 'address is actually',
      // A 'son' on a new number asking for money, tasks paid for on Telegram, a rental deposit to a fake landlord (kind-openings-3).
      'on a new number', 'emergency money', "buy 'tasks'", 'buy tasks', 'like videos for money', 'went quiet and the address',
      // Remote access at the bank right now, a rental address that is a car wash, a parcel fee text then money gone (kind-openings-4).
      'is on my grandpas computer', 'on his computer', 'logging into his bank', 'address is a car wash', 'paid the £2.99 fee', 'left my account'],
  },
  threat: {
    zh: [
      // Harm promised: a fire to be set, a leg to be broken over a debt, a bomb said to be planted; watched every night.
      '说要放火', '要放火烧', '扬言放火', '卸我腿', '不还钱就', '打断我的腿',
      '威胁', '恐吓', '要杀我', '弄死你', '跟踪', '尾随', '一直跟着', '堵我', '在楼下等我', '守着我', '骚扰', '要报复', '要放火', '放火烧', '烧我家', '催收', '暴力催收', '要去我单位闹', '爆通讯录', '发我通讯录', '发给我通讯录', '通讯录里所有人', 'p成遗照', '做成遗照', '上门找我', '要上门', '找我家人', '找我爸妈', '扬言', '要弄死', '要砍死', '要捅死', '要劈死', '劈死你', '劈死我', '要报复我', '说要杀',
      // A bomb or arson threat is a threat, not a fire ("说要炸了我们学校").
      '催债', '讨债的', '要债的', '追债', '要…泼油漆', '要…泼红油漆', '要…泼粪', '要…泼汽油', '学校照片', '幼儿园照片',
      '知道…在哪个学校', '知道…在哪个幼儿园', '知道…在哪上学', '跟了我…天', '跟了我一路', '跟了我好几', '跟了我好久',
      '要炸了', '要炸掉', '说要炸', '扬言要炸', '要炸学校', '要炸死', '放炸弹', '安了炸弹', '埋了炸弹', '要放火烧', '说要烧',
      // A big knife carried where people are, nobody attacked yet (the weapon makes it P1).
      '拿着西瓜刀', '提着西瓜刀', '拎着西瓜刀', '拿着砍刀', '提着砍刀', '拎着砍刀', '拿着大刀', '提着大刀', '拎着大刀', '提着刀',
      '拎着刀', '挥着刀', '举着刀', '拿着刀到处', '揣着刀', '刀…乱挥', '刀…挥来挥去', '刀…乱比划', '刀…乱舞', '揸住把刀', '拎住把刀',
      // Said as what will be done to the body (打断你的腿, 卸你一条腿), nobody touched yet.
      '打断…腿', '打断你', '卸你', '卸了你', '不走就打', '就打断',
      // A knife waved about (Sichuan 拿起 = holding), shouting at whoever passes.
      '刀…乱晃', '刀…晃来晃去', '刀…到处晃', '刀…瞎晃', '拿起把刀', '拿起菜刀', '拿起刀', '见人就吼', '见人就骂',
      // "You'll see" said as a threat, and harm feared from someone (session 16): 不给钱就让我好看, 我怕他伤害孩子.
      '让我好看', '让你好看', '要我好看', '要你好看', '给我等着', '你给我等着', '走着瞧', '饶不了你', '饶不了我',
      '怕他伤害', '怕她伤害', '怕他们伤害', '会伤害孩子', '要伤害孩子',
      // Threats by post, messages and following; sextortion (session 16).
      '找人卸我', '卸我一条腿', '寄刀片', '寄死老鼠', '裸聊', '不给…就发给', '发给我所有…好友', '发到…群里',
      // Word sent that he will come and kill, loan sharks who know the school, a dead rat and a note (kind-openings-2).
      '放话了', '弄死俺', '下次就是你', '死老鼠', '带刀来学校', '找人打断',
      // An address posted under a video with 'see u soon', a ransom DM, 'finish it' after closing, calls from new numbers every day, a voice message to watch out at night, a car to be torched and a dead rat at the door (kind-openings-3).
      '每天换号打电话', '让我出不了门', '让他小心点', '走夜路', '把我车点了', '死耗子',
      // Nude photos and a deadline, burning the shop with him inside, 'we won't be walking out', sextortion of a 15-year-old, a note saying he'll chop, an ex parked outside against a protection order, a stranger who knows a girl's routine, followed for four streets (kind-openings-4).
      '拿着我的裸照', '裸照', '斩死你', '知道她每天几点出门'],
    en: [
      // Harm promised: a fire to be set, a leg to be broken over a debt, a bomb said to be planted; watched every night.
      'said theres a bomb', "said there's a bomb", 'bomb at my school', 'bomb at the school', 'sits outside my house every night', 'watching me every night', 'watches me every night',
      'threaten', 'threatened', 'threatening', 'stalking', 'stalker', 'following me', 'followed me', 'waiting outside',
      'harassing', 'harassment', 'said he would kill', 'said she would kill', 'restraining order', 'protective order', 'banging on my door', 'banging on the door', 'watching me', 'know where i live', 'bring a gun', 'shoot up', 'going to kill', 'threatening to', 'said he would', 'leaving notes',
      'bomb threat', 'threaten to bomb', 'going to bomb', 'gonna bomb', 'blow up the', 'going to blow up', 'gonna blow up',
      'shoot up the school', 'school shooting threat', 'burn your house down', 'burn my house down',
      // Someone armed, nobody attacked yet (the weapon makes it P1).
      "he's got a blade", 'hes got a blade', 'got a blade', 'has a blade', 'has a knife', 'got a knife', 'has a gun',
      'got a gun', 'pulled out a knife', 'got his gun out', 'got her gun out', 'got a gun out', 'got the gun out',
      'has his gun out', 'pulled his gun out', 'pulled his gun', 'pulled out his gun', 'took his gun out', 'took out his gun', 'pulled out a gun', 'pulled out a blade', 'waving a machete', 'waving a knife around',
      'waving a glock', 'waving a strap', 'pulled a strap', 'brandishing', 'gonna chop', 'going to chop', 'gonna stab',
      'going to stab', 'gonna shoot', 'going to shoot', 'going to hurt me', 'gonna hurt me', 'will hurt me', 'hurt me if',
      'going to hurt my', 'gonna hurt my', 'going to beat me', 'gonna beat me',
      // A big knife carried where people are, nobody attacked yet (a machete at a servo, 西瓜刀 at a 大排档).
      'with a machete', 'swinging a machete', 'with a big knife', 'waving a big knife', 'swinging a knife',
      'with a sword', 'waving a sword', 'with a samurai sword', 'with a hatchet', 'swinging an axe', 'carrying a knife',
      'carrying a machete', 'walking around with a knife',
      // …waved about, whatever the blade is called ("waving a zombie knife about", "waving a massive blade").
      'waving a…knife', 'waving a…blade', 'waving a…machete', 'waving a…sword', 'waving a…cleaver', 'waving a…axe',
      'waving a…hatchet', 'waving a…gun', 'waving a…pistol', 'waving a…shooter', 'waving a…rifle', 'waving a…shotgun',
      'waving his…knife', 'waving his…gun', 'waving it about', 'waving it around',
      // Showing a weapon at people ("flashing a shooter"): not indecent exposure.
      'flashing a…gun', 'flashing a…knife', 'flashing a…shooter', 'flashing a…blade', 'flashing a…strap', 'flashing a…piece',
      'flashing a…machete', 'showing a…gun', 'showing a…knife',
      // Slang for shooting or stabbing someone, said as a threat.
      'gonna pop me', 'going to pop me', 'pop me', 'gonna smoke me', 'going to smoke me', 'gonna merk me', 'gonna shank me',
      'gonna slide on me', 'gonna do me in', 'going to do me in',
      // Extortion (South Asian bhatta / hafta, protection money): pay or be harmed.
      'bhatta', 'hafta', 'extortion', 'extorting', 'protection money', 'pay or they will', 'pay or we will',
      'pay or else', 'or they will burn', 'or they will kill', 'or he will kill', 'or they will shoot',
      // "You're dead" sent as a message ("textin me ur dead").
      "you're dead", 'youre dead', 'your dead', 'you are dead', "you're next", 'youre next', 'you are next',
      // Harm promised over money or a grudge (element-statements battery, session 16).
      'break my leg', 'break my legs', 'break your legs', 'break your leg', "he'll hurt", 'hell hurt', "she'll hurt",
      "they'll hurt", 'teach me a lesson', 'deal with me if',
      // Threats by post, messages and following; sextortion (session 16).
      'followed home', 'been followed', 'followed me home', 'with a bullet', 'coming to stab me', 'coming to kill me', 'smash my face in', 'unless i sign', 'release…unless', 'help me out with my stuff', 'times a day and sits', 'sits in his car outside my house',
      // Word sent that he will come and kill, loan sharks who know the school, a dead rat and a note (kind-openings-2).
      'know where my kids go to school', 'a go shot mi', 'go shoot me',
      // An address posted under a video with 'see u soon', a ransom DM, 'finish it' after closing, calls from new numbers every day, a voice message to watch out at night, a car to be torched and a dead rat at the door (kind-openings-3).
      'see u soon', 'see you soon', 'or find out', "'finish it'", 'finish it', 'come back with his brothers',
      // Nude photos and a deadline, burning the shop with him inside, 'we won't be walking out', sextortion of a 15-year-old, a note saying he'll chop, an ex parked outside against a protection order, a stranger who knows a girl's routine, followed for four streets (kind-openings-4).
      'burn it down with me inside', "won't be walking out", 'wont be walking out', 'send them to my school', 'protection order', 'driving past my house', 'walking behind me from', 'he crossed too'],
  },
  traffic: {
    zh: [
      // A car into a shop or a ditch, two cars collided (Dongbei 怼), a rider hit by a bus.
      '车冲进', '冲进路边店', '两车怼', '怼一块', '开沟里', '开到沟里', '车掉沟里', '翻沟里',
      '出车祸了', '酒驾', '醉驾', '逆行', '撞了车', '碰瓷', '车撞', '撞护栏', '撞树', '车翻了',
      // Drink or dangerous driving said as what the car does (画龙 / 蛇形: weaving), and near misses.
      '开得歪歪扭扭', '歪歪扭扭', '东倒西歪地开', '画龙', '蛇形', '走s形', '喝了酒开车', '喝酒开车', '喝完酒开车', '酒后驾驶', '酒后开车',
      '飙车', '别车', '差点撞到人', '差点撞人', '差点撞上', '险些撞', '差点把人撞了',
      // A scrape said the everyday way: 蹭 / 刮 / 剐 a car.
      '蹭了一下', '蹭了人家', '蹭到车', '蹭到了车', '把车蹭了', '车门蹭', '蹭了车', '车被蹭', '刮了一下', '刮到车', '剐了一下', '剐到车',
      // Crashes told by what is seen: airbags, a car reversing into someone, a driver nodding off (session 16).
      '两车对撞', '气囊都弹出来', '气囊弹出来', '从我脚上压过去', '被车碰了', '被车刮了', '停都没停',
      // Bumped by a car, knocked down by a bus, reversed into, hit from behind at the lights (kind-openings-2).
      '让公交车刮', '被公交车刮',
      // A drunk friend driving anyway, a child bumped by a reversing car, a school bus and a tractor, a bus and a taxi in a tunnel, a motorbike off a bend, a pedestrian hit (kind-openings-4).
      '倒车的车碰了', '被倒车', '校车和拖拉机', '擦到了', '撼埋一齐', '飞出去了', '头盔都甩飞'],
    en: [
      // A car into a shop or a ditch, two cars collided (Dongbei 怼), a rider hit by a bus.
      'hit by a bus', 'hit by a car', 'hit by a truck', 'hit by a van', 'car in the ditch', 'went into a ditch',
      'car crash', 'fender bender', 'hit a deer', 'wrong way driver', 'wrong way', 'rtc', 'on its roof', 'drunk driver', 'dui', 'car wreck',
      // A crash said as "a wreck" (US); not "the place is wrecked" (a home turned over: a break-in).
      'a wreck', 'bad wreck', 'big wreck', 'wreck on', 'wrecked into', 'wrecked my car', 'wrecked his car', 'wrecked her car', 'wrecked the car', 'wrecked their car', 'ran a red light', 'road rage',
      'swerving', 'all over the road', 'weaving', 'drunk driving', 'drink driving', 'drink driver', 'drink-driving', 'drunk behind the wheel',
      'drunk at the wheel', 'driving drunk', 'erratic driving', 'driving erratically', 'drag racing', 'street racing',
      'almost hit', 'nearly hit', 'almost ran over', 'nearly ran over', 'near miss',
      // AU / UK: a prang, a bingle, a shunt, t-boned; off a motorbike.
      'prang', 'pranged', 'bingle', 'shunt', 't-boned', 't boned', 'tboned', 'hit a roo', 'hit a kangaroo', 'hit a wallaby',
      'hit a moose', 'hit an elk', 'hit a cow', 'hit a horse', 'hit an animal', 'hit a dog', 'hit a fox', 'hit a badger', 'car rolled', 'rolled over', 'rolled his car',
      'rolled her car', 'rolled the car', 'rollover', 'thrown from the car', 'thrown out of the car', 'ejected from',
      'came off his motorbike', 'came off her motorbike', 'came off his bike', 'came off her bike', 'came off his scooter',
      'came off her scooter', 'came off his motorcycle', 'came off her motorcycle', 'came off the motorbike',
      'come off his motorbike', 'come off his bike', 'thrown off his bike', 'thrown off her bike', 'knocked off his bike',
      'knocked off her bike',
      // Crashes told by what is seen: airbags, a car reversing into someone, a driver nodding off (session 16).
      'reversed into', 'nodding off', 'drifting into the other lane', 'shed its load', 'fell asleep at the wheel',
      // Bumped by a car, knocked down by a bus, reversed into, hit from behind at the lights (kind-openings-2).
      'bumped by a car', 'reversed out of', 'went up the back of us', 'up the back of us', 'rear-ended', 'rear ended',
      // Touched a man on an e-bike with a rental car, a truck jackknifed with cars piled in (kind-openings-3).
      'truck jackknifed', 'lorry jackknifed', 'has jackknifed', 'piled into it', 'touched a man on', 'lies under the front',
      // A drunk friend driving anyway, a child bumped by a reversing car, a school bus and a tractor, a bus and a taxi in a tunnel, a motorbike off a bend, a pedestrian hit (kind-openings-4).
      'too drunk but hes driving', 'pedestrian hit'],
  },
  missing_person: {
    zh: ['跑丢了', '跑丢', '娃跑丢', '孩子跑丢', '不见咗个仔', '不见咗个女', '个仔不见咗', '个女不见咗',
      '娃不见了', '娃找不到', '崽不见了', '孩子没回来', '人不见了', '走丢了', '找不到人', '还没回来', '到现在没回来', '到现在还没回来', '还没下来', '跟网友走了', '出门没回来',
      // Hunan 哒 for 了 and 冒 for 没 (不见哒, 冒回来).
      '不见哒', '冒回来', '冒看到人', '冒见到人',
      // Not heard from, not where they said they'd be (session 16).
      '说回娘家…没见过', '根本没见过她', '根本没见过他', '自己跑出去了', '说不清家在哪',
      // Gone in a blink at the mall, separated on a mountain, not seen for three days (kind-openings-2).
      '一转眼人就没了', '一转眼就不见', '广播喊了', '走散了', '没见着人', '三天没见着',
      // Separated in the Spring Festival crowd, left the ward, never came down from a hike, off at the wrong stop (kind-openings-3).
      '冲散了', '跟我们冲散', '走丢',
      // A teenager gone three days, a patient who ran from a psychiatric hospital, a 4-year-old gone from the garden, a grandfather not back from a hike (kind-openings-4).
      '三天没回', '从精神病院跑出来', '从医院跑出来', '病号服', '未见人', '而家九点都未见人', '没人见过他'],
    en: ["hasn't come home", 'not back from school', 'never came back', 'walked out of the house', 'wandered out', 'hasnt come home', 'hasn\'t come back', 'didnt come home', 'ran away',
      // Said with a pronoun once the person is named ("my grandad went for a walk… he's missing").
      "he's missing", "she's missing", 'he is missing', 'she is missing', "he's been missing", "she's been missing",
      'he has been missing', 'she has been missing', "they're missing", 'they are missing', 'he went missing', 'she went missing',
      // Not heard from, not where they said they'd be (session 16).
      'havent heard from', "haven't heard from", 'not heard from', 'straight to voicemail',
      // Gone in a blink at the mall, separated on a mountain, not seen for three days (kind-openings-2).
      'not returned', 'hasnt returned', "hasn't returned",
      // Separated in the Spring Festival crowd, left the ward, never came down from a hike, off at the wrong stop (kind-openings-3).
      'left the ward', 'nobody knows where she went', 'nobody knows where he went', 'never came down', 'got off at the wrong stop',
      // A teenager gone three days, a patient who ran from a psychiatric hospital, a 4-year-old gone from the garden, a grandfather not back from a hike (kind-openings-4).
      'shes not there', 'hes not there', 'gate is open and'],
  },
  self_harm: {
    zh: [
      // Cutting oneself, said of a relative.
      '割自己', '要割自己', '划自己', '拿刀划自己', '拿刀割自己',
      '不想活了', '活着没意思', '想走了', '想结束', '一了百了', '解脱', '割腕', '割手', '烧炭', '跳下去', '吃了一瓶药',
      '吃了一整瓶', '吃了好多药', '吞了药', '喝药', '喝了药', '百草枯', '遗书', '永别', '再见了大家',
      '要跳{end}', '好像要跳', '想跳', '要跳楼', '要跳河', '要跳桥', '站在楼顶边', '站在桥边', '站在天台',
      '不活了', '寻短见', '短见', '敌敌畏', '老鼠药', '唔想活', '食咗好多药', '食咗成樽药', '药全吃了', '把药都吃了', '吃了一把药',
      '割脉', '抹脖子', '活腻了', '想自杀', '要自杀',
      // A handful of pills (by accident it reads as medical: rules.ts self_harm readsAs).
      '吃了一大把药', '药……吃了一大把', '药……吃了一把', '药……吃了好多', '药……吃了很多', '药……吞了一把', '药……吞了好多',
      // Going to join a parent or grandparent who died, a plan to die said without the word (想去见我奶奶了 她走了三年了,
      // 想去陪我妈了 她去年走的, 爷爷不在了 我想下去找他): only with a death said in the same message (想去陪我妈 alone may be a
      // visit); 下去 / 去那边 (to the other side) likewise. Partners are not listed: a partner who "走了" may have left.
      // The lists: rules.ts VOCABULARY join_dead, elder_kin, died, join_beyond.
      '{join_dead}{elder_kin}……{died}', '{died}……{join_dead}{elder_kin}', '{join_beyond}……{died}', '{died}……{join_beyond}',
      // Walking into the sea, a farewell like a will, over the railing (session 16).
      '像遗书', '遗书一样', '托付给', '爬上阳台栏杆', '翻过栏杆', '无想欲活',
      // On a bridge wanting to go down, a last day and insecticide bought, done with it all (kind-openings-2).
      '想下去算了', '下去算了',
      // Razor blades unwrapped behind a locked bathroom door, pesticide drunk, money sent with 'look after our parents', a goodbye on a live stream, pills saved up, a car running in a closed garage, shoes left on a bridge (kind-openings-3).
      '拆刀片', '刀片的声音', '喝了半瓶农药', '替我照顾爸妈', '照顾爸妈 然后', '对着手腕', '最后一次直播', '药都攒够了', '别找我', '鞋脱了', '对不起我们娘俩',
      // Antidepressants swallowed on purpose, a man who will 'end it somewhere', blood under a locked bathroom door, at the river wanting to tell someone, stepping to a platform edge (kind-openings-4).
      '找个地方了断', '了断', '门缝底下有血', '太累了 就是想跟谁说'],
    en: [
      // Pills taken with words of not wanting to be here, said plainly (probes-s15b).
      'took all the pills', 'took all her pills', 'took all his pills', "didn't want to be here", "doesn't want to be here", 'dont want to be here anymore', "don't want to be here anymore", 'do something to himself', 'do something to herself',
      // Cutting oneself, said of a relative.
      'cutting himself', 'going to cut himself', 'going to cut herself',
      'kms', 'unalive', 'end it', 'end it all', 'end my life', 'goodbye forever',
      'take my life', 'took a bunch of pills', 'bunch of pills', 'whole bottle', 'a bottle of pills', 'od', "od'd",
      'odd on', 'overdose', 'slit my wrists', 'cut my wrists',
      // Cutting one's own wrist, said of someone else ("my colleague… cutting her wrist").
      'cutting her wrist', 'cutting her wrists', 'cutting his wrist', 'cutting his wrists', 'cut her wrist', 'cut her wrists',
      'cut his wrist', 'cut his wrists', 'slit her wrists', 'slit his wrists', 'cutting my wrist', 'cutting my wrists', 'antifreeze', 'sleeping pills', 'want to die', 'wanna die', 'suicide note',
      // UK / AU / US euphemisms: top myself, off myself, not want to be here anymore, sewerslide.
      'top myself', 'topping myself', 'top himself', 'top herself', 'off myself', 'offing myself', 'neck myself', 'end myself',
      "don't want to be here anymore", 'dont want to be here anymore', 'do not want to be here anymore',
      "don't want to be alive anymore", 'dont want to be alive anymore', "can't keep going", 'cant keep going', 'sewerslide',
      'gonna jump', 'going to jump', 'about to jump',
      // On the railway to die: lying, standing or sitting on the tracks, the railway line (not "fell on the track": a
      // hiking track, or a fall onto the rails, which is a rescue).
      'lying on the tracks', 'laying on the tracks', 'lie down on the tracks', 'standing on the tracks', 'sitting on the tracks',
      'on the train tracks', 'on the railway tracks', 'on the railway line', 'on the train line', 'train tracks',
      'in front of a train', 'in front of the train', 'under a train',
      // The wrong side of a railing or a barrier on a bridge or a roof: about to jump, never said.
      'wrong side of the railing', 'wrong side of the railings', 'wrong side of the rail', 'wrong side of the barrier',
      'wrong side of the safety barrier', 'outside the railing', 'outside the railings', 'climbed over the railing',
      'climbing over the railing', 'climbed over the railings', 'climbing over the railings', 'on the edge of the bridge',
      'on the edge of the roof', 'hanging off the bridge', 'said goodbye', 'goodbye message', 'pics of pills', 'with the car running', 'car running in the garage', 'hurt herself', 'hurt himself', 'cutting herself', 'cutting himself',
      'not gonna be here tomorrow', "won't be here tomorrow", 'wont be here tomorrow', 'giving her stuff away',
      'giving his stuff away', 'giving away his stuff', 'giving away her stuff', 'wrote a note', 'left a note', 'noose',
      // Not being around, things given away as keepsakes: the warning signs people report without a word of suicide.
      ...['not being around', "won't be around", 'wont be around', 'not going to be around'].flatMap((w) => [
        `${w} much longer`, `${w} for much longer`, `${w} anymore`, `${w} any more`, `${w} for long`]),
      'gave away his', 'gave away her', 'gave me his watch', 'gave me her ring', 'gave me all his', 'gave me all her',
      'has a rope', 'hanging himself', 'hanging herself', 'hang himself', 'hang herself', 'wants to end it',
      // A rope, a dupatta or a saree tied to the ceiling fan (Indian English): a hanging being prepared.
      'tied…to the fan', 'tied…to the ceiling fan', 'tied…to fan', 'tied…to ceiling fan', 'rope…to the fan', 'rope…from the fan',
      'hanging from the fan', 'hanging from the ceiling fan', 'rope around his neck', 'rope around her neck',
      'rope round his neck', 'rope round her neck',
      'take her own life', 'take his own life',
      // Walking into the sea, a farewell like a will, over the railing (session 16).
      'walked into the sea', 'walking into the sea', 'keeps going deeper', 'into the water fully clothed',
      // On a bridge wanting to go down, a last day and insecticide bought, done with it all (kind-openings-2).
      'her last day', 'his last day', 'my last day', 'bought insecticide', 'insecticide', 'done with it all',
      // Razor blades unwrapped behind a locked bathroom door, pesticide drunk, money sent with 'look after our parents', a goodbye on a live stream, pills saved up, a car running in a closed garage, shoes left on a bridge (kind-openings-3).
      'wants to not wake up', 'cutting again', 'long goodbye', 'look after her dog', 'look after my dog', 'engine running in the garage', 'running in the garage',
      // Antidepressants swallowed on purpose, a man who will 'end it somewhere', blood under a locked bathroom door, at the river wanting to tell someone, stepping to a platform edge (kind-openings-4).
      'on purpose', 'keeps stepping to the edge'],
  },
  medical: {
    zh: [
      // A birth under way (not a partner's violence: the wife is in labour).
      '要生了', '快生了', '羊水破了', '要生孩子了', '生孩子了 来不及',
      '晕倒了', '倒地', '叫不醒', '没反应', '喘不上气', '犯病', '发病', '心脏不好', '抽过去', '嘴唇发紫', '摔倒了起不来', '说话不清楚', '脸歪', '嘴歪', '口角歪斜', '半边身子不能动', '过敏', '喘不过气来', '呼吸不了', '没意识', '昏过去', '抽风', '吐血', '胸口疼', '胸痛',
      // Regional and Cantonese: 晕咗 / 冇反应 / 冇气 (fainted, no response, no breath), 翻白眼, 抽了 (a fit), 叫不应.
      '晕咗', '没气', '唔醒', '叫唔醒', '翻白眼', '孩子抽了', '抽过去了', '喘不上来气', '上不来气', '脸都青了', '脸发青',
      '嘴唇发乌', '嘴唇乌', '叫不应', '叫也叫不应', '人事不省', '没气了', '没有气了', '吸了东西', '吸多了', '嗑多了',
      '噎着了', '卡着了', '卡嗓子', '卡在喉咙', '卡喉咙', '鱼刺卡', '吞了硬币', '吞了东西',
      // Choking said by what is seen: food stuck (吃东西卡住了, no throat named), the face gone purple or red from it (a
      // purple face alone may be a strangling: violence).
      '吃东西卡住', '吃…卡住了', '卡住了…脸都紫', '卡住了…脸都青', '卡住了…憋得', '卡住了…脸憋', '噎…脸都紫', '噎…憋得',
      // Low blood sugar as it looks (a diabetic in a cold sweat, confused, shaking): 低血糖, 冒冷汗, 说胡话 after 糖尿病.
      '低血糖', '血糖低', '血糖太低', '血糖很低', '冒冷汗', '出冷汗', '一身冷汗', '浑身冷汗', '全身冷汗', '神志不清', '意识不清',
      '糖尿病……说胡话', '糖尿病……胡言乱语', '糖尿病……不认识', '糖尿病……颠三倒四', '糖尿病……手…抖', '糖尿病……发抖',
      // Someone down and not moving (evaluate.ts: with harm being done now, the fight's injury).
      '倒在地上不动', '倒地上不动', '躺在地上不动', '躺地上不动', '倒地不动', '一动不动',
      // Symptoms said plainly (dizzy, sick, cannot stand): someone is ill now.
      '叫…不应', '叫…不咋应', '叫…没反应', '叫…不答应',
      '跌倒', '摔倒', '摔了一跤', '跌了一跤',
      '头晕', '头昏', '想吐', '恶心想吐', '呕吐', '一直吐', '吐了好几次', '上吐下泻', '站不起来', '浑身没劲', '浑身发软', '发高烧',
      '烧到40', '肚子疼得', '疼得打滚', '心慌', '胸闷',
      // Cannot be woken (喊 / 推 / 摇 不醒) and weak breathing said plainly (出气好弱); Cantonese 唞唔到气 (cannot
      // breathe) and lips gone purple (嘴唇都紫咗).
      '喊不醒', '推不醒', '摇不醒', '弄不醒', '喊不应', '出气弱', '出气好弱', '出气很弱', '出气不匀', '呼吸弱', '呼吸很弱', '呼吸好弱',
      '只有一点气', '唞唔到气', '透唔到气', '抖唔到气', '唞唔切', '嘴唇紫', '嘴唇都紫', '嘴唇发青', '口唇发紫',
      // A stroke said as what is seen (大舌头, one hand will not lift), a febrile fit (发烧抽筋, eyes rolled up).
      '大舌头', '说话不利索', '口齿不清', '一边手…抬不起来', '一边手…没劲', '一边胳膊…抬不起来', '半边脸', '手脚发麻',
      '发烧抽筋', '烧得抽筋', '高烧抽', '抽搐', '惊厥', '抽风', '眼睛…往上翻', '眼睛…上翻',
      // A fall from a height: from a balcony, a window, upstairs (坠楼).
      '坠楼', '从阳台…掉下', '从阳台…摔下', '从窗户…掉下', '从窗户…摔下', '从楼上…掉下', '从楼上…摔下', '从楼顶…掉下',
      '从楼顶…摔下',
      // Medicine taken twice by mistake, an allergic reaction (session 16).
      '吃了花生', '嗓子像被堵住', '喉咙肿',
      // A snake bite, a gamer slumped on the keyboard (kind-openings-2).
      '长虫咬了', '让长虫咬', '被蛇咬', '蛇咬了', '趴键盘上不动', '趴在键盘上不动',
      // Dropped in the garden, grey and snoring; chest like a stone with a numb left arm; heatstroke on a site; a leg caught on an angle grinder (kind-openings-4).
      '胸口像压了', '左手发麻', '出不了气', '浑身滚烫', '说胡话', '今天40度'],
    en: [
      // A birth under way (not a partner's violence: the wife is in labour).
      'waters broke', 'baby is coming', 'baby coming', 'in labour', 'gone into labour', 'went into labour',
      'collapsed', 'unresponsive', 'not responding', "won't wake", 'fell and',
      // A fall and cannot get up (an old person at home).
      "can't get up", 'cant get up', 'cannot get up', 'unable to get up', 'had a fall', 'has had a fall',
      // Party drugs taken and now unwell (molly, MDMA, ecstasy, AU "pingers"): a medical emergency, not a drug tip.
      'took…molly', 'dropped…molly', 'took…mdma', 'took…ecstasy', 'took…pingers', 'dropped…pingers', 'took…a pinger',
      'took…pills at the', 'dropped…pills', 'took…a bad pill',
      // A head hurt by a fall or a knock (a head injury by someone is violence: its words outrank these).
      'hit his head', 'hit her head', 'hit my head', 'banged his head', 'banged her head', 'bumped his head', 'bumped her head',
      'cracked his head', 'cracked her head', 'split his head', 'split her head', 'not making sense', 'keeps throwing up',
      'cant breathe', 'having a seizure', 'allergic reaction', 'throat is swelling', 'throat swelling', 'epipen', 'anaphylaxis', 'struggling to breathe', 'gasping', 'chest pain', 'face drooping', 'slurring', 'in labor', 'water broke', 'not waking up', 'having a stroke', 'diabetic',
      'barely breathing', 'breathing funny', 'breathing weird', 'breathing strange', 'not breathing right', 'gurgling',
      // Kept alive by a machine that needs power (a power cut next to it is the danger's category, not 12345).
      'oxygen concentrator', 'oxygen machine', 'on oxygen', 'oxygen cylinder is', 'oxygen tank is', 'on a ventilator',
      'ventilator', 'life support',
      // A heart attack as people describe it: chest pains, a tight chest, an arm gone numb.
      'chest pains', 'pains in his chest', 'pains in her chest', 'pain in his chest', 'pain in her chest', 'pain in my chest',
      'tight chest', 'chest is tight', 'chest feels tight', 'crushing pain', 'arm is numb', 'arm went numb', 'arm gone numb',
      'arm numb', 'numb arm', 'numb down one side', 'face is numb', 'one side is numb',
      // Grey, sweaty, an arm that feels odd: a heart attack as a relative describes it.
      'grey and sweaty', 'gray and sweaty', 'pale and sweaty', 'grey and clammy', 'gray and clammy', 'cold and clammy',
      'arm feels funny', 'arm feels weird', 'arm feels numb', 'arm is tingling', 'arm tingling',
      'having a fit', 'fitting', 'eyes rolling back', 'eyes are rolling', 'shaking on the floor', 'shaking on the ground',
      'convulsing', 'convulsions', 'burning hot', 'burning up', 'boiling hot', 'greened out', 'greening out', 'pulled a whitey', 'having a hypo', 'hypo', 'face is drooping', 'turning blue', 'gone blue', 'went blue', 'eyes rolled back',
      'foaming at the mouth', 'narcan', 'naloxone', 'snoring weird', 'slumped over', 'floppy', 'limp',
      "isn't moving", 'is not moving', "he's not moving", "she's not moving", 'not moving at all',
      // Someone lying on the ground and not moving, or down after a fall and not answering: seen by a passer-by,
      // never named (a fight's words outrank these: evaluate.ts someoneDownOnly).
      'lying……not moving', 'laying……not moving', 'lying down……not moving', 'lying on the ground', 'laying on the ground',
      'lying on the floor', 'laying on the floor', 'lying on the footpath', 'laying on the footpath', 'lying on the pavement',
      'laying on the pavement', 'lying on the sidewalk', 'laying on the sidewalk', 'lying in the street', 'lying on the platform',
      'laying on the platform', 'lying face down', 'laying face down', 'out cold', 'man down', 'passed out on the',
      'fell down the stairs', 'fell down…stairs', 'fallen down…stairs', 'fell down the steps', 'fell off…ladder',
      'fallen off…ladder',
      // A fall from a height: off a balcony or a roof, out of a window ("someone's just come off their balcony").
      ...['fell', 'fallen', 'come', 'came', 'falls'].flatMap((f) => [`${f} off…balcony`, `${f} from…balcony`, `${f} off…roof`,
        `${f} from…roof`, `${f} out of…window`, `${f} from…window`]),
      ...['fell down', 'fell over', 'fell off', 'had a fall', 'took a fall', 'fallen down', 'fallen over'].flatMap((f) => [
        `${f}……not answering`, `${f}……isnt answering`, `${f}……isn't answering`, `${f}……not responding`, `${f}……wont answer`,
        `${f}……won't answer`, `${f}……not moving`]),
      'gone down……fitting',
      // Food or an object in the airway: choking with no one doing it.
      'choking on', 'choked on', 'something stuck in his throat', 'something stuck in her throat', 'food stuck in',
      'stuck in his throat', 'stuck in her throat', 'swallowed a coin', 'swallowed something',
      // Medicine taken twice by mistake, an allergic reaction (session 16).
      'twice by mistake', 'pills by mistake', 'tablets by mistake', 'medicine by mistake', 'tablets twice', "heart's racing", 'hearts racing',
      // A snake bite, a gamer slumped on the keyboard (kind-openings-2).
      'snake bite', 'bitten by a snake', 'snakebite',
      // Dropped in the garden, grey and snoring; chest like a stone with a numb left arm; heatstroke on a site; a leg caught on an angle grinder (kind-openings-4).
      'just dropped', 'snoring noise', 'angle grinder', 'bleeding heavy'],
  },
  fire: {
    zh: ['起火了', '自燃', '烧焦味', '焦糊味', '糊味', '有烟', '有点烟', '冒黑烟', '冒烟了', '楼着了', '房子着了', '屋着了', '家着了',
      '车着了', '烧着了', '火老大', '火好大', '火烛', '好大烟', '烟好大', '全是烟', '都是烟', '着大火',
      // Smoke and a burnt smell, never called a fire (楼道里好大的烟, 往外冒烟).
      '好大的烟', '很大的烟', '好浓的烟', '好多烟', '很多烟', '全是黑烟', '一股黑烟', '焦味', '烧焦的味', '往外冒烟', '往下冒烟',
      '冒出烟',
      // A house "着起来了" (north-west, north: caught fire) and smoke that rises (黑烟冒得老高).
      '房子着起来', '屋子着起来', '屋着起来', '家着起来', '楼着起来', '车着起来', '店着起来', '仓库着起来', '厂子着起来',
      '房子烧起来', '屋子烧起来', '黑烟冒', '浓烟冒', '火苗子', '火苗窜',
      // Smoke seen coming from under or around a door (烟从门缝冒出来, Cantonese 啲烟由门罅度出嚟).
      '烟从门缝', '烟由门缝', '门缝冒烟', '门缝里冒烟', '门缝在冒烟', '门底下冒烟', '门缝往外冒烟',
      // Scrub gone up with embers, flames under a bonnet (蹿火) (kind-openings-2).
      '蹿火', '窜火', '冒火', '引擎盖…火',
      // An orange glow and crackling, a fryer gone up into the ceiling, half the sky red with bangs, an air-conditioner burning, a roof smouldering, sparks from a power strip that caught the curtains (kind-openings-3).
      '半边天都红了', '天都红了', '烧紧', '火星跌落', '冒火花', '窗帘…引着了', '引着了'],
    en: ['on fire', 'smoke coming', 'burning smell', 'smell smoke', 'smell burning', 'flames coming',
      // A room or a building "gone up" (UK: caught fire): "the kitchen's gone up", "the whole flat went up".
      'gone up in flames', 'went up in flames', 'going up in flames',
      ...['kitchen', 'house', 'flat', 'shed', 'garage', 'building', 'caravan', 'chip pan'].flatMap((it) => [`${it}'s gone up`,
        `${it}s gone up`, `${it} has gone up`, `${it} went up`, `${it} is going up`]),
      // Glowing windows, netting or scaffolding alight (session 16).
      'glowing orange', 'lit the scaffolding', 'scaffolding netting', 'netting caught',
      // Scrub gone up with embers, flames under a bonnet (蹿火) (kind-openings-2).
      'embers landing', 'embers', 'scrub…gone up',
      // An orange glow and crackling, a fryer gone up into the ceiling, half the sky red with bangs, an air-conditioner burning, a roof smouldering, sparks from a power strip that caught the curtains (kind-openings-3).
      'orange glow', 'crackling', 'went up and', 'in the ceiling now', 'is smouldering', 'still smouldering', 'roof smouldering',
      // A top floor glowing orange with popping, a candle that caught the curtains (kind-openings-4).
      'looks orange', 'popping noises', 'caught the curtains', 'fell on the curtains', 'spreading up the wall'],
  },
  rescue: {
    zh: [
      // A child at an open window or over a balcony edge, high up (probes-s15).
      '扒着窗台', '往外探身子', '探出身子', '坐在窗台上', '爬到窗台上', '挂在阳台外', '悬在窗外',
      // A live wire sparking, a child shut in a hot car, a swimmer gone under at the beach.
      '电线掉地上', '电线掉下来', '电线…冒火花', '孩子锁在车里', '娃锁车里了', '小孩锁车里',
      '被水冲走', '水漫进', '淹了', '水淹', '被淹', '洪水', '发大水', '涨水', '车顶上', '困在车里', '困在屋顶', '困在楼顶',
      '塌了', '房子塌', '墙塌', '楼塌', '被压住', '压在下面', '埋在下面', '卡住出不来', '电梯卡住', '电梯坏了人在里面', '山里迷路',
      '电梯掉', '电梯往下掉', '卡在两层', '头卡在', '卡在防盗窗', '迷路', '掉冰窟窿', '冰窟窿', '掉进冰', '被水困', '水漫', '淹到', '困在山上',
      '电梯……关在里面', '电梯……关在里头', '关在电梯', '困在电梯', '电梯……困在里面',
      // Fallen into a drain or swept away; trapped in a sinking car, a freezer, a tipped cradle (session 16).
      '掉进下水道', '下水道井里', '井盖没盖', '野泳', '遭水冲', '被水冲起走',
      // A car in flood water with people on its roof, someone through the ice (kind-openings-2).
      '冰面上…掉下去', '踩塌掉下去', '扒着冰沿',
      // A child latched inside a freezer, someone down an old well, swept away by a wave (kind-openings-3).
      '俾浪卷走', '被浪卷走', '浪卷走',
      // A child's head stuck in railings, a whiteout on a mountain with a partner shivering and confused, a capsized kayaker dragged out by the tide (kind-openings-4).
      '头卡咗', '卡咗喺欄杆', '卡在栏杆', '拔唔出'],
    en: [
      // A child at an open window or over a balcony edge, high up (probes-s15).
      'hanging out of the window', 'climbing out of the window', 'on the window ledge', 'sitting on the window ledge', 'leaning out of the window',
      // A live wire sparking, a child shut in a hot car, a swimmer gone under at the beach.
      'live wire', 'power line down', 'locked in a hot car', 'left in a hot car', 'went under at the beach', 'gone under at the beach',
      'flood', 'flooding', 'flooded', 'swept away', 'on the roof of', 'on a car roof', 'collapsed on top of', 'collapsed on us',
      // A structure fallen down, said with what fell ("the trench collapsed on one of our guys", "building portion
      // collapsed"): not a person who collapsed (medical).
      ...['wall', 'trench', 'building', 'roof', 'ceiling', 'house', 'scaffold', 'scaffolding', 'structure', 'balcony', 'tunnel',
        'mine', 'portion', 'floor above', 'bridge'].flatMap((it) => [`${it} collapsed`, `${it} just collapsed`, `${it} has collapsed`,
        `${it} caved in`, `${it}…collapsed on`]),
      'collapsed on one of', 'collapsed on two of', 'collapsed on some of', 'collapsed on a worker', 'collapsed on the workers',
      'collapsed on him', 'collapsed on her', 'collapsed on them', 'pinned under',
      'lost on the mountain', 'lost in the woods', 'trapped', 'rotten eggs', 'water is coming into', 'coming into our house', 'we are on the roof', 'we\'re on the roof', 'fell in a manhole', 'fell into a manhole', 'manhole', 'through the ice', 'fell through', 'stuck on the mountain', 'lost hiking',
      // Fallen from a boat or washed off a deck: in the water, whatever the water is called.
      'man overboard', 'overboard', 'went overboard', 'gone overboard', 'fell overboard', 'washed overboard', 'swept overboard',
      // Fallen into a drain or swept away; trapped in a sinking car, a freezer, a tipped cradle (session 16).
      'rolled off the pier', 'car is sinking', "it's sinking", 'its sinking', "lid's jammed", 'lid is jammed', 'chest freezer', 'dangling by', 'cradle has tipped', 'hanging by his harness',
      // A car in flood water with people on its roof, someone through the ice (kind-openings-2).
      'flooded the road', 'standing on the roof', 'people on the roof',
      // A child latched inside a freezer, someone down an old well, swept away by a wave (kind-openings-3).
      'lid latched', 'fell down the old well', 'down the well', 'fell down a well',
      // A child's head stuck in railings, a whiteout on a mountain with a partner shivering and confused, a capsized kayaker dragged out by the tide (kind-openings-4).
      'total whiteout', 'shivering uncontrollably', 'kayaker capsized', 'capsized', 'tide is dragging'],
  },
  disorder: {
    zh: [
      // Antisocial riding and abuse in the street (UK scramblers).
      '骑摩托乱窜', '飙车扰民',
      // A scene made in public: a banner across a road, someone raging in the street.
      '拉横幅', '堵路', '撒泼', '骂街', '耍酒疯', '发酒疯',
      '骚扰顾客', '骚扰路人', '骚扰客人', '堵着门口', '堵在店门口', '放烟花', '放爆竹', '点鞭炮', '放礼炮',
      '喝大了', '喝高了', '喝多了', '嚷嚷', '大吵大嚷', '撒酒疯', '闹腾', '起哄', '吵吵嚷嚷', '瞎嚷嚷', '骂骂咧咧',
      '吵架', '吵得很凶', '大吵大闹', '发酒疯', '耍酒疯', '喝醉了闹事', '骂人', '闹事', '吵闹', '扰民', '吵起来', '吵起来了', '放鞭炮', '放炮', '围着闹', '推推搡搡', '大喊大叫', '撒泼', '蹦迪', '开派对', '开party', '音乐声特别大',
      // Quarrelling in regional words: 吵相骂 / 相骂 (Wu), 嘈交 (Cantonese), 骂架 (north), 拌嘴, 对骂.
      '吵相骂', '相骂', '嘈交', '骂架', '拌嘴', '吵嘴', '对骂', '互骂',
      // Loud square dancing, a drunk banging on doors, touts quarrelling (session 16).
      '广场舞', '醉汉…吐了一地', '拍别人家的门',
      // Mahjong till three, backpackers making a racket, lads chanting on the bus (kind-openings-2).
      '打麻将打到', '嘈到死', '洗牌声',
      // KTVs and bars playing to the small hours, furniture dragged upstairs, drinking games in a dorm, car alarms set off (kind-openings-3).
      '唱到半夜', '唱到凌晨', '拖櫈', '拖凳子', '划拳到', '喝酒划拳',
      // Power washing at 6am, mahjong in the yard, a square fought over, a wedding procession blocking the lane, customers going at it with no punches (kind-openings-4).
      '院坝头打麻将', '吵到半夜', '抢场地', '音箱都搬'],
    en: [
      // Antisocial riding and abuse in the street (UK scramblers).
      'scramblers', 'tearing round', 'tearing around', 'giving abuse', 'giving people abuse', 'antisocial', 'anti-social', 'anti social',
      // A scene made in public: a banner across a road, someone raging in the street.
      'kicking off in the street', 'causing a scene',
      // UK / AU: antisocial behaviour, youths tearing round on bikes, hoons doing burnouts.
      'antisocial', 'anti-social', 'anti social', 'tearing round', 'tearing around', 'doing doughnuts', 'doing donuts',
      'doing burnouts', 'hooning', 'hoons', 'hoon',
      'harassing customers', 'harassing people', 'harassing passersby', 'harassing shoppers', 'hassling people',
      'hassling customers', 'bothering customers', 'bothering people', 'blocking the entrance', 'blocking the doorway',
      'loitering outside', 'hanging around outside', 'setting off fireworks', 'letting off fireworks', 'fireworks',
      'firecrackers', 'hammered', 'off their heads', 'off his head', 'off their faces', 'off his face', 'smashed off',
      'legless', 'paralytic', 'music blasting', 'blasting music', 'blaring music', 'music blaring', 'massive party',
      'house party', 'party next door', 'party upstairs', 'bass is so loud',
      'shouting', 'yelling', 'screaming at each other', 'drunk and', 'arguing', 'loud party', 'refusing to leave', 'refuses to leave', 'won\'t leave', 'wont leave', 'screaming at', 'drunk guy', 'drunks',
      // Loud square dancing, a drunk banging on doors, touts quarrelling (session 16).
      'quarrel', 'quarreling', 'are quarrelling', 'were quarrelling', 'pushing each other',
      // A megaphone blasting (session 16).
      'megaphone', 'blasting outside',
      // Mahjong till three, backpackers making a racket, lads chanting on the bus (kind-openings-2).
      'making a racket', 'chucking empties', 'chanting', 'kicking the seats',
      // KTVs and bars playing to the small hours, furniture dragged upstairs, drinking games in a dorm, car alarms set off (kind-openings-3).
      'setting off car alarms', 'speakers pointing at the street', 'whole block awake',
      // Power washing at 6am, mahjong in the yard, a square fought over, a wedding procession blocking the lane, customers going at it with no punches (kind-openings-4).
      'power washing', 'effed and blinded', 'no punches yet', 'blocking our entire lane', 'dhol'],
  },
  suspicious: {
    zh: [
      // Dodgy, sketchy: said of what is seen (probes-s15b).
      '鬼鬼祟祟',
      // A skimmer on a cash machine, sweets to children at a school gate, a torch at windows.
      'atm上装东西', '取款机上装东西', '在atm上装', '给小孩发糖', '给孩子发糖', '拿手电往', '拿手电筒照', '可疑', '鬼鬼祟祟', '来回转', '一直在转悠', '踩点', '可疑包', '不明包裹', '没人要的包', '可疑的人', '可疑车辆', '拉车门', '挨个拉车门', '好几天没动', '车里有味道', '电线露出来', '可疑箱子', '不明箱子', '一直盯着', '蹲点', '偷看',
      '挨家挨户', '不像好人', '偷窥', '往屋里看', '往窗户里看',
      // Door after door tried (一个门一个门地拧门把手, 挨个拧门); a drone at the window ("drone hovering").
      '一个门一个门', '一家一家', '一户一户', '挨个拧', '挨个试', '挨个推门', '挨个敲门', '无人机',
      // Signs of casing or of something odd (session 16).
      '窗户全用报纸糊', '从不出门', '问…小孩家住哪', '画了记号', '粉笔画了', '来回走了', '一直看运钞车',
      // Marks on walls, a man watching who comes and goes, curtains always drawn and a strange smell, locks checked, a van idling by a kindergarten, something buried (kind-openings-2).
      '画记号', '圈圈叉叉', '看人出入', '窗帘一直拉着', '进进出出好多人', '往草丛里埋东西', '埋东西', '一直望住入面', '望咗成个钟',
      // Visitors who stay minutes at night, torches at empty holiday homes, chemicals carried to a roof, keypads photographed (kind-openings-3).
      '待几分钟就走', '窗帘从来不拉开', '化学品', '搬咗好多桶',
      // A scream heard from the woods, chemical smells and foil on windows, lights in a derelict factory, cigarette ends at the door and a tampered peephole, callers asking which old people live alone, a man photographing flats (kind-openings-4).
      '刺鼻的化学味', '锡纸糊着', '废弃厂房', '不开大灯', '门口最近总有烟头', '猫眼好像被人动过', '对住啲单位影相', '企咗成个钟'],
    en: [
      // Dodgy, sketchy: said of what is seen (probes-s15b).
      'looks dodgy', 'looking dodgy', 'acting dodgy', 'acting sketchy', 'looks sketchy', 'acting shady',
      // A skimmer on a cash machine, sweets to children at a school gate, a torch at windows.
      'fiddling with the cash machine', 'fiddling with the atm', 'skimmer', 'giving sweets to kids', 'giving kids sweets', 'shining a torch', 'suspicious', 'lurking', 'casing', 'unattended bag', 'abandoned bag', 'unattended suitcase', 'abandoned suitcase',
      'unattended luggage', 'abandoned luggage', 'unattended box', 'unattended parcel', 'unattended item', 'suspicious bag', 'suspicious package', 'creepy guy', 'checking door handles', 'trying car doors', 'unattended backpack', 'unattended package', 'ringing my doorbell', 'ski mask', 'taking pictures of', 'watching the house', 'peeking in windows', 'looking in windows',
      'sitting in a car outside', 'been sitting outside', 'parked outside my house', 'parked outside our house', 'drone hovering',
      'drone outside', 'peeping', 'following people into', 'trying door handles', 'casing the',
      // Casing a street: the same car again and again, photos of the houses.
      'taking photos of', 'taking pics of', 'photographing the houses', 'photographing houses', 'filming the houses',
      'filming houses', 'driven past…times', 'drove past…times', 'driving past…times', 'driven by…times', 'drove by…times',
      'keeps driving past', 'kept driving past', 'keeps driving by', 'kept driving by', 'circling the block',
      'circling the street', 'circling the estate', 'up and down the street all', 'looking into cars', 'looking in car windows',
      'checking out the houses', 'checking out houses',
      // Watching the houses from a parked van night after night (Scots "watchin the hooses").
      'watching the houses', 'watching our houses', 'watching the flats', 'nights in a row', 'nights running',
      // Signs of casing or of something odd (session 16).
      'trying the doors', 'writing down plates', 'left a holdall', 'left a bag under',
      // Marks on walls, a man watching who comes and goes, curtains always drawn and a strange smell, locks checked, a van idling by a kindergarten, something buried (kind-openings-2).
      'checking the parked bikes', 'looking at the locks', 'drone keeps hovering', 'tinted windows', 'engine on for hours', 'chalk marks',
      // Visitors who stay minutes at night, torches at empty holiday homes, chemicals carried to a roof, keypads photographed (kind-openings-3).
      'with torches', 'photographing the keypads', 'no id',
      // A scream heard from the woods, chemical smells and foil on windows, lights in a derelict factory, cigarette ends at the door and a tampered peephole, callers asking which old people live alone, a man photographing flats (kind-openings-4).
      'might have been a scream', 'which old people live on their own'],
  },
  other_police: {
    zh: [
      // Damage to a car (keyed, scratched) and a pyramid-scheme den: police matters.
      '把我车划了', '车被划了', '车被人划', '划车', '传销窝点', '发现传销',
      '卖毒品', '贩毒', '吸毒', '卖粉', '溜冰', '赌博', '赌场', '黄赌毒', '卖淫', '身份证丢了', '捡到钱包', '电鱼', '涉毒', '嗑药', '私彩', '非法捕捞', '偷猎',
      // Drug slang: 冰 (meth), 叶子 (weed), 邮票 (LSD), K; Cantonese 拆家 (dealer), 道友 (addict).
      '卖冰的', '卖冰毒', '卖叶子', '抽叶子', '飞叶子', '卖邮票', '卖k', '打k', '卖麻古', '卖摇头丸', '卖大麻', '抽大麻', '吸冰', '吸粉',
      '拆家', '道友', '赌钱', '聚赌', '聚众赌博', '开赌场', '赌档', '卖枪', '贩枪', '买枪', '卖仿真枪', '泼漆', '泼油漆', '泼红漆',
      // Drug use told by what is seen: foil and straws, an ice pipe (冰壶).
      '锡纸…吸管', '吸管…锡纸', '锡纸和吸管', '冰壶', '溜冰壶', '吸毒工具', '针头…到处',
      // Lost property, a car towed, drugs grown, gambling (session 16).
      '手机落在', '落在滴滴车上', '落在出租车上', '拖走的',
      // A gambling den, drugs smoked on foil, cloned plates, a wanted man seen, a car keyed and tyres slashed, guns sold from a boot (kind-openings-2).
      '开场子', '一把几千', '锡纸烧着吸', '吸东西', '一模一样的车牌', '套牌', '网上通缉的', '通缉犯', '用钥匙划了', '轮胎也扎了', '轮胎被扎',
      // A dog bite and an owner who walked off, guns sold in a group chat, a drone by the runway, songbirds netted (kind-openings-3).
      '跑道', '放无人机',
      // Fake certificates sold, a massage parlour that is not what it seems, a handgun found, a bus shelter smashed, a wanted man spotted (kind-openings-4).
      '卖假证', '办假证', '不太正经'],
    en: [
      // Damage to a car (keyed, scratched) and a pyramid-scheme den: police matters.
      'keyed my car', 'keyed our car', 'car got keyed', 'car was keyed',
      'dealing drugs', 'drug dealing', 'selling drugs', 'drug dealer', 'slinging', 'slanging', 'trap house', 'selling gear',
      'dealing gear', 'selling coke', 'selling pills', 'pushing drugs', 'gambling', 'graffiti', 'vandalism', 'vandalized', 'selling weed', 'drug house', 'crack house', 'meth', 'illegal dumping',
      // Lost property, a car towed, drugs grown, gambling (session 16).
      'growing weed', 'underground casino', 'illegal casino',
      // A gambling den, drugs smoked on foil, cloned plates, a wanted man seen, a car keyed and tyres slashed, guns sold from a boot (kind-openings-2).
      'flogging…pistols', 'selling guns', 'real pistols',
      // A dog bite and an owner who walked off, guns sold in a group chat, a drone by the runway, songbirds netted (kind-openings-3).
      'dog off the lead bit', 'refused to give his details', 'netting songbirds', 'selling them in cages',
      // Fake certificates sold, a massage parlour that is not what it seems, a handgun found, a bus shelter smashed, a wanted man spotted (kind-openings-4).
      'found a handgun', 'found a gun', 'smashed every pane', 'from the appeal on the news', 'wanted for'],
  },
  non_police: {
    zh: [
      // Water supply said as the problem (Indian English: a housing society).
      '没水用', '停水了',
      // Utilities and services said as what is wrong: bins not collected, power off all day, a blocked drain.
      '下水道堵了', '下水道堵', '停水两天', '停水好几天', '押金不退', '扣押金',
      '停水', '停电', '物业不管', '物业', '房东', '押金', '不退押金', '欠薪', '拖欠工资', '工资不给', '退货', '质量问题',
      '商家', '消费纠纷', '路灯', '井盖', '垃圾没人收', '噪音扰民', '装修',
      '社保', '不交社保', '没人收', '垃圾', '水发黄', '水是黄的', '自来水', '暖气不热', '没暖气', '拖欠', '假货', '下水道堵',
      '不给退', '不退钱', '喝出', '吃出', '工钱', '包工头', '讨工钱', '油烟', '违建', '违章搭建', '私搭乱建', '占道经营', '热力公司', '取暖费', '暖气片', '开发商', '房产证', '电梯老坏', '电梯不修',
      // A prepaid card a shop or gym will not honour after closing (预付卡): a consumer complaint.
      '会员卡', '年卡', '预付卡', '储值卡', '办的卡', '充的卡',
      // Stalls that take the road (占道, 把路全占了) for the city management (城管) to move; a pet that barks all night.
      '占道', '把路占', '路全占', '路都占', '城管', '宠物扰民', '养狗扰民', '狗叫', '狗乱叫', '狗天天叫',
      '狗…半夜叫', '狗…一直叫', '狗…叫一宿', '狗…叫一晚', '狗…叫个不停', '狗…叫一整夜',
      // A light or a facility broken for weeks that nobody comes to repair.
      '灯坏了', '灯不亮', '没人来修', '也没人修', '一直没人修', '没人管修', '拖着不修', '一直不修',
      // Utilities and phone bills (session 16).
      '燃气费', '停气', '被停气', '停电了', '电费',
      // A body corporate ignoring a leak, a platform docking pay, a street lamp out (路等: 路灯), a dead dog, broadband, unpaid salary (kind-openings-2).
      '扣了我', '申诉…没人理', '路灯坏了', '路等坏了', '死狗', '宽带断', '电讯公司', '欠工资',
      // No hot water, public toilets locked, a driving school not scheduling, a lift broken for a month, power cuts after a typhoon, a pothole, dead branches for the city to trim (kind-openings-3).
      '不排课', '推来推去', '维修费', '坏咗成个月',
      // Wages unpaid and the boss gone, a second-hand fridge not refunded, bins skipped (kind-openings-4).
      '欠了我们三个月工资', '欠了…工资'],
    en: [
      // Water supply said as the problem (Indian English: a housing society).
      'no water supply', 'water problem', 'water supply problem', 'no water in our society',
      // Utilities and services said as what is wrong: bins not collected, power off all day, a blocked drain.
      'bin men didnt collect', 'bins not collected', "power's been off", 'power been off', 'blocked drain',
      'landlord', 'deposit back', 'refund', 'faulty',
      // A refund refused, said with the negation that is the complaint ("dont want to refund", "won't refund").
      "won't refund", 'wont refund', 'will not refund', "don't want to refund", 'dont want to refund', 'do not want to refund',
      "doesn't want to refund", 'doesnt want to refund', 'refuse to refund', 'refused to refund', 'refusing to refund',
      "won't give me a refund", 'wont give me a refund', "won't give my money back", 'wont give my money back',
      'not giving my money back', 'no refund', 'power cut', 'power outage', 'water outage', 'no water',
      'wages', 'unpaid wages', 'pothole', 'street light', 'streetlight', 'bin collection', 'hasnt paid', 'not paid me', 'paycheck', 'paychecks', 'brown water', 'water is brown', 'tap water', 'water……brown', 'water……discolored', 'water……discoloured', 'water……rusty',
      'water……smells', 'water……tastes', 'fix the fence', 'no heat', 'heating broken', 'sewer', 'trash not collected', 'noise complaint',
      // UK: fly-tipping (rubbish dumped in a lane), bins not collected, the council.
      'fly-tipping', 'fly tipping', 'flytipping', 'fly-tipped', 'fly tipped', 'flytipped', 'dumped rubbish', 'dumping rubbish',
      'collected our bins', 'collected the bins',
      // Utilities and phone bills (session 16).
      'phone company', "power's been out", 'powers been out', 'electric company', 'manhole cover…clanks',
      // A body corporate ignoring a leak, a platform docking pay, a street lamp out (路等: 路灯), a dead dog, broadband, unpaid salary (kind-openings-2).
      'body corporate', 'leak from the unit above', 'owes me…salary', 'salary',
      // No hot water, public toilets locked, a driving school not scheduling, a lift broken for a month, power cuts after a typhoon, a pothole, dead branches for the city to trim (kind-openings-3).
      'no hot water', 'management keeps saying', 'toilets…locked', 'need someone to fix it', 'can someone from the city', 'trim it',
      // Wages unpaid and the boss gone, a second-hand fridge not refunded, bins skipped (kind-openings-4).
      'bin men skipped', "bins weren't collected", 'bins werent collected'],
  },
};

/**
 * Someone kept in a place: locked in, not let go, held. Kidnapping words only when nothing else explains them: a
 * boss who corners a woman and will not let her leave is a sexual assault, a toddler locked in a hot car a rescue,
 * a driver who will not let the other leave after a scrape a traffic dispute, "one kid is holding his arm" a
 * fight (rules.ts kidnapping `yielding`). Words that say someone was taken (绑架, kidnapped, ransom) are not here.
 * Written literally (no lemma: "being held" must not read "is holding").
 */
// prettier-ignore
export const CONFINEMENT_WORDS: Concept = {
  zh: [...PASSENGER_HELD_ZH,'被关', '关起来', '被锁在', '锁在屋', '锁在房间', '被人关', '把我关起来', '把我关在', '被人锁在', '把我锁在屋', '把我锁在房',
    '不让我走', '不让我出去', '不让我离开', '不让走', '关在屋里', '关着不让出来', '不让他出来', '不让她出来', '不让他走', '不让她走',
    '扣着不放', '扣住不让走', '扣下了', '扣在', '被扣', '被控制', '控制起来', '不让我们走', '堵在屋里', '堵在办公室', '把我堵在',
    '关在…里', '把我锁在', '把她锁在', '把他锁在', '把孩子锁在', '把我们锁在'],
  en: ['locked up', 'locked me in', 'locked me up', 'locked in a room', "won't let me leave", "won't let me go",
    'will not let me leave', 'not letting me leave', "won't let me out", 'wont let me leave', 'wont let me go', 'wont let me out',
    "won't let her leave", 'wont let her leave', "won't let him leave", 'wont let him leave', 'wont let her go',
    "won't let her go", "won't let us leave", 'wont let us leave', 'keeping her at his', 'keeping him at', 'holding me',
    'holding us', 'being held', 'cornered me', 'cornered her', 'blocking the door so i', 'trapped me in',
    // Someone else held: "some men are holding my brother", "they're keeping my son".
    'holding my {person}', 'holding our {person}', 'keeping my {person}', 'keeping our {person}', "won't let my {person} go",
    'wont let my {person} go', "they've got my {person}", 'theyve got my {person}', 'they got my {person}'],
};

/**
 * Pills or poison taken by accident, by a child, or at a party (not to die): a medical emergency, not self-harm
 * (rules.ts self_harm `readsAs`). Overdose words alone stay self-harm: uncertainty resolves to the graver reading.
 */
// prettier-ignore
export const ACCIDENTAL_WORDS: Concept = {
  zh: ['不小心', '误食', '误服', '误喝', '误吃', '吃错药', '吃错了', '当成糖', '当糖吃', '当成饮料', '当水喝', '搞混了', '弄混了', '拿错药',
    // A small child who got at the pills (偷吃, 翻出来吃了): an accident, not an intent.
    '偷吃', '偷偷吃了', '翻出来吃', '自己翻出来', '宝宝吃了', '小孩吃了', '娃娃吃了', '够着了药',
    '夜店', '酒吧', '蹦迪', '嗑药', '嗑了', '溜冰'],
  en: ['by accident', 'accidentally', 'accidental', 'by mistake', 'mixed up her pills', 'mixed up his pills', 'mixed up my pills',
    'mixed up the pills', 'thought it was', 'thought they were', 'got into the', 'got into her', 'got into his', 'got into my',
    'at a party', 'at this party', 'at the party', 'at a rave', 'at the club', 'at a festival', 'on something', 'laced',
    'bad batch', 'recreational'],
};

/**
 * Hurt by an accident, said with a relative in it ("my son hit his head on the table", "my husband fell off the
 * ladder"): nobody did it, so it is medical, not domestic violence (rules.ts domestic_violence `readsAs`), unless
 * someone's harm is said too (HARMED_BY_SOMEONE).
 */
// prettier-ignore
export const HURT_BY_ACCIDENT: Concept = {
  zh: ['摔倒', '摔了一跤', '摔了一下', '摔下来', '摔下去', '从梯子上摔', '磕到头', '磕了头', '磕破了头', '撞到头', '自己撞', '自己摔', '滑倒'],
  en: ['hit his head', 'hit her head', 'hit their head', 'banged his head', 'banged her head', 'bumped his head',
    'bumped her head', 'knocked his head', 'knocked her head', 'cracked his head', 'cracked her head', 'split his head',
    'split her head', 'fell off', 'fell down', 'fell over', 'had a fall', 'took a fall',
    'slipped', 'tripped'],
};

/** …unless someone's harm is said too ("he pushed me and I fell down"). */
// prettier-ignore
export const HARMED_BY_SOMEONE: Concept = {
  zh: ['推我', '推倒', '把我推', '打我', '揍我', '踢我', '故意'],
  en: ['hit me', 'pushed', 'shoved', 'punched', 'kicked', 'beat', 'beating', 'threw me', 'threw her', 'threw him', 'slammed', 'choked', 'strangled',
    'on purpose', 'against the wall', 'into the wall', 'attacked', 'hitting me', 'hits me'],
};

/** Words that say the report is about ending one's life after all: accidental words do not make it medical. */
// prettier-ignore
export const MEANT_TO_DIE: Concept = {
  zh: ['自杀', '不想活', '想死', '轻生', '寻死', '活不下去', '遗书', '结束生命', '结束自己'],
  en: ['suicide', 'suicidal', 'kill myself', 'kill himself', 'kill herself', 'want to die', 'wants to die', 'end my life',
    'end it all', 'on purpose', 'deliberately', 'meant to'],
};

/**
 * Nothing lost: the reporter hung up, did not pay, saw through it. A scam call or message that cost nothing is
 * suspicious activity to record, not a fraud to stop (rules.ts fraud `readsAs`).
 */
// prettier-ignore
export const NOTHING_LOST_WORDS: Concept = {
  zh: ['挂了', '挂断', '挂掉', '没理', '没理他', '没理会', '一分钱没转', '一分钱都没转', '没转钱', '没有转钱', '没转账', '没有转账',
    '没给钱', '没上当', '没被骗', '识破', '没有损失', '没损失', '没什么损失', '没给他', '没告诉他', '没点', '没点开'],
  en: ['hung up', 'hang up', "didn't give", 'didnt give', 'did not give', "didn't send", 'didnt send', 'did not send',
    "didn't pay", 'didnt pay', 'did not pay', 'no money lost', 'lost nothing', 'nothing lost', "didn't lose", 'didnt lose',
    "didn't fall for", 'didnt fall for', 'ignored it', 'ignored them', 'ignored him', "didn't click", 'didnt click',
    'did not click', 'gave them nothing', 'gave nothing', 'never gave'],
};

/** Money gone after all ("挂了 但之前已经转了两万"): the report stays a fraud. */
// prettier-ignore
export const MONEY_LOST_WORDS: Concept = {
  zh: ['转了', '汇了', '已经转', '被骗了', '骗走', '损失了', '打了钱', '付了', '交了'],
  en: ['sent them', 'transferred', 'wired', 'i paid', 'already paid', 'already sent', 'lost $', 'took my money', 'emptied'],
};

/**
 * A goodbye: a farewell note or message, "look after the kids". From someone who then is gone it makes a missing
 * person whose life is at risk (missing_person P1, INCIDENT.md; frames.ts gone_after_goodbye).
 */
// prettier-ignore
export const FAREWELL_WORDS: Concept = {
  zh: ['遗书', '留了封信', '留了一封信', '留了封遗书', '留了张纸条', '留了纸条', '留下一封信', '留下纸条', '再见', '永别', '对不起我们',
    '对不起大家', '照顾好自己', '照顾好孩子', '照顾好妈', '下辈子', '告别', '交代后事', '对不起爸妈', '对不起爸爸妈妈', '爸妈对不起', '对不起妈妈', '对不起爸爸', '来世再'],
  en: ['goodbye', 'good bye', 'bye everyone', 'bye all', 'farewell', 'suicide note', 'goodbye note', 'goodbye letter',
    'left a note', 'leave a note', 'take care of the kids', 'look after the kids', 'love you all', 'sorry for everything',
    "i'm done, sorry", 'im done sorry', 'im done, sorry', "i'm done sorry", "i'm sorry for everything", 'tell mum i love her',
    'tell mom i love her', 'tell everyone i love them',
    // Said on the way out ("saying he was done with everything").
    'done with everything', 'done with it all', 'done with life'],
};

/**
 * Strangling by someone (掐脖子, 勒, 锁喉; "hands round her throat", chokehold): violence P1, or domestic violence P1
 * when a partner does it (rules.ts threat_to_life). Food in the airway with no one doing it is medical.
 */
// prettier-ignore
export const STRANGLING: Concept = {
  zh: [
      '掐脖子', '掐住脖子', '掐着脖子', '掐我脖子', '掐她脖子', '掐他脖子', '掐住我', '掐住她', '掐住他', '勒脖子', '勒住脖子',
      '勒我脖子', '勒她脖子', '勒他脖子', '勒住我', '勒住她', '勒住他', '卡脖子', '卡住脖子', '锁喉', '掐得喘不上气', '掐得喘不过气',
  ],
  en: [
      'choke her', 'choke him', 'choke me', 'strangle her', 'strangle him', 'strangle me', 'hands around her neck',
      'hands round her neck', 'hands around his neck', 'hands round his neck', 'hands around my neck', 'hands round my neck',
      'hands on her throat', 'hands on my throat', 'hands around my throat', 'hands round my throat', 'hands around her throat',
      'hands round her throat', 'hands around his throat', 'grabbed my throat', 'grabbed her throat', 'by the throat',
      'chokehold', 'choke hold', 'in a headlock', 'throttling', 'throttle her',
      'throttle him', 'throttle me',
  ],
};

/**
 * Words that name a category and make it P1 (merged into the category's first P1 escalation that names it).
 * A Chinese word written `~砍` matches only as a whole word of the segmented text (砍 in "他拿刀砍我", not in
 * "砍价"); English words and phrases match every inflection ("stab" → stabbed, stabbing).
 */
// prettier-ignore
export const CATEGORY_P1_WORDS: Partial<Record<Category, Concept>> = {
  sexual_assault: {
    // Drink spiking (下药 in a drink, 迷药; spiked, roofied): drugged and in danger now, whatever happens next.
    zh: ['被下了药', '下了药', '给我下药', '给她下药', '被人下药', '酒里下药', '酒里放了东西', '饮料里放了东西', '饮料里下药', '迷药',
      '蒙汗药', '喝完就断片', '断片了醒来', '别人给的酒', '陌生人给的酒', '喝了他给的酒', '一杯就晕', '一杯就断片', '酒有问题',
      '酒里有东西',
      // Taken somewhere while drunk and woke undressed: a rape, whoever the man is (趁我喝多, 醒来衣服都没了).
      '趁我喝多', '趁我喝醉', '趁她喝多', '趁她喝醉', '醒来…衣服都没了', '醒来…衣服没了', '醒来…衣服被脱', '醒来…没穿衣服',
      '醒来…光着'],
    en: ['spiked my drink', 'drink was spiked', 'roofied', 'spiked her drink', 'got spiked', 'been spiked', 'was spiked',
      'drink got spiked', 'put something in my drink', 'put something in her drink', 'slipped something in my drink',
      'slipped something in her drink', 'drugged her drink', 'drugged my drink', 'date rape drug', 'spike my drink',
      'spike her drink', 'only had one drink and', 'only had 1 drink and', 'had one drink and passed out',
      'drink tasted weird', 'drink tasted funny'],
  },
  violence: {
    zh: ['~砍', '~捅', '~刺', '~砍伤', '~捅伤', '~捅死', '~砍死', '~开枪', '~枪击',
      // Northern 扎 / 攮 (stab), Cantonese 劈友 / 斩人 / 揸刀 (chop, hold a knife), 往死里打 (beat half to death).
      '拿刀扎', '扎人', '扎了一刀', '扎了好几刀', '扎了他', '~攮', '攮了', '攮人', '攮了一刀', '捅了一刀', '劈友', '斩人',
      // A blade drawn across someone (把王嬢嬢手杆划了一刀).
      '划了一刀', '划了几刀', '划了好几刀', '砍了一刀', '拉了一刀',
      '揸刀', '畀人斩', '俾人斩', '往死里打', '往死里揍', '往死里踢', '打得半死', '打个半死', '打得不行了',
      ...STRANGLING.zh,
      ],
    en: ['stab', 'shoot', 'shank', 'got shanked', 'got glassed', 'got merked', 'get merked', 'merked', 'got popped', 'popped him', 'popped her', 'caught a bullet',
      'stuck him', 'stuck her', 'stuck me', 'got capped', 'stamping on his head', 'stamping on her head',
      'stomping on his head', 'stomping on her head', 'kicking his head in', 'kicking him in the head',
      // Glasgow "chibbed" (slashed or stabbed with a blade, a "chib").
      'chibbed', 'got chibbed', 'been chibbed', 'chibbed him', 'chibbed her', 'chibbed me',
      ...STRANGLING.en,
      ],
  },
  burglary: {
    zh: ['翻进来', '在里面翻', '有人在我家里', '屋里有人', '家里进了人', '正在撬', '在撬门', '在撬锁', '在撬窗', '屋里进人了',
      '家里进人了', '有人在翻东西', '有人在屋里翻',
      // Someone working at the door or window to get in: 扒窗户, 拧门把手, 捅锁.
      '扒我家窗', '扒窗户', '在扒窗', '扒门', '拧门把手', '在拧门', '拧我家门', '弄我家门锁', '在捅锁', '捅我家锁', '在开我家窗',
      '爬我家窗', '从窗户爬进', '在弄门锁', '在撬窗户',
      // Someone (a stranger) inside the home now.
      '有个人在我家', '有个男的在我家', '有陌生人在我家', '家里有陌生人', '家里有个陌生人', '屋里有个人', '屋里有个男的', '家里有个男的',
      '有人在我屋里', '有人在我房间', '楼下有人在翻',
      // Someone in the yard at night working at a door (north-east 院里, 仓房).
      '有个人在我家院里', '有人在我家院里', '院里有个人', '院子里有个人', '院里有人', '院子里有人', '在拽…门', '正拽…门',
      '拽我家…门', '撬我家…门',
      // A torch moving inside a closed home or shop at night.
      '手电筒在晃', '手电在晃', '有手电光', '手电筒的光', '打着手电'],
    en: ['in my kitchen', 'in my backyard', 'trying to get in', 'tryna get in', 'open the windows', 'someone inside my house',
      'motion in my house', 'trying to break in', 'in my house right now', 'kick my door in', 'kick my back door in',
      'kick my front door in', 'kick our door in', 'kick down my door', 'kick my door down', 'break my door down',
      'break down my door', 'smash my window', 'smashing my window', 'climbing through my window', 'in my bedroom',
      // Someone working at a door or window to get in (pry, jimmy, rattle the handle) while the reporter is inside.
      'pry open', 'prying open', 'pry my', 'prying at my', 'jimmy the lock', 'jimmying', 'trying to open my door',
      'trying to open the door', 'trying to open my window', 'trying my door', 'trying the door handle', 'rattling my door',
      'rattling the door handle', 'forcing my door', 'forcing the window', 'forcing my window', 'cutting the screen',
      'climbing in my window', 'at my window trying', 'messing with my lock', 'picking my lock', 'picking the lock',
      // Someone inside the home now, heard or seen.
      'downstairs in my house', 'someone downstairs', 'someone is downstairs', "someone's downstairs", "there's someone in my",
      'there is someone in my', 'theres someone in my', 'stranger in my house', 'man in my house', 'guy in my house',
      'hear someone in my', 'hear someone downstairs', 'hear someone inside', 'someone in our house', 'someone inside our house',
      // Heard or seen from upstairs or next door: glass breaking, someone moving about, a torch from room to room.
      'walking around downstairs', 'moving around downstairs', 'walking around in my house', 'walking around in the house',
      'footsteps downstairs', 'heard glass break', 'heard glass smash', 'heard glass breaking', 'heard the window smash',
      'heard a window smash', 'heard a window break', 'heard the window break', 'with a torch……house', 'with a flashlight……house',
      'torch……inside', 'flashlight……inside', 'room to room', 'torch moving', 'flashlight moving', 'torchlight……house'],
  },
  traffic: {
    // A person hit (route 110+120); a wrong-way driver is P1 without anyone hurt yet (rules.ts dangerous_driving).
    zh: ['卷到车底', '卷进车底', '车轮底下', '压在车下', '被车压', '撞飞', '撞倒了人'],
    en: ['hit a cyclist', 'hit a biker', 'knocked off his bike', 'knocked off her bike', 'under the wheels', 'pinned under the car',
      'hit a kid', 'run over'],
  },
  rescue: {
    zh: ['山上迷路', '山里迷路', '在山上迷路', '被困山上', '困在山上', '掉冰窟窿', '冰窟窿', '被水冲走', '车顶上', '困在车里',
      '困咗', '困喺', '焗住', '出唔到',
      // A child or a pet locked in a car (heat): 锁车里, 闷在车里.
      '锁在车里', '被锁在车里', '锁车里', '被锁车里', '关在车里', '闷在车里', '反锁在车里', '锁在车内', '被锁车内',
      // A lift stuck with people inside: 电梯卡住了, 困梯, 关在电梯里.
      '电梯卡住了', '电梯卡了', '电梯停了 里面有人', '电梯里有人出不来', '电梯关人', '关在电梯里', '困梯', '电梯里困了', '电梯掉下去',
      // Sichuan / Chongqing 卡起 / 关起 (stuck, shut in) and 头头 (inside); a child down a well or a manhole (窨井).
      '电梯卡起', '电梯……关起', '电梯……关在头', '电梯……困起', '掉到…井里', '掉进…井里', '掉…窨井', '窨井里', '掉到…下水道',
      '掉进…下水道', '掉到井里', '掉井里头', '掉到枯井', '掉进枯井', '掉到…坑里', '掉进…坑里',
      // Carried off by water said the northern way: 叫水冲跑了, 让水冲走了, 给水卷走了.
      '叫水冲', '让水冲', '给水冲', '水冲跑', '水冲走', '被水卷', '叫水卷', '让水卷', '电梯里关了', '电梯里关着', '电梯里卡了人', '电梯里卡着'],
    en: ['lost on the mountain', 'lost in the woods', 'lost hiking', 'stuck on the mountain', 'through the ice', 'swept away',
      'locked in the car', 'locked in a car', 'locked in a hot car', 'lift is stuck', 'elevator is stuck', 'lift got stuck',
      'elevator got stuck', 'lift broke down', 'elevator broke down', 'lift has stopped', 'elevator has stopped',
      'stuck between floors', 'lift……broke down', 'lift……broken down', 'elevator……broke down', 'elevator……broken down',
      'lift spoil', 'lift spoilt', 'lift is spoil', 'lift kena stuck', 'lift stuck', 'elevator stuck', 'stuck inside the lift',
      'stuck inside the elevator', 'trapped in the lift', 'trapped in the elevator', 'left in the car', 'left in a hot car', 'stuck in a hot car',
      'trapped in a hot car', 'locked in the truck', 'left in the truck',
      'on the roof of', 'water is coming into', 'fell in a manhole', 'fell into a manhole',
      'man overboard', 'fell overboard', 'went overboard', 'gone overboard', 'washed overboard', 'swept overboard',
      // Fallen onto the railway from a platform: in the way of a train (not self-harm: nobody meant it).
      'fell onto the tracks', 'fallen onto the tracks', 'fell down onto the tracks', 'slipped onto the tracks',
      'fell onto the rails', 'fell onto the line', 'fell off the platform', 'fallen off the platform', 'fell down onto the line',
      'stuck on the tracks', 'stalled on the tracks', 'stuck on the level crossing', 'stalled on the level crossing',
      'stuck on the railway crossing', 'stalled on the railway crossing'],
  },
};

/**
 * English words matched as written, not by lemma: their lemma is a common harmless word ("glassed" → glass,
 * "bottled" → bottle: drunks throwing bottles is no one glassed). Read by rules.ts when it adds English words.
 */
export const LITERAL_EN: ReadonlySet<string> = new Set([
  'glassed',
  'bottled',
  'got glassed',
  'got bottled',
  'hammered',
]);

/** An office, a landlord or a utility "not responding" (to complaints): a 12345 matter, not a person unresponsive. Triage ignores
 * "not responding" inside one (rules.ts EXCEPTIONS), and so does the extraction of injuries (presence.ts).
 */
export const ORG_NOT_RESPONDING: readonly string[] = [
  'corporation',
  'council',
  'municipality',
  'municipal',
  'landlord',
  'owner',
  'builder',
  'office',
  'company',
  'helpline',
  'customer care',
  'customer service',
  'department',
  'authorities',
  'society',
  'secretary',
  'management',
  'agent',
  'caretaker',
  'board',
  'utility',
  'electricity board',
  'water board',
]
  .flatMap((org) => [
    `${org} not responding`,
    `${org} is not responding`,
    `${org} isn't responding`,
    `${org} not responding to`,
  ])
  .concat([
    'not responding to complaints',
    'not responding to our complaint',
    'not responding to my complaint',
    'not responding to our complaints',
    'not responding to my complaints',
  ]);

/** Weapons: triage's weapon modifier and the extraction of `weapons` both read this list. */
// prettier-ignore
export const WEAPON_WORDS: Concept = {
  zh: ['皮带', '腰带', '镐把', '镐把子', '铁锨', '铁棒', '木棒', '棒球棒', '刀片', '玻璃瓶', '菜刀', '水果刀', '砍刀', '西瓜刀', '剔骨刀', '杀猪刀', '弹簧刀', '刀子', '擀面杖', '酒瓶', '啤酒瓶', '扳手', '板凳',
    '凳子', '铁链', '甩棍', '电棍', '钢叉', '镰刀', '锄头', '弓弩', '弩', '枪',
    // A steering-wheel lock swung as a club (road rage): 拿方向盘锁抡人.
    '方向盘锁', '方向盘的锁',
    // Cantonese: 铁通 (iron pipe), 攞住 / 揸住 啲棍 (holding sticks); northern 钢管, 棒子.
    '铁通', '钢管', '铁管', '棒子', '木棍', '铁棍', '棍子', '攞住啲棍', '揸住啲棍', '拿着棍',
    // What was done says what it was done with: a knife for 砍/捅, a gun for 开枪 (never 砍价).
    '砍人', '砍伤', '被砍', '捅人', '被捅', '捅伤', '开枪', '枪击', '中枪',
    // Whatever came to hand and was swung or thrown: a steering-wheel or bike lock, an extinguisher, a radio, a helmet
    // (方向盘锁往身上抡, 拿对讲机砸的, 拿头盔砸).
    '方向盘锁', '转向锁', 'u型锁', '车锁', '铁锁', '灭火器', '拿对讲机', '对讲机砸', '拿头盔', '头盔砸', '拿石头',
    '石头砸', '拿砖', '拿椅子', '椅子砸', '拿锁',
    // A screwdriver held up to someone (northern 改锥).
    '拿把改锥', '拿着改锥', '拿改锥', '拿把螺丝刀', '拿着螺丝刀', '改锥顶', '螺丝刀顶',
    // Session 13 battery (written blind): a golf club, pepper spray, a glass shard, a bamboo pole, a chain swung, an
    // ashtray, a syringe, a chainsaw, a stone picked up, boiling water threatened, a hanger used to beat.
    '高尔夫球杆', '球杆', '防狼喷雾', '辣椒水', '拿个玻璃碴', '拿着玻璃碴', '拿玻璃碴', '竹竿', '晾衣杆', '狗链', '铁链子', '放狗咬', '烟灰缸',
    '拿着针管', '手上有个针管', '拿针管', '拿着针头', '拿针头', '拿着电锯', '拿着个电锯', '拿个电锯', '捡了个石头', '捡石头', '开水壶', '泼开水', '开水泼', '用的是衣架', '拿衣架', '衣架抽'],
  en: ['belt', 'knifepoint', 'gunpoint', 'wrench', 'broken bottle', 'bottle at', 'with a bottle', 'smashed bottle', 'tire iron', 'bat', 'pipe', 'crowbar', 'taser', 'brass knuckles', 'piece', 'strap',
    'shank', 'shanked', 'knifed', 'shiv', 'blade', 'glassed', 'bottled', 'machete', 'golf club', 'cricket bat', 'knuckle duster',
    // Slang and kinds: a shooter, a zombie knife, a flick knife, a sawn-off, a Stanley knife.
    'shooter', 'zombie knife', 'flick knife', 'switchblade', 'box cutter', 'stanley knife', 'sawn-off', 'sawn off', 'shotty',
    'shotgun', 'rifle', 'pistol', 'handgun', 'glock', 'hatchet',
    // US gun slang (a gat, a blicky, a draco) and kinds; a bullet says a gun was fired.
    'gat', 'blicky', 'blick', 'draco', 'revolver', 'uzi', 'bullet', 'bullets', 'bullet hole',
    // A bottle held as a weapon ("one got a bottle"), not a bottle of pills.
    'got a bottle', 'has a bottle', 'had a bottle', 'holding a bottle', 'waving a bottle', 'swinging a bottle', 'with bottles',
    // Machetes by their West African, South African and Caribbean names (cutlass, panga).
    'cutlass', 'cutlasses', 'panga', 'pangas', 'machetes',
    // Beaten with what came to hand (Indian English lathi / danda / rods, stones and bricks).
    'with sticks', 'with rods', 'with a rod', 'iron rod', 'iron rods', 'lathi',
    // Session 13 battery (written blind): what comes to hand, held or thrown.
    'scissors', 'a brick', 'threw a brick', 'throwing bricks', 'with a brick', 'screwdriver', 'throwing rocks',
    'rocks and bottles', 'swinging a dog lead', 'holding a dog lead', 'with a dog lead', 'dog chain', 'frying pan',
    'had a syringe', 'got a syringe', 'with a syringe', 'waving a syringe', 'pepper spray', 'swinging a golf club',
    'with a golf club', 'got a pole', 'with a pole', 'with a metal bar', 'swinging a metal bar', 'iron bar', 'chair leg',
    'crossbow', 'baton', 'truncheon', 'nightstick',
    'danda', 'with stones', 'with a stone', 'with bricks', 'with a brick', 'hockey stick', 'cricket stump', 'with a hammer',
    // A cue from the pub's table, and the verbs that say a thing is held as a weapon.
    'pool cue', 'snooker cue', 'brandishing', 'wielding',
    // A plank or a piece of wood beaten with (Nigerian, Indian English "with plank").
    'plank', 'with a plank', 'with plank', 'with planks', 'with a piece of wood', 'with a lump of wood',
    // Household things thrown at someone (Indian English "throwing utensils", "throwing plates at her").
    'throwing utensils', 'threw utensils', 'throwing vessels', 'throwing plates', 'threw plates', 'throwing pots',
    'throwing pans', 'throwing dishes', 'threw a plate', 'threw a pan', 'threw a pot',
    // Machetes by their local names: bolo / itak (Philippines), panga (East Africa), cutlass (West Africa, Caribbean),
    // parang (Malaysia, Singapore), kukri (Nepal, India); a sickle.
    'bolo', 'itak', 'panga', 'a cutlass', 'with cutlass', 'parang', 'kukri', 'khukuri', 'sickle',
    // What was done says what it was done with: "got shot", "he was stabbed".
    'stabbed', 'stabbing', 'shot', 'shooting', 'shots fired', 'gunshot', 'gunfire'],
};

/**
 * Injuries said as a body part and what happened to it ("腿断了", "脸都紫了", "his leg looks broken"), composed
 * from two short lists instead of written out one by one; and states that need an ambulance whatever the
 * words (叫不醒, "won't wake up"). Both feed INJURY_WORDS below.
 */
// prettier-ignore
const BODY_PARTS: Concept = {
  zh: ['头', '脑袋', '脑壳', '脸', '腿', '胳膊', '手膀子', '手', '脚', '鼻子', '嘴', '身上', '肚子', '脖子', '眼睛', '后背', '胸口'],
  en: ['leg', 'arm', 'head', 'face', 'nose', 'wrist', 'ankle', 'hand', 'rib', 'ribs', 'neck', 'back', 'eye', 'jaw'],
};
// prettier-ignore
const BODY_DAMAGE_ZH = ['流血', '出血', '在流血', '断了', '肿了', '紫了', '都紫了', '破了', '青了', '都青了', '骨折', '起了个包', '都是血', '全是血',
  // A limb that will not move after a fall or a blow (腿不能动, 胳膊抬不起来).
  '不能动', '动不了', '抬不起来', '疼得不行', '疼得厉害', '变形了'];
// prettier-ignore
const BODY_DAMAGE_EN = ['broken', 'bleeding', 'swollen', 'cut open', 'busted', 'messed up', 'twisted', 'fractured', 'crushed', 'smashed up'];
// prettier-ignore
const UNRESPONSIVE: Concept = {
  zh: ['叫不醒', '喊不醒', '推不醒', '不省人事', '昏迷', '没反应', '躺地上不动', '躺在地上不动', '一动不动', '喘不上气', '喘不过气', '压在车底下', '压在车底',
    '压在下面', '卡在车里', '满身是血', '一身血', '见血了', '头破血流',
    // Breathing hard after a strangling or a blow is an injury too (triage reads these as medical words).
    '呼吸困难', '喘不上来气', '上不来气', '喘不过气来', '无法呼吸', '呼吸不了'],
  en: ["won't wake up", 'wont wake up', "won't wake", 'wont wake', 'not waking up', 'unconscious', 'passed out', 'not breathing',
    'not responding', 'unresponsive', 'not responsive', "ain't responding", 'aint responding', "isn't responding",
    'isnt responding', "ain't breathing", 'aint breathing', "ain't moving", 'aint moving',
    "can't breathe", 'cant breathe', 'bleeding loads', 'bleeding out', 'bleeding badly', 'pissing blood', 'knocked out',
    'out cold', 'stuck and bleeding', 'covered in blood', 'cannot breathe', 'can barely breathe', 'cant barely breathe',
    'hard to breathe', 'struggling to breathe', 'trouble breathing', 'barely breathing', 'gasping for air',
    // A bone through the skin.
    'bone sticking out', 'bone poking out', 'bone is sticking out', 'bone is poking out', 'open fracture', 'compound fracture'],
};

function composedInjuries(): Concept {
  const zh: string[] = [...UNRESPONSIVE.zh];
  for (const part of BODY_PARTS.zh) for (const d of BODY_DAMAGE_ZH) zh.push(part + d);
  const en: string[] = [...UNRESPONSIVE.en];
  for (const part of BODY_PARTS.en) {
    for (const d of BODY_DAMAGE_EN) en.push(`${part} looks ${d}`, `${part} is ${d}`, `${part}'s ${d}`, `${d} ${part}`);
    // With a word between ("his leg is def broken", "arm's proper messed up").
    for (const d of BODY_DAMAGE_EN) en.push(`${part} is…${d}`, `${part}'s…${d}`, `${part} looks…${d}`);
    // Someone holding or clutching a body part is hurt there ("one kid is holding his arm"); "twisted her ankle".
    for (const who of ['his', 'her', 'my']) {
      en.push(`holding ${who} ${part}`, `clutching ${who} ${part}`);
      for (const v of ['twisted', 'sprained', 'broke', 'cut', 'busted', 'fractured', 'dislocated', 'smashed'])
        en.push(`${v} ${who} ${part}`);
    }
  }
  return { zh, en };
}
const COMPOSED_INJURIES = composedInjuries();

/** Injuries: triage's injury modifier and the extraction of `injuries` both read this list. */
// prettier-ignore
export const INJURY_WORDS: Concept = {
  zh: ['崴了', '脚崴', '扭伤', '摔伤', '擦伤', '划伤', '割伤', '烫伤', '烧伤', '淤青', '青紫', '青一块紫一块', '肿了', '脸上红了', '红肿', '破皮',
    '出血了', '鼻血', '流鼻血', '头破了', '打肿', '摔断', '骨头断了', '腿断了', '胳膊断了', '腿折了', '胳膊折了', '骨头露出来', '起不来', '开瓢', '开了瓢', '不动了', '没动静', '嘴唇发紫', '脸发紫', '缝了', '缝针', '缝了几针', '缝合', '住院了', '进医院',
    '进了医院', '脑震荡', '挂彩', '见红',
    // Heat: a child or an old person left in a hot car or room.
    '满头汗', '满头大汗', '浑身是汗', '大汗淋漓', '中暑', '热晕', '热得不行', '脸通红',
    // Someone down after a blow: 倒地上了, 躺在地上.
    '倒地上', '倒在地上', '躺在地上', '躺地上', '倒地了', '被打倒在地', '满脸是血', '满脸血', '一脸血', '一头血', '流紧血', '出紧血',
    '受咗伤', '伤咗',
    // Signs of a stroke or a poisoning: what the ambulance needs to know ("嘴歪了 半边身子动不了", "有点迷糊").
    '嘴歪', '口角歪斜', '说话不清楚', '半边身子', '有点迷糊', '迷迷糊糊', '昏昏沉沉',
    // Moaning: someone is hurt (人在哼, 哼哼, 呻吟).
    '人在哼', '哼哼', '呻吟', '疼得直哼', '喊疼', '叫疼', '直喊疼', '疼得直叫', '疼得直喊',
    // Down and not getting up, said as a symptom (爬不起来, 站不起来), also in Cantonese (瞓咗喺地唔郁, 叫极都唔应).
    '爬不起来', '站不起来', '起不了身', '动弹不得', '起唔到身', '起唔到', '企唔起身', '企唔起', '唔郁', '唔识郁', '郁都唔郁', '叫极都唔应', '叫唔醒', '冇反应', '晕咗',
    // A fit: foam at the mouth, the eyes rolling up (口吐白沫, 眼睛往上翻).
    '口吐白沫', '吐白沫', '眼睛往上翻', '抽起来了',
    // Hurt, said by how the person moves or holds themselves (session 15): limping, unsteady, holding the belly or head.
    '一瘸一拐', '瘸着', '站都站不稳', '站不稳', '捂着肚子', '捂着头', '捂着脑袋', '捂着胳膊', '捂着脸', '捂着胸口', '牙掉了', '门牙掉了',
    '牙被打掉',
    // Caught in a machine, a finger lost, legs that will not move (element-statements battery, session 16).
    '绞断', '削掉', '被机器卷', '卷进机器', '腿动不了', '腿都动不了', '手指头断了', '手指断了',
    ...COMPOSED_INJURIES.zh],
  en: ['sprained', 'bruised', 'bruises', 'swollen', 'scraped', 'burned', 'burnt', 'concussion', 'black eye', 'nosebleed',
    'bloody nose', 'cut open', 'gash', 'busted lip', 'broken nose', 'broken wrist', 'cant get up', "can't get up",
    // A limb out of shape, as a bystander sees it ("his leg is bent wrong").
    'bent wrong', 'leg looks broken', 'arm looks broken',
    'bone sticking out', 'bone is sticking out',
    'got shot', 'been shot', 'not moving',
    // Slumped: someone unresponsive, as a driver after a crash looks ("slumped on the steering wheel"; not "not
    // answering me", which is said of a phone as often).
    'slumped on', 'slumped over', 'slumped against', 'slumped at', 'lips are blue', 'stitches', 'stiches', 'staples', 'in the hospital',
    'in hospital', 'in the er', 'concussed', 'busted open', 'turning blue', "isn't breathing", 'isnt breathing',
    'heatstroke', 'heat stroke', 'overheating', 'drenched in sweat', 'sweating a lot', 'sweating heavily', 'sweating badly',
    // Hurt, said by how the person looks or moves (session 15).
    'face is a mess', 'face is all swollen', 'limping', 'can barely walk', 'barely walking', 'black and blue', 'seems dazed',
    'looks dazed', 'out of it', 'blistered', 'blistering', 'funny angle', 'weird angle', 'wrong angle', 'blod all over', 'holding her stomach', 'holding his stomach', 'holding her head', 'holding his head',
    'holding her arm', 'holding his arm', 'clutching her stomach', 'clutching his stomach', 'clutching his chest', 'clutching her chest',
    'pouring sweat', 'lying on the ground', 'is on the ground', "he's on the ground", 'hes on the ground',
    "she's on the ground", 'shes on the ground', "they're on the ground", 'theyre on the ground', 'on the ground bleeding', "one's on the ground", 'ones on the ground', 'on the ground not moving', 'knocked to the ground', 'on the floor not moving',
    'hit his head', 'hit her head', 'hit my head', 'banged his head', 'banged her head', 'banged my head', 'bumped his head',
    'bumped her head', 'cracked his head', 'cracked her head', 'split his head', 'split her head', 'split my head',
    // No feeling or movement below the injury (a spine hurt in a crash or a fall).
    "can't feel his legs", 'cant feel his legs', "can't feel her legs", 'cant feel her legs', "can't feel my legs",
    'cant feel my legs', "can't move his legs", 'cant move his legs', "can't move her legs", 'cant move her legs',
    // Street slang for bleeding: "he leakin bad", "she's leaking".
    'leaking bad', 'leakin bad', 'leaking badly', 'leaking blood', 'leakin blood', 'leaking everywhere', "he's leaking",
    'hes leaking', 'he leaking', 'he leakin', "she's leaking", 'shes leaking', 'she leaking', 'she leakin',
    // Symptoms said plainly: coughing from smoke, confusion and slurring (a hypo, a stroke), swelling and wheezing
    // (an allergy): what "is anyone hurt?" asks about.
    'keeps coughing', 'keep coughing', "can't stop coughing", 'cant stop coughing', 'is coughing', 'are coughing',
    'coughing badly', 'not making sense', 'not making any sense', 'making no sense', 'talking gibberish', 'slurring',
    'really confused', 'very confused', 'is confused', 'hes confused', "he's confused", 'shes confused',
    "she's confused", 'swelling up', 'is swelling', 'are swelling', 'wheezing', 'throat is closing', 'throat closing',
    'shaking uncontrollably', 'sweating like crazy', 'turning grey', 'gone grey', 'gone pale', 'turning pale',
    ...COMPOSED_INJURIES.en],
};

/**
 * The reporter says nobody is hurt ("都没事", "im ok", "nobody got hurt"): the extraction of `injuries` reads it as
 * "no injury" and triage reads it as the answer "no" to "is anyone hurt?" (one list: a phrase added here has
 * both effects). Answers that only say nobody was there ("车里没人", "just the car") are triage's own
 * (rules.ts UNHARMED_ANSWERS): said in an opening they are no statement about injuries.
 */
// prettier-ignore
export const UNHURT_WORDS: Concept = {
  zh: ['人没事', '都没事', '没事', '没受伤', '没伤', '人都好', '都好好的', '人好好的', '没大碍', '都还好', '都好', '没人受伤',
    '无人受伤', '没有人受伤',
    // Regional: 没得事 (Sichuan, Chongqing), 没啥事 / 没啥大事 (north), 冇乜事 (Cantonese, read as 没乜事: normalize.ts).
    '没得事', '没啥事', '没啥大事', '没什么事', '没什么大事', '没乜事',
    // Nobody hit (by a car that weaves or a driver who nearly crashed: 暂时没撞到人).
    '没撞到人', '没撞着人', '没撞人', '没伤到人', '没伤着人', '没碰到人',
    // …and "not crashed (yet)" to the injury question about such a car (还没撞, 没撞上).
    '还没撞', '没撞上', '没撞到', '没有撞到', '没有撞上',
    // Not even a graze, nobody feeling unwell, not hurt in the fall (element-statements battery, session 16); 没手上 is
    // 没受伤 typed with a homophone.
    '擦破点皮都没有', '皮都没破', '皮都没擦破', '没啥不舒服', '没什么不舒服', '没有不舒服', '都没不舒服', '没摔着', '没摔到',
    '没哪疼', '没哪里疼', '哪都不疼', '没手上'],
  en: ["i'm ok", 'im ok', "i'm okay", 'im okay', "i'm fine", 'im fine', "i'm not hurt", 'im not hurt', 'we are ok', "we're ok",
    'were ok', 'we are fine', "we're fine", 'everyone is ok', "everyone's ok", 'everyones ok', 'everyone is okay',
    'everyone is fine', "everyone's fine", 'all ok', 'all fine', 'unhurt', 'not hurt', 'no injuries', 'nobody hurt',
    'no one hurt', 'nobody injured', 'no one injured', 'nobody got hurt', 'no one got hurt', 'nobody is hurt',
    'no one is hurt', 'nobody was hurt', 'no one was hurt', 'not a scratch', 'kids r ok', 'kids are ok', 'kids are fine',
    'kids r fine', "i'm grand", 'im grand', 'just shook', 'just shaken', 'just shaken up', 'just a bit shaken',
    'nobody feels sick', 'no one feels sick', 'nobody is sick', 'no one is sick', 'driver seems fine', 'driver seems ok',
    'seems fine', 'seems ok', 'seems okay'],
};

/**
 * It is over, or whoever did it has gone ("跑了", "legged it", "did a runner"), and "nothing is wrong now" ("现在没得事了",
 * "all good now"): the extraction of `in_progress` reads it as "no" (in-progress.ts, a weak signal that an explicit
 * "still" / 还在 outranks) and triage reads it as the answer "no" to "is it still happening?" (rules.ts OVER_WORDS,
 * only for that question; a category INCIDENT.md keeps P1 stays P1). One list: a word added here has both effects.
 *
 * Sources: UK / AU / IE slang for running off (leg it, do a runner, scarper, shoot through, nick off, do one, clear
 * off, make off), from public slang dictionaries; 没得事 (Sichuan, Chongqing), 冇事 / 跑咗 / 走咗 (Cantonese), 跑路,
 * 撤了 (colloquial "they cleared off"). Words that say "over" only as a whole answer ("left", "over", "没了") are
 * triage's own (rules.ts). Left out: "bolted" (a bolted door), "calmed down" (and still there).
 */
// prettier-ignore
export const OVER_WORDS: Concept = {
  zh: ['停了', '走了', '跑了', '逃了', '离开了', '走掉了', '跑掉了', '逃跑了', '开走了', '溜了', '溜走了', '跑没影了', '跑远了',
    '结束了', '不在了', '已经散了', '人都散了', '都散了', '散开了', '跑咗', '走咗', '跑路了', '撤了', '跑脱了', '早跑了',
    // Nothing is wrong now: an answer to "is it still happening?" that means it is over.
    '没事了', '没得事了', '没啥事了', '没什么事了', '没乜事了', '已经好了', '消停了',
    // Nobody there any more, or found only afterwards (没得人了 早上来才发现).
    '没人了', '没有人了', '没得人了', '才发现'],
  en: ['ran off', 'ran away', 'drove off', 'drove away', 'took off', 'fled', 'they left', 'he left', 'she left',
    'has left', 'have left', 'left already', 'gone', 'long gone', 'no longer',
    // UK / AU / IE slang for running away.
    'legged it', 'did a runner', 'done a runner', 'scarpered', 'shot through', 'took off running',
    'made off', 'got away', 'nicked off', 'done one', 'cleared off', 'buggered off', 'hightailed it', 'high-tailed it',
    'ran for it', 'skedaddled',
    // Said with who ran ("he ran", US "they bounced", "he bolted").
    'he ran', 'she ran', 'they ran', 'he bolted', 'she bolted', 'they bolted', 'he bounced', 'they bounced', 'he split',
    'they split',
    // "Escaped" said of them (Indian and African English). Not "rode off" / "sped off": that answers "which vehicle".
    'they escaped', 'he escaped', 'she escaped', 'both escaped', 'thief escaped', 'thieves escaped',
    // Nothing is wrong now.
    'all good now', 'all ok now', 'all okay now', 'all fine now', 'all clear now', 'all calm now', 'its over', 'over now',
    'nothing happening now', 'nothing going on now'],
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
 * Who someone is to the reporter at home: a partner (`PARTNER_WORDS`), a former one (`EX_PARTNER_WORDS`), a
 * step-parent (`STEP_PARENT_WORDS`). One list for every reader: triage (rules.ts `RELATION_WORDS`: a partner named
 * turns violence into domestic violence; the `{family}` and `{household}` lists of the domestic-violence words) and
 * extraction (extract/suspects.ts: who did it; a partner named is the offender of a domestic report). A word added
 * here has its effect in all of them. English words are nouns said after "my" / "her" ("my hubby"); a partner said
 * around the word ("the man i live with") is in `PARTNER_PHRASES`. Sources: common usage and regional forms
 * (婆姨 Shaanxi wife, 屋里那个 / 我屋里的 Hubei and Hunan and 我屋头那个 Sichuan for a spouse, Cantonese 个死鬼 for a husband, 当家的 and
 * 孩他爹 northern), "missus" / "hubby" UK and AU, "baby daddy" / "baby mama" US.
 */
// prettier-ignore
export const PARTNER_WORDS: Concept = {
  zh: [
    // 她男人 / 他女人: her husband, his wife, said of someone else (probes-s15b: "她男人打她").
    '她男人', '她家男人', '他女人', '她家那口子', '他家那口子','老公', '丈夫', '老婆', '妻子', '媳妇', '婆姨', '男朋友', '女朋友', '男友', '女友', '对象', '未婚夫', '未婚妻', '老头子',
    '孩他爸', '孩子他爸', '孩子他爹', '孩他爹', '孩他妈', '孩子他妈', '当家的', '家那口子', '我家那口子', '屋里那个', '屋里的那个',
    '我屋里的', '我屋头那个', '屋头那个', '我屋头的', '个死鬼', '我男人', '她男人', '俺男人', '我家男人', '我家老头'],
  en: ['husband', 'hubby', 'wife', 'wifey', 'missus', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'fiance', 'fiancé',
    'fiancee', 'baby daddy', 'baby dad', 'baby father', 'baby mama', 'baby mother', 'kids dad', "kids' dad", 'kids father'],
};
// prettier-ignore
export const EX_PARTNER_WORDS: Concept = {
  zh: ['前夫', '前妻', '前男友', '前女友', '前任'],
  en: ['ex', 'ex-husband', 'ex-boyfriend', 'ex-wife', 'ex-girlfriend', 'ex-partner', 'ex husband', 'ex boyfriend', 'ex wife',
    'ex girlfriend', 'ex partner'],
};
// prettier-ignore
export const STEP_PARENT_WORDS: Concept = {
  zh: ['继父', '继母', '后爸', '后妈'],
  en: ['stepdad', 'step-dad', 'stepfather', 'stepmom', 'stepmum', 'stepmother'],
};
/** A partner said around the word, whole (English; the Chinese forms need no "my" and are in PARTNER_WORDS). */
// prettier-ignore
export const PARTNER_PHRASES: Concept = {
  zh: [],
  en: ['the man i live with', 'the guy i live with', 'the woman i live with', 'father of my kids', 'father of my children',
    'father of my child', 'my kids dad', "my kids' dad", 'my baby father', 'my old lady', 'the wife', 'her man'],
};
/** The words of a partner, a former one or a step-parent, in one language. */
export function partnerTerms(lang: keyof Concept): string[] {
  return [...PARTNER_WORDS[lang], ...EX_PARTNER_WORDS[lang], ...STEP_PARENT_WORDS[lang]];
}

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
  mom: 'mom', hubby: 'husband', sum1: 'someone', some1: 'someone', tryna: 'trying to', bout: 'about', kms: 'kill myself', kys: 'kill yourself', od: 'overdose', odd: 'overdosed',
  // Scots: "took aff" (off), "oot" (out), "doon" (down), "fae" (from), "hoose" (house), "wean" (child).
  aff: 'off', oot: 'out', doon: 'down', fae: 'from', hoose: 'house', hooses: 'houses', wean: 'child', weans: 'children',
  // Scots negatives: dinnae / cannae / didnae / isnae / wouldnae (don't, can't, didn't, isn't, wouldn't).
  dinnae: "don't", cannae: "can't", canna: "can't", didnae: "didn't", isnae: "isn't", wouldnae: "wouldn't", willnae: "won't",
  hasnae: "hasn't", havnae: "haven't", havenae: "haven't", disnae: "doesn't", wisnae: "wasn't", couldnae: "couldn't",
  // Scots "hame" (home), "roon" (round): "ma wee boy's no come hame fae the park".
  hame: 'home', roon: 'round',
};

/**
 * Short answers to the numbered category question ("what kind of matter is it?") that are too vague to
 * classify a whole report: matched only in an answer of a few words (flow/category-question.ts).
 */
// prettier-ignore
export const CATEGORY_HINTS: readonly { category: Category; words: readonly string[] }[] = [
  { category: 'sexual_assault', words: ['性侵', '猥亵', '强奸', '非礼', '骚扰我', '咸猪手', '摸我', 'sexual', 'rape', 'raped', 'groped', 'grope', 'molested', 'touched me'] },
  { category: 'domestic_violence', words: ['家暴', '家里人打', '老公', '老婆', '对象打', '男朋友打', 'family', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'domestic', 'my ex', 'bf', 'gf'] },
  { category: 'kidnapping', words: ['绑架', '被关', '扣押', '拐', '不让我走', 'kidnap', 'kidnapped', 'abducted', 'held', 'hostage', 'locked in', 'trafficking'] },
  { category: 'self_harm', words: ['自杀', '轻生', '不想活', '自残', '割腕', '跳楼', '寻短见', 'suicide', 'suicidal', 'self harm', 'self-harm', 'kill myself', 'kill himself', 'kill herself', 'kms', 'cutting'] },
  { category: 'medical', words: ['病', '晕', '急救', '救护车', '心脏', '呼吸', '抽搐', '昏迷', 'medical', 'sick', 'ill', 'ambulance', 'heart', 'breathing', 'unconscious', 'collapsed', 'seizure', 'overdose', 'od'] },
  { category: 'fire', words: ['火', '烟', '爆炸', '烧', 'fire', 'smoke', 'explosion', 'burning', 'flames'] },
  { category: 'rescue', words: ['困', '水', '塌', '煤气', '燃气', '电线', '淹', '溺', '卡住', 'trapped', 'stuck', 'flood', 'flooding', 'gas', 'collapse', 'collapsed building', 'wire', 'drowning', 'rescue'] },
  { category: 'traffic', words: ['车祸', '撞', '交通', '追尾', '翻车', '酒驾', 'crash', 'crashed', 'accident', 'car', 'traffic', 'hit and run', 'drunk driver', 'wreck'] },
  { category: 'robbery', words: ['抢', '劫', 'rob', 'robbed', 'robbery', 'mugged', 'mugging', 'held up', 'stick up'] },
  { category: 'burglary', words: ['入室', '进贼', '撬', '进小偷', 'break-in', 'break in', 'broke in', 'burglary', 'burglar', 'intruder', 'someone in my house'] },
  { category: 'violence', words: ['打', '揍', '砍', '捅', '扎', '干仗', '斗殴', 'fight', 'fighting', 'attack', 'attacked', 'assault', 'assaulted', 'hit', 'beat', 'beaten', 'beating', 'stab', 'stabbed', 'shot', 'shooting', 'jumped', 'punched', 'brawl'] },
  { category: 'missing_person', words: ['失踪', '走失', '找不到', '走丢', '没回家', '不见了', 'missing', 'lost', 'cant find', "can't find", 'ran away', 'not home'] },
  { category: 'fraud', words: ['骗', '诈', 'scam', 'scammed', 'fraud', 'con', 'conned'] },
  { category: 'theft', words: ['偷', '盗', '丢', 'theft', 'stolen', 'steal', 'stole', 'thief', 'shoplifting', 'pickpocket'] },
  { category: 'threat', words: ['威胁', '跟踪', '恐吓', '尾随', '骚扰', 'threat', 'threatened', 'threatening', 'stalk', 'stalker', 'stalking', 'follow', 'following', 'harassed', 'harassing'] },
  { category: 'disorder', words: ['吵', '闹', '噪音', '喝醉', 'noise', 'noisy', 'loud', 'argument', 'arguing', 'drunk', 'party', 'shouting', 'yelling'] },
  { category: 'suspicious', words: ['可疑', '形迹', '鬼鬼祟祟', 'suspicious', 'lurking', 'prowler', 'dodgy', 'sketchy', 'shady', 'sus'] },
  { category: 'non_police', words: ['物业', '停水', '停电', '房东', '工资', '退款', '投诉', 'landlord', 'refund', 'wages', 'power cut', 'complaint'] },
  { category: 'other_police', words: ['毒', '赌', '举报', '其他', 'drugs', 'gambling', 'other', 'tip', 'vandalism', 'graffiti'] },
];

/** Every Chinese word of the vocabulary: the segmenter's domain dictionary (segment.ts). */
export function domainWords(): string[] {
  const out = new Set<string>();
  const add = (c: Concept | undefined) => c?.zh.forEach((w) => out.add(w));
  Object.values(CATEGORY_WORDS).forEach(add);
  Object.values(CATEGORY_P1_WORDS).forEach((c) => add(c && { zh: c.zh.map((w) => w.replace(/^~/, '')), en: [] }));
  add(WEAPON_WORDS);
  add(CHILD_WORDS_EXTRA);
  add(POLICE_WORDS);
  return [...out].filter((w) => w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w));
}
