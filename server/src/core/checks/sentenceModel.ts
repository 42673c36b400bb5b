import { wordKey } from '../morph';
import type { CompiledRule, WordSet } from '../rules/compile';
import type { Lang } from '../types';
import type { SegmentContext } from './context';
import type { SegmentCheck } from './report';

// German nouns this long are mostly compounds: their last letters stand for the head
// („Immobilienhaie“, „Pauschaltouristen“), which a fitted weight can carry to compounds never seen.
const COMPOUND_MIN = 9;
const HEAD_LETTERS = 5;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
/** How many words the message names as the ones that carried the score. */
const CUES = 3;
/** The lexicon role whose hits mark a sentence's negation. */
const NEGATION = 'negation';

/** What a sentence's features are told to: each kind of feature, with the token it belongs to (-1: the sentence's own). */
export interface FeatureVisitor {
  bias(): void;
  word(key: string, token: number): void;
  pair(first: string, second: string, token: number): void;
  head(letters: string, token: number): void;
  /** A lexicon class of the rule, by its feature's name ("c:contempt", "n:inGroup", "c:sorting:negated"). */
  kind(name: string, token: number): void;
}

/**
 * The features of a segment's sentences: a word's stem, each part of a hyphenated word, the head
 * letters of a German compound, the stems of two words in a row, and each lexicon class (the
 * rule's `lexicons` roles) in the sentence and in the next one ("c:contempt", "n:inGroup": others
 * run down, then the writer's side), and once more where the sentence holds a negation (its
 * `negation` role): „Vergessen Sie die Helfer nicht“ dismisses nobody, and a linear model can tell
 * only by a feature of its own ("c:sorting:negated"). Words and classes in someone else's voice (quoted, reported)
 * or in the writer's denial (analysis `inDenial`) are left out. Function words (`functionWords`) count only beside a content word: alone, "they",
 * „die“ and "who" weighed the style of the labeled copy, not what it says, and fired on jokes.
 * What every sentence reads is worked out once per segment. scripts/train-model.ts fits the
 * weights on the same features, by name (featureNames).
 */
export class SentenceFeatures {
  private readonly functionWords: WordSet | undefined;
  /** Per role: its features' names (in the sentence, in the next, negated), and per sentence 1 + the first token of its first hit in the writer's words there, 0 for none. */
  private readonly kinds: { here: string; next: string; negated: string; first: Int32Array }[] = [];
  /** Per sentence, 1 + the first token of a negation in the writer's words (the `negation` role). */
  private readonly negations: Int32Array | undefined;

  constructor(
    private readonly ctx: SegmentContext,
    rule: CompiledRule,
  ) {
    this.functionWords = rule.words.functionWords?.[ctx.lang];
    const t = ctx.tokens;
    for (const role in rule.sets) {
      const hits = ctx.hitsOf(rule.sets[role]);
      if (!hits.length) continue;
      const first = new Int32Array(ctx.sentenceCount);
      for (const h of hits) {
        const s = t.sentence[h.first];
        if (!first[s] && !ctx.analysis.notWriters(h.first, h.last) && !ctx.analysis.inDenial(h.first, h.last)) first[s] = h.first + 1;
      }
      if (role === NEGATION) this.negations = first;
      this.kinds.push({ here: `c:${role}`, next: `n:${role}`, negated: `c:${role}:negated`, first });
    }
  }

  visit(s: number, v: FeatureVisitor): void {
    const { ctx, functionWords } = this;
    const t = ctx.tokens;
    const lang = ctx.lang;
    v.bias();
    let previous = '';
    let previousFunction = false;
    for (let i = t.sentenceStarts[s]; i < t.sentenceStarts[s + 1]; i++) {
      // Quoted words are someone else's: „Der Kritiker schrieb: ‚…‘“ weighs only the writer's; and
      // words the writer denies ("We won't tell you the other shops are worse") say nothing.
      if (ctx.analysis.notWriters(i, i) || ctx.analysis.inDenial(i, i)) {
        previous = '';
        continue;
      }
      const word = t.text[i];
      const key = DIGIT.test(word) ? '#' : wordKey(lang, word);
      const fn = !!functionWords?.has(word.toLowerCase());
      if (!fn) v.word(key, i);
      // A pair's weight is its content word's, for the message ("verkaufen Ihnen": „verkaufen“).
      if (previous && !(fn && previousFunction)) v.pair(previous, key, fn ? i - 1 : i);
      previous = key;
      previousFunction = fn;
      let head = key;
      if (word.includes('-')) {
        for (const part of word.split('-')) if (part.length > 2 && !DIGIT.test(part)) v.word((head = wordKey(lang, part)), i);
      }
      if (lang === 'de' && word.length >= COMPOUND_MIN && CAPITAL.test(word) && head.length > HEAD_LETTERS) v.head(head.slice(-HEAD_LETTERS), i);
    }
    const next = s + 1 < ctx.sentenceCount;
    const negated = !!this.negations?.[s];
    for (const { here, next: after, negated: denied, first } of this.kinds) {
      // A class's weight is its first word's in the sentence, for the message.
      if (first[s]) {
        v.kind(here, first[s] - 1);
        if (negated && first !== this.negations) v.kind(denied, first[s] - 1);
      }
      if (next && first[s + 1]) v.kind(after, -1);
    }
  }
}

/** The names of sentence s's features, as the model file keys its weights ("de:w:…", "en:b:…_…", "c:contempt"). */
export function featureNames(features: SentenceFeatures, lang: Lang, s: number): string[] {
  const names: string[] = [];
  features.visit(s, {
    bias: () => names.push(`${lang}:bias`),
    word: (key) => names.push(`${lang}:w:${key}`),
    pair: (first, second) => names.push(`${lang}:b:${first}_${second}`),
    head: (letters) => names.push(`${lang}:s:${letters}`),
    kind: (name) => names.push(name),
  });
  return names;
}

/** The weights by kind, so that scoring a word builds no string: pairs nested by their first stem. */
interface Weights {
  bias: Record<Lang, number>;
  words: Record<Lang, Map<string, number>>;
  pairs: Record<Lang, Map<string, Map<string, number>>>;
  heads: Record<Lang, Map<string, number>>;
  kinds: Map<string, number>;
}

// Per compiled rule: its weights split by kind on first use.
const split = new WeakMap<Map<string, number>, Weights>();

function weightsOf(named: Map<string, number>): Weights {
  let w = split.get(named);
  if (w) return w;
  const perLang = <T>(make: () => T): Record<Lang, T> => ({ de: make(), en: make() });
  w = { bias: { de: 0, en: 0 }, words: perLang(() => new Map()), pairs: perLang(() => new Map()), heads: perLang(() => new Map()), kinds: new Map() };
  for (const [name, weight] of named) {
    const m = /^(de|en):(bias|w|b|s):?(.*)$/.exec(name);
    if (!m) {
      w.kinds.set(name, weight);
      continue;
    }
    const lang = m[1] as Lang;
    const rest = m[3];
    if (m[2] === 'bias') w.bias[lang] = weight;
    else if (m[2] === 'w') w.words[lang].set(rest, weight);
    else if (m[2] === 's') w.heads[lang].set(rest, weight);
    else {
      const cut = rest.indexOf('_');
      const pairs = w.pairs[lang];
      const first = rest.slice(0, cut);
      let seconds = pairs.get(first);
      if (!seconds) pairs.set(first, (seconds = new Map()));
      seconds.set(rest.slice(cut + 1), weight);
    }
  }
  split.set(named, w);
  return w;
}

/**
 * Scores sentences with the weights; with `carried`, also adds each weight to the token it
 * belongs to (indexed from `from`), for the message.
 */
class Scorer implements FeatureVisitor {
  score = 0;
  carried: Float64Array | undefined;
  from = 0;

  constructor(
    private readonly w: Weights,
    private readonly lang: Lang,
  ) {}

  private add(weight: number | undefined, token: number): void {
    if (weight === undefined) return;
    this.score += weight;
    if (this.carried && token >= 0) this.carried[token - this.from] += weight;
  }
  bias(): void {
    this.score += this.w.bias[this.lang];
  }
  word(key: string, token: number): void {
    this.add(this.w.words[this.lang].get(key), token);
  }
  pair(first: string, second: string, token: number): void {
    this.add(this.w.pairs[this.lang].get(first)?.get(second), token);
  }
  head(letters: string, token: number): void {
    this.add(this.w.heads[this.lang].get(letters), token);
  }
  kind(name: string, token: number): void {
    this.add(this.w.kinds.get(name), token);
  }
}

/**
 * True when the segment speaks for the writer's side or to the reader, in the writer's own words
 * (the rule's `inGroup` or `reader` role): running others down sets them against someone. A joke
 * about "some people" or an encyclopedia's sentence sets nobody.
 */
export function sided(ctx: SegmentContext, rule: CompiledRule): boolean {
  return ctx.hasOwnHit(rule.sets.inGroup) || ctx.hasOwnHit(rule.sets.reader);
}

/**
 * A sentence whose fitted score reaches `minScore`: a linear model over its features (see
 * SentenceFeatures) with weights fitted on the labeled sets (rules/<family>/<name>.model.json).
 * Reports the sentence; the message names the words that weighed most.
 */
export const sentenceModelCheck: SegmentCheck = (rule, ctx, options, report) => {
  if (!rule.weights || ctx.tokens.count === 0 || !sided(ctx, rule)) return;
  const min = options.minScore;
  if (typeof min !== 'number') throw new Error(`${rule.spec.id}: no minScore option`);
  const t = ctx.tokens;
  const features = new SentenceFeatures(ctx, rule);
  const scorer = new Scorer(weightsOf(rule.weights), ctx.lang);
  for (let s = 0; s < ctx.sentenceCount; s++) {
    scorer.score = 0;
    features.visit(s, scorer);
    if (scorer.score < min) continue;
    // Which words carried it is worked out only for a sentence reported.
    const a = t.sentenceStarts[s];
    const b = t.sentenceStarts[s + 1];
    scorer.carried = new Float64Array(b - a);
    scorer.from = a;
    features.visit(s, scorer);
    report({ start: t.start[a], end: t.end[b - 1], vars: { cues: cuesOf(ctx, a, scorer.carried) } });
    scorer.carried = undefined;
  }
};

/** The words from token a that carried most weight (`carried`, indexed from a), in text order. */
function cuesOf(ctx: SegmentContext, a: number, carried: Float64Array): string {
  const top: number[] = [];
  for (let k = 0; k < carried.length; k++) if (carried[k] > 0) top.push(k);
  top.sort((x, y) => carried[y] - carried[x]);
  return top
    .slice(0, CUES)
    .sort((x, y) => x - y)
    .map((k) => ctx.tokens.text[a + k])
    .join(', ');
}
