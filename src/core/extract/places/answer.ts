/**
 * The answer to "where?" in the reporter's own words (INCIDENT.md, issue 13): unless it says it is not a place,
 * the answer is the place, kept verbatim for dispatch ("the spoons on the high st", "泰山十八盘那边", "the 73
 * going to hackney"), so that a P1 goes out early without the reporter having to use words the extractor knows.
 *
 * It is not a place when it is only relative words ("here", "楼下", "my house", "我妈家"), a question, a refusal,
 * urgency or filler ("hurry", "快来"), a yes / no or a bare number, or plainly about something else (people,
 * weapons, injuries, a time, a phone number) with nothing that reads as a place around it. Don't-know and
 * declining are commands read before this (flow/intents.ts).
 */
import { fold } from '../fold.js';
import { ZH_RELATIVE } from '../location-zh.js';

/** An alternation that tries longer words first ("家里" before "家"). */
function longestFirst(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** Longer than this, an answer is a story, not a place (a place phrase is short; a story is read elsewhere). */
const MAX_ANSWER_CHARS = 120;

/** A question back: "where r u?", "what do you mean", "你们在哪", "要多久". */
const QUESTION =
  /[?？]\s*$|^(?:what|why|how|who|when|where|which|can|could|will|would|should|do|does|did|are|is)\b(?!\s+(?:the|a)\b)|(?:吗|呢|么|嘛)\s*[。.!！]?$|为什么|为啥|怎么办|干嘛|多久|什么时候|几点|什么意思|啥意思/;

/** A refusal in other words than the decline command: "not telling u", "none of ur business", "不告诉你", "别问了". */
const REFUSAL =
  /\b(?:not (?:telling|saying|gonna (?:say|tell))|won'?t (?:say|tell)|wont (?:say|tell)|none of (?:your|ur) business|mind your own|leave me alone|doesn'?t matter|dont matter|idc|whatever)\b|不告诉|不会告诉|不想说|不能说|不方便说|不用你管|别管|别问|关你什么事|无所谓|算了/;

/**
 * Words that say nothing about a place: urgency, filler, pronouns, relative places, dwellings of people. What is
 * left after removing them must hold a word of two letters or a Chinese character for the answer to be a place.
 */
const EN_EMPTY = new RegExp(
  String.raw`\b(?:` +
    [
      // filler and urgency
      'please|pls|plz|help|hurry|quick|quickly|fast|now|right|asap|rn|come|send|someone|somebody|anyone|police|cops|cop|ambulance|omg|god|oh|ok|okay|hi|hey|hello|sir|mate|just|um|uh|er|ah|yes|yeah|yep|no|nope|nah|u|you|ur|your|urgent|emergency|still|again|already|too|very|so|really|thanks|thank|sorry',
      // pronouns, articles, verbs of being
      "i|im|i'm|me|my|we|we're|were|us|our|he|she|they|him|her|them|his|their|it|its|it's|is|am|are|was|be|been|the|a|an|this|that|there|here|and|or|but|of|to|in|at|on|by|with|from|up|down|out|over",
      // relative places and dwellings: "my mum's house", "at home", "next door", "upstairs", "outside"
      "home|house|place|flat|apartment|apt|unit|room|bedroom|kitchen|bathroom|toilet|garden|yard|backyard|garage|basement|attic|car|truck|work|office|school|mum's|mom's|mums|moms|dad's|dads|nan's|nans|gran's|grans|friend's|friends|mate's|mates|neighbour's|neighbor's|neighbours|neighbors|bf's|gf's|sister's|brother's|aunt's|uncle's|boyfriend's|girlfriend's|parents|parents'|next|door|upstairs|downstairs|inside|outside|nearby|near|around|corner|across|street|road|side|front|back|somewhere|anywhere|everywhere|same|where|location|address|told|said|under|underneath|behind|beside|below|above|into|onto|between|opposite|opp|nr|off|past|along|towards|toward",
    ].join('|') +
    String.raw`)\b`,
  'g',
);
const ZH_EMPTY = new RegExp(
  [
    // filler and urgency
    '快点|快来|快|救命|求求|求你|帮帮|帮忙|赶紧|马上|警察|报警|来人|来|啊|呀|吧|呢|哦|嗯|喂|你好|您好|好的|是的|对|是|不是|没有|有|请|谢谢',
    // pronouns and particles
    '我们|我|你们|你|他们|他|她们|她|咱们|有人|别人|人|就|在|的|了|这|那|还|都|也',
    // relative places (the extractor's own list, one vocabulary) and what only says whose or which part:
    // 我妈家, 朋友家, 学校 (which one?), 上班, 里 / 上 / 下
    longestFirst([...ZH_RELATIVE, '家', '里面', '宿舍', '学校', '公司', '上班', '里', '上', '下']),
    '妈妈|爸爸|妈|爸|爷爷|奶奶|外婆|外公|姥姥|姥爷|朋友|同学|同事|邻居|亲戚|老公|老婆|男朋友|女朋友|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|儿子|女儿|父母|老人|孩子',
    // already said, same place
    '刚才说了|说过了|说了|一样|同一个|同上|地址|位置|地点|哪里|哪儿|哪',
  ].join('|'),
  'g',
);

/** Words that read as a place or a place preposition: with one of them, other words in the answer do not rule it out. */
const EN_PLACE_CUE =
  /\b(?:at|on|in|near|nr|outside|opp|opposite|behind|beside|by|under|underneath|next to|across from|off|along|past|between|top of|end of|bottom of|corner of|outside of|front of|back of|towards?|heading)\b/;
const ZH_PLACE_CUE =
  /在|到|门口|对面|旁边|附近|边上|路|街|道|巷|村|镇|乡|站|桥|楼|栋|号|店|馆|场|区|园|山|河|湖|江|口|厂|院|寺|塔|港|城|坊|庄|屯|寨|线|高速|服务区|收费站/;

/** People, weapons and the rest said without a place word: "he has a knife", "她在流血", "10 mins ago". */
const EN_ABOUT_SOMEONE =
  /^(?:he|she|they|he's|she's|they're|hes|shes|theyre|my \w+ (?:is|has|was)|someone|somebody|there's|theres)\b/;
const ZH_ABOUT_SOMEONE = /^(?:他|她|他们|她们|有人|有个|那个人|那人)/;

/** Verbs and things in a room: "locked", "hiding", "under the bed", "锁着门", "躲在床底下" say how, not where. */
const EN_NOT_NAME =
  /\b(?:[a-z]+(?:ing|ed)|bed|desk|wardrobe|closet|cupboard|table|sofa|couch|stairs|floor|window|wall|door|doors|roof|locked|hid|hide|stuck|trapped|scared|safe|hurt|alone)\b/g;
const ZH_NOT_NAME = /[锁关躲藏跑逃着过怕打]|床|柜|桌|沙发|窗户?|墙|门(?!口)/g;
/** The subject and 在 in front of a place: "我在", "我们现在就在", "躲在". */
const ZH_LEAD = /^(?:我们|我|他们|他|她们|她|孩子|人)?(?:现在|刚才|还)?(?:就|正|躲|藏|被关|关|锁)?(?:在|到|喺)?/;

/**
 * Words that say what happened, not where: "fire in the kitchen", "厨房着火了" leave no place once they and the
 * relative words are taken out; "stabbing outside the spoons" still names one.
 */
const EN_EVENT =
  /\b(?:fire|smoke|fight|fights|stab|stabbed|stabbing|shot|shots|shooting|gun|knife|crash|accident|robbery|robbed|mugged|attack|attacked|assault|assaulted|rape|raped|break-?in|burglary|intruder|overdose|od|collapsed|unconscious|bleeding|blood|dead|dying|suicide|drowning|explosion|gas|leak|help|emergency|hurt|injured|kidnapped|missing|lost|stolen|beating|beaten|hitting|hit|punched|kicked|threatening|threat|screaming|yelling)\b/g;
const ZH_EVENT =
  /着火|失火|起火|冒烟|打架|打人|砍人|捅人|杀人|抢劫|抢东西|被抢|被偷|偷东西|车祸|撞车|撞人|晕倒|昏迷|流血|出血|受伤|爆炸|漏气|跳楼|跳河|自杀|溺水|落水|被打|家暴|绑架|强奸|吵架|闹事|打起来了?|出事了?|救火|着了/g;

/** Letters or characters that can name a place, once filler, relative words and verbs are taken out. */
function hasContent(t: string, original: string): boolean {
  const capitalised = new Set(Array.from(original.matchAll(/\b[A-Z][a-z]+\b/g), (m) => m[0].toLowerCase()));
  const rest = t
    .replace(ZH_EVENT, ' ')
    .replace(ZH_EMPTY, ' ')
    .replace(ZH_NOT_NAME, ' ')
    .replace(EN_EVENT, ' ')
    .replace(EN_EMPTY, ' ')
    // "Reading", "Ealing": a capitalised word ending in -ing is a name, not a verb.
    .replace(EN_NOT_NAME, (w) => (capitalised.has(w) ? w : ' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return /\p{Script=Han}/u.test(rest) || /[a-z0-9]{2,}/.test(rest) || /\b\d\b/.test(rest);
}

/**
 * The answer text itself when it names a place in the reporter's own words, else undefined. `aboutOther` is
 * true when the extraction of the answer found another element in it (suspects, weapons, injuries, a time,
 * a phone number...). `unread`: the text came in the opening burst, before "where?" could be read; then it
 * counts only with a place word or preposition in it and nothing about anything else. `relative`: the
 * relative place the extractor found in it ("outside", "旁边", "the bathroom"): the answer is a place only with
 * a name next to it ("outside the spoons", "二中旁边", "the fleece, back bar"), not with a verb ("locked in the
 * bathroom", "我在卧室里锁着门").
 */
export function placeInOwnWords(
  text: string,
  aboutOther: boolean,
  unread = false,
  relative?: string,
): string | undefined {
  const own = text.trim().replace(/\s+/g, ' ');
  if (own === '' || own.length > MAX_ANSWER_CHARS) return undefined;
  const t = fold(own);
  // A bare number answers a numbered question, a yes / no answers a yes / no one.
  if (/^[\d\s.。,，!！]*$/.test(t)) return undefined;
  if (QUESTION.test(t) || REFUSAL.test(t)) return undefined;
  // Place words; a number ("the 73") only when nothing else was read in the answer (times, phones, amounts).
  const cue = EN_PLACE_CUE.test(t) || ZH_PLACE_CUE.test(t);
  const aboutSomeone = EN_ABOUT_SOMEONE.test(t) || ZH_ABOUT_SOMEONE.test(t);
  if ((aboutOther || aboutSomeone) && (!cue || unread)) return undefined;
  // A text of the opening burst was written before "where?" was read: it must read as a place by itself.
  if (unread && !cue && !/\d/.test(t)) return undefined;
  if (relative !== undefined) {
    const r = fold(relative.trim());
    const at = r === '' ? -1 : t.indexOf(r);
    if (at < 0) return undefined;
    // Chinese names come before the relative word ("二中旁边"), English ones after it ("outside the spoons").
    const before = t.slice(0, at).replace(/^\s+/, '');
    const zhBefore = before.replace(ZH_LEAD, '');
    const after = t.slice(at + r.length);
    const named =
      (/\p{Script=Han}/u.test(r) && !/家$/.test(zhBefore) && hasContent(zhBefore, own)) ||
      (/[a-z]/.test(r) && (hasContent(after, own) || hasContent(before, own)));
    return named ? placeClauses(own) : undefined;
  }
  return hasContent(t, own) ? placeClauses(own) : undefined;
}

/** A pronoun of a person: a clause with one and no place word is about them ("一直贴着我", "he's still here"). */
const PERSON = /[我你他她]|\b(?:i|im|i'm|me|he|hes|he's|she|shes|she's|they|them|him|her)\b/;

/**
 * The answer without the clauses before or after the place that say something else: "在地铁上 一直贴着我" →
 * "在地铁上", "就是刚才 在606路公交上" → "在606路公交上". A clause stays when it has a place word or preposition, or
 * names something and is about nobody ("the fleece, back bar"). The words kept are the reporter's own.
 */
function placeClauses(own: string): string {
  const parts = own.split(/(?<=[,，;；。!！])\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
  const keep = (part: string): boolean => {
    const t = fold(part);
    if (EN_PLACE_CUE.test(t) || ZH_PLACE_CUE.test(t)) return true;
    return !PERSON.test(t) && hasContent(t.replace(TIME_WORDS, ' '), part);
  };
  let from = 0;
  let to = parts.length;
  while (from < to - 1 && !keep(parts[from] ?? '')) from += 1;
  while (to - 1 > from && !keep(parts[to - 1] ?? '')) to -= 1;
  return from === 0 && to === parts.length
    ? own
    : parts
        .slice(from, to)
        .join(' ')
        .replace(/[,，;；]\s*$/u, '')
        .trim();
}

/** Time words: a clause of them alone ("就是刚才", "just now") is no place. */
const TIME_WORDS =
  /刚才|刚刚|就是|现在|今天|昨天|晚上|早上|\b(?:just now|now|tonight|today|earlier|ago|mins?|minutes)\b/g;
