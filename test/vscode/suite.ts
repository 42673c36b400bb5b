/**
 * The extension-host suite: mocha tests against the real `vscode` API, run inside VS Code
 * (or code-server) by @vscode/test-electron's runTests. Bundled to dist-test/vscode/index.js.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'copylint.copylint';

/** Polls `check` until it returns a truthy value; conditions with timeouts, never fixed sleeps. */
async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the suite needs a workspace folder');
  return f.uri;
}

function copylintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copylint');
}

function registerTests(): void {
  describe('copylint in the extension host', function () {
    this.timeout(60_000);

    it('activates on a Markdown document', async () => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'de.md'));
      await vscode.window.showTextDocument(doc);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not installed`);
      await waitFor('activation', () => ext.isActive);
    });

    it('shows diagnostics with rule codes on the opened file', async () => {
      const uri = vscode.Uri.joinPath(folder(), 'de.md');
      const diags = await waitFor('diagnostics', () => copylintDiagnostics(uri).length >= 2 && copylintDiagnostics(uri));
      const codes = diags.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort();
      assert.deepEqual(codes, ['push/hard-cta', 'push/hype']);
      const hype = diags.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'push/hype')!;
      assert.equal(hype.range.start.line, 2);
      assert.equal(hype.severity, vscode.DiagnosticSeverity.Warning);
    });

    it('applies a quick fix from vscode.executeCodeActionProvider', async () => {
      const uri = vscode.Uri.joinPath(folder(), 'en.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const hype = await waitFor('hype diagnostic', () => copylintDiagnostics(uri).find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'push/hype'));
      // Right after diagnostics appear the provider can still return nothing: retry until a deadline.
      const actions = await waitFor('code actions', async () => {
        const found = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hype.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
        const mine = found.filter((a) => a.title.includes('game-changing'));
        return mine.length ? mine : undefined;
      });
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred?.edit, `no preferred quick fix among ${actions.map((a) => a.title)}`);
      assert.equal(preferred.title, 'Remove “game-changing”');
      assert.ok(await vscode.workspace.applyEdit(preferred.edit));
      assert.equal(doc.getText(), 'The knife. Buy now!\n');
      await waitFor('diagnostics update', () => !copylintDiagnostics(uri).some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'push/hype'));
    });

    it('shows finding counts in the status bar item', async () => {
      const ext = vscode.extensions.getExtension<{ statusText(): string }>(EXTENSION_ID)!;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'de.md'));
      await vscode.window.showTextDocument(doc);
      const text = await waitFor('status text', () => /P 2/.test(ext.exports.statusText()) && ext.exports.statusText());
      assert.equal(text, '$(pencil) F 0 · P 2 · Pol 0');
    });

    it('restarts the language server after it crashes', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const server = join(ext.extensionPath, 'dist', 'server.js');
      // The server is a child process of the extension host: find it by its command line and kill it.
      const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid).filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').includes(server);
        } catch {
          return false; // the process ended meanwhile
        }
      });
      assert.equal(pids.length, 1, `expected one server process for ${server}`);
      process.kill(Number(pids[0]), 'SIGKILL');
      await waitFor('server gone', () => !existsSync(`/proc/${pids[0]}/cmdline`) || !readFileSync(`/proc/${pids[0]}/cmdline`, 'utf8').includes(server));
      // A new server lints an edit made after the crash.
      const uri = vscode.Uri.joinPath(folder(), 'en.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), 'The revolutionary ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('diagnostics from the restarted server', () => copylintDiagnostics(uri).some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'push/hype'));
    });

    it('runs a command: Create Config File', async () => {
      await vscode.commands.executeCommand('copylint.createConfig');
      const config = vscode.Uri.joinPath(folder(), '.copylintrc.json');
      // The new file opens in an editor; its text is the starter config.
      const text = await waitFor('config document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === config.toString())?.getText());
      assert.match(text, /"extends": \[\s*"copylint:recommended"/);
    });
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, join(__dirname, 'suite'), mocha);
  registerTests();
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve())));
}
