import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../../scripts/lspClient';
import { tempTree } from '../helpers/tmp';

const PAGE = 'Das revolutionäre Messer. Jetzt kaufen!\n';

describe('language server: multi-root workspaces and untitled documents', () => {
  // Two workspace folders, each with its own config.
  const root = tempTree({
    'site-a/.copylintrc.json': '{"rules": {"push/hype": "error"}}',
    'site-a/page.md': PAGE,
    'site-b/.copylintrc.yaml': 'rules:\n  push/hype: off\n',
    'site-b/page.md': PAGE,
  });
  const uri = (p: string) => pathToFileURL(join(root, p)).href;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    const result = await client.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [
        { uri: uri('site-a'), name: 'a' },
        { uri: uri('site-b'), name: 'b' },
      ],
      capabilities: { workspace: { configuration: false, workspaceFolders: true } },
      initializationOptions: { debounceMs: 0 },
    });
    assert.ok(result);
    await client.conn.sendNotification('initialized', {});
  });
  after(() => client.stop());

  it('applies each folder\'s own config', async () => {
    await client.open(uri('site-a/page.md'), 'markdown', PAGE);
    await client.open(uri('site-b/page.md'), 'markdown', PAGE);
    const a = await client.waitFor('site-a', () => client.diagnostics.get(uri('site-a/page.md')));
    const b = await client.waitFor('site-b', () => client.diagnostics.get(uri('site-b/page.md')));
    assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]).sort(), [['push/hard-cta', 2], ['push/hype', 1]]);
    assert.deepEqual(b.diagnostics.map((d) => d.code), ['push/hard-cta']);
  });

  it('lints untitled documents with the defaults', async () => {
    await client.open('untitled:Untitled-1', 'markdown', 'The game-changing knife.');
    const u = await client.waitFor('untitled', () => client.diagnostics.get('untitled:Untitled-1'));
    assert.deepEqual(u.diagnostics.map((d) => d.code), ['push/hype']);
  });
});
