/**
 * Commands a reporter can text at any point, in Chinese (simplified or traditional) and English.
 * Matching is on normalised text and anchored to the whole message (or its start, for corrections),
 * so a report that merely contains "help" or "不对劲" is not taken as a command.
 */
import type { ElementKey, Lang } from '../incident.js';
import { isDontKnow } from '../extract/index.js';
import { normalize, understoodPart } from '../text.js';

export type Intent =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'human' }
  | { kind: 'language'; lang: Lang }
  /** `target`: the element named ("改地址" → location), null when not named; `rest`: a new value given with it. */
  | { kind: 'correction'; target: ElementKey | null; rest: string }
  | { kind: 'dont_know' }
  | { kind: 'decline' };

/** Whole-message commands (after trailing punctuation is removed). */
const WHOLE: { kind: 'help' | 'cancel' | 'human' | 'decline'; pattern: RegExp }[] = [
  {
    kind: 'help',
    pattern: /^(help|帮助|帮助一下|怎么用|怎么用啊|怎么弄|使用说明|how does this work|how do i use this|menu)$/,
  },
  {
    kind: 'cancel',
    pattern:
      /^(cancel|cancel (it|this|the report|my report)|withdraw|withdraw (it|this|the report|my report)|取消|撤销|不报了|取消报警|撤销报警|我要取消|我不报了|误报)$/,
  },
  {
    kind: 'human',
    pattern:
      /^(human|agent|operator|real person|a real person|talk to a (person|human)|call-?taker|人工|真人|转人工|人工服务|找人工|人工客服|我要人工|要人工|找真人|找民警)$/,
  },
  {
    kind: 'decline',
    pattern:
      /^(我)?(不想说|不方便说|不方便|不想告诉你?|不愿意说|不说|不想留|不留了?|不给)$|^(i'?d |i would )?(prefer not( to (say|answer|tell))?|rather not( say)?)$|^(no comment|skip|decline|not telling)$/,
  },
  {
    // "不告诉你", "你们别管了", "电话就不留了", "not telling u", "none of your business", "rather not give my number".
    kind: 'decline',
    pattern:
      /^(?:我|俺)?(?:就|才|偏)?不(?:要|会|能|用)?告诉(?:你们?)?(?:了|的)?$|^(?:你们?)?(?:别|不用|不要)管(?:我|了|我了)*$|^关你(?:们)?(?:什么|啥)事$|^(?:我的?)?(?:电话|号码|手机号?|地址)(?:就|还是|先)?不(?:想|方便|愿意)?(?:留|给|说)了?$|^(?:我|俺)?不(?:想|方便|愿意|能)?(?:留|给|说)(?:你们?)?(?:电话|号码|手机号?|地址)了?$|^(?:i'?m |im )?not (?:telling|saying|giving)(?: (?:u|you|ya|it|that|my (?:number|address|location)))*(?: (?:sorry|soz|lol))?$|^(?:none of (?:your|ur) business|mind (?:your|ur) own business|wont say|won'?t say|not gonna say|not going to say)$|^(?:i'?d )?rather not (?:give|leave|share|say)(?: (?:u|you|my|the|a))*(?: (?:number|phone|address|location))?(?: (?:tbh|sorry|thanks))?$/,
  },
];

const TO_ENGLISH = /^(english|in english|english please|reply in english|英文|英语|用英文|说英文|英文回复|用英语)$/;
const TO_CHINESE =
  /^(中文|chinese|in chinese|chinese please|reply in chinese|说中文|用中文|中文回复|普通话|汉语|说汉语)$/;

/**
 * A withdrawal inside a longer sentence ("没事了，取消报警吧", "nvm we sorted it out, pls cancel"). The
 * confirmation question follows, and a P1 is never cancelled by the reporter.
 */
const CANCEL_IN_SENTENCE =
  /取消报警|撤销报警|取消吧|撤销吧|不用报警了|不用报了|不报警了|我不报了|不用来了|你们别来了|警察别来了|不用过来了|算了不报了|不用出警|不需要警察了|不用警察了|(?<![a-z])(?:please |pls |plz )?(?:cancel|withdraw) (?:it|this|that|the report|my report|the call|please|pls)(?![a-z])|(?<![a-z])(?:no need|don'?t need) (?:for )?(?:the )?(?:police|cops|anyone) (?:any ?more|now)(?![a-z])|(?<![a-z])call (?:it|them) off(?![a-z])|可以取消|帮我取消|取消掉|取消了吧|撤了吧|不用派人|别派人|不用来人|不需要出警|不用麻烦了|(?<![a-z])(?:u|you|we|pls|please|plz|so|just|can) cancel(?: (?:it|this|that|now|pls|please|plz|thanks|thx|ty))*[\s.!]*$|[,;]\s*cancel(?: (?:it|this|that|now|pls|please|plz|thanks|thx|ty))*[\s.!]*$|(?<![a-z])(?:no need|don'?t need|dont need|not need) (?:for (?:anyone|you|police|the police|the cops) )?to come(?![a-z])|(?<![a-z])(?:no need to|(?:u|you) (?:don'?t|dont) (?:need|have) to) (?:come|send (?:anyone|someone|police|the police|the cops|a car|an officer))(?![a-z])|(?<![a-z])(?<!not a |not |isn'?t a |no )false alarm(?![a-z])/;
/** "don't cancel", "不要取消": the opposite. */
const KEEP_GOING = /不要取消|别取消|不取消|不是取消|don'?t cancel|do not cancel|not cancel/;

/** A correction at the start of a message; group 1 may name the element. */
const CORRECTION =
  /^(?:不对(?!劲)|错了|说错了|搞错了|写错了|发错了|更正|纠正|改一下|改正|修改|(?:no,? )?that'?s (?:wrong|not right)|that is (?:wrong|not right)|correction|not right|i meant|sorry,? i meant)(?:[,，:：\s]*(?:要改|改一下|改|修改|更正)?(地址|位置|地点|时间|号码|电话|手机号?|车牌|名字|the address|address|location|place|time|number|phone|plate|name))?|^(?:改|修改|更正)(地址|位置|地点|时间|号码|电话|手机号?|车牌|名字)|^(地址|位置|地点|时间|号码|电话|车牌|名字)(?:写|说|发)?(?:错了|不对)|^(?:wrong|change the|fix the|correct the) ?(address|location|place|time|number|phone|plate|name)?/;

const TARGET_WORDS: [RegExp, ElementKey][] = [
  [/地址|位置|地点|address|location|place/, 'location'],
  [/时间|time/, 'time'],
  [/号码|电话|手机|number|phone/, 'callback'],
  [/车牌|plate/, 'vehicles'],
  [/名字|name/, 'name'],
];

function targetOf(word: string | undefined): ElementKey | null {
  if (word === undefined || word === '') return null;
  for (const [pattern, key] of TARGET_WORDS) if (pattern.test(word)) return key;
  return null;
}

/** Words that introduce the corrected value: "不对，是XX路12号", "wrong address, it's 12 Main St". */
const VALUE_LEAD = /^(?:[,，:：.。;；\s]|应该是|其实是|是在|是|在|it'?s|it is|should be|is)+/i;

function stripTrailing(text: string): string {
  return text.replace(/[\s!！。.,，~～…]+$/u, '');
}

/** The reporter's own words after the first `n` normalised characters (normalisation keeps lengths here). */
function originalTail(original: string, normalizedLength: number): string {
  const collapsed = original.replace(/\s+/g, ' ').trim();
  return [...collapsed].slice(normalizedLength).join('');
}

export function detectIntent(text: string): Intent | null {
  const norm = normalize(understoodPart(text));
  if (norm === '?' || norm === '??') return { kind: 'help' };
  const bare = stripTrailing(norm).replace(/[?？]+$/, '');
  if (TO_ENGLISH.test(bare)) return { kind: 'language', lang: 'en' };
  if (TO_CHINESE.test(bare)) return { kind: 'language', lang: 'zh-CN' };
  for (const { kind, pattern } of WHOLE) if (pattern.test(bare)) return { kind };

  // A withdrawal that opens like a correction ("搞错了 找到了 取消吧", "my bad ... cancel"): the withdrawal.
  const withdrawn = CANCEL_IN_SENTENCE.test(norm) && !KEEP_GOING.test(norm);
  const correction = withdrawn ? null : CORRECTION.exec(norm);
  if (correction) {
    const word = correction[1] ?? correction[2] ?? correction[3] ?? correction[4];
    const tail =
      [...norm].length === [...text.replace(/\s+/g, ' ').trim()].length
        ? originalTail(text, [...correction[0]].length)
        : norm.slice(correction[0].length);
    const rest = stripTrailing(tail.replace(VALUE_LEAD, '')).trim();
    return { kind: 'correction', target: targetOf(word), rest };
  }

  if (isDontKnow(text)) return { kind: 'dont_know' };
  if (withdrawn) return { kind: 'cancel' };
  return null;
}

/**
 * The whole message asks for the police ("我要报警", "帮我报警", "I need police", "call the cops"). To the danger
 * screen it is an answer that cannot say no: danger unknown, which resolves upward (INCIDENT.md).
 */
const ASKS_FOR_POLICE =
  /^(?:(?:我|我们)(?:要|想|需要)|(?:要|想|需要)|(?:请|快|快点)?帮(?:我|我们)|快|快点|请)?(?:报警|报案|找警察|叫警察|找民警)(?:了|啊|吧|呀|哦)?$|^(?:please |pls )?(?:(?:i|we) )?(?:need|want|wanna|call|get|send)(?: me)? (?:the |a |some )?(?:police|cops?|an officer|officers)(?: please| pls| now| here| asap)?$|^(?:police|cops?)(?: please| pls| now)?$/;

export function asksForPolice(text: string): boolean {
  return ASKS_FOR_POLICE.test(stripTrailing(normalize(understoodPart(text))).replace(/[?？]+$/, ''));
}

/**
 * The whole message refuses what is asked ("nah", "nope", "没有", "不想留电话", "rather not give my number tbh"): a
 * no where the question is not a yes / no one. Only read so while a place or a number is awaited.
 */
export function refusesPlaceOrNumber(text: string): boolean {
  return BARE_NO.test(stripTrailing(normalize(understoodPart(text))));
}
/**
 * To "your number?", a message without a number that opens with a refusal and then says why or how else ("不留了
 * 我要赶车", "不要打给我 他会看到", "rather not, email me", "dont want to give my number", "cant, im driving", "nah
 * dinnae want a call", "no need"): it refuses the number.
 */
export function refusesNumber(text: string): boolean {
  return NUMBER_REFUSAL.test(normalize(understoodPart(text)).trim());
}
const NUMBER_REFUSAL =
  /^(?:(?:i'?d|id|i would) )?(?:rather not|prefer not)\b|^(?:i )?(?:don'?t|dont|do not) (?:want|wanna|like) (?:to )?(?:give|share|leave|send)\b|^(?:no|nah|nope|naw)\b|^(?:i )?(?:don'?t|dont|dinnae|do not) (?:want|need|call|ring|text)\b|^(?:can'?t|cant|cannot)(?:,| (?:give|share|talk|answer|take|pick up|do that|now|right now|rn|sorry|im|i'?m)\b)|^(?:我|俺)?(?:的)?(?:电话|号码|手机号?)?(?:就|还是|先)?不(?:想|方便|愿意|能)?(?:留|给)了?(?:电话|号码|手机号?)?(?=[\s,，。.!！]|$)|^(?:我|俺)?不方便(?=[\s,，。.!！]|$)|^(?:我|俺)?不想说(?=[\s,，。.!！]|$)|^(?:别|不要|不用|千万别)(?:打|回|给我打)(?:给我|电话|过来)?(?=[\s,，。.!！]|$)/;

const BARE_NO =
  /^(?:no|nah|nope|naw|no way|nothing|none|nada|not really)(?: (?:thanks|thx|sorry|soz|lol|mate|man))*$|^(?:没有|没|不|不要|不行|不用|无|没啥|没什么|冇)(?:啊|呀|吧|了)?$/;
