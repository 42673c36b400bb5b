/**
 * Word tokens of a segment in one regex pass (Intl.Segmenter is ~40× slower and not needed
 * for German and English). A token keeps hyphenated compounds ("Premium-Qualität",
 * "21-cm-Klinge") and decimal numbers ("6,7", "2.5") whole; the matcher looks inside them.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Surface text of each token. */
  text: string[];
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** Index of the first token of each sentence, plus a final entry equal to `count`. */
  sentenceStarts: number[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-‐'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^[\p{Lu}\p{N}"„“«»‘'(]/u;

export function tokenize(text: string): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    start.push(m.index);
    end.push(m.index + m[0].length);
    words.push(m[0]);
  }
  const count = words.length;
  const sentence = new Int32Array(count);
  const sentenceStarts = [0];
  let s = 0;
  for (let i = 1; i < count; i++) {
    if (isBoundary(text, end[i - 1], start[i], words[i - 1], words[i])) {
      s++;
      sentenceStarts.push(i);
    }
    sentence[i] = s;
  }
  sentenceStarts.push(count);
  return { count, start: Int32Array.from(start), end: Int32Array.from(end), text: words, sentence, sentenceStarts };
}

/** A sentence ends at . ! ? … followed by a capitalised word; abbreviations ("z. B.", "e.g.") and ordinals do not end one. */
function isBoundary(text: string, gapStart: number, gapEnd: number, prev: string, next: string): boolean {
  const gap = text.slice(gapStart, gapEnd);
  if (/[!?…]/.test(gap)) return true;
  if (gap.indexOf('.') < 0 && gap.indexOf(' | ') < 0) return false;
  if (gap.indexOf(' | ') >= 0) return true;
  if (prev.length === 1 && /\p{L}/u.test(prev)) return false;
  return UPPER_START.test(gap.slice(gap.lastIndexOf('.') + 1).trimStart() + next);
}

/** Text between token i-1 and token i (i = count gives the tail). */
export function gapBefore(text: string, t: Tokens, i: number): string {
  const from = i === 0 ? 0 : t.end[i - 1];
  const to = i >= t.count ? text.length : t.start[i];
  return text.slice(from, to);
}
