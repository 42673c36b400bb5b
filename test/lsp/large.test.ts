import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleCopy } from '../../scripts/sampleCopy';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { engine } from '../helpers/engine';
import { lspSession } from '../helpers/lsp';

// About 3 MB of Markdown: long enough to be linted in many slices.
const BIG = sampleCopy(50_000, '\n\n');
const SMALL = 'Buy now! The game-changing knife.\n';

describe('language server with a long document (dist/server.js)', () => {
  const lsp = lspSession({ 'big.md': '', 'small.md': '' });
  const { uri } = lsp;

  it('answers for other documents while a long one is linted, drops the lint of an outdated version, and publishes the same findings as a whole lint, the first maxNumberOfProblems of them', async () => {
    const big = uri('big.md');
    const small = uri('small.md');
    await lsp.client.open(big, 'markdown', BIG);
    await lsp.client.open(small, 'markdown', SMALL);
    await lsp.client.waitFor('small document diagnostics', () => lsp.client.published.find((p) => p.uri === small));
    // The small document was served in between the slices of the long one.
    assert.ok(!lsp.client.published.some((p) => p.uri === big), 'the long document finished before the small one was served');

    // Edit the long document while its first lint is still running: that lint stops unpublished.
    const edited = BIG.replace('A calm sentence', 'Buy now! A calm sentence');
    await lsp.client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [{ text: edited }] });
    const published = await lsp.client.waitFor('long document diagnostics', () => lsp.client.published.find((p) => p.uri === big), 120_000);
    assert.equal(published.version, 2, 'diagnostics of the outdated version were published');
    assert.equal(lsp.client.published.filter((p) => p.uri === big).length, 1);

    const expected = engine.lint(edited, { format: 'markdown' }).findings;
    assert.ok(expected.length > 10_000);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      expected.slice(0, DEFAULT_SETTINGS.maxNumberOfProblems).map((f) => f.ruleId),
    );
    // The status counts every finding: the lint thread sent them in parts, and all arrived.
    const status = await lsp.client.waitFor('long document status', () => lsp.client.notifications.find((n) => n.method === 'copylint/status' && (n.params as { uri: string; version: number }).uri === big && (n.params as { version: number }).version === 2));
    const counts = (status.params as { counts: Record<string, number> }).counts;
    const family = (f: string) => expected.filter((x) => x.ruleId.startsWith(`${f}/`)).length;
    assert.deepEqual([counts.features, counts.push, counts.polarize], [family('features'), family('push'), family('polarize')]);
  });
});

// About 2 MB in one paragraph: the engine cannot cut it into parts, so its lint is one long run.
const ONE_PARAGRAPH = sampleCopy(40_000, ' ');

describe('language server with a long paragraph (dist/server.js, issue 12, item 17)', () => {
  const lsp = lspSession({ 'paragraph.md': '', 'small.md': '', 'other.md': '' });
  const { uri } = lsp;

  it('answers a hover and lints another document while one long paragraph is linted', async () => {
    const big = uri('paragraph.md');
    const small = uri('small.md');
    const other = uri('other.md');
    await lsp.client.open(small, 'markdown', SMALL);
    await lsp.client.waitFor('small document diagnostics', () => lsp.client.diagnostics.get(small));
    // The server asks for a document's settings just before it lints it: ask for the hover then.
    let lintStarted!: () => void;
    const started = new Promise<void>((resolve) => (lintStarted = resolve));
    lsp.client.conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
      if (p.items.some((i) => i.scopeUri === big)) setTimeout(lintStarted, 0);
      return p.items.map(() => lsp.client.settings);
    });
    const opened = performance.now();
    await lsp.client.open(big, 'markdown', ONE_PARAGRAPH);
    await started;
    const hovered = lsp.client.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } }).then((hover) => ({ hover, ms: performance.now() - opened, bigDone: lsp.client.diagnostics.has(big) }));
    await lsp.client.open(other, 'markdown', SMALL);
    const otherDone = await lsp.client.waitFor('other document diagnostics', () => lsp.client.diagnostics.get(other) && { ms: performance.now() - opened, bigDone: lsp.client.diagnostics.has(big) });
    const published = await lsp.client.waitFor('long paragraph diagnostics', () => lsp.client.diagnostics.get(big), 120_000);
    const lintMs = performance.now() - opened;
    const hover = await hovered;

    // Linted whole, published up to the cap.
    assert.equal(published.diagnostics.length, DEFAULT_SETTINGS.maxNumberOfProblems, 'the long paragraph was linted');
    assert.ok(hover.hover, 'the hover has content');
    assert.ok(!hover.bigDone && !otherDone.bigDone, 'the hover or the other document waited for the long lint');
    // Bounds relative to the long lint, measured here: the machine may be slow, the order may not change.
    assert.ok(hover.ms < lintMs / 4, `hover after ${hover.ms.toFixed(0)} ms, the long lint took ${lintMs.toFixed(0)} ms`);
    assert.ok(otherDone.ms < lintMs / 2, `other document after ${otherDone.ms.toFixed(0)} ms, the long lint took ${lintMs.toFixed(0)} ms`);
  });
});
