import type { Hit, Term } from '../match/termIndex';
import type { CompiledMatcher, CompiledNear, CompiledRule } from '../rules/compile';
import type { SegmentContext } from './context';
import { fixesFor } from './fixes';
import type { Report, SegmentCheck } from './report';

interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  term: Term | undefined;
  /** The near term that qualified the match, as segment offsets. */
  near: [number, number] | undefined;
}

/** Every candidate made here, so they share one object shape (V8 deoptimized on a second one). */
function candidate(first: number, last: number, start: number, end: number, term: Term | undefined, near: [number, number] | undefined): Candidate {
  return { first, last, start, end, term, near };
}

// Not frozen, like NO_HITS: readonly in type only.
const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * Pattern matches as candidates, for the segment of the current candidates() call. One object
 * serves every call (candidates never runs nested): a closure per matcher and paragraph was
 * the largest allocation of a lint.
 */
const fromPatterns = {
  ctx: undefined as SegmentContext | undefined,
  out: undefined as Candidate[] | undefined,
  visit(start: number, end: number): void {
    const ctx = fromPatterns.ctx!;
    (fromPatterns.out ??= []).push(candidate(ctx.tokenAt(start), ctx.tokenAt(end - 1), start, end, undefined, undefined));
  },
};

/** A matcher's raw matches in the segment. Allocates nothing when there are none, which is most of the time. */
function candidates(m: CompiledMatcher, ctx: SegmentContext): readonly Candidate[] {
  const t = ctx.tokens;
  const hits = ctx.hitsOf(m.terms);
  const patterns = m.patterns[ctx.lang];
  if (!hits.length && !patterns) return NO_CANDIDATES;
  let out: Candidate[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    (out ??= []).push(candidate(h.first, h.last, t.start[h.first], t.end[h.last], h.term, undefined));
  }
  if (patterns) {
    fromPatterns.ctx = ctx;
    fromPatterns.out = out;
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i];
      // A gated pattern is tried only at the words it can start with.
      if (p.trigger === undefined) p.search.search(ctx.subject, fromPatterns.visit);
      else if (ctx.hasHits(p.trigger)) p.search.searchAt(ctx.subject, ctx.hitStarts(p.trigger), fromPatterns.visit);
    }
    out = fromPatterns.out;
    // Nothing of this segment is kept past the call.
    fromPatterns.ctx = fromPatterns.out = undefined;
  }
  return out ?? NO_CANDIDATES;
}

/** Applies a matcher's context conditions; returns the span to report or undefined. */
function accept(rule: CompiledRule, m: CompiledMatcher, ctx: SegmentContext, c: Candidate): Candidate | undefined {
  const t = ctx.tokens;
  const s = t.sentence[c.first];
  if (m.except && excepted(ctx, m, c)) return undefined;
  if (m.sentenceStart >= 0 && c.first - t.sentenceStarts[s] > m.sentenceStart) return undefined;
  for (let n = 0; n < m.notAfter.length; n++) {
    const after = m.notAfter[n];
    const hits = ctx.hitsOf(after.terms);
    if (!hits.length) continue;
    // A term of the set that ends within `window` tokens before the match, in its sentence; it may
    // share the match's first word ("eine der besten": the hedge "eine der", the claim "der besten").
    const ending = ctx.hitEndingAt(after.terms);
    for (let k = Math.max(c.first - after.window, t.sentenceStarts[s]); k <= c.first; k++) if (ending[k] && hits[ending[k] - 1].first < c.first) return undefined;
  }
  if (m.notBefore && ctx.hitsOf(m.notBefore.terms).length) {
    const starting = ctx.hitStartingAt(m.notBefore.terms);
    for (let k = c.last + 1; k <= Math.min(c.last + m.notBefore.window, t.sentenceStarts[s + 1] - 1); k++) if (starting[k]) return undefined;
  }
  if (m.notGeneric && ctx.hitsOf(m.notGeneric.copula).length && !ctx.sentenceHas(m.notGeneric.unless, s)) {
    const starting = ctx.hitStartingAt(m.notGeneric.copula);
    for (let k = c.last + 1; k <= Math.min(c.last + m.notGeneric.window, t.sentenceStarts[s + 1] - 1); k++) if (starting[k]) return undefined;
  }
  if (m.sentenceEnds && !ctx.sentenceTail(s).includes(m.sentenceEnds)) return undefined;
  if (m.unquoted && ctx.analysis.inQuotation(c.first)) return undefined;
  if (m.phraseEnd && ctx.contentWordAfter(c.end, rule.words.functionWords?.[ctx.lang])) return undefined;
  if (m.qualifies && !ctx.contentWordAfter(c.end, rule.words.functionWords?.[ctx.lang], true)) return undefined;
  if (m.modified && !ctx.contentWordBefore(c.first, rule.words.functionWords?.[ctx.lang])) return undefined;
  if (m.notInName && ctx.inName(c.first, rule.words.functionWords?.[ctx.lang])) return undefined;
  if (rule.spec.skipExplained) {
    const after = ctx.text.slice(c.end, c.end + 2);
    const before = ctx.text.slice(Math.max(0, c.start - 2), c.start);
    if (after.trimStart().startsWith('(') || before.trimEnd().endsWith('(')) return undefined;
  }
  if (!m.near.length) return c;
  const best = nearest(ctx, c, m.near[0]);
  if (!best) return undefined;
  for (let k = 1; k < m.near.length; k++) if (!nearest(ctx, c, m.near[k])) return undefined;
  const near: [number, number] = [t.start[best.first], t.end[best.last]];
  if (m.span === 'match') return candidate(c.first, c.last, c.start, c.end, c.term, near);
  const first = Math.min(best.first, c.first);
  const last = Math.max(best.last, c.last);
  return candidate(first, last, t.start[first], t.end[last], c.term, near);
}

/**
 * True when the match is an entry of the matcher's `except` set, or its last word or the word
 * right after it is: "100 % Leinen", "100 % Bio-Baumwolle", "100 % solid oak" name a composition.
 */
function excepted(ctx: SegmentContext, m: CompiledMatcher, c: Candidate): boolean {
  const t = ctx.tokens;
  const text = ctx.text.slice(c.start, c.end);
  if (ctx.isEntry(m.except, text)) return true;
  if (c.last === c.first) return false;
  const lastWord = /[\p{L}\p{N}]+$/u.exec(text)?.[0];
  if (lastWord && ctx.isEntry(m.except, lastWord)) return true;
  const next = c.last + 1;
  return next < t.count && t.sentence[next] === t.sentence[c.last] && ctx.isEntry(m.except, t.text[next]);
}

/**
 * The nearest term of the set within the window, in the candidate's sentence and outside it
 * (before it on a tie), so a sentence with two accusations pairs each with its group.
 */
/**
 * A near term in reach and in the writer's words: one in a quotation or a reported sentence („Kritiker
 * warfen dem Vorstand vor, Spender zu ‚melken‘“) completes no match. Scare quotes around one word
 * stay the writer's sneer („Die Großbanken haben Sie ‚abgezockt‘“).
 */
function usable(ctx: SegmentContext, near: CompiledNear, s: number, h: Hit): boolean {
  return inReach(ctx.tokens, near, s, h) && !ctx.analysis.notWriters(h.first, h.last);
}

function nearest(ctx: SegmentContext, c: Candidate, near: CompiledNear): Hit | undefined {
  const t = ctx.tokens;
  const s = t.sentence[c.first];
  const nearHits = ctx.hitsOf(near.terms);
  if (!nearHits.length) return undefined;
  const ending = near.side !== 'after' ? ctx.hitEndingAt(near.terms) : undefined;
  const starting = near.side !== 'before' ? ctx.hitStartingAt(near.terms) : undefined;
  for (let d = 1; d <= near.window; d++) {
    const before = c.first - d;
    const after = c.last + d;
    if (ending && before >= 0 && ending[before] && usable(ctx, near, s, nearHits[ending[before] - 1])) return nearHits[ending[before] - 1];
    if (starting && after < t.count && starting[after] && usable(ctx, near, s, nearHits[starting[after] - 1])) return nearHits[starting[after] - 1];
  }
  return undefined;
}

/** A near term in reach: in the sentences allowed, and opening its sentence where that is asked for (a function, not a closure per call). */
function inReach(t: SegmentContext['tokens'], near: CompiledNear, s: number, h: Hit): boolean {
  const hs = t.sentence[h.first];
  return Math.abs(hs - s) <= near.sentences && (near.lead < 0 || h.first - t.sentenceStarts[hs] <= near.lead);
}

/** Word and phrase rules: lexicon entries and patterns, filtered by their sentence context. */
export const termsCheck: SegmentCheck = (rule, ctx, _options, report) => {
  let found: Candidate[] | undefined;
  for (let i = 0; i < rule.matchers.length; i++) {
    const m = rule.matchers[i];
    const cands = candidates(m, ctx);
    for (let k = 0; k < cands.length; k++) {
      const ok = accept(rule, m, ctx, cands[k]);
      if (ok) (found ??= []).push(ok);
    }
  }
  // Reporting lives in its own function: a closure here made V8 allocate a context on every
  // call, for every rule and paragraph, though most find nothing.
  if (found) reportBySentence(rule, ctx, found, report);
};

/** Reports the accepted candidates sentence by sentence, where a sentence has enough of them. */
function reportBySentence(rule: CompiledRule, ctx: SegmentContext, found: Candidate[], report: Report): void {
  const spec = rule.spec;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted by start, the candidates of one sentence stand together.
  const minPerSentence = spec.minPerSentence ?? 1;
  let sentence: Candidate[] = [];
  const flush = () => {
    if (sentence.length < minPerSentence) return;
    for (let k = 0; k < sentence.length; k++) {
      const c = sentence[k];
      const fixes = spec.fix?.target === 'near' ? c.near && fixesFor(rule, ctx, c.near[0], c.near[1]) : fixesFor(rule, ctx, c.start, c.end, c.term);
      report({ start: c.start, end: c.end, fixes });
    }
  };
  let lastEnd = -1;
  let lastSentence = -1;
  for (let k = 0; k < found.length; k++) {
    const c = found[k];
    if (c.start < lastEnd) continue; // overlapping matches report once
    lastEnd = c.end;
    const s = ctx.tokens.sentence[c.first];
    if (rule.unless && ctx.sentenceHas(rule.unless, s)) continue;
    if (s !== lastSentence) {
      flush();
      sentence = [];
      lastSentence = s;
    }
    sentence.push(c);
  }
  flush();
}
