/**
 * The distinct words of the process, numbered as the tokenizer meets them. Work that depends
 * on the word alone (its stem and lexicon entries, language cues, spelling flags) is then
 * cached in arrays indexed by number: looking freshly sliced token strings up in Maps meant
 * hashing every token again, the largest single cost of matching.
 */

// Distinct words kept; a long-running server starts a new generation (all numbers new) beyond this.
const MAX_WORDS = 1 << 18;

// Slots in pairs (number, hash), so a probe reads one cache line. Room for about 32,000 words,
// the vocabulary of a 1 MB document: growing replaces the table, and V8 then discards
// optimized code that read it.
const INITIAL_SLOTS = 1 << 16;
const emptySlots = (n: number) => new Int32Array(2 * n).fill(-1);
// A small direct-mapped cache in front of the table for the words met most: the table is
// larger than the processor's cache, and its probes were most of tokenizing.
const FRONT = 1 << 12;

/**
 * text[start, end) as a string of its own. V8 represents a slice of 13 or more characters as a
 * view into the sliced string, so a word kept here would keep its whole paragraph alive for the
 * life of the process (measured: 20 words from 2 MB paragraphs held 45 MB, copies 7 MB).
 */
function detached(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return word.length < 13 ? word : (' ' + word).slice(1);
}

class WordTable {
  /** Bumped when the table starts over: numbers from an older generation mean nothing now. */
  generation = 0;
  private slots = emptySlots(INITIAL_SLOTS);
  private readonly frontHash = new Int32Array(FRONT);
  private readonly frontId = new Int32Array(FRONT).fill(-1);
  private readonly frontWord: string[] = new Array<string>(FRONT).fill('');
  readonly words: string[] = [];

  /** Starts a new generation when the table is full; called between segments, never inside one. */
  makeRoom(): void {
    if (this.words.length < MAX_WORDS) return;
    this.generation++;
    this.slots = emptySlots(INITIAL_SLOTS);
    this.frontId.fill(-1);
    this.words.length = 0;
  }

  /** Number of the word text[start, end), added if new. */
  intern(text: string, start: number, end: number): number {
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    // Mixed (MurmurHash3's finalizer): words that differ in their last letter ("x1", "x2") would
    // otherwise fill neighbouring slots, and linear probing would walk ever longer runs.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    const len = end - start;
    const f = h & (FRONT - 1);
    const known = this.frontId[f];
    if (known >= 0 && this.frontHash[f] === h) {
      const w = this.frontWord[f];
      if (w.length === len && text.startsWith(w, start)) return known;
    }
    const id = this.lookup(text, start, end, h);
    this.frontHash[f] = h;
    this.frontId[f] = id;
    this.frontWord[f] = this.words[id];
    return id;
  }

  /** Number of the word text[start, end) with hash h in the table, added if new. */
  private lookup(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const len = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = slots[2 * at];
      if (id < 0) {
        slots[2 * at] = this.words.length;
        slots[2 * at + 1] = h;
        this.words.push(detached(text, start, end));
        if (this.words.length * 4 > slots.length) this.grow();
        return this.words.length - 1;
      }
      if (slots[2 * at + 1] !== h) continue;
      const w = this.words[id];
      // startsWith compares in one builtin call; a charCodeAt loop was the largest cost here.
      if (w.length === len && text.startsWith(w, start)) return id;
    }
  }

  /** Twice the slots, at half the load. */
  private grow(): void {
    const old = this.slots;
    const slots = emptySlots(old.length);
    const mask = old.length - 1;
    for (let p = 0; p < old.length; p += 2) {
      if (old[p] < 0) continue;
      let at = old[p + 1] & mask;
      while (slots[2 * at] >= 0) at = (at + 1) & mask;
      slots[2 * at] = old[p];
      slots[2 * at + 1] = old[p + 1];
    }
    this.slots = slots;
  }
}

export const WORDS = new WordTable();

/** A cache keyed by word number, emptied when the table starts a new generation. */
abstract class WordKeyed {
  private generation = -1;

  /** False for numbers from before the table started over: their word is then worked out afresh. */
  protected usable(generation: number): boolean {
    if (generation === this.generation) return true;
    if (generation !== WORDS.generation) return false;
    this.clear();
    this.generation = generation;
    return true;
  }

  protected abstract clear(): void;
}

/** What a per-word cache reads of tokens (see Tokens in tokens.ts): each token's word and its number in WORDS. */
export interface NumberedWords {
  text: string[];
  ids: number[];
  generation: number;
}

/** A value per distinct word, made on first use: `make` must depend on the word alone. */
export class PerWord<T> extends WordKeyed {
  private values: (T | undefined)[] = [];

  constructor(private readonly make: (word: string) => T) {
    super();
  }

  protected clear(): void {
    this.values = [];
  }

  /** The value for token i. */
  at(tokens: NumberedWords, i: number): T {
    if (!this.usable(tokens.generation)) return this.make(tokens.text[i]);
    const id = tokens.ids[i];
    const values = this.values;
    // Filled up to the number so the array stays packed (V8 turns a sparse one into a dictionary).
    while (values.length <= id) values.push(undefined);
    let v = values[id];
    if (v === undefined) values[id] = v = this.make(tokens.text[i]);
    return v;
  }
}

/**
 * A small number (0–254) per distinct word, kept in a byte array: read for every token, it
 * stays in the processor's cache where an array of objects does not.
 */
export class PerWordByte extends WordKeyed {
  private values = new Uint8Array(1024);

  constructor(private readonly make: (word: string) => number) {
    super();
  }

  protected clear(): void {
    this.values = new Uint8Array(1024);
  }

  /** The number for token i. */
  at(tokens: NumberedWords, i: number): number {
    if (!this.usable(tokens.generation)) return this.make(tokens.text[i]);
    const id = tokens.ids[i];
    if (id >= this.values.length) {
      const bigger = new Uint8Array(Math.max(2 * this.values.length, id + 1));
      bigger.set(this.values);
      this.values = bigger;
    }
    // Stored plus one: 0 marks a word not yet worked out.
    let v = this.values[id];
    if (v === 0) this.values[id] = v = this.make(tokens.text[i]) + 1;
    return v - 1;
  }
}
