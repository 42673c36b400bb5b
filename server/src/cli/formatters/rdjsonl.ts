import { mergeEdits } from '../../core/fix';
import { LineIndex } from '../../core/parse/lines';
import { type FileResult } from '../results';
import { reportPath } from '../../node/files';
import type { FormatContext } from './types';

const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

/** reviewdog counts columns in UTF-8 bytes (an umlaut is two), from 1. */
function position(lines: LineIndex, offset: number) {
  const { line } = lines.position(offset);
  return { line: line + 1, column: Buffer.byteLength(lines.text.slice(lines.lineStart(line), offset)) + 1 };
}

/**
 * reviewdog's Diagnostic JSON Lines (`reviewdog -f=rdjsonl`): one diagnostic per line, each fix
 * as a suggestion, which reviewdog offers as a suggested change in the pull request.
 */
export function* formatRdjsonl(results: FileResult[], ctx: FormatContext): Generator<string> {
  const docs = new Map(ctx.rules.map((r) => [r.id, r.docUrl]));
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const range = (r: { start: number; end: number }) => ({ start: position(lines, r.start), end: position(lines, r.end) });
    const path = reportPath(file.filePath, ctx.cwd);
    for (const f of file.findings) {
      const url = docs.get(f.ruleId);
      const diagnostic = {
        message: f.message,
        location: { path, range: range(f) },
        severity: SEVERITY[f.severity],
        source: { name: 'copylint' },
        code: { value: f.ruleId, ...(url ? { url } : {}) },
        ...(f.fixes?.length
          ? {
              suggestions: f.fixes.map((fix) => {
                const edit = mergeEdits(file.source, fix.edits);
                return { range: range(edit), text: edit.text };
              }),
            }
          : {}),
      };
      yield JSON.stringify(diagnostic) + '\n';
    }
  }
}
