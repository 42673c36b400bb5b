import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publishedBase, reportDocUrl } from '../../server/src/node/ruleLinks';
import { readRuleData } from '../../server/src/node/ruleFiles';
import { run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const ROOT = resolve(__dirname, '..', '..');
const PAGE = '# Unser Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n\nThe game-changing knife. Buy now!\n';
const FORMATS = ['stylish', 'json', 'sarif', 'rdjsonl', 'gitlab', 'checkstyle', 'markdown', 'github', 'junit', 'html'];
const LINK = /\b(?:https?|file):\/\/[^\s"'<>)\]]+/g;
// Links every format may carry that are not the product's own: JSON schema and format specs.
const SPEC_HOSTS = ['json.schemastore.org'];

const links = (text: string) => [...text.matchAll(LINK)].map((m) => m[0]).filter((l) => !SPEC_HOSTS.includes(new URL(l).hostname));

describe('published rule links (package.json repository)', () => {
  it('reads the forms package.json allows, pinned to the version', () => {
    const page = 'https://github.com/acme/copylint';
    for (const repository of ['github:acme/copylint', 'acme/copylint', 'git+https://github.com/acme/copylint.git', { url: 'https://github.com/acme/copylint' }]) {
      assert.deepEqual(publishedBase({ version: '1.2.0', repository }), { page, files: `${page}/blob/v1.2.0/` }, JSON.stringify(repository));
    }
    assert.equal(publishedBase({ version: '1.2.0', homepage: 'https://gitlab.com/acme/copylint#readme' })?.page, 'https://gitlab.com/acme/copylint');
  });

  it('links nowhere without a repository page it knows how to address', () => {
    assert.equal(publishedBase({ version: '1.2.0' }), undefined);
    assert.equal(publishedBase({ version: '1.2.0', homepage: 'https://copylint.example' }), undefined);
    assert.equal(publishedBase({ version: '1.2.0', repository: 'not a url' }), undefined);
  });

  it('gives every bundled rule a link in each language whose path is a bundled doc', () => {
    const pkg = { version: '1.2.0', repository: 'github:acme/copylint' };
    for (const { id } of readRuleData().rules) {
      for (const lang of ['de', 'en'] as const) {
        const url = reportDocUrl(id, pkg, lang)!;
        const path = url.slice(publishedBase(pkg)!.files.length);
        assert.ok(existsSync(join(ROOT, path)), url);
      }
    }
    assert.equal(reportDocUrl('push/hype', pkg, 'de'), `${publishedBase(pkg)!.files}rules/push/hype.de.md`);
    assert.equal(reportDocUrl('push/hype', pkg, 'en'), `${publishedBase(pkg)!.files}rules/push/hype.md`);
  });

  it('links each rule of the CLI formats to its bundled doc in the message language when the package names its repository', () => {
    // A copy of the built package, as a release with a repository would be installed.
    const pkgDir = tempTree({ 'page.md': PAGE });
    for (const dir of ['dist', 'rules']) cpSync(join(ROOT, dir), join(pkgDir, dir), { recursive: true, filter: (f) => !f.endsWith('.map') });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ ...pkg, repository: 'github:acme/copylint' }));
    const base = `https://github.com/acme/copylint/blob/v${pkg.version}/`;
    let linked = 0;
    for (const lang of ['de', 'en']) {
      for (const format of FORMATS) {
        const r = spawnSync(process.execPath, [join(pkgDir, 'dist', 'cli.js'), 'page.md', '--format', format, '--message-language', lang], { cwd: pkgDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        assert.equal(r.status, 0, `${format}: ${r.stderr}`);
        // SARIF's source root is a file: link; the package's page is SARIF's informationUri.
        for (const link of links(r.stdout).filter((l) => l.startsWith('https:'))) {
          if (link === 'https://github.com/acme/copylint') continue;
          assert.ok(link.startsWith(base) && existsSync(join(ROOT, link.slice(base.length))), `${format}: ${link}`);
          assert.equal(link.endsWith('.de.md'), lang === 'de', `${format} ${lang}: ${link}`);
          linked++;
        }
      }
    }
    assert.ok(linked > 0, 'no format linked a rule');
  });
});

describe('links in this package', () => {
  it('no output of the CLI links a made-up host; what links remain are bundled docs', () => {
    const dir = tempTree({ 'page.md': PAGE });
    for (const format of FORMATS) {
      const r = run(['page.md', '--format', format], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(!r.stdout.includes('github.com/copylint'), format);
      for (const link of links(r.stdout)) {
        // SARIF names the source root; anything else would be a rule doc.
        assert.ok(link.startsWith('file:'), `${format}: ${link}`);
        const path = fileURLToPath(link);
        assert.ok(path === dir + '/' || existsSync(path), `${format}: ${link}`);
      }
    }
  });

  it('no shipped text names a made-up host', () => {
    for (const file of ['package.json', 'rules/schema/config.schema.json', 'rules/schema/rule.schema.json', 'README.md']) {
      assert.ok(!readFileSync(join(ROOT, file), 'utf8').includes('github.com/copylint'), file);
    }
  });
});
