import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../../scripts/lspClient';
import { tempTree } from '../helpers/tmp';

const PAGE = 'Das revolutionäre Messer.\n';

/**
 * A workspace `ws` whose config `config` points outside it: its diagnostics must name the
 * offending key (`check`), and ws/a.md is linted as if the target had never been read.
 */
function outsideWorkspace(title: string, files: Record<string, string>, config: string, check: (d: Diagnostic) => void) {
  describe(title, () => {
    const dir = tempTree({ ...files, 'ws/a.md': PAGE });
    const uri = (name: string) => pathToFileURL(join(dir, 'ws', name)).href;
    let client: TestClient;

    before(async () => {
      client = new TestClient();
      await client.initialize(pathToFileURL(join(dir, 'ws')).href);
    });
    after(() => client.stop());

    it('reports the key in the config as a config error, and lints without the target', async () => {
      await client.open(uri('a.md'), 'markdown', PAGE);
      const onConfig = await client.waitFor('config diagnostics', () => client.diagnostics.get(uri(config)));
      assert.equal(onConfig.diagnostics[0].range.start.line, 1);
      check(onConfig.diagnostics[0]);
      const doc = await client.waitFor('document linted', () => client.diagnostics.get(uri('a.md')));
      assert.deepEqual(doc.diagnostics.map((d) => d.code), ['push/hype']);
    });
  });
}

outsideWorkspace(
  'language server: configs extend nothing outside the workspace',
  // The target's "push/hype: off" must never be read.
  { 'outside.yaml': 'secret_token: abc\nrules:\n  push/hype: off\n', 'ws/.copylintrc.yaml': 'language: auto\nextends: ../outside.yaml\n' },
  '.copylintrc.yaml',
  (d) => {
    assert.match(String(d.message), /extends "\.\.\/outside\.yaml": .*outside\.yaml is outside the workspace/);
    assert.doesNotMatch(String(d.message), /secret_token/);
  },
);

outsideWorkspace(
  'language server: a config names no baseline outside the workspace',
  // The baseline records the finding: read, it would hide it.
  {
    'outside.json': '{"version": 1, "entries": [{"rule": "push/hype", "file": "ws/a.md", "text": "Das revolutionäre Messer.", "count": 1}]}\n',
    'ws/.copylintrc.json': '{\n  "baseline": "../outside.json"\n}\n',
  },
  '.copylintrc.json',
  (d) => assert.match(String(d.message), /baseline "\.\.\/outside\.json": .*outside\.json is outside the workspace/),
);
