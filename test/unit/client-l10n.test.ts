import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { placeholders } from '../../server/src/core/rules/messages';

const root = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('client localization (package.nls, vscode.l10n)', () => {
  it('has every %key% of package.json in package.nls.json and package.nls.de.json, and no key left over', () => {
    const keys = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]).sort();
    assert.ok(keys.includes('config.messageLanguage.description'));
    for (const file of ['package.nls.json', 'package.nls.de.json']) assert.deepEqual(Object.keys(json(file)).sort(), keys, file);
  });

  it('translates every vscode.l10n.t string of the client into German, with the same placeholders', () => {
    const dir = join(root, 'client', 'src');
    const source = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const strings = [...source.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
    assert.ok(strings.length >= 10, String(strings.length));
    const de = json('l10n/bundle.l10n.de.json') as Record<string, string>;
    for (const s of strings) {
      assert.ok(de[s], `no German for "${s}"`);
      assert.deepEqual(placeholders(de[s]), placeholders(s), s);
    }
    assert.deepEqual(Object.keys(de).filter((k) => !strings.includes(k)), [], 'German strings the client no longer uses');
  });
});
