/**
 * Every element's behaviour, and the two things the flow does with all of them: fill what a message gives
 * (parse before ask, rule 2) and read a text as the answer to one question.
 */
import type { ElementKey } from '../../incident.js';
import type { Extraction } from '../../extract/types.js';
import { setElement, type Work } from '../work.js';
import { alternation } from '../../extract/fold.js';
import { partnerTerms } from '../../lang/vocabulary.js';
import { bareChoice } from './answers.js';
import { callback, name, relation } from './contact.js';
import { inProgress } from './in-progress.js';
import { location, setLocation } from './location.js';
import { loss } from './loss.js';
import { person, suspects } from './people.js';
import { injuries, weapons } from './presence.js';
import { safety } from './safety.js';
import type { ElementBehaviour, Parsed } from './spec.js';
import { lastSeen, time } from './time.js';
import { vehicles } from './vehicles.js';
import { what } from './what.js';

export type { ElementBehaviour, Parsed } from './spec.js';
export { addDescription } from './people.js';
export {
  answerPlaceFollowUp,
  applySharedLocation,
  askPlaceFollowUp,
  correctPlace,
  endPlaceFollowUp,
  followUpInsteadOfUnknown,
  placeFollowUpDue,
  setLocation,
  wantsPlaceFollowUp,
} from './location.js';
export { describesSomething } from './what.js';
export { bareChoice } from './answers.js';

export const BEHAVIOURS: Record<ElementKey, ElementBehaviour> = {
  what,
  location,
  in_progress: inProgress,
  safety,
  injuries,
  weapons,
  suspects,
  vehicles,
  time,
  loss,
  person,
  last_seen: lastSeen,
  callback,
  name,
  relation,
};

/** The order a message's extraction fills elements in (the order of their `element_set` events). */
const FILL_ORDER: readonly ElementBehaviour[] = [
  location,
  inProgress,
  time,
  weapons,
  injuries,
  suspects,
  vehicles,
  person,
  safety,
  lastSeen,
  loss,
  callback,
];

/** Fills every element the text gives that is not yet set (or was "unknown"): rule 2, parse before ask. */
export function fillFromExtraction(w: Work, ext: Extraction): boolean {
  const before = w.events.length;
  for (const b of FILL_ORDER) b.fill?.(w, ext);
  return w.events.length > before;
}

const LEADING_YES_NO =
  /^(?:yes|yeah|yep|yup|no(?! one\b)|nope|nah)(?=$|[\s,.!])|^(?:是的|不是|没有|对|是)(?=$|[\s,，。.!！])/;

/**
 * Gone on foot or by public transport: ran, bolted, legged it, walked off, walked to the subway, jumped the fence
 * (跑了, 走路走的).
 */
const ON_FOOT =
  /(?<![a-z])(?:ran|run|running|bolted|legged it|on foot|walked off|walked away|walked to|walked towards|walked down|walking|jumped the fence|hopped the fence|into the subway|to the subway|into the station|on the bus|on a bus|on the train)(?![a-z])|跑了|跑掉|走路|步行/;

const SAYS_OK =
  /(?:^|[\s,，。.;；])(?:我|俺)?(?:现在|暂时|目前|还|都|应该)?(?:没事|还好|挺好|安全)|(?:^|\s)(?:i'?m|i am|we'?re|we are|we r|me and [a-z]+ (?:are|r))\s+(?:all\s+|both\s+|still\s+)?(?:ok|okay|fine|safe|good|alright|all right|unhurt|not hurt)\b|^(?:(?:yeah|yes|yep|ya)[,.]?\s+)?(?:ok|okay|fine|safe|all good|all ok)\b/;

function foundFor(key: ElementKey, ext: Extraction): boolean {
  return BEHAVIOURS[key].found?.(ext) ?? false;
}

const OTHER: readonly ElementBehaviour[] = Object.values(BEHAVIOURS).filter((b) => b.other === true);

/**
 * The text is plainly about another element and not about `key` ("刚刚" to "what did they look like?",
 * "yes I'm safe" to "is anyone hurt?"): it is no answer to `key`; the other element is filled instead and
 * `key` asked again.
 */
function aboutOtherElement(w: Work, key: ElementKey, text: string, ext: Extraction): boolean {
  if (BEHAVIOURS[key].crossChecked !== true || bareChoice(text)) return false;
  // "苹果手机 大概8000块" to "who did it?" in a theft: what was taken and its worth, not the thieves.
  if (key === 'suspects' && describesLoss(w, ext)) return true;
  if (foundFor(key, ext)) return false;
  // "car drove off fast, dark SUV" to "what did they look like, which way did they go?": a description that
  // also names a vehicle (or a time, a weapon...) still answers; the other element is filled as well.
  if (DESCRIBED.has(key) && saysMoreThanOthers(text, ext)) return false;
  // "Tom, 51, drives a grey silverado" to "who is missing?": a name with an age describes the person.
  if (key === 'person' && BARE_AGE.test(ext.normalized)) return false;
  // "hes holding onto the edge", "she's crying" to "is anyone hurt?": how the person is now is the answer.
  if (key === 'injuries' && personStateOnly(ext)) return false;
  // "no he ran", "they legged it" to "was there a vehicle?": gone on foot is the answer (no vehicle), though it also
  // says it is over.
  if (key === 'vehicles' && ON_FOOT.test(ext.normalized)) return false;
  // "我没事" / "I'm ok" answers "are you safe?" even though it also reads as "nobody hurt".
  if (key === 'safety' && (SAYS_OK.test(ext.normalized) || /安全|(?<![a-z])safe(?![a-z])/.test(ext.normalized)))
    return false;
  // "我进了旁边的便利店", "他们在外屋喝酒": where the reporter is and where the others are is how safe they are;
  // what the others look like is not.
  if (key === 'safety') {
    // "I'm bleeding but I got out", "my arm hurts, im in the car": the reporter's own injuries are part of how
    // safe they are (injuries is filled as well); anything else said means the text is about something else.
    const others = OTHER.filter((b) => !SITUATION.has(b.key) && saidAbout(b, ext));
    const ownInjuries = others.every((b) => b.key === 'injuries') && REPORTER_SITUATION.test(ext.normalized);
    if (others.length > 0 && !ownInjuries) return true;
    // "一个人", "im with my husband", "we are outside his door": the reporter's own place and company are the
    // answer, even though they name people or read as going on (which `time` also takes for "now").
    if (REPORTER_SITUATION.test(ext.normalized)) return false;
    return (
      ext.suspects !== undefined ||
      ext.person !== undefined ||
      OTHER.some((b) => !SITUATION.has(b.key) && b.found?.(ext) === true)
    );
  }
  // "baby is red and crying", "腿不能动 在喊疼", "a guy on the ground": how someone is now answers "is anyone hurt?".
  if (key === 'injuries' && describesCondition(ext)) return false;
  // "the boy, maybe 10", "阿婆 八十几岁 髀骨好似断咗": who is hurt, by their age, answers "is anyone hurt? how many?".
  if (key === 'injuries' && VICTIM_AGE.test(ext.normalized) && !saysOtherThanPeople(ext)) return false;
  // "Mike, drives a black hilux", "我姐夫 还在家里": who did it, named, with their car or where they are now.
  if (key === 'suspects' && namesWho(text, ext)) return false;
  return aboutOtherThan(key, ext);
}

/** Said in the text: `time` only for a time said (it reads an ongoing event as "now" too). */
function saidAbout(b: ElementBehaviour, ext: Extraction): boolean {
  return b.key === 'time' ? ext.time !== undefined : b.found?.(ext) === true;
}

/**
 * The reporter's own situation: a first-person subject (我 / I'm / we're / me and ...), where they are without one
 * (现在在屋里, "in the car"), alone (一个人, 就我, by myself), or with whom ("with my mother", 跟我妈).
 */
const REPORTER_SITUATION =
  /^(?:我|俺|咱)|^(?:现在|已经|目前|还)?(?:在|回到|躲在|躲进)[\p{Script=Han}]{0,5}?(?:里|家|屋|内|上|外)|^(?:still )?(?:at|in|inside|outside|home)\b|[\s,，。](?:我|俺|咱)(?!的)|(?<!有)一个人|就我|独自|(?:跟|和|带着)(?:我|孩子|娃)|\b(?:i'?m|im|i am|we'?re|we are|me and|alone|by myself|on my own|with (?:my|our|the) [a-z]+)\b/u;

/**
 * How a person is now, in words of their body or voice (哭, 喊疼, 不能动, 没声音, "crying", "on the ground", "isnt
 * moving"), with no weapon, vehicle, time or loss said: the answer to "is anyone hurt?".
 */
function describesCondition(ext: Extraction): boolean {
  if (!CONDITION_WORDS.test(ext.normalized)) return false;
  const elsewhere = (b: ElementBehaviour) =>
    b.key !== 'injuries' && !SITUATION.has(b.key) && b.key !== 'safety' && saidAbout(b, ext);
  return !OTHER.some(elsewhere) && ext.location?.specific !== true;
}
const CONDITION_WORDS =
  /[哭疼痛肿晕醒喘躺]|喊(?!人|了几)|叫不[醒应]|叫唤|扑腾|抽搐|在抽(?!烟)|不动|动不了|不能动|说话|出声|没声音?|呼吸|迷糊|青了|\b(?:cry|crying|cries|scream|screaming|screams|awake|conscious|unconscious|breathing|confused|dazed|pale|shaking|responsive|responding|swollen|bruised?|bent|limping|pain|sore|groggy|shock|out of it)\b|\b(?:not|n'?t|barely|cant|can't|cannot) (?:mov(?:e|ing)|talk(?:ing)?)\b|\b(?:on|off) the (?:ground|floor)\b|\b(?:is|face|lips?|skin|turning|going|gone) (?:red|blue|purple|grey|white)\b/;

/** The one who did it named (a name before a comma) or by relation, in an answer that also says more. */
function namesWho(text: string, ext: Extraction): boolean {
  if (ext.weapons !== undefined || ext.time !== undefined || ext.amounts.length > 0) return false;
  return NAME_FIRST.test(text.trim()) || RELATION_WORDS.test(ext.normalized);
}
/** "Gary, lives at 16 Birch", "declan, red golf": a single word, then a comma. */
const NAME_FIRST =
  /^(?!(?:yes|yeah|yep|yup|nope|nah|dunno|sorry|idk|not|well|like|okay|also|and|but|just|maybe|umm?|hmm|please|pls|help|now|here|there|police|cops)\b)[A-Za-z][a-z]{2,}\s*[,，]/i;
const RELATION_WORDS = new RegExp(
  `(?:${alternation(partnerTerms('zh'))}|姐夫|妹夫|嫂子|弟媳|公公|婆婆|岳父|岳母|邻居|同事|室友|房东|老板|亲戚|表哥|表弟|堂哥|叔叔|舅舅)|` +
    `\\b(?:my|her|his|their|our) (?:${alternation(partnerTerms('en'))}|neighbou?r|landlord|boss|coworker|roommate|flatmate|brother|cousin|uncle)\\b|` +
    '^(?:a |an |the |some )?(?:lady|guy|man|woman|bloke|fella|dude|girl|boy|kid|teen|teenager)\\b',
);

/** The text says only how someone is now: an ongoing action whose subject is he / she / they, nothing else. */
function personStateOnly(ext: Extraction): boolean {
  const now = ext.inProgress;
  if (now?.value !== true) return false;
  if (!PERSON_NOW.test(now.text.toLowerCase()) && !PERSON_NOW.test(ext.normalized)) return false;
  // `time` reads an ongoing event as "now" too: only a time said counts here.
  const said = (b: ElementBehaviour) => (b.key === 'time' ? ext.time !== undefined : b.found?.(ext) === true);
  return !OTHER.some((b) => b.key !== 'in_progress' && b.key !== 'injuries' && said(b));
}
// "no but she is crying", "nah hes just shaken": a leading no to "is anyone hurt?" and then how the person is.
const PERSON_NOW =
  /^(?:(?:no|nah|nope|not hurt)[,.]?\s+(?:but\s+|just\s+)?)?(?:he|she|they|hes|shes|theyre|he's|she's|they're|he is|she is|they are)\b/;

/** An age said of someone: "maybe 10", "about 8", "八十几岁", "十来岁", "5 yo". */
const VICTIM_AGE =
  /\b(?:maybe|about|around|like|prob|probably|only|aged?) \d{1,2}\b|\b\d{1,2} ?(?:yo|y\/o|years? old|yrs? old)\b|(?:\d{1,2}|[一二三四五六七八九十几]{1,3})(?:几|多|来)?岁/;
/** Something said besides who (a weapon, a vehicle, a time, a loss, a place): the text is about that. */
function saysOtherThanPeople(ext: Extraction): boolean {
  return (
    ext.weapons !== undefined ||
    ext.vehicles !== undefined ||
    ext.time !== undefined ||
    ext.amounts.length > 0 ||
    ext.location?.specific === true
  );
}

/** A number on its own between commas or spaces, or with 岁 / yo: an age ("Tom, 51, ..."). */
const BARE_AGE = /(?:^|[\s,，])[1-9]\d?(?:\s*(?:岁|yo|y\/o|years? old))?(?=[\s,，.]|$)/;

/** Something taken described with its worth, no people in it, in a report of something taken. */
function describesLoss(w: Work, ext: Extraction): boolean {
  const c = w.s.category;
  const taken = c === 'theft' || c === 'burglary' || c === 'robbery';
  if (!taken || ext.suspects !== undefined || ext.person !== undefined) return false;
  if (ext.amounts.length > 0) return true;
  // "一辆绿色雅迪电动车" after "电动车被偷了": the thing named again, described.
  const loss = w.s.elements.loss;
  return loss?.source === 'extracted' && sharesAWord(ext.normalized, loss.value.toLowerCase());
}

/** Two texts share a word: two Chinese characters in a row (not a pronoun), or a latin word of three letters or more. */
function sharesAWord(a: string, b: string): boolean {
  const words = new Set(a.split(/[^a-z0-9]+/));
  for (const m of b.replace(PRONOUN_PIECES, ' ').matchAll(/[a-z]{3,}|\p{Script=Han}{2,}/gu)) {
    const piece = m[0];
    if (/^[a-z]/.test(piece)) {
      if (words.has(piece)) return true;
      continue;
    }
    for (let i = 0; i + 2 <= piece.length; i += 1) if (a.includes(piece.slice(i, i + 2))) return true;
  }
  return false;
}
const PRONOUN_PIECES = /[我你他她它们的家]|\b(?:my|our|the|his|her)\b/g;

/** What an answer to "are you safe?" may tell on the way: where the reporter is, where the others are. */
const SITUATION: ReadonlySet<ElementKey> = new Set<ElementKey>(['safety', 'suspects', 'location', 'in_progress']);

/** Elements answered by a free description, which may mention other elements on the way. */
const DESCRIBED: ReadonlySet<ElementKey> = new Set<ElementKey>(['suspects', 'person']);

const FILLER_EN =
  /\b(?:the|a|an|and|or|but|is|was|are|were|it|its|he|hes|she|shes|they|them|his|her|their|i|im|my|me|to|of|in|on|at|with|so|just|yes|no|ok|okay|like|that|this|there)\b/g;
const FILLER_ZH = /[的了吗呢啊吧呀着过就也都还在是有个一那这他她们我你]/g;

/**
 * The text says more than what the extraction found for other elements: with the other elements' words taken
 * out, at least three words (or four Chinese characters) of content are left.
 */
function saysMoreThanOthers(text: string, ext: Extraction): boolean {
  let rest = text.toLowerCase();
  const spans = [
    ext.location?.text,
    ext.time?.text,
    ext.inProgress?.text,
    ext.weapons?.text,
    ext.injuries?.text,
    ext.vehicles?.text,
    ext.safety?.text,
    ext.lastSeen?.text,
    ext.moneySent?.text,
    ...ext.amounts.map((a) => a.text),
    ...ext.phones,
  ];
  for (const span of spans) if (span !== undefined && span !== '') rest = rest.split(span.toLowerCase()).join(' ');
  const words = rest.replace(FILLER_EN, ' ').match(/[a-z]{2,}/g)?.length ?? 0;
  const han = rest.replace(FILLER_ZH, '').match(/\p{Script=Han}/gu)?.length ?? 0;
  return words >= 3 || han >= 4;
}

/** The extraction says something about an element other than `key` (words about people, vehicles, time...). */
export function aboutOtherThan(key: ElementKey, ext: Extraction): boolean {
  return OTHER.some((b) => b.key !== key && b.found?.(ext) === true);
}

/** Reads `text` as the answer to `key`. */
export function parseAnswer(w: Work, key: ElementKey, text: string, ext: Extraction): Parsed {
  const t = text.trim();
  // "no I'm ok" to "is it still happening?": a yes/no question answered by a leading yes or no.
  const leadsWithYesNo = w.def.elements[key].kind === 'yesno' && LEADING_YES_NO.test(ext.normalized);
  // "Is anyone hurt?" asked again and answered again with words about people ("someone still inside the one
  // on its roof"): those words are the answer, not a third question.
  const askedBefore =
    key === 'injuries' &&
    w.s.awaiting === key &&
    w.s.reasks > 0 &&
    ext.weapons === undefined &&
    ext.time === undefined &&
    ext.vehicles === undefined &&
    ext.location?.specific !== true;
  if (!leadsWithYesNo && !askedBefore && aboutOtherElement(w, key, t, ext)) return { ok: false, other: true };
  return parseAs(w, key, text, ext);
}

/** The element's own reading of `text` as its answer, without the checks above. */
export function parseAs(w: Work, key: ElementKey, text: string, ext: Extraction): Parsed {
  return BEHAVIOURS[key].parse(w, text, ext, () => aboutOtherThan(key, ext));
}

/** Records an accepted answer to `key` and what it also tells. */
export function acceptAnswer(w: Work, key: ElementKey, parsed: Parsed & { ok: true }): void {
  if (key === 'location') setLocation(w, parsed.value, parsed.specific === true, 'answer');
  else setElement(w, key, parsed.value, 'answer');
  BEHAVIOURS[key].onAnswer?.(w, parsed.value);
}
