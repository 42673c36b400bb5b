import { RE2JS } from 're2js';

/** A compiled pattern that reports the whole-word matches in a text. */
export interface TextPattern {
  search(text: string, visit: (start: number, end: number) => void): void;
}

/** A pattern that can also be tried at given word starts only (ascending), instead of scanning the text. */
export interface AnchoredPattern extends TextPattern {
  searchAt(text: string, starts: readonly number[], visit: (start: number, end: number) => void): void;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** The index after the code point at i: with the u flag, resuming inside a surrogate pair would find the same match again (found by fast-check: a hang). */
const nextCodePoint = (text: string, i: number) => i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/**
 * Joins our own rule patterns into one native regular expression that only matches whole
 * words: one pass over the text per matcher instead of one per pattern. The start boundary is
 * checked here rather than with a leading lookbehind, which would keep V8 from scanning ahead
 * for the first character (measured: half the time).
 */
export function nativePattern(sources: string[], caseSensitive: boolean): AnchoredPattern {
  const union = sources.map((s) => `(?:${s})`).join('|');
  const source = `(?:${union})(?![\\p{L}\\p{N}])`;
  const flags = caseSensitive ? 'u' : 'iu';
  const re = new RegExp(source, `g${flags}`);
  // Tried at one position only: a few characters of work where a scan reads the whole text.
  const sticky = new RegExp(source, `y${flags}`);
  return {
    search(text, visit) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0 || isWordChar(text[m.index - 1])) re.lastIndex = nextCodePoint(text, m.index);
        else visit(m.index, m.index + m[0].length);
      }
    },
    searchAt(text, starts, visit) {
      let reached = 0;
      for (const start of starts) {
        if (start < reached || isWordChar(text[start - 1])) continue;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        reached = start + m[0].length;
        visit(start, reached);
      }
    },
  };
}

export class UserPatternError extends Error {}

/**
 * Compiles a pattern from a user's config with RE2 (linear time, so no input can hang the
 * linter). Constructs RE2 does not support — lookarounds, backreferences — are rejected.
 */
export function userPattern(source: string): TextPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    throw new UserPatternError(
      `unsupported regular expression /${source}/: ${(err as Error).message.replace(/^error parsing regexp: /, '')} ` +
        '(copylint matches team patterns with RE2 in linear time; lookarounds and backreferences are not available)',
    );
  }
  return {
    search(text, visit) {
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        // Whole words only: RE2's \b knows ASCII letters only, so check the boundaries here.
        if (end > start && !isWordChar(text[start - 1]) && !isWordChar(text[end])) {
          visit(start, end);
          from = end;
        } else from = nextCodePoint(text, start);
      }
    },
  };
}
