import { findingContexts } from '../core/findingContext';
import { formatForPath } from '../core/parse';
import { reportPath, type FileResult } from './results';

/**
 * What identifies a finding across edits elsewhere in its file: rule, file and the normalized
 * text it stands in, and which occurrence of that triple it is (two "Jetzt kaufen!" in one
 * paragraph), but no line number.
 */
export interface FindingKey {
  rule: string;
  /** Relative to the working folder, with forward slashes. */
  file: string;
  text: string;
  /** 0 for the first finding of this rule, file and text, 1 for the second, … */
  occurrence: number;
}

/** The key of each finding of a file, in the order of `result.findings`. */
export function findingKeys(result: FileResult, cwd: string): FindingKey[] {
  const file = reportPath(result.filePath, cwd);
  const texts = findingContexts(result.source, formatForPath(result.filePath) ?? 'plaintext', result.findings);
  const seen = new Map<string, number>();
  return result.findings.map((f, i) => {
    const id = JSON.stringify([f.ruleId, texts[i]]);
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return { rule: f.ruleId, file, text: texts[i], occurrence };
  });
}
