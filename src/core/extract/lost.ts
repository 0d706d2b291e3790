/**
 * What was taken, named in the report: "后备箱的高尔夫球包没了", "电动车被偷了", "偷了我的手机", "someone stole my
 * catalytic converter", "my bike got nicked". The object of a verb of taking (or the subject of its passive), as
 * written; people (孩子不见了 is a missing child) and bare "stuff / 东西" are not a loss named.
 */
import type { Found } from './types.js';
import { allMatches, alternation, clauses, originalSpan, fold } from './fold.js';

/** Chinese: the thing before 被偷了 (northern 叫人偷了, 让人偷了) / 丢了 / 没了 / 不见了 (passive or unaccusative: it is the subject). */
const ZH_TAKEN_AFTER =
  /([\p{Script=Han}a-z0-9]{1,10}?)(?:又|都|也)?(?:(?:被|畀|俾|遭|叫|让|给)(?:人|小偷|贼)?给?(?:偷|抢|盗|扒|顺|拿|撬|割|剪|拆|卸)(?:走|掉)?(?:了|咗)|(?:丢|丢失|失窃|被盗)(?:了|咗)?|没了|没有了|没得了|没咗|不见了|不见咗|找不到了)/gu;
/** Chinese: the thing after 偷了 / 抢走了, with a possessive or a count in front of it ("偷了我的手机", "抢了两部手机"). */
const ZH_TAKEN_BEFORE =
  /(?:偷|抢|盗|扒|顺|拿|撬|割|剪|卸)(?:走|掉)?了(?:(?:我|我们|我家|他|她|他们)的?|(?:[一两二三四五六七八九十几\d]+)(?:个|辆|部|台|只|块|条|袋|包|箱|件|张|部))([\p{Script=Han}a-z0-9]{1,8})/gu;
/**
 * Chinese: the thing after a passive's verb, which needs no possessive ("在地铁上被人偷了钱包", Cantonese
 * "畀人扒咗银包": 畀 / 俾 for 被, 咗 for 了): what is taken from the victim stays after the verb.
 */
const ZH_TAKEN_PASSIVE =
  /(?:被|畀|俾|遭)(?:人|小偷|贼|扒手)?(?:偷|抢|盗|扒|顺|拿|割|剪|卸)(?:走|掉)?(?:了|咗)(?!(?:我|我们|我家|他|她|他们)的?)([\p{Script=Han}a-z0-9]{1,8})/gu;
/** Words that cannot end a thing's name (the span ran into a verb or a person). */
const ZH_NOT_A_THING =
  /(?:^|[就了都也又还却我你他她它们人子儿女妈爸爷奶公婆孩娃宝弟妹哥姐的来去下走跑说看])$|(?:东西|什么|啥|钱包里|车里|家里)$/u;
/** People: a person who "不见了" is missing, not a loss. */
const ZH_PERSON =
  /(?:孩子|小孩|儿子|女儿|老人|老公|老婆|妈|爸|爷|奶|姥|外婆|外公|宝宝|娃|人|朋友|同学|男朋友|女朋友|弟|妹|哥|姐|狗|猫|仔|囡|细路|老豆)/u;

/** A place or a home, not a thing: "在公园不见了", "我家被偷了" (a burglary: the home, not what was taken). */
const ZH_PLACE_LIKE = /^(?:在|从|到)|(?:家|家里|屋里|店里|店|公司|宿舍|房间|门锁|锁|上|里)$/u;

const EN_TAKE_VERBS = [
  'stole',
  'stolen',
  'took',
  'taken',
  'nicked',
  'snatched',
  'swiped',
  'grabbed',
  'lifted',
  'pinched',
  // UK: "dipped my phone" (pickpocketed), "taxed my bike" (robbed of it).
  'dipped',
  'taxed',
  // Nigerian, Ghanaian and Indian English "picked my phone" (pickpocketed).
  'picked',
  'jacked',
  'robbed me of',
  'cut off',
  'broke into',
  'smashed',
  // Gone with it: "a guy on a bike took off with my bag", "made off with the till".
  'took off with',
  'ran off with',
  'run off with',
  'made off with',
  'got away with',
  'legged it with',
  // Torn away: "yanked my chain off", "ripped my earrings out", "nabbed my bag".
  'yanked',
  'ripped',
  'tore',
  'nabbed',
];
/** UK, Irish and Australian "me" for "my" ("nicked me bike", "all me tools"). */
const EN_DETERMINERS = '(?:my|our|his|her|their|the|a|an|some|two|three|all my|all our|all me|all the|me)';
/** Words that end a noun phrase: prepositions, adverbs, conjunctions, times. */
const EN_STOP = new Set(
  'off from out of last this and at in on while when yesterday tonight today just right now then but so with by from outside inside before after earlier again was were is are got has have had it to for into onto away home up back'.split(
    ' ',
  ),
);
const EN_TAKEN_BEFORE = new RegExp(
  `\\b(?:${alternation(EN_TAKE_VERBS)})\\s+${EN_DETERMINERS}\\s+([a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,3})`,
  'g',
);
const EN_TAKEN_AFTER =
  /\b(?:my|our|me)\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:was|were|got|has been|have been|been|is|are|just got|kena|kenna|'s been|s been)\s+(?:stolen|taken|nicked|snatched|swiped|jacked|robbed|pinched|lifted|pickpocketed|pickpocket)\b/g;
/** "they got my phone", "he's got her purse": got / took with the taker named (not "I got my phone back"). */
const EN_TAKEN_GOT = new RegExp(
  `\\b(?:they|he|she|someone|somebody|some guy|the guy|the lads|some lads|them|thief|thieves|robbers?)(?:'ve|'s|ve|s)?\\s+(?:got|have got|has got|took off with|ran off with|made off with|legged it with)\\s+(?:my|our|her|his|their)\\s+([a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,3})`,
  'g',
);
const EN_GENERIC = /^(?:stuff|things|something|everything|it|them|me|us|him|her|place|house|home|car|lot)$/;
/** People: "grabbed a little girl" is an abduction, not a loss. */
const EN_PERSON =
  /\b(?:girl|girls|boy|boys|kid|kids|child|children|son|daughter|baby|woman|women|man|men|wife|husband|mom|mum|dad|mother|father|sister|brother|friend|grandma|grandpa|toddler|teen|person|people|dog|cat)\b/;

function enPhrase(words: string): string | undefined {
  const kept: string[] = [];
  for (const w of words.split(/\s+/)) {
    if (EN_STOP.has(w)) break;
    kept.push(w);
  }
  const phrase = kept.join(' ');
  return phrase === '' || EN_GENERIC.test(phrase) || EN_PERSON.test(phrase) ? undefined : phrase;
}

/**
 * "laptop bag gone", "my wallet is missing", "car broken into, laptop stolen": the thing before gone / missing /
 * stolen, at a clause start or after my / the / and.
 */
const EN_GONE =
  /(?:^\s*|\b(?:my|our|the|his|her|their|and)\s+)(?!(?:my|our|the|his|her|their|me)\s)((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:is\s+|was\s+|are\s+|were\s+|all\s+)?(?:gone|missing|stolen|nicked|snatched|swiped|pinched)\b/g;
/** Whoever is gone is no loss: pronouns, and the ones who did it. */
const EN_PRONOUN =
  /^(?:he|she|they|it|we|i|you|he's|she's|they're|it's|hes|shes|theyre|its|someone|somebody|everyone|nobody)$|\b(?:lads?|guys?|blokes?|police|cops|thieves|thief|robbers?|suspects?|intruders?|burglars?)\b/;

/** Any verb of taking at all: most messages have none, and are not read clause by clause. */
const ANY_TAKING =
  /\b(?:got|ran off with|run off with|made off with|took off with|legged it with|yanked|ripped|tore|nabbed)\b|被|偷|抢|盗|扒|顺|拿|撬|割|剪|卸|丢|失窃|没了|没得了|没咗|不见了|不见咗|找不到了|\b(?:pickpocket|stole|stolen|took|taken|nicked|snatched|swiped|grabbed|lifted|pinched|jacked|robbed|cut off|broke into|smashed|dipped|taxed|picked|gone|missing)\b/;

export function extractLost(original: string, folded: string = fold(original)): Found | undefined {
  if (!ANY_TAKING.test(folded)) return undefined;
  const found: Array<{ start: number; end: number }> = [];
  for (const clause of clauses(folded)) {
    const text = folded.slice(clause.start, clause.end);
    const at = clause.start;
    // A passive with what was taken after its verb: what stands before it is the victim or the place
    // ("快递站被人偷了两个箱子"), not the thing.
    const passives = new Set<number>();
    for (const m of allMatches(ZH_TAKEN_PASSIVE, text)) {
      const thing = (m[1] ?? '').replace(/(?:就|然后|还|又|在|喺|的时候|那时).*$/u, '');
      if (thing === '' || /^(?:东西|什么|啥|的)$/u.test(thing) || ZH_PERSON.test(thing)) continue;
      const start = at + m.index + m[0].length - (m[1] ?? '').length;
      passives.add(m.index);
      found.push({ start, end: start + thing.length });
    }
    for (const m of allMatches(ZH_TAKEN_AFTER, text)) {
      // "停在楼下的摩托车被偷了" (Guizhou 嘞, 滴 for 的): where it was left, said before the thing, is no part of it.
      const described =
        (m[1] ?? '').match(/^.*(?:在|喺)[^的嘞滴]*[的嘞滴](?=[\p{Script=Han}a-z0-9]{2})/u)?.[0].length ?? 0;
      // "我手机在公交车上被人偷了": the thing, then where (在 / 喺 / 从 ...), then the passive.
      const thing = (m[1] ?? '')
        .slice(described)
        .replace(/(?<=[\p{Script=Han}a-z0-9]{2})(?:在|喺|从|放在|搁在).*$/u, '');
      if (ZH_NOT_A_THING.test(thing) || ZH_PERSON.test(thing) || ZH_PLACE_LIKE.test(thing)) continue;
      if (passives.has(m.index + m[0].search(/[被畀俾遭]/u))) continue;
      found.push({ start: at + m.index + described, end: at + m.index + described + thing.length });
    }
    for (const m of allMatches(ZH_TAKEN_BEFORE, text)) {
      const thing = (m[1] ?? '').replace(/(?:就|然后|还|又).*$/u, '');
      if (thing === '' || thing === '的' || ZH_PERSON.test(thing)) continue;
      const start = at + m.index + m[0].length - (m[1] ?? '').length;
      found.push({ start, end: start + thing.length });
    }
    for (const m of allMatches(EN_TAKEN_BEFORE, text)) {
      const phrase = enPhrase(m[1] ?? '');
      if (phrase === undefined) continue;
      const start = at + m.index + m[0].length - (m[1] ?? '').length;
      found.push({ start, end: start + phrase.length });
    }
    for (const m of allMatches(EN_TAKEN_GOT, text)) {
      const phrase = enPhrase(m[1] ?? '');
      if (phrase === undefined || /\bback\b/.test(text.slice(m.index))) continue;
      const start = at + m.index + m[0].length - (m[1] ?? '').length;
      found.push({ start, end: start + phrase.length });
    }
    for (const m of allMatches(EN_GONE, text)) {
      const phrase = enPhrase(m[1] ?? '');
      if (phrase === undefined || EN_PRONOUN.test(phrase)) continue;
      const rel = m[0].indexOf(phrase);
      if (rel < 0) continue;
      found.push({ start: at + m.index + rel, end: at + m.index + rel + phrase.length });
    }
    for (const m of allMatches(EN_TAKEN_AFTER, text)) {
      const phrase = m[1] ?? '';
      if (EN_GENERIC.test(phrase) || EN_PERSON.test(phrase)) continue;
      const start = at + m.index + m[0].indexOf(phrase, 3);
      found.push({ start, end: start + phrase.length });
    }
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.start - b.start);
  const spans = found.filter((f, i) => i === 0 || f.start >= (found[i - 1]?.end ?? 0));
  return { text: spans.map((f) => originalSpan(original, f)).join('，') };
}
