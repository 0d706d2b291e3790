/**
 * English places: "123 Main Street", "5th Ave & Pine", "corner of Oak and 3rd", "near Central Park south
 * gate", "address is ...", "I'm at ...". Relative words alone (here, upstairs, next door, my house) come
 * back with specific = false.
 */
import type { LocationFound } from './types.js';
import { allMatches, alternation, originalSpan } from './fold.js';

export const EN_STREET_SUFFIXES = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'lane',
  'ln',
  'drive',
  'dr',
  'way',
  'court',
  'ct',
  'place',
  'pl',
  'highway',
  'hwy',
  'terrace',
  'parkway',
  'pkwy',
  'crescent',
  'close',
  'square',
  'sq',
  'alley',
  'row',
  'circle',
  'cir',
];

export const EN_LANDMARKS = [
  'park',
  'station',
  'mall',
  'school',
  'hospital',
  'bridge',
  'hotel',
  'bank',
  'airport',
  'stadium',
  'church',
  'temple',
  'mosque',
  'market',
  'square',
  'plaza',
  'library',
  'university',
  'college',
  'center',
  'centre',
  'building',
  'tower',
  'apartments',
  'supermarket',
  'restaurant',
  'bar',
  'pub',
  'club',
  'cinema',
  'theater',
  'theatre',
  'museum',
  'campus',
  'gym',
  'store',
  'shop',
  'cafe',
  'motel',
  'hall',
  'garden',
  'gardens',
  'zoo',
  'beach',
  'pier',
  'terminal',
  'subway',
  'metro',
  'estate',
  'mansion',
  'tunnel',
  'exit',
];

export const EN_RELATIVE = [
  'here',
  'over here',
  'right here',
  'next door',
  'upstairs',
  'downstairs',
  'the next room',
  'next room',
  'outside',
  'inside',
  'at home',
  'home',
  'my house',
  'my home',
  'my place',
  'my apartment',
  'my flat',
  'my room',
  'our house',
  'our apartment',
  "my neighbour's house",
  "my neighbor's house",
  "neighbour's house",
  "neighbor's house",
  'the bedroom',
  'the kitchen',
  'the bathroom',
  'the basement',
  'the backyard',
  'the garage',
  'the hallway',
  'across the street',
  'nearby',
  'around the corner',
  'the house',
  'the building',
];

/** Words that cannot be part of a street or place name. */
const STOPWORDS = new Set(
  'the a an my our his her their your this that these those on in at to of and or is are was were be been down up into onto from by near with ran run went go going come came men man guys guy people person someone somebody minutes hours ago he she they we i it me him them just now still there here some any all two three four five'.split(
    ' ',
  ),
);

const STREET = alternation(EN_STREET_SUFFIXES);
const LANDMARK = alternation(EN_LANDMARKS);
const ORDINAL = '\\d+(?:st|nd|rd|th)';
const UNIT = `(?:,?\\s*(?:apt|apartment|unit|suite|flat|room|#)\\.?\\s*#?[a-z0-9-]+)?`;

const NUMBERED = new RegExp(`\\b\\d+[a-z]?(?:-\\d+)?\\s+((?:[a-z0-9'.-]+\\s+){0,3}?)(?:${STREET})\\b\\.?${UNIT}`, 'g');
const JUNCTION = new RegExp(
  `\\b((?:${ORDINAL}|[a-z]+)(?:\\s+(?:${STREET}))?)\\.?\\s*(&|and|/|at)\\s*((?:${ORDINAL}|[a-z]+)(?:\\s+(?:${STREET})\\b\\.?)?)`,
  'g',
);
const CORNER = new RegExp(
  `\\b(?:corner|intersection|junction)\\s+of\\s+([a-z0-9'. ]+?)\\s+(?:and|&)\\s+((?:${ORDINAL}|[a-z0-9']+)(?:\\s+(?:${STREET})\\b\\.?)?)`,
  'g',
);
const NAMED_STREET = new RegExp(
  `\\b(?:on|at|in|near|along|off|down)\\s+((?:[a-z0-9'-]+\\s+){1,3}?)(?:${STREET})\\b\\.?`,
  'g',
);
const LANDMARK_RE = new RegExp(
  `((?:[a-z0-9][\\w'.-]*\\s+){1,4})(?:${LANDMARK})s?\\b(?:\\s+(?:south|north|east|west|main|front|back|side|rear)\\s+(?:gate|entrance|exit|door))?`,
  'g',
);
const PREPOSITIONS = new Set(['at', 'in', 'near', 'by', 'outside', 'behind', 'opposite', 'from', 'to', 'inside']);
const INTRODUCED =
  /\b(?:(?:my |the )?address is|address:|location is|location:|located at|i'?m at|i am at|we'?re at|we are at|i'?m in|i am in|come to)\s+([^,;!?\n]+?)(?=\s*(?:[,;!?\n]|\.(?:\s|$)|\s+and\s|\s+but\s|$))/g;
const RELATIVE_RE = new RegExp(`\\b(?:${alternation(EN_RELATIVE)})\\b`, 'g');
/** Numbered roads and exits: "Route 9", "I-5", "Highway 101", "US-101", "exit 42", "junction 4". */
const NUMBERED_ROAD =
  /\b(?:(?:route|rte|highway|hwy|interstate|state road|state route|freeway|motorway|exit|junction)\s*#?\d+[a-z]?|(?:i|us|sr)-\d+)\b/g;
/** A unit or building in front of an address: "Flat 3, ", "Room 412, ", "Building 5, ", "Apt 5B ". */
const UNIT_BEFORE =
  /(?:^|[\s,(])((?:(?:flat|apt|apartment|unit|suite|room|rm|building|bldg|block|blk|house|floor)(?:\s*#?\d[a-z0-9-]*|\s+[a-z](?![a-z]))|no\.?\s*\d[a-z0-9-]*)\s*,?\s*)$/;
/** Between two parts of one address: a comma, "near", "by" ("Hilton Hotel, 500 Broad St", "I-5 near exit 42"). */
const JOINER = /^(?:\s*,\s*|\s+(?:near|by|at|off)\s+|\s*,\s*(?:near|by|at|off)\s+)$/;

interface Candidate extends LocationFound {
  start: number;
  end: number;
}

function isCapitalised(original: string, start: number): boolean {
  return /[A-Z0-9]/.test(original.charAt(start));
}

function nameOk(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => !STOPWORDS.has(w));
}

/** The other side of a junction is a real street: an ordinal, a street suffix, or a capitalised name. */
function streetLike(original: string, folded: string, start: number, text: string): boolean {
  if (new RegExp(`^${ORDINAL}$|\\s(?:${STREET})\\.?$`).test(text)) return true;
  return isCapitalised(original, start) && !STOPWORDS.has(text) && /^[a-z]/.test(folded.charAt(start));
}

export function englishLocations(original: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, specific: boolean) => {
    const text = originalSpan(original, { start, end }).replace(/[.,]$/, '');
    if (text !== '' && !out.some((o) => o.start === start && o.end === end)) out.push({ text, specific, start, end });
  };

  for (const m of allMatches(NUMBERED, folded)) {
    if (m[1] === undefined || m[1].trim() === '' || nameOk(m[1])) add(m.index, m.index + m[0].length, true);
  }
  for (const m of allMatches(CORNER, folded)) add(m.index, m.index + m[0].length, true);
  // Junctions can overlap ("fight at 5th ave & pine"): retry one character on after each rejected match.
  const junction = new RegExp(JUNCTION.source, 'g');
  for (let m = junction.exec(folded); m !== null; m = junction.exec(folded)) {
    const left = m[1] ?? '';
    const right = m[3] ?? '';
    const rightStart = m.index + m[0].length - right.length;
    const leftHasSuffix = new RegExp(`\\s(?:${STREET})$|^${ORDINAL}`).test(left);
    const rightHasSuffix = new RegExp(`\\s(?:${STREET})\\.?$|^${ORDINAL}`).test(right);
    const stop = STOPWORDS.has(left.split(/\s+/)[0] ?? '') || STOPWORDS.has(right.split(/\s+/)[0] ?? '');
    const loose = m[2] === 'and' || m[2] === 'at';
    const ok =
      !stop &&
      (loose
        ? leftHasSuffix && (rightHasSuffix || streetLike(original, folded, rightStart, right))
        : leftHasSuffix || rightHasSuffix);
    if (ok) add(m.index, m.index + m[0].length, true);
    else junction.lastIndex = m.index + 1;
  }
  // "ran off on Main St": a rejected match ("off on main") is retried one character on.
  const named = new RegExp(NAMED_STREET.source, 'g');
  for (let m = named.exec(folded); m !== null; m = named.exec(folded)) {
    const name = m[1] ?? '';
    if (!nameOk(name)) {
      named.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[0].indexOf(name);
    add(start, m.index + m[0].length, true);
  }
  for (const m of allMatches(LANDMARK_RE, folded)) {
    // Walk back from the landmark noun over the name words: capitalised, or lower-case right after "at/near".
    const words = Array.from((m[1] ?? '').matchAll(/\S+/g)).map((w) => ({ w: w[0], at: m.index + w.index }));
    let nameStart = -1;
    for (let i = words.length - 1; i >= 0; i -= 1) {
      const word = words[i];
      if (!word || STOPWORDS.has(word.w) || PREPOSITIONS.has(word.w)) break;
      const before = words[i - 1]?.w;
      if (isCapitalised(original, word.at) || (before !== undefined && PREPOSITIONS.has(before))) nameStart = word.at;
      else break;
    }
    if (nameStart >= 0) add(nameStart, m.index + m[0].length, true);
  }
  for (const m of allMatches(INTRODUCED, folded)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    const relative = new RegExp(`^(?:${alternation(EN_RELATIVE)})$`).test(value.trim());
    const specific =
      !relative &&
      (/\d/.test(value) ||
        /[\u3400-\u9fff]/.test(value) ||
        /\b[A-Z]/.test(original.slice(start, start + value.length)));
    // "I'm in trouble" is not a place; an address the reporter calls one is kept even when vague.
    const addressTrigger = /address|location|located/.test(m[0]);
    if (specific || relative || addressTrigger) add(start, start + value.length, specific);
  }
  for (const m of allMatches(NUMBERED_ROAD, folded)) add(m.index, m.index + m[0].length, true);
  for (const m of allMatches(RELATIVE_RE, folded)) add(m.index, m.index + m[0].length, false);
  for (const c of out.filter((o) => o.specific)) {
    const whole = widen(original, folded, c, out);
    if (whole.start !== c.start || whole.end !== c.end) add(whole.start, whole.end, true);
  }
  return out;
}

/**
 * Widens a specific place with the parts around it that belong to the same address: a unit in front
 * ("Flat 3, 22 Baker Street"), a named place on the street ("the Walmart on 5th Ave"), and other specific
 * places joined by a comma or "near" ("Room 412, Hilton Hotel, 500 Broad St", "I-5 near exit 42").
 */
function widen(
  original: string,
  folded: string,
  c: Candidate,
  all: readonly Candidate[],
): { start: number; end: number } {
  let { start, end } = c;
  for (let changed = true; changed;) {
    changed = false;
    const before = folded.slice(0, start);
    const prev = all
      .filter((o) => o.specific && o.end <= start && JOINER.test(folded.slice(o.end, start)))
      .sort((a, b) => a.start - b.start)[0];
    if (prev) {
      start = prev.start;
      changed = true;
      continue;
    }
    const unit = UNIT_BEFORE.exec(before)?.[1] ?? namedBefore(original, before);
    if (unit !== undefined) {
      start -= unit.length;
      changed = true;
      continue;
    }
    const next = all
      .filter((o) => o.specific && o.start >= end && JOINER.test(folded.slice(end, o.start)))
      .sort((a, b) => b.end - a.end)[0];
    if (next) {
      end = next.end;
      changed = true;
    }
  }
  return { start, end };
}

/**
 * A place named in front of a street: "the Walmart on ", "the gas station at ", "Tesco on " (a landmark noun or
 * a capitalised name, up to three words, after a preposition or at the start). Returns the text to add.
 */
function namedBefore(original: string, before: string): string | undefined {
  const link = /\s(?:on|at|off|by)\s+$/.exec(before);
  if (!link) return undefined;
  const words = Array.from(before.slice(0, link.index).matchAll(/[\w'&.-]+/g)).map((w) => ({ w: w[0], at: w.index }));
  const name: { w: string; at: number }[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 3; i -= 1) {
    const word = words[i];
    if (!word || STOPWORDS.has(word.w) || PREPOSITIONS.has(word.w) || word.w === 'outside') break;
    name.unshift(word);
  }
  const first = name[0];
  if (first === undefined) return undefined;
  const landmark = new RegExp(`^(?:${LANDMARK})s?$`);
  // A capitalised name counts, but not the first word of a sentence ("Fight at ...", "I'm at ...").
  const sentenceStart = /(?:^|[.!?]\s*)$/.test(before.slice(0, first.at).trimEnd());
  const capitalised = /^[A-Z]/.test(original.charAt(first.at)) && !sentenceStart;
  if (!name.some((n) => landmark.test(n.w)) && !capitalised) return undefined;
  const the = words[words.indexOf(first) - 1];
  const from = the?.w === 'the' ? the.at : first.at;
  return before.slice(from);
}
