import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from '../../scripts/lspClient';
import { run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const PAGE = '# Titel\n\nDas revolutionäre Messer. Jetzt kaufen!\n\nEin ruhiger Satz.\n';
// A paragraph above moves every line and the first sentence is re-wrapped; the last one gains a new call to action.
const EDITED = '# Titel\n\nNeu: ein Absatz oben.\n\nDas revolutionäre  Messer.\nJetzt kaufen!\n\nEin ruhiger Satz. Jetzt kaufen!\n';
type Status = { uri: string; version: number; hidden: number; counts: { push: number } };

describe('language server with the config\'s baseline (issue 13: the editor hides baselined findings)', () => {
  const dir = tempTree({ '.copylintrc.json': '{"baseline": "copylint-baseline.json"}\n', 'page.md': PAGE });
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const page = uri('page.md');
  let client: TestClient;
  let version = 1;

  before(async () => {
    // The baseline as a team writes it, with the CLI.
    const w = run(['--write-baseline', 'copylint-baseline.json'], { cwd: dir });
    assert.equal(w.code, 0, w.stderr);
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).href, undefined, { debounceMs: 0 });
  });
  after(() => client.stop());

  /** The next diagnostics and status of page.md's current version after `act` (opening lints it twice: a stale one may follow). */
  async function next(act: () => Promise<void>): Promise<{ shown: string[]; status: Status }> {
    const published = client.published.length;
    const notified = client.notifications.length;
    await act();
    const d = await client.waitFor('diagnostics', () => client.published.slice(published).find((p) => p.uri === page && p.version === version));
    const status = await client.waitFor('status', () => client.notifications.slice(notified).find((n) => n.method === 'copylint/status' && (n.params as Status).uri === page && (n.params as Status).version === version));
    return { shown: d.diagnostics.map((x) => `${x.range.start.line + 1} ${x.code}`), status: status.params as Status };
  }
  const edit = (text: string) => () => client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: page, version: ++version }, contentChanges: [{ text }] });
  const settingsChanged = (hideBaselined: boolean) => () => {
    client.settings = { ...client.settings, hideBaselined };
    return client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };
  const baselineChanged = () => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('copylint-baseline.json'), type: 2 }] });

  it('hides exactly the findings the baseline records, says how many in the status, and watches the baseline', async () => {
    const { shown, status } = await next(() => client.open(page, 'markdown', PAGE));
    assert.deepEqual(shown, []);
    assert.equal(status.hidden, 2);
    assert.equal(status.counts.push, 0);
    const globs = client.registrations.flatMap((r) => (r.registerOptions as { watchers?: { globPattern: string }[] })?.watchers ?? []).map((w) => w.globPattern);
    assert.ok(globs.includes('**/copylint-baseline.json'), globs.join(', '));
  });

  it('keeps them hidden after an edit elsewhere, and shows a new one', async () => {
    const { shown, status } = await next(edit(EDITED));
    assert.deepEqual(shown, ['8 push/hard-cta']);
    assert.equal(status.hidden, 2);
    assert.equal(status.counts.push, 1);
  });

  it('shows every finding when copylint.hideBaselined is off', async () => {
    const { shown, status } = await next(settingsChanged(false));
    assert.deepEqual(shown, ['5 push/hype', '6 push/hard-cta', '8 push/hard-cta']);
    assert.equal(status.hidden, 0);
  });

  it('shows every finding for a malformed baseline, with an error on the file and once as a message; a fixed one hides again', async () => {
    await next(settingsChanged(true));
    writeFileSync(join(dir, 'copylint-baseline.json'), '{"version": 1, "entries": [');
    const mark = client.published.length;
    const { shown, status } = await next(baselineChanged);
    assert.deepEqual(shown, ['5 push/hype', '6 push/hard-cta', '8 push/hard-cta']);
    assert.equal(status.hidden, 0);
    const onFile = (p: PublishDiagnosticsParams) => p.uri === uri('copylint-baseline.json');
    const error = await client.waitFor('baseline diagnostic', () => client.published.slice(mark).find(onFile));
    assert.deepEqual(error.diagnostics.map((d) => d.code), ['copylint/baseline']);
    assert.match(String(error.diagnostics[0].message), /^not JSON/);
    await client.waitFor('message', () => client.messages.find((m) => m.startsWith(`copylint: the baseline ${join(dir, 'copylint-baseline.json')} cannot be used (not JSON`)));
    const latest = EDITED + '\nNoch ein Satz.\n';
    await next(edit(latest));
    assert.equal(client.messages.filter((m) => m.includes('cannot be used')).length, 1);

    // The CLI does not overwrite a file that is not a baseline: the team deletes it and writes a new one.
    rmSync(join(dir, 'copylint-baseline.json'));
    writeFileSync(join(dir, 'page.md'), latest);
    assert.equal(run(['--write-baseline', 'copylint-baseline.json'], { cwd: dir }).code, 0);
    const fixed = client.published.length;
    const again = await next(baselineChanged);
    assert.deepEqual(again.shown, []);
    assert.equal(again.status.hidden, 4);
    await client.waitFor('baseline diagnostic cleared', () => client.published.slice(fixed).find((p) => onFile(p) && p.diagnostics.length === 0));
  });
});
