import { wordKey } from '../morph';
import type { CompiledRule } from '../rules/compile';
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

/**
 * Calls `visit` with each feature of sentence s and the token it belongs to (-1 for the
 * sentence's own): a word's stem, each part of a hyphenated word, the head letters of a German
 * compound, the stems of two words in a row, and each lexicon class (the rule's `lexicons`
 * roles) in the sentence and in the next one ("c:contempt", "n:inGroup": others run down, then
 * the writer's side). Words in someone else's voice (quoted) are left out. Function words (`functionWords`) count only beside a content word: alone,
 * "they", „die“ and "who" weighed the style of the labeled copy, not what it says, and fired on
 * jokes. Words carry their language; classes are shared by both.
 * scripts/train-model.ts fits the weights on the same features.
 */
export function sentenceFeatures(ctx: SegmentContext, s: number, rule: CompiledRule, visit: (feature: string, token: number) => void): void {
  const t = ctx.tokens;
  const lang = ctx.lang;
  const a = t.sentenceStarts[s];
  const b = t.sentenceStarts[s + 1];
  visit(`${lang}:bias`, -1);
  let previous = '';
  let previousFunction = false;
  const functionWords = rule.words.functionWords?.[lang];
  for (let i = a; i < b; i++) {
    // Quoted words are someone else's: „Der Kritiker schrieb: ‚…‘“ weighs only the writer's.
    if (ctx.analysis.notWriters(i, i)) {
      previous = '';
      continue;
    }
    const word = t.text[i];
    const key = DIGIT.test(word) ? '#' : wordKey(lang, word);
    const fn = !!functionWords?.has(word.toLowerCase());
    if (!fn) visit(`${lang}:w:${key}`, i);
    // A pair's weight is its content word's, for the message ("verkaufen Ihnen": „verkaufen“).
    if (previous && !(fn && previousFunction)) visit(`${lang}:b:${previous}_${key}`, fn ? i - 1 : i);
    previous = key;
    previousFunction = fn;
    let head = key;
    if (word.includes('-')) {
      for (const part of word.split('-')) if (part.length > 2 && !DIGIT.test(part)) visit(`${lang}:w:${(head = wordKey(lang, part))}`, i);
    }
    if (lang === 'de' && word.length >= COMPOUND_MIN && CAPITAL.test(word) && head.length > HEAD_LETTERS) visit(`de:s:${head.slice(-HEAD_LETTERS)}`, i);
  }
  for (const role in rule.sets) {
    const ref = rule.sets[role];
    // A class's weight is its first word's in the sentence, for the message.
    if (ctx.sentenceHas(ref, s)) visit(`c:${role}`, firstHitIn(ctx, ref, a, b));
    if (s + 1 < ctx.sentenceCount && ctx.sentenceHas(ref, s + 1)) visit(`n:${role}`, -1);
  }
}

/** The first token of the first hit of the set in tokens a..b (the caller knows there is one). */
function firstHitIn(ctx: SegmentContext, ref: CompiledRule['sets'][string], a: number, b: number): number {
  for (const h of ctx.hitsOf(ref)) if (h.first >= a && h.first < b) return h.first;
  return -1;
}

/**
 * True when the segment speaks for the writer's side or to the reader, in the writer's own words
 * (a hit of the rule's `inGroup` or `reader` role outside quotations): running others down sets
 * them against someone. A joke about "some people" or an encyclopedia's sentence sets nobody.
 */
export function sided(ctx: SegmentContext, rule: CompiledRule): boolean {
  for (const ref of [rule.sets.inGroup, rule.sets.reader]) for (const h of ctx.hitsOf(ref)) if (!ctx.analysis.notWriters(h.first, h.last)) return true;
  return false;
}

/**
 * A sentence whose fitted score reaches `minScore`: a linear model over its features (see
 * sentenceFeatures) with weights fitted on the labeled sets (rules/<family>/<name>.model.json).
 * Reports the sentence; the message names the words that weighed most.
 */
export const sentenceModelCheck: SegmentCheck = (rule, ctx, options, report) => {
  const weights = rule.weights;
  if (!weights || ctx.tokens.count === 0 || !sided(ctx, rule)) return;
  const t = ctx.tokens;
  const min = options.minScore;
  if (typeof min !== 'number') throw new Error(`${rule.spec.id}: no minScore option`);
  const carried = new Float64Array(t.count);
  for (let s = 0; s < ctx.sentenceCount; s++) {
    let score = 0;
    sentenceFeatures(ctx, s, rule, (feature, token) => {
      const w = weights.get(feature);
      if (w === undefined) return;
      score += w;
      if (token >= 0) carried[token] += w;
    });
    if (score < min) continue;
    const a = t.sentenceStarts[s];
    const b = t.sentenceStarts[s + 1];
    report({ start: t.start[a], end: t.end[b - 1], vars: { cues: cuesOf(ctx, a, b, carried), score: score.toFixed(1) } });
  }
};

/** The words of a..b that carried most weight, in text order, quoted as the message language quotes. */
function cuesOf(ctx: SegmentContext, a: number, b: number, carried: Float64Array): string {
  const top: number[] = [];
  for (let i = a; i < b; i++) if (carried[i] > 0) top.push(i);
  top.sort((x, y) => carried[y] - carried[x]);
  return top
    .slice(0, CUES)
    .sort((x, y) => x - y)
    .map((i) => ctx.tokens.text[i])
    .join(', ');
}
