import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { configSchemaPath } from '../../server/src/node/configFile';
import { defaultRulesDir, readRuleData, ruleDocPath } from '../../server/src/node/ruleFiles';
import { DOC_LANGS } from '../../scripts/rule-docs';

const root = resolve(__dirname, '..', '..');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(configSchemaPath(), 'utf8')));

/** Every config that ships or is shown to users: presets, example configs, and config blocks in the README and rule docs. */
function shippedConfigs(): [string, unknown][] {
  const out: [string, unknown][] = [];
  const presets = join(defaultRulesDir(), 'presets');
  for (const f of readdirSync(presets)) out.push([`rules/presets/${f}`, parse(readFileSync(join(presets, f), 'utf8'))]);
  for (const f of readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })) {
    if (/(^|\/)\.copylintrc\.(json|ya?ml)$/.test(f)) out.push([`examples/${f}`, parse(readFileSync(join(root, 'examples', f), 'utf8'))]);
  }
  const docs = [join(root, 'README.md'), ...readRuleData().rules.flatMap((r) => DOC_LANGS.map((lang) => ruleDocPath(r.id, lang)))];
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8');
    for (const m of text.matchAll(/```(json|yaml)\n([\s\S]*?)```/g)) {
      const data = parse(m[2]);
      // Config blocks: objects with config keys (the README also shows SARIF and CI snippets).
      if (data && typeof data === 'object' && ['rules', 'extends', 'terms', 'overrides'].some((k) => k in data)) out.push([`${doc.slice(root.length + 1)} block`, data]);
    }
  }
  return out;
}

describe('config schema', () => {
  const configs = shippedConfigs();

  it('finds the presets, an example config and README and doc configs to check', () => {
    assert.ok(configs.filter(([n]) => n.startsWith('rules/presets/')).length >= 5);
    assert.ok(configs.some(([n]) => n.startsWith('examples/')));
    assert.ok(configs.some(([n]) => n.startsWith('README.md')));
    assert.ok(configs.filter(([n]) => n.startsWith('rules/') && n.endsWith('block')).length >= 18);
  });

  for (const [name, data] of configs) {
    it(`accepts ${name}`, () => assert.ok(validate(data), JSON.stringify(validate.errors)));
  }

  it('rejects bad configs', () => {
    for (const bad of [
      { rules: { 'push/hype': 'loud' } },
      { extends: 3 },
      { colour: 'red' },
      { overrides: [{ rules: {} }] },
      { terms: { custom: [{ id: 'team/x', family: 'push', message: 'x' }] } },
      { terms: { custom: [{ id: 'team/x', family: 'push', message: 'x', phrases: ['a'], pattern: 'a' }] } },
      { terms: { allow: [''] } },
    ]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
    }
  });
});
