import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../../scripts/lspClient';
import { tempTree } from '../helpers/tmp';

describe('language server: configs extend nothing outside the workspace', () => {
  const dir = tempTree({
    'outside.yaml': 'secret_token: abc\nrules:\n  push/hype: off\n',
    'ws/.copylintrc.yaml': 'language: auto\nextends: ../outside.yaml\n',
    'ws/a.md': 'Das revolutionäre Messer.\n',
  });
  const uri = (name: string) => pathToFileURL(join(dir, 'ws', name)).href;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(join(dir, 'ws')).href);
  });
  after(() => client.stop());

  it('reports the extends line of the config as a config error, and lints without the target', async () => {
    await client.open(uri('a.md'), 'markdown', 'Das revolutionäre Messer.\n');
    const onConfig = await client.waitFor('config diagnostics', () => client.diagnostics.get(uri('.copylintrc.yaml')));
    assert.equal(onConfig.diagnostics[0].range.start.line, 1);
    assert.match(String(onConfig.diagnostics[0].message), /extends "\.\.\/outside\.yaml": .*outside\.yaml is outside the workspace/);
    assert.doesNotMatch(String(onConfig.diagnostics[0].message), /secret_token/);
    // The target's "push/hype: off" was never read.
    const doc = await client.waitFor('document linted', () => client.diagnostics.get(uri('a.md')));
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['push/hype']);
  });
});

describe('language server: a config names no baseline outside the workspace', () => {
  const dir = tempTree({
    'outside.json': '{"version": 1, "entries": [{"rule": "push/hype", "file": "ws/a.md", "text": "Das revolutionäre Messer.", "count": 1}]}\n',
    'ws/.copylintrc.json': '{\n  "baseline": "../outside.json"\n}\n',
    'ws/a.md': 'Das revolutionäre Messer.\n',
  });
  const uri = (name: string) => pathToFileURL(join(dir, 'ws', name)).href;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(join(dir, 'ws')).href);
  });
  after(() => client.stop());

  it('reports the baseline key as a config error, and hides nothing', async () => {
    await client.open(uri('a.md'), 'markdown', 'Das revolutionäre Messer.\n');
    const onConfig = await client.waitFor('config diagnostics', () => client.diagnostics.get(uri('.copylintrc.json')));
    assert.equal(onConfig.diagnostics[0].range.start.line, 1);
    assert.match(String(onConfig.diagnostics[0].message), /baseline "\.\.\/outside\.json": .*outside\.json is outside the workspace/);
    const doc = await client.waitFor('document linted', () => client.diagnostics.get(uri('a.md')));
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['push/hype']);
  });
});
