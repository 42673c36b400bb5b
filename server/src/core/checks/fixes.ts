import type { Term } from '../match/termIndex';
import type { CompiledRule } from '../rules/compile';
import type { Fix } from '../types';
import { wordCharAt } from '../text/tokens';
import type { SegmentContext } from './context';

const SPACE = /\s/;

/** True when only white space (any, as \s: also \r and no-break spaces) separates `start` from the beginning of the text or a sentence end. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  return i < 0 || '.!?:'.includes(text[i]);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Keeps the capital of a sentence-initial word on its replacement. */
function matchCase(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(original) && !/^\p{Lu}{2,}/u.test(original)) return capitalize(replacement);
  return replacement;
}

/**
 * True when the match at [start, end) qualifies the content word right after it, so the sentence
 * stands without it. Not as a predicate ("ist revolutionär."), before a function word of the
 * rule's lexicon ("revolutionär und neu", "a game-changer for teams"), or as a German noun: an
 * entry written with a capital (also inside a compound: "Megadeal"), or a capitalised word
 * inside a sentence ("das Revolutionäre daran").
 */
function qualifiesNextWord(rule: CompiledRule, ctx: SegmentContext, start: number, end: number, term?: Term): boolean {
  const text = ctx.text;
  let at = end;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at === end || !wordCharAt(text, at)) return false;
  const t = ctx.tokens;
  const next = ctx.tokenAt(at);
  if (t.start[next] !== at || rule.words.functionWords?.[ctx.lang]?.has(t.text[next])) return false;
  if (ctx.lang !== 'de') return true;
  if (term && /^\p{Lu}/u.test(term.source)) return false;
  return !(/^\p{Lu}\p{Ll}/u.test(text.slice(start, end)) && !atSentenceStart(text, start));
}

/** Fixes for a match at [start, end) of the segment, from the rule's fix action; first is the default. */
export function fixesFor(rule: CompiledRule, ctx: SegmentContext, start: number, end: number, term?: Term): Fix[] | undefined {
  const spec = rule.spec.fix;
  if (!spec) return undefined;
  const text = ctx.text;
  const original = text.slice(start, end);
  switch (spec.action) {
    case 'remove': {
      if (spec.attributive && !qualifiesNextWord(rule, ctx, start, end, term)) return undefined;
      // Take the following space with the word; a sentence-initial removal capitalises what follows.
      let to = end;
      while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
      let from = start;
      if (to === end || to === text.length) while (from > 0 && text[from - 1] === ' ') from--;
      const edits = [{ start: from, end: to, text: '' }];
      const sentenceInitial = /^\p{Lu}/u.test(original) && atSentenceStart(text, start);
      if (sentenceInitial && /\p{Ll}/u.test(text[to] ?? '')) {
        edits[0] = { start: from, end: to + 1, text: text[to].toUpperCase() };
      }
      return [{ description: `Remove “${original}”`, edits }];
    }
    case 'replace': {
      // Replacements are written for the entry's own form: for a lexicon match, offered only where
      // the text has that form ("vernichtet" → "übertreffen", "crushed" → "outperform", a compound
      // replaced whole would break the sentence).
      if (term && original.toLowerCase() !== term.source.toLowerCase()) return undefined;
      const options = term?.replace ?? spec.with?.[ctx.lang] ?? [];
      return options.map((o) => ({
        description: `Replace with “${matchCase(original, o)}”`,
        edits: [{ start, end, text: matchCase(original, o) }],
      }));
    }
    case 'sentence-case': {
      const lower = original.toLowerCase();
      const initial = atSentenceStart(text, start);
      // German nouns keep their capital; we cannot tell them apart here, so offer both forms.
      const forms = initial || ctx.lang === 'de' ? [capitalize(lower), lower] : [lower, capitalize(lower)];
      return [...new Set(forms)].map((f) => ({ description: `Write “${f}”`, edits: [{ start, end, text: f }] }));
    }
  }
}

/** Collapses repeated punctuation ("!!!" → "!"). */
export function collapseFix(start: number, end: number, original: string): Fix {
  return { description: `Use a single “${original[0]}”`, edits: [{ start, end, text: original[0] }] };
}
