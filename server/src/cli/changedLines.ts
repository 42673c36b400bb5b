import parseDiff from 'parse-diff';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex } from '../core/parse/lines';
import { changesSince, type WorkingChanges } from '../node/git';
import type { CliOptions } from './args';
import type { FileResult } from './results';

/** Per file (absolute path), its added or changed lines (1-based), or `all` for a new file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** The lines a unified diff adds to each file, its paths taken relative to `base`; deleted files are left out. */
export function linesFromDiff(diff: string, base: string): ChangedLines {
  const changed: ChangedLines = new Map();
  for (const file of parseDiff(diff)) {
    if (!file.to || file.to === '/dev/null') continue;
    const lines = new Set<number>();
    for (const chunk of file.chunks) for (const c of chunk.changes) if (c.type === 'add') lines.add(c.ln);
    changed.set(resolve(base, file.to), lines);
  }
  return changed;
}

/** The changed lines of a working tree: those of its diff, and every line of a file git does not track yet. */
export function linesFromChanges(changes: WorkingChanges): ChangedLines {
  const changed = linesFromDiff(changes.diff, changes.root);
  for (const path of changes.untracked) changed.set(resolve(changes.root, path), 'all');
  return changed;
}

/**
 * Keeps the findings that touch a changed line. A paragraph-level finding spans its paragraph,
 * so it stays when any line of the paragraph changed.
 */
export function keepChanged(result: FileResult, changed: ChangedLines): FileResult {
  const lines = changed.get(result.filePath);
  if (lines === 'all') return result;
  if (!lines?.size) return { ...result, findings: [] };
  const index = new LineIndex(result.source);
  const touches = (f: { start: number; end: number }) => {
    const first = index.position(f.start).line + 1;
    // The end is exclusive: a range that ends where a line starts does not reach into it.
    const last = index.position(Math.max(f.start, f.end - 1)).line + 1;
    for (let line = first; line <= last; line++) if (lines.has(line)) return true;
    return false;
  };
  return { ...result, findings: result.findings.filter(touches) };
}

/** The changed lines that --changed-since or --diff asks for, or undefined for a full run. Throws GitError or an fs error. */
export async function changedLinesFor(opts: Pick<CliOptions, 'changedSince' | 'diff'>, cwd: string, readStdin: () => Promise<Buffer>): Promise<ChangedLines | undefined> {
  if (opts.changedSince !== undefined) return linesFromChanges(changesSince(opts.changedSince, cwd));
  if (opts.diff === undefined) return undefined;
  const diff = opts.diff === '-' ? (await readStdin()).toString('utf8') : readFileSync(resolve(cwd, opts.diff), 'utf8');
  return linesFromDiff(diff, cwd);
}
