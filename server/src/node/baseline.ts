import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FindingKey } from '../core/findingContext';
import type { DocFormat } from '../core/types';
import { errorReason, readSmallFile, reportPath } from './files';
import { keysOf } from './findingKeys';

/**
 * A baseline: the findings a repository had when it adopted copylint, so that only new ones
 * are reported. Entries name rule, file (relative to the baseline's folder, forward slashes) and
 * the normalized text of the sentence or paragraph, with how many such findings there were: no
 * line numbers, so an edit elsewhere in a file does not bring old findings back.
 */
export interface BaselineEntry {
  rule: string;
  file: string;
  text: string;
  count: number;
}

export const BASELINE_VERSION = 1;

/** A baseline file that cannot be read or is not a baseline. */
export class BaselineError extends Error {}

const entryId = (e: { rule: string; file: string; text: string }) => JSON.stringify([e.rule, e.file, e.text]);

export class Baseline {
  private readonly counts = new Map<string, number>();
  private readonly files = new Set<string>();

  constructor(readonly entries: BaselineEntry[]) {
    for (const e of entries) {
      this.counts.set(entryId(e), (this.counts.get(entryId(e)) ?? 0) + e.count);
      this.files.add(e.file);
    }
  }

  /** Whether the baseline records any finding of `file` (named as in its entries). */
  hasFile(file: string): boolean {
    return this.files.has(file);
  }

  /** The baseline of these findings: one entry per rule, file and text, counting its occurrences. */
  static of(keys: Iterable<FindingKey>): Baseline {
    const byId = new Map<string, BaselineEntry>();
    for (const k of keys) {
      const entry = byId.get(entryId(k));
      if (entry) entry.count++;
      else byId.set(entryId(k), { rule: k.rule, file: k.file, text: k.text, count: 1 });
    }
    // Sorted, so that a rewritten baseline differs from the last one only where findings did.
    const order = (e: BaselineEntry) => [e.file, e.rule, e.text];
    return new Baseline([...byId.values()].sort((a, b) => compare(order(a), order(b))));
  }

  /** Whether the finding was there already: the baseline has at least occurrence + 1 of its kind. */
  has(key: FindingKey): boolean {
    return key.occurrence < (this.counts.get(entryId(key)) ?? 0);
  }

  /** How many of this baseline's findings `next` no longer has (fixed, or their sentence rewritten). */
  droppedIn(next: Baseline): number {
    let n = 0;
    for (const [id, count] of this.counts) n += Math.max(0, count - (next.counts.get(id) ?? 0));
    return n;
  }

  get size(): number {
    let n = 0;
    for (const count of this.counts.values()) n += count;
    return n;
  }
}

function compare(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

const isEntry = (e: unknown): e is BaselineEntry => {
  const x = e as BaselineEntry;
  return typeof x === 'object' && x !== null && typeof x.rule === 'string' && typeof x.file === 'string' && typeof x.text === 'string' && Number.isInteger(x.count) && x.count > 0;
};

/** Parses a baseline file's text; throws BaselineError naming what is wrong. */
export function parseBaseline(text: string): Baseline {
  let data: { version?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`not JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || data.version !== BASELINE_VERSION) throw new BaselineError(`not a copylint baseline of version ${BASELINE_VERSION} (write one with --write-baseline)`);
  if (!Array.isArray(data.entries)) throw new BaselineError('"entries" must be a list');
  const bad = data.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new BaselineError(`entry ${bad + 1} needs "rule", "file" and "text" strings and a "count" of at least 1`);
  return new Baseline(data.entries);
}

// A baseline of a large site is a few megabytes; far more is not one, and would stall the editor.
const MAX_BASELINE = 50_000_000;

/** Reads a baseline file (a regular file within the size cap); throws BaselineError when it cannot be read or is not a baseline. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readSmallFile(path, MAX_BASELINE);
  } catch (err) {
    throw new BaselineError(`cannot read (${errorReason(err)})`);
  }
  return parseBaseline(text);
}

/** The findings of a file that the baseline at `path` does not record (`format`: see keysOf). */
export function unbaselined<F extends { start: number; end: number; ruleId: string }>(baseline: Baseline, path: string, filePath: string, text: string, findings: F[], format?: DocFormat): F[] {
  // Keying reads the document's sentences, a second parse: none for a file the baseline has nothing of.
  if (!findings.length || !baseline.hasFile(reportPath(filePath, dirname(path)))) return findings;
  const keys = keysOf(filePath, dirname(path), text, findings, format);
  return findings.filter((_, i) => !baseline.has(keys[i]));
}

/** Baselines by path, each read once, failures too: a run's, or the editor's until the file changes. */
export class BaselineFiles {
  private readonly read = new Map<string, Baseline | BaselineError>();

  /** Throws the file's BaselineError. */
  get(path: string): Baseline {
    let b = this.read.get(path);
    if (!b) {
      try {
        b = readBaseline(path);
      } catch (err) {
        if (!(err instanceof BaselineError)) throw err;
        b = err;
      }
      this.read.set(path, b);
    }
    if (b instanceof BaselineError) throw b;
    return b;
  }

  clear(): void {
    this.read.clear();
  }
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, JSON.stringify({ version: BASELINE_VERSION, entries: baseline.entries }, null, 2) + '\n');
}
