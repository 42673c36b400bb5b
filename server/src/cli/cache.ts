import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { FileOutcome, FileTask } from './task';

const FORMAT = 1;

interface Entry {
  hash: string;
  config: string;
  findings: FileOutcome['findings'];
  words: number;
}

// node:crypto is required here, on first use: only --cache hashes, and loading it took 2 ms of every start.
export const sha1 = (data: string | Buffer) => (require('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(data).digest('hex');

/**
 * Results of earlier runs keyed by file: reused when both the file's content hash and the
 * hash of everything that decides its findings (config, custom terms, rules, version) match.
 */
export class LintCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(
    private readonly file: string,
    /** Hash of the rule data and copylint version: a new release invalidates the cache. */
    private readonly toolHash: string,
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (data.format === FORMAT && data.tool === toolHash) this.entries = data.entries ?? {};
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
  }

  configHash(task: FileTask): string {
    return sha1(JSON.stringify([task.options, task.custom]));
  }

  get(task: FileTask, contentHash: string): Entry | undefined {
    const e = this.entries[task.path];
    return e && e.hash === contentHash && e.config === this.configHash(task) ? e : undefined;
  }

  set(task: FileTask, outcome: FileOutcome, contentHash: string): void {
    this.entries[task.path] = { hash: contentHash, config: this.configHash(task), findings: outcome.findings, words: outcome.words };
    this.dirty = true;
  }

  /** Writes the cache; throws when its location cannot be written (the caller warns). */
  save(): void {
    if (!this.dirty) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify({ format: FORMAT, tool: this.toolHash, entries: this.entries }));
      renameSync(temp, this.file);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
  }
}
