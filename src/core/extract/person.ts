/** Missing person: relation, age, health and clothing. "我妈妈85岁有老年痴呆 ... 穿蓝色外套". */
import type { Found } from './types.js';
import { allMatches, alternation, clauses, fold } from './fold.js';
import { NUMBER_SRC, parseAnyNumber } from './numbers.js';
import { joinPieces } from './suspects.js';

export const RELATIONS_ZH = [
  '母亲',
  '父亲',
  '妈妈',
  '爸爸',
  '老妈',
  '老爸',
  '妈',
  '爸',
  '儿子',
  '女儿',
  '孩子',
  '小孩',
  '宝宝',
  '闺女',
  '老人',
  '老太太',
  '老爷子',
  '老大爷',
  '老奶奶',
  '老爷爷',
  '奶奶',
  '爷爷',
  '外婆',
  '外公',
  '姥姥',
  '姥爷',
  '丈夫',
  '老公',
  '妻子',
  '老婆',
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '孙子',
  '孙女',
  '外孙',
  '外孙女',
];
export const RELATIONS_EN = [
  'mother',
  'mom',
  'mum',
  'father',
  'dad',
  'son',
  'daughter',
  'child',
  'kid',
  'boy',
  'girl',
  'baby',
  'toddler',
  'grandmother',
  'grandma',
  'grandfather',
  'grandpa',
  // UK, Irish and AU words for grandparents ("my nan has wandered off", "grandad hasnt come back"); not "granny":
  // a "granny flat" is a place.
  'nan',
  'nana',
  'nanna',
  'gran',
  'grandad',
  'granddad',
  'grampa',
  'gramps',
  'nephew',
  'niece',
  'stepson',
  'stepdaughter',
  'husband',
  'wife',
  'brother',
  'sister',
  'grandson',
  'granddaughter',
  'elderly',
  'old man',
  'old woman',
  'old lady',
];
export const HEALTH_ZH = [
  '老年痴呆',
  '老年痴呆症',
  '痴呆',
  '阿尔茨海默',
  '阿尔茨海默症',
  '阿兹海默',
  '认知障碍',
  '智力障碍',
  '智力残疾',
  '智力低下',
  '智力',
  '智障',
  '精神病',
  '精神疾病',
  '精神不好',
  '抑郁症',
  '抑郁',
  '自闭症',
  '残疾',
  '聋哑',
  '糖尿病',
  '心脏病',
  '高血压',
  '坐轮椅',
  '行动不便',
  '记性不好',
  '糊涂',
];
export const HEALTH_EN = [
  'dementia',
  "alzheimer's",
  'alzheimers',
  'alzheimer',
  'disabled',
  'disability',
  'autism',
  'autistic',
  'deaf',
  'mute',
  'wheelchair',
  'diabetes',
  'diabetic',
  'heart condition',
  'memory problems',
  'special needs',
  'mental illness',
  'depressed',
  'depression',
  'confused',
];

const AGE_ZH = new RegExp(`(${NUMBER_SRC})(?:周岁|岁|多岁)(?:半)?`, 'g');
/** An age said without 岁, of the person: "他八十二了", "她都七十多了", "我妈今年八十了" (ten and over, ending the clause). */
const AGE_ZH_BARE = new RegExp(
  `(?:他|她|今年|都|已经|儿子|女儿|闺女|孩子|小孩|孙子|孙女|外孙|外孙女)(?:都|已经|今年)?(${NUMBER_SRC})多?了(?![\\p{Script=Han}])`,
  'gu',
);
const AGE_EN =
  /\b(\d{1,3})(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s*-?\s*(?:yo|y\/o|yrs? old)\b|\b(?:she|he)(?:'s|\s+is)\s+(?:only\s+|just\s+)?(\d{1,3})\b(?!\s*(?:am|pm|min|mins|minutes|hours?|[:.]\d))|\b(?:she|he)\s+(?:only\s+|just\s+)?(\d{1,2})(?=\s*(?:$|[,;!?]|\.(?!\d)|and\b|but\b|yrs?\b|years?\b))/g;
/** "my daughter is 15", "son's 6": the age said of the person named by their relation. */
const AGE_OF_RELATION_EN = new RegExp(
  `\\b(?:${alternation(RELATIONS_EN)})(?:'s|\\s+is)\\s+(?:only\\s+|just\\s+)?(\\d{1,3})\\b(?!\\s*(?:am|pm|min|mins|minutes|hours?|days?|[:.]\\d))`,
  'g',
);
const RELATION_ZH = new RegExp(alternation(RELATIONS_ZH), 'g');
const RELATION_EN = new RegExp(`\\b(?:${alternation(RELATIONS_EN)})\\b`, 'g');
const HEALTH_ZH_RE = new RegExp(alternation(HEALTH_ZH), 'g');
const HEALTH_EN_RE = new RegExp(`\\b(?:${alternation(HEALTH_EN)})\\b`, 'g');
const CLOTHES_ZH =
  /(?:穿(?:着)?|身穿|戴(?:着)?)[^，。,.!?！？；;]{1,14}?(?:衣服|外套|上衣|衣|裤子|裤|裙子|裙|t恤|衬衫|夹克|卫衣|羽绒服|大衣|毛衣|背心|短袖|鞋|校服|帽子|眼镜)/g;
const CLOTHES_EN =
  /\b(?:wearing|dressed in|in)\s+(?:a|an|the|his|her)?\s*(?:[a-z]+\s+){0,3}?(?:coat|jacket|hoodie|shirt|t-shirt|top|jeans|pants|trousers|hat|cap|sweater|jumper|dress|uniform|vest|shorts|boots|shoes|sneakers|pajamas|pyjamas)s?\b/g;

/** What extractPerson finds, with the parts kept apart for callers that want them. */
export interface PersonFound extends Found {
  age?: number;
  relation?: string;
  health?: string;
  clothing?: string;
}

interface Piece {
  start: number;
  end: number;
  kind: 'age' | 'relation' | 'health' | 'clothing';
  age?: number;
}

function ageFromEnglish(m: RegExpExecArray): number | undefined {
  const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  return raw === undefined ? undefined : Number(raw);
}

export function extractPerson(original: string, folded: string = fold(original)): PersonFound | undefined {
  const pieces: Piece[] = [];
  const add = (p: Piece) => {
    if (!pieces.some((q) => p.start < q.end && p.end > q.start)) pieces.push(p);
  };
  for (const clause of clauses(folded)) {
    const text = folded.slice(clause.start, clause.end);
    const at = (i: number) => clause.start + i;
    for (const m of allMatches(AGE_ZH, text)) {
      const age = parseAnyNumber(m[1] ?? '');
      if (age !== null && age > 0 && age < 130)
        add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'age', age });
    }
    for (const m of allMatches(AGE_ZH_BARE, text)) {
      const age = parseAnyNumber(m[1] ?? '');
      if (age !== null && age >= 10 && age < 130)
        add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'age', age });
    }
    for (const m of [...allMatches(AGE_EN, text), ...allMatches(AGE_OF_RELATION_EN, text)]) {
      const age = ageFromEnglish(m);
      if (age !== undefined && age > 0 && age < 130)
        add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'age', age });
    }
    for (const re of [RELATION_ZH, RELATION_EN]) {
      for (const m of allMatches(re, text))
        add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'relation' });
    }
    for (const re of [HEALTH_ZH_RE, HEALTH_EN_RE]) {
      for (const m of allMatches(re, text)) add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'health' });
    }
    for (const re of [CLOTHES_ZH, CLOTHES_EN]) {
      for (const m of allMatches(re, text))
        add({ start: at(m.index), end: at(m.index + m[0].length), kind: 'clothing' });
    }
  }
  // Clothing alone describes anyone (a suspect too); a person needs an age, a relation or a health note.
  if (!pieces.some((p) => p.kind !== 'clothing')) return undefined;
  pieces.sort((a, b) => a.start - b.start);
  const first = (kind: Piece['kind']) => {
    const p = pieces.find((q) => q.kind === kind);
    return p ? original.slice(p.start, p.end).trim() : undefined;
  };
  const age = pieces.find((p) => p.age !== undefined)?.age;
  const relation = first('relation');
  const health = first('health');
  const clothing = first('clothing');
  return {
    text: joinPieces(original, pieces),
    ...(age !== undefined ? { age } : {}),
    ...(relation ? { relation } : {}),
    ...(health ? { health } : {}),
    ...(clothing ? { clothing } : {}),
  };
}
