import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, linkSync, lstatSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { writeFixed } from '../../server/src/cli/writeFile';
import { CLI, json, run, runBytes } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';



const PAGE = '# Unser Messer\n\nDas revolutionäre Messer.\n\n```\nJetzt kaufen!!!\n```\n';

describe('copylint CLI (dist/cli.js)', () => {
  it('prints version, help and the rule list', () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(run(['--version']).stdout.trim(), pkg.version);
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--max-warnings/);
    const list = run(['--list-rules']);
    assert.equal(list.code, 0);
    assert.ok(list.stdout.trim().split('\n').length >= 18);
    assert.match(list.stdout, /push\/hype\s+warning\s+fixable/);
  });

  it('explains a rule with its doc, and refuses an unknown one', () => {
    const r = run(['--explain', 'push/hype']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^# push\/hype/);
    assert.match(r.stdout, /## What triggers it/);
    // In the message language: the German doc.
    assert.match(run(['--explain', 'push/hype', '--message-language', 'de']).stdout, /^# push\/hype[\s\S]*## Wann die Regel anschlägt/);
    const bad = run(['--explain', 'push/nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown rule "push\/nope"/);
  });

  it('lints a folder of Markdown, HTML and text; warnings exit 0, --max-warnings gates', () => {
    const dir = tempTree({ 'page.md': PAGE, 'site/index.html': '<p>Buy now!</p>', 'notes.txt': 'Ein ruhiger Satz.', 'image.png': Buffer.from([0x89, 0x50]) });
    const r = run(['.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /page\.md/);
    assert.match(r.stdout, /3:5\s+warning\s+Hype-Wort „revolutionäre“.*push\/hype/);
    assert.match(r.stdout, /site\/index\.html/);
    assert.doesNotMatch(r.stdout, /notes\.txt/);
    assert.match(r.stdout, /✖ \d+ problems \(0 errors, \d+ warnings\)/);
    assert.equal(run(['.', '--max-warnings', '0'], { cwd: dir }).code, 1);
    assert.equal(run(['.', '--max-warnings', '99'], { cwd: dir }).code, 0);
  });

  it('writes ESLint-compatible JSON with 1-based positions and fixes', () => {
    const dir = tempTree({ 'page.md': PAGE });
    const r = run(['page.md', '--format', 'json'], { cwd: dir });
    const [file] = json(r.stdout);
    assert.equal(file.filePath, join(dir, 'page.md'));
    const hype = file.messages.find((m) => m.ruleId === 'push/hype')!;
    assert.deepEqual([hype.line, hype.column, hype.endLine, hype.endColumn, hype.severity], [3, 5, 3, 18, 1]);
    assert.deepEqual(hype.fix, { range: [20, 34], text: "" });
    assert.equal(file.warningCount, file.messages.length);
    assert.equal(file.errorCount, 0);
    assert.ok(!file.messages.some((m) => m.ruleId === 'push/hard-cta'), 'code blocks are not linted');
  });

  it('--rule raises a severity to error (exit 1) or turns a rule off; --quiet shows errors only', () => {
    const dir = tempTree({ 'page.md': PAGE });
    const err = run(['page.md', '--rule', 'push/hype=error', '--format', 'json'], { cwd: dir });
    assert.equal(err.code, 1);
    assert.equal(json(err.stdout)[0].errorCount, 1);
    const quiet = run(['page.md', '--rule', 'push/hype=error', '--quiet', '--format', 'json'], { cwd: dir });
    assert.deepEqual(json(quiet.stdout)[0].messages.map((m) => m.ruleId), ['push/hype']);
    const off = run(['page.md', '--rule', 'push/hype=off', '--format', 'json'], { cwd: dir });
    assert.ok(!json(off.stdout)[0].messages.some((m) => m.ruleId === 'push/hype'));
    assert.equal(run(['page.md', '--rule', 'push/nope=off'], { cwd: dir }).code, 2);
  });

  it('reads stdin, with a file name for the format and config', () => {
    const md = run(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], { input: PAGE });
    assert.deepEqual(json(md.stdout)[0].messages.map((m) => m.ruleId), ['push/hype']);
    const txt = run(['--stdin', '--format', 'json'], { input: 'Jetzt kaufen!' });
    assert.equal(json(txt.stdout)[0].filePath, '<text>');
    assert.ok(json(txt.stdout)[0].messages.some((m) => m.ruleId === 'push/hard-cta'));
    assert.equal(run(['--stdin', '--fix'], { input: 'Das revolutionäre Messer.' }).stdout, 'Das Messer.');
  });

  it('--fix rewrites files in place, keeps their mode, and a second run changes nothing', () => {
    const dir = tempTree({ 'a.md': PAGE + '\nBuy now, the GAME-CHANGING knife!!!\n' });
    const file = join(dir, 'a.md');
    chmodSync(file, 0o640);
    const first = run(['--fix', 'a.md'], { cwd: dir });
    assert.notEqual(first.code, 2, first.stderr);
    const once = readFileSync(file, 'utf8');
    // "now" stays: removing it would leave "Buy, the knife!" (issue 12, item 6); hype and "!!!" go.
    assert.equal(once, '# Unser Messer\n\nDas Messer.\n\n```\nJetzt kaufen!!!\n```\n\nBuy now, the knife!\n');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    run(['--fix', 'a.md'], { cwd: dir });
    assert.equal(readFileSync(file, 'utf8'), once);
  });

  it('--fix leaves a read-only file untouched and reports it', () => {
    const dir = tempTree({ 'ro.md': PAGE });
    const file = join(dir, 'ro.md');
    chmodSync(file, 0o444);
    const r = run(['--fix', 'ro.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ro\.md: file is read-only/);
    assert.equal(readFileSync(file, 'utf8'), PAGE);
  });

  it('refuses to overwrite a file that changed since it was read', () => {
    const dir = tempTree({ 'a.md': 'old' });
    const file = join(dir, 'a.md');
    const original = readFileSync(file);
    writeFileSync(file, 'edited by someone else');
    assert.throws(() => writeFixed(file, original, 'fixed'), /changed since it was read/);
    assert.equal(readFileSync(file, 'utf8'), 'edited by someone else');
    // The in-place path (a hard-linked file) checks under its descriptor too.
    linkSync(file, join(dir, 'b.md'));
    assert.throws(() => writeFixed(file, original, 'fixed'), /changed since it was read/);
    assert.equal(readFileSync(file, 'utf8'), 'edited by someone else');
  });

  it('keeps what reaches the file between the last check and the rename (issue 12, item 3)', () => {
    const dir = tempTree({ 'a.md': 'Das REVOLUTIONÄRE Messer.\n', 'b.md': 'Das REVOLUTIONÄRE Messer.\n' });
    const a = join(dir, 'a.md');
    // An append: carried over to the end of the fixed file.
    assert.equal(writeFixed(a, readFileSync(a), 'Das Messer.\n', () => appendFileSync(a, 'Neu.\n')), 'renamed');
    assert.equal(readFileSync(a, 'utf8'), 'Das Messer.\nNeu.\n');
    // A rewrite: put back, and the fix reported as not written.
    const b = join(dir, 'b.md');
    assert.throws(() => writeFixed(b, readFileSync(b), 'Das Messer.\n', () => writeFileSync(b, 'Anders.\n')), /changed since it was read/);
    assert.equal(readFileSync(b, 'utf8'), 'Anders.\n');
  });

  it('loses no append while another process appends and the file is fixed over and over (issue 12, item 3)', async () => {
    const dir = tempTree({ 'a.md': '' });
    const file = join(dir, 'a.md');
    const LINES = 300;
    // Each line needs a fix; the appender pauses about 2 ms between lines. The old write lost some in most runs.
    const script = `const fs = require('fs'); for (let i = 0; i < ${LINES}; i++) { fs.appendFileSync(process.argv[1], 'Das REVOLUTIONÄRE Messer ' + i + '.\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2); }`;
    const appender = spawn(process.execPath, ['-e', script, file]);
    let done = false;
    appender.on('exit', () => (done = true));
    let fixes = 0;
    while (!done) {
      const original = readFileSync(file);
      const fixed = original.toString('utf8').replaceAll('REVOLUTIONÄRE ', '');
      try {
        if (fixed !== original.toString('utf8')) fixes += writeFixed(file, original, fixed) ? 1 : 0;
      } catch (err) {
        assert.match((err as Error).message, /changed since it was read/);
      }
      await new Promise((r) => setImmediate(r));
    }
    assert.ok(fixes >= 5, `only ${fixes} fixes were written while the lines were appended`);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const missing = Array.from({ length: LINES }, (_, i) => i).filter((i) => !lines.some((l) => l.endsWith(` ${i}.`)));
    assert.deepEqual(missing, [], `lost appends of ${LINES}`);
  });

  it('--fix through a symbolic link fixes its target and keeps the link', () => {
    const dir = tempTree({ 't.md': 'Unser REVOLUTIONÄRES Produkt.\n' });
    symlinkSync('t.md', join(dir, 'l.md'));
    run(['--fix', 'l.md'], { cwd: dir });
    assert.ok(lstatSync(join(dir, 'l.md')).isSymbolicLink());
    assert.doesNotMatch(readFileSync(join(dir, 't.md'), 'utf8'), /REVOLUTIONÄRES/);
  });

  it('--fix keeps hard links, owner, group and mode', { skip: process.getuid?.() !== 0 && 'needs root to set an owner' }, () => {
    const dir = tempTree({ 'a.md': 'Unser REVOLUTIONÄRES Produkt.\n', 'c.md': 'Das REVOLUTIONÄRE Messer.\n' });
    const a = join(dir, 'a.md');
    linkSync(a, join(dir, 'b.md'));
    const inode = statSync(a).ino;
    const c = join(dir, 'c.md');
    chownSync(c, 1234, 2345);
    chmodSync(c, 0o640);
    run(['--fix', 'a.md', 'c.md'], { cwd: dir });
    // The hard link: one inode, both names fixed.
    assert.equal(statSync(a).ino, inode);
    assert.equal(statSync(a).nlink, 2);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), readFileSync(a, 'utf8'));
    assert.doesNotMatch(readFileSync(a, 'utf8'), /REVOLUTIONÄRES/);
    // Owner, group and mode of a file replaced by rename.
    const st = statSync(c);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o777], [1234, 2345, 0o640]);
    assert.doesNotMatch(readFileSync(c, 'utf8'), /REVOLUTIONÄRE/);
  });

  it('--stdin refuses non-UTF-8 and binary input, as for files, and --fix keeps a BOM', () => {
    const latin1 = Buffer.from('Sch\xf6ne Gr\xfc\xdfe: Jetzt kaufen!!!\n', 'latin1');
    for (const args of [['--stdin'], ['--stdin', '--fix']]) {
      const r = runBytes(args, latin1);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /standard input: invalid UTF-8/);
      assert.equal(r.stdout.length, 0);
    }
    assert.match(runBytes(['--stdin'], Buffer.from([0x4a, 0x00, 0x01, 0x02])).stderr, /standard input: binary/);
    const bom = runBytes(['--stdin', '--fix', '--voice', 'sells'], Buffer.from('\uFEFFDas ist gut!!!\n', 'utf8'));
    assert.equal(bom.stdout.toString('utf8'), '\uFEFFDas ist gut!\n');
  });

  it('reads configs and ignore files only when they are small regular files (no FIFO, device or huge file)', () => {
    const dir = tempTree({ 'a.md': PAGE, 'b/.copylintrc.yaml': 'extends: /dev/zero\n', 'b/x.md': PAGE, 'd/.copylintrc.json': JSON.stringify({ terms: { allow: ['x'.repeat(1_100_000)] } }), 'd/y.md': PAGE });
    execFileSync('mkfifo', [join(dir, '.copylintrc.json')]);
    const fifo = run(['a.md'], { cwd: dir });
    assert.equal(fifo.code, 2);
    assert.match(fifo.stderr, /not a regular file/);
    const zero = run(['x.md'], { cwd: join(dir, 'b') });
    assert.equal(zero.code, 2);
    assert.match(zero.stderr, /\/dev\/zero.*not a regular file|not a regular file/);
    const huge = run(['y.md'], { cwd: join(dir, 'd') });
    assert.equal(huge.code, 2);
    assert.match(huge.stderr, /larger than 1 MB/);
    // An ignore file that is a FIFO is named, and the rest is still linted.
    const other = tempTree({ 'p.md': PAGE });
    execFileSync('mkfifo', [join(other, '.copylintignore')]);
    const r = run(['.', '--format', 'json'], { cwd: other });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.copylintignore: not a regular file/);
    assert.equal(json(r.stdout).length, 1);
  });

  it('--stdin --fix exits 1 while errors remain, as without --fix', () => {
    const r = run(['--stdin', '--fix', '--rule', 'push/hype=error'], { input: 'Das ist fantastisch.\n' });
    assert.equal(r.stdout, 'Das ist fantastisch.\n');
    assert.equal(r.code, 1);
    assert.equal(run(['--stdin', '--fix'], { input: 'Ein ruhiger Satz.\n' }).code, 0);
  });

  it('honours .gitignore, .copylintignore and config ignores', () => {
    const dir = tempTree({
      '.gitignore': 'build/\n',
      '.copylintignore': 'drafts/*.md\n',
      '.copylintrc.json': '{"ignores": ["legal/**"]}',
      'build/out.md': PAGE,
      'drafts/x.md': PAGE,
      'legal/terms.md': PAGE,
      'docs/sub/.gitignore': 'secret.md\n',
      'docs/sub/secret.md': PAGE,
      'docs/ok.md': PAGE,
    });
    const files = json(run(['.', '--format', 'json'], { cwd: dir }).stdout).map((f) => f.filePath.slice(dir.length + 1));
    assert.deepEqual(files, ['docs/ok.md']);
  });

  it('expands globs and reports patterns and paths that match nothing', () => {
    const dir = tempTree({ 'a/x.md': PAGE, 'b/y.html': '<p>Hallo</p>' });
    const r = run(['**/*.md', '--format', 'json'], { cwd: dir });
    assert.deepEqual(json(r.stdout).map((f) => f.filePath), [join(dir, 'a', 'x.md')]);
    const missing = run(['nope.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or directory: nope\.md/);
    const none = run(['**/*.txt'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No files matching the pattern "\*\*\/\*\.txt"/);
  });

  it('reports a folder with nothing to lint, as a glob that matches nothing, and still lints the other paths', () => {
    const dir = tempTree({ 'empty/notes.pdf': 'x', 'ignored/.gitignore': '*.md\n', 'ignored/x.md': PAGE, 'ok/y.md': PAGE });
    for (const folder of ['empty', 'ignored']) {
      const r = run([folder, 'ok', '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 2, folder);
      assert.match(r.stderr, new RegExp(`No files to lint in "${folder}": none ends in \\.txt, .*\\.md.*, or all are ignored`));
      assert.deepEqual(json(r.stdout).map((f) => f.filePath), [join(dir, 'ok', 'y.md')]);
    }
  });

  it('names binary and invalid UTF-8 files and exits 2, still linting the rest', () => {
    const dir = tempTree({ 'bin.md': Buffer.from([0x41, 0x00, 0x42]), 'latin1.md': Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'ok.md': PAGE });
    const r = run(['.', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bin\.md: binary file/);
    assert.match(r.stderr, /latin1\.md: invalid UTF-8/);
    assert.deepEqual(json(r.stdout).map((f) => f.filePath), [join(dir, 'ok.md')]);
  });

  it('reads any extends target, but quotes nothing of a file that is no config', () => {
    const dir = tempTree({ 'outside.yaml': 'secret_token: abc\nUmask: 0022\n', 'ws/a.md': PAGE, 'ws/.copylintrc.yaml': 'extends: ../outside.yaml\n' });
    const r = run(['a.md'], { cwd: join(dir, 'ws') });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config error: \.\.\/outside\.yaml:1:1: not a copylint config/);
    assert.doesNotMatch(r.stderr, /secret_token|Umask/);
    writeFileSync(join(dir, 'ws/.copylintrc.yaml'), 'extends: /proc/self/status\n');
    assert.doesNotMatch(run(['a.md'], { cwd: join(dir, 'ws') }).stderr, /Umask|VmPeak|Name/);
  });

  it('reports a bad config with file, line and key, exit 2', () => {
    const dir = tempTree({ '.copylintrc.yaml': 'rules:\n  push/hype: loud\n', 'a.md': PAGE });
    const r = run(['a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config error: \.copylintrc\.yaml:2:\d+: \/rules\/push~1hype must be one of/);
    assert.match(run(['a.md', '--message-language', 'de'], { cwd: dir }).stderr, /Fehler in der Konfiguration: \.copylintrc\.yaml:2:\d+: \/rules\/push~1hype muss einer dieser Werte sein: "off", /);
    const explicit = run(['a.md', '--config', 'missing.json'], { cwd: dir });
    assert.equal(explicit.code, 2);
    assert.match(explicit.stderr, /missing\.json:1:1: cannot read config: ENOENT/);
  });

  it('applies the nearest config and --config', () => {
    const dir = tempTree({ 'a/.copylintrc.json': '{"rules": {"push/hype": "error"}}', 'a/x.md': PAGE, 'b/y.md': PAGE, 'strict.yml': 'rules:\n  push/hype: off\n' });
    const r = json(run(['.', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(r.map((f) => f.errorCount), [1, 0]);
    const off = json(run(['.', '--format', 'json', '--config', 'strict.yml'], { cwd: dir }).stdout);
    assert.deepEqual(off.map((f) => f.messages.length), [0, 0]);
  });

  it('rejects unknown options and bad values with exit 2', () => {
    for (const args of [['--frobnicate'], ['--format', 'xml'], ['--max-warnings', '-1'], ['--lang', 'fr'], ['--rule', 'push/hype']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /copylint: /);
    }
  });

  it('pins the language with --lang', () => {
    const r = run(['--stdin', '--lang', 'en', '--format', 'json'], { input: 'Das revolutionäre Messer.' });
    assert.deepEqual(json(r.stdout)[0].messages, []);
  });

  it('writes the report to --output-file', () => {
    const dir = tempTree({ 'a.md': PAGE });
    const r = run(['a.md', '--format', 'json', '--output-file', 'report.json'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.equal(json(readFileSync(join(dir, 'report.json'), 'utf8'))[0].messages.length, 1);
  });

  it('fails on a suppression without a reason (exit 1)', () => {
    const r = run(['--stdin', '--stdin-filename', 'a.md'], { input: '<!-- copylint-disable-next-line push/hype -->\nDas revolutionäre Messer.' });
    assert.equal(r.code, 1);
    // A German page in a locale that is neither German nor English: the message is German.
    assert.match(r.stdout, /error\s+Die Anweisung „copylint-disable-next-line“ braucht eine Begründung.*copylint\/directive/);
  });
});

describe('a run that meets unreadable paths, caches and ignores (issue 12)', () => {
  it('names a folder it cannot read and a .gitignore that is a folder, lints the rest, exits 2 (item 14; unreadable even as root: a path longer than PATH_MAX)', () => {
    const dir = tempTree({ 'ok.md': PAGE, 'gi/.gitignore/x': '', 'gi/y.md': PAGE });
    // 21 folders of 200 characters: the innermost path is longer than PATH_MAX (4096), so readdir fails with ENAMETOOLONG.
    const deep = join(dir, 'deep');
    // Made by relative steps in a process of its own (sh's cd refuses such paths).
    const script = `const fs = require('fs'); const n = 'd'.repeat(200); fs.mkdirSync('deep'); process.chdir('deep');
      for (let i = 0; i < 21; i++) { fs.mkdirSync(n); process.chdir(n); } fs.writeFileSync('z.md', 'Jetzt kaufen!');`;
    try {
      execFileSync(process.execPath, ['-e', script], { cwd: dir });
      const r = run(['.', '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /cannot read folder \/.*\/d{200}: ENAMETOOLONG/);
      assert.match(r.stderr, /cannot read .*gi\/\.gitignore: not a regular file/);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.deepEqual(json(r.stdout).map((f) => f.filePath), [join(dir, 'gi', 'y.md'), join(dir, 'ok.md')]);
      // SARIF has a place for them: the run's tool execution notifications.
      const sarif = JSON.parse(run(['.', '--format', 'sarif'], { cwd: dir }).stdout);
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
      assert.ok(notes.some((t: string) => /ENAMETOOLONG/.test(t)) && notes.some((t: string) => /\.gitignore: not a regular file/.test(t)), notes.join('\n'));
      assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    } finally {
      // rm -rf walks by relative paths; removing the tree by absolute paths would hit the same limit.
      execFileSync('rm', ['-rf', deep]);
    }
  });

  it('warns once when the cache cannot be written and still prints the whole report (item 15; a location under a regular file, ENOTDIR even as root)', () => {
    const dir = tempTree({ 'a.md': PAGE, 'b.md': PAGE, 'file': '' });
    const r = run(['.', '--cache', '--cache-location', 'file/cache', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((r.stderr.match(/warning: cannot write the cache file\/cache \(ENOTDIR\)/g) ?? []).length, 1, r.stderr);
    assert.equal(json(r.stdout).length, 2);
  });

  it('finishes the report when a file vanishes during --fix --cache (item 15)', async () => {
    // Long enough that the lint after the fix takes a while: the file is deleted as soon as the fix is written.
    const text = 'Das revolutionäre Messer.\n\n'.repeat(20_000);
    const dir = tempTree({ 'a.md': text });
    const file = join(dir, 'a.md');
    const child = spawn(process.execPath, [CLI, '--fix', '--cache', 'a.md', '--format', 'json'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    for (let changed = false; !changed; ) {
      await new Promise((r) => setTimeout(r, 5));
      changed = readFileSync(file, 'utf8') !== text;
    }
    unlinkSync(file);
    const code = await exited;
    assert.doesNotMatch(stderr, /internal error/);
    assert.equal(code, 0, stderr);
    assert.equal((json(stdout)[0] as { output?: string }).output, 'Das Messer.\n\n'.repeat(20_000));
  });

  it('warns about a file named on the command line that the config ignores, as ESLint does (item 23)', () => {
    const dir = tempTree({ '.copylintrc.json': '{"ignores": ["legal/**"]}', 'legal/terms.md': PAGE, 'ok.md': PAGE });
    const r = run(['legal/terms.md', 'ok.md', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [ignored, ok] = json(r.stdout);
    assert.equal(ignored.filePath, join(dir, 'legal', 'terms.md'));
    assert.deepEqual(ignored.messages.map((m) => [m.ruleId, m.severity]), [['copylint/ignored', 1]]);
    assert.match(ignored.messages[0].message, /^File ignored because of a matching ignore pattern/);
    assert.equal(ok.filePath, join(dir, 'ok.md'));
    // A warning like any other: --max-warnings 0 fails; --no-warn-ignored drops it; a folder walk skips the file silently.
    assert.equal(run(['legal/terms.md', '--max-warnings', '0'], { cwd: dir }).code, 1);
    assert.deepEqual(json(run(['legal/terms.md', 'ok.md', '--format', 'json', '--no-warn-ignored'], { cwd: dir }).stdout).map((f) => f.filePath), [join(dir, 'ok.md')]);
    assert.deepEqual(json(run(['.', '--format', 'json'], { cwd: dir }).stdout).map((f) => f.filePath), [join(dir, 'ok.md')]);
  });

  it('accepts a JSON config that starts with a BOM (item 23)', () => {
    const dir = tempTree({ '.copylintrc.json': '\uFEFF{"rules": {"push/hype": "error"}}', 'a.md': PAGE });
    const r = run(['a.md', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(json(r.stdout)[0].errorCount, 1);
  });
});
