import { parseDocument } from './parse';
import type { Segment } from './parse/segment';
import { tokenize, type Tokens } from './text/tokens';
import type { DocFormat } from './types';

type Range = { start: number; end: number };

/** Whitespace and Unicode forms that an editor or a re-wrap changes without changing the words. */
export const normalizeText = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Segment offset of document offset `doc`: inside a piece, or the start of the next piece. */
function segmentOffset(seg: Segment, doc: number): number {
  for (const p of seg.pieces) {
    if (doc < p.doc) return p.at;
    if (doc < p.doc + p.length) return p.at + (doc - p.doc);
  }
  return seg.text.length;
}

/** Index of the first token that ends after `offset` (the last one past the text). */
function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The normalized text that each finding stands in: its sentences, or its whole segment when the
 * finding spans it (a paragraph-level finding); for a finding outside prose (a directive, a parse
 * problem) its own text. Line numbers change with every edit above a finding; this text changes
 * only when the sentence does, so it identifies a finding across edits elsewhere (baselines,
 * fingerprints).
 */
export function findingContexts(text: string, format: DocFormat, findings: readonly Range[]): string[] {
  const segments = parseDocument(text, format)
    .segments.filter((s) => s.pieces.length)
    .map((seg) => ({ seg, start: seg.pieces[0].doc, end: seg.pieces[seg.pieces.length - 1].doc + seg.pieces[seg.pieces.length - 1].length }))
    .sort((a, b) => a.start - b.start);
  const tokens = new Map<Segment, Tokens>();
  // The last segment that starts at or before an offset (a loop per finding was quadratic in a long page).
  const segmentAt = (offset: number) => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 || offset >= segments[found].end ? undefined : segments[found];
  };
  return findings.map((f) => {
    const hit = segmentAt(f.start);
    if (!hit) return normalizeText(text.slice(f.start, f.end));
    const { seg } = hit;
    if (f.start <= hit.start && f.end >= hit.end) return normalizeText(seg.text);
    let t = tokens.get(seg);
    if (!t) tokens.set(seg, (t = tokenize(seg.text)));
    if (!t.count) return normalizeText(seg.text);
    const first = t.sentence[tokenAt(t, segmentOffset(seg, f.start))];
    const last = t.sentence[tokenAt(t, Math.max(segmentOffset(seg, f.start), segmentOffset(seg, f.end) - 1))];
    // From the sentence's first word to the next sentence's first word: the closing punctuation belongs to it.
    const from = t.start[t.sentenceStarts[first]];
    const next = t.sentenceStarts[last + 1];
    return normalizeText(seg.text.slice(from, next < t.count ? t.start[next] : seg.text.length));
  });
}

/**
 * What identifies a finding across edits elsewhere in its file: rule, file and the text it
 * stands in, and which occurrence of that triple it is (two "Jetzt kaufen!" in one sentence),
 * but no line number.
 */
export interface FindingKey {
  rule: string;
  file: string;
  text: string;
  /** 0 for the first finding of this rule, file and text, 1 for the second, … */
  occurrence: number;
}

/** The key of each finding of `file`, in the order of `findings`. */
export function findingKeys(file: string, text: string, format: DocFormat, findings: readonly (Range & { ruleId: string })[]): FindingKey[] {
  const texts = findingContexts(text, format, findings);
  const seen = new Map<string, number>();
  return findings.map((f, i) => {
    const id = JSON.stringify([f.ruleId, texts[i]]);
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return { rule: f.ruleId, file, text: texts[i], occurrence };
  });
}
