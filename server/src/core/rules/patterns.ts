import type { RE2JS as RE2 } from 're2js';
import { RE2JS } from '../libraries';
import { wordCharAt, wordCharBefore } from '../text/tokens';

/**
 * A segment's text as patterns read it. `lower` is its lowercase form where that keeps every
 * offset (all text but a few letters such as "İ", whose lowercase is longer).
 */
export interface Subject {
  text: string;
  lower?: string;
}

/** A segment's Subject, lowercased on first use: only case-insensitive patterns read `lower`. */
export class SegmentSubject implements Subject {
  private lowered?: string | null;

  constructor(readonly text: string) {}

  get lower(): string | undefined {
    if (this.lowered === undefined) {
      const lower = this.text.toLowerCase();
      this.lowered = lower.length === this.text.length ? lower : null;
    }
    return this.lowered ?? undefined;
  }
}

/** A compiled pattern that reports the whole-word matches in a text. */
export interface TextPattern {
  search(subject: Subject, visit: (start: number, end: number) => void): void;
}

/** A pattern that can also be tried at given word starts only (ascending), instead of scanning the text. */
export interface AnchoredPattern extends TextPattern {
  searchAt(subject: Subject, starts: readonly number[], visit: (start: number, end: number) => void): void;
}

/** The index after the code point at i: with the u flag, resuming inside a surrogate pair would find the same match again (found by fast-check: a hang). */
const nextCodePoint = (text: string, i: number) => i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

// A pattern's expressions by index: a scan of the text (g) or a try at one position (y), plus
// FOLD for the i flag (the fallback where the lowercase text moves offsets).
const SCAN = 0;
const TRY = 1;
const FOLD = 2;
const FLAGS = ['gu', 'yu', 'giu', 'yiu'];

// Letters outside escapes (\p{L}, \s, \b): a case-insensitive pattern must spell them in lowercase.
const LITERALS = /\\[pP]\{[^}]*\}|\\./g;

/** A word boundary as the whole-word check reads one: JavaScript's \b knows ASCII letters only, so „\bÜberweisen“ and „schön\b“ never matched. */
const WORD_BOUNDARY = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
// An escape, a character class (where \b is a backspace), or \b itself.
const BOUNDARY_SCAN = /\\b|\\.|\[(?:\\.|[^\]\\])*\]/g;

/** The source with each \b outside a character class made a Unicode word boundary. */
export function unicodeBoundaries(source: string): string {
  return source.replace(BOUNDARY_SCAN, (m) => (m === '\\b' ? WORD_BOUNDARY : m));
}

/**
 * Joins our own rule patterns into one native regular expression that only matches whole
 * words: one pass over the text per matcher instead of one per pattern. The start boundary is
 * checked here rather than with a leading lookbehind, which would keep V8 from scanning ahead
 * for the first character (measured: half the time).
 *
 * A case-insensitive pattern runs without the i flag on the lowercased text: V8 compiles an
 * expression with i, u and \p{L} about three times slower, and compiling the patterns was a
 * third of the time of a short lint. The i flag is the fallback for text whose lowercase form
 * moves offsets.
 */
export function nativePattern(sources: string[], caseSensitive: boolean): AnchoredPattern {
  const union = sources.map((s) => `(?:${s})`).join('|');
  if (!caseSensitive && union.replace(LITERALS, '') !== union.replace(LITERALS, '').toLowerCase()) {
    throw new Error(`a case-insensitive pattern must be written in lowercase: /${union}/`);
  }
  // A leading \b is the start check below, which costs nothing; as a lookbehind it would keep V8 from scanning ahead (measured: 2.8 times the time of a 1 MB lint).
  const source = `(?:${sources.map((s) => `(?:${unicodeBoundaries(s.replace(/^\\b/, ''))})`).join('|')})(?![\\p{L}\\p{N}])`;
  // Compiled on first use: V8 compiles each flag set separately.
  const expressions: (RegExp | undefined)[] = [];
  const expression = (k: number) => (expressions[k] ??= new RegExp(source, FLAGS[k]));
  /** The text a subject is read through: its lowercase form where the pattern ignores case and that form exists. */
  const textOf = (subject: Subject) => (caseSensitive ? subject.text : subject.lower ?? subject.text);
  const fold = (subject: Subject) => (!caseSensitive && subject.lower === undefined ? FOLD : 0);
  return {
    search(subject, visit) {
      const re = expression(SCAN + fold(subject));
      const text = textOf(subject);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0 || wordCharBefore(text, m.index)) re.lastIndex = nextCodePoint(text, m.index);
        else visit(m.index, m.index + m[0].length);
      }
    },
    searchAt(subject, starts, visit) {
      // Tried at one position only: a few characters of work where a scan reads the whole text.
      const sticky = expression(TRY + fold(subject));
      const text = textOf(subject);
      let reached = 0;
      for (let k = 0; k < starts.length; k++) {
        const start = starts[k];
        if (start < reached || wordCharBefore(text, start)) continue;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        reached = start + m[0].length;
        visit(start, reached);
      }
    },
  };
}

/** A team's pattern RE2 cannot compile: the pattern and the compiler's reason. */
export class UserPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`unsupported regular expression /${pattern}/: ${reason}`);
  }
}

/**
 * Compiles a pattern from a user's config with RE2 (linear time, so no input can hang the
 * linter). Constructs RE2 does not support — lookarounds, backreferences — are rejected.
 */
export function userPattern(source: string): TextPattern {
  let re: RE2;
  try {
    re = RE2JS().compile(source, RE2JS().CASE_INSENSITIVE);
  } catch (err) {
    throw new UserPatternError(source, (err as Error).message.replace(/^error parsing regexp: /, ''));
  }
  return {
    search({ text }, visit) {
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        // Whole words only: RE2's \b knows ASCII letters only, so check the boundaries here.
        if (end > start && !wordCharBefore(text, start) && !wordCharAt(text, end)) {
          visit(start, end);
          from = end;
        } else from = nextCodePoint(text, start);
      }
    },
  };
}
