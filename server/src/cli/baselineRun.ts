import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Baseline, readBaseline, unbaselined, writeBaseline } from '../node/baseline';
import { keysOf } from '../node/findingKeys';
import type { FileResult } from './results';

/** The result without the findings the baseline at `path` already has. */
export function withoutBaselined(result: FileResult, baseline: Baseline, path: string): FileResult {
  return { ...result, findings: unbaselined(baseline, path, result.filePath, result.source, result.findings) };
}

/**
 * Writes the baseline of these results to `path` (absolute), and says how many findings of the
 * baseline that was there are gone. Throws BaselineError when the old one is not a baseline, so
 * that a typo in the path never overwrites another file.
 */
export function rewriteBaseline(results: FileResult[], path: string): { findings: number; dropped: number } {
  const before = existsSync(path) ? readBaseline(path) : undefined;
  const next = Baseline.of(results.flatMap((r) => keysOf(r.filePath, dirname(path), r.source, r.findings)));
  writeBaseline(path, next);
  return { findings: next.size, dropped: before?.droppedIn(next) ?? 0 };
}
