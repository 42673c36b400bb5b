import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang } from '../core/types';
import type { ToneProfile } from '../protocol';
import { familyOf, toneChart } from '../report/tone';
import { TONE_TEXT } from '../report/toneText';
import type { LintedDocument } from './documentLinter';
import { formatOf } from './formats';
import { SERVER_TEXT } from './text';

/** The tone profile of a document as last linted; `doc` must be at the linted version, since ranges come from its text. */
export function toneProfile(doc: TextDocument, linted: Pick<LintedDocument, 'uri' | 'version' | 'result'>, lang: Lang): ToneProfile {
  const { findings, words, skipped } = linted.result;
  // A document too large to lint is not parsed again here: it shows its note alone.
  const chart = toneChart(skipped ? '' : doc.getText(), formatOf(doc.languageId), findings, words, lang);
  const range = (f: Finding) => ({ start: doc.positionAt(f.start), end: doc.positionAt(f.end) });
  return {
    uri: linted.uri,
    version: linted.version,
    lang,
    score: chart.score,
    scoreText: chart.scoreText,
    reading: chart.reading,
    wordsText: chart.wordsText,
    scale: TONE_TEXT[lang].scale,
    hint: SERVER_TEXT[lang].toneHint,
    note: skipped,
    sections: skipped ? [] : chart.sections.map((s) => ({
      label: s.label,
      wordsText: s.wordsText,
      start: doc.positionAt(s.section.start),
      bars: s.bars.map((b) => ({ ...b, findings: s.section.findings.filter((f) => familyOf(f.ruleId) === b.family).map(range) })),
    })),
  };
}
