import { readFileSync } from 'node:fs';
import { fixUntilStable } from '../core/fix';
import type { CustomTerm } from '../core/rules/custom';
import type { LintOptions } from '../core/types';
import { engineFor } from '../node/engine';
import { errorReason, readText } from '../node/files';
import type { FileResult } from './results';
import { sha1 } from './cache';
import { writeFixed } from './writeFile';

/** One file to lint, with everything needed to do it in any thread. */
export interface FileTask {
  path: string;
  options: LintOptions;
  custom: CustomTerm[];
  fix: boolean;
  /** Hash the content linted, for --cache (see FileOutcome.contentHash). */
  cache: boolean;
}

/** A file's result plus what only the run needs to know (messages for stderr). */
export interface FileOutcome extends FileResult {
  words: number;
  /** A message for stderr: the file could not be read, decoded or written, or a rule failed. */
  error?: string;
  /** A message for stderr that is not an error (the file was too large to lint). */
  notice?: string;
  /**
   * With --cache, the hash of the bytes the findings belong to (after --fix, those written),
   * so the cache never reads the file again: it may be gone by then.
   */
  contentHash?: string;
}

/** Lints text with the task's config; the engine is compiled once per distinct set of custom terms. */
export function lintText(text: string, task: Pick<FileTask, 'options' | 'custom'>) {
  return engineFor(task.custom).lint(text, task.options);
}

/** Reads, lints and (with --fix) rewrites one file. Never throws for a file's own problems. */
export function runTask(task: FileTask): FileOutcome {
  let buffer: Buffer;
  try {
    buffer = readFileSync(task.path);
  } catch (err) {
    return { filePath: task.path, source: '', findings: [], words: 0, error: `cannot read (${errorReason(err)})` };
  }
  const read = readText(buffer);
  if ('error' in read) return { filePath: task.path, source: '', findings: [], words: 0, error: read.error };
  let source = read.text;
  let output: string | undefined;
  let error: string | undefined;
  let content: string | Buffer = buffer;
  if (task.fix) {
    const fixed = fixUntilStable(source, (t) => lintText(t, task).findings);
    if (fixed.text !== source) {
      const written = (read.bom ? '\uFEFF' : '') + fixed.text;
      try {
        writeFixed(task.path, buffer, written);
        source = output = fixed.text;
        content = written;
      } catch (err) {
        error = (err as Error).message;
      }
    }
  }
  const result = lintText(source, task);
  const failed = result.failures.map((f) => `rule ${f.ruleId} failed (${f.error}); the other rules ran`).join('; ');
  return { filePath: task.path, source, findings: result.findings, words: result.words, directives: result.directives, output, error: [error, failed].filter(Boolean).join('; ') || undefined, notice: result.skipped, contentHash: task.cache ? sha1(content) : undefined };
}
