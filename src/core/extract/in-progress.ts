/** Is it still happening? 还在 / 正在 / still / right now vs 已经走了 / already gone / it's over. */
import { OVER_WORDS } from '../lang/vocabulary.js';
import { allMatches, alternation, fold } from './fold.js';

/** Explicit statements outrank verbs: "他们还在" beats "刚才打了人". */
const STRONG_TRUE = [
  '还在',
  '正在',
  '一直在',
  '还没走',
  '还没跑',
  '还没离开',
  '仍在',
  '仍然在',
  '依然在',
  '现在还',
  '此刻',
  'still',
  'right now',
  'happening now',
  'is happening',
  'going on',
  'ongoing',
  'in progress',
  'as we speak',
  'currently',
  'at the moment',
  // Typed with a homophone (还再打), standing or lying there still, Cantonese 仲 (still) and 咗 (done, here: for an hour).
  '还再',
  '还站在',
  '还躺在',
  '还坐在',
  '还蹲在',
  '还趴在',
  '还挂在',
  // What is seen or heard now ("i can see torch light moving", "can still hear her screaming").
  'torch light moving',
  'torchlight moving',
  'can still hear',
  'can still see',
  'i can hear them',
  'i can hear him',
  'i can hear her',
  'been in there',
  // Going on, said with aspect and degree ("正打得厉害", "越打越凶", "一直没停", "going at each other", "at it again").
  '正打得',
  '打得正凶',
  '越打越',
  '越吵越',
  '越闹越',
  '一直没停',
  '还没停',
  'going at each other',
  'at it again',
  // Hands up in a hold-up: it is going on.
  'has his hands up',
  'has her hands up',
  'have their hands up',
  'got his hands up',
  'hands in the air',
  // Under the water now, not "gone" ("he's gone under", "went under and hasnt come up").
  'gone under',
  'went under',
  'going under',
  '仲困住',
  '仲喺度',
  '仲係度',
];
const STRONG_FALSE = [
  // Over, as the element-statements battery says it (session 16): gone without a trace, gone home, broken up, dealt with.
  '早没影了',
  '没影了',
  '早就跑',
  '早跑了',
  '早就走',
  '走人了',
  '各回各家',
  '已经过去',
  '已经处理好',
  '已经被拉开',
  '已经叫人拉开',
  '已经拉开',
  '吵完了',
  '现在安静了',
  '已经安静了',
  'already over',
  'took off',
  'shot through',
  'all calmed down',
  'calmed down now',
  'sorted now',
  'now finish',
  'finish already',
  'finished already',
  'everyone scattered',
  'broke up before',
  'have escaped',
  'has escaped',
  'got away',
  'already went home',
  'gone home now',
  "i'm home now",
  'im home now',
  "we're home now",
  'back home now',
  '已经停了',
  '停下了',
  '打完了',
  '停手了',
  'it stopped',
  'they stopped',
  'has stopped',
  'have stopped',
  "it's stopped",
  'its stopped',
  'stopped now',
  "it's done",
  'its done',
  'it ended',
  '已经走了',
  '已经跑了',
  '已经离开',
  '已经逃',
  '已经结束',
  '已经没事',
  '结束了',
  '没事了',
  '不在了',
  '早就走了',
  '早走了',
  'already gone',
  'he just left',
  'she just left',
  'they just left',
  'already left',
  "it's over",
  'it is over',
  'is over now',
  'all over now',
  'no longer',
  'not there anymore',
  'not here anymore',
  'gone now',
  // Over, as people text it (session 13 battery): left, put out, broken up, a past day named.
  '人刚走',
  '已经回家了',
  '跑光了',
  '都跑光了',
  '跑没影了',
  '人都跑了',
  '都散了',
  '人都散了',
  '刚走了',
  '都过去了',
  '事情过去了',
  '火灭了',
  '火已经灭了',
  '扑灭了',
  '喷灭了',
  '已经关了',
  '按住了',
  '被制服了',
  "it's finished",
  'its finished',
  "fight's finished",
  'fights finished',
  'all quiet now',
  "it's quiet now",
  'its quiet now',
  "fire's out",
  'fires out',
  'fire is out',
  'fire is out now',
  'not happening anymore',
  'not happening any more',
  "isn't happening anymore",
  'broke it up',
  'broken up now',
  'has just left',
  'have just left',
  "he's left",
  'hes left',
  "they've left",
  'theyve left',
  'driven off',
  'legged it',
  'happened last night',
  'was last night',
  'happened yesterday',
  'was yesterday',
  'happened on',
  'happened earlier',
  'happened this morning',
  'hours ago',
];
const WEAK_TRUE_ZH = [
  '现在',
  '撬门',
  '砸门',
  '踹门',
  '破门',
  '在砍',
  '在打',
  '在捅',
  '在抢',
  '在偷',
  '在撬',
  '在砸',
  '在闹',
  '在吵',
  '在追',
  '在烧',
  '在骂',
  '在踹',
  '在拽',
  '在拖',
  '在抓',
  '在绑',
  '在跟',
  '在喊',
  '在杀',
  '在翻',
  '在爬',
  '在敲',
  '在撞',
  '在推',
  '着火了',
  '要打死我',
  // Shut in or stuck and not out yet (a lift, a room, a car): it goes on.
  '关在里面',
  '关在里头',
  '困在里面',
  '困在里头',
];
/** Over or gone: the one list with triage (lang/vocabulary.ts OVER_WORDS). */
const WEAK_FALSE = [...OVER_WORDS.zh, ...OVER_WORDS.en];
/**
 * A participle with its final g dropped, as Southern US, Irish and txt-speak write it ("sparkin", "fightin",
 * "screamin"): a consonant before the "in", and not a noun that ends that way ("is within", "my cousin").
 */
const EN_DROPPED_G =
  '(?!(?:within|begin|cousin|margin|origin|admin|basin|violin|coffin|muffin|napkin|pumpkin|penguin|dolphin|vitamin|latin|toxin|cabin|robin|satin|raisin|vermin|bulletin|goblin|aspirin|insulin|mandolin|javelin)\\b)[a-z]{2,}[b-df-hj-np-tv-z]in';
/** Participles that say nothing of the event going on (with their dropped-g forms). */
const EN_NOT_EVENT = [
  'going to',
  'missing',
  'bleeding',
  'breathing',
  'nothing',
  'something',
  'anything',
  'everything',
  'being',
  'getting',
  'raining',
  'snowing',
  'looking',
  'waiting',
  'calling',
  'texting',
  'writing',
  'asking',
  'reporting',
];
const EN_NOT_EVENT_SRC = alternation([...EN_NOT_EVENT, ...EN_NOT_EVENT.map((w) => w.replace(/ing\b/, 'in'))]);
/**
 * English present progressive: "is breaking in", "are fighting"; "its", "hes", "shes", "theyre" written without
 * the apostrophe, "just" before the participle ("hes just staring at the water"), the final g dropped ("its sparkin").
 */
const EN_PROGRESSIVE = new RegExp(
  `\\b(?:is|are|r|'s|'re|am|'m|its|hes|shes|theyre)\\s+(?:still\\s+|just\\s+)?(?!(?:${EN_NOT_EVENT_SRC})\\b)(?:[a-z]+ing|${EN_DROPPED_G})\\b`,
);
/**
 * English passive progressive: "is getting mashed up", "are being beaten", "is getting properly battered", "is
 * getting swept down the river" (an irregular participle).
 */
const EN_PASSIVE_PROGRESSIVE =
  /\b(?:getting|gettin'?|taking|takin'?)\s+(?:a|an)\s+(?:right\s+|proper\s+|good\s+|real\s+|serious\s+)?(?:kicking|kickin'?|beating|beatin'?|hiding|doing|battering|pasting|leathering|hammering|shoeing|kicked in)\b|\b(?:(?:is|are|r|'s|'re|am|'m)\s+(?:still\s+)?)?(?:getting|being)\s+(?:[a-z]+ly\s+|proper\s+|so\s+|really\s+)?(?!(?:married|paid|used|tired|bored|worried|scared|dressed|ready|called|asked|told|picked|checked|fixed|treated|seen)\b)(?:[a-z]+ed|[a-z]+en|beat|hit|shot|cut|stuck|swept|held|thrown|struck|bit|stung)\b/;
/**
 * Chinese: 在 + an action verb, optionally after 里面 / 门口 / 家 ("有人在里面翻", "俩人在打", "在家摔东西"), or in the passive ("有个人在挨揍",
 * Sichuan "在遭锤", "在被打"), someone in the water struggling ("在扑腾", "在挣扎"): happening now.
 */
const ZH_DOING_NOW =
  /(?:正|还|一直)?在(?:这里|这儿|这边|这|那里|那儿|那边|那|里面|里头|外面|外头|门口|楼下|楼上|屋里|楼道里?|路边|[\p{Script=Han}]{1,5}?(?:里|外|上|下|门口|旁边|边上|这|那))?(?:被人?|遭人?|挨|让人)?(?:大|乱|瞎|狂)?(?:翻|打|砍|捅|撬|吵|闹|抢|偷|砸|摔|踹|拽|拉|追|骂|烧|冒|咥|揍|掐|撕|哭|喊|叫|嚎|吼|晃|锤|捶|削|抡|踢|扇|推|殴|抽(?!烟)|干(?![嘛啥么活])|扑腾|扑(?!克)|挣扎|呼救)(?![了过完])|在家里?(?:被人?|遭人?|挨)?(?:摔(?![倒跤]))(?![了过完])|还(?:在)?(?:打|砍|捅|砸|踹|揍|锤|捶|削|抡|踢|扇|干|咥|掐|撕|骂|吵|闹)(?:着|呢)/u;
/**
 * Chinese aspect without 在: 还 + a harm verb + 呢 ("还削呢"), a harm verb + 着呢 ("打着呢"), a duration with a
 * final 了 ("哭了三个多小时了", "吵了一夜天了" with Wu 一夜天: has gone on that long and goes on), and a harm verb and
 * its object ending a clause with 呢 and no 还 (northern "俩人拿刀干仗呢", "砸车呢"; not a question, not 打算 / 打电话 / 干嘛).
 */
const ZH_ASPECT_NOW =
  /还(?:在)?(?:打|砍|捅|砸|踹|揍|掐|锤|捶|踢|扇|削|骂|吵|闹|追|干)[\p{Script=Han}]{0,3}?呢|(?:打|砍|砸|踹|揍|掐|锤|捶|踢|骂|吵|闹|烧|干)着呢|(?:打|砸|敲|踹|骂|吵|闹|哭|喊|叫|响|烧|嚷嚷|嚷|吼|闹腾|折腾|叫唤|撬)了?(?:(?:[一二两三四五六七八九十半几\d]+|好几)个?多?(?:小时|钟头|个钟|分钟|钟)多?|(?:一|半|大半|一整|整|一个|老半|好半)(?:夜天?|宿|晚上?|通宵|下午|上午|天)|好一会儿?|好一阵子?|一阵子|好久|好长时间)了|(?:打(?![算听工车电针的])|砍|捅|砸|踹|揍|掐|锤|捶|踢|扇|削|骂|吵|闹|干(?![嘛啥么吗活])|撕|抢|撬)[\p{Script=Han}]{0,2}?呢(?=$|[\s，。！!、,.…~])/gu;
/**
 * English txt-speak drops the verb "to be": a person or an event followed by a present participle ("drunk guys
 * yelling", "sum1 in my backyard tryna open the windows", "proper scrap kicking off") describes what is going on
 * now, as "is yelling" would. A place phrase may sit between them. Past forms before the participle ("was",
 * "were", "had") make it a past report and are left to the other signals.
 */
const EN_SUBJECTS = [
  // Groups named by what they do (NZ / AU / UK): "boy racers doing burnouts", "hoons", "youths", "yobs".
  'racers',
  'hoons',
  'youths',
  'yobs',
  'someone',
  'somebody',
  'sum1',
  'some1',
  'guy',
  'guys',
  'man',
  'men',
  'woman',
  'women',
  'people',
  'ppl',
  'kid',
  'kids',
  'teens',
  'lads',
  'bloke',
  'blokes',
  'dude',
  'dudes',
  'neighbor',
  'neighbors',
  'neighbour',
  'neighbours',
  'drunk',
  'drunks',
  'intruder',
  'burglar',
  'thief',
  'thieves',
  'stranger',
  'he',
  'she',
  'they',
  'fight',
  'scrap',
  'brawl',
  'argument',
  'row',
  'party',
  'fire',
  'alone',
  'alarm',
  'alarms',
  'smoke',
  'flames',
  'baby',
  'toddler',
  'child',
  'swimmer',
  // Relatives, partners, colleagues and groups: "my aunt and her husband screaming at each other", "the next door
  // uncle shouting".
  'uncle',
  'aunt',
  'aunty',
  'auntie',
  'cousin',
  'colleague',
  'coworker',
  'mum',
  'mom',
  'dad',
  'brother',
  'sister',
  'son',
  'daughter',
  'husband',
  'wife',
  'bf',
  'gf',
  'boyfriend',
  'girlfriend',
  'partner',
  'roommate',
  'flatmate',
  'housemate',
  'landlord',
  'fellas',
  'youths',
  'boys',
  'girls',
  'gang',
  'group',
  'crowd',
  'couple',
];
const EN_NOT_NOW =
  'going to|missing|nothing|something|anything|everything|being|morning|evening|building|ceiling|parking|during|wedding|thing|king|ring|spring|sibling|darling';
const EN_PARTICIPLE_CLAUSE = new RegExp(
  `\\b(?:${alternation(EN_SUBJECTS)})(?:\\s+(?:in|at|on|outside|inside|behind|by|near|in front of)\\s+(?:my|our|the|a|his|her|their|there|here)(?:\\s+[a-z]+){0,2}?|\\s+(?:in|out)\\s+there)?\\s+(?:still\\s+)?(?!(?:${EN_NOT_NOW}|${EN_NOT_EVENT_SRC})\\b)(?:[a-z]{2,}ing|${EN_DROPPED_G}|tryna)\\b`,
  'g',
);
/**
 * txt-speak drops "is" before a passive progressive ("kid being swept down"); not after a preposition or a past
 * form ("after being hit", "was being followed").
 */
const EN_BARE_PASSIVE =
  /(?<!\b(?:was|were|been|after|for|from|without|of|about|before|since|avoid|risk|fear|like|by)\s+)\bbeing\s+(?:[a-z]+ly\s+)?(?!(?:married|paid|used|tired|bored|worried|scared|dressed|ready|called|asked|told|picked|checked|fixed|treated|seen|honest|serious|silly|rude|nice)\b)(?:[a-z]+ed|[a-z]+en|swept|beat|hit|shot|cut|held|stuck|thrown)\b/g;
/**
 * A participle after "and" with its object, the subject said before ("locked herself in the toilet and cutting her
 * wrist", "knocked a guy over and kicking him"): what goes on now; not after "was" / "were" in the same clause.
 */
const EN_AND_DOING = new RegExp(
  `\\band(?<!\\b(?:was|were|had been)\\b[^.,;!?]{0,40}and)\\s+(?:still\\s+|now\\s+)?(?!(?:${EN_NOT_EVENT_SRC}|${EN_NOT_NOW})\\b)(?:[a-z]{3,}ing|${EN_DROPPED_G})\\s+(?:him|her|them|me|us|his|their|my|herself|himself|themselves|myself|each other)\\b`,
  'g',
);
/** People somewhere without a verb ("2 guys inside", "someone in there"): a state, as "is inside" would be. */
const EN_PEOPLE_INSIDE = new RegExp(
  `(?<!\\b(?:was|were|been|had)\\s+(?:[a-z0-9]+\\s+){0,2})\\b(?:${alternation(EN_SUBJECTS)})\\s+(?:still\\s+)?(?:inside|in there|in here)\\b`,
  'g',
);
/** "now" opening a clause with what is heard or seen ("and now footsteps"), not "now im safe" nor "now it's quiet". */
const EN_AND_NOW =
  /(?:^|\b(?:and|but|then)\s+|[,;.!]\s*)now\s+(?!(?:i|we|im|i'm|ive|i've|we're|were|it'?s|its|everything|all|that|on|and|is|safe|ok|okay|fine|gone|quiet|home|what|where|who|how|why|when|please|pls|plz|help|come|hurry|send|call|u|you|the|a|an|he|hes|he's|she|shes|she's|they|theyre|they're|his|her|my|our|this|there|theres|someone|somebody|nobody)\b)[a-z]+/g;
/**
 * States that hold now: stuck, trapped, surrounded; a weapon held on someone; "been going on for 20 min" (also with
 * the final g dropped: "been goin half an hour").
 */
const EN_STATE_NOW =
  /\b(?:(?:is|are|'s|'re|am|'m|im|were|we're)\s+(?:still\s+)?|still\s+)(?:stuck|trapped|locked in|pinned|surrounded|cornered|hiding)\b|\b(?:stuck|trapped|pinned) (?:in|inside|under|between|on)\b|(?<!\b(?:was|were|got|been|had)\s+)\b(?:locked|caught) (?:in|inside|under)\b|\b(?:can'?t|cant|cannot|unable to)\s+(?:get|climb|swim)\s+(?:out|back|free|off)\b|\b(?:has|have|got|holding|pointing|holds)\s+(?:a|an|the|his|her|their)?\s*(?:gun|knife|pistol|blade|machete|weapon|bat)\s+(?:to|at|on|against|in)\b|(?<!had\s)\bbeen\s+(?:go|happen|bang|scream|shout|fight|yell|try|kick|hitt|knock)(?:ing|in'?)(?:\s+on)?(?![a-z])/g;
/**
 * Chinese states that hold now: someone hiding (躲在卧室), someone who came in (翻进来了), someone who cannot get
 * out (车门打不开, 出不来, 被困, still pinned or stuck: 还压着, 还卡在, 压在下面, Sichuan 卡起了 / 关在头头), a durative V着 on a
 * person (一直贴着我, 堵着门).
 */
const ZH_STATE_NOW =
  /(?:躲|藏)(?:在|起来|着)|(?:翻|爬|闯|钻|溜|摸|冲|跑)进来了?|有人进来了|(?:打|推|拉|拽)不开|(?:出|下|上|爬|逃|跑)不(?:来|去|出来|出去|下来|上来)|被困|困在|卡在|卡起了|被(?:关|锁)在|(?:关|锁)在(?:里头|里面|里边|头头|电梯)|还(?:被|让)?(?:压|卡|困|埋|夹|吊|泡)(?:着|在)|(?:压|埋|卡|夹)在(?:[\p{Script=Han}]{0,4}?(?:下面|底下|下边|下头|里面|里头|里边|中间))|一直[\p{Script=Han}]{1,2}着|[跟贴盯堵围按掐压拽扯抱拉顶抵架逼摁]着(?:我|她|他|我们|人|门)/gu;

/**
 * Going on and not stopping, said with aspect words rather than "still": "keeps banging", "won't stop hitting
 * her", "won't leave", "is outside my house" (Scots "in the hoose"), "I can hear glass breaking", "can see his head
 * bobbin" (the subject dropped); 打起来了 (has started and goes on),
 * 不停地砸, 拿着刀在楼下转, 在门口守着, 有人在开我家大门 / 正拽…门呢 (someone working at the door).
 */
const EN_ONGOING =
  /\b(?:keeps?|keep on)\s+[a-z]+ing\b|\b(?:won'?t|wont|doesn'?t|does not|will not|can'?t)\s+(?:stop|leave|go away|get back|get out|get down|swim back|let (?:me|us|her|him) (?:go|leave|out))\b|\b(?:is|are|r|'s|'re)\s+(?:still\s+)?(?:outside|inside|here|downstairs|upstairs|at (?:my|the|our) (?:door|house|window|gate)|in (?:my|our|the) (?:house|hoose|home|yard|backyard|garden|building|flat|apartment))\b|\b(?:(?:i|we)\s+(?:can\s+)?|(?<![a-z]\s)can\s+)(?:hear|see)\s+(?:them|him|her|his|their|someone|somebody|people|a|the|glass|screaming|shouting|yelling|banging|smoke|flames)\b|(?:^|[,.;!?]\s*|\b(?:i'?m|am|we'?re|still|and)\s+)(?:hearing|hearin|hearin')\s+(?:them|him|her|someone|somebody|footsteps|voices)\b/g;
const ZH_ONGOING =
  /骂骂咧咧|吵吵闹闹|吵吵嚷嚷|哭哭啼啼|打打闹闹|推推搡搡|拉拉扯扯|(?:撬|砸|敲|踹|踢|拍|撞|捶|锤)得[\p{Script=Han}]{0,4}?(?:响|震天)|(?<![我咱])在门外|正(?:拽|拉|撬|砸|踹|开|拧|敲|翻|爬)|在(?:开|拧|撬|弄|砸|踹)(?:我家|我们家|我的|我)?的?(?:大门|房门|门锁|门|锁|窗户|窗)|(?:撬|砸|踹|敲|破)(?:我|我们|我家|我们家|他家|她家|人家|邻居家)?的?门|[打吵闹骂干掐撕]起来了|不停(?:地|的)?[\p{Script=Han}]|(?:拿|举|握|提|挥|揣)着(?:刀|枪|棍|棒|斧|锤|砖|瓶|铁)|在[\p{Script=Han}]{0,4}?(?:转悠|转来转去|徘徊|守着|蹲着|站着|等着|堵着)|(?:能|可以)?(?:听到|听见|看到|看见)(?=[\p{Script=Han}]{0,6}(?:在|正|还))|听得到|看得到/gu;
/**
 * Someone fallen, slipped or washed into water, or overboard ("fell off the pier into the harbour", "slipped into the
 * canal", "man overboard", 掉水塘里了, 栽进鱼塘, 从码头掉海里): in the water now, as "still in the water" would say, until
 * someone says they are out (WATER_OUT).
 */
const WATER_WORDS_EN =
  'water|river|sea|lake|pond|creek|canal|harbou?r|ocean|quarry|dam|reservoir|loch|lough|estuary|lagoon|docks?|surf|rip|current|stream|brook|pool';
const EN_IN_WATER = new RegExp(
  `\\b(?:fell|fallen|fall|falls|falling|slipped|slips|slipping|tumbled|toppled|washed|swept|knocked|jumped|dived|dove)\\b(?:\\s+[a-z']+){0,6}?\\s+(?:in|into|in to)\\s+(?:the\\s+|a\\s+|some\\s+)?(?:[a-z]+\\s+)?(?:${WATER_WORDS_EN})\\b(?![^.!?]{0,24}\\b(?:yesterday|last (?:week|night|month|year|summer)|ago|years? back)\\b)|\\boverboard\\b|\\b(?:is|'s|are|'re|hes|shes|theyre)\\s+(?:still\\s+)?in\\s+the\\s+water\\b`,
  'g',
);
const ZH_IN_WATER =
  /(?:掉|栽|跌|滑|摔|落)(?:进|到|下|入)?(?:了)?[\p{Script=Han}]{0,3}?(?:水塘|鱼塘|河(?![南北])|水(?![泥果杯管壶瓶费电表龙])|(?<!上)海(?![南关鲜报边])|湖(?![南北])|江(?![苏西])|塘|池塘|水池|泳池|池子|沟(?!通)|渠|冰窟窿)(?:里|中|内)?(?![\p{Script=Han}]{0,2}(?:后|以后|那次))/gu;
/** Out of the water again: "pulled him out", 救上来了 (not "the rip pulled him out past the flags"). */
const WATER_OUT =
  /(?:救|捞|拉|拖|抱|爬)(?:上来|起来|出来)了|\b(?:pulled|got|dragged|fished|hauled)\s+(?:him|her|them|the \w+)\s+out(?:\s+of\s+the\s+water)?(?=\s*(?:$|[,.!;]|and\b|ok\b|safe\b|alive\b|now\b|already\b))/gu;

/** Just left: "拿刀逼我把钱拿出来 刚走", "他刚跑" (not "刚走到门口", "刚跑进来"). */
const ZH_JUST_LEFT = /刚刚?(?:走|跑|溜)(?![到进出过向回来去上下])了?/gu;

/** Held now: "他把我锁在屋里", "he locked me in". */
const HELD_NOW =
  /把(?:我|我们|她|他|孩子)(?:[\p{Script=Han}]{0,2})?(?:锁|关|困|绑)(?:在|起来|住)|\b(?:locked|tied|shut)\s+(?:me|us|her|him)\s+(?:in|up)\b|\b(?:'s|has|have|'ve)\s+got\s+(?:a|an)\s+(?:gun|knife|pistol|blade|machete|weapon|bat)\b/gu;

/**
 * 现在 said of the reporter, not of the event: "上周被人打了 现在想报案", "现在在医院". Its span is taken before the
 * bare 现在 can count as "happening now"; what else the text says still counts.
 */
const REPORTER_NOW =
  /现在(?:就|只|才|我)?(?:想|要|准备|打算|来)?(?:报案|报警|报个警|备案|立案|咨询|问问?|求助|做笔录|验伤)|现在(?:我)?(?:人)?在(?:医院|派出所|警局|公安局)/g;

/**
 * "Still" and 现在 said of the reporter or of what is left, not of the event (element-statements battery, session
 * 16): "can I still report it", "I still can't believe it", "I still have the screenshots", "still kicking myself",
 * 现在还能报警吗, 现在才敢说, 到现在都不知道, 现在想起来, 证据还在, 她现在还是不敢出门. Spans no other signal may take.
 */
const REPORTER_STILL =
  /\b(?:can|could|should|may|do|will)\s+(?:i|we|u|you|they)\s+still\b|\bstill\s+(?:can'?t|cant|cannot|can not|couldn'?t|have|has|had|got|in shock|shaking|shaken|scared|afraid|worried|upset|angry|kicking (?:myself|ourselves)|reckon|think|believe|don'?t|dont|do not|does not|doesn'?t|no idea|won'?t|wont|waiting|want|wants|need|needs|feel|feeling|remember|thinking|not sure|unsure|haven'?t|havent|hasn'?t|hasnt|traumati[sz]ed|owe[sd]?|owing|valid|possible|able)\b|现在(?:还|才)?(?:能|可以|可不可以|能不能|来得及)|现在才(?:敢|想|知道|发现|说|看到|反应)|到现在(?:都|还|也)?(?:不知道|没想通|想不通|不敢|没敢)|现在想起来|现在想报|(?:证据|照片|截图|聊天记录|记录|视频|录像|录音|转账记录|单子|收据)(?:都)?还在|现在(?:还是|还)(?:不敢|害怕|很怕|怕|后悔|睡不着|想不通|心有余悸)/g;

/**
 * A past day named for the event and nothing else said about now (element-statements battery): "it happened last
 * week", "stolen last night", "two weeks ago", 昨天晚上的事, 三天前发生的, 去年. The weakest signal: a state or an
 * action said now outranks it ("trapped since last night").
 */
const PAST_DAY =
  /\b(?:happened|was|were|got|been)\b[^.,;!?]{0,40}\b(?:last (?:week|night|month|year|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|yesterday|(?:\d+|a|two|three|four|five|six|few|couple of) (?:days|weeks|months|years) ago)\b|\b(?:stolen|taken|nicked|robbed|broken into|attacked|assaulted|scammed)\b[^.,;!?]{0,40}\b(?:last night|yesterday|last week)\b|(?:昨天|昨晚|前天|前几天|几天前|上周|上个?星期|上个月|去年|\d+天前|[两三四五六七八九十]天前)(?:晚上|早上|下午)?(?:的事|发生的|發生的)|^(?:去年|上个月|前几天|上周)/g;

/** One-word answers to "still there?". */
const ANSWER_TRUE = /^(?:在|在的|还在的)[\s.!。！]*$/;

const STRONG_TRUE_RE = new RegExp(alternation(STRONG_TRUE), 'g');
const STRONG_FALSE_RE = new RegExp(alternation(STRONG_FALSE), 'g');
const WEAK_TRUE_RE = new RegExp(alternation(WEAK_TRUE_ZH), 'g');
const WEAK_FALSE_RE = new RegExp(
  `${alternation(WEAK_FALSE.filter((w) => /[\u3400-\u9fff]/.test(w)))}|\\b(?:${alternation(WEAK_FALSE.filter((w) => !/[\u3400-\u9fff]/.test(w)))})\\b`,
  'g',
);

/** Chat abbreviations for "right now" (lang/vocabulary.ts EN_ABBREVIATIONS), whole words only. */
const CHAT_NOW = /(?<![a-z0-9])(?:rn|rite now)(?![a-z0-9])/g;

interface Signal {
  value: boolean;
  strength: number;
  start: number;
  end: number;
  /** A state of people (trapped, hiding, held at gunpoint) rather than an action going on. */
  state?: true;
}

function signals(folded: string): Signal[] {
  const out: Signal[] = [];
  const add = (re: RegExp, value: boolean, strength: number, state = false) => {
    for (const m of allMatches(re, folded)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!out.some((s) => start < s.end && end > s.start))
        out.push({ value, strength, start, end, ...(state ? { state: true as const } : {}) });
    }
  };
  // Strength 0: a span no other signal may take, itself no signal (see REPORTER_NOW).
  add(REPORTER_NOW, true, 0);
  add(REPORTER_STILL, true, 0);
  add(STRONG_FALSE_RE, false, 2);
  add(STRONG_TRUE_RE, true, 2);
  add(CHAT_NOW, true, 2);
  add(WEAK_FALSE_RE, false, 1);
  if (/[\u3400-\u9fff]/.test(folded)) add(ZH_JUST_LEFT, false, 1);
  add(WEAK_TRUE_RE, true, 1);
  // Each script's patterns run only when the text has that script (most messages are in one language).
  const latin = /[a-z]/.test(folded);
  const han = /[\u3400-\u9fff]/.test(folded);
  if (latin) add(EN_PROGRESSIVE, true, 1);
  if (latin) add(EN_PASSIVE_PROGRESSIVE, true, 1);
  if (han) add(ZH_DOING_NOW, true, 1);
  if (han) add(ZH_ASPECT_NOW, true, 1);
  // A state says less about what is going on than an action does ("撬门" over "躲在", "is breaking" over "hiding").
  if (han) add(ZH_ONGOING, true, 1);
  if (latin) add(EN_ONGOING, true, 1);
  if (han) add(ZH_STATE_NOW, true, 0.5, true);
  add(HELD_NOW, true, 0.5, true);
  add(WATER_OUT, false, 1);
  if (latin) add(EN_IN_WATER, true, 0.5, true);
  if (han) add(ZH_IN_WATER, true, 0.5, true);
  if (latin) add(EN_STATE_NOW, true, 0.5, true);
  if (latin) add(EN_PARTICIPLE_CLAUSE, true, 1);
  if (latin) add(EN_AND_DOING, true, 1);
  if (latin) add(EN_BARE_PASSIVE, true, 1);
  if (latin) add(EN_AND_NOW, true, 1);
  if (latin) add(EN_PEOPLE_INSIDE, true, 0.5, true);
  add(PAST_DAY, false, 0.25);
  return out;
}

/** { value, text } for the strongest in-progress signal (the last one among equals), or undefined. */
export function extractInProgress(
  original: string,
  folded: string = fold(original),
): { value: boolean; text: string; state?: true } | undefined {
  if (ANSWER_TRUE.test(folded.trim())) return { value: true, text: original.trim() };
  const all = signals(folded).filter((s) => s.strength > 0);
  if (all.length === 0) return undefined;
  const best = all.reduce((a, b) =>
    b.strength > a.strength || (b.strength === a.strength && b.start > a.start) ? b : a,
  );
  return {
    value: best.value,
    text: original.slice(best.start, best.end).trim(),
    ...(best.state === true ? { state: true as const } : {}),
  };
}
