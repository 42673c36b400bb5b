import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { run } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];

// The real pre-commit (from PyPI) cannot run here, so the manifest is checked against its schema
// (MANIFEST_HOOK_DICT in pre_commit/clientlib.py) and the identify tags the hook selects by.
const REQUIRED = ['id', 'name', 'entry', 'language'];
const OPTIONAL: Record<string, 'string' | 'boolean' | 'string[]'> = {
  alias: 'string', files: 'string', exclude: 'string', types: 'string[]', types_or: 'string[]', exclude_types: 'string[]',
  additional_dependencies: 'string[]', args: 'string[]', always_run: 'boolean', fail_fast: 'boolean', pass_filenames: 'boolean',
  description: 'string', language_version: 'string', log_file: 'string', minimum_pre_commit_version: 'string',
  require_serial: 'boolean', stages: 'string[]', verbose: 'boolean',
};
// identify's tags for the extensions copylint lints (identify/extensions.py).
const IDENTIFY_TAGS = { md: 'markdown', markdown: 'markdown', mdx: 'mdx', html: 'html', htm: 'html', txt: 'plain-text' };

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('has one hook whose keys and value types are in pre-commit’s manifest schema', () => {
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    for (const key of REQUIRED) assert.equal(typeof hook[key], 'string', key);
    for (const [key, value] of Object.entries(hook)) {
      if (REQUIRED.includes(key)) continue;
      const type = OPTIONAL[key];
      assert.ok(type, `unknown key ${key}`);
      if (type === 'string[]') assert.ok(Array.isArray(value) && value.every((v) => typeof v === 'string'), key);
      else assert.equal(typeof value, type, key);
    }
  });

  it('runs the package’s bin with node on the files copylint lints, with flags it knows', () => {
    const [hook] = hooks;
    assert.equal(hook.language, 'node');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.ok(pkg.bin[hook.entry as string]);
    assert.deepEqual([...(hook.types_or as string[])].sort(), [...new Set(Object.values(IDENTIFY_TAGS))].sort());
    const help = run(['--help']).stdout;
    for (const flag of hook.args as string[]) assert.match(help, new RegExp(`^\\s+${flag}\\b`, 'm'), flag);
  });

  it('`npm pack`, which pre-commit reads the tarball name from, prints no prepack banner', () => {
    // pre-commit takes npm pack's standard output as the file name; .npmrc keeps the build's banner off it.
    const r = spawnSync('npm', ['config', 'get', 'foreground-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), 'false');
  });
});
