import { LineIndex } from '../core/parse/lines';
import { locate, type FileResult } from './results';
import { reportPath } from '../node/files';

/**
 * --list-suppressions: every inline directive with its file, line, rules, reason and how many
 * findings it suppressed, for a brand or legal review. JSON, or a table for people.
 */
export function formatSuppressions(results: FileResult[], cwd: string, json: boolean): string {
  const rows = results.flatMap((r) => {
    const lines = new LineIndex(r.source);
    const filePath = reportPath(r.filePath, cwd) || r.filePath;
    return (r.directives ?? []).map((d) => {
      const at = locate(lines, d);
      return { filePath, line: at.line, column: at.column, kind: d.kind, rules: d.rules, reason: d.reason, suppressed: d.suppressed };
    });
  });
  if (json) return JSON.stringify(rows, null, 2) + '\n';
  if (!rows.length) return 'No inline directives.\n';
  const table = [
    ['file:line', 'directive', 'rules', 'suppressed', 'reason'],
    ...rows.map((s) => [`${s.filePath}:${s.line}`, s.kind, s.rules.join(', ') || '(every rule)', s.kind === 'enable' ? '' : String(s.suppressed), s.reason]),
  ];
  // A loop, not Math.max(...): a spread of many rows overflows the stack.
  const widths = table[0].map((_, i) => table.reduce((w, row) => Math.max(w, row[i].length), 0));
  return table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}
