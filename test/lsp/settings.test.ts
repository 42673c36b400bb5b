import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../../scripts/lspClient';
import { readSettings } from '../../server/src/lsp/settings';
import { tempTree } from '../helpers/tmp';

const EN = 'The game-changing knife. Buy now!\n';

describe('language server with invalid settings (issue 12, item 19)', () => {
  const dir = tempTree({});
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    client.settings = { enable: true, run: 'onType', language: 'fr', maxFileSize: 'abc' };
    await client.initialize(pathToFileURL(dir).href, undefined, { debounceMs: 0 });
  });
  after(() => client.stop());

  const warnings = (setting: string) => client.messages.filter((m) => m.includes(`setting copylint.${setting} is`));

  it('lints with the defaults instead, and says so once per wrong value', async () => {
    await client.open(uri('a.md'), 'markdown', EN);
    await client.open(uri('b.md'), 'markdown', EN);
    for (const name of ['a.md', 'b.md']) {
      const d = await client.waitFor(name, () => client.diagnostics.get(uri(name)));
      assert.deepEqual(d.diagnostics.map((x) => x.code).sort(), ['push/hard-cta', 'push/hype']);
      // Its status too: the documents lint on two threads, and a late status would pass for the next test's.
      await client.waitFor(`${name} status`, () => client.notifications.find((n) => n.method === 'copylint/status' && (n.params as { uri: string }).uri === uri(name)));
    }
    assert.deepEqual(warnings('language'), ['copylint: setting copylint.language is "fr", not "auto", "de" or "en"; using "auto".']);
    assert.deepEqual(warnings('maxFileSize'), ['copylint: setting copylint.maxFileSize is "abc", not a number of megabytes above 0; using 8.']);
  });

  for (const size of [0, -1]) {
    it(`lints with the default size limit for maxFileSize ${size} (it linted nothing)`, async () => {
      client.settings = { ...client.settings, language: 'auto', maxFileSize: size };
      const mark = client.notifications.length;
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const status = await client.waitFor('status', () => client.notifications.slice(mark).find((n) => n.method === 'copylint/status' && (n.params as { uri: string }).uri === uri('a.md')));
      assert.equal((status.params as { note?: string }).note, undefined);
      assert.ok(client.diagnostics.get(uri('a.md'))!.diagnostics.length > 0);
      assert.equal(warnings('maxFileSize').filter((m) => m.includes(`is ${size},`)).length, 1);
    });
  }
});

describe('language server with copylint.maxNumberOfProblems', () => {
  const dir = tempTree({});
  const uri = pathToFileURL(join(dir, 'many.md')).href;
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    client.settings = { maxNumberOfProblems: 2 };
    await client.initialize(pathToFileURL(dir).href, undefined, { debounceMs: 0 });
  });
  after(() => client.stop());

  it('publishes the first diagnostics only, and the status counts them all', async () => {
    await client.open(uri, 'markdown', 'The game-changing knife. Buy now!\n\nThe revolutionary fork. Order today!\n\nThe world-class spoon. Shop now!\n');
    const d = await client.waitFor('diagnostics', () => client.diagnostics.get(uri));
    assert.equal(d.diagnostics.length, 2);
    assert.ok(d.diagnostics.every((x) => x.range.start.line === 0), JSON.stringify(d.diagnostics.map((x) => x.range)));
    const status = await client.waitFor('status', () => client.notifications.find((n) => n.method === 'copylint/status' && (n.params as { uri: string }).uri === uri));
    assert.equal((status.params as { counts: { push: number } }).counts.push, 6);
  });
});

describe('readSettings', () => {
  it('takes maxNumberOfProblems as a whole number above 0', () => {
    assert.equal(readSettings({ maxNumberOfProblems: 5 }).settings.maxNumberOfProblems, 5);
    for (const v of [0, 2.5, '9']) assert.deepEqual(readSettings({ maxNumberOfProblems: v }).problems, [`copylint.maxNumberOfProblems is ${JSON.stringify(v)}, not a whole number above 0; using 1000.`]);
  });

  it('checks every setting, reportUnusedDisableDirectives too (a boolean)', () => {
    assert.deepEqual(readSettings({ reportUnusedDisableDirectives: false }).settings.reportUnusedDisableDirectives, false);
    const wrong = readSettings({ reportUnusedDisableDirectives: 'no' });
    assert.equal(wrong.settings.reportUnusedDisableDirectives, true);
    assert.deepEqual(wrong.problems, ['copylint.reportUnusedDisableDirectives is "no", not true or false; using true.']);
  });
});

describe('language server with a client that has no workspace folders capability (issue 12, item 23)', () => {
  let client: TestClient;
  before(() => {
    client = new TestClient();
  });
  after(() => client.stop());

  it('handles initialized without an error and lints', async () => {
    await client.initialize(null, { workspace: { configuration: false } });
    await client.open('untitled:1', 'markdown', EN);
    await client.waitFor('diagnostics', () => client.diagnostics.get('untitled:1'));
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
    assert.deepEqual(errors.map((n) => (n.params as { message: string }).message), []);
  });

  it('ignores forged diagnostic data in a code action request: own string properties only (item 23)', async () => {
    const d = (await client.waitFor('hype', () => client.diagnostics.get('untitled:1')?.diagnostics.find((x) => x.code === 'push/hype'))) as Diagnostic;
    // "x".match is String.prototype.match; fixes that are not fixes crashed the request.
    for (const data of ['x', { ruleId: 'push/hype', version: 1, match: { toString: 1 } }, { ruleId: 'push/hype', version: 1, fixes: [{ description: 'x', edits: 5 }] }, [1, 2]]) {
      const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'untitled:1' }, range: d.range, context: { diagnostics: [{ ...d, data }] } })) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes("Add 'game-changing' to the team allow list"), `${JSON.stringify(data)}: ${titles.join(' | ')}`);
      assert.ok(!titles.some((t) => /native code|object Object/.test(t)), titles.join(' | '));
    }
  });
});
