import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { tempTree } from '../helpers/tmp';

const ROOT = resolve(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PAGE = '# Unser Messer\n\nDas revolutionäre Messer.\n';
// The test's own npm calls must not inherit settings of an `npm test` around it.
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
const CLI_ENV = { ...ENV, NO_COLOR: '1', LC_ALL: 'C.UTF-8' };

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: ENV });
  assert.equal(r.status, 0, `npm ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Packs the folder into dest and returns the tarball's path and file list. */
function pack(dir: string, dest: string, ...flags: string[]) {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', dest, ...flags], dir)) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path) };
}

// One pack of the real package and one install, shared by every case: as a team would get it from the registry.
describe('the npm package, packed and installed offline', () => {
  const tmp = tempTree({
    'config/package.json': JSON.stringify({ name: '@acme/copylint-config', version: '1.0.0', files: ['.copylintrc.json'] }),
    'config/.copylintrc.json': '{ "rules": { "push/hype": "error" } }\n',
    'site/package.json': JSON.stringify({ name: 'site', version: '1.0.0', private: true }),
    'site/page.md': PAGE,
    'site/team/.copylintrc.json': JSON.stringify({ $schema: '../node_modules/copylint/rules/schema/config.schema.json', extends: ['@acme/copylint-config'] }),
    'site/team/page.md': PAGE,
  });
  const site = join(tmp, 'site');
  const bin = join(site, 'node_modules', '.bin', 'copylint');
  let files: string[] = [];

  before(() => {
    mkdirSync(join(tmp, 'packs'));
    // --ignore-scripts: prepack's production build would rewrite the dist/ the other tests run.
    const copylint = pack(ROOT, join(tmp, 'packs'), '--ignore-scripts');
    files = copylint.files;
    const config = pack(join(tmp, 'config'), join(tmp, 'packs'));
    npm(['install', '--offline', '--no-audit', '--no-fund', copylint.tarball, config.tarball], site);
  });

  const copylint = (args: string[], cwd = site) => spawnSync(bin, args, { cwd, encoding: 'utf8', env: CLI_ENV });

  it('ships the bundles, rule data, docs and schemas, and no sources, tests or source maps', () => {
    for (const f of ['bin/copylint.js', 'dist/cli.js', 'dist/server.js', 'dist/lintWorker.js', 'dist/rules.json', 'dist/vendor/yaml.js', 'rules/push/hype.md', 'rules/push/hype.de.md', 'rules/push/hype.yaml', 'rules/schema/config.schema.json', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(f), f);
    }
    assert.deepEqual(files.filter((f) => /^(test|server|client|scripts|bench|examples)\/|\.(ts|map)$/.test(f)), []);
  });

  it('has no dependencies to install: the bundles carry their libraries', () => {
    assert.deepEqual(readFileSync(join(site, 'node_modules', '.package-lock.json'), 'utf8').match(/"node_modules\/[^"]+"/g)?.sort(), [
      '"node_modules/@acme/copylint-config"',
      '"node_modules/copylint"',
    ]);
  });

  it('`npx copylint` lints a file with the expected finding and exit code', () => {
    const r = spawnSync('npx', ['--offline', 'copylint', 'page.md', '--format', 'json'], { cwd: site, encoding: 'utf8', env: CLI_ENV });
    assert.equal(r.status, 0, r.stderr);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    assert.deepEqual(result.messages.map((m) => [m.ruleId, m.severity]), [['push/hype', 1]]);
  });

  it('the bin works from any folder and finds its rule docs and version', () => {
    const r = copylint(['--explain', 'push/hype'], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /push\/hype/);
    assert.match(copylint(['--explain', 'push/hype', '--message-language', 'de'], tmp).stdout, /## Wann die Regel anschlägt/);
    assert.equal(copylint(['--version'], tmp).stdout.trim(), VERSION);
  });

  it('resolves `extends` of a config package installed the same way, and the $schema path exists', () => {
    const r = copylint(['team/page.md']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /error.*push\/hype/);
    assert.ok(existsSync(join(site, 'node_modules', 'copylint', 'rules', 'schema', 'config.schema.json')));
  });

  it('a broken shared config is an error at the extends entry (exit 2)', () => {
    writeFileSync(join(site, 'team', '.copylintrc.json'), JSON.stringify({ extends: ['@acme/missing-config'] }));
    const r = copylint(['team/page.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /@acme\/missing-config/);
  });
});
