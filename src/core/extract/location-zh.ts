/**
 * Chinese places: start after 在 / 位于 / 地址是 (or at a clause start), stop at the first verb or clause
 * word (有人, 在打, 被 ...), end at the last place word. Specific when a place word has a name in front of it
 * ("环城公园南门", "南大街12号") or building + unit numbers ("3号楼2单元"); relative words alone
 * (楼下, 隔壁, 我家) are returned with specific = false.
 */
import type { LocationFound } from './types.js';
import type { Span } from './fold.js';
import { alternation, clauses, originalSpan } from './fold.js';

/** Words after which a place follows. */
export const ZH_PREPOSITIONS = [
  '在',
  '位于',
  '地址是',
  '地址在',
  '地址:',
  '地址',
  '地点是',
  '地点在',
  '地点:',
  '位置是',
  '位置在',
  '位置:',
  '住在',
  '来到',
  '到了',
  '就在',
  '靠近',
];

/** Place kinds with a name in front: 环城[公园], 南大[街], 建国[路]. */
export const ZH_PLACE_MARKERS = [
  '省',
  '市',
  '区',
  '县',
  '镇',
  '乡',
  '村',
  '路',
  '街',
  '大街',
  '大道',
  '道',
  '巷',
  '弄',
  '胡同',
  '小区',
  '花园',
  '公园',
  '广场',
  '大厦',
  '中心',
  '商场',
  '商城',
  '购物中心',
  '超市',
  '市场',
  '医院',
  '诊所',
  '学校',
  '大学',
  '学院',
  '中学',
  '小学',
  '幼儿园',
  '车站',
  '地铁站',
  '火车站',
  '汽车站',
  '高铁站',
  '公交站',
  '站',
  '桥',
  '大桥',
  '立交',
  '门',
  '南门',
  '北门',
  '东门',
  '西门',
  '大门',
  '酒店',
  '宾馆',
  '饭店',
  '餐厅',
  '饭馆',
  '酒吧',
  '网吧',
  '银行',
  'ktv',
  '加油站',
  '高速',
  '出口',
  '入口',
  '收费站',
  '服务区',
  '十字',
  '路口',
  '交叉口',
  '街口',
  '巷口',
  '村口',
  '城',
  '苑',
  '庄',
  '府',
  '寺',
  '庙',
  '塔',
  '店',
  '馆',
  '厂',
  '局',
  '派出所',
  '公寓',
  '家园',
  '新村',
  '社区',
  '大院',
  '码头',
  '机场',
  '港',
  '河',
  '湖',
  '江',
  '山',
  '景区',
  '隧道',
  '停车场',
  '工地',
  '宿舍',
  '大楼',
  '写字楼',
  '影院',
  '电影院',
  '体育馆',
  '夜市',
  '工业园',
  '园区',
  '开发区',
  '新区',
  '湾',
  '坊',
  '楼',
];

/** Building / unit / room parts: specific together ("3号楼2单元", "5栋302室"), not alone ("12号" may be a date). */
export const ZH_UNIT_MARKERS = ['号', '号楼', '号院', '栋', '幢', '座', '单元', '室', '层', '户'];

/** Words that extend a place ("小寨十字东南角", "公园门口") but do not name one. */
export const ZH_CONTINUATIONS = [
  '东南角',
  '东北角',
  '西南角',
  '西北角',
  '东侧',
  '西侧',
  '南侧',
  '北侧',
  '东边',
  '西边',
  '南边',
  '北边',
  '对面',
  '旁边',
  '附近',
  '边上',
  '路边',
  '门口',
  '里面',
  '里',
  '内',
  '外',
  '前面',
  '后面',
  '一带',
  '这边',
  '那边',
];

/** Relative places: not somewhere dispatch can go without an address. */
export const ZH_RELATIVE = [
  '这里',
  '这儿',
  '这边',
  '那里',
  '那儿',
  '那边',
  '楼下',
  '楼上',
  '楼道',
  '隔壁',
  '家里',
  '我家',
  '我们家',
  '他家',
  '她家',
  '家中',
  '门口',
  '家门口',
  '外面',
  '屋里',
  '里屋',
  '房间',
  '卧室',
  '厨房',
  '客厅',
  '卫生间',
  '洗手间',
  '厕所',
  '院子',
  '现场',
  '附近',
  '对面',
  '旁边',
  '路边',
  '车里',
  '屋外',
  '走廊',
  '阳台',
  '地下室',
];

/** Where a place phrase ends: clause verbs, subjects, counts, time words. */
export const ZH_STOPS = [
  '有',
  '在',
  '正在',
  '被',
  '把',
  '让',
  '给',
  '发生',
  '出现',
  '出了',
  '打',
  '砍',
  '捅',
  '抢',
  '偷',
  '撬',
  '砸',
  '撞',
  '杀',
  '骂',
  '闹',
  '吵',
  '踹',
  '敲门',
  '开门',
  '出门',
  '进门',
  '走丢',
  '走失',
  '不见',
  '丢',
  '跑',
  '逃',
  '遇到',
  '遇见',
  '看到',
  '看见',
  '听到',
  '发现',
  '我',
  '他',
  '她',
  '拿',
  '持',
  '穿',
  '戴',
  '说',
  '要',
  '想',
  '报警',
  '救命',
  '着火',
  '失火',
  '起火',
  '冒烟',
  '爆炸',
  '晕',
  '摔',
  '跳',
  '躺',
  '锁',
  '关着',
  '躲',
  '藏',
  '站着',
  '停着',
  '开着',
  '等',
  '叫',
  '喊',
  '吗',
  '呢',
  '吧',
  '了',
  '啊',
  '呀',
  '的人',
  '现在',
  '刚才',
  '刚刚',
  '已经',
  '一直',
  '还',
  '昨天',
  '今天',
  '昨晚',
  '上午',
  '下午',
  '晚上',
  '早上',
  '凌晨',
  '中午',
  '和人',
  '跟人',
  '这个人',
  '那个人',
];

/** Not place words although they end like one: 知道, 味道, 一道. */
const FALSE_MARKERS = [
  '知道',
  '味道',
  '道歉',
  '一道',
  '顺道',
  '难道',
  '报道',
  '通道',
  '进城',
  '城管',
  '开门',
  '关门',
  '出门',
  '进门',
  '门外',
  '部门',
  '专门',
];
/** Ignored when deciding whether a place has a name. */
const PRONOUNS = /我们|我|你们|你|他们|他|她们|她|咱们|这个|那个|这|那|的|自己|某个|一个|个/g;
/** Stripped from the start of a place phrase. */
const LEADING_NOISE = new RegExp(
  `^(?:\\s+|[a-z']+\\s+|(?:我们|我|他们|他|她)(?!家)|现在|刚才|刚刚|就|也|还|正|已经|你好|您好|喂|救命|警察|请问|(?:今天|昨天|昨晚|前天|今晚|上午|下午|晚上|早上|凌晨|中午|傍晚)(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})?(?:点|时)?(?:半|\\d{1,2}分)?|${alternation(ZH_PREPOSITIONS)})`,
);

const PREPOSITION_RE = new RegExp(alternation(ZH_PREPOSITIONS), 'g');
const COUNT_STOP = /(?:\d+|[一二两三四五六七八九十几]+)(?:个|名|位|辆|伙|群|帮|只)/;
/** 我 / 他 / 她 end a place phrase, except in 我家 / 他家 (a relative place). */
const PRONOUN_STOP = /[我他她](?!们?家)/;
const STOP_RE = new RegExp(
  `${alternation(ZH_STOPS.filter((w) => !['我', '他', '她'].includes(w)))}|${PRONOUN_STOP.source}|${COUNT_STOP.source}`,
);

type Kind = 'place' | 'unit' | 'continuation' | 'relative';
const WORDS: ReadonlyArray<readonly [string, Kind]> = [
  ...ZH_RELATIVE.map((w) => [w, 'relative'] as const),
  ...ZH_PLACE_MARKERS.map((w) => [w, 'place'] as const),
  ...ZH_UNIT_MARKERS.map((w) => [w, 'unit'] as const),
  ...ZH_CONTINUATIONS.map((w) => [w, 'continuation'] as const),
];
const KIND = new Map<string, Kind>();
for (const [w, k] of WORDS) if (!KIND.has(w)) KIND.set(w, k);
const WORD_RE = new RegExp(alternation([...KIND.keys()]), 'g');

interface Candidate extends LocationFound {
  start: number;
  end: number;
}

/** "606路公交", "2路车": a bus line, not a road. */
const BUS_LINE = /(\d+)路(?=公交|车|巴士|汽车|电车|线)/g;

/** Every false marker in one pass (longest first), instead of one split/join per marker and candidate. */
const FALSE_MARKER_RE = new RegExp(alternation(FALSE_MARKERS), 'g');

function mask(text: string): string {
  const blank = (m: string) => '□'.repeat(m.length);
  return text.replace(BUS_LINE, blank).replace(FALSE_MARKER_RE, blank);
}

/** The longest place phrase read ("陕西省西安市雁塔区小寨东路123号赛格国际购物中心5楼" is 28). */
const MAX_PHRASE = 64;

/** One place phrase starting at `start` (folded index), or undefined. */
function candidateAt(original: string, folded: string, start: number, clauseEnd: number): Candidate | undefined {
  let s = start;
  // Leading noise is stripped only within one phrase's length: "还在还在还在…" must not be rescanned to the
  // clause end from every preposition in it.
  const noiseEnd = Math.min(clauseEnd, start + MAX_PHRASE);
  while (s < noiseEnd) {
    const m = LEADING_NOISE.exec(folded.slice(s, noiseEnd));
    if (!m || m[0].length === 0) break;
    s += m[0].length;
  }
  // A place phrase is short: reading at most MAX_PHRASE characters keeps a long clause full of 在 linear.
  const rest = folded.slice(s, Math.min(clauseEnd, s + MAX_PHRASE));
  const stop = STOP_RE.exec(rest);
  const phrase = mask(stop ? rest.slice(0, stop.index) : rest);
  if (phrase.trim() === '') return undefined;

  const matches = Array.from(phrase.matchAll(WORD_RE)).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: KIND.get(m[0]) ?? 'continuation',
    word: m[0],
  }));
  // 楼 after a digit is a floor ("5楼"), not a building name.
  for (const m of matches) if (m.word === '楼' && /\d$/.test(phrase.slice(0, m.start))) m.kind = 'unit';
  const anchors = matches.filter((m) => m.kind !== 'continuation');
  if (anchors.length === 0) return undefined;

  const covered = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i += 1) covered.add(i);
  const nameBefore = (pos: number) => {
    const chars = Array.from(phrase.slice(0, pos).replace(PRONOUNS, (p) => ' '.repeat(p.length)));
    return chars.some((c, i) => !covered.has(i) && /[\p{Script=Han}a-z0-9]/u.test(c) && c !== '□');
  };
  const named = matches.some((m) => m.kind === 'place' && nameBefore(m.start));
  const units = matches.filter((m) => m.kind === 'unit' && /[\d一二三四五六七八九十]$/.test(phrase.slice(0, m.start)));
  const specific = named || units.length >= 2;

  // The phrase runs from its first character to the last place word, plus a trailing room number.
  const last = matches[matches.length - 1];
  let end = last ? last.end : phrase.length;
  if (last && (last.kind === 'unit' || last.kind === 'place'))
    // "钟楼站B口": an exit letter or number and its 口 belong to the place.
    end +=
      /^[0-9a-z#-]*(?:号?(?:出口|入口|口)(?![\p{Script=Han}]))?|^[0-9a-z#-]*/u.exec(phrase.slice(end))?.[0].length ?? 0;
  const first = specific ? 0 : (anchors[0]?.start ?? 0);
  // A relative phrase keeps only its relative words and the words right before them ("我家楼下").
  const span: Span = { start: s + first, end: s + end };
  const text = originalSpan(original, span);
  if (text === '') return undefined;
  return { text, specific, start: span.start, end: span.end };
}

/** All Chinese place candidates in the text. */
export function chineseLocations(original: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const clause of clauses(folded)) {
    const starts = new Set<number>([clause.start]);
    for (const m of folded.slice(clause.start, clause.end).matchAll(PREPOSITION_RE)) {
      starts.add(clause.start + m.index + m[0].length);
    }
    for (const start of starts) {
      const c = candidateAt(original, folded, start, clause.end);
      if (c && !out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
    }
  }
  return out;
}
