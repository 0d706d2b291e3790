/**
 * Words of a text: Chinese segmented by jieba (@node-rs/jieba with its default dictionary plus the
 * vocabulary's words as a domain dictionary, loaded once, on first use), English split on letters with a
 * lemma per word. Measured here: about 6 µs of CPU per message for jieba.
 *
 * Pure in the core's sense: the dictionaries are loaded once, no I/O per message, same input → same words.
 * The analysis of the last few texts is cached (a step reads the same message several times).
 */
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { expandAbbreviation, lemma } from './lemma.js';
import { domainWords } from './vocabulary.js';

export interface Token {
  /** [start, end) in the analysed text. */
  start: number;
  end: number;
  text: string;
  /** English: the base form ("stabbed" → "stab"); Chinese: the word itself. */
  lemma: string;
  /**
   * English said with the g dropped ("shoutin", "goin'", "hidin"): the lemma of the -ing form, which readers of
   * word lists also accept. Absent when the word has no such reading.
   */
  gDropped?: string;
}

/**
 * Loaded on first use (about 1 s and 54 MB here), which is never inside a timed step: both step runners warm
 * up before their first real step (src/runtime/warm-up.ts). A thread that never runs the flow (the gateway's
 * main thread while the flow worker is up) never pays for it.
 */
let jieba: Jieba | null = null;

/** Drops a required module from the cache and from its parent's children, the two places that keep it. */
function forget(require: NodeJS.Require, file: string): void {
  const mod = require.cache[file];
  delete require.cache[file];
  const siblings = mod?.parent?.children ?? [];
  const at = mod ? siblings.indexOf(mod) : -1;
  if (at >= 0) siblings.splice(at, 1);
}

/**
 * The package and its default dictionary are required here, on first use, not imported: a thread that never
 * segments (the gateway's main thread) never loads them. `@node-rs/jieba/dict.js` reads the dictionary and
 * a TF-IDF table we never use into buffers (11 MB together) that its module keeps for the life of the
 * thread: once jieba has parsed the dictionary into its own structures, the module is dropped from the
 * require cache so that both buffers are collected.
 */
function segmenter(): Jieba {
  if (jieba === null) {
    const require = createRequire(import.meta.url);
    const { Jieba: Segmenter } = require('@node-rs/jieba') as { Jieba: typeof Jieba };
    const dictModule = require.resolve('@node-rs/jieba/dict.js');
    const j = Segmenter.withDict((require(dictModule) as { dict: Uint8Array }).dict);
    forget(require, dictModule);
    // Domain words with a high frequency so the segmenter keeps them whole (干仗, 掐架, 打捶).
    j.loadDict(
      Buffer.from(
        domainWords()
          .map((w) => `${w} 100000`)
          .join('\n'),
        'utf8',
      ),
    );
    jieba = j;
  }
  return jieba;
}

const HAN_RUN = /[\u3400-\u9fff]+|[a-z0-9']+/g;

/**
 * The -ing reading of a word said with the g dropped ("shoutin" → shout, "goin'" → go, "hidin" → hide), or undefined.
 * Only a second reading: "cousin", "cabin", "heroin" keep their own lemma, and a list matches either.
 */
function gDroppedLemma(run: string): string | undefined {
  const m = /^([a-z]{2,})in'?$/.exec(run);
  if (m === null) return undefined;
  const alt = lemma(`${m[1] ?? ''}ing`);
  return alt === lemma(run) ? undefined : alt;
}

function latinToken(start: number, run: string): Token {
  const t: Token = { start, end: start + run.length, text: run, lemma: wordLemma(run) };
  const alt = gDroppedLemma(run);
  if (alt !== undefined) t.gDropped = alt;
  return t;
}

/** The lemma an English word is compared by. Chat abbreviations read as the word they stand for ("bf" →
 * boyfriend) when that is one word. */
function wordLemma(run: string): string {
  const expanded = expandAbbreviation(run);
  const base = /^[a-z]+$/.test(expanded) ? expanded : run;
  return lemma(base);
}

const cache = new Map<string, Token[]>();
/** Texts analysed recently, of every report taken at once. */
const CACHE_SIZE = 256;

/** The words of a normalised text (lower case, simplified). Linear in the text's length. */
export function tokens(norm: string): Token[] {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  const out: Token[] = [];
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(norm); m !== null; m = HAN_RUN.exec(norm)) {
    const run = m[0];
    if (/^[\u3400-\u9fff]/.test(run)) {
      let at = m.index;
      for (const word of segmenter().cut(run, false)) {
        out.push({ start: at, end: at + word.length, text: word, lemma: word });
        at += word.length;
      }
    } else {
      out.push(latinToken(m.index, run));
    }
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(norm, out);
  return out;
}

/** The lemma of a stand-in token: equal to no word. */
export const NO_WORD = '\u0000';

/**
 * The words of a normalised text without running jieba: English words as in tokens(), each run of Chinese
 * characters one stand-in token that equals no word. For a reader that knows no Chinese word it looks for is
 * in the text, this gives the same matches as tokens() at a fraction of the cost.
 */
const latinCache = new Map<string, Token[]>();

export function latinTokens(norm: string): Token[] {
  const hit = latinCache.get(norm);
  if (hit !== undefined) return hit;
  const out: Token[] = [];
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(norm); m !== null; m = HAN_RUN.exec(norm)) {
    const run = m[0];
    if (/^[\u3400-\u9fff]/.test(run)) {
      out.push({ start: m.index, end: m.index + run.length, text: run, lemma: NO_WORD });
    } else {
      out.push(latinToken(m.index, run));
    }
  }
  if (latinCache.size >= CACHE_SIZE) latinCache.delete(latinCache.keys().next().value as string);
  latinCache.set(norm, out);
  return out;
}
