/** Suspects: how many, what they look like, where they went. "两个男的往北跑了", "a man in a red hoodie". */
import type { Found } from './types.js';
import { allMatches, alternation, clauses, originalSpan, fold } from './fold.js';
import { EN_NUMBER_SRC, NUMBER_SRC, parseAnyNumber } from './numbers.js';
import { INJURY_TERMS_EN, INJURY_TERMS_ZH } from './presence.js';
import { PARTNER_PHRASES, partnerTerms } from '../lang/vocabulary.js';
import { hasChinese } from '../text.js';

/** People nouns that point at an offender more than a victim. */
export const SUSPECT_NOUNS_ZH = [
  '男的',
  '女的',
  '男子',
  '女子',
  '男人',
  '女人',
  '男生',
  '女生',
  '小伙子',
  '小伙',
  '年轻人',
  '歹徒',
  '嫌疑人',
  '劫匪',
  '小偷',
  '贼',
  '醉汉',
  '流氓',
  '混混',
  '陌生人',
  '骗子',
  '人贩子',
];
export const SUSPECT_NOUNS_EN = [
  'men',
  'man',
  'guys',
  'guy',
  'males',
  'male',
  'women',
  'woman',
  'females',
  'female',
  'suspects',
  'suspect',
  'robbers',
  'robber',
  'thieves',
  'thief',
  'intruders',
  'intruder',
  'burglars',
  'burglar',
  'attackers',
  'attacker',
  'teenagers',
  'teens',
  'youths',
  'people',
  'persons',
  'person',
  'strangers',
  'stranger',
  'lads',
  'lad',
  'blokes',
  'bloke',
  'dudes',
  'dude',
  'fellas',
  'fella',
  'chaps',
  'chap',
  'boys',
  'girls',
  'bouncers',
  'security guards',
  'guards',
  'drunks',
  'thugs',
  'hooligans',
  'yobs',
  'bikers',
];
export const APPEARANCE_ZH = [
  '高个子',
  '矮个子',
  '高个',
  '矮个',
  '很高',
  '很矮',
  '胖胖的',
  '很胖',
  '很瘦',
  '偏瘦',
  '光头',
  '平头',
  '长头发',
  '短头发',
  '长发',
  '短发',
  '黄头发',
  '染发',
  '纹身',
  '有纹身',
  '戴眼镜',
  '戴口罩',
  '戴帽子',
  '戴头盔',
  '蒙面',
  '络腮胡',
  '外地口音',
  '口音',
];
export const APPEARANCE_EN = [
  'tall',
  'short',
  'skinny',
  'thin',
  'heavy',
  'heavyset',
  'bald',
  'masked',
  'wearing a mask',
  'with a beard',
  'bearded',
  'tattoo',
  'tattoos',
  'tattooed',
  'glasses',
  'hooded',
  'in a hoodie',
];
const DIRECTIONS_ZH = '东南|东北|西南|西北|东|南|西|北';
const DIRECTIONS_EN =
  'north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west';

/** People named by role or age who are suspects when counted ("两个保安在打人", "一帮小年轻"), not alone. */
const COUNTED_ONLY_ZH = [
  '保安',
  '城管',
  '小年轻',
  '社会青年',
  '社会人',
  '大汉',
  '壮汉',
  '黑衣人',
  '老头',
  '学生',
  '小孩',
];
const ZH_COUNT = new RegExp(
  `(${NUMBER_SRC}|几)(?:个|名|位|伙|帮|群|拨)?(?:${alternation([...SUSPECT_NOUNS_ZH, ...COUNTED_ONLY_ZH])})`,
  'g',
);
/** "俩人拿着锤子", "仨小伙": two or three, said without a measure word (northern). Not "我们俩人". */
const ZH_PAIR =
  /(?:俩|仨)(?:人|个人|男的|女的|小伙|小子|货|老爷们|老娘们|老爷们儿|爷们|娘们|大老爷们|老头|老太太|小孩)/g;
const ZH_GENERIC_COUNT = new RegExp(`(${NUMBER_SRC}|几)(?:个|名|位|伙)(?:人)`, 'g');
const ZH_NOUN_ONLY = new RegExp(alternation(SUSPECT_NOUNS_ZH.filter((w) => w.length >= 2 || w === '贼')), 'g');
const ZH_CLOTHES =
  /(?:穿(?:着)?|身穿)[^，。,.!?！？；;]{1,12}?(?:衣服|外套|上衣|衣|裤子|裤|裙子|裙|t恤|衬衫|夹克|卫衣|羽绒服|大衣|西装|背心|短袖|长袖|鞋|校服|工作服|制服|服|袄|褂|衫|靴)/g;
/** Cantonese 着 for wearing ("着黑色衫"), and 揹住 (carrying) a bag. */
const YUE_CLOTHES = /着[^，。,.!?！？；;\s]{1,8}?(?:衫|褲|裤|鞋|外套|裙|褸)|揹住[^，。,.!?！？；;\s]{1,8}?袋/g;
const ZH_WEAR = /戴(?:着|个|了)?[^，。,.!?！？；;]{0,6}?(?:帽子|帽|口罩|眼镜|头盔|面具|手套)/g;
const ZH_APPEARANCE = new RegExp(alternation(APPEARANCE_ZH), 'g');
const ZH_DIRECTION = new RegExp(
  `(?:往|向|朝|沿着)[^，。,.!?！？；;]{0,10}?(?:${DIRECTIONS_ZH}|方向|那边|路|街)[^，。,.!?！？；;]{0,4}?(?:跑|逃|开|走|去|溜)(?:了|掉了|走了)?`,
  'g',
);
/** "往C口走了", "朝地铁站跑了": a way gone, to any place, said as done (了). */
const ZH_GONE_TOWARDS =
  /(?:往|朝)[^，。,.!?！？；;\s]{1,10}?(?:跑|逃|开|走|去|溜)(?:了|掉了|走了|过去了)|(?:跑|逃|开|走|溜)(?:了|掉了|走了)\s*(?:往|向|朝)[^，。,.!?！？；;\s]{1,8}/g;
const EN_COUNT = new RegExp(
  `\\b(${EN_NUMBER_SRC}|several|some|few)\\s+(?:[a-z]+\\s+)?(${alternation(SUSPECT_NOUNS_EN)})\\b`,
  'g',
);
const EN_CLOTHES =
  /\b(?:wearing|in|dressed in)\s+(?:a|an|the)?\s*(?:[a-z]+\s+){0,3}?(?:hoodie|hoody|jacket|coat|shirt|t-shirt|tshirt|tee|top|polo|jeans|pants|trousers|trackies|tracksuit|hat|cap|beanie|balaclava|mask|sweater|jumper|cardigan|fleece|puffer|parka|blazer|suit|dress|uniform|vest|hi vis|hi-vis|singlet|overalls|shorts|boots|shoes|sneakers|trainers|kurta|sari|saree)s?\b/g;
/**
 * A group named as a group ("a gang of lads", "a bunch of teenagers", "group of youths", "some gang jumped him"): the
 * suspects, their number not said. Not a crowd or "a lot of people": onlookers more often than not.
 */
const EN_GROUP = new RegExp(
  `\\b(?:(?:a|some|this|that|the|whole|big)\\s+)?(?:gang|group|bunch|pack|mob|crew)\\s+of\\s+(?:[a-z]+\\s+)?(?:${alternation(
    [...SUSPECT_NOUNS_EN, 'kids', 'teens', 'youngsters', 'hooligans', 'thugs', 'yobs', 'goons'],
  )})\\b|\\b(?:a|some|this|whole|big)\\s+gang\\b(?!\\s+of)`,
  'g',
);
const EN_APPEARANCE = new RegExp(`\\b(?:${alternation(APPEARANCE_EN)})\\b`, 'g');
const EN_DIRECTION = new RegExp(
  // Not the reporter's own way ("i have run to the neighbour", "we drove to the station").
  `(?<!\\b(?:i|we|i've|ive|we've|weve|i have|we have|i had|we had)\\s)\\b(?:ran|run|running|fled|drove|driving|went|headed|heading|took off|walked|walking|going)\\s+(?:off\\s+|away\\s+)?(?:towards?\\s+(?:the\\s+)?[a-z0-9 ]{1,20}?|to\\s+the\\s+[a-z0-9 ]{1,20}?|(?:${DIRECTIONS_EN})(?:bound)?|north|down\\s+[a-z0-9 ]{1,20}?)(?=[,.;!?]|\\s+(?:on|in|with|and|but)\\b|$)|\\b(?:alight|alighted|got off|get off)\\s+at\\s+[a-z0-9 ]{1,20}?(?=[,.;!?]|\\s+(?:on|in|with|and|but|now)\\b|$)`,
  'g',
);
/**
 * An age given as a description ("30s", "early 20s", "四十多岁", "三十来岁", "三十岁左右", "十七八岁", "maybe 30"): a
 * suspect's, in a suspects answer. A guess, never an exact age (a victim's age is said exactly).
 */
const AGE_DESCRIPTION =
  /\b(?:(?:early|mid|late)[ -]?)?[1-9]0s\b|(?:二|三|四|五|六|七|八)十(?:多|来|几)岁|(?:[二三四五六七八]?十[一二三四五六七八九]?|\d{2})岁(?:左右|上下|出头)|十(?:[一二三四五六七八]九|[一二三四五六七]八|[一二三四五六]七|[一二三四五]六)岁/g;
/** A head-count: "五六" / "七八" (five or six) is the larger, not fifty-six. */
function headCount(numeral: string): number | undefined {
  const digits = '一二三四五六七八九';
  const range = /^([一二三四五六七八九])([一二三四五六七八九])$/.exec(numeral);
  if (range && digits.indexOf(range[2] ?? '') === digits.indexOf(range[1] ?? '') + 1)
    return digits.indexOf(range[2] ?? '') + 1;
  return parseAnyNumber(numeral) ?? undefined;
}

/**
 * "他一个人", "就两个人", "对方三个人", "就他一个": a head-count said of the other side; "三个 还在网吧门口", "五六个":
 * a bare head-count opening a clause.
 */
const ZH_THEIR_COUNT = new RegExp(
  `(?:他|她|他们|对方|就|只有)+(${NUMBER_SRC})(?:个|名|位)(?:人|(?=$|[\\s,，。!！]))|^(${NUMBER_SRC})(?:个|名|位)(?=$|[\\s,，。!！])`,
  'g',
);
/**
 * "他们三个在外屋打牌", "对方俩还在", "他俩正往这边走": the other side counted with a pronoun and saying where they are
 * or what they are doing (not "他俩被打了": the victims).
 */
const ZH_THEY_COUNT = new RegExp(
  `(?:他们|她们|对方|他|她)(${NUMBER_SRC}|俩|仨)个?(?=在|还|都|正|一直|守着|堵着|围着|拿着)`,
  'g',
);
const INJURY_RE = new RegExp(`${alternation(INJURY_TERMS_ZH)}|\\b(?:${alternation(INJURY_TERMS_EN)})\\b`);

/**
 * The offender named by who they are to the victim, or by their role, with what they do ("我老公拿菜刀追我", "前男友
 * 一直发短信说要弄死我", "被我对象打了", "两个保安在打人", "my sister's bf just hit her", "my ex snatched our son",
 * "the boda guy forced himself on me"): who the suspect is, which a call-taker would not ask again, whether it is
 * going on (he is there) or over (how many and what they look like are known to the victim). Not when the relative
 * is the one it is done to ("我老公被人打了", "my son was hit"), nor other senses of 打 (打电话, 打车, 打游戏).
 */
const DOER_HARM_ZH =
  '(?:打(?!电话|个电话|车|的|游戏|工|扫|开|针|算|听|折|印|卡|包|招呼|架|麻将|牌|球|水|饭|给|过来|过去|回来|款|钱|不通|字)|砍|捅|追|撵|掐|勒|踢|踹|推|搡|拽|砸|扇|揍|抽(?:我|她|他|了|打)|骂|威胁|恐吓|说要|扬言|堵|骚扰|跟踪|拿着?(?:刀|棍|菜刀|剪刀|锤子|斧头|枪|棒)|动手|家暴|闹|撬门|踹门|不让(?:我|她|他)|关(?:在|起来|屋)|锁(?:在|起来|屋|了)|反锁|强迫|强奸|性侵|猥亵|摸(?:我|她|他)|(?<!偷)偷(?!偷)|抢|拿(?:走|了|的)|带走|抱走|拐)';
/** Who the offender is to the victim, or their role (zh, en). */
const KNOWN_ZH = `${alternation(partnerTerms('zh'))}|老豆|老窦|主管|经理|上司|男人|公公|婆婆|岳父|女婿|儿媳|邻居|对门|房东|室友|舍友|同事|老板|姐夫|妹夫|老头|爸|哥哥|弟弟|儿子|叔叔|舅舅|大伯|小叔子|保安|城管|司机|店员|服务员|外卖员|快递员|保姆|老师|教练|同学|网友|领导|包工头|工头|催收的|讨债的`;
const KNOWN_EN = `${alternation(partnerTerms('en'))}|neighbou?r|landlord|landlady|flatmate|roommate|housemate|in laws|in-laws|tutor|teacher|coach|boss|manager`;
const KNOWN_DOER_ZH = new RegExp(
  `(?:${KNOWN_ZH})(?:又|他|她|还|一直|总是|老是)?(?:[^，。,.!?！？；;被挨让叫]{0,8}?)${DOER_HARM_ZH}`,
  'gu',
);
/** Harm done, in the ways people text it (a dropped g, "keep touching", "forced himself on"). */
const DOER_HARM_EN =
  "(?:hit|hits|hitting|punched|punch(?:es|ing|in)?|beat|beating|beatin|beats|battered|battering|attacked|attacking|choked|choking|strangled|strangling|threatened|threatening|threatens|grabbed|grabbing|kicked|kick(?:ing|in)|pushed|shoved|slapped|slapping|stabbed|stabbing|smashing|smashed|yelling|screaming|banging|bangin|laying into|forced himself|forced herself|raped|molested|groped|groping|touched|touching|touchin|rubbing|took|taken|has took|snatched|kidnapped|locked|stole|nicked|robbed|robbing|robbin|mugged|waving|swinging|chasing|chased|following|stalking|won't leave|wont leave|won't let me|wont let me|is here|still here|is outside|outside|saying he|sayin he|says he|said he|turned up|turns up|showed up|shows up|rocked up|came round|comes round|keeps coming)";
const KNOWN_DOER_EN = new RegExp(
  `\\b(?:${KNOWN_EN})(?!\\w)(?:(?!\\b(?:was|were|got|been|being|by|said|says|told|saw|sees|heard|thinks|reckons)\\b)[^,.;!?]){0,16}?\\b${DOER_HARM_EN}\\b`,
  'g',
);
/**
 * The offender named as the one it was ("是我前夫干的", "是我男朋友打的", "it was my ex", "my landlord did it"): who
 * did it, said outright.
 */
const ATTRIBUTED = new RegExp(
  `是(?:我|她|他|我们)?的?(?:${KNOWN_ZH})(?:干|弄|打|搞|做|害|推|砍|捅|拿)的|` +
    `\\b(?:it was|it's|its|twas)\\s+(?:my|her|his|our|their|the)\\s+(?:${KNOWN_EN})(?!\\w)|` +
    `\\b(?:my|her|his|our|their|the)\\s+(?:${KNOWN_EN})\\s+did (?:it|this|that)\\b`,
  'gu',
);
/**
 * A relative named as the one doing the harm ("my uncle punched my dad", "my brother in law is beating my sister",
 * "my cousin stabbed his friend"): relatives are victims as often as not, so only a harm verb done by them counts
 * (not "my brother is outside", "my mum is screaming"), and not a knock ("my dad hit his head", "hit the floor").
 */
const RELATIVE_DOER_EN =
  /\b(?:uncle|aunt|aunty|auntie|cousin|brother|sister|dad|daddy|papa|father|mum|mom|mother|son|daughter|nephew|brother-in-law|brother in law|sister-in-law|sister in law|father-in-law|father in law|step-?brother|step-?son)\b(?:(?!\b(?:was|were|got|been|being|by|said|says|told|saw|sees|heard|thinks|reckons|and|but)\b)[^,.;!?]){0,16}?\b(?:hit|hits|hitting|punched|punching|beat|beating|beats|attacked|attacking|choked|choking|strangled|strangling|threatened|threatening|threatens|kicked|kicking|slapped|slapping|stabbed|stabbing|knifed|smashed|smashing|got (?:his|a|the) gun out|pulled (?:his|a) gun)\b(?!\s+(?:his|her|my|their|the|a)\s+(?:head|face|knee|leg|arm|back|ground|floor|wall|deck|door frame|pole|tree|kerb|curb))/g;
/**
 * One offender named by what they are, doing it ("the boda guy forced himself on me", "an old man keeps rubbing
 * himself against me", "got one uncle keep touching my backside", "guy w gun robbin the store"): one suspect, a
 * description to go on. Not "a man was hit", "the guy who helped".
 */
const ONE_DOER_EN = new RegExp(
  `(?:^|\\b(?:a|an|one|the|this|that|some)\\s+)(?:[a-z]+\\s+)?(?:guy|man|uncle|bloke|dude|fella|woman|lady|lad|boy|driver|rider|cabbie|bouncer|security guard|guard|mongrel|creep|weirdo|nutter|drunk|junkie)\\s+(?:(?:w|w/|with)\\s+(?:a\\s+)?(?:gun|knife|pistol|machete|bat|blade|panga)\\s+|(?:keeps?|kept|just|then)\\s+|(?:is|was)\\s+(?=[a-z]+(?:ing|in)\\b))?${DOER_HARM_EN}\\b|^(?:guy|man|dude|bloke)\\s+(?:w|w/|with)\\s+(?:a\\s+)?(?:gun|knife|pistol|machete|bat|blade)\\b`,
  'g',
);

/** People by who they are to the reporter or what they do, for "是…" and "…的是…" (wider than KNOWN_ZH: no verb needed). */
const WHO_ZH =
  `${KNOWN_ZH}|房客|租客|亲哥|亲弟|姐姐|妹妹|表哥|表弟|堂哥|堂弟|姨夫|姑父|女儿|侄子|外甥|孙子|师傅|工人|维修工|物业|客服|熟人|朋友|` +
  '小子|小伙子|瓜娃子|混混|男的|女的|女人|那个人|那人|那伙人|那帮人';
/**
 * The offender said outright with 是 ("是我继父", "又是我前夫", "动手的是我亲哥", "偷东西的是给我家装修的工人", "是邻居家
 * 那个小子"), with 自称 (a caller who said who they were: "自称淘宝客服"), or known to the reporter ("这个人我认识"). Not
 * the relative it was done to ("是我老公被打了").
 */
const IDENTIFIED_ZH = new RegExp(
  `(?:打人|动手|偷东西|偷|抢东西|抢|骗我|骗人|骗|欺负[^，。,.!?！？；;\\s]{0,6}|砍人|捅人|闹事|干这事|搶嘢)(?:的|嗰個|嘅)(?:人)?(?:是|係)[^，。,.!?！？；;\\s]{1,14}|` +
    `(?:^|[\\s，,。!！？?])(?:又|就|肯定|应该|可能)?是(?:我|我们|她|他|俺)?(?:家)?(?:的)?[^，。,.!?！？；;\\s被挨让]{0,8}?(?:${WHO_ZH})(?![被挨让])|` +
    `自称(?:是)?[^，。,.!?！？；;\\s]{1,12}|这个人我认识|我认识(?:他|她|那个人|这个人)|网上认识的[^，。,.!?！？；;\\s]{0,6}`,
  'gu',
);
/**
 * The offender named in a passive ("被主管带去酒店", "被她对象打了", "被房东锁在门外"): who did it, a person by who they are
 * to the victim or what they do, right after 被 and before what was done.
 */
const PASSIVE_DOER_ZH = new RegExp(
  `(?<=被)(?:我|她|他|我们)?(?:的|家)?(?:${WHO_ZH}|主管|经理|上司|老豆|老窦)(?=[^，。,.!?！？；;\\s]{0,2}?(?:带|拉|拖|骗|灌|打|推|摸|抱|关|锁|绑|拐|抢|偷|砍|捅|踢|踹|掐|强|侵|猥|欺负|威胁|逼|拽|扯))`,
  'gu',
);
/**
 * Who shut people in, said before what they did with 把 ("包工头不给我们结工钱 还把我们几个关在工棚里"): the person named
 * at the start of the clause.
 */
const SHUT_IN_BY_ZH = new RegExp(
  `(?:${WHO_ZH}|包工头|工头|老板|主管|经理|催收的|讨债的|放贷的)(?=[^，。,.!?！？；;]{0,16}?把(?:我|我们|他|她|他们|人|大家)[^，。,.!?！？；;]{0,4}?(?:关|锁|扣|押|绑))`,
  'gu',
);
/** The reporter did not see who it was ("没看清是谁", "不知道是谁干的", "didnt see anyone", "no idea who"): the answer, said. */
const UNSEEN_DOER =
  /(?:没|没有)(?:看清|看见|看到|瞧见|瞅见)(?:是谁|人|他们?|长啥样|长什么样)|不(?:知道|晓得|清楚|之道|认识)(?:是谁|谁干的|谁)|\b(?:didn'?t|did not|didnt|couldn'?t|couldnt|could not) (?:see|get a (?:good )?look at) (?:who|them|him|anyone|any1|anybody|the (?:guy|person|face|driver))|\bnever saw (?:who|them|him|anyone)|\b(?:no idea|dunno|idk|don'?t know|dont know|not sure) who\b|\bnever seen (?:him|her|them) before\b/g;
/** People by who they are to the reporter or what they do, in English, for the patterns below. */
const WHO_EN = `(?:${KNOWN_EN}|classmate|coworker|co-worker|colleague|uncle|tito|aunt|aunty|auntie|cousins?|brother|sister|son|daughter|nephew|father in law|father-in-law|mother in law|brother in law|brother-in-law|taxi driver|driver|security guard|guard|bouncer|scammer|caller|tenant|lodger)`;
/**
 * Who it was, said in English ("it was the taxi driver", "its my father in law", "shes my roommate", "my own son did
 * this", "a coworker of mine", "that guy from upstairs", "the kid from down the road", "called himself Marcus", "said
 * he was from Microsoft").
 */
const IDENTIFIED_EN = new RegExp(
  `\\b(?:it was|it's|its|it is|twas|(?:s?he|they)(?:'s|s| is|'re| are))\\s+(?:my|her|his|our|their|the|a|this|that)\\s+(?:own\\s+)?(?:[a-z']+\\s+){0,2}?${WHO_EN}\\b|` +
    `\\b(?:my|her|his|our|their)\\s+(?:own\\s+)?(?:[a-z']+\\s+){0,2}?${WHO_EN}\\s+did\\s+(?:it|this|that)\\b|` +
    `\\b(?:a|an)\\s+${WHO_EN}\\s+of\\s+(?:mine|hers|his|ours|theirs)\\b|` +
    `\\b(?:that|the|this)\\s+(?:guy|man|bloke|lad|kid|woman|lady|girl|boy|dude|fella|creep)\\s+from\\s+(?:the\\s+)?(?:upstairs|downstairs|next door|down the road|across the road|the [a-z]+|[a-z]+ (?:street|st|road|rd))\\b|` +
    `\\b(?:was|were|got|been|being)\\s+(?:[a-z]+\\s+){1,2}?by\\s+(?:the|a|an|my|her|his|our|some|two|three)\\s+(?:[a-z]+\\s+)?(?:${WHO_EN}|guy|man|men|woman|lad|lads|bloke|dude|stranger|gang|group)\\b|` +
    `\\b(?:called|calls|calling) (?:himself|herself|themselves)\\s+[a-z]+|\\b(?:s?he|they) (?:said|says|claimed|claims) (?:he|she|they) (?:was|were|is|are) (?:from|with) (?:the\\s+)?[a-z]+`,
  'g',
);
/** How many of them, in English ("5 or 6 of them", "3 of them", "they are 3", "there were two of them"). */
const EN_OF_THEM = new RegExp(
  `\\b(${EN_NUMBER_SRC})(?:\\s+or\\s+(?:${EN_NUMBER_SRC}))?\\s+of\\s+them\\b|\\bthey\\s+(?:are|were|r)\\s+(${EN_NUMBER_SRC})\\b`,
  'g',
);
/** What they look like, said without "wearing" ("black helmet with a visor", "flannel shirt", "curly ginger hair", "250lbs"). */
const EN_LOOKS =
  /\b(?:black|white|red|blue|green|grey|gray|yellow|orange|pink|purple|brown|beige|navy|dark|light|flannel|denim|leather|school|camo|checked|striped)\s+(?:hoodie|hoody|jacket|coat|trench coat|shirt|t-shirt|tee|top|polo|jeans|pants|trousers|trackies|tracksuit|hat|cap|beanie|balaclava|mask|sweater|jumper|blazer|helmet|puffer|parka|vest|hi vis|hi-vis)\b|\b(?:curly|ginger|blonde?|dark|grey|gray|red|long|short|braided)\s+(?:ginger\s+)?hair\b|\bhair in a (?:bun|ponytail)\b|\b(?:beard|moustache|mustache|goatee|dreads|dreadlocks|[a-z]+ accent)\b|\b\d{2,3}\s?(?:lbs?|pounds|kg)\b|\b(?:has|had) (?:on )?a (?:[a-z]+ ){0,2}(?:hoodie|jacket|coat|shirt|polo|cap|hat|helmet|mask)\b/g;

const LATIN = /[a-z]/;
/** Patterns that can only match Chinese, or only English, text. */
const ZH_ONLY: ReadonlySet<RegExp> = new Set([
  ZH_APPEARANCE,
  ZH_DIRECTION,
  ZH_GONE_TOWARDS,
  KNOWN_DOER_ZH,
  IDENTIFIED_ZH,
  PASSIVE_DOER_ZH,
  SHUT_IN_BY_ZH,
  ZH_CLOTHES,
  ZH_WEAR,
  YUE_CLOTHES,
]);
const EN_ONLY: ReadonlySet<RegExp> = new Set([
  EN_GROUP,
  EN_APPEARANCE,
  EN_DIRECTION,
  KNOWN_DOER_EN,
  RELATIVE_DOER_EN,
  IDENTIFIED_EN,
  EN_CLOTHES,
  EN_LOOKS,
]);

interface Piece {
  start: number;
  end: number;
  count?: number;
  clothing?: boolean;
  /** "没看清是谁", "didnt see anyone": the reporter does not know who. */
  unseen?: boolean;
}

/** A head-count right before an injury word is about the victims ("有一个人流血了"), not the suspects. */
function isVictimCount(folded: string, end: number, clauseEnd: number): boolean {
  const after = folded.slice(end, Math.min(clauseEnd, end + 8));
  return INJURY_RE.test(after) && !/(?:拿|持|带|用)/.test(after);
}

export interface SuspectOptions {
  /** A missing person was described: clothing alone then belongs to that person, not to a suspect. */
  personDescribed?: boolean;
}

export function extractSuspects(
  original: string,
  folded: string = fold(original),
  opts: SuspectOptions = {},
): (Found & { count?: number; unseen?: boolean }) | undefined {
  const pieces: Piece[] = [];
  const add = (start: number, end: number, count?: number, clothing = false, unseen = false) => {
    if (pieces.some((p) => start < p.end && end > p.start)) return;
    pieces.push({ start, end, clothing, unseen, ...(count !== undefined ? { count } : {}) });
  };

  for (const clause of clauses(folded)) {
    const text = folded.slice(clause.start, clause.end);
    const at = (i: number) => clause.start + i;
    // Each script's patterns run only where the clause has that script (most clauses are in one language).
    const han = hasChinese(text);
    const latin = LATIN.test(text);
    const runs = (re: RegExp) => (ZH_ONLY.has(re) ? han : EN_ONLY.has(re) ? latin : true);
    for (const m of han ? allMatches(ZH_COUNT, text) : []) {
      if (isVictimCount(folded, at(m.index + m[0].length), clause.end)) continue;
      const n = m[1] === '几' ? undefined : (parseAnyNumber(m[1] ?? '') ?? undefined);
      add(at(m.index), at(m.index + m[0].length), n);
    }
    for (const m of han ? allMatches(ZH_PAIR, text) : []) {
      if (/(?:我|我们|咱|咱们|你们)$/.test(text.slice(0, m.index))) continue;
      add(at(m.index), at(m.index + m[0].length), m[0].startsWith('俩') ? 2 : 3);
    }
    for (const m of han ? allMatches(ZH_THEIR_COUNT, text) : [])
      add(at(m.index), at(m.index + m[0].length), headCount(m[1] ?? m[2] ?? ''));
    for (const m of han ? allMatches(ZH_THEY_COUNT, text) : []) {
      const w = m[1] ?? '';
      add(at(m.index), at(m.index + m[0].length), w === '俩' ? 2 : w === '仨' ? 3 : headCount(w));
    }
    for (const m of latin ? allMatches(EN_COUNT, text) : []) {
      if (isVictimCount(folded, at(m.index + m[0].length), clause.end)) continue;
      const w = m[1] ?? '';
      add(at(m.index), at(m.index + m[0].length), parseAnyNumber(w) ?? undefined);
    }
    for (const re of [
      ZH_APPEARANCE,
      ZH_DIRECTION,
      ZH_GONE_TOWARDS,
      EN_GROUP,
      EN_APPEARANCE,
      EN_DIRECTION,
      AGE_DESCRIPTION,
    ]) {
      if (runs(re)) for (const m of allMatches(re, text)) add(at(m.index), at(m.index + m[0].length));
    }
    for (const m of latin ? allMatches(EN_OF_THEM, text) : []) {
      const w = m[1] ?? m[2] ?? '';
      add(at(m.index), at(m.index + m[0].length), parseAnyNumber(w) ?? undefined);
    }
    for (const re of [
      KNOWN_DOER_ZH,
      KNOWN_DOER_EN,
      RELATIVE_DOER_EN,
      ATTRIBUTED,
      IDENTIFIED_ZH,
      IDENTIFIED_EN,
      PASSIVE_DOER_ZH,
      SHUT_IN_BY_ZH,
    ])
      if (runs(re)) for (const m of allMatches(re, text)) add(at(m.index), at(m.index + m[0].length));
    for (const m of allMatches(UNSEEN_DOER, text)) add(at(m.index), at(m.index + m[0].length), undefined, false, true);
    for (const m of latin ? allMatches(ONE_DOER_EN, text) : []) add(at(m.index), at(m.index + m[0].length), 1);
    for (const re of [ZH_CLOTHES, ZH_WEAR, EN_CLOTHES, YUE_CLOTHES, EN_LOOKS]) {
      if (runs(re)) for (const m of allMatches(re, text)) add(at(m.index), at(m.index + m[0].length), undefined, true);
    }
  }
  if (opts.personDescribed && pieces.every((p) => p.clothing)) return undefined;
  const hasStrongCue = pieces.length > 0;
  if (!hasStrongCue) {
    // Fall back to a generic head-count ("三个人在打架") or a bare suspect noun ("小偷").
    for (const clause of clauses(folded)) {
      const text = folded.slice(clause.start, clause.end);
      for (const m of allMatches(ZH_GENERIC_COUNT, text)) {
        const end = clause.start + m.index + m[0].length;
        if (isVictimCount(folded, end, clause.end)) continue;
        // "我一个人在家", "一个人在家": the reporter is alone, no head-count of suspects.
        if (/(?:我|我们|咱们|她|他)$/.test(text.slice(0, m.index))) continue;
        if (/^(?:在家|住|待|呆|在屋|在宿舍)/.test(text.slice(m.index + m[0].length))) continue;
        add(clause.start + m.index, end, m[1] === '几' ? undefined : (parseAnyNumber(m[1] ?? '') ?? undefined));
      }
      for (const m of allMatches(ZH_NOUN_ONLY, text)) add(clause.start + m.index, clause.start + m.index + m[0].length);
    }
  }
  if (pieces.length === 0) return undefined;
  pieces.sort((a, b) => a.start - b.start);
  const counted = pieces.find((p) => p.count !== undefined);
  const text = joinPieces(original, pieces);
  const unseen = pieces.every((p) => p.unseen === true);
  return { text, ...(counted?.count !== undefined ? { count: counted.count } : {}), ...(unseen ? { unseen } : {}) };
}

/** Joins pieces: adjacent ones (a few characters apart, same clause) become one span of the original text. */
export function joinPieces(original: string, pieces: ReadonlyArray<{ start: number; end: number }>): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const p of pieces) {
    const last = spans[spans.length - 1];
    const gap = last ? original.slice(last.end, p.start) : '';
    if (last && gap.length <= 6 && !/[，。,.!?！？；;\n]/.test(gap)) last.end = Math.max(last.end, p.end);
    else spans.push({ start: p.start, end: p.end });
  }
  return spans.map((s) => originalSpan(original, s)).join(' ');
}

/**
 * A partner or an ex named anywhere in the text ("我前夫", "她男朋友", "my ex", "her bf"), not as the one it was done
 * to ("我老公被打了", "my husband was hit"). In a report of domestic violence, a threat, a sexual assault or someone
 * held (flow/retriage.ts), that is who the offender is: "who did it?" is not asked after "my ex keeps texting me".
 */
const PARTNER_ZH = new RegExp(
  `(?:我|她|他|俺)?的?(?:${alternation([...partnerTerms('zh'), '老豆', '老窦'])})(?![被挨让给])`,
  'u',
);
const PARTNER_EN = new RegExp(
  `\\b(?:(?:my|her|his|our|their|me)\\s+(?:${alternation(partnerTerms('en'))})|${alternation(PARTNER_PHRASES.en)})(?![\\w'])` +
    `(?!\\s+(?:was|got|is being|has been|had been)\\s+(?:hit|hurt|attacked|beaten|stabbed|killed|shot|taken|injured|robbed))`,
);

export function partnerNamed(text: string): string | undefined {
  const folded = fold(text.slice(0, 2000));
  const m = PARTNER_ZH.exec(folded) ?? PARTNER_EN.exec(folded);
  return m === null ? undefined : originalSpan(text, { start: m.index, end: m.index + m[0].length });
}
