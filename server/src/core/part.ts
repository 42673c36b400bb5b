/**
 * What linting one part of a document yields (see Engine.lintPart), as plain data in document
 * offsets, and how a remembered part moves when the text before it changes.
 */
import type { VoiceSignals } from './analysis/voice';
import type { PageStats } from './checks/report';
import type { Comment, ParseProblem } from './parse/types';
import type { Segment } from './parse/segment';
import type { Finding, Lang } from './types';

/** A segment's share of a page-level (document) check, with where a finding would go. */
export interface PageEntry {
  ruleId: string;
  stats: PageStats;
  /** The first feature statement in document offsets, and its text. */
  first?: { start: number; end: number; match: string; lang: Lang };
  /** Index of its segment's voice signals in the part's `voices`. */
  voice: number;
}

/**
 * What linting one part of a document yields, joined with the other parts by finish(). Plain
 * data in document offsets: the editor lints a long document part by part between other
 * work, and keeps each part's result for the next lint (see DocumentMemo).
 */
export interface PartResult {
  findings: Finding[];
  /** Voice signals of each linted segment (see analysis/voice.ts), and per finding the index of its segment's. */
  voices: VoiceSignals[];
  findingVoice: number[];
  /** Segments that gave no evidence of their language: checked in finish() in the document's language. */
  pending: Segment[];
  /** Language per segment in order; null for a pending segment. */
  languages: (Lang | null)[];
  /** Characters of prose per detected language, to find the document's language. */
  detected: Record<Lang, number>;
  page: PageEntry[];
  comments: Comment[];
  /** Where parsing stopped (see PARSE_RULE). */
  problems: ParseProblem[];
  allowed: [number, number][];
  words: number;
  failures: [string, string][];
}

export function emptyPart(): PartResult {
  return { findings: [], voices: [], findingVoice: [], pending: [], languages: [], detected: { de: 0, en: 0 }, page: [], comments: [], problems: [], allowed: [], words: 0, failures: [] };
}

/** A part's result moved by `by` characters (a cached part further down an edited document). */
export function shiftPart(part: PartResult, by: number): PartResult {
  if (by === 0) return part;
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...part,
    findings: part.findings.map((f) => (f.fixes ? { ...shift(f), fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map(shift) })) } : shift(f))),
    pending: part.pending.map((seg) => ({ ...seg, pieces: seg.pieces.map((p) => ({ ...p, doc: p.doc + by })) })),
    page: part.page.map((b) => (b.first ? { ...b, first: shift(b.first) } : b)),
    comments: part.comments.map(shift),
    problems: part.problems.map(shift),
    allowed: part.allowed.map(([a, b]) => [a + by, b + by]),
  };
}
