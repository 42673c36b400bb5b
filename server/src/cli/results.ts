import { LineIndex } from '../core/parse/lines';
import type { DirectiveUse } from '../core/suppressions';
import type { Finding, Severity } from '../core/types';

/** The outcome of linting one file (or stdin). */
export interface FileResult {
  filePath: string;
  /** The text the findings refer to (after --fix, the fixed text). */
  source: string;
  findings: Finding[];
  /** Set when --fix changed the text. */
  output?: string;
  /** Words of prose read, for the summary report. */
  words?: number;
  /** The file's inline directives, for --list-suppressions (absent for a file read from the cache). */
  directives?: DirectiveUse[];
}

const RANK: Record<Exclude<Severity, 'off'>, number> = { info: 0, warning: 1, error: 2 };

/** Whether a finding of `severity` is reported under --min-severity `min`. */
export const atLeast = (severity: Exclude<Severity, 'off'>, min: Exclude<Severity, 'off'>) => RANK[severity] >= RANK[min];

/** 1-based line/column range of a finding, as editors and ESLint count (UTF-16 columns). */
export interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(lines: LineIndex, f: { start: number; end: number }): Located {
  const s = lines.position(f.start);
  const e = lines.position(f.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function counts(results: FileResult[]): { errors: number; warnings: number; infos: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (f.fixes?.length) fixable++;
    }
  }
  return { errors, warnings, infos, fixable };
}
