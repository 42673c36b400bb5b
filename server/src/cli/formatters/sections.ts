import { formatForPath, parseDocument } from '../../core/parse';
import { tokenize } from '../../core/text/tokens';
import { toneScore } from '../../core/tone';
import type { Family, Finding } from '../../core/types';
import { FAMILIES } from '../../node/ruleFiles';
import type { FileResult } from '../results';

/** A stretch of a document from one heading to the next, with its prose and findings. */
export interface Section {
  /** The heading's text; undefined for the text before the first heading. */
  title?: string;
  words: number;
  findings: Finding[];
  perFamily: Record<Family, number>;
}

const familyOf = (ruleId: string) => ruleId.split('/')[0] as Family;

/** The last section starting at or before `offset`, by binary search: a large file has thousands of both. */
function sectionAt(starts: { at: number }[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid].at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits a linted file at its headings. The parse is the engine's own (the same segments and
 * tokenizer), so the sections' words add up to what the engine read; FileResult keeps only the
 * source, and parsing it again here leaves the engine untouched.
 */
export function sectionsOf(result: FileResult): Section[] {
  // The format as the CLI chose it for this file (stdin without a name is plain text).
  const { segments } = parseDocument(result.source, formatForPath(result.filePath) ?? 'plaintext');
  const starts: { at: number; title?: string; words: number }[] = [{ at: 0, words: 0 }];
  for (const seg of segments) {
    if (seg.kind === 'heading') starts.push({ at: seg.pieces[0]?.doc ?? 0, title: seg.text.trim(), words: 0 });
    starts[starts.length - 1].words += tokenize(seg.text).count;
  }
  const sections: Section[] = starts.map((s) => ({ title: s.title, words: s.words, findings: [], perFamily: Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number> }));
  for (const finding of result.findings) {
    const i = sectionAt(starts, finding.start);
    sections[i].findings.push(finding);
    const family = familyOf(finding.ruleId);
    if (family in sections[i].perFamily) sections[i].perFamily[family]++;
  }
  // Text before the first heading is a section only when it has something in it.
  const lead = sections[0];
  return sections.length > 1 && !lead.words && !lead.findings.length ? sections.slice(1) : sections;
}

/** Below this tone score a section reads as loud: about two warnings per 100 words (one scores 82). */
const HARD_BELOW = 70;

/**
 * The sections that read as loud, by the same tone score --report summary gives a whole
 * document, each with the family that has most of its findings: the reading then says how a
 * section is loud (a spec dump is not a hard sell).
 */
export function loudSections(sections: Section[]): { section: Section; family: Family }[] {
  return sections
    .filter((s) => toneScore(s.findings, s.words) < HARD_BELOW)
    .map((section) => ({ section, family: FAMILIES.reduce((a, b) => (section.perFamily[b] > section.perFamily[a] ? b : a)) }));
}
