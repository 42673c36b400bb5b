import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI, json, run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const DE = 'Das revolutionäre Messer.\n';

describe('copylint CLI: --message-language and messageLanguage (dist/cli.js)', () => {
  it('writes messages, fix titles and the stylish summary in the language asked for', () => {
    const dir = tempTree({ 'a.md': DE });
    const en = run(['a.md', '--message-language', 'en'], { cwd: dir });
    assert.match(en.stdout, /1:5 +warning +Hype word “revolutionäre”/);
    assert.match(en.stdout, /✖ 1 problem \(0 errors, 1 warning\)\n  1 potentially fixable/);
    const de = run(['a.md', '--message-language', 'de'], { cwd: dir });
    assert.match(de.stdout, /1:5 +Warnung +Hype-Wort „revolutionäre“/);
    assert.match(de.stdout, /✖ 1 Problem \(0 Fehler, 1 Warnung\)\n  Eines lässt sich voraussichtlich mit der Option `--fix` beheben\./);
    const suggestion = json(run(['a.md', '--message-language', 'de', '--format', 'json'], { cwd: dir }).stdout)[0].messages[0].suggestions as { desc: string }[];
    assert.equal(suggestion[0].desc, '„revolutionäre“ streichen');
  });

  it('reads the config key, lets the flag win, and refuses other values', () => {
    const dir = tempTree({ 'a.md': 'The game-changing blender.\n', '.copylintrc.json': '{"messageLanguage": "de"}' });
    assert.match(run(['a.md'], { cwd: dir }).stdout, /Hype-Wort „game-changing“/);
    assert.match(run(['a.md', '--message-language', 'en'], { cwd: dir }).stdout, /Hype word “game-changing”/);
    const bad = run(['a.md', '--message-language', 'fr'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--message-language must be auto, de or en, not "fr"/);
  });

  it('follows a German or English locale under auto', () => {
    const dir = tempTree({ 'a.md': DE });
    const withLocale = (LC_ALL: string) => spawnSync(process.execPath, [CLI, 'a.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LC_ALL } }).stdout;
    assert.match(withLocale('en_US.UTF-8'), /Hype word “revolutionäre”[^\n]*\n\n✖ 1 problem/);
    assert.match(withLocale('de_DE.UTF-8'), /Hype-Wort „revolutionäre“[^\n]*\n\n✖ 1 Problem/);
  });
});
