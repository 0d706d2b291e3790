/**
 * English lemmas. Measured here (2 shared cores, under load): wink-nlp with wink-eng-lite-web-model costs
 * about 120 µs of CPU per short message and 1 s to load; the core's budget is 200 µs per message for
 * everything. So the core uses this light suffix stripper, and the test suite checks it against wink-nlp's
 * lemmas for every English word of the vocabulary and a list of report verbs (tests/core/lang/lemma.test.ts):
 * wink is the reference, this is the runtime.
 */
import { EN_ABBREVIATIONS } from './vocabulary.js';

/** Irregular forms reporters use (past tense and participles of the verbs that matter). */
// prettier-ignore
const IRREGULAR: Readonly<Record<string, string>> = {
  threw: 'throw', thrown: 'throw', beat: 'beat', beaten: 'beat', shot: 'shoot', hit: 'hit', cut: 'cut',
  took: 'take', taken: 'take', stole: 'steal', stolen: 'steal', broke: 'break', broken: 'break', fell: 'fall',
  fallen: 'fall', ran: 'run', held: 'hold', kept: 'keep', left: 'leave', went: 'go', gone: 'go', saw: 'see',
  seen: 'see', got: 'get', gotten: 'get', drove: 'drive', driven: 'drive', bit: 'bite', bitten: 'bite',
  fought: 'fight', caught: 'catch', grabbed: 'grab', hurt: 'hurt', put: 'put', swung: 'swing', stuck: 'stick',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', has: 'have', had: 'have', did: 'do', does: 'do',
  said: 'say', told: 'tell', made: 'make', came: 'come', knew: 'know', known: 'know', forced: 'force', od: 'overdose',
  "od'd": 'overdose', odd: 'overdose', graffiti: 'graffito', died: 'die', dying: 'die', lying: 'lie', lay: 'lie', tied: 'tie',
  knifed: 'knife', knifing: 'knife',
};

/** The irregular forms of each base form ("take" → took, taken), for readers that look for a word's forms as text. */
const FORMS_OF = new Map<string, string[]>();
for (const [form, base] of Object.entries(IRREGULAR)) {
  const list = FORMS_OF.get(base);
  if (list === undefined) FORMS_OF.set(base, [form]);
  else list.push(form);
}

/** The irregular forms of an English base form ("throw" → threw, thrown); none for a regular verb. */
export function irregularForms(base: string): readonly string[] {
  return FORMS_OF.get(base) ?? [];
}

/** Double consonant before -ed / -ing ("stabbed" → "stab", "robbing" → "rob"). */
const DOUBLED = /([bdgklmnprtz])\1$/;
const VOWEL = /[aeiou]/;

/** The base form of an English word (lower case): "stabbed" → "stab", "kicking" → "kick", "knives" → "knife". */
/**
 * Lemmas of words seen recently: every reader of a message (triage's token terms, frames, likeness) asks for the
 * lemma of the same words, and everyday words come back in every message. Bounded: emptied when full.
 */
const lemmas = new Map<string, string>();
const LEMMAS_KEPT = 4096;

export function lemma(word: string): string {
  let found = lemmas.get(word);
  if (found === undefined) {
    found = findLemma(word);
    if (lemmas.size >= LEMMAS_KEPT) lemmas.clear();
    lemmas.set(word, found);
  }
  return found;
}

/**
 * Verbs whose -ing form people text without the g ("fightin", "jumpin my cousin", "bleedin", "layin into"): the
 * dropped g is read as -ing only for these, never for a word that merely ends in -in (cousin, cabin, basin, robin).
 */
// prettier-ignore
const DROPPED_G: ReadonlySet<string> = new Set([
  'fight', 'jump', 'bleed', 'stab', 'shoot', 'rob', 'beat', 'kick', 'punch', 'hit', 'scream', 'yell', 'smash', 'break',
  'steal', 'run', 'chase', 'swing', 'choke', 'drown', 'burn', 'smoke', 'follow', 'threaten', 'touch', 'grab', 'hurt',
  'kill', 'cut', 'bash', 'batter', 'stomp', 'slap', 'throw', 'drag', 'shout', 'cry', 'beg', 'breathe', 'move', 'wake',
  'respond', 'shake', 'sink', 'creep', 'lurk', 'stalk', 'hide', 'bang', 'lay', 'lie', 'come', 'go', 'try', 'start',
  'fix', 'pull', 'wave', 'point', 'deal', 'sell', 'speed', 'drive', 'swerve', 'crash', 'flash', 'mess', 'hold', 'rape',
  'abuse', 'cheat', 'scam', 'kidnap', 'hang', 'jack', 'mug', 'swim', 'float', 'fit', 'seize', 'faint', 'puke', 'vomit',
  'sit', 'watch', 'wait', 'stand', 'walk', 'knock', 'park', 'drink', 'look',
]);

function findLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length >= 5 && (w.endsWith('in') || w.endsWith("in'"))) {
    const full = findLemma(w.replace(/in'?$/, 'ing'));
    if (DROPPED_G.has(full)) return full;
  }
  if (w.length <= 3) return w;
  if (w.endsWith('ives') && w.length > 5) return w.slice(0, -3) + 'fe'; // knives → knife
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  for (const suffix of ['ing', 'ed'] as const) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length < 2 || !VOWEL.test(stem)) continue;
    if (DOUBLED.test(stem) && !/(ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
    // A silent e: "bottled" → "bottle", "argued" → "argue", "forced" → "force", "collapsed" → "collapse",
    // and in one-syllable words "choked" → "choke", "swiped" → "swipe".
    if (/[bcdfgkptz]l$|u$|v$|[^c]c$|[plrn]s$|dg$|iz$/.test(stem)) return stem + 'e';
    const oneSyllable = (stem.match(/[aeiouy]+/g) ?? []).length === 1;
    if (oneSyllable && /[^aeiou][aeiou][bcdgkmpstvz]$/.test(stem) && !/(ck|ss|st)$/.test(stem)) return stem + 'e';
    return stem;
  }
  if (w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** A chat abbreviation's expansion ("rn" → "right now"), or the word itself. */
export function expandAbbreviation(word: string): string {
  return EN_ABBREVIATIONS[word] ?? word;
}
