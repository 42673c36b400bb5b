import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

describe('language server: Lint Workspace (issue 12, item 20)', () => {
  // Hooks run in the order they are registered: this one before tempTree's clean-up, which
  // cannot remove paths that long (rm -rf walks by relative paths).
  after(() => execFileSync('rm', ['-rf', join(root, 'deep')]));
  const root = tempTree({
    '.copylintrc.json': '{"ignores": ["drafts/**"]}',
    'page.md': PAGE,
    'drafts/x.md': PAGE,
    'latin1.md': Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]),
  });
  const uri = (p: string) => pathToFileURL(join(root, p)).href;
  let client: TestClient;

  before(async () => {
    // A file even root cannot read: its folder's path fits in PATH_MAX (4096), the file's own does not (ENAMETOOLONG).
    const script = `const fs = require('fs'); const n = 'd'.repeat(200); fs.mkdirSync('deep'); process.chdir('deep');
      for (let i = 0; i < 20; i++) { fs.mkdirSync(n); process.chdir(n); } fs.writeFileSync('${'f'.repeat(100)}.md', 'Jetzt kaufen!');`;
    execFileSync(process.execPath, ['-e', script], { cwd: root });
    client = new TestClient();
    await client.initialize(pathToFileURL(root).href);
  });
  after(() => client.stop());

  it('skips what the config ignores, names a file it cannot read, lints the rest and ends its progress', async () => {
    const r = (await client.conn.sendRequest('workspace/executeCommand', { command: 'copylint.server.lintWorkspace', arguments: [] })) as { files: number; findings: number; problems: string[] };
    assert.equal(r.files, 3, JSON.stringify(r));
    assert.equal(r.problems.length, 2, r.problems.join('\n'));
    assert.ok(r.problems.some((p) => /f{100}\.md: ENAMETOOLONG$/.test(p)));
    assert.ok(r.problems.some((p) => /latin1\.md: invalid UTF-8/.test(p)));
    assert.ok(client.diagnostics.get(uri('page.md'))!.diagnostics.length > 0);
    assert.equal(client.diagnostics.get(uri('drafts/x.md')), undefined, 'an ignored file was linted');
    await client.waitFor('progress end', () => client.notifications.find((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'));
  });
});
