import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempTree } from '../helpers/tmp';
import { json, run } from '../helpers/cli';

const PAGE = '# Titel\n\nDas revolutionäre Messer. Jetzt kaufen!\n\nEin ruhiger Satz.\n';
const found = (stdout: string) => json(stdout).flatMap((f) => f.messages.map((m) => `${f.filePath.split('/').pop()}:${m.line} ${m.ruleId}`));

describe('--write-baseline and --baseline', () => {
  it('records the findings, then reports only new ones, also after edits elsewhere in the file', () => {
    const dir = tempTree({ 'page.md': PAGE, 'docs/other.md': 'Unschlagbar gut.\n' });
    const w = run(['--write-baseline', 'copylint-baseline.json'], { cwd: dir });
    assert.equal(w.code, 0, w.stderr);
    assert.equal(w.stdout, '');
    assert.match(w.stderr, /wrote copylint-baseline\.json: 3 findings; 0 fixed since the last baseline dropped out/);
    const file = JSON.parse(readFileSync(join(dir, 'copylint-baseline.json'), 'utf8'));
    assert.deepEqual(file.entries[0], { rule: 'push/hype', file: 'docs/other.md', text: 'Unschlagbar gut.', count: 1 });
    assert.deepEqual(found(run(['--baseline', 'copylint-baseline.json', '--format', 'json'], { cwd: dir }).stdout), []);
    // A paragraph above moves every line; a second "Jetzt kaufen!" in the same sentence's text, elsewhere, is new.
    writeFileSync(join(dir, 'page.md'), '# Titel\n\nNeu: ein Absatz oben.\n\nDas revolutionäre  Messer.\nJetzt kaufen!\n\nEin ruhiger Satz. Jetzt kaufen!\n');
    const r = run(['--baseline', 'copylint-baseline.json', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(found(r.stdout), ['page.md:8 push/hard-cta']);
  });

  it('drops fixed findings when the baseline is rewritten, and says how many', () => {
    const dir = tempTree({ 'page.md': PAGE });
    run(['--write-baseline', 'b.json'], { cwd: dir });
    writeFileSync(join(dir, 'page.md'), '# Titel\n\nDas gute Messer. Jetzt kaufen!\n');
    const w = run(['--write-baseline', 'b.json'], { cwd: dir });
    assert.equal(w.code, 0);
    assert.match(w.stderr, /wrote b\.json: 1 finding; 1 fixed since the last baseline dropped out/);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).entries.map((e: { rule: string }) => e.rule), ['push/hard-cta']);
    // The hype word comes back: it is new again.
    writeFileSync(join(dir, 'page.md'), PAGE);
    assert.deepEqual(found(run(['--baseline', 'b.json', '--format', 'json'], { cwd: dir }).stdout), ['page.md:3 push/hype']);
  });

  it('names files relative to the baseline, so a run from another folder matches them', () => {
    const dir = tempTree({ 'site/page.md': PAGE });
    run(['site', '--write-baseline', 'b.json'], { cwd: dir });
    assert.deepEqual(found(run(['.', '--baseline', '../b.json', '--format', 'json'], { cwd: join(dir, 'site') }).stdout), []);
  });

  it('refuses a bad baseline with a clear error, exit 2, and never overwrites a file that is not one', () => {
    const dir = tempTree({ 'page.md': PAGE, 'notes.json': '{"notes": true}\n', 'broken.json': '{', 'entry.json': '{"version": 1, "entries": [{"rule": "push/hype", "file": "page.md", "count": 0}]}' });
    const cases: [string, RegExp][] = [
      ['missing.json', /--baseline missing\.json: cannot read \(ENOENT\)/],
      ['broken.json', /--baseline broken\.json: not JSON/],
      ['notes.json', /--baseline notes\.json: not a copylint baseline of version 1/],
      ['entry.json', /--baseline entry\.json: entry 1 needs "rule", "file" and "text" strings and a "count" of at least 1/],
    ];
    for (const [file, message] of cases) {
      const r = run(['--baseline', file], { cwd: dir });
      assert.equal(r.code, 2, file);
      assert.match(r.stderr, message);
    }
    const w = run(['--write-baseline', 'notes.json'], { cwd: dir });
    assert.equal(w.code, 2);
    assert.match(w.stderr, /--write-baseline notes\.json: the file there is not a baseline, so it is not overwritten/);
    assert.equal(readFileSync(join(dir, 'notes.json'), 'utf8'), '{"notes": true}\n');
    assert.match(run(['--baseline', 'a.json', '--write-baseline', 'b.json'], { cwd: dir }).stderr, /either --baseline or --write-baseline/);
    // A folder (or a FIFO) is refused before it is read, as a config is.
    assert.match(run(['--baseline', '.'], { cwd: dir }).stderr, /--baseline \.: cannot read \(not a regular file\)/);
  });

  it("honours the config's \"baseline\" (relative to the config), unless --baseline names another", () => {
    const dir = tempTree({ 'site/page.md': PAGE, 'site/.copylintrc.json': '{"baseline": "../copy/baseline.json"}\n', 'copy/empty.json': '{"version": 1, "entries": []}\n' });
    // Writing one records every finding, whatever the config's baseline says.
    const w = run(['site', '--write-baseline', 'copy/baseline.json'], { cwd: dir });
    assert.equal(w.code, 0);
    assert.match(w.stderr, /wrote copy\/baseline\.json: 2 findings; 0 fixed/);
    assert.deepEqual(found(run(['site', '--format', 'json'], { cwd: dir }).stdout), []);
    assert.deepEqual(found(run(['--stdin', '--stdin-filename', 'site/page.md', '--format', 'json'], { cwd: dir, input: PAGE }).stdout), []);
    assert.deepEqual(found(run(['site', '--baseline', 'copy/empty.json', '--format', 'json'], { cwd: dir }).stdout), ['page.md:3 push/hype', 'page.md:3 push/hard-cta']);
    assert.match(run(['site/page.md', '--print-config', 'site/page.md'], { cwd: dir }).stdout, /"baseline": ".*copy\/baseline\.json"/);
  });

  it("refuses a config's baseline that is missing or malformed, exit 2, naming the config", () => {
    const dir = tempTree({ 'page.md': PAGE, '.copylintrc.yaml': 'baseline: baseline.json\n' });
    const r = run(['page.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /copylint: baseline baseline\.json \(the "baseline" of \.copylintrc\.yaml\): cannot read \(ENOENT\)/);
    writeFileSync(join(dir, 'baseline.json'), '[]');
    assert.match(run(['page.md'], { cwd: dir }).stderr, /baseline baseline\.json .*: not a copylint baseline of version 1/);
  });
});
