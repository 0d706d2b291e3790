/** Vehicles: plates as written (陕A·12345, 粤B·D12345, ABC-1234) plus colour and type words (白色轿车, red truck). */
import type { Found } from './types.js';
import { allMatches, alternation, fold } from './fold.js';
import { joinPieces } from './suspects.js';

/** Province abbreviations that start a mainland plate. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';
export const VEHICLE_TYPES_ZH = [
  '轿车',
  '小轿车',
  '小车',
  '汽车',
  'suv',
  '越野车',
  '面包车',
  '货车',
  '大货车',
  '小货车',
  '卡车',
  '皮卡',
  '出租车',
  '的士',
  '网约车',
  '公交车',
  '大巴',
  '客车',
  '商务车',
  '跑车',
  '摩托车',
  '摩托',
  '电动车',
  '电瓶车',
  '电摩',
  '自行车',
  '单车',
  '三轮车',
  '渣土车',
  '工程车',
  '拖拉机',
];
export const VEHICLE_BRANDS_ZH = [
  '宝马',
  '奔驰',
  '奥迪',
  '大众',
  '丰田',
  '本田',
  '日产',
  '比亚迪',
  '特斯拉',
  '别克',
  '吉利',
  '长城',
  '五菱',
];
/**
 * A brand alone names a car ("红色比亚迪", "一辆宝马"), except brands that are also place or common words
 * (长安路, 长城, 红旗路, 现代城): those only before a vehicle type.
 */
// prettier-ignore
const BRANDS_ALONE_ZH = ['宝马', '奔驰', '奥迪', '丰田', '本田', '日产', '比亚迪', '特斯拉', '别克', '吉利', '五菱', '奇瑞', '哈弗',
  '荣威', '蔚来', '小鹏', '问界', '雪佛兰', '福特', '起亚', '马自达', '路虎', '保时捷', '凯迪拉克', '沃尔沃', '雷克萨斯', '领克', '极氪'];
export const COLOURS_ZH = [
  '白色',
  '黑色',
  '红色',
  '银色',
  '灰色',
  '蓝色',
  '绿色',
  '黄色',
  '金色',
  '棕色',
  '紫色',
  '白',
  '黑',
  '红',
  '银',
  '灰',
  '蓝',
  '绿',
  '黄',
];
export const VEHICLE_TYPES_EN = [
  'sedan',
  'car',
  'truck',
  'pickup',
  'pickup truck',
  'van',
  'minivan',
  'suv',
  'motorbike',
  'motorcycle',
  'scooter',
  'moped',
  'taxi',
  'cab',
  'bus',
  'jeep',
  'coupe',
  'hatchback',
  'bicycle',
  'bike',
  'ute',
  'station wagon',
  'wagon',
  'saloon',
  'lorry',
  'people carrier',
  '4x4',
  '4wd',
  'tow truck',
  'box truck',
  'e-bike',
  'ebike',
  'e-scooter',
  'tuk tuk',
  // Two- and three-wheelers and shared minibuses by their local names (East and West Africa, South and South-East
  // Asia): boda boda, okada, keke, matatu, danfo, auto rickshaw, jeepney, tricycle.
  'boda',
  'boda boda',
  'okada',
  'keke',
  'matatu',
  'danfo',
  'rickshaw',
  'auto rickshaw',
  'autorickshaw',
  'jeepney',
  'tricycle',
  'trike',
  'minibus',
  'kombi',
  'dirt bike',
  'quad bike',
  'hiace',
  'hi ace',
];
export const VEHICLE_BRANDS_EN = [
  'toyota',
  'honda',
  'ford',
  'bmw',
  'mercedes',
  'audi',
  'tesla',
  'nissan',
  'chevy',
  'chevrolet',
  'volkswagen',
  'vw',
  'hyundai',
  'kia',
  'holden',
  'mazda',
  'subaru',
  'dodge',
  'vauxhall',
  'skoda',
  'volvo',
  'lexus',
  'mitsubishi',
  'suzuki',
  'peugeot',
  'renault',
  'citroen',
  'porsche',
  'range rover',
  'land rover',
  'jaguar',
  'merc',
  'beemer',
  'cadillac',
  'chrysler',
  'buick',
  // Motorcycle makes and models named alone ("on a pulsar", "a black activa").
  'yamaha',
  'kawasaki',
  'ducati',
  'harley',
  'bajaj',
  'pulsar',
  'activa',
  'splendor',
  'royal enfield',
];
export const COLOURS_EN = [
  'white',
  'black',
  'red',
  'silver',
  'grey',
  'gray',
  'blue',
  'green',
  'yellow',
  'gold',
  'brown',
  'dark',
  'light',
  'orange',
  'purple',
  'maroon',
  'navy',
  'beige',
  'bronze',
  'burgundy',
  'champagne',
  'teal',
  'tan',
  'cream',
  'pink',
];

/** Mainland plate: province + letter + optional separator + 5 (or 6 for new energy) letters/digits. */
const CN_PLATE = new RegExp(`[${PROVINCES}][a-z][\\s·.\\-]?[a-z0-9]{5,6}(?:学|警|挂|港|澳)?(?![a-z0-9])`, 'g');
/** A plate introduced as one: "plate 7XYZ123", "license plate is ABC-1234", "车牌号..." */
const INTRODUCED_PLATE =
  /(?:\b(?:licen[cs]e\s+plate|plate\s+number|plates?|reg(?:istration)?)\b|车牌号码|车牌号|车牌|牌照)\s*(?:number\s*)?(?:is|was|:|是)?\s*([a-z0-9]{2,8}(?:[-·][a-z0-9]{1,6})?|[a-z0-9]{2,4}\s[a-z0-9]{2,6}(?=\s|$|[,.;!?]))/g;
/** Capital letters that are currency codes or acronyms, not plates: "RMB 300", "USD 500". */
const NOT_PLATE_PREFIX = /^(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|KTV|SUV|APT|NO)\b/;
/** A standalone plate written in capitals with a dash or mixed letters and digits: ABC-1234, 7XYZ123. */
const BARE_PLATE = /\b(?:[A-Z]{2,3}[- ]?\d{3,4}[A-Z]?|\d[A-Z]{3}\d{3})\b/g;

/** Not 大巴扎 (a bazaar, 国际大巴扎): a place, not a bus. */
const ZH_VEHICLE = new RegExp(
  `(?:(?:${alternation(COLOURS_ZH)})(?:的)?)?(?:(?:${alternation(VEHICLE_BRANDS_ZH)})(?:的)?)?(?:${alternation(VEHICLE_TYPES_ZH)})(?!扎)`,
  'g',
);
const ZH_BRAND_ONLY = new RegExp(
  `(?:(?:${alternation(COLOURS_ZH)})(?:色)?(?:的)?)?(?:${alternation(BRANDS_ALONE_ZH)})(?![路街区道城店厂园])`,
  'g',
);
const ZH_COLOURED_CAR = new RegExp(`(?:${alternation(COLOURS_ZH)})(?:色)?(?:的)?车(?![祸站])`, 'g');
const EN_VEHICLE = new RegExp(
  `\\b(?:(?:${alternation(COLOURS_EN)})\\s+)?(?:(?:${alternation(VEHICLE_BRANDS_EN)})\\s+)?(?:${alternation(VEHICLE_TYPES_EN)})s?\\b`,
  'g',
);
/** Models named with a colour ("silver golf", "blue corsa"): alone they are often other words (golf, focus). */
// prettier-ignore
export const VEHICLE_MODELS_EN = [
  'golf', 'polo', 'passat', 'corsa', 'astra', 'fiesta', 'focus', 'mondeo', 'civic', 'accord', 'camry', 'corolla',
  'prius', 'rav4', 'cr-v', 'crv', 'f-150', 'f150', 'silverado', 'tahoe', 'mustang', 'charger', 'challenger', 'altima',
  'sentra', 'jetta', 'qashqai', 'juke', 'clio', 'megane', 'transit', 'sprinter', 'model 3', 'model y', 'wrangler', 'estate', 'estate car', 'commodore', 'hilux', 'navara',
  // Indian motorbikes and scooters, said the same way ("black pulsar").
  'pulsar', 'splendor', 'activa', 'apache', 'scooty',
];
/** A model year may stand between the colour and the model ("my grey 2018 civic"). */
const EN_COLOURED_MODEL = new RegExp(
  `\\b(?:${alternation(COLOURS_EN)})\\s+(?:(?:19|20)\\d{2}\\s+)?(?:${alternation(VEHICLE_MODELS_EN)})\\b`,
  'g',
);
/**
 * A model named with what it is ("pulsar bike", "activa scooter"), or an Indian two-wheeler named as what they rode
 * ("two boys on pulsar", "on an activa"): the other models alone are often other words (on the estate, on focus).
 */
const TWO_WHEELER_MODELS_EN = ['pulsar', 'splendor', 'activa', 'apache', 'scooty'];
const EN_MODEL_NAMED = new RegExp(
  `\\b(?:${alternation(VEHICLE_MODELS_EN)})\\s+(?:bike|motorbike|motorcycle|scooter|car)s?\\b|(?<=\\bon\\s+(?:(?:a|an|the|his|her|their)\\s+)?)(?:${alternation(TWO_WHEELER_MODELS_EN)})s?\\b`,
);
const EN_BRAND_ONLY = new RegExp(
  `\\b(?:(?:${alternation(COLOURS_EN)})\\s+)?(?:${alternation(VEHICLE_BRANDS_EN)})\\b`,
  'g',
);

interface Piece {
  start: number;
  end: number;
}

export function extractVehicles(
  original: string,
  folded: string = fold(original),
): (Found & { plates: string[] }) | undefined {
  const pieces: Piece[] = [];
  const plates: string[] = [];
  const overlaps = (s: number, e: number) => pieces.some((p) => s < p.end && e > p.start);
  const addPlate = (start: number, end: number) => {
    if (overlaps(start, end)) return;
    const plate = original.slice(start, end).trim();
    if (!/\d/.test(plate) || plates.includes(plate)) return;
    pieces.push({ start, end });
    plates.push(plate);
  };
  for (const m of allMatches(CN_PLATE, folded)) addPlate(m.index, m.index + m[0].length);
  for (const m of allMatches(INTRODUCED_PLATE, folded)) {
    const value = m[1] ?? '';
    if (!/[a-z]/.test(value) || !/\d/.test(value)) continue; // a plate mixes letters and digits
    const start = m.index + m[0].length - value.length;
    addPlate(start, start + value.length);
  }
  for (const m of allMatches(BARE_PLATE, original)) {
    if (!NOT_PLATE_PREFIX.test(m[0])) addPlate(m.index, m.index + m[0].length);
  }

  const describe = (start: number, end: number) => {
    if (!overlaps(start, end)) pieces.push({ start, end });
  };
  for (const re of [ZH_VEHICLE, ZH_COLOURED_CAR, ZH_BRAND_ONLY])
    for (const m of allMatches(re, folded)) describe(m.index, m.index + m[0].length);
  for (const m of allMatches(EN_VEHICLE, folded)) {
    // "car" alone ("my car was broken into") says nothing about the vehicle; a colour, brand or type word does.
    if (/^(?:car|bike)s?$/.test(m[0])) continue;
    describe(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(EN_BRAND_ONLY, folded)) describe(m.index, m.index + m[0].length);
  for (const re of [EN_COLOURED_MODEL, EN_MODEL_NAMED])
    for (const m of allMatches(re, folded)) describe(m.index, m.index + m[0].length);
  if (pieces.length === 0) return undefined;
  pieces.sort((a, b) => a.start - b.start);
  return { text: joinPieces(original, pieces), plates };
}
