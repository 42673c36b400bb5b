import ignore, { type Ignore } from 'ignore';
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { EXTENSIONS, formatForPath } from '../core/parse';

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** What went wrong with a file operation, in short: the error code (ENOENT, EACCES) or the message. */
export const errorReason = (err: unknown): string => (err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message ?? String(err);

/** A file's name in a report or baseline: relative to `cwd`, with forward slashes ('<text>' for stdin). */
export function reportPath(filePath: string, cwd: string): string {
  return filePath === '<text>' ? filePath : relative(cwd, filePath).split('\\').join('/');
}

/** Largest config, ignore or package file read: a config is a few kilobytes. */
export const MAX_SMALL_FILE = 1_000_000;

/**
 * Reads a small regular file as UTF-8, without a leading BOM. A FIFO, a device (/dev/zero), a folder or a file above
 * `limit` bytes is refused with a clear reason instead of hanging or filling the memory: opened
 * without blocking, checked by fstat, then read up to its size.
 */
export function readSmallFile(path: string, limit = MAX_SMALL_FILE): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > limit) throw new Error(`larger than ${limit / 1_000_000} MB`);
    // A BOM (Windows editors write one) is no part of the config: JSON.parse refused it.
    return readAll(fd, st.size).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

/** Up to `size` bytes from the start of an open file (fewer if it is shorter by now). */
export function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}
const IGNORE_FILES = ['.gitignore', '.copylintignore'];

/** .gitignore and .copylintignore files from the project root down to each file's folder, as git applies them. */
export class IgnoreRules {
  private readonly perDir = new Map<string, Ignore | null>();
  readonly root: string;
  /** Ignore files that could not be read, with the reason; the files they would have ignored are linted. */
  readonly problems: string[] = [];

  constructor(cwd: string) {
    // The project root is the nearest folder with .git, else the working folder.
    let root = resolve(cwd);
    for (let d = root; ; d = dirname(d)) {
      if (existsSync(join(d, '.git'))) {
        root = d;
        break;
      }
      if (dirname(d) === d) break;
    }
    this.root = root;
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      rules = null;
      for (const name of IGNORE_FILES) {
        const file = join(dir, name);
        if (!existsSync(file)) continue;
        try {
          (rules ??= ignore()).add(readSmallFile(file));
        } catch (err) {
          this.problems.push(`cannot read ${file}: ${errorReason(err)}`);
        }
      }
      this.perDir.set(dir, rules);
    }
    return rules;
  }

  ignores(path: string, isDir = false): boolean {
    const abs = resolve(path);
    const rel = relative(this.root, abs);
    if (!rel || rel.startsWith('..')) return false;
    const parts = rel.split(sep);
    if (parts.some((p) => ALWAYS_SKIPPED.has(p))) return true;
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesOf(dir);
      if (rules) {
        const sub = parts.slice(i).join('/') + (isDir && i === parts.length - 1 ? '/' : '');
        if (sub && rules.ignores(sub)) return true;
      }
      dir = join(dir, parts[i]);
    }
    return false;
  }
}

export interface Collected {
  files: string[];
  /** Files named as such (not found in a folder or by a glob): an ignore pattern that skips one is worth a warning. */
  named: Set<string>;
  /** Arguments that matched nothing, each with a message. */
  errors: string[];
}

/** Adds the files to lint under `dir` to `out`; a folder that cannot be read is named in `problems`, and the rest is still walked. */
function walk(dir: string, rules: IgnoreRules, out: Set<string>, problems: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    // /proc/1/fdinfo refuses even root; a path longer than PATH_MAX cannot be read at all.
    problems.push(`cannot read folder ${dir}: ${errorReason(err)}`);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!rules.ignores(path, true)) walk(path, rules, out, problems);
    } else if (entry.isFile() && formatForPath(entry.name) && !rules.ignores(path)) out.add(path);
  }
}

/** Expands paths, folders and globs into the files to lint, sorted; explicit files are taken as given. */
export async function collectFiles(patterns: string[], cwd: string): Promise<Collected> {
  const rules = new IgnoreRules(cwd);
  const files = new Set<string>();
  const named = new Set<string>();
  const errors: string[] = [];
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      stat = undefined;
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        errors.push(`cannot read ${pattern}: ${errorReason(err)}`);
        continue;
      }
    }
    if (stat?.isFile()) {
      files.add(abs);
      named.add(abs);
      continue;
    }
    if (stat?.isDirectory()) {
      // Like a glob that matches nothing: a folder with nothing to lint is most often a wrong path in a CI job.
      const found = new Set<string>();
      const unreadable = errors.length;
      walk(abs, rules, found, errors);
      if (found.size) found.forEach((f) => files.add(f));
      else if (errors.length === unreadable) errors.push(`No files to lint in "${pattern}": none ends in ${Object.keys(EXTENSIONS).join(', ')}, or all are ignored.`);
      continue;
    }
    const matches = /[*?[\]{}]/.test(pattern)
      ? (await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })).filter(
          (f) => formatForPath(f) && !rules.ignores(f),
        )
      : [];
    if (matches.length) matches.forEach((m) => files.add(resolve(m)));
    else errors.push(stat === undefined && !/[*?[\]{}]/.test(pattern) ? `No such file or directory: ${pattern}` : `No files matching the pattern "${pattern}" were found.`);
  }
  errors.push(...rules.problems);
  return { files: [...files].sort(), named, errors };
}

export type ReadResult = { text: string; bom: boolean } | { error: string };

/** Reads a file as UTF-8 text, refusing binary files and invalid UTF-8 with a clear reason. */
export function readText(buffer: Buffer): ReadResult {
  const head = buffer.subarray(0, 8000);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes), not linted' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return { error: 'invalid UTF-8, not linted (save the file as UTF-8)' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}
