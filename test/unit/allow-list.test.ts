import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { withAllowedPhrase } from '../../server/src/node/allowListText';

/** Asserts that `after` is `before` with `inserted` at `at` and nothing else changed. */
function onlyInserted(before: string, after: string, at: string, inserted: string): void {
  const i = before.indexOf(at) + at.length;
  assert.equal(after, before.slice(0, i) + inserted + before.slice(i));
}

describe('adding a phrase to the allow list changes only that list', () => {
  it('JSON: bytes outside the array stay, with a big integer, 1e3, tabs and a comment', () => {
    const text = '{\n\t// launch week\n\t"rules": {"push/exclamation-density": ["warn", {"maxPer100Words": 1e3}]},\n\t"ticket": 12345678901234567890,\n\t"terms": {\n\t\t"allow": [\n\t\t\t"Pro"\n\t\t]\n\t}\n}\n';
    onlyInserted(text, withAllowedPhrase('/x/.copylintrc.json', text, 'game-changing'), '"Pro"', ',\n\t\t\t"game-changing"');
    const oneLine = '{"ticket": 1e3, "terms": {"allow": ["Pro"]}} // end\n';
    onlyInserted(oneLine, withAllowedPhrase('/x/.copylintrc.json', oneLine, 'A "quote"'), '"Pro"', ', "A \\"quote\\""');
    const empty = '{"terms": {"allow": []}}';
    onlyInserted(empty, withAllowedPhrase('/x/.copylintrc.json', empty, 'Pro'), '[', '"Pro"');
  });

  it('JSON: adds a missing list in the file\'s indentation, and nothing else changes', () => {
    const text = '{\n\t"ticket": 12345678901234567890,\n\t"n": 1e3 // kept\n}\n';
    const next = withAllowedPhrase('/x/.copylintrc.json', text, 'Pro');
    onlyInserted(text, next, '1e3', ',\n\t"terms": {\n\t\t"allow": [\n\t\t\t"Pro"\n\t\t]\n\t}');
    const pkg = '{\n  "name": "site",\n  "copylint": {"rules": {}}\n}\n';
    assert.deepEqual(JSON.parse(withAllowedPhrase('/x/package.json', pkg, 'Pro')), { name: 'site', copylint: { rules: {}, terms: { allow: ['Pro'] } } });
    assert.deepEqual(parseJsonc(withAllowedPhrase('/x/.copylintrc.json', '', 'Pro')), { terms: { allow: ['Pro'] } });
  });

  it('YAML: a block list gets a line after its last item and comment, a flow list an item, both quoted as YAML needs', () => {
    const text = '# team\nrules:\n  e: 1e3\n  ticket: 12345678901234567890\nterms:\n  allow:\n    - Pro   # a name\n    - "Bar"\n  custom: []\n';
    onlyInserted(text, withAllowedPhrase('/x/.copylintrc.yaml', text, 'game: changing'), '# a name\n    - "Bar"', '\n    - "game: changing"');
    const flow = 'terms:\n  allow: [Pro,  Bar]   # names\nrules: {e: 1e3}\n';
    onlyInserted(flow, withAllowedPhrase('/x/.copylintrc.yml', flow, 'Neu'), 'Bar', ', Neu');
    const empty = 'terms:\n  allow: []\n';
    onlyInserted(empty, withAllowedPhrase('/x/.copylintrc.yml', empty, 'Neu'), '[', 'Neu');
  });

  it('YAML: adds the list to terms or the file, and nothing else changes', () => {
    const terms = 'rules:\n  e: 1e3\nterms:\n  custom:\n    - {id: team/x, family: push, message: x, phrases: [a]}\n';
    onlyInserted(terms, withAllowedPhrase('/x/.copylintrc.yaml', terms, 'Pro'), 'terms:\n', '  allow:\n    - Pro\n');
    const none = 'rules:\n  ticket: 12345678901234567890 # big';
    onlyInserted(none, withAllowedPhrase('/x/.copylintrc.yaml', none, 'Pro'), '# big', '\nterms:\n  allow:\n    - Pro\n');
    // A flow mapping as the whole file: the Document API adds it (comments kept, formatting may change).
    assert.deepEqual(parseYaml(withAllowedPhrase('/x/.copylintrc.yaml', '{rules: {}}\n', 'Pro')), { rules: {}, terms: { allow: ['Pro'] } });
  });

  it('leaves the text alone when the phrase is listed', () => {
    for (const [path, text] of [['/x/.copylintrc.json', '{"terms": {"allow": ["Pro"]}}'], ['/x/.copylintrc.yaml', 'terms:\n  allow: [Pro]\n']]) {
      assert.equal(withAllowedPhrase(path, text, 'Pro'), text);
    }
  });
});
