import type { Term } from '../match/termIndex';
import type { CompiledRule } from '../rules/compile';
import type { CheckFix } from './report';
import { spacesEnd } from '../text/tokens';
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
 * rule's lexicon ("revolutionär und neu", "a game-changer for teams"), or as a German noun: a
 * noun entry (Term.noun: "Gamechanger", "Weltneuheit" in a compound), or a capitalised word
 * inside a sentence ("das Revolutionäre daran", "ein Megadeal").
 */
function qualifiesNextWord(rule: CompiledRule, ctx: SegmentContext, start: number, end: number, term?: Term): boolean {
  if (term?.noun || !ctx.contentWordAfter(end, rule.words.functionWords?.[ctx.lang])) return false;
  // Not in a chain or after a degree word ("unique and revolutionary offer", "revolutionäre,
  // bahnbrechende Lösungen", "the most revolutionary product"): the phrase would break.
  const i = ctx.tokenAt(start);
  if (i > 0 && ctx.tokens.sentence[i - 1] === ctx.tokens.sentence[i] && (ctx.gapHas(i, ',&') || rule.words.keepAfter?.[ctx.lang]?.has(ctx.tokens.text[i - 1].toLowerCase()))) return false;
  if (ctx.lang !== 'de') return true;
  return !(/^\p{Lu}\p{Ll}/u.test(ctx.text.slice(start, end)) && !atSentenceStart(ctx.text, start));
}

const INFLECTED = /(?:e|en|er|es|em)$/;

/**
 * Whether the German word of token i, written in capitals, is most likely a noun. Not when it is an
 * inflected adjective before the word it qualifies ("der NEUE Standard", "ein TOLLES ANGEBOT"); yes
 * after a determiner or a number, perhaps past inflected adjectives ("Ihren RABATT", "ein tolles
 * ANGEBOT", "50 % RABATT"); otherwise not ("ist KOSTENLOS", "JETZT KAUFEN").
 */
function germanNoun(rule: CompiledRule, ctx: SegmentContext, i: number): boolean {
  const t = ctx.tokens;
  const determiners = rule.words.determiners?.de;
  if (INFLECTED.test(t.text[i].toLowerCase()) && ctx.contentWordAfter(t.end[i], rule.words.functionWords?.de)) return false;
  for (let k = i - 1; k >= 0 && t.sentence[k] === t.sentence[i]; k--) {
    // Lowercased: the word lists are, and the words before may be shouted too.
    const w = t.text[k].toLowerCase();
    if (/^\p{N}/u.test(w) || determiners?.has(w)) return true;
    if (!INFLECTED.test(w)) return false;
  }
  return false;
}

/** The words of [start, end) in lower case, but for a sentence's first word and, in German, likely nouns. */
function sentenceCase(rule: CompiledRule, ctx: SegmentContext, start: number, end: number): string {
  const t = ctx.tokens;
  const text = ctx.text;
  let out = '';
  let at = start;
  for (let i = ctx.tokenAt(start); i < t.count && t.start[i] < end; i++) {
    const lower = t.text[i].toLowerCase();
    const capital = (at === start && atSentenceStart(text, start)) || (ctx.lang === 'de' && germanNoun(rule, ctx, i));
    // A German compound noun keeps a capital after each hyphen ("MEGA-SALE" → "Mega-Sale").
    out += text.slice(at, t.start[i]) + (!capital ? lower : ctx.lang === 'de' ? lower.replace(/(^|-)(\p{Ll})/gu, (_, h: string, c: string) => h + c.toUpperCase()) : capitalize(lower));
    at = t.end[i];
  }
  return out + text.slice(at, end).toLowerCase();
}

/** Fixes for a match at [start, end) of the segment, from the rule's fix action; first is the default. */
export function fixesFor(rule: CompiledRule, ctx: SegmentContext, start: number, end: number, term?: Term): CheckFix[] | undefined {
  const spec = rule.spec.fix;
  if (!spec) return undefined;
  // Never edit inside quotation marks: a customer's or a source's words are theirs, however short.
  if (ctx.analysis.inQuotation(ctx.tokenAt(start))) return undefined;
  const text = ctx.text;
  const original = text.slice(start, end);
  switch (spec.action) {
    case 'remove': {
      if (spec.attributive && !qualifiesNextWord(rule, ctx, start, end, term)) return undefined;
      // Take the following space with the word; a sentence-initial removal capitalises what follows.
      const to = spacesEnd(text, end);
      // A comma after the removed word would be left hanging ("Buy now, pay later" → "Buy, pay later").
      if (text[to] === ',' || text[to] === ';') return undefined;
      let from = start;
      if (to === end || to === text.length) while (from > 0 && text[from - 1] === ' ') from--;
      const edits = [{ start: from, end: to, text: '' }];
      const sentenceInitial = /^\p{Lu}/u.test(original) && atSentenceStart(text, start);
      if (sentenceInitial && /\p{Ll}/u.test(text[to] ?? '')) {
        edits[0] = { start: from, end: to + 1, text: text[to].toUpperCase() };
      }
      return [{ kind: 'remove', text: original, edits }];
    }
    case 'replace': {
      // Replacements are written for the entry's own form: for a lexicon match, offered only where
      // the text has that form ("vernichtet" → "übertreffen", "crushed" → "outperform", a compound
      // replaced whole would break the sentence).
      if (term && original.toLowerCase() !== term.source.toLowerCase()) return undefined;
      const options = term?.replace ?? spec.with?.[ctx.lang] ?? [];
      return options.map((o) => ({
        kind: 'replace' as const,
        text: matchCase(original, o),
        edits: [{ start, end, text: matchCase(original, o) }],
      }));
    }
    case 'sentence-case': {
      // German capitals write ß as SS, and which one it was is not in the letters („GRÖSSTE“ is
      // „größte“, „KLASSE“ is „Klasse“, „MASSE“ either): no guess.
      if (ctx.lang === 'de' && original.includes('SS')) return undefined;
      // A heading in capitals ("## NEU: DER KOMPAKTE BOHRHAMMER") may want title case or sentence
      // case, and a shout with other capitals beside it would come out mixed („Neu: DER kompakte
      // Bohrhammer“): the writer decides.
      if (ctx.seg.kind === 'heading' || otherCapitalsInSentence(ctx, start, end)) return undefined;
      const lower = original.toLowerCase();
      // The likely form first (the default); the other two stay on offer, as German nouns are told apart by guesswork.
      const forms = [sentenceCase(rule, ctx, start, end), capitalize(lower), lower];
      return [...new Set(forms)].map((f) => ({ kind: 'write' as const, text: f, edits: [{ start, end, text: f }] }));
    }
  }
}

/** True when the sentence of [start, end) holds another word of two or more capitals outside it. */
function otherCapitalsInSentence(ctx: SegmentContext, start: number, end: number): boolean {
  const t = ctx.tokens;
  const s = t.sentence[ctx.tokenAt(start)];
  for (let i = t.sentenceStarts[s]; i < t.sentenceStarts[s + 1]; i++) {
    if (t.start[i] >= start && t.end[i] <= end) continue;
    if (/^\p{Lu}{2,}$/u.test(t.text[i])) return true;
  }
  return false;
}

/** Collapses repeated punctuation ("!!!" → "!"). */
export function collapseFix(start: number, end: number, original: string): CheckFix {
  return { kind: 'collapse', text: original[0], edits: [{ start, end, text: original[0] }] };
}
