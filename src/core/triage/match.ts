/**
 * Word matching for triage: rules match on normalised text (see ../text.ts), but every hit can quote the
 * reporter's original characters, because each normalised character remembers where it came from.
 */
import { hasChinese, normalize } from '../text.js';
import { findTypos } from '../lang/normalize.js';
import { lemma } from '../lang/lemma.js';
import { latinTokens, tokens, type Token } from '../lang/segment.js';
import type { Term } from './rules.js';

/** One piece of reporter text (a message or an element answer), normalised with a map back to the original. */
export interface Doc {
  original: string;
  norm: string;
  /** For each normalised character: the original range it came from. */
  from: number[];
  to: number[];
}

export interface Hit {
  doc: Doc;
  start: number;
  end: number;
  /** The term (rule word) that matched. */
  term: Term;
}

/** Curly quotes would stop "can't" from matching; map them 1:1 to a straight apostrophe. */
function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\uff07]/g, "'");
}

/** Each character normalised, with curly quotes straightened (per character, made once). */
const charCache = new Map<string, string>();
function normChar(ch: string): string {
  let n = charCache.get(ch);
  if (n === undefined) {
    n = straightenQuotes(normalize(ch));
    charCache.set(ch, n);
  }
  return n;
}

/**
 * normChar of each ASCII character, by code (the most common characters, without a map lookup); made on first
 * use, not at module load (the normaliser's module may not be initialised yet then).
 */
let asciiNorm: readonly string[] | null = null;

/**
 * normChar of each other character of the basic plane by code, null for whitespace (at most one entry per
 * character of the plane, as charCache).
 */
const bmpNorm = new Map<number, string | null>();

/** Whitespace as makeDoc skips it: `\s` (which includes the ideographic space U+3000). */
const SPACE = /\s/;

/**
 * Normalise the way normalize() does, one character at a time, keeping a map from each normalised character
 * back to the original. Character by character (not phrase by phrase) so that rule words, normalised the same
 * way, always meet the same form: OpenCC keeps 著 in "著火了" but turns a lone 著 into 着.
 *
 * Walks the text by UTF-16 code and reads ASCII from a table: the same characters as a walk by code point with
 * a regex and a map lookup per character, several times faster (a long message is hundreds of characters).
 */
export function makeDoc(original: string): Doc {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = -1;
  const length = original.length;
  const ascii = (asciiNorm ??= Array.from({ length: 128 }, (_, c) => normChar(String.fromCharCode(c))));
  for (let index = 0; index < length;) {
    const start = index;
    const code = original.charCodeAt(index);
    let n: string;
    if (code < 128) {
      index += 1;
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (pendingSpace < 0) pendingSpace = start;
        continue;
      }
      n = ascii[code] as string;
    } else if (code < 0xd800 || code > 0xdfff) {
      index += 1;
      let known = bmpNorm.get(code);
      if (known === undefined) {
        const ch = String.fromCharCode(code);
        known = SPACE.test(ch) ? null : normChar(ch);
        bmpNorm.set(code, known);
      }
      if (known === null) {
        if (pendingSpace < 0) pendingSpace = start;
        continue;
      }
      n = known;
    } else {
      // A surrogate pair is one character; a lone surrogate one unit (as string iteration reads them).
      let end = index + 1;
      if (code <= 0xdbff && end < length) {
        const low = original.charCodeAt(end);
        if (low >= 0xdc00 && low <= 0xdfff) end += 1;
      }
      const ch = original.slice(index, end);
      index = end;
      if (SPACE.test(ch)) {
        if (pendingSpace < 0) pendingSpace = start;
        continue;
      }
      n = normChar(ch);
    }
    if (pendingSpace >= 0 && norm.length > 0) {
      norm += ' ';
      from.push(pendingSpace);
      to.push(start);
    }
    pendingSpace = -1;
    if (n.length === 1) {
      norm += n;
      from.push(start);
      to.push(index);
    } else {
      for (const c of n) {
        norm += c;
        from.push(start);
        to.push(index);
      }
    }
  }
  return fixDocTypos({ original, norm, from, to });
}

/** The language layer's typo fixes (大架 → 打架, 报jing → 报警), keeping the map back to the original. */
function fixDocTypos(doc: Doc): Doc {
  const fixes = findTypos(doc.norm);
  if (fixes.length === 0) return doc;
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  const copy = (a: number, b: number) => {
    norm += doc.norm.slice(a, b);
    for (let i = a; i < b; i++) {
      from.push(doc.from[i] ?? 0);
      to.push(doc.to[i] ?? 0);
    }
  };
  for (const f of fixes) {
    copy(at, f.start);
    const a = doc.from[f.start] ?? 0;
    const b = doc.to[f.end - 1] ?? a;
    for (const c of f.right) {
      norm += c;
      from.push(a);
      to.push(b);
    }
    at = f.end;
  }
  copy(at, doc.norm.length);
  return { original: doc.original, norm, from, to };
}

/** A rule word in the form it is matched in (the same per-character normalisation as makeDoc). */
export function normalizeForMatch(text: string): string {
  return makeDoc(text).norm;
}

/** The reporter's original words for a normalised range. */
export function quote(doc: Doc, start: number, end: number): string {
  if (end <= start) return '';
  const a = doc.from[start] ?? 0;
  const b = doc.to[end - 1] ?? doc.original.length;
  return doc.original.slice(a, b).trim();
}

export function quoteHit(hit: Hit): string {
  return quote(hit.doc, hit.start, hit.end);
}

// ---------------------------------------------------------------------------------------------------------
// Terms → regular expressions.
// ---------------------------------------------------------------------------------------------------------

/** Sentence and clause punctuation: `…` gaps and negations never cross it. */
export const CLAUSE_BREAK = /[,.!?;:，。！？；：、\n~]/;
const GAP = "[^,.!?;:，。！？；：、\\n~的']{0,16}?";
/** `……`: later in the same message, across commas (still not across 的, so "女儿的手机不见了" is not a person). */
const LONG_GAP = '[^\\n的]{0,30}?';
const END = '(?=$|[\\s,.!?;:，。！？；：、~]|了|啊|呀|啦)';
const LATIN_EDGE = /[a-z0-9]/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function literal(piece: string): string {
  const norm = hasChinese(piece) ? normalizeForMatch(piece) : straightenQuotes(piece.toLowerCase());
  // "can't" also matches "cant"; "hit and run" also matches "hit-and-run".
  return escape(norm).replace(/'/g, "'?").replace(/[ -]/g, '[ -]?');
}

function compileTerm(term: Term, vocabulary: Readonly<Record<string, readonly string[]>>): RegExp {
  const parts = term.split(/(\{[a-z_]+\}|……|…)/).filter((p) => p !== '');
  let source = '';
  let firstLatin = false;
  let lastLatin = false;
  parts.forEach((part, i) => {
    let piece: string;
    let latinStart: boolean;
    let latinEnd: boolean;
    if (part === '……') {
      piece = LONG_GAP;
      latinStart = latinEnd = false;
    } else if (part === '…') {
      piece = GAP;
      latinStart = latinEnd = false;
    } else if (part === '{end}') {
      piece = END;
      latinStart = latinEnd = false;
    } else if (part.startsWith('{')) {
      const words = vocabulary[part.slice(1, -1)];
      if (!words) throw new Error(`triage rules: unknown vocabulary ${part} in "${term}"`);
      const sorted = [...words].sort((a, b) => b.length - a.length);
      piece = `(?:${sorted.map(literal).join('|')})`;
      latinStart = latinEnd = words.some((w) => !hasChinese(w));
    } else {
      piece = literal(part);
      const lower = part.toLowerCase();
      latinStart = LATIN_EDGE.test(lower.charAt(0));
      latinEnd = LATIN_EDGE.test(lower.charAt(lower.length - 1));
    }
    if (i === 0) firstLatin = latinStart;
    if (i === parts.length - 1) lastLatin = latinEnd;
    source += piece;
  });
  return new RegExp(`${firstLatin ? '(?<![a-z0-9])' : ''}${source}${lastLatin ? '(?![a-z0-9])' : ''}`, 'g');
}

/**
 * A rule word found this many times in one text has said all it can; more occurrences (a pasted or
 * flooded message) only cost time in the checks that compare hits with each other.
 */
const MAX_HITS_PER_TERM = 24;

/** A compiled term: its regex and the literal pieces every match must contain (a cheap pre-check). */
interface Compiled {
  re: RegExp;
  /** The literal pieces, as ids in the matcher's piece trie. */
  needs: readonly number[];
}

/** A compiled term list: per term its compiled form (null for token terms), and which terms to try for a text. */
interface CompiledList {
  /** Index of the list in the matcher (where a text entry keeps this list's hits). */
  id: number;
  terms: readonly (Compiled | null)[];
  hasTokens: boolean;
  /** Piece ids of the Chinese words of the list's token terms: with none in a text, jieba need not run. */
  chineseTokenWords: readonly number[];
  /** Regex terms by the id of their longest piece: a term is tried only when that piece is in the text. */
  byKey: ReadonlyMap<number, readonly number[]>;
  /** Regex terms without a literal piece: always tried. */
  always: readonly number[];
}

/** The literal pieces of a term that any match contains ("{family}…打我" needs "打我"). */
function literalPieces(term: Term): string[] {
  const out: string[] = [];
  for (const part of term.split(/\{[a-z_]+\}|……|…/)) {
    if (part === '') continue;
    const norm = hasChinese(part) ? normalizeForMatch(part) : straightenQuotes(part.toLowerCase());
    // "can't" also matches "cant", "hit-and-run" also "hit and run": only the pieces between those are sure.
    for (const piece of norm.split(/['\s-]+/)) if (piece !== '') out.push(piece);
  }
  return out;
}

/**
 * Texts whose hits are remembered: a step re-reads the opening burst and the latest messages, of every report the
 * flow worker is taking at once (bench/core-cpu.ts --interleave: 64 texts were a handful of concurrent reports).
 */
const TEXTS_REMEMBERED = 512;

/** One term list's hits in one text: [term index, start, end, ...]. */
type ListHits = readonly number[];

/** What the matcher remembers of one text: the pieces in it and, per term list, the hits. */
interface TextEntry {
  /** The pieces present, computed with the trie as it was at `trieSize` pieces. */
  present: Set<number> | null;
  trieSize: number;
  /** Per compiled list (by its id): the hits, once looked for. */
  hits: (ListHits | undefined)[];
  /** Per list id: the regex terms keyed by a piece of `keyedFrom` (the pieces present), lists as of `keyedAt`. */
  keyed: Map<number, number[]> | null;
  keyedFrom: Set<number> | null;
  keyedAt: number;
  /** Per list id: [token position, term index, ...] of its token terms whose first word is there (per stream). */
  latinFirst: TokenCandidates | null;
  zhFirst: TokenCandidates | null;
}

interface TokenCandidates {
  /** The number of lists compiled when these were found. */
  at: number;
  byList: Map<number, number[]>;
}

export class Matcher {
  private readonly cache = new Map<Term, Compiled>();
  private readonly lists = new WeakMap<readonly Term[], CompiledList>();
  private listCount = 0;
  /**
   * Per piece id: [list id, term index, ...] of the regex terms keyed by it; per first word: the same for token
   * terms. One pass over a text's pieces and words finds every list's candidates, instead of a lookup per
   * piece or word in each list.
   */
  private readonly termsByKey = new Map<number, number[]>();
  private readonly tokenTermsByFirst = new Map<string, number[]>();
  /** Per normalised text: its pieces and, per term list (by identity), the hits, so a text re-read costs nothing. */
  private readonly seen = new Map<string, TextEntry>();
  /**
   * Every literal piece of every compiled term, in one trie: one walk over a text tells which pieces it
   * contains, instead of a substring search per term (thousands of terms, a handful present).
   */
  private readonly pieceIds = new Map<string, number>();
  private readonly trie = new PieceTrie();

  constructor(private readonly vocabulary: Readonly<Record<string, readonly string[]>>) {}

  private pieceId(piece: string): number {
    let id = this.pieceIds.get(piece);
    if (id === undefined) {
      id = this.pieceIds.size;
      this.pieceIds.set(piece, id);
      this.trie.add(piece, id);
    }
    return id;
  }

  private compiled(term: Term): Compiled {
    let c = this.cache.get(term);
    if (!c) {
      c = { re: compileTerm(term, this.vocabulary), needs: literalPieces(term).map((p) => this.pieceId(p)) };
      this.cache.set(term, c);
    }
    return c;
  }

  private textEntry(norm: string): TextEntry {
    let e = this.seen.get(norm);
    if (e === undefined) {
      if (this.seen.size >= TEXTS_REMEMBERED) this.seen.delete(this.seen.keys().next().value as string);
      e = {
        present: null,
        trieSize: 0,
        hits: [],
        keyed: null,
        keyedFrom: null,
        keyedAt: 0,
        latinFirst: null,
        zhFirst: null,
      };
      this.seen.set(norm, e);
    }
    return e;
  }

  /** The ids of the pieces contained in `norm` (one trie walk from each position). */
  private present(entry: TextEntry, norm: string): Set<number> {
    if (entry.present !== null && entry.trieSize === this.pieceIds.size) return entry.present;
    const out = this.trie.piecesIn(norm);
    entry.present = out;
    entry.trieSize = this.pieceIds.size;
    return out;
  }

  /** The compiled terms of a list and its index by key piece, made once per list. */
  private compiledList(terms: readonly Term[]): CompiledList {
    let list = this.lists.get(terms);
    if (list === undefined) {
      const compiled = terms.map((t) => (t.startsWith(TOKEN_MARK) ? null : this.compiled(t)));
      const byKey = new Map<number, number[]>();
      const always: number[] = [];
      compiled.forEach((c, index) => {
        if (c === null) return;
        if (c.needs.length === 0) {
          always.push(index);
          return;
        }
        // The longest piece is the rarest in practice.
        let key = c.needs[0] ?? 0;
        for (const id of c.needs) if (this.pieceLength(id) > this.pieceLength(key)) key = id;
        const l = byKey.get(key);
        if (l) l.push(index);
        else byKey.set(key, [index]);
      });
      const chinese = new Set<number>();
      for (const t of terms)
        if (t.startsWith(TOKEN_MARK)) for (const w of tokenWords(t)) if (hasChinese(w)) chinese.add(this.pieceId(w));
      const id = this.listCount++;
      for (const [key, indices] of byKey) {
        let l = this.termsByKey.get(key);
        if (l === undefined) this.termsByKey.set(key, (l = []));
        for (const index of indices) l.push(id, index);
      }
      for (const [first, indices] of byFirstWord(terms)) {
        let l = this.tokenTermsByFirst.get(first);
        if (l === undefined) this.tokenTermsByFirst.set(first, (l = []));
        for (const index of indices) l.push(id, index);
      }
      list = {
        id,
        terms: compiled,
        hasTokens: compiled.includes(null),
        chineseTokenWords: [...chinese],
        byKey,
        always,
      };
      this.lists.set(terms, list);
    }
    return list;
  }

  private pieceLengths: number[] = [];
  private pieceLength(id: number): number {
    if (this.pieceLengths.length !== this.pieceIds.size)
      this.pieceLengths = [...this.pieceIds.keys()].map((p) => p.length);
    return this.pieceLengths[id] ?? 0;
  }

  /** Every list's regex terms keyed by a piece of the text (kept in the entry). */
  private keyedTerms(entry: TextEntry, present: Set<number>): Map<number, number[]> {
    if (entry.keyed !== null && entry.keyedFrom === present && entry.keyedAt === this.listCount) return entry.keyed;
    const byList = new Map<number, number[]>();
    for (const id of present) {
      const pairs = this.termsByKey.get(id);
      if (pairs === undefined) continue;
      for (let p = 0; p < pairs.length; p += 2) {
        const listId = pairs[p] ?? 0;
        const l = byList.get(listId);
        if (l) l.push(pairs[p + 1] ?? 0);
        else byList.set(listId, [pairs[p + 1] ?? 0]);
      }
    }
    entry.keyed = byList;
    entry.keyedFrom = present;
    entry.keyedAt = this.listCount;
    return byList;
  }

  /** Every list's token terms whose first word is a word of `toks`, as [position, term index, ...] in order. */
  private tokenTerms(known: TokenCandidates | null, toks: readonly Token[]): TokenCandidates {
    if (known !== null && known.at === this.listCount) return known;
    const byList = new Map<number, number[]>();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      // A word said with the g dropped ("shoutin") also begins the terms of its -ing reading.
      for (const key of t?.gDropped === undefined ? [t?.lemma ?? ''] : [t.lemma, t.gDropped]) {
        const pairs = this.tokenTermsByFirst.get(key);
        if (pairs === undefined) continue;
        for (let p = 0; p < pairs.length; p += 2) {
          const listId = pairs[p] ?? 0;
          const l = byList.get(listId);
          if (l) l.push(i, pairs[p + 1] ?? 0);
          else byList.set(listId, [i, pairs[p + 1] ?? 0]);
        }
      }
    }
    return { at: this.listCount, byList };
  }

  /** Every match of every term of the list in `norm` (each term at most MAX_HITS_PER_TERM times). */
  private listHits(terms: readonly Term[], list: CompiledList, norm: string, entry: TextEntry): ListHits {
    const out: number[] = [];
    const present = this.present(entry, norm);
    if (list.hasTokens) {
      // A Chinese token can only match a word of the list that is in the text as it is; with none there,
      // the English words alone decide, and jieba is not needed.
      const needChinese = list.chineseTokenWords.some((id) => present.has(id));
      const toks = needChinese ? tokens(norm) : latinTokens(norm);
      const found = needChinese
        ? (entry.zhFirst = this.tokenTerms(entry.zhFirst, toks))
        : (entry.latinFirst = this.tokenTerms(entry.latinFirst, toks));
      const pairs = found.byList.get(list.id);
      if (pairs !== undefined) findTokens(terms, toks, pairs, out);
    }
    // The terms whose key piece is in the text, in list order (the order hits have always come in).
    const keyed = this.keyedTerms(entry, present).get(list.id);
    if (keyed === undefined && list.always.length === 0) return out.length === 0 ? NONE : out;
    const candidates = keyed === undefined ? [...list.always] : [...list.always, ...keyed];
    candidates.sort((a, b) => a - b);
    for (const index of candidates) {
      const c = list.terms[index];
      if (!c) continue;
      const { re, needs } = c;
      if (!needs.every((id) => present.has(id))) continue;
      re.lastIndex = 0;
      let found = 0;
      for (let m = re.exec(norm); m && found < MAX_HITS_PER_TERM; m = re.exec(norm)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push(index, m.index, m.index + m[0].length);
        found += 1;
      }
    }
    return out.length === 0 ? NONE : out;
  }

  /**
   * Every occurrence of every term in every doc; a hit inside a longer hit of the same list is dropped unless
   * `keepContained` (negations: "没" inside "没有" still negates "有危险" in "没有危险"). A text seen before
   * with the same list (the same message re-read in a later step) costs a lookup, not a search.
   */
  find(terms: readonly Term[], docs: readonly Doc[], keepContained = false): Hit[] {
    const hits: Hit[] = [];
    const list = this.compiledList(terms);
    for (const doc of docs) {
      const entry = this.textEntry(doc.norm);
      let r = entry.hits[list.id];
      if (r === undefined) {
        r = this.listHits(terms, list, doc.norm, entry);
        entry.hits[list.id] = r;
      }
      for (let i = 0; i < r.length; i += 3) {
        hits.push({ doc, start: r[i + 1] ?? 0, end: r[i + 2] ?? 0, term: terms[r[i] ?? 0] ?? '' });
      }
    }
    return keepContained ? hits : dropContained(hits);
  }
}

const NONE: readonly number[] = [];

/**
 * The trie of literal pieces by UTF-16 code unit, its edges in one open-addressing table of typed arrays ((node,
 * code) → child): the walk from every position of every new text is a few array reads per character, not a Map
 * lookup per character and node.
 */
class PieceTrie {
  /** Per node: the id of the piece ending there, or -1. Node 0 is the root. */
  private readonly pieceAt: number[] = [-1];
  private bits = 10;
  private from = new Int32Array(1 << this.bits).fill(-1);
  private code = new Int32Array(1 << this.bits);
  private to = new Int32Array(1 << this.bits);
  private edges = 0;

  private slot(node: number, code: number): number {
    return Math.imul((node * 65599 + code) | 0, 0x9e3779b1) >>> (32 - this.bits);
  }

  private child(node: number, code: number): number {
    const mask = (1 << this.bits) - 1;
    for (let h = this.slot(node, code); ; h = (h + 1) & mask) {
      const f = this.from[h] ?? -1;
      if (f === -1) return -1;
      if (f === node && this.code[h] === code) return this.to[h] ?? -1;
    }
  }

  private link(node: number, code: number, child: number): void {
    if ((this.edges + 1) * 2 > 1 << this.bits) this.grow();
    const mask = (1 << this.bits) - 1;
    let h = this.slot(node, code);
    while (this.from[h] !== -1) h = (h + 1) & mask;
    this.from[h] = node;
    this.code[h] = code;
    this.to[h] = child;
    this.edges += 1;
  }

  private grow(): void {
    const { from, code, to } = this;
    this.bits += 1;
    this.from = new Int32Array(1 << this.bits).fill(-1);
    this.code = new Int32Array(1 << this.bits);
    this.to = new Int32Array(1 << this.bits);
    this.edges = 0;
    for (let h = 0; h < from.length; h++) {
      const f = from[h] ?? -1;
      if (f !== -1) this.link(f, code[h] ?? 0, to[h] ?? 0);
    }
  }

  add(piece: string, id: number): void {
    let node = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      let next = this.child(node, c);
      if (next === -1) {
        next = this.pieceAt.length;
        this.pieceAt.push(-1);
        this.link(node, c, next);
      }
      node = next;
    }
    this.pieceAt[node] = id;
  }

  /** The ids of the pieces contained in `text` (one walk from each position). */
  piecesIn(text: string): Set<number> {
    const out = new Set<number>();
    const { from, code, to, pieceAt } = this;
    const shift = 32 - this.bits;
    const mask = (1 << this.bits) - 1;
    for (let i = 0; i < text.length; i++) {
      let node = 0;
      for (let j = i; j < text.length; j++) {
        const c = text.charCodeAt(j);
        let h = Math.imul((node * 65599 + c) | 0, 0x9e3779b1) >>> shift;
        let next = -1;
        for (let f = from[h] ?? -1; f !== -1; h = (h + 1) & mask, f = from[h] ?? -1) {
          if (f === node && code[h] === c) {
            next = to[h] ?? -1;
            break;
          }
        }
        if (next === -1) break;
        node = next;
        const piece = pieceAt[node] ?? -1;
        if (piece >= 0) out.add(piece);
      }
    }
    return out;
  }
}

/**
 * `~word`: a whole word of the segmented text (jieba for Chinese: 砍 in "他拿刀砍我" but not in "砍价"), or for
 * English a word with the same lemma ("~stab" matches stabbed, stabbing, stabs).
 */
export const TOKEN_MARK = '~';

const tokenWordCache = new Map<Term, readonly string[]>();
/** The words of a token term, each in the form tokens are compared in (lemma for English). */
function tokenWords(term: Term): readonly string[] {
  let w = tokenWordCache.get(term);
  if (w === undefined) {
    const raw = term.slice(TOKEN_MARK.length);
    w = hasChinese(raw) ? [normalizeForMatch(raw)] : raw.toLowerCase().split(/\s+/).map(lemma);
    tokenWordCache.set(term, w);
  }
  return w;
}

/** Token terms by their first word, per term list (by identity). */
const firstWordIndex = new WeakMap<readonly Term[], Map<string, number[]>>();

function byFirstWord(terms: readonly Term[]): Map<string, number[]> {
  let m = firstWordIndex.get(terms);
  if (m === undefined) {
    m = new Map();
    terms.forEach((t, index) => {
      if (!t.startsWith(TOKEN_MARK)) return;
      const first = tokenWords(t)[0] ?? '';
      const list = m?.get(first);
      if (list) list.push(index);
      else m?.set(first, [index]);
    });
    firstWordIndex.set(terms, m);
  }
  return m;
}

/**
 * Token terms (single words or phrases of words: "~throw me" matches "threw me", "throwing me"), as [index,
 * start, end]. `candidates`: [token position, term index, ...] of the terms whose first word is at that
 * position, in text order (Matcher.tokenTerms).
 */
function findTokens(
  terms: readonly Term[],
  toks: readonly Token[],
  candidates: readonly number[],
  out: number[],
): void {
  let found = 0;
  for (let p = 0; p < candidates.length; p += 2) {
    const i = candidates[p] ?? 0;
    const termIndex = candidates[p + 1] ?? 0;
    const words = tokenWords(terms[termIndex] ?? '');
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const t = toks[i + k];
      ok = t !== undefined && (t.lemma === words[k] || t.gDropped === words[k]);
    }
    const last = toks[i + words.length - 1];
    if (!ok || last === undefined) continue;
    out.push(termIndex, toks[i]?.start ?? 0, last.end);
    if (++found >= MAX_HITS_PER_TERM) return;
  }
}

/**
 * Drop hits strictly inside a longer hit (same doc), and exact duplicates; keep document order.
 * One sort and one sweep (O(n log n)): a message repeating a rule word hundreds of times must not cost
 * a comparison of every hit with every other.
 */
export function dropContained(hits: readonly Hit[]): Hit[] {
  if (hits.length < 2) return [...hits];
  // Each hit with the index of its doc (by first appearance), so the sort compares numbers.
  const docIndex = new Map<Doc, number>();
  const keyed = hits.map((h) => {
    let d = docIndex.get(h.doc);
    if (d === undefined) {
      d = docIndex.size;
      docIndex.set(h.doc, d);
    }
    return { h, d };
  });
  keyed.sort((a, b) => a.d - b.d || a.h.start - b.h.start || b.h.end - a.h.end);
  const sorted = keyed.map((k) => k.h);
  const out: Hit[] = [];
  let doc: Doc | null = null;
  // The furthest end among earlier hits of this doc that differ from the current (start, end).
  let maxEnd = -1;
  let groupMaxEnd = -1;
  let last: Hit | null = null;
  for (const h of sorted) {
    if (h.doc !== doc) {
      doc = h.doc;
      maxEnd = -1;
      groupMaxEnd = -1;
      last = null;
    }
    const same = last !== null && last.start === h.start && last.end === h.end;
    if (same) continue;
    if (last !== null) maxEnd = Math.max(maxEnd, groupMaxEnd);
    groupMaxEnd = h.end;
    last = h;
    // Every earlier hit starts at or before this one; one that ends at or after it contains it and, not
    // being the same span, is longer.
    if (maxEnd >= h.end) continue;
    out.push(h);
  }
  return out;
}

/** A hit is void when an exception phrase overlaps it without being inside it (打我电话 voids 打我). */
export function isExcepted(hit: Hit, exceptions: readonly Hit[]): boolean {
  return exceptions.some(
    (e) => e.doc === hit.doc && e.start < hit.end && hit.start < e.end && !(hit.start <= e.start && hit.end >= e.end),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Negation.
// ---------------------------------------------------------------------------------------------------------

const TOKEN = /[a-z0-9']+|[\u3400-\u9fff\uf900-\ufaff]/g;
const HAN_START = /[\u3400-\u9fff]/;

/**
 * The negation hit that cancels `hit`, if any: it ends before the hit in the same clause, with at most two
 * tokens (Chinese characters or English words) between, none of them a clause breaker.
 */
export function negationOf(hit: Hit, negations: readonly Hit[], breakers: readonly Hit[]): Hit | undefined {
  const candidates = negations.filter((n) => n.doc === hit.doc && n.end <= hit.start);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const neg = candidates[i];
    if (!neg) continue;
    const gap = hit.doc.norm.slice(neg.end, hit.start);
    if (CLAUSE_BREAK.test(gap)) continue;
    // Chinese texts separate clauses with a space ("出门没回来 天都黑了"): a space before a Chinese word ends the scope.
    if (/\s/.test(gap) && HAN_START.test(hit.doc.norm.charAt(hit.start))) continue;
    const tokens = gap.match(TOKEN) ?? [];
    if (tokens.length > 2) continue;
    if (breakers.some((b) => b.doc === hit.doc && b.start >= neg.end && b.end <= hit.start)) continue;
    return neg;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Ages ("8岁", "八岁", "6 years old", "aged 6", "my son is 6", "3个月大").
// ---------------------------------------------------------------------------------------------------------

export interface AgeHit {
  doc: Doc;
  start: number;
  end: number;
  age: number;
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 八 → 8, 十二 → 12, 八十五 → 85; NaN when it is not a plain number under 100. */
export function parseChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return NaN;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? (ZH_DIGITS[a] ?? NaN) : NaN;
  return (a ? (ZH_DIGITS[a] ?? 0) : 1) * 10 + (b ? (ZH_DIGITS[b] ?? 0) : 0);
}

const AGE_PATTERNS: readonly { re: RegExp; months?: boolean }[] = [
  { re: /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周岁|岁)/g },
  { re: /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?月大/g, months: true },
  { re: /(?<![a-z0-9.])(\d{1,3})\s*[- ]?(?:years?|yrs?|yo|y\/o)(?:[ -]*old)?(?![a-z])/g },
  { re: /(?<![a-z0-9.])(\d{1,2})\s*[- ]?months?[ -]*old(?![a-z])/g, months: true },
  { re: /(?<![a-z])aged?\s+(\d{1,3})(?![0-9:.])/g },
  {
    // "he's 5", txt-speak "hes 5" (not "he's 5 mins away").
    re: /(?<![a-z])(?:(?:son|daughter|child|kid|boy|girl|brother|sister|he|she|baby)\s*(?:is|'s)|hes|shes)\s+(?:only\s+|just\s+)?(\d{1,2})(?![0-9:.a-z])(?!\s*(?:mins?|minutes?|hours?|hrs?|km|kms|miles?|ft|feet|am|pm|%|min\b))/g,
  },
  // A person described as a name and a number ("Leo, 5, red t-shirt", the answer to "who is missing?"); not a time,
  // a floor or a door ("tonight, 9", "flat, 4").
  {
    re: /^(?!(?:today|tonight|yesterday|tomorrow|morning|evening|night|afternoon|noon|midnight|around|about|like|maybe|approx|at|since|until|till|floor|flat|apt|unit|room|block|level|gate|exit|platform|bus|route|number|no|door|house|bay|lane|row)\b)[a-z]{2,12},\s*(\d{1,2})\s*(?=,|$)/g,
  },
];

export function findAges(docs: readonly Doc[]): AgeHit[] {
  const out: AgeHit[] = [];
  for (const doc of docs) {
    for (const { re, months } of AGE_PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
        const n = parseChineseNumber(m[1] ?? '');
        if (Number.isNaN(n) || n > 120) continue;
        out.push({ doc, start: m.index, end: m.index + m[0].length, age: months ? 0 : n });
      }
    }
  }
  return out;
}
