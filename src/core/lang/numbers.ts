/**
 * The one number parser: 5, 1.5, 2,000, 五, 两千, 三千五, 1.5万, 壹仟, English words. Linear-time; it lives in
 * extract/numbers.ts (with the patterns extraction builds on) and is exported here for every other reader.
 */
export { parseAnyNumber, parseChineseNumber, parseEnglishNumber } from '../extract/numbers.js';
