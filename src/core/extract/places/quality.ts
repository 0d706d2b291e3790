/**
 * How good a place is for dispatch: the flow asks its one follow-up for a P1/P2 place that is unknown or too
 * vague to drive to (INCIDENT.md, element keys). Levels, best first:
 *
 * - `address`: a number on a street, a building or unit number, a kilometre post or mile marker (K123, 1200公里处,
 *   mile 340, j10), an exit, a
 *   train and carriage ("南大街12号", "3号楼2单元", "G30 K1123+500", "I-5 near exit 12", "42 Elm St").
 * - `junction`: two roads that meet ("南大街和东大街交叉口", "小寨十字", "5th Ave & Pine", "corner of Oak and 3rd").
 * - `landmark`: a named place ("环城公园南门", "肯德基门口", "三里屯太古里南区", "Gold's Gym on Fairview", "the Red Lion").
 * - `road`: a named road or highway alone ("碑林区南大街", "绕城高速", "Main Street", "Route 9"), or a bus or
 *   train line without a stop ("公交15路", "地铁3号线", "the 73 bus"): too vague.
 * - `area`: a province, city, district or town alone ("西安市", "雁塔区"): too vague.
 * - `relative`: words that need an address to mean anything ("楼下", "门口", "outside", "the bus station").
 */
import { fold } from '../fold.js';

export type PlaceLevel = 'address' | 'junction' | 'landmark' | 'road' | 'area' | 'relative';

export interface PlaceQuality {
  level: PlaceLevel;
  /** true for `road`, `area` and `relative`: for a P1/P2 the flow asks its one follow-up. */
  tooVague: boolean;
}

/** A province, city, district or town name: "西安市", "雁塔区" (雁塔 is not a pagoda here). */
const ZH_AREA_PIECE = /[\p{Script=Han}]{1,7}?(?:省|自治区|市|区|县|镇|乡)/gu;
/** Ends like an area but is a place in it: 超市, 小区, 景区, 服务区 ... */
const NOT_AN_AREA =
  /(?:超市|城市|门市|夜市|街市|菜市|小区|园区|景区|社区|校区|工业区|城区|郊区|山区|矿区|商业区|住宅区|生活区|厂区|服务区|营业区)$|^[\p{Script=Han}]{3,}[东南西北中]区$/u;

/** true when the text names only provinces, cities, districts and towns ("陕西省西安市雁塔区"). */
function areaOnly(t: string): boolean {
  if (t.length > 40) return false;
  let rest = t;
  for (const m of t.matchAll(ZH_AREA_PIECE)) {
    if (NOT_AN_AREA.test(m[0])) return false;
    rest = rest.replace(m[0], '');
  }
  return rest !== t && rest.trim() === '';
}
const ZH_ADDRESS =
  /(?:\d+|[一二三四五六七八九十百]+)(?:号楼|号院|号|弄|栋|幢|座|单元|室|房|层|组|车厢)|k\d{1,4}(?:\+\d{1,4})?|\d{1,4}(?:\.\d{1,3})?公里|[gdcztk]\d{1,4}次|[a-z]\d?(?:出口|口)/;
const ZH_JUNCTION = /交叉口|丁字路口|路口|十字|街口|巷口|[路街道](?:和|与|跟)[\p{Script=Han}]{1,8}[路街道]/u;
const ZH_LANDMARK =
  /公园|广场|大厦|中心|商场|商城|超市|市场|医院|诊所|卫生院|学校|大学|学院|中学|小学|幼儿园|站|桥|门|酒店|宾馆|旅馆|饭店|餐厅|饭馆|酒吧|网吧|ktv|会所|银行|加油站|服务区|收费站|出口|小区|花园|家园|新村|社区|大院|公寓|苑|村|寺|庙|塔|店|馆|厂|派出所|公司|码头|渡口|机场|停车场|车库|工地|宿舍|大楼|写字楼|影院|体育|夜市|步行街|园|楼|峪|岭|隧道|通道|涵洞|水库|景区|法院|政府|仓库|巴扎|肯德基|麦当劳|星巴克|沃尔玛|家乐福|万达|中石化|中石油/;
const ZH_ROAD = /路|街|大道|巷|胡同|弄|高速|国道|省道|县道|环线|环路|绕城|[一二三四五六]环|高架|[gs]\d{1,4}/;

const EN_ADDRESS =
  /\b\d+[a-z]?(?:-\d+)?\s+(?!(?:by|near|at|and|or|not|on|off|to|in|the)\b)[a-z]|\b(?:apt|apartment|unit|suite|flat|room|building|bldg|block|floor)\.?\s*#?\d|\b(?:exit|junction|jct|j|mile marker|milepost|mm|mile|km)\s*#?\d|\bk\d+\+\d+/;
const EN_JUNCTION =
  /\b(?:corner|intersection|junction)\s+of\b|\s(?:&|\/)\s?|\b(?:st|street|ave|avenue|rd|road|blvd)\.?\s+(?:and|at)\s+\w/;
const EN_ROAD =
  /\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|highway|hwy|route|rte|rt|interstate|freeway|motorway|parkway|pkwy|ring road|bypass)\b|\b(?:i|us|sr)-\d+|\b[ambn]\d{1,4}\b/;

const EN_NAMED_AFTER_ROAD =
  /\b(?:st|street|rd|road|ave|avenue|lane|ln|way)\.?\s+(?:station|stop|bridge|park|market|mall|school|hospital|church|library|pub|hotel|surgery|clinic|pool|shops|cemetery)\b/;

/** The quality of a place text as the extractor returned it (`specific` false means relative words only). */
export function placeQuality(text: string, specific: boolean): PlaceQuality {
  // A place phrase is short; reading at most 200 characters keeps every pattern here bounded.
  const level = levelOf(fold(text.slice(0, 200)), specific);
  return { level, tooVague: level === 'road' || level === 'area' || level === 'relative' };
}

/**
 * A bus route or a train line without a stop ("公交15路", "地铁3号线", "the 73 bus", "northern line"): it moves,
 * so it is as vague as a road. A station, stop, exit or carriage with it says where.
 */
const TRANSPORT =
  /号线|路(?:公交|车|巴士|大巴|小巴)|(?:公交|巴士|大巴|小巴)车?\s*[a-z]?[\d一二三四五六七八九十百]{1,4}路|\b(?:bus|tram|train|tube|line)\b/;
const TRANSPORT_STOP =
  /(?<!号线)站(?!台)|车厢|(?:\d+|[a-z])(?:出口|口)|\b(?:station|stop|platform|carriage|coach|car \d|terminal|interchange|depot)\b/;

/**
 * A kind of place with no name, said alone ("河边", "桥底下", "地下通道", "山上", "村口"): one of many, however the
 * reporter put it (an answer in their own words is taken as a place): the follow-up asks which.
 */
const ZH_KIND_ONLY =
  /^(?:[小大]?(?:河|江|湖|海|水库|池塘|鱼塘|水塘|塘|沟|渠)(?:边|里|上|旁边|那边|这边)?|桥(?:上|下|底下|边|洞)|(?:地下通道|天桥|立交桥)(?:里|上|下)?|山(?:上|里|脚|顶)|(?:树林|林子|田|地|菜地|玉米地)里?|(?:马路|路)(?:边|上|中间)|工地|楼顶|天台|厕所|公厕|停车场|村(?:里|口)|小区(?:里|门口)?)$/u;

function levelOf(t: string, specific: boolean): PlaceLevel {
  if (areaOnly(t.trim())) return 'area';
  if (!specific) return 'relative';
  if (ZH_KIND_ONLY.test(t.trim())) return 'relative';
  if (TRANSPORT.test(t) && !TRANSPORT_STOP.test(t)) return 'road';
  if (ZH_ADDRESS.test(t) || EN_ADDRESS.test(t)) return 'address';
  if (ZH_JUNCTION.test(t) || EN_JUNCTION.test(t)) return 'junction';
  const zhRoad = ZH_ROAD.test(t);
  // A landmark word that is not the end of a road name ("建国路" has no landmark, "火车站" has one).
  if (ZH_LANDMARK.test(t.replace(/[\p{Script=Han}]{1,6}(?:路|街|大道)/gu, ''))) return 'landmark';
  if (zhRoad) return 'road';
  // A named place the extractor found specific, with no road in it ("三里屯太古里南区"): a landmark.
  if (/[\p{Script=Han}]/u.test(t)) return 'landmark';
  // "Flinders St station", "Oak Rd bridge": a place named after its road is a landmark.
  if (EN_NAMED_AFTER_ROAD.test(t)) return 'landmark';
  // "St Joseph's primary", "St Mary's": a saint's name, not a street.
  if (/^st\.?\s+[a-z]+'s\b/.test(t.trim()) && !EN_ROAD.test(t.trim().replace(/^st\.?\s+/, ''))) return 'landmark';
  // English: a road alone, or a road with a named place on or by it ("Route 9 by the Dunkin").
  const road = EN_ROAD.test(t);
  const rest = t.replace(new RegExp(EN_ROAD.source, 'g'), ' ');
  if (
    road &&
    !/\b(?:by|near|at|outside|behind|opposite|off)\b/.test(rest) &&
    !/[a-z0-9][a-z0-9']*\s+(?:on|at|along|off)\s/.test(t)
  )
    return 'road';
  return 'landmark';
}
