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
  // Road types and their abbreviations as written in AU / NZ (AS/NZS 4819), UK and US addresses.
  'cres',
  'pde',
  'parade',
  'tce',
  'cl',
  'grove',
  'gr',
  'cct',
  'circuit',
  'esp',
  'esplanade',
  'prom',
  'promenade',
  'mews',
  'fwy',
  'freeway',
  'mwy',
  'motorway',
  'expy',
  'expressway',
  'tpke',
  'turnpike',
  'pike',
  'bvd',
  'trk',
  'trl',
  'byp',
  'bypass',
];

export const EN_LANDMARKS = [
  'park',
  'station',
  'mall',
  'school',
  // UK and Irish "St Joseph's primary", "the primary on Elm Rd": a primary school.
  'primary',
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
  'nightclub',
  'memorial',
  'trailhead',
  'trail',
  'dorm',
  'dorms',
  'apts',
  'crossing',
  'salon',
  'pharmacy',
  'clinic',
  'motel',
  'inn',
  'diner',
  'arena',
  'field',
  'lake',
  'river',
  'creek',
  'woods',
  'forest',
  'overpass',
  'underpass',
  'roundabout',
  'interchange',
  'services',
  'warehouse',
  'factory',
  'depot',
  'lot',
  'garage',
  'atm',
  'courthouse',
  'precinct',
  'pool',
  'complex',
  'academy',
  'playground',
  'harbour',
  'harbor',
  'marina',
  'villas',
  'villa',
  'manor',
  'heights',
  'towers',
  'lodge',
  'fitness',
  'dock',
  'docks',
  'quay',
  // Outdoors: trails, peaks and water people get lost or hurt at.
  'peak',
  'summit',
  'ridge',
  'canyon',
  'gorge',
  'falls',
  'waterfall',
  'track',
  'path',
  'boardwalk',
  'towpath',
  'canal',
  'reservoir',
  'quarry',
  'campground',
  'campsite',
  'jetty',
  'ferry',
  'wharf',
  'lookout',
  // Roadside and everyday places in UK / AU / US slang: the servo (petrol station), the bottle-o (off-licence),
  // the chippy, the offy, the boozer (pub), the layby.
  'servo',
  'bottle-o',
  'bottlo',
  'chippy',
  'offy',
  'offie',
  'boozer',
  'takeaway',
  'laundromat',
  'launderette',
  'layby',
  'lay-by',
  'footbridge',
  'skatepark',
  'boathouse',
  'bandstand',
  'shelter',
  // Places named this way in South African, East African and South Asian English: the taxi rank, a matatu stage,
  // a chowk or bazaar, a godown (warehouse).
  'rank',
  'taxi rank',
  'stage',
  'bus stage',
  'chowk',
  'bazaar',
  'godown',
];

/** Chains and brands people give as landmarks ("behind the Tesco", "outside the Walmart"). */
export const EN_BRANDS = [
  'tesco',
  'walmart',
  'target',
  'kroger',
  'costco',
  "mcdonald's",
  'mcdonalds',
  'starbucks',
  'dunkin',
  "dunkin'",
  'wawa',
  '7-eleven',
  '7-11',
  'walgreens',
  'cvs',
  'aldi',
  'lidl',
  'asda',
  "sainsbury's",
  'sainsburys',
  'morrisons',
  'boots',
  'kfc',
  "wendy's",
  'chipotle',
  'safeway',
  'greyhound',
  'shell',
  'chevron',
  'exxon',
  'texaco',
  'esso',
  'ikea',
  'primark',
  'waitrose',
  'publix',
  'meijer',
  'sheetz',
  // Chains by the names people text them (AU, UK, US): Maccas (McDonald's), Woolies (Woolworths), Spoons
  // (Wetherspoons), the Co-op, Timmies (Tim Hortons).
  'maccas',
  "macca's",
  'woolies',
  'woolworths',
  'coles',
  'kmart',
  'bunnings',
  'spoons',
  'wetherspoons',
  'wethers',
  'greggs',
  'costa',
  'co-op',
  'iga',
  'caltex',
  'ampol',
  'timmies',
  "denny's",
  'dennys',
  // Shopping centres, stores and fuel stops people name lower-case in a text (AU / NZ / UK / US / SG).
  'westfield',
  'home depot',
  "lowe's",
  'lowes',
  'best buy',
  'tk maxx',
  'argos',
  'currys',
  'poundland',
  'superdrug',
  'harvey norman',
  'jb hi-fi',
  'chemist warehouse',
  "pak'nsave",
  'pak n save',
  'fairprice',
  'dollar general',
  'dollar tree',
  'family dollar',
  'circle k',
  'quiktrip',
  'racetrac',
  "buc-ee's",
  'in-n-out',
  'taco bell',
  'burger king',
  "hungry jack's",
  'hungry jacks',
  "nando's",
  'nandos',
  "trader joe's",
  'trader joes',
  'whole foods',
  'food lion',
  'fred meyer',
  'albertsons',
  'heb',
  // Malls and shops known by one name (SG, MY, NG, ZA, UK, IE): "got fight at vivocity", "outside the Spar",
  // "by shoprite". One word each: a brand is read word by word.
  'vivocity',
  'suntec',
  'jewel',
  'jcube',
  'westgate',
  'northpoint',
  'funan',
  'tangs',
  'mustafa',
  'mydin',
  'aeon',
  'shoprite',
  'spar',
  'checkers',
  'pnp',
  'dunnes',
  'centra',
  'londis',
  'servo',
  'bullring',
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
  'my apt',
  'my car',
  'the car',
  'my truck',
  'the alley',
  'an alley',
  'the parking lot',
  'a parking lot',
  'the car park',
  'my office',
  'at work',
  'my work',
  'my dorm',
  'my school',
  'the woods',
  'the roof',
  'the rooftop',
  'the stairwell',
  'the stairs',
  'the lobby',
  'the elevator',
  'the lift',
  'the yard',
  'the front yard',
  'the back yard',
  // The open ground floor and lift landing of a Singapore HDB block.
  'the void deck',
  'void deck',
  'the lift lobby',
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
/** A text that starts with a one-word street name ("brixton rd near the tube"): an answer to "where?". */
const LEADING_STREET = new RegExp(`^([a-z][a-z'-]+\\s+)(?:${STREET})\\b\\.?`, 'g');
const NAMED_STREET = new RegExp(
  `\\b(?:on|at|in|near|along|off|down|up|onto|opp|nr)\\s+(?:the\\s+)?((?:[a-z0-9'-]+\\s+){1,3}?)(?:${STREET})\\b\\.?`,
  'g',
);
/**
 * An exit, gate or entrance by its letter or number, as signed at MRT and metro stations and malls ("MRT exit B",
 * "gate 3"). A lone "a" counts only at the end of a clause ("exit a guy ran out" is not exit A).
 */
const EXIT_LABEL = `(?:(?<=\\b(?:exit|gate|entrance))\\s+(?:[b-h]|a(?=\\s*(?:[,.!?]|$))|\\d{1,2}[a-z]?)(?![\\w']))?`;
const LANDMARK_RE = new RegExp(
  `((?:[a-z0-9][\\w'.-]*\\s+){1,4})(?:${LANDMARK})s?\\b(?:\\s+(?:south|north|east|west|main|front|back|side|rear)\\s+(?:gate|entrance|exit|door))?${EXIT_LABEL}`,
  'g',
);
/** Lower-case words before a landmark noun that say what kind it is, not which one ("the bus station"). */
// prettier-ignore
const GENERIC_KINDS = new Set([
  'bus', 'gas', 'petrol', 'train', 'police', 'fire', 'subway', 'tube', 'metro', 'coach', 'car', 'parking', 'public',
  'local', 'nearest', 'main', 'high', 'city', 'town', 'community', 'shopping', 'medical', 'big', 'little', 'old', 'new',
  'service', 'rail', 'railway', 'water', 'skate', 'dog', 'trailer', 'strip', 'elementary', 'middle', 'primary',
  'back', 'front', 'side', 'rear', 'top', 'upper', 'lower', 'inner', 'outer', 'taxi',
  // Kinds of shop, not names ("the corner shop", "the chippy", "the kebab shop"): one of many.
  'corner', 'chip', 'chippy', 'kebab', 'takeaway', 'chinese', 'indian', 'pizza', 'coffee', 'liquor', 'bottle', 'grocery',
  'convenience', 'phone', 'charity', 'betting', 'hardware', 'vape', 'nail', 'barber', 'barbers', 'off', 'newsagent',
]);
/** A verb, never a name word before a landmark noun: "the car didn't stop" is no bus stop. */
const NOT_A_NAME_VERB =
  /^(?:did|does|do|will|would|could|should|must|can|never|(?:did|does|do|wo|would|could|should|ca|is|was|are|were|has|have|had|ai)n'?t)$/;
// "nr" and "opp" are how "near" and "opposite" are texted.
const PREPOSITIONS = new Set([
  'at',
  'in',
  'near',
  'nr',
  'by',
  'outside',
  'behind',
  'opposite',
  'opp',
  'from',
  'to',
  'inside',
]);
const INTRODUCED =
  /\b(?:(?:my |the )?address is|address:|location is|location:|located at|i'?m at|i am at|we'?re at|we are at|i'?m in|i am in|come to)\s+([^,;!?\n]+?)(?=\s*(?:[,;!?\n]|\.(?:\s|$)|\s+and\s|\s+but\s|$))/g;
const RELATIVE_RE = new RegExp(`\\b(?:${alternation(EN_RELATIVE)})\\b`, 'g');
const RELATIVE_WHOLE = new RegExp(`^(?:${alternation(EN_RELATIVE)})$`);
const STREET_END = new RegExp(`^${ORDINAL}$|\\s(?:${STREET})\\.?$`);
const LEFT_SUFFIX = new RegExp(`\\s(?:${STREET})$|^${ORDINAL}`);
const RIGHT_SUFFIX = new RegExp(`\\s(?:${STREET})\\.?$|^${ORDINAL}`);
const LANDMARK_WORD = new RegExp(`^(?:${LANDMARK})s?$`);
/**
 * Numbered roads and exits: "Route 9", "I-5", "Highway 101", "US-101", "exit 42", "junction 4", and the state and
 * national highways of New Zealand and India ("SH1", "NH 48"; place-statements battery, session 16).
 */
const NUMBERED_ROAD =
  /\b(?:(?:route|rte|rt|highway|hwy|interstate|state road|state route|freeway|motorway|exit|junction|mile marker|milepost|mile post|mm)\.?\s*#?\d+[a-z]?|(?:i|us|sr|ca)-\d+|sh-?\d{1,3}[a-z]?|nh-?\s?\d{1,3}[a-z]?)\b/g;
/** British road numbers as written: "the A40", "M25 junction 4" (capitals required: "a40" in chat is not one). */
const UK_ROAD = /\b[AMB]\d{1,4}(?:\(M\))?\b/g;
/**
 * Places told without capitals or a street (issue 13): a UK road after "the / on" ("on the m6"), a motorway
 * junction ("j10", "jct 4"), a mile or kilometre post ("mile 340", "km 12"), a mountain ("mt baldy", "mount
 * hood") or a lake ("Lake Lanier") by its name, a saint's town or church after at / in / near ("at st ives"), a bus by its number ("the 73 bus", "bus
 * 38", "on the number 12"), a train line with a train, tube or station said ("on the northern line").
 */
const EN_MARKERS: readonly RegExp[] = [
  // ... and the national roads of Ireland and South Africa ("on the n1", "off the n7").
  /\b(?:the|on|off|along|down|up|onto|near|by)\s+([ambn]\d{1,4})\b/g,
  /\b(?:j\d{1,2}|jct\.?\s*\d{1,2}|(?:mile|km|kilometre|kilometer)\s+\d{1,4}(?:\.\d)?)\b/g,
  /\b(?:mt\.?|mount)\s+(?!(?:the|a|an|up|on|it|him|her|them)\b)[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?/g,
  /\blake\s+(?!(?:the|a|an|and|or|but|is|was|to|in|on|at|by|near|with|for|so|house|water|shore|front|side|edge|bank|view|road|rd|st|street|ave|drive)\b)[a-z][a-z'-]{2,}/g,
  /\b(?:at|in|near|outside|behind|opposite|from)\s+(st\.?\s+(?!(?:the|a|an|and|or|is|was)\b)[a-z][a-z'-]{2,})/g,
  /\b(?:the\s+)?(?:number\s+|no\.?\s*|route\s+)?\d{1,3}[a-z]?\s+(?:bus|tram|coach)\b|\b(?:bus|tram)\s+(?:number\s+|no\.?\s*|route\s+)?\d{1,3}[a-z]?\b(?!\s*(?:mins?|minutes|hours?|am|pm|%))/g,
  /\bon the (?:number\s+)?\d{1,3}[a-z]?\b(?=\s+(?:going|heading|towards|to|from|near|at|past|just|outside)\b|\s*(?:[,.!?]|$))/g,
];
/**
 * Singapore HDB addresses as people text them: "blk 231", "Blk 123 Ang Mo Kio Ave 3", "block 405 tampines st 21
 * #05-12", with the part of the estate before it ("the void deck blk 231", "lift lobby of blk 12") and the
 * unit (#floor-unit) after it. Street types there include Lorong (lor) and Jalan (jln) besides ave / st / rd;
 * a Lorong comes first with its number ("blk 52 lorong 6 toa payoh").
 */
const SG_SPOT =
  'void\\s+deck|lift\\s+lobby|playground|carpark|car\\s+park|mscp|multi-storey\\s+car\\s+park|hawker\\s+cent(?:re|er)|market|coffee\\s*shop|kopitiam|staircase|stairwell|corridor|lift|rubbish\\s+chute|pavilion|fitness\\s+corner|bin\\s+centre';
const SG_BLOCK = new RegExp(
  `\\b(?:(?:the\\s+)?(?:${SG_SPOT})\\s+(?:(?:at|of|near|beside|opp|below|under|downstairs)\\s+)?)?(?:blk|block)\\s*\\d{1,4}[a-z]?\\b(?!\\s+(?:times|calls|numbers|messages|texts|accounts|people|more|of|from|to)\\b)(?:\\s+(?:(?![a-z]*\\d)[a-z]+\\s+){1,4}?(?:${STREET}|lor|lorong|jln)\\b(?:\\s+\\d{1,3}[a-z]?\\b)?|\\s+(?:lorong|lor)\\s+\\d{1,2}[a-z]?\\b)?(?:\\s*,?\\s*#\\d{1,2}-\\d{1,5}[a-z]?\\b)?`,
  'g',
);
/** An HDB or condo unit on its own: "#05-12" (floor 05, unit 12; two-digit floor, two to four-digit unit). */
const SG_UNIT = /(?<![\w#])#\d{2}-\d{2,4}[a-z]?\b/g;
/** A train line: "the northern line", "the red line", "district line train"; only with a train, tube or station said. */
const TRAIN_LINE = /\b(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+line\b/g;
const TRAIN_CONTEXT =
  /\b(?:train|tube|metro|subway|underground|overground|platform|station|carriage|dlr|light rail|lrt|mrt|westbound|eastbound|northbound|southbound|pulled into|pulling into)\b/;
const NOT_A_LINE = new Set(
  'the a an phone finish front picket help hot time same fine bottom punch tree party dotted land chat power washing production assembly fishing start firing out bread head hair waist zip clothes queue coast shore straight main long whole first last next other this that my his her our their'.split(
    ' ',
  ),
);
/** A unit or building in front of an address: "Flat 3, ", "Room 412, ", "Building 5, ", "Apt 5B ". */
const UNIT_BEFORE =
  /(?:^|[\s,(])((?:(?:flat|apt|apartment|unit|suite|room|rm|building|bldg|block|blk|house|floor)(?:\s*#?\d[a-z0-9-]*|\s+[a-z](?![a-z]))|no\.?\s*\d[a-z0-9-]*)\s*,?\s*)$/;
/** Between two parts of one address: a comma, "near", "by" ("Hilton Hotel, 500 Broad St", "I-5 near exit 42"). */
const JOINER =
  /^(?:\s*,\s*|\s*,?\s+(?:(?:north|south|east|west)bound\s+|[nsew]b\s+)?(?:near|by|at|off|between)\s+(?:the\s+)?)$/;

/** "in Shrewsbury", "in Port Harcourt" right after a place of a kind: the town it is in (capitalised). */
const IN_TOWN = /^\s+in\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+){0,2})\b/;
/** Capitalised words after "in" that are not towns. */
// prettier-ignore
const NOT_A_TOWN = new Set(`january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer autumn fall winter the there
  this that`.split(/\s+/).filter(Boolean));

/** A house number on a numbered county, state or farm road ("1180 County Rd 12 Wapakoneta", "2201 FM 1960"). */
const RURAL_ROAD =
  /\b\d{1,6}\s+(?:(?:county|co\.?|state|township|twp)\s+(?:rd|road|route|rte|hwy|highway)|fm|farm to market(?:\s+road)?)\.?\s+\d{1,4}[a-z]?\b(?:\s+(?!(?:we|i|he|she|they|and|but|near|by)\b)[a-z]{3,}(?:\s+(?:oh|tx|ok|ky|tn|in|il|mi|wi|mn|ia|mo|ks|ne|ar|la|ms|al|ga|nc|sc|va|wv|pa|ny))?\b)?/g;

/** A numbered street said alone ("3rd", "42nd"). */
const ORDINAL_ONLY = new RegExp(`^${ORDINAL}$`);

/** At most this many candidates are kept and widened: reading stays linear in the message. */
const MAX_CANDIDATES = 48;

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
  if (STREET_END.test(text)) return true;
  return isCapitalised(original, start) && !STOPWORDS.has(text) && /^[a-z]/.test(folded.charAt(start));
}

/** The two scans that retry one character on after a rejected match (made once; lastIndex reset per call). */
const JUNCTION_SCAN = new RegExp(JUNCTION.source, 'g');
const NAMED_STREET_SCAN = new RegExp(NAMED_STREET.source, 'g');

export function englishLocations(original: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, specific: boolean) => {
    // A message naming more places than this is not a report to read closely; the work stays bounded.
    if (out.length >= MAX_CANDIDATES || seen.has(start * 4096 + end)) return;
    const text = originalSpan(original, { start, end }).replace(/[.,]$/, '');
    if (text === '') return;
    seen.add(start * 4096 + end);
    out.push({ text, specific, start, end });
  };

  for (const m of allMatches(NUMBERED, folded)) {
    if (m[1] === undefined || m[1].trim() === '' || nameOk(m[1])) add(m.index, m.index + m[0].length, true);
  }
  for (const m of allMatches(CORNER, folded)) add(m.index, m.index + m[0].length, true);
  // Rural US addresses: "1180 County Rd 12 Wapakoneta", "4520 County Road 9", "2201 FM 1960".
  if (/\b(?:county|co|state|fm|farm to market|township|twp)\b/.test(folded))
    for (const m of allMatches(RURAL_ROAD, folded)) add(m.index, m.index + m[0].length, true);
  // Junctions can overlap ("fight at 5th ave & pine"): retry one character on after each rejected match.
  const junction = JUNCTION_SCAN;
  junction.lastIndex = 0;
  for (let m = junction.exec(folded); m !== null; m = junction.exec(folded)) {
    const left = m[1] ?? '';
    const right = m[3] ?? '';
    const rightStart = m.index + m[0].length - right.length;
    const leftHasSuffix = LEFT_SUFFIX.test(left);
    const rightHasSuffix = RIGHT_SUFFIX.test(right);
    const stop = STOPWORDS.has(left.split(/\s+/)[0] ?? '') || STOPWORDS.has(right.split(/\s+/)[0] ?? '');
    const loose = m[2] === 'and' || m[2] === 'at';
    // "at elm and 3rd": one side a numbered street, the other a single word, after at / on / corner of.
    const ordinalPair =
      loose &&
      (ORDINAL_ONLY.test(left) || ORDINAL_ONLY.test(right)) &&
      !/\s/.test(left.trim()) &&
      !/\s/.test(right.trim()) &&
      !/^(?:noon|midnight|night|time|home|work|school|lunch|dinner)$/.test(left.trim()) &&
      !/^\s*(?:floor|flr|grade|year|place|time|period)\b/.test(folded.slice(m.index + m[0].length)) &&
      /\b(?:at|on|of)\s+$/.test(folded.slice(0, m.index));
    const ok =
      !stop &&
      (ordinalPair ||
        (loose
          ? leftHasSuffix && (rightHasSuffix || streetLike(original, folded, rightStart, right))
          : leftHasSuffix || rightHasSuffix));
    if (ok) add(m.index, m.index + m[0].length, true);
    else junction.lastIndex = m.index + 1;
  }
  // "ran off on Main St": a rejected match ("off on main") is retried one character on.
  const named = NAMED_STREET_SCAN;
  named.lastIndex = 0;
  for (let m = named.exec(folded); m !== null; m = named.exec(folded)) {
    const name = m[1] ?? '';
    // "on the ring road", "on the main road": words of a kind, not a name.
    const nameAt = m.index + m[0].indexOf(name);
    // ... but "on main st", "off high st" without "the" name the street (Main Street, High Street).
    const generic =
      name
        .trim()
        .split(/\s+/)
        .every((w) => GENERIC.has(w)) &&
      !isCapitalised(original, nameAt) &&
      (/\sthe\s/.test(m[0]) || !/^(?:main|high|church|market|station|park|school|bridge|mill)\s+$/.test(name));
    if (!nameOk(name) || generic) {
      named.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[0].indexOf(name);
    add(start, m.index + m[0].length, true);
  }
  // Txt-speak has no capitals at all ("westfield mall"): there a name word is any word that is not a stopword.
  const noCapitals = !/[A-Z]/.test(original);
  for (const m of allMatches(LEADING_STREET, folded)) {
    if (nameOk(m[1] ?? '')) add(m.index, m.index + m[0].length, true);
  }
  for (const m of allMatches(LANDMARK_RE, folded)) {
    // Walk back from the landmark noun over the name words: capitalised, or lower-case right after "at/near".
    const words = Array.from((m[1] ?? '').matchAll(/\S+/g)).map((w) => ({ w: w[0], at: m.index + w.index }));
    let nameStart = -1;
    for (let i = words.length - 1; i >= 0; i -= 1) {
      const word = words[i];
      if (!word || STOPWORDS.has(word.w) || PREPOSITIONS.has(word.w) || NOT_A_NAME_VERB.test(word.w)) break;
      const before = words[i - 1]?.w;
      // "theyre fighting atm" is "at the moment": a lower-case word before "atm" names one only after "the" or a
      // preposition ("the dbs atm", "at the hsbc atm"), never a verb.
      const atm = /\batm$/.test(m[0]);
      const introduced =
        before === undefined
          ? i === 0 && /\b(?:the|at|near|by)\s+$/.test(folded.slice(0, word.at))
          : before === 'the' || PREPOSITIONS.has(before);
      const nameWord =
        isCapitalised(original, word.at) ||
        (noCapitals &&
          /^[a-z]/.test(word.w) &&
          i >= words.length - 2 &&
          !GENERIC_KINDS.has(word.w) &&
          (!atm || (introduced && !/(?:ing|ed)$/.test(word.w))));
      if (nameWord || (before !== undefined && PREPOSITIONS.has(before))) nameStart = word.at;
      // "Bellville taxi rank", "Ojuelegba bus stop": a kind word between a capitalised name and the noun.
      else if (GENERIC_KINDS.has(word.w) && i > 0 && isCapitalised(original, words[i - 1]?.at ?? -1)) continue;
      else break;
    }
    if (nameStart >= 0) {
      // "the Spar in Ballymun": the town it is in goes with the name.
      const end = m.index + m[0].length;
      const town = IN_TOWN.exec(original.slice(end, end + 60));
      add(
        nameStart,
        town !== null && !NOT_A_TOWN.has((town[1] ?? '').toLowerCase()) ? end + town[0].length : end,
        true,
      );
    } else {
      // "by the old railway bridge in Shrewsbury": a place of a kind, in a named town, is one a crew can find.
      const end = m.index + m[0].length;
      const town = IN_TOWN.exec(original.slice(end, end + 60));
      if (town !== null && !NOT_A_TOWN.has((town[1] ?? '').toLowerCase())) {
        const kind = /(?:^|\s)(?:the|a)\s+((?:[a-z0-9][\w'.-]*\s+){0,3})$/.exec(m[1] ?? '');
        if (kind !== null) add(m.index + (m[1] ?? '').length - (kind[1] ?? '').length, end + town[0].length, true);
      }
    }
  }
  for (const m of allMatches(INTRODUCED, folded)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    const relative = RELATIVE_WHOLE.test(value.trim());
    const specific =
      !relative &&
      (/\d/.test(value) ||
        /[\u3400-\u9fff]/.test(value) ||
        /\b[A-Z]/.test(original.slice(start, start + value.length)) ||
        // Txt-speak without capitals: "im at southbank near the skatepark" names a place; "im in trouble" does not.
        (!/[A-Z]/.test(original) &&
          !/\bin$/.test(m[0].slice(0, m[0].length - value.length).trim()) &&
          namesSomething(value)));
    // "I'm in trouble" is not a place; an address the reporter calls one is kept even when vague.
    const addressTrigger = /address|location|located/.test(m[0]);
    if (specific || relative || addressTrigger) add(start, start + value.length, specific);
  }
  for (const m of allMatches(NUMBERED_ROAD, folded)) add(m.index, m.index + m[0].length, true);
  for (const m of allMatches(UK_ROAD, original)) add(m.index, m.index + m[0].length, true);
  for (const re of EN_MARKERS)
    for (const m of allMatches(re, folded)) {
      // A group marks the place inside the match ("on the m6": m6); else the match is the place.
      const inner = m[1];
      const start = inner !== undefined ? m.index + m[0].lastIndexOf(inner) : m.index;
      add(start, inner !== undefined ? start + inner.length : m.index + m[0].length, true);
    }
  // Both are rare: a cheap test first keeps the long pattern off most messages.
  if (/\b(?:blk|block)\s*\d/.test(folded))
    for (const m of allMatches(SG_BLOCK, folded)) add(m.index, m.index + m[0].length, true);
  if (folded.includes('#')) for (const m of allMatches(SG_UNIT, folded)) add(m.index, m.index + m[0].length, true);
  const trains = TRAIN_CONTEXT.test(folded);
  for (const m of allMatches(TRAIN_LINE, folded))
    if (trains || /^the\s/.test(m[0])) {
      const name = (m[1] ?? '').split(' ');
      if (name.some((w) => NOT_A_LINE.has(w) || STOPWORDS.has(w))) continue;
      add(m.index, m.index + m[0].length, true);
    }
  namedPlaces(original, folded, add);
  for (const m of allMatches(RELATIVE_RE, folded)) add(m.index, m.index + m[0].length, false);
  // "the Spar in Ballymun", "Tesco Extra in Ashby": a named place and the town it is in.
  for (const c of out.filter((o) => o.specific)) {
    const town = IN_TOWN.exec(original.slice(c.end, c.end + 60));
    if (town !== null && !NOT_A_TOWN.has((town[1] ?? '').toLowerCase())) add(c.start, c.end + town[0].length, true);
  }
  const specificOnes = out.filter((o) => o.specific);
  for (const c of specificOnes) {
    const whole = widen(original, folded, c, specificOnes);
    if (whole.start !== c.start || whole.end !== c.end) add(whole.start, whole.end, true);
  }
  return out;
}

// prettier-ignore
const NOT_A_NAME_HERE = new Set(`
  nan nans mum mums mom moms dad dads gran grans nana nanna grandma grandmas grandpa auntie aunty aunt uncle mate
  mates friend friends bf gf boyfriend girlfriend cousin cousins sister brother sis bro ex door doors end side top
  bottom middle edge way rope bit moment minute time loss point stage limit wit wits place`.split(/\s+/).filter(Boolean));

/** A lower-case value after "i'm at" with a word that can only be a name (not filler, a kind, a verb). */
function namesSomething(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (words[0] !== undefined && /^(?:a|an|work|home)$/.test(words[0])) return false;
  // "my wits end", "nans" (nan's house), "the back door": a person's or a part of something, not a place's name.
  if (words.some((w) => /^(?:my|our|his|her|their|your)$/.test(w) || NOT_A_NAME_HERE.has(w.replace(/'s?$/, ''))))
    return false;
  return words.some(
    (w) =>
      /^[a-z][a-z'-]{2,}$/.test(w) &&
      !STOPWORDS.has(w) &&
      !GENERIC.has(w) &&
      !NOT_NAMES.has(w) &&
      !LANDMARK_WORD.test(w) &&
      !STREET_SUFFIX.test(w) &&
      !/(?:ing|ed)$/.test(w) &&
      !RELATIVE_WHOLE.test(w),
  );
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
  // An address has a few parts (unit, building, number and street, area): at most six joins.
  for (let changed = true, steps = 0; changed && steps < 6; steps += 1) {
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
  const link = /\s(?:on|at|off|by|along)\s+$/.exec(before);
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
  const landmark = LANDMARK_WORD;
  // A capitalised name counts, but not the first word of a sentence ("Fight at ...", "I'm at ...").
  const sentenceStart = /(?:^|[.!?]\s*)$/.test(before.slice(0, first.at).trimEnd());
  // ... unless the name has two words or is a chain: "Tesco Express on Mill Road", "Dunkin on Route 1".
  const capitalised =
    /^[A-Z]/.test(original.charAt(first.at)) && (!sentenceStart || name.length >= 2 || BRAND.has(first.w));
  // "fighting atm on high st" is "at the moment": an ATM is a place noun after "the" or on its own.
  const introduced = words[words.indexOf(first) - 1]?.w === 'the' || name.length === 1;
  const noun = (w: string) => landmark.test(w) && (w !== 'atm' || introduced);
  if (!name.some((n) => noun(n.w) || BRAND.has(n.w)) && !capitalised && !pubName(name, words, first)) return undefined;
  const the = words[words.indexOf(first) - 1];
  const from = the?.w === 'the' ? the.at : first.at;
  return before.slice(from);
}

/**
 * A pub, shop or café by its owner's name, texted in lower case before "on <street>": "mulligans on main st",
 * "o'neills on pearse st", "the crown on church rd". Irish and British pubs are named for a family ("Mulligan's",
 * "McDaid's", "O'Donoghue's") or a sign ("the Crown"); a lone word counts when it is possessive ('s), a Mc / Mac
 * / O' surname, or follows "to / at / in / outside / the" (the place someone is in or goes to). People and
 * crowds ("lads on main st", "kids on high st") are not names.
 */
function pubName(
  name: readonly { w: string; at: number }[],
  words: readonly { w: string; at: number }[],
  first: { w: string; at: number },
): boolean {
  if (name.length !== 1) return false;
  const w = first.w;
  if (!/^[a-z][a-z'-]{2,}$/.test(w) || NOT_A_NAME_HERE.has(w.replace(/'?s$/, '')) || CROWD.has(w)) return false;
  if (GENERIC.has(w) || NOT_NAMES.has(w) || /(?:ing|ed)$/.test(w)) return false;
  if (/'s$/.test(w) || /^(?:mc|mac|o')[a-z]{3,}/.test(w)) return true;
  const before = words[words.indexOf(first) - 1]?.w;
  return before !== undefined && /^(?:to|at|in|into|outside|inside|behind|opposite|opp|near|nr|the)$/.test(before);
}
// prettier-ignore
const CROWD = new Set(`lads guys kids people men women girls boys teens youths cops police someone somebody
  everyone anyone fight fights crash cars car bus traffic fire smoke drunk drunks gang gangs them us him her it
  accident trouble`.split(/\s+/));

/** Where a place name follows: "outside the Red Lion", "at Gold's Gym", "in the parking lot of the Kroger". */
const LOCATIVE = new Set([
  'at',
  'outside',
  'behind',
  'near',
  'opposite',
  'opp',
  'nr',
  'inside',
  'of',
  'beside',
  'past',
  'by',
  'in',
  'on',
  'above',
  'below',
  'under',
  // Movement through a place: "dragging a woman across the Kroger parking lot", "ran through the park".
  'across',
  'through',
  'into',
  'along',
  'around',
  // "stuck up Ben Nevis" (weak: a name must follow).
  'up',
]);
/** After these, only a place with "the" or a place noun counts ("stabbed by Mike" is a person). */
const WEAK_LOCATIVE = new Set(['by', 'of', 'in', 'on', 'up', 'past', 'above', 'below', 'under', 'into', 'around']);
/** Words of being lost or hurt outdoors: there "on Snowdon" names a mountain, not a person or a day. */
const OUTDOORS =
  /\b(?:lost|hiking|hike|hiker|hikers|walking|climb|climbing|climbed|trail|track|summit|peak|mountain|hill|fell|fog|mist|cliff|ridge|scrambling|battery|signal|stranded|trek|trekking|tramp|tramping)\b/;
/** Capitalised words that are not place names. */
const NOT_NAMES = new Set(
  `i im i'm i'll i'd i've monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december christmas easter mom mum dad ok okay please help police
  god lol omg tonight today tomorrow yesterday asap rn idk home work school uni college hospital bed facebook
  messenger instagram insta snapchat snap whatsapp tiktok twitter wechat telegram discord zoom facetime tinder
  bumble hinge grindr youtube reddit`.split(/\s+/),
);
/** Words in front of a place noun that do not name it: "the bus station", "the big park", "the liquor store". */
const GENERIC = new Set(
  `the a an this that my our his her their your some bus train gas petrol police fire liquor grocery corner coffee
  local old big little small new main parking car shopping city town high primary elementary middle junior senior
  subway metro railway rail night strip sports dog skate public kids community leisure medical dental animal nail
  hair pawn convenience dollar book phone hardware furniture clothing department food fast pizza chicken burger
  chinese indian italian mexican thai sushi bowling movie swimming ice nearest closest same other abandoned empty
  next ticket front back side rear north south east west upper lower truck bike boat cab taxi tram coach service
  rest ring train tube underground apartment office school hotel church park 24 24hr late all-night open`.split(/\s+/),
);
const PLACE_NOUN = new RegExp(
  `^(?:${LANDMARK}|${alternation(['ring road', 'bypass', 'beltway', 'motorway', 'freeway', 'highway', 'tracks', 'road', 'street', 'stop', 'shop', 'store'])})s?$`,
);
const BRAND = new Set(EN_BRANDS);
const STREET_SUFFIX = new RegExp(`^(?:${STREET})\\.?$`);
/** What a number glued to a word counts, when it is not a house number against its street's name ("3kids"). */
const GLUED_COUNT =
  /^(?:kids|guys|people|persons|men|women|boys|girls|times|hours|hrs|minutes|mins|seconds|secs|days|weeks|months|years|yrs|floors|blocks|miles|kms|cars|dogs)$/;

interface Token {
  w: string;
  start: number;
  end: number;
  cap: boolean;
}

/**
 * Names given as places, read word by word once: a capitalised name or a brand after "at / outside / behind /
 * near / the" ("outside the Red Lion", "behind the Tesco", "at Gold's Gym"), a lower-case name before a place
 * noun ("on the golden gate bridge"), a capitalised name with a street word and no preposition ("High St",
 * "Oakmont Dr"), a house number with a capitalised name ("330 Broadway", "1733 Sunset Ridge"), a named
 * junction ("Lombard & Van Ness"), and a generic place ("at the bus station", "outside the gym", "on the ring
 * road") as a relative one. A place followed by "on / at / off" and a street name takes it along ("the Kroger on
 * Elm", "the bus stop on Grand").
 */
function namedPlaces(original: string, folded: string, add: (start: number, end: number, specific: boolean) => void) {
  // Words are read clause by clause: a name never runs across a comma ("at work, 200 Market St"); the parts of
  // an address given with commas are joined afterwards by widen().
  let tokens: Token[] = [];
  let last = 0;
  for (const m of folded.matchAll(/[a-z0-9][a-z0-9'&.-]*|&|\/|@/g)) {
    if (tokens.length > 0 && /[,;!?()\n]|\.\s/.test(folded.slice(last, m.index))) {
      walkClause(original, folded, tokens, add);
      tokens = [];
    }
    // "im @ the walmart": @ is at.
    const w = m[0] === '@' ? 'at' : m[0].replace(/[.'-]+$/, '') || m[0];
    const end = m.index + Math.min(w.length, m[0].length);
    tokens.push({ w, start: m.index, end, cap: /[A-Z0-9]/.test(original.charAt(m.index)) });
    last = end;
  }
  if (tokens.length > 0) walkClause(original, folded, tokens, add);
}

function walkClause(
  original: string,
  folded: string,
  tokens: readonly Token[],
  add: (start: number, end: number, specific: boolean) => void,
) {
  const isName = (t: Token | undefined) =>
    t !== undefined && t.cap && !STOPWORDS.has(t.w) && !NOT_NAMES.has(t.w) && !LOCATIVE.has(t.w) && /^[a-z]/.test(t.w);
  const gap = (a: Token, b: Token) => /^[\s]*$/.test(folded.slice(a.end, b.start));
  /** "on Elm", "on the high street", "at Grand Ave": a street after a place, or undefined. */
  const streetAfter = (i: number): number | undefined => {
    const link = tokens[i];
    if (!link || !['on', 'at', 'off'].includes(link.w)) return undefined;
    let j = i + 1;
    if (tokens[j]?.w === 'the') j += 1;
    const first = tokens[j];
    if (first && ['high', 'main'].includes(first.w) && ['street', 'st', 'road', 'rd'].includes(tokens[j + 1]?.w ?? ''))
      return tokens[j + 1]?.end;
    let end: number | undefined;
    for (let k = j; k < j + 3 && (isName(tokens[k]) || /^\d+(?:st|nd|rd|th)$/.test(tokens[k]?.w ?? '')); k += 1) {
      end = tokens[k]?.end;
      if (STREET_SUFFIX.test(tokens[k + 1]?.w ?? '')) return tokens[k + 1]?.end;
    }
    return end;
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // A capitalised street name without a preposition: "High St Bromley", "Oakmont Dr", "Elm St crossing".
    if (STREET_SUFFIX.test(t.w) && t.cap && i > 0) {
      let k = i - 1;
      while (k >= 0 && k > i - 4 && isName(tokens[k])) k -= 1;
      const first = tokens[k + 1];
      if (k + 1 < i && first) add(first.start, t.end, true);
    }
    // A house number and a capitalised name: "330 Broadway", "1733 Sunset Ridge", "14 Willow Bend".
    if (/^\d{1,5}[a-z]?$/.test(t.w) && folded.charAt(t.start - 1) !== '$' && isName(tokens[i + 1])) {
      let k = i + 1;
      while (k < i + 4 && isName(tokens[k]) && gap(tokens[k - 1] as Token, tokens[k] as Token)) k += 1;
      const last = tokens[k - 1] as Token;
      if (k > i + 1) add(t.start, last.end, true);
    }
    // A house number typed against its street's name, then the street's kind: "22elmgrove ave" (place-statements
    // battery, session 16). A count glued to what it counts is not a street: "3kids st…", "2hrs dr…".
    const glued = /^\d{1,5}([a-z]{3,})$/.exec(t.w);
    if (glued !== null && !GLUED_COUNT.test(glued[1] ?? '') && STREET_SUFFIX.test(tokens[i + 1]?.w ?? ''))
      add(t.start, (tokens[i + 1] as Token).end, true);
    // A named junction: "Lombard & Van Ness", "Oak / Pine".
    if ((t.w === '&' || t.w === '/') && isName(tokens[i - 1]) && isName(tokens[i + 1])) {
      let a = i - 1;
      while (a > i - 3 && isName(tokens[a - 1])) a -= 1;
      let b = i + 1;
      while (b < i + 3 && isName(tokens[b + 1])) b += 1;
      add((tokens[a] as Token).start, (tokens[b] as Token).end, true);
    }
    // Capitalised names before a place noun, anywhere: "Westside Middle School back field", "Hillcrest dorms".
    // The first word of a sentence is capitalised anyway: then two name words are needed.
    if (PLACE_NOUN.test(t.w) && !STREET_SUFFIX.test(t.w) && isName(tokens[i - 1])) {
      let k = i - 1;
      while (k > i - 4 && isName(tokens[k - 1])) k -= 1;
      const first = tokens[k] as Token;
      const sentenceStart = /(?:^|[.!?]\s*)$/.test(folded.slice(0, first.start).trimEnd());
      if (!sentenceStart || i - k >= 2 || t.cap) add(first.start, streetAfter(i + 1) ?? t.end, true);
    }
    // A place given as the whole answer starts with "the": "the golden gate bridge", "the bus station".
    // "robbing the 7-eleven on Elm": a chain after "the" is a place wherever it stands.
    const leadingThe = t.w === 'the' && (i === 0 || BRAND.has(tokens[i + 1]?.w ?? ''));
    // "next to the Tesco", "across from the Shell", "in front of" (of is locative already).
    const pair = (t.w === 'to' && tokens[i - 1]?.w === 'next') || (t.w === 'from' && tokens[i - 1]?.w === 'across');
    // "went for trek to Kalsubai", "hiking to Roys Peak": where someone went into the wilds (a name must follow).
    const toWilds = t.w === 'to' && OUTDOORS.test(folded) && isName(tokens[i + 1]);
    if (!LOCATIVE.has(t.w) && !leadingThe && !pair && !toWilds) continue;
    let j = leadingThe ? i : i + 1;
    // "at the Kroger" names one place; "at a bar" does not.
    const the = tokens[j]?.w === 'the';
    if (tokens[j]?.w === 'a' || tokens[j]?.w === 'an') continue;
    if (the) j += 1;
    const from = tokens[j];
    if (!from) continue;
    // Name words (capitalised, or a brand) up to four, then an optional place noun.
    let k = j;
    while (k < j + 4 && (isName(tokens[k]) || BRAND.has(tokens[k]?.w ?? ''))) k += 1;
    // Pub names: "the Dog and Duck", "the Rose & Crown" (one name with "and" inside, after "the").
    if (the && k > j && (tokens[k]?.w === 'and' || tokens[k]?.w === '&') && isName(tokens[k + 1])) {
      k += 2;
      while (k < j + 6 && isName(tokens[k])) k += 1;
    }
    // "the Motel 6", "Studio 54": a number right after a name is part of it.
    if (k > j && /^\d{1,4}$/.test(tokens[k]?.w ?? '') && folded.slice(tokens[k - 1]?.end, tokens[k]?.start) === ' ')
      k += 1;
    let nounEnd: number | undefined;
    if (k > j) {
      // "Velvet nightclub", "Polish war memorial": a place noun within two more words belongs to the name.
      for (let q = k; q < k + 3 && tokens[q] && !STOPWORDS.has(tokens[q]?.w ?? ''); q += 1) {
        if (PLACE_NOUN.test(tokens[q]?.w ?? '')) {
          nounEnd = tokens[q]?.end;
          k = q + 1;
          break;
        }
      }
      // "on Ben Lomond", "up Angels Landing": two capitalised name words after "on / up" are a place's name;
      // one is when the text is about being lost or hurt outdoors ("lost on Snowdon, battery at 5%").
      const onUp = t.w === 'on' || t.w === 'up';
      const allCap = tokens.slice(j, k).every((x) => x.cap);
      const twoNames = onUp && allCap && (k - j >= 2 || OUTDOORS.test(folded));
      // "in SM Megamall", "at Robinsons Supermarket": a place noun grown into the name's last word.
      const grown = /^[a-z]{3,}(?:mall|plaza|mart|market|centre|center)$/.test(tokens[k - 1]?.w ?? '');
      const weak = WEAK_LOCATIVE.has(t.w) && !the && nounEnd === undefined && !twoNames && !grown;
      const brand = tokens.slice(j, k).some((x) => BRAND.has(x.w));
      if (!weak || brand) {
        const end = tokens[k - 1]?.end ?? from.end;
        add(from.start, streetAfter(k) ?? end, true);
      }
      continue;
    }
    // Lower-case words before a place noun: a name unless they are all generic ("the golden gate bridge" is a
    // place, "the bus station" is one of many).
    let n = j;
    while (
      n < j + 4 &&
      tokens[n] &&
      !PLACE_NOUN.test(tokens[n]?.w ?? '') &&
      !STOPWORDS.has(tokens[n]?.w ?? '') &&
      !NOT_A_NAME_VERB.test(tokens[n]?.w ?? '')
    )
      n += 1;
    const noun = tokens[n];
    if (!noun || !PLACE_NOUN.test(noun.w)) continue;
    // "ring road", "bus stop": take the second word of a two-word noun along.
    const two = tokens[n + 1] && PLACE_NOUN.test(`${noun.w} ${tokens[n + 1]?.w}`) ? n + 1 : n;
    const words = tokens.slice(j, n);
    // "on the street", "on the road": no place at all.
    if (words.length === 0 && STREET_SUFFIX.test(noun.w) && !/^(?:highway|hwy|motorway|freeway|parkway)$/.test(noun.w))
      continue;
    const named = words.length > 0 && words.some((x) => !GENERIC.has(x.w) && !/^\d/.test(x.w));
    const street = streetAfter(two + 1);
    // "outside the gym", "behind the bus station": the spatial word says where, keep it.
    const spatial = !['at', 'in', 'on', 'of', 'by', 'the', 'into', 'across', 'through', 'along', 'around'].includes(
      t.w,
    );
    const start = (the ? (tokens[j - 1] as Token) : from).start;
    if (street !== undefined) add(start, street, true);
    else add(spatial ? t.start : start, (tokens[two] as Token).end, named && t.w !== 'by');
  }
}
