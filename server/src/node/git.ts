import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** A git command that failed: not a repository, an unknown ref, no git on PATH. */
export class GitError extends Error {}

// No shell, and the user's settings that change what a diff looks like are pinned:
// paths unquoted (German file names), the a/ b/ prefixes, no external diff tool or colour.
const PINNED = ['-c', 'core.quotepath=false', '-c', 'color.ui=false'];

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', [...PINNED, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    throw new GitError((e.stderr || e.message).trim().split('\n')[0]);
  }
}

/** What changed in the working tree since the merge base of HEAD with `ref`. */
export interface WorkingChanges {
  /** The repository's top folder; the diff's and the list's paths are relative to it. */
  root: string;
  /** Unified diff, no context lines, of tracked files (committed, staged or not) against the merge base. */
  diff: string;
  /** Files git does not track and does not ignore. */
  untracked: string[];
}

export function changesSince(ref: string, cwd: string): WorkingChanges {
  // Relative to cwd, so that the root is spelled as cwd is (a symbolic link in cwd stays one).
  const root = resolve(cwd, git(['rev-parse', '--show-cdup'], cwd).trim());
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw new GitError(`unknown ref "${ref}"`);
  }
  const base = git(['merge-base', ref, 'HEAD'], root).trim();
  const diff = git(['diff', '--no-ext-diff', '--no-textconv', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', base, '--'], root);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root).split('\0').filter(Boolean);
  return { root, diff, untracked };
}
