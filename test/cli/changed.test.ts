import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempTree } from '../helpers/tmp';
import { json, run } from '../helpers/cli';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** A repository whose `main` has three pages, with a branch `feat` checked out. */
function repo(): string {
  const dir = tempTree({
    'page.md': '# Titel\n\nDas revolutionäre Messer.\n\nEin ruhiger Satz.\n',
    'old.md': 'Jetzt kaufen!\n',
    'team.txt': 'We love our work. We build our tools.\nWe ship our code and the boards.\nOur team makes the products.\n',
    '.gitignore': 'drafts/\n',
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'dev@example.org');
  git(dir, 'config', 'user.name', 'dev');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'pages');
  git(dir, 'checkout', '-qb', 'feat');
  return dir;
}

const found = (stdout: string) =>
  json(stdout)
    .flatMap((f) => f.messages.map((m) => `${f.filePath.split('/').pop()}:${m.line} ${m.ruleId}`))
    .sort();

describe('--changed-since', () => {
  it('reports findings on lines changed since the merge base: committed, staged, unstaged and untracked files', () => {
    const dir = repo();
    writeFileSync(join(dir, 'page.md'), '# Titel\n\nDas revolutionäre Messer.\n\nEin ruhiger Satz. Jetzt kaufen!\n');
    git(dir, 'commit', '-qam', 'cta');
    writeFileSync(join(dir, 'staged.md'), 'Unschlagbar gut.\n');
    git(dir, 'add', 'staged.md');
    writeFileSync(join(dir, 'staged.md'), 'Unschlagbar gut.\nJetzt kaufen!\n');
    writeFileSync(join(dir, 'new.md'), 'Das revolutionäre Brett.\n');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'ignored.md'), 'Jetzt kaufen!\n');
    const r = run(['--changed-since', 'main', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    // page.md:3 (unchanged hype) and old.md (unchanged file) are not reported.
    assert.deepEqual(found(r.stdout), ['new.md:1 push/hype', 'page.md:5 push/hard-cta', 'staged.md:1 push/hype', 'staged.md:2 push/hard-cta']);
    assert.deepEqual(json(r.stdout).map((f) => f.filePath.split('/').pop()).sort(), ['new.md', 'page.md', 'staged.md']);
  });

  it('counts a paragraph-level finding when any line of its paragraph changed, a word finding only on its own line', () => {
    const dir = repo();
    // Line 3 changes: the paragraph now talks only about "we" (sender-centred spans lines 1-3).
    writeFileSync(join(dir, 'team.txt'), 'We love our work. We build our tools.\nWe ship our code and the boards.\nOur team makes our products, we say.\n');
    const r = run(['--changed-since', 'main', '--voice', 'sells', '--format', 'json'], { cwd: dir });
    assert.deepEqual(found(r.stdout), ['team.txt:1 push/sender-centred']);
    // The same paragraph in the full run: the finding exists, it is not an artefact of the mode.
    assert.ok(found(run(['team.txt', '--voice', 'sells', '--format', 'json'], { cwd: dir }).stdout).includes('team.txt:1 push/sender-centred'));
  });

  it('diffs against the merge base, so changes on REF after the branch point are not counted', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'old.md'), 'Ein ruhiger Satz.\n');
    git(dir, 'commit', '-qam', 'calm');
    git(dir, 'checkout', '-q', 'feat');
    // feat still has the old "Jetzt kaufen!", which differs from main's tip but not from the merge base.
    const r = run(['--changed-since', 'main', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(found(r.stdout), []);
  });

  it('runs from a subfolder of the repository', () => {
    const dir = repo();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.md'), 'Jetzt kaufen!\n');
    const r = run(['--changed-since', 'main', '--format', 'json', '.'], { cwd: join(dir, 'sub') });
    assert.deepEqual(found(r.stdout), ['a.md:1 push/hard-cta']);
  });

  it('names an unknown ref, a folder outside git and a ref that looks like an option, exit 2', () => {
    const dir = repo();
    const unknown = run(['--changed-since', 'no-such-branch'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--changed-since: unknown ref "no-such-branch"/);
    const outside = run(['--changed-since', 'main'], { cwd: tempTree({ 'a.md': 'Text.\n' }) });
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /--changed-since: .*not a git repository/i);
    const option = run(['--changed-since=--output=x'], { cwd: dir });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /needs a git ref/);
    assert.match(run(['--changed-since', 'main', '--diff', '-'], { cwd: dir }).stderr, /either --changed-since or --diff/);
  });
});

describe('--diff', () => {
  it('reads a unified diff from standard input or a file and reports findings on the lines it adds', () => {
    const dir = repo();
    writeFileSync(join(dir, 'page.md'), '# Titel\n\nDas revolutionäre Messer.\n\nEin ruhiger Satz. Jetzt kaufen!\n');
    const diff = git(dir, 'diff');
    const fromStdin = run(['--diff', '-', '--format', 'json'], { cwd: dir, input: diff });
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    assert.deepEqual(found(fromStdin.stdout), ['page.md:5 push/hard-cta']);
    writeFileSync(join(dir, 'change.diff'), diff);
    assert.deepEqual(found(run(['--diff', 'change.diff', '--format', 'json'], { cwd: dir }).stdout), ['page.md:5 push/hard-cta']);
  });

  it('lints nothing when the diff touches no file copylint reads, and names a missing diff file', () => {
    const dir = repo();
    const none = run(['--diff', '-', '--format', 'json'], { cwd: dir, input: '' });
    assert.equal(none.code, 0);
    assert.deepEqual(json(none.stdout), []);
    const missing = run(['--diff', 'nope.diff'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--diff nope\.diff: cannot read \(ENOENT\)/);
  });
});
