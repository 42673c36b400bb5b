import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine } from '../helpers/engine';
import { lspSession } from '../helpers/lsp';

// About 3 MB of Markdown: long enough to be linted in many slices. Numbered, so no two parts
// are alike (the server would reuse the result of a part it has seen).
const PARAGRAPHS = ['Das revolutionäre Messer. Jetzt kaufen!', 'Unsere Konkurrenz schläft, wir nicht.', 'The game-changing knife has 16 GB, 5000 mAh, IP68, 5G and NFC.', 'A calm sentence about the weather in spring.'];
const BIG = Array.from({ length: 50_000 }, (_, i) => `${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`).join('\n\n') + '\n';
const SMALL = 'Buy now! The game-changing knife.\n';

describe('language server with a long document (dist/server.js)', () => {
  const lsp = lspSession({ 'big.md': '', 'small.md': '' });
  const { uri } = lsp;

  it('answers for other documents while a long one is linted, drops the lint of an outdated version, and publishes the same findings as a whole lint', async () => {
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
      expected.map((f) => f.ruleId),
    );
  });
});
