import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { tempTree } from '../helpers/tmp';
import { run } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: { shell?: string; run?: string; env?: Record<string, string> }[] };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const script = action.runs.steps.map((s) => s.run ?? '').join('\n');

const COMMITTED = '# Unser Messer\n\nDas revolutionäre Messer.\n';
const CHANGED = `${COMMITTED}\nEin revolutionäres Angebot.\n`;

/**
 * Runs the action's step the way a runner does (`bash -eo pipefail`, inputs as INPUT_* variables)
 * in a project whose node_modules/.bin/copylint is this build.
 */
function runAction(inputs: Record<string, string>, files: Record<string, string> = { 'page.md': CHANGED }) {
  const dir = tempTree({ ...files, 'summary.md': '' });
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(ROOT, 'bin', 'copylint.js'), join(dir, 'node_modules', '.bin', 'copylint'));
  const env: Record<string, string> = { ...process.env, NO_COLOR: '1', LC_ALL: 'C.UTF-8', GITHUB_ACTION_PATH: ROOT, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default ?? '';
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
  if (inputs['changed-since']) {
    git('init', '-q');
    writeFileSync(join(dir, 'page.md'), COMMITTED);
    git('add', 'page.md');
    git('commit', '-qm', 'page');
    writeFileSync(join(dir, 'page.md'), CHANGED);
  }
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(join(dir, 'summary.md'), 'utf8') };
}

describe('GitHub Action (action.yml)', () => {
  it('is a composite action with the documented inputs, each passed to its step', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'format', 'min-severity', 'changed-since']);
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description, name);
      assert.ok(action.runs.steps.some((s) => Object.values(s.env ?? {}).includes(`\${{ inputs.${name} }}`)), name);
    }
    // A composite step must name its shell; and no ${{ }} in the script, where an input would become code.
    for (const step of action.runs.steps) assert.equal(step.shell, 'bash');
    assert.doesNotMatch(script, /\$\{\{/);
  });

  it('uses only flags that `copylint --help` lists', () => {
    const help = run(['--help']).stdout;
    const flags = [...new Set(script.match(/(?<![\w-])--[a-z][a-z-]*/g))].filter((f) => !['--yes', '--package'].includes(f));
    assert.deepEqual(flags.sort(), ['--changed-since', '--format', '--min-severity']);
    for (const flag of flags) assert.match(help, new RegExp(`^\\s+${flag}\\b`, 'm'), flag);
  });

  it('writes annotations and a job summary; the exit code is the lint’s', () => {
    const r = runAction({});
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^::warning file=page\.md,line=3,.*title=push\/hype::/m);
    assert.match(r.stdout, /^::warning file=page\.md,line=5,/m);
    assert.match(r.summary, /^### copylint: 2 problems/m);
    assert.match(r.summary, /\| push\/hype \| page\.md:5:5 \|/);
  });

  it('passes min-severity and several paths on, and a failing lint still gets its summary', () => {
    const files = { 'page.md': CHANGED, 'cta.md': 'Jetzt kaufen!\n', '.copylintrc.json': '{"rules": {"push/hype": "error"}}' };
    assert.match(runAction({ paths: 'page.md\ncta.md' }, files).stdout, /^::warning file=cta\.md,.*title=push\/hard-cta::/m);
    const r = runAction({ 'min-severity': 'error', paths: 'page.md\ncta.md' }, files);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^::error file=page\.md,line=3,/m);
    assert.doesNotMatch(r.stdout, /::warning/);
    assert.match(r.summary, /^### copylint: 2 problems \(2 errors, 0 warnings/m);
    const bad = runAction({ 'min-severity': 'bogus' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bogus/);
  });

  it('with changed-since, reports only the changed lines', () => {
    const r = runAction({ 'changed-since': 'HEAD' });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /line=3,/);
    assert.match(r.stdout, /^::warning file=page\.md,line=5,/m);
    assert.match(r.summary, /^### copylint: 1 problem/m);
  });
});
