/**
 * The language layer (issue 13): one normaliser, one negation scope, one number parser, one vocabulary,
 * words (jieba segmentation, English lemmas). Extraction, triage and the flow read reporter text through it.
 */
export { normalizeText, convert, fixTypos, findTypos, toHalfWidth, TYPO_FIXES } from './normalize.js';
export type { Fix } from './normalize.js';
export { isNegated, NEGATION_EN, NEGATION_ZH, SCOPE_BREAKERS } from './negation.js';
export { parseAnyNumber, parseChineseNumber, parseEnglishNumber } from './numbers.js';
export { lemma, expandAbbreviation } from './lemma.js';
export { tokens } from './segment.js';
export type { Token } from './segment.js';
export * from './vocabulary.js';
export { FRAMES, framesIn, classHits } from './frames.js';
export type { Frame, FrameHit, ClassHit, SemanticClass } from './frames.js';
