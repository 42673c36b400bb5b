import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { withAllowedPhrase } from '../../server/src/node/allowListText';

describe('adding a phrase to the allow list changes only that list', () => {
  // Each case: the config, the phrase, and the text it goes in after (the first time it occurs).
  const insertions: [string, string, string, string, string][] = [
    ['JSON: bytes outside the array stay, with a big integer, 1e3, tabs and a comment', '{\n\t// launch week\n\t"rules": {"push/exclamation-density": ["warn", {"maxPer100Words": 1e3}]},\n\t"ticket": 12345678901234567890,\n\t"terms": {\n\t\t"allow": [\n\t\t\t"Pro"\n\t\t]\n\t}\n}\n', 'game-changing', '"Pro"', ',\n\t\t\t"game-changing"'],
    ['JSON: a list on one line stays on one line', '{"ticket": 1e3, "terms": {"allow": ["Pro"]}} // end\n', 'A "quote"', '"Pro"', ', "A \\"quote\\""'],
    ['JSON: an empty list', '{"terms": {"allow": []}}', 'Pro', '[', '"Pro"'],
    ['JSON: a missing list, in the file\'s indentation', '{\n\t"ticket": 12345678901234567890,\n\t"n": 1e3 // kept\n}\n', 'Pro', '1e3', ',\n\t"terms": {\n\t\t"allow": [\n\t\t\t"Pro"\n\t\t]\n\t}'],
    ['YAML: a block list gets a line after its last item and comment, quoted as YAML needs', '# team\nrules:\n  e: 1e3\n  ticket: 12345678901234567890\nterms:\n  allow:\n    - Pro   # a name\n    - "Bar"\n  custom: []\n', 'game: changing', '# a name\n    - "Bar"', '\n    - "game: changing"'],
    ['YAML: a flow list gets an item', 'terms:\n  allow: [Pro,  Bar]   # names\nrules: {e: 1e3}\n', 'Neu', 'Bar', ', Neu'],
    ['YAML: an empty flow list', 'terms:\n  allow: []\n', 'Neu', '[', 'Neu'],
    ['YAML: a missing list goes into terms', 'rules:\n  e: 1e3\nterms:\n  custom:\n    - {id: team/x, family: push, message: x, phrases: [a]}\n', 'Pro', 'terms:\n', '  allow:\n    - Pro\n'],
    ['YAML: a missing terms goes at the end', 'rules:\n  ticket: 12345678901234567890 # big', 'Pro', '# big', '\nterms:\n  allow:\n    - Pro\n'],
  ];
  for (const [name, text, phrase, after, inserted] of insertions) {
    it(name, () => {
      const at = text.indexOf(after) + after.length;
      const path = name.startsWith('JSON') ? '/x/.copylintrc.json' : '/x/.copylintrc.yaml';
      assert.equal(withAllowedPhrase(path, text, phrase), text.slice(0, at) + inserted + text.slice(at));
    });
  }

  it('package.json, an empty file, and a flow mapping as the whole YAML file (there the Document API adds it)', () => {
    const pkg = '{\n  "name": "site",\n  "copylint": {"rules": {}}\n}\n';
    assert.deepEqual(JSON.parse(withAllowedPhrase('/x/package.json', pkg, 'Pro')), { name: 'site', copylint: { rules: {}, terms: { allow: ['Pro'] } } });
    assert.deepEqual(parseJsonc(withAllowedPhrase('/x/.copylintrc.json', '', 'Pro')), { terms: { allow: ['Pro'] } });
    assert.deepEqual(parseYaml(withAllowedPhrase('/x/.copylintrc.yaml', '{rules: {}}\n', 'Pro')), { rules: {}, terms: { allow: ['Pro'] } });
  });

  it('leaves the text alone when the phrase is listed', () => {
    for (const [path, text] of [['/x/.copylintrc.json', '{"terms": {"allow": ["Pro"]}}'], ['/x/.copylintrc.yaml', 'terms:\n  allow: [Pro]\n']]) {
      assert.equal(withAllowedPhrase(path, text, 'Pro'), text);
    }
  });
});
