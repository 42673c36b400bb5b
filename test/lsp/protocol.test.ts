import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from '../../scripts/lspClient';
import type { ToneProfile } from '../../server/src/protocol';
import { tempTree } from '../helpers/tmp';

const DE = '# Unser Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n';
const EN = 'The game-changing knife. Buy now!\n';

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'markdown', 0, text), edits);
}

function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  return edit?.changes?.[uri] ?? [];
}

describe('language server over stdio (dist/server.js)', () => {
  const dir = tempTree({ 'de.md': DE, 'en.md': EN, 'notes.txt': '' });
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  let client: TestClient;

  before(() => {
    client = new TestClient();
  });
  after(() => client.stop());

  it('initializes with incremental sync, hover, code actions, fix-all and commands', async () => {
    const r = await client.initialize(pathToFileURL(dir).href);
    assert.equal(r.serverInfo.name, 'copylint');
    const caps = r.capabilities as { textDocumentSync: { change: number }; hoverProvider: boolean; codeActionProvider: { codeActionKinds: string[] }; executeCommandProvider: { commands: string[] } };
    assert.equal(caps.textDocumentSync.change, 2);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.copylint']);
    assert.ok(caps.executeCommandProvider.commands.includes('copylint.server.fixAll'));
  });

  it('publishes diagnostics with codes, ranges, doc links and status on didOpen (German and English)', async () => {
    await client.open(uri('de.md'), 'markdown', DE);
    await client.open(uri('en.md'), 'markdown', EN);
    const de = await client.waitFor('German diagnostics', () => client.diagnostics.get(uri('de.md')));
    const hype = de.diagnostics.find((d) => d.code === 'push/hype')!;
    assert.deepEqual(hype.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 17 } });
    assert.equal(hype.source, 'copylint');
    assert.equal(hype.severity, 2);
    assert.equal(hype.codeDescription!.href, pathToFileURL(join(__dirname, '..', '..', 'rules', 'push', 'hype.md')).href);
    assert.ok(de.diagnostics.some((d) => d.code === 'push/hard-cta'));
    assert.equal(de.version, 1);
    const en = await client.waitFor('English diagnostics', () => client.diagnostics.get(uri('en.md')));
    assert.deepEqual(en.diagnostics.map((d) => d.code).sort(), ['push/hard-cta', 'push/hype']);
    // Every link opens a bundled doc in the editor, none a web page.
    for (const d of [...de.diagnostics, ...en.diagnostics]) assert.ok(existsSync(fileURLToPath(d.codeDescription!.href)), d.codeDescription!.href);
    const status = await client.waitFor('status', () => client.notifications.find((n) => n.method === 'copylint/status' && (n.params as { uri: string }).uri === uri('de.md')));
    assert.equal((status.params as { counts: { push: number } }).counts.push, 2);
  });

  it('answers copylint/toneProfile from the last lint, and null for a document it has not linted', async () => {
    const profile = (await client.conn.sendRequest('copylint/toneProfile', { uri: uri('de.md') })) as ToneProfile;
    assert.equal(profile.version, 1);
    assert.deepEqual(
      profile.sections.map((s) => [s.label, s.bars.map((b) => b.count)]),
      [['Unser Messer', [0, 2, 0]]],
    );
    const hype = client.diagnostics.get(uri('de.md'))!.diagnostics.find((d) => d.code === 'push/hype')!;
    assert.ok(profile.sections[0].bars[1].findings.some((r) => JSON.stringify(r) === JSON.stringify(hype.range)));
    assert.equal(await client.conn.sendRequest('copylint/toneProfile', { uri: uri('unopened.md') }), null);
  });

  it('re-lints after incremental changes and publishes only for the newest version', async () => {
    const u = uri('de.md');
    const before = client.published.length;
    // Three quick edits: replace "revolutionäre " (line 2, chars 4–18), then append text, then fix the CTA.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } }, text: '' }] });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 3 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\nEin ruhiger Satz.\n' }] });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 4 }, contentChanges: [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 25 } }, text: 'Schauen Sie vorbei.' }] });
    const latest = await client.waitFor('version 4', () => client.published.slice(before).find((p) => p.uri === u && p.version === 4));
    assert.deepEqual(latest.diagnostics, []);
    const afterChange = client.published.slice(before).filter((p) => p.uri === u);
    assert.ok(afterChange.every((p) => p.version === 4), `stale versions published: ${afterChange.map((p) => p.version)}`);
  });

  it('offers quick fixes (default preferred), disable actions and the allow list, with edits that apply', async () => {
    const u = uri('en.md');
    const diags = client.diagnostics.get(u)!.diagnostics;
    const hype = diags.find((d) => d.code === 'push/hype') as Diagnostic;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: hype.range, context: { diagnostics: [hype] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ['Remove “game-changing”', 'Disable push/hype for this line', 'Disable push/hype for this file', "Add 'game-changing' to the team allow list"]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(applyEdits(EN, editsFor(actions[0].edit, u)), 'The knife. Buy now!\n');
    assert.equal(applyEdits(EN, editsFor(actions[1].edit, u)), 'The game-changing knife. Buy now! <!-- copylint-disable-line push/hype -- <reason> -->\n');
    assert.equal(applyEdits(EN, editsFor(actions[2].edit, u)), '<!-- copylint-disable-file push/hype -- <reason> -->\n' + EN);
    // No config yet: the allow-list action creates .copylintrc.json in the workspace folder.
    const create = actions[3].edit!.documentChanges!;
    assert.equal((create[0] as { kind: string; uri: string }).uri, uri('.copylintrc.json'));
  });

  it('inserts a directive line above in plain text', async () => {
    const u = uri('notes.txt');
    await client.open(u, 'plaintext', 'Intro.\nDas revolutionäre Messer.\n');
    const d = (await client.waitFor('txt diagnostics', () => client.diagnostics.get(u)?.diagnostics.find((x) => x.code === 'push/hype'))) as Diagnostic;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    // A German paragraph, and a client that sends no locale: the titles speak the paragraph's language.
    const line = actions.find((a) => a.title.includes('für diese Zeile'))!;
    assert.equal(applyEdits('Intro.\nDas revolutionäre Messer.\n', editsFor(line.edit, u)), 'Intro.\ncopylint-disable-next-line push/hype -- <reason>\nDas revolutionäre Messer.\n');
  });

  it('applies all safe fixes for source.fixAll.copylint', async () => {
    const u = uri('en.md');
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.copylint'] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.copylint');
    assert.equal(applyEdits(EN, editsFor(actions[0].edit, u)), 'The knife. Buy!\n');
  });

  it('explains a finding on hover', async () => {
    const hover = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: uri('en.md') }, position: { line: 0, character: 8 } })) as Hover;
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /`push\/hype`/);
    assert.match(text, /Hype word “game-changing”/);
    assert.match(text, /\*Why:\* Hype is the sledgehammer strategy/);
    assert.match(text, /Remove “game-changing”/);
    assert.match(text, /copylint-disable-next-line push\/hype -- reason/);
    assert.equal(await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: uri('en.md') }, position: { line: 0, character: 0 } }), null);
  });

  it('names the language of a paragraph that is not the document\'s on hover', async () => {
    const u = uri('mixed.md');
    const english = 'The knife for your kitchen, made by us and loved by chefs around the world.';
    await client.open(u, 'markdown', `${english}\n\nDas revolutionäre Messer.\n\n${english}\n`);
    await client.waitFor('mixed diagnostics', () => client.diagnostics.get(u)?.diagnostics.find((x) => x.code === 'push/hype'));
    const hover = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 6 } })) as Hover;
    // Under auto, the German paragraph's message is German, and so is what the hover says around it.
    assert.match((hover.contents as { value: string }).value, /\*Sprache:\* Dieser Absatz wird als Deutsch geprüft, der Großteil des Dokuments als Englisch\./);
  });

  it('re-lints open documents when a config file changes', async () => {
    const u = uri('en.md');
    const before = client.published.length;
    writeFileSync(join(dir, '.copylintrc.json'), '{"rules": {"push/hype": "off", "push/hard-cta": "error"}}');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.copylintrc.json'), type: 1 }] });
    const p = await client.waitFor('re-lint', () => client.published.slice(before).find((x) => x.uri === u));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['push/hard-cta', 1]]);
  });

  it('reports a broken config on the config file, once, and keeps linting with the last good config', async () => {
    const u = uri('en.md');
    const before = client.published.length;
    writeFileSync(join(dir, '.copylintrc.json'), '{\n  "rules": {"push/hype": "loud"}\n}\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.copylintrc.json'), type: 2 }] });
    const onConfig = await client.waitFor('config diagnostics', () => client.published.slice(before).find((x) => x.uri === uri('.copylintrc.json')));
    assert.equal(onConfig.diagnostics[0].range.start.line, 1);
    assert.match(String(onConfig.diagnostics[0].message), /must be one of/);
    const doc = await client.waitFor('document still linted', () => client.published.slice(before).find((x) => x.uri === u));
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['push/hard-cta']);
    await client.waitFor('one message', () => client.messages.find((m) => /config error/.test(m)));
    // Another edit of the document does not repeat the notification.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: EN + 'More.\n' }] });
    await client.waitFor('relint', () => client.published.slice(before).find((x) => x.uri === u && x.version === 2));
    assert.equal(client.messages.filter((m) => /config error/.test(m)).length, 1);
    // Fixing the config clears its diagnostics.
    writeFileSync(join(dir, '.copylintrc.json'), '{}');
    const mark = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.copylintrc.json'), type: 2 }] });
    await client.waitFor('config cleared', () => client.published.slice(mark).find((x) => x.uri === uri('.copylintrc.json') && x.diagnostics.length === 0));
  });

  it('adds a phrase to an existing config\'s allow list', async () => {
    const u = uri('en.md');
    const d = (await client.waitFor('hype back', () => client.diagnostics.get(u)?.diagnostics.find((x) => x.code === 'push/hype'))) as Diagnostic;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const allow = actions.find((a) => a.title.startsWith('Add '))!;
    const [change] = allow.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: uri('.copylintrc.json'), version: null });
    const next = applyEdits(readFileSync(join(dir, '.copylintrc.json'), 'utf8'), change.edits as TextEdit[]);
    assert.deepEqual(JSON.parse(next), { terms: { allow: ['game-changing'] } });
  });

  it('skips a document above copylint.maxFileSize and says so in the status', async () => {
    const before = client.notifications.length;
    client.settings = { ...client.settings, maxFileSize: 0.00001 };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const status = await client.waitFor('status with a note', () =>
      client.notifications.slice(before).find((n) => n.method === 'copylint/status' && (n.params as { uri: string; note?: string }).uri === uri('de.md') && (n.params as { note?: string }).note),
    );
    assert.match((status.params as { note: string }).note, /^not linted: 0\.0 MB is above the limit of 0\.0 MB$/);
    assert.deepEqual(client.diagnostics.get(uri('de.md'))?.diagnostics, []);
    const skipped = client.notifications.length;
    client.settings = { ...client.settings, maxFileSize: 8 };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('linted again', () => client.notifications.slice(skipped).find((n) => n.method === 'copylint/status' && (n.params as { uri: string }).uri === uri('en.md') && !(n.params as { note?: string }).note));
    assert.ok((client.diagnostics.get(uri('en.md'))?.diagnostics.length ?? 0) > 0);
  });

  it('turns off with copylint.enable = false', async () => {
    client.settings = { ...client.settings, enable: false };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('cleared', () => (client.diagnostics.get(uri('de.md'))?.diagnostics.length === 0 && client.diagnostics.get(uri('en.md'))?.diagnostics.length === 0) || undefined);
    client.settings = { ...client.settings, enable: true };
  });

  it('runs the fix-all and create-config commands through workspace/applyEdit', async () => {
    client.settings = { ...client.settings, enable: true };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.conn.sendRequest('workspace/executeCommand', { command: 'copylint.server.fixAll', arguments: [uri('en.md')] });
    const applied = client.appliedEdits.at(-1) as { edit: WorkspaceEdit };
    assert.ok(editsFor(applied.edit, uri('en.md')).length === 1);
    const r = (await client.conn.sendRequest('workspace/executeCommand', { command: 'copylint.server.createConfig', arguments: [pathToFileURL(dir).href] })) as { created: boolean; reason: string };
    assert.deepEqual(r.created, false);
    assert.equal(r.reason, 'exists');
  });
});
