import { mergeEdits } from '../../core/fix';
import { LineIndex } from '../../core/parse/lines';
import type { Finding } from '../../core/types';
import { locate, type FileResult } from '../results';
import { arrayAt, jsonChunks, LazyJson } from './jsonStream';
import type { Formatter } from './types';

function* messages(r: FileResult): Generator<unknown> {
  const lines = new LineIndex(r.source);
  const fix = (edits: NonNullable<Finding['fixes']>[number]['edits']) => {
    const e = mergeEdits(r.source, edits);
    return { range: [e.start, e.end], text: e.text };
  };
  for (const f of r.findings) {
    yield {
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      message: f.message,
      ...locate(lines, f),
      ...(f.fixes?.length ? { fix: fix(f.fixes[0].edits), suggestions: f.fixes.map((x) => ({ desc: x.description, fix: fix(x.edits) })) } : {}),
    };
  }
}

function fileJson(r: FileResult): LazyJson {
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  const skeleton = {
    filePath: r.filePath,
    messages: arrayAt(0),
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((f) => f.fixes?.length).length,
    fixableWarningCount: warnings.filter((f) => f.fixes?.length).length,
    ...(r.output !== undefined ? { output: r.output } : {}),
  };
  return new LazyJson(skeleton, [messages(r)]);
}

/** ESLint-compatible JSON: one object per file with messages, counts and fixes as {range, text}; written message by message. */
export const formatJson: Formatter = function* (results) {
  yield* jsonChunks(new LazyJson(arrayAt(0), [results.map(fileJson)]));
  yield '\n';
};
