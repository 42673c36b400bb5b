import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, ConfigResolver, type RuleCatalog } from '../../server/src/node/configResolver';
import { ConfigSource } from '../../server/src/node/configFile';
import { engineFor } from '../../server/src/node/engine';
import { engine } from '../helpers/engine';
import { tempTree } from '../helpers/tmp';

const catalog: RuleCatalog = { has: engine.isKnownRule, options: (id) => engine.pack.byId.get(id)?.spec.options };
const resolver = () => new ConfigResolver(catalog);

/** The resolved config for `file` in a temp tree. */
function configIn(files: Record<string, string>, file = 'page.md') {
  const dir = tempTree({ [file]: '', ...files });
  return { dir, config: resolver().forFile(join(dir, file)) };
}

function configError(files: Record<string, string>, file = 'page.md'): ConfigError {
  try {
    configIn(files, file);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err;
  }
  assert.fail('expected a ConfigError');
}

describe('config files', () => {
  it('reads rules (severity and options), language and ignores from JSON', () => {
    const { dir, config } = configIn({
      '.copylintrc.json': JSON.stringify({ language: 'de', rules: { 'push/hype': 'off', 'push/exclamation-density': ['error', { maxPer100Words: 3 }], 'push/urgency': 2 }, ignores: ['legal/**'] }),
    });
    assert.equal(config.language, 'de');
    assert.deepEqual(config.rules, { 'push/hype': 'off', 'push/exclamation-density': 'error', 'push/urgency': 'error' });
    assert.deepEqual(config.ruleOptions, { 'push/exclamation-density': { maxPer100Words: 3 } });
    assert.deepEqual(config.ignores, [{ base: dir, patterns: ['legal/**'] }]);
    assert.deepEqual(config.files, [join(dir, '.copylintrc.json')]);
  });

  it('reads YAML and the "copylint" key of package.json', () => {
    assert.deepEqual(configIn({ '.copylintrc.yaml': 'rules:\n  push/hype: warn\n' }).config.rules, { 'push/hype': 'warning' });
    const { config } = configIn({ 'package.json': JSON.stringify({ name: 'site', copylint: { rules: { 'push/hype': 'error' } } }) });
    assert.deepEqual(config.rules, { 'push/hype': 'error' });
  });

  it('names file, line and key of an unknown key', () => {
    const e = configError({ '.copylintrc.json': '{\n  "rules": {},\n  "colour": "red"\n}\n' });
    assert.equal(e.line, 3);
    assert.match(e.detail, /unknown key "colour"/);
    assert.match(e.message, /\.copylintrc\.json:3:3:/);
  });

  it('names the line of an unknown rule id, also inside package.json', () => {
    const e = configError({ '.copylintrc.yml': 'rules:\n  push/hype: warn\n  push/hyp: off\n' });
    assert.equal(e.line, 3);
    assert.match(e.detail, /unknown rule "push\/hyp"/);
    const p = configError({ 'package.json': '{\n  "name": "x",\n  "copylint": {\n    "rules": { "push/nope": "off" }\n  }\n}\n' });
    assert.equal(p.line, 4);
    assert.match(p.detail, /unknown rule "push\/nope"/);
  });

  it('rejects a bad severity, a malformed rule id and an unknown option', () => {
    assert.match(configError({ '.copylintrc.json': '{"rules": {"push/hype": "loud"}}' }).detail, /must be one of/);
    assert.match(configError({ '.copylintrc.json': '{"rules": {"Push Hype": "warn"}}' }).detail, /not a rule id/);
    const e = configError({ '.copylintrc.yaml': 'rules:\n  push/exclamation-density:\n    - warn\n    - maxPerHundred: 3\n' });
    assert.match(e.detail, /no option "maxPerHundred"/);
    assert.equal(e.line, 4);
  });

  it('says each problem in German too', () => {
    assert.equal(configError({ '.copylintrc.json': '{"colour": "red"}' }).detailIn('de'), 'unbekannter Schlüssel „colour“');
    assert.equal(configError({ '.copylintrc.yml': 'rules:\n  push/hyp: off\n' }).detailIn('de'), 'unbekannte Regel „push/hyp“ (siehe copylint --list-rules)');
    assert.match(configError({ '.copylintrc.yaml': 'rules: [unclosed\n' }).detailIn('de'), /^ungültiges YAML: /);
  });

  it('reports invalid JSON and YAML with a position', () => {
    const json = configError({ '.copylintrc.json': '{\n  "rules": {\n    "push/hype" "off"\n  }\n}' });
    assert.deepEqual([json.detail, json.line, json.column], ['invalid JSON: colon expected', 3, 17]);
    assert.match(configError({ '.copylintrc.yaml': 'rules: [unclosed\n' }).detail, /invalid YAML/);
    assert.match(configError({ '.copylintrc.yaml': 'language: fr\n' }).detail, /language must be one of "auto", "de", "en"/);
  });

  it('finds the nearest config upwards', () => {
    const dir = tempTree({ '.copylintrc.json': '{}', 'a/b/c.md': '', 'a/.copylintrc.yaml': 'rules: {}' });
    const r = resolver();
    assert.equal(r.find(join(dir, 'a', 'b')), join(dir, 'a', '.copylintrc.yaml'));
    assert.equal(r.find(dir), join(dir, '.copylintrc.json'));
  });
});

describe('extends', () => {
  it('merges a chain of relative paths: later entries override earlier ones, own keys override all', () => {
    const { dir, config } = configIn({
      'base/a.yaml': 'language: de\nrules:\n  push/hype: error\n  push/urgency: error\n  push/exclamation-density: [warn, {maxPer100Words: 2}]\n',
      'base/b.json': '{"extends": "./a.yaml", "rules": {"push/urgency": "off", "push/exclamation-density": "error"}}',
      '.copylintrc.yaml': 'extends: [./base/b.json]\nrules:\n  push/hype: warn\n',
    });
    assert.equal(config.language, 'de');
    assert.deepEqual(config.rules, { 'push/hype': 'warning', 'push/urgency': 'off', 'push/exclamation-density': 'error' });
    // A severity-only setting keeps the options it extends.
    assert.deepEqual(config.ruleOptions, { 'push/exclamation-density': { maxPer100Words: 2 } });
    assert.deepEqual(config.files, [join(dir, 'base', 'a.yaml'), join(dir, 'base', 'b.json'), join(dir, '.copylintrc.yaml')]);
  });

  it('loads shared configs from npm packages in node_modules (main, package.json key, subpath, scoped)', () => {
    const { config } = configIn({
      'node_modules/copylint-config-acme/package.json': '{"name": "copylint-config-acme", "main": "config.yaml"}',
      'node_modules/copylint-config-acme/config.yaml': 'rules:\n  push/hype: error\n',
      'node_modules/@team/copy/package.json': '{"name": "@team/copy", "copylint": {"rules": {"push/urgency": "error"}}}',
      'node_modules/@team/copy/strict.json': '{"rules": {"push/bargain": "error"}}',
      'site/.copylintrc.json': '{"extends": ["copylint-config-acme", "@team/copy", "@team/copy/strict.json"]}',
    }, 'site/page.md');
    assert.deepEqual(config.rules, { 'push/hype': 'error', 'push/urgency': 'error', 'push/bargain': 'error' });
  });

  it('refuses a package whose config would be code', () => {
    const e = configError({
      'node_modules/evil/package.json': '{"name": "evil", "main": "index.js"}',
      'node_modules/evil/index.js': 'process.exit(3)',
      '.copylintrc.json': '{"extends": "evil"}',
    });
    assert.match(e.detail, /not JSON or YAML \(configs are data only/);
  });

  it('offers the built-in presets', () => {
    const strict = configIn({ '.copylintrc.json': '{"extends": "copylint:strict"}' }).config;
    assert.equal(strict.rules['push/hype'], 'error');
    assert.equal(strict.ruleOptions['push/exclamation-density'].maxPer100Words, 3);
    const press = configIn({ '.copylintrc.json': '{"extends": "copylint:press-release"}' }).config;
    assert.equal(press.rules['push/sender-centred'], 'off');
    for (const p of ['recommended', 'landing-page', 'social-post']) {
      assert.doesNotThrow(() => configIn({ '.copylintrc.json': `{"extends": "copylint:${p}"}` }));
    }
    assert.match(configError({ '.copylintrc.json': '{"extends": "copylint:lenient"}' }).detail, /unknown preset "copylint:lenient" \(presets: copylint:recommended, copylint:strict/);
  });

  it('reports cycles and missing targets at the extends entry', () => {
    const cycle = configError({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', '.copylintrc.yaml': 'rules: {}\nextends: ./a.yaml\n' });
    assert.match(cycle.detail, /extends cycle: .*a\.yaml → .*b\.yaml → .*a\.yaml/);
    const self = configError({ '.copylintrc.yaml': 'extends: ./.copylintrc.yaml\n' });
    assert.match(self.detail, /extends cycle/);
    const missing = configError({ '.copylintrc.yaml': 'rules: {}\nextends:\n  - ./nope.yaml\n' });
    assert.match(missing.detail, /extends "\.\/nope\.yaml": no such file/);
    assert.equal(missing.line, 3);
    assert.match(configError({ '.copylintrc.json': '{"extends": "not-installed"}' }).detail, /package not found in node_modules/);
  });
});

describe('overrides', () => {
  it('applies matching overrides in order, relative to their config', () => {
    const files = {
      '.copylintrc.yaml': [
        'rules:',
        '  push/hype: warn',
        'overrides:',
        '  - files: ["press/**/*.md"]',
        '    rules: {push/hype: error}',
        '    language: de',
        '  - files: ["press/archive/**"]',
        '    rules: {push/hype: off}',
        '  - files: ["**/*.md"]',
        '    excludedFiles: ["press/**"]',
        '    rules: {push/urgency: off}',
      ].join('\n'),
    };
    const dir = tempTree({ ...files, 'press/a.md': '', 'press/archive/b.md': '', 'blog/c.md': '' });
    const r = resolver();
    assert.deepEqual([r.forFile(join(dir, 'press/a.md')).rules, r.forFile(join(dir, 'press/a.md')).language], [{ 'push/hype': 'error' }, 'de']);
    assert.deepEqual(r.forFile(join(dir, 'press/archive/b.md')).rules, { 'push/hype': 'off' });
    assert.deepEqual(r.forFile(join(dir, 'blog/c.md')).rules, { 'push/hype': 'warning', 'push/urgency': 'off' });
  });
});

describe('team vocabulary', () => {
  it('never flags allowed words and phrases', () => {
    const { config } = configIn({ '.copylintrc.json': '{"terms": {"allow": ["Unschlagbar Pro", "game-changing"]}}' });
    const lint = (text: string) => engineFor(config.custom).lint(text, { format: 'plaintext', allow: config.allow }).findings.map((f) => f.match);
    assert.deepEqual(lint('Der neue Unschlagbar Pro ist da. Das unschlagbare Gerät.'), ['unschlagbare']);
    assert.deepEqual(lint('A game-changing idea.'), []);
  });

  it('adds custom phrase rules in both languages, with inflection and a fix', () => {
    const { config } = configIn({
      '.copylintrc.yaml': [
        'terms:',
        '  custom:',
        '    - id: team/cheap',
        '      family: push',
        '      severity: error',
        '      language: any',
        '      phrases: [billig, cheap, {term: Ramsch, compound: head}]',
        '      message: We never call our products cheap.',
        '      replace: [günstig]',
        'rules:',
        '  team/cheap: warn',
      ].join('\n'),
    });
    const result = engineFor(config.custom).lint('Die billigsten Preise! Kein Preisramsch. So cheap.', { format: 'plaintext', rules: config.rules });
    const found = result.findings.filter((f) => f.ruleId === 'team/cheap');
    assert.deepEqual(found.map((f) => f.match), ['billigsten', 'Preisramsch', 'cheap']);
    assert.equal(found[0].severity, 'warning');
    // The replacement fits the phrase as written only: not "billigsten" (→ "die günstig Preise") nor a compound.
    assert.deepEqual(found.map((f) => f.fixes?.[0].edits[0].text), [undefined, undefined, 'günstig']);
    const exact = engineFor(config.custom).lint('Das ist billig.', { format: 'plaintext', rules: config.rules }).findings.find((f) => f.ruleId === 'team/cheap');
    assert.equal(exact?.fixes?.[0].edits[0].text, 'günstig');
    assert.match(found[0].message, /We never call our products cheap\. \(“billigsten”\)/);
  });

  it('adds custom pattern rules matched with RE2', () => {
    const { config } = configIn({
      '.copylintrc.json': JSON.stringify({ terms: { custom: [{ id: 'team/ticket-ids', family: 'features', language: 'en', pattern: 'JIRA-[0-9]+', message: 'Internal ticket ids do not belong in copy.' }] } }),
    });
    const found = engineFor(config.custom).lint('Fixed in jira-123 and JIRA-9. Not XJIRA-1.', { format: 'plaintext' }).findings;
    assert.deepEqual(found.filter((f) => f.ruleId === 'team/ticket-ids').map((f) => f.match), ['jira-123', 'JIRA-9']);
  });

  it('rejects patterns RE2 cannot run in linear time, with the position', () => {
    const e = configError({ '.copylintrc.yaml': 'terms:\n  custom:\n    - id: team/x\n      family: push\n      message: x\n      pattern: "(a+)\\\\1"\n' });
    assert.match(e.detail, /unsupported regular expression .*linear time; lookarounds and backreferences/);
    assert.equal(e.line, 6);
    assert.match(configError({ '.copylintrc.yaml': 'terms:\n  custom:\n    - {id: team/y, family: push, message: y, pattern: "(?<=a)b"}\n' }).detail, /unsupported regular expression/);
  });

  it('rejects custom rules that reuse a built-in id, or rules naming undefined custom ids', () => {
    assert.match(configError({ '.copylintrc.yaml': 'terms:\n  custom:\n    - {id: push/hype, family: push, message: x, phrases: [x]}\n' }).detail, /id of a built-in rule/);
    assert.match(configError({ '.copylintrc.yaml': 'rules:\n  team/unknown: warn\n' }).detail, /unknown rule "team\/unknown"/);
  });

  it('lets a shared config define custom rules that the extending config configures', () => {
    const { config } = configIn({
      'shared.yaml': 'terms:\n  custom:\n    - {id: team/x, family: push, message: no x, phrases: [xylophon]}\n',
      '.copylintrc.yaml': 'extends: ./shared.yaml\nrules:\n  team/x: error\n',
    });
    assert.equal(config.custom.length, 1);
    assert.equal(config.rules['team/x'], 'error');
  });
});

describe('configs that attack the linter', () => {
  it('refuses globs that would backtrack, alias bombs and endless extends chains, with file and line', () => {
    const glob = configError({ '.copylintrc.yaml': 'overrides:\n  - files: ["*a*a*a*a*a*a*b"]\n    rules: {push/hype: "off"}\n' });
    assert.match(glob.message, /too complex/);
    assert.equal(glob.line, 2);
    assert.match(configError({ '.copylintrc.yaml': 'ignores: ["*?*?*"]\n' }).message, /too complex/);
    // Ordinary globs pass.
    assert.doesNotThrow(() => configIn({ '.copylintrc.yaml': 'ignores: ["drafts/**/*-v*.md"]\noverrides:\n  - files: ["docs/**/*.md"]\n    rules: {push/hype: "off"}\n' }));
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    assert.match(configError({ '.copylintrc.yaml': bomb.join('\n') + '\n' }).message, /invalid YAML: .*alias/i);
    const chain: Record<string, string> = {};
    for (let i = 0; i < 40; i++) chain[`c${i}.yaml`] = `extends: ./c${i + 1}.yaml\n`;
    chain['c40.yaml'] = 'rules: {}\n';
    chain['.copylintrc.yaml'] = 'extends: ./c0.yaml\n';
    assert.match(configError(chain).message, /extends chain deeper than 32/);
  });
});

describe('JSONC in .copylintrc.json', () => {
  it('accepts comments and trailing commas', () => {
    const { config } = configIn({
      '.copylintrc.json': '{\n  // team settings\n  "rules": {\n    "push/hype": "off", /* launch */\n    "push/urgency": "error",\n  },\n  "terms": {"allow": ["Pro",],},\n}\n',
    });
    assert.equal(config.rules['push/hype'], 'off');
    assert.equal(config.rules['push/urgency'], 'error');
    assert.deepEqual(config.allow, ['Pro']);
  });

  it('still names file, line and column of a syntax error, a bad value or a key given twice', () => {
    const e = configError({ '.copylintrc.json': '{\n  // a comment\n  "rules": {"push/hype": "loud",},\n}\n' });
    assert.deepEqual([e.line, e.column], [3, 26]);
    assert.match(e.detail, /must be one of/);
    const syntax = configError({ '.copylintrc.json': '{\n  /* unclosed\n  "rules": {}\n}\n' });
    assert.deepEqual([syntax.detail, syntax.line, syntax.column], ['invalid JSON: unexpected end of comment', 2, 3]);
    const twice = configError({ '.copylintrc.json': '{\n  "rules": {},\n  "rules": {"push/hype": "off"}\n}\n' });
    assert.deepEqual([twice.detail, twice.line, twice.column], ['invalid JSON: key "rules" is given twice', 3, 3]);
  });

  it('keeps package.json strict JSON, which npm reads too', () => {
    const dir = tempTree({ 'package.json': '{\n  "name": "site",\n  // no\n  "copylint": {}\n}\n' });
    assert.throws(() => ConfigSource.read(join(dir, 'package.json'), 'copylint'), (e: ConfigError) => e.detail === 'invalid JSON: invalid comment token' && e.line === 3);
  });

  it('reads info as a severity', () => {
    assert.equal(configIn({ '.copylintrc.json': '{"rules": {"push/hype": "info"}}' }).config.rules['push/hype'], 'info');
  });
});

describe('extends in the editor: only within the workspace', () => {
  const OUTSIDE = 'secret_token: abc\nrules:\n  push/hype: off\n';
  /** A workspace folder `ws` in a temp tree, with a file beside it; the resolver the editor makes for it. */
  function workspace(files: Record<string, string>) {
    const dir = tempTree({ 'outside.yaml': OUTSIDE, 'ws/page.md': '', ...files });
    const ws = join(dir, 'ws');
    return { dir, ws, resolve: () => new ConfigResolver(catalog, () => [ws]).forFile(join(ws, 'page.md')) };
  }
  const refused = (resolve: () => unknown): ConfigError => {
    try {
      resolve();
    } catch (err) {
      assert.ok(err instanceof ConfigError, String(err));
      return err;
    }
    assert.fail('expected a ConfigError');
  };

  it('refuses a target outside the folder at the extends line, without reading it', () => {
    const { ws, resolve } = workspace({ 'ws/.copylintrc.yaml': 'language: de\nextends:\n  - copylint:strict\n  - ../outside.yaml\n' });
    const err = refused(resolve);
    assert.equal(err.file, join(ws, '.copylintrc.yaml'));
    assert.equal(err.line, 4);
    assert.match(err.detail, /extends "\.\.\/outside\.yaml": .*outside\.yaml is outside the workspace/);
    assert.doesNotMatch(err.message, /secret_token/);
    assert.match(refused(workspace({ 'ws/.copylintrc.json': '{"extends": "/etc/hostname"}' }).resolve).detail, /is outside the workspace/);
  });

  it('refuses a symlink that leads out of the folder', () => {
    const { dir, ws, resolve } = workspace({ 'ws/.copylintrc.json': '{"extends": "./base.yaml"}' });
    symlinkSync(join(dir, 'outside.yaml'), join(ws, 'base.yaml'));
    assert.match(refused(resolve).detail, /is outside the workspace/);
  });

  it('reads files, packages in node_modules and presets inside it', () => {
    const { resolve } = workspace({
      'ws/.copylintrc.json': '{"extends": ["copylint:strict", "./base/a.yaml", "acme"]}',
      'ws/base/a.yaml': 'rules:\n  push/hype: off\n',
      'ws/node_modules/acme/package.json': '{"name": "acme", "copylint": {"rules": {"push/urgency": "error"}}}',
    });
    const config = resolve();
    assert.equal(config.rules['push/hype'], 'off');
    assert.equal(config.rules['push/urgency'], 'error');
  });

  it('keeps the command line\'s behaviour: the target is read, but a file that is no config is not quoted', () => {
    const dir = tempTree({ 'outside.yaml': 'secret_token: abc\nUmask: 0022\n', 'ws/page.md': '', 'ws/.copylintrc.yaml': 'extends: ../outside.yaml\n', 'ws/b/page.md': '', 'ws/b/.copylintrc.yaml': 'extends: ../../plain\n', 'plain': 'token: [\n' });
    const err = refused(() => resolver().forFile(join(dir, 'ws/page.md')));
    assert.equal(err.file, join(dir, 'outside.yaml'));
    assert.equal(err.detail, 'not a copylint config: none of its top-level keys is a copylint setting');
    assert.equal(refused(() => resolver().forFile(join(dir, 'ws/b/page.md'))).detail, 'not a copylint config: not JSON or YAML');
    // A file named as a config, or one with a setting at its top level, is a config: its mistakes are named.
    assert.match(configError({ '.copylintrc.yaml': 'rulez: {}\n' }).detail, /unknown key "rulez"/);
    assert.match(configError({ '.copylintrc.yaml': 'extends: ./base.yaml\n', 'base.yaml': 'language: de\nrulez: {}\n' }).detail, /unknown key "rulez"/);
  });
});
