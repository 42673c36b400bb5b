import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const cheap = (examples: object) => ({ id: 'team/no-cheap', family: 'push', language: 'de', phrases: ['billig'], message: 'Sagen Sie günstig.', examples });
const config = (...custom: object[]) => JSON.stringify({ terms: { custom } });
const PASSING = cheap({ bad: ['Das billigste Angebot der Stadt.'], good: ['Ein günstiges Angebot.'] });

describe('copylint test', () => {
  it('passes when each bad example triggers its rule and no good one does', () => {
    const dir = tempTree({ '.copylintrc.json': config(PASSING, { id: 'team/kram', family: 'push', pattern: '\\w*kram', message: 'Kein Kram.' }) });
    const r = run(['test'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    // A rule without examples is not counted.
    assert.equal(r.stdout, '✔ 2 examples of 1 rule passed (.copylintrc.json).\n');
  });

  it('names each failing example and exits 1', () => {
    const dir = tempTree({ 'team.json': config(cheap({ bad: ['Das billigste Angebot.', 'Ein ruhiger Satz.'], good: ['Billig ist es.'] })) });
    const r = run(['test', 'team.json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(
      r.stdout,
      [
        '✖ team/no-cheap: bad example not flagged: "Ein ruhiger Satz."',
        '✖ team/no-cheap: good example flagged (team/no-cheap: Billig): "Billig ist es."',
        '',
        '2 of 3 examples failed (1 rule, team.json).',
        '',
      ].join('\n'),
    );
  });

  it('tests the rules of an extended rule pack, also where the config turns one off', () => {
    const dir = tempTree({
      'pack.json': config(cheap({ bad: ['Ein ruhiger Satz.'] })),
      '.copylintrc.json': JSON.stringify({ extends: './pack.json', rules: { 'team/no-cheap': 'off' } }),
    });
    const r = run(['test'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^✖ team\/no-cheap: bad example not flagged: "Ein ruhiger Satz\."$/m);
  });

  it('applies the allow list: an allowed phrase makes a bad example fail', () => {
    const dir = tempTree({ '.copylintrc.json': JSON.stringify({ terms: { allow: ['billigste'], custom: [PASSING] } }) });
    assert.equal(run(['test'], { cwd: dir }).code, 1);
  });

  it('says so when no custom rule has examples', () => {
    const dir = tempTree({ '.copylintrc.json': config({ id: 'team/kram', family: 'push', pattern: '\\w*kram', message: 'Kein Kram.' }) });
    const r = run(['test'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'No custom rule in .copylintrc.json has examples.\n');
  });

  it('exits 2 on a config error, a missing config or stray arguments', () => {
    const dir = tempTree({ 'bad.json': config(cheap({ bad: [1] })), 'typo.json': config(cheap({ bda: ['x'] })), 'sub/page.md': 'x\n' });
    const bad = run(['test', 'bad.json'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^copylint: config error: bad\.json:1:\d+: \/terms\/custom\/0\/examples\/bad\/0 must be string/);
    assert.equal(run(['test', 'typo.json'], { cwd: dir }).code, 2);
    assert.match(run(['test', 'nope.json'], { cwd: dir }).stderr, /no such config file: nope\.json/);
    assert.match(run(['test'], { cwd: dir }).stderr, /no config found here/);
    assert.equal(run(['test', 'bad.json', 'typo.json'], { cwd: dir }).code, 2);
    assert.equal(run(['test', '--fix'], { cwd: dir }).code, 2);
  });

  it('is a subcommand only in first place: ./test is still a folder to lint', () => {
    const dir = tempTree({ 'test/page.md': 'Das revolutionäre Messer.\n' });
    const r = run(['./test', '--format', 'json'], { cwd: dir });
    assert.equal(JSON.parse(r.stdout)[0].messages[0].ruleId, 'push/hype');
  });
});
