import { WORDS, type NumberedWords } from './words';

/**
 * Word tokens of a segment in one pass over its characters (Intl.Segmenter is ~40× slower and
 * not needed for German and English; a regular expression was the largest part of tokenizing).
 * A token keeps hyphenated compounds ("Premium-Qualität", "21-cm-Klinge") and decimal numbers
 * ("6,7", "2.5") whole; the matcher looks inside them.
 */
export interface Tokens extends NumberedWords {
  count: number;
  start: number[];
  end: number[];
  /** Surface text of each token: one string per distinct word (see WORDS). */
  text: string[];
  /** Number of each token's word in WORDS, of table generation `generation`: the key of per-word caches (PerWord). */
  ids: number[];
  generation: number;
  /** Sentence number of each token. */
  sentence: number[];
  /** Index of the first token of each sentence, plus a final entry equal to `count`. */
  sentenceStarts: number[];
}

// Character classes, as in the word pattern [\p{L}\p{N}][\p{L}\p{M}\p{N}]*, filled in lazily per UTF-16 unit.
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2; // \p{L}
const NUMBER = 3; // \p{N}
const MARK = 4; // \p{M}: continues a word, cannot start one
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return /\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? NUMBER : /\p{M}/u.test(ch) ? MARK : OTHER;
}

/** Class of the character at i and its length in UTF-16 units (2 for a surrogate pair), packed as class * 4 + length. */
function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      let k = astral.get(cp);
      if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k * 4 + 2;
    }
  }
  let k = classes[c];
  if (k === UNKNOWN) classes[c] = k = classify(String.fromCharCode(c));
  return k * 4 + 1;
}

/** Class of the character that ends just before i. */
function classBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return (c >= 0xdc00 && c <= 0xdfff && i >= 2 ? charAt(text, i - 2) : charAt(text, i - 1)) >> 2;
}

const isWordClass = (k: number) => k === LETTER || k === NUMBER || k === MARK;

/** True when a letter or digit stands at i (false past either end): a whole-word match may not touch one. */
export function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const k = charAt(text, i) >> 2;
  return k === LETTER || k === NUMBER;
}

/** True when a letter or digit ends just before i. */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0 || i > text.length) return false;
  const k = classBefore(text, i);
  return k === LETTER || k === NUMBER;
}

/** Index of the first character from i that is not a space or tab (within a line). */
export function spacesEnd(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** End of the run of letters, marks and digits from i. */
function wordRun(text: string, i: number): number {
  while (i < text.length) {
    const ch = charAt(text, i);
    if (!isWordClass(ch >> 2)) break;
    i += ch & 3;
  }
  return i;
}

/** Joiners inside a token: hyphens and apostrophes ("Premium-Qualität", "don't"). */
const isJoiner = (c: number) => c === 0x2d || c === 0x2010 || c === 0x27 || c === 0x2019;

/** End of the token that starts at i (a letter or digit). */
function tokenEnd(text: string, i: number): number {
  let end = wordRun(text, i);
  for (;;) {
    // Checked before reading: reading past the end made V8 throw away the optimized tokenizer.
    if (end + 1 >= text.length) return end;
    const c = text.charCodeAt(end);
    const next = charAt(text, end + 1) >> 2;
    if (isJoiner(c) && isWordClass(next)) end = wordRun(text, end + 1);
    // A decimal point or comma between digits: "6,7", "2.5".
    else if ((c === 0x2e || c === 0x2c) && next === NUMBER && classBefore(text, end) === NUMBER) end = wordRun(text, end + 1);
    else return end;
  }
}

// Token starts, ends and word numbers as they are found, reused by every call (tokenize never
// runs nested): allocating and growing typed arrays per paragraph was a third of tokenizing.
let scratch = new Int32Array(3 * 256);

export function tokenize(text: string): Tokens {
  WORDS.makeRoom();
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const ch = charAt(text, i);
    const k = ch >> 2;
    if (k !== LETTER && k !== NUMBER) {
      i += ch & 3;
      continue;
    }
    const e = tokenEnd(text, i);
    if (3 * count + 3 > scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[3 * count] = i;
    scratch[3 * count + 1] = e;
    scratch[3 * count + 2] = WORDS.intern(text, i, e);
    count++;
    i = e;
  }
  // Plain arrays of small integers, allocated at their final size: V8 allocates them on its
  // heap, where a typed array of this size takes a separate buffer from the system allocator
  // (half of tokenizing, measured).
  const start = new Array<number>(count);
  const end = new Array<number>(count);
  const ids = new Array<number>(count);
  const words = new Array<string>(count);
  const sentence = new Array<number>(count);
  for (let t = 0; t < count; t++) {
    start[t] = scratch[3 * t];
    end[t] = scratch[3 * t + 1];
    ids[t] = scratch[3 * t + 2];
    words[t] = WORDS.words[ids[t]];
  }
  const sentenceStarts = [0];
  let s = 0;
  if (count) sentence[0] = 0;
  for (let i = 1; i < count; i++) {
    if (isBoundary(text, end[i - 1], start[i], words[i - 1])) {
      s++;
      sentenceStarts.push(i);
    }
    sentence[i] = s;
  }
  sentenceStarts.push(count);
  return { count, start, end, text: words, ids, generation: WORDS.generation, sentence, sentenceStarts };
}

const UPPER_START = /^[\p{Lu}\p{N}"„“«»‘'(]/u;
const SPACE = /\s/;

/**
 * A sentence ends at . ! ? … followed by a capitalised word; abbreviations ("z. B.", "e.g.")
 * and ordinals do not end one. A table-cell separator " | " ends one too.
 */
function isBoundary(text: string, gapStart: number, gapEnd: number, prev: string): boolean {
  // Most gaps are one space.
  if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 0x20) return false;
  let lastDot = -1;
  let bar = false;
  for (let k = gapStart; k < gapEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x21 || c === 0x3f || c === 0x2026) return true;
    if (c === 0x2e) lastDot = k;
    else if (c === 0x7c && k > gapStart && k + 1 < gapEnd && text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k + 1) === 0x20) bar = true;
  }
  if (bar) return true;
  if (lastDot < 0) return false;
  if (prev.length === 1 && charAt(prev, 0) >> 2 === LETTER) return false;
  // The first character after the last dot, skipping white space; the next token's when the gap has none.
  let at = lastDot + 1;
  while (at < gapEnd && SPACE.test(text[at])) at++;
  return UPPER_START.test(text.slice(at, at + 2));
}

/** Text between token i-1 and token i (i = count gives the tail). */
export function gapBefore(text: string, t: Tokens, i: number): string {
  const from = i === 0 ? 0 : t.end[i - 1];
  const to = i >= t.count ? text.length : t.start[i];
  return text.slice(from, to);
}
