/**
 * The words a pattern can start with, read from its source, so a matcher's regular
 * expression only runs on paragraphs that contain one of them (found in the same term-index
 * pass as every other word). Returns undefined when a pattern can start with something other
 * than a plain word (a digit, a class like \p{Lu}, a symbol): then the pattern always runs.
 */
export function patternTriggers(sources: string[]): string[] | undefined {
  const words = new Set<string>();
  for (const source of sources) {
    const first = firstWords(source);
    if (!first) return undefined;
    for (const w of first) words.add(w);
  }
  return [...words];
}

/** Splits at top-level `|`. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Index just after the group that opens at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

const WORD = /^[\p{L}\p{N}'’]+(?:-[\p{L}]+)*/u;
// What may follow a complete first word: a space, a comma, an optional ending like [nrs]?, or the end.
const AFTER_WORD = /^(?:$|[ ,;:.!]|\\s|\\\.|\[[\p{L}]+\]\?(?:$|[ ,]|\\s)|\?(?=$|[ ,]|\\s)|\\b)/u;

function firstWords(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives(source)) {
    const words = firstOfSequence(alt);
    if (!words) return undefined;
    out.push(...words);
  }
  return out;
}

function firstOfSequence(seq: string): string[] | undefined {
  // A lookaround consumes nothing: the words after it start the match ("(?<=s )are …").
  if (/^\(\?<?[=!]/.test(seq)) {
    const end = groupEnd(seq, 0);
    return end < 0 ? undefined : firstOfSequence(seq.slice(end));
  }
  if (seq.startsWith('(?:')) {
    const end = groupEnd(seq, 0);
    if (end < 0) return undefined;
    const inner = firstWords(seq.slice(3, end - 1));
    if (!inner) return undefined;
    if (seq[end] === '?') {
      const rest = firstOfSequence(seq.slice(end + 1));
      return rest && [...inner, ...rest];
    }
    return seq[end] === '*' || seq[end] === '+' ? undefined : inner;
  }
  const m = WORD.exec(seq);
  if (!m) return undefined;
  const after = seq.slice(m[0].length);
  if (!AFTER_WORD.test(after)) return undefined;
  const word = m[0].toLowerCase();
  // "prices?": an optional last letter means the word may be shorter.
  return after.startsWith('?') ? [word, word.slice(0, -1)] : [word];
}
