import { mergeEdits } from '../../core/fix';
import { LineIndex } from '../../core/parse/lines';
import { locate } from '../results';
import type { Formatter } from './types';

/** ESLint-compatible JSON: one object per file with messages, counts and fixes as {range, text}. */
export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const lines = new LineIndex(r.source);
      const messages = r.findings.map((f) => {
        const fix = (edits: NonNullable<typeof f.fixes>[number]['edits']) => {
          const e = mergeEdits(r.source, edits);
          return { range: [e.start, e.end], text: e.text };
        };
        return {
          ruleId: f.ruleId,
          severity: f.severity === 'error' ? 2 : 1,
          message: f.message,
          ...locate(lines, f),
          ...(f.fixes?.length ? { fix: fix(f.fixes[0].edits), suggestions: f.fixes.map((x) => ({ desc: x.description, fix: fix(x.edits) })) } : {}),
        };
      });
      const errors = r.findings.filter((f) => f.severity === 'error');
      const warnings = r.findings.filter((f) => f.severity === 'warning');
      return {
        filePath: r.filePath,
        messages,
        errorCount: errors.length,
        warningCount: warnings.length,
        fixableErrorCount: errors.filter((f) => f.fixes?.length).length,
        fixableWarningCount: warnings.filter((f) => f.fixes?.length).length,
        ...(r.output !== undefined ? { output: r.output } : {}),
      };
    }),
    null,
    2,
  ) + '\n';
