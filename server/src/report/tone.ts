/**
 * A document's tone per section, as the HTML report and the editor's tone profile draw it:
 * sections, a bar per family, the tone score and its one-line reading. Core and rule data only,
 * so the CLI and the language server share it.
 */
import { parseDocument } from '../core/parse';
import { tokenize } from '../core/text/tokens';
import { toneScore } from '../core/tone';
import type { DocFormat, Family, Finding, Lang } from '../core/types';
import { FAMILIES } from '../node/ruleFiles';
import { TONE_TEXT, type ToneText } from './toneText';

/** A stretch of a document from one heading to the next, with its prose and findings. */
export interface Section {
  /** The heading's text; undefined for the text before the first heading. */
  title?: string;
  /** Document offset of the heading (0 for the text before the first). */
  start: number;
  words: number;
  findings: Finding[];
  perFamily: Record<Family, number>;
}

/**
 * The family of a rule id ("push/hype" → push), undefined for copylint's own ("copylint/parse").
 * By prefix, not split and a key lookup: a lint thread's 60,000 ruleIds arrive as fresh strings,
 * and hashing each held the server's thread for 30 ms.
 */
export function familyOf(ruleId: string): Family | undefined {
  for (const family of FAMILIES) if (ruleId.startsWith(family) && ruleId[family.length] === '/') return family;
  return undefined;
}

/** The last section starting at or before `offset`, by binary search: a large file has thousands of both. */
function sectionAt(sections: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits a linted document at its headings. The parse is the engine's own (the same segments and
 * tokenizer), so the sections' words add up to what the engine read; parsing the source again
 * here leaves the engine untouched.
 */
export function sectionsOf(source: string, format: DocFormat, findings: Finding[]): Section[] {
  const { segments } = parseDocument(source, format);
  const section = (start: number, title?: string): Section => ({ title, start, words: 0, findings: [], perFamily: Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number> });
  const sections = [section(0)];
  for (const seg of segments) {
    if (seg.kind === 'heading') sections.push(section(seg.pieces[0]?.doc ?? 0, seg.text.trim()));
    sections[sections.length - 1].words += tokenize(seg.text).count;
  }
  for (const finding of findings) {
    const s = sections[sectionAt(sections, finding.start)];
    s.findings.push(finding);
    const family = familyOf(finding.ruleId);
    if (family) s.perFamily[family]++;
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
function loudSections(sections: Section[]): { section: Section; family: Family }[] {
  return sections
    .filter((s) => toneScore(s.findings, s.words) < HARD_BELOW)
    .map((section) => ({ section, family: FAMILIES.reduce((a, b) => (section.perFamily[b] > section.perFamily[a] ? b : a)) }));
}

/** One line on the document's tone: how each loud section is loud, and whether the rest is calm. */
function readTone(sections: Section[], label: (s: Section) => string, text: ToneText): string {
  const loud = loudSections(sections);
  if (!loud.length) return text.calm;
  // Families in the order the document first gets loud with them.
  const parts = [...new Set(loud.map((l) => l.family))].map(
    (f) => `${text.loud[f]} ${loud.filter((l) => l.family === f).map((l) => text.quote(label(l.section))).join(', ')}`,
  );
  if (loud.length < sections.length) parts.push(text.calmElsewhere);
  return parts.join(', ');
}

// A bar at full width is this many findings per 100 words, or the document's densest bar when
// denser: bars of different files then compare, and a calm file does not fill the chart with one finding.
const FULL_SCALE = 5;

export interface ChartBar {
  family: Family;
  /** The family's name in the chart's language. */
  name: string;
  count: number;
  /** Length in percent of the full bar. */
  width: number;
  /** Count and rate, as the bar's text: "2 · 3.4". */
  value: string;
  /** The bar in words, for screen readers. */
  label: string;
}

export interface ToneChart {
  score: number;
  /** "Tone score 82 of 100", the reading ("sells hard in “Hero”, calm elsewhere"), "120 words". */
  scoreText: string;
  reading: string;
  wordsText: string;
  sections: { section: Section; label: string; wordsText: string; bars: ChartBar[] }[];
}

/** The tone chart of a linted document, in `lang`; `words` is the engine's count for the whole. */
export function toneChart(source: string, format: DocFormat, findings: Finding[], words: number, lang: Lang): ToneChart {
  const text = TONE_TEXT[lang];
  const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const sections = sectionsOf(source, format, findings);
  const label = (s: Section) => s.title ?? (sections.length === 1 ? text.whole : text.lead);
  const rate = (s: Section, n: number) => (s.words ? (n * 100) / s.words : 0);
  const scale = sections.reduce((m, s) => Math.max(m, ...FAMILIES.map((f) => rate(s, s.perFamily[f]))), FULL_SCALE);
  const score = toneScore(findings, words);
  return {
    score,
    scoreText: text.score(score),
    reading: readTone(sections, label, text),
    wordsText: text.words(words),
    sections: sections.map((s) => ({
      section: s,
      label: label(s),
      wordsText: text.words(s.words),
      bars: FAMILIES.map((family) => {
        const count = s.perFamily[family];
        const per100 = number.format(rate(s, count));
        return { family, name: text.family[family], count, width: (rate(s, count) / scale) * 100, value: `${count} · ${per100}`, label: text.bar(text.family[family], count, per100) };
      }),
    })),
  };
}
