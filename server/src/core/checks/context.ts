import { SegmentAnalysis, type AnalysisPack } from '../analysis';
import type { Hit, TermIndex } from '../match/termIndex';
import type { SetRef, WordSet } from '../rules/compile';
import { SegmentSubject } from '../rules/patterns';
import type { Segment } from '../parse/segment';
import { gapBefore, spacesEnd, wordCharAt, type Tokens } from '../text/tokens';
import type { Lang } from '../types';

// Shared by every lookup that finds nothing: the hot path allocates no empty arrays. Not
// frozen: a frozen array has its own object shape, and V8 deoptimized code that met both.
const NO_HITS: readonly Hit[] = [];
// Capitalised, not in capitals: how a word of a name is written in running text.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Arrays a segment keeps per set, by kind (see SegmentContext.setArray); top-level functions,
// so asking allocates no closure.
const SET_ARRAYS: ((hits: readonly Hit[], t: Tokens) => Uint8Array | Int32Array)[] = [
  (hits, t) => {
    const covered = new Uint8Array(t.count);
    for (let k = 0; k < hits.length; k++) covered.fill(1, hits[k].first, hits[k].last + 1);
    return covered;
  },
  (hits, t) => {
    const sentences = new Uint8Array(t.sentenceStarts.length - 1);
    for (let k = 0; k < hits.length; k++) sentences[t.sentence[hits[k].first]] = 1;
    return sentences;
  },
  (hits, t) => tokenHits(hits, t, 'last'),
  (hits, t) => tokenHits(hits, t, 'first'),
];
const [COVERAGE, SENTENCES, ENDS, STARTS, KINDS] = [0, 1, 2, 3, 4];

/** Per token, 1 + the index of the hit whose first or last token it is; hits come in order of their first token, so of hits ending at one token the one that starts first. */
function tokenHits(hits: readonly Hit[], t: Tokens, end: 'first' | 'last'): Int32Array {
  const at = new Int32Array(t.count);
  for (let k = 0; k < hits.length; k++) if (!at[hits[k][end]]) at[hits[k][end]] = k + 1;
  return at;
}
// The result of hitStarts, reused: one array per gated pattern and paragraph added up.
const HIT_STARTS: number[] = [];

/** Everything a check reads about one segment; computed once and shared by all rules. */
export class SegmentContext {
  constructor(
    readonly seg: Segment,
    readonly tokens: Tokens,
    readonly lang: Lang,
    private readonly index: TermIndex,
    private readonly hits: Map<number, Hit[]>,
    private readonly analysisPack: AnalysisPack,
  ) {}

  private segmentAnalysis?: SegmentAnalysis;

  /** Quotation, reported speech, negation and voice of this segment (see analysis/). */
  get analysis(): SegmentAnalysis {
    return (this.segmentAnalysis ??= new SegmentAnalysis(this, this.analysisPack));
  }

  /** True when `word` itself is an entry of the set (not just the token around it). */
  isEntry(ref: SetRef | undefined, word: string): boolean {
    const id = ref?.[this.lang];
    return id !== undefined && this.index.has(id, word);
  }

  get text(): string {
    return this.seg.text;
  }

  private patternSubject?: SegmentSubject;

  /** The text as rule patterns read it, lowercased once for all of them. */
  get subject(): SegmentSubject {
    return (this.patternSubject ??= new SegmentSubject(this.seg.text));
  }

  hitsOf(ref: SetRef | undefined): readonly Hit[] {
    const id = ref?.[this.lang];
    return id === undefined ? NO_HITS : this.hits.get(id) ?? NO_HITS;
  }

  // Work several rules share, made on first use: most segments never need it.
  private memos?: Map<string, unknown>;

  /** True when a term of the set occurs in the writer's own words, not quoted or reported ("our", „Sie“). */
  hasOwnHit(ref: SetRef | undefined): boolean {
    const hits = this.hitsOf(ref);
    for (let k = 0; k < hits.length; k++) if (!this.analysis.notWriters(hits[k].first, hits[k].last)) return true;
    return false;
  }

  /** True when a term of the set (by id, in this segment's language) occurs. */
  hasHits(id: number): boolean {
    return (this.hits.get(id)?.length ?? 0) > 0;
  }

  /**
   * Where the terms of a set (by id, in this segment's language) start, ascending. The array
   * is reused by the next call: read it at once (a gated pattern's triggers, tried one by one).
   */
  hitStarts(id: number): readonly number[] {
    const hits = this.hits.get(id) ?? NO_HITS;
    const starts = HIT_STARTS;
    starts.length = hits.length;
    for (let k = 0; k < hits.length; k++) starts[k] = this.tokens.start[hits[k].first];
    return starts;
  }

  /** Per token, 1 where a term of the set covers it; computed once per set and segment. */
  coverage(ref: SetRef | undefined): Uint8Array {
    return this.setArray(ref, COVERAGE) as Uint8Array;
  }

  /** Per sentence, 1 where a term of the set occurs in it (a term never spans two sentences). */
  sentencesWith(ref: SetRef | undefined): Uint8Array {
    return this.setArray(ref, SENTENCES) as Uint8Array;
  }

  /**
   * Per token, 1 + the index (in hitsOf) of the term of the set that ends there, 0 for none; of
   * terms that end at one token, the one that starts first. With hitStartingAt, context rules look
   * a few tokens around a match instead of through every hit: in one long sentence that was
   * quadratic (a 1 MB paragraph took 12 s).
   */
  hitEndingAt(ref: SetRef | undefined): Int32Array {
    return this.setArray(ref, ENDS) as Int32Array;
  }

  /** Per token, 1 + the index (in hitsOf) of the term of the set that starts there (a set has one per token), 0 for none. */
  hitStartingAt(ref: SetRef | undefined): Int32Array {
    return this.setArray(ref, STARTS) as Int32Array;
  }

  // Arrays per set and kind, made on first use; keyed by number, as they are asked for per
  // sentence or match (a string key per call was work on every keystroke).
  private setArrays?: Map<number, Uint8Array | Int32Array>;

  private setArray(ref: SetRef | undefined, kind: number): Uint8Array | Int32Array {
    const key = KINDS * (ref?.[this.lang] ?? -1) + kind;
    const arrays = (this.setArrays ??= new Map());
    let array = arrays.get(key);
    if (!array) arrays.set(key, (array = SET_ARRAYS[kind](this.hitsOf(ref), this.tokens)));
    return array;
  }

  /** A value computed once per segment under `key`, for other work several rules share (spec scans). */
  memo<T>(key: string, make: () => T): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  /** True when the text between token i-1 and token i contains one of `chars`. */
  gapHas(i: number, chars: string): boolean {
    const from = i === 0 ? 0 : this.tokens.end[i - 1];
    const to = i >= this.tokens.count ? this.seg.text.length : this.tokens.start[i];
    for (let k = from; k < to; k++) if (chars.includes(this.seg.text[k])) return true;
    return false;
  }

  get sentenceCount(): number {
    return this.tokens.sentenceStarts.length - 1;
  }

  sentenceHas(ref: SetRef | undefined, s: number): boolean {
    return this.hitsOf(ref).length > 0 && this.sentencesWith(ref)[s] === 1;
  }

  /**
   * True when a word other than `functionWords` follows `offset` after spaces only: the word
   * that what ends at `offset` qualifies ("revolutionäre Messer", "trash icon"); with
   * `lettersOnly`, not a number ("#1 0x0").
   */
  contentWordAfter(offset: number, functionWords: WordSet | undefined, lettersOnly = false): boolean {
    const text = this.seg.text;
    const at = spacesEnd(text, offset);
    if (at === offset || !wordCharAt(text, at) || (lettersOnly && !/\p{L}/u.test(text[at]))) return false;
    const i = this.tokenAt(at);
    return this.tokens.start[i] === at && !functionWords?.has(this.tokens.text[i].toLowerCase());
  }

  /**
   * True when token i follows a word other than `functionWords` in its sentence, after spaces or
   * a hyphen only: the word that qualifies it ("subscription vultures", "Konsolen-Lemminge").
   */
  contentWordBefore(i: number, functionWords: WordSet | undefined): boolean {
    const t = this.tokens;
    if (i === 0 || t.sentence[i - 1] !== t.sentence[i]) return false;
    const gap = this.gap(i);
    if (!/^[ \t-]+$/.test(gap)) return false;
    const word = t.text[i - 1];
    return !/^\p{N}/u.test(word) && !functionWords?.has(word.toLowerCase());
  }

  /**
   * True when token i, an English word capitalised (not in capitals) in mid-sentence, is a word
   * of a name in running text: after a capitalised word other than `functionWords`, or after a
   * model number that follows one (even at the sentence's start: "Fox 38 Ultimate forks"), and
   * not before another capitalised word ("Lyrik Ultimate fork", "Lyrik Ultimate RC2",
   * "Snapdragon 8 Elite"). A title-case heading capitalises its next word too ("Our Brand New
   * Revolutionary Blender"), a count is no model number ("10 Incredible Ways"), and German
   * capitalises every noun, so capitals mark no name there.
   */
  inName(i: number, functionWords: WordSet | undefined): boolean {
    const t = this.tokens;
    const s = t.sentence[i];
    if (this.lang !== 'en' || i === 0 || t.sentence[i - 1] !== s || !CAPITALISED.test(t.text[i])) return false;
    if (i + 1 < t.count && t.sentence[i + 1] === s && CAPITALISED.test(t.text[i + 1])) return false;
    // nameWord(k) reads the gap after k: after a model number, the gap before i is read here.
    if (/^\p{N}+$/u.test(t.text[i - 1])) return i >= 2 && t.sentence[i - 2] === s && /^[ \t]+$/.test(this.gap(i)) && this.nameWord(i - 2, functionWords, true);
    return this.nameWord(i - 1, functionWords, false);
  }

  /** True when token k is a capitalised word other than `functionWords`, joined to the next by spaces only (see inName). */
  private nameWord(k: number, functionWords: WordSet | undefined, atStart: boolean): boolean {
    const t = this.tokens;
    if (!atStart && k === t.sentenceStarts[t.sentence[k]]) return false;
    return /^[ \t]+$/.test(this.gap(k + 1)) && /^\p{Lu}/u.test(t.text[k]) && !functionWords?.has(t.text[k].toLowerCase());
  }

  /** Text between token i-1 and token i. */
  gap(i: number): string {
    return gapBefore(this.seg.text, this.tokens, i);
  }

  /** The punctuation that closes sentence s (text after its last token, up to the next sentence). */
  sentenceTail(s: number): string {
    return this.gap(this.tokens.sentenceStarts[s + 1]);
  }

  /** Index of the token that contains or follows a segment offset. */
  tokenAt(offset: number): number {
    const { end, count } = this.tokens;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return count === 0 ? 0 : lo;
  }
}
