import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, ConfigFinder, loadConfigFile, type RuleCatalog } from '../../server/src/node/config';
import { engine } from '../helpers/engine';
import { tempTree } from '../helpers/tmp';

const catalog: RuleCatalog = { has: engine.isKnownRule, options: (id) => engine.pack.byId.get(id)?.spec.options };

function configError(name: string, content: string): ConfigError {
  const dir = tempTree({ [name]: content });
  try {
    loadConfigFile(join(dir, name), catalog);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err;
  }
  assert.fail('expected a ConfigError');
}

describe('config files', () => {
  it('reads rules (severity and options), language and ignores from JSON', () => {
    const dir = tempTree({
      '.copylintrc.json': JSON.stringify({ language: 'de', rules: { 'push/hype': 'off', 'push/exclamation-density': ['error', { maxPer100Words: 3 }], 'push/urgency': 2 }, ignores: ['legal/**'] }),
    });
    const c = loadConfigFile(join(dir, '.copylintrc.json'), catalog);
    assert.equal(c.language, 'de');
    assert.deepEqual(c.rules, { 'push/hype': 'off', 'push/exclamation-density': 'error', 'push/urgency': 'error' });
    assert.deepEqual(c.ruleOptions, { 'push/exclamation-density': { maxPer100Words: 3 } });
    assert.deepEqual(c.ignores, { base: dir, patterns: ['legal/**'] });
  });

  it('reads YAML', () => {
    const dir = tempTree({ '.copylintrc.yaml': 'rules:\n  push/hype: warn\n' });
    assert.deepEqual(loadConfigFile(join(dir, '.copylintrc.yaml'), catalog).rules, { 'push/hype': 'warning' });
  });

  it('names file, line and key of an unknown key', () => {
    const e = configError('.copylintrc.json', '{\n  "rules": {},\n  "colour": "red"\n}\n');
    assert.equal(e.line, 3);
    assert.match(e.detail, /unknown key "colour"/);
    assert.match(e.message, /\.copylintrc\.json:3:3:/);
  });

  it('names the line of an unknown rule id', () => {
    const e = configError('.copylintrc.yml', 'rules:\n  push/hype: warn\n  push/hyp: off\n');
    assert.equal(e.line, 3);
    assert.match(e.detail, /unknown rule "push\/hyp"/);
  });

  it('rejects a bad severity, a misspelt family and an unknown option', () => {
    assert.match(configError('.copylintrc.json', '{"rules": {"push/hype": "loud"}}').detail, /must be one of/);
    assert.match(configError('.copylintrc.json', '{"rules": {"pushy/hype": "warn"}}').detail, /not a rule id/);
    const e = configError('.copylintrc.yaml', 'rules:\n  push/exclamation-density:\n    - warn\n    - maxPerHundred: 3\n');
    assert.match(e.detail, /no option "maxPerHundred"/);
    assert.equal(e.line, 4);
  });

  it('reports invalid JSON and YAML with a position', () => {
    const json = configError('.copylintrc.json', '{\n  "rules": {\n    "push/hype": "off",\n  }\n}');
    assert.match(json.detail, /invalid JSON/);
    assert.ok(json.line >= 3);
    assert.match(configError('.copylintrc.yaml', 'rules: [unclosed\n').detail, /invalid YAML/);
    assert.match(configError('.copylintrc.yaml', 'language: fr\n').detail, /language must be one of "auto", "de", "en"/);
  });

  it('finds the nearest config upwards', () => {
    const dir = tempTree({ '.copylintrc.json': '{}', 'a/b/c.md': '', 'a/.copylintrc.yaml': 'rules: {}' });
    const finder = new ConfigFinder();
    assert.equal(finder.find(join(dir, 'a', 'b')), join(dir, 'a', '.copylintrc.yaml'));
    assert.equal(finder.find(dir), join(dir, '.copylintrc.json'));
  });
});
