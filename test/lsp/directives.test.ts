import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { lspSession } from '../helpers/lsp';

const UNUSED = 'Intro.\n\n<!-- copylint-disable-next-line push/hype -- launch -->\nEin ruhiger Satz.\n';
// A config with what a rewrite of the whole file lost: a big integer, 1e3, tabs and a comment.
const CONFIG = '{\n\t// launch week\n\t"rules": {"push/exclamation-density": ["warn", {"maxPer100Words": 1e3}]},\n\t"ticket": 12345678901234567890,\n\t"terms": {\n\t\t"allow": ["Pro"]\n\t}\n}\n';

describe('language server: directives, severities and the allow list (dist/server.js)', () => {
  const lsp = lspSession({ 'unused.md': UNUSED, 'site/.copylintrc.json': CONFIG, 'site/page.md': 'The game-changing knife.\n', 'info/.copylintrc.yaml': 'rules:\n  push/hype: info\n', 'info/page.md': 'The game-changing knife.\n' });
  const { dir, uri } = lsp;

  it('shows an unused disable directive as a warning by default, and not with copylint.reportUnusedDisableDirectives off', async () => {
    await lsp.client.open(uri('unused.md'), 'markdown', UNUSED);
    const p = await lsp.client.waitFor('unused', () => lsp.client.diagnostics.get(uri('unused.md')));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [['copylint/unused-disable', 2, 2]]);
    // The engine's own finding: no "disable" quick fixes for it.
    const actions = (await lsp.client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('unused.md') }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
    assert.deepEqual(actions, []);
    const mark = lsp.client.published.length;
    lsp.client.settings = { ...lsp.client.settings, reportUnusedDisableDirectives: false };
    await lsp.client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await lsp.client.waitFor('cleared', () => lsp.client.published.slice(mark).find((x) => x.uri === uri('unused.md') && x.diagnostics.length === 0));
    lsp.client.settings = { ...lsp.client.settings, reportUnusedDisableDirectives: true };
  });

  it('shows an info finding as DiagnosticSeverity.Information', async () => {
    await lsp.client.open(uri('info/page.md'), 'markdown', 'The game-changing knife.\n');
    const p = await lsp.client.waitFor('info', () => lsp.client.diagnostics.get(uri('info/page.md')));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['push/hype', 3]]);
  });

  it('inserts MDX comment directives in MDX, which rejects <!-- -->', async () => {
    const text = 'The game-changing knife.\n';
    await lsp.client.open(uri('page.mdx'), 'mdx', text);
    const d = (await lsp.client.waitFor('mdx', () => lsp.client.diagnostics.get(uri('page.mdx'))?.diagnostics.find((x) => x.code === 'push/hype'))) as Diagnostic;
    const actions = (await lsp.client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('page.mdx') }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const apply = (title: string) => TextDocument.applyEdits(TextDocument.create('x:', 'mdx', 0, text), actions.find((a) => a.title.includes(title))!.edit!.changes![uri('page.mdx')]);
    assert.equal(apply('for this line'), 'The game-changing knife. {/* copylint-disable-line push/hype -- <reason> */}\n');
    assert.equal(apply('for this file'), '{/* copylint-disable-file push/hype -- <reason> */}\n' + text);
  });

  it('adds to the allow list in the open config buffer, unsaved edits kept, and changes only the list', async () => {
    await lsp.client.open(uri('site/page.md'), 'markdown', 'The game-changing knife.\n');
    const d = (await lsp.client.waitFor('hype', () => lsp.client.diagnostics.get(uri('site/page.md'))?.diagnostics.find((x) => x.code === 'push/hype'))) as Diagnostic;
    const allowEdit = async () => {
      const actions = (await lsp.client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('site/page.md') }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      return (actions.find((a) => a.title.startsWith('Add '))!.edit!.documentChanges as TextDocumentEdit[])[0];
    };
    // Closed: the file on disk is the base, and only the list changes.
    const closed = await allowEdit();
    assert.equal(closed.textDocument.version, null);
    const onDisk = TextDocument.applyEdits(TextDocument.create('x:', 'json', 0, CONFIG), closed.edits as TextEdit[]);
    assert.equal(onDisk, CONFIG.replace('"allow": ["Pro"]', '"allow": ["Pro", "game-changing"]'));
    // Open with unsaved edits (the disk still has the old text): the buffer is the base, at its version.
    const unsaved = CONFIG.replace('// launch week', '// launch week, not saved yet');
    await lsp.client.open(uri('site/.copylintrc.json'), 'json', unsaved);
    writeFileSync(join(dir, 'site/.copylintrc.json'), CONFIG);
    const open = await allowEdit();
    assert.deepEqual(open.textDocument, { uri: uri('site/.copylintrc.json'), version: 1 });
    const inBuffer = TextDocument.applyEdits(TextDocument.create('x:', 'json', 1, unsaved), open.edits as TextEdit[]);
    assert.equal(inBuffer, unsaved.replace('"allow": ["Pro"]', '"allow": ["Pro", "game-changing"]'));
  });
});
