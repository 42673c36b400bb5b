import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toneProfileHtml } from '../../client/src/toneProfileHtml';
import { toneProfile } from '../../server/src/lsp/toneProfile';
import { engine } from '../helpers/engine';

const PAGE = '# Hero\n\nThe revolutionary, game-changing knife. Buy now! Only 3 left, order today!\n\n## How it cuts\n\nIt stays sharp for a year and you can sharpen it at home.\n';

function profileOf(text: string, lang: 'de' | 'en' = 'en', languageId = 'markdown') {
  const doc = TextDocument.create('file:///w/page.md', languageId, 3, text);
  const result = engine.lint(text, { format: 'markdown' });
  return { profile: toneProfile(doc, { uri: doc.uri, version: doc.version, result }, lang), result };
}

describe('tone profile (server side)', () => {
  it('has a section per heading (starting at its text) with a bar per family, and the findings of each bar as ranges', () => {
    const { profile, result } = profileOf(PAGE);
    assert.equal(profile.version, 3);
    assert.deepEqual(
      profile.sections.map((s) => [s.label, s.start]),
      [
        ['Hero', { line: 0, character: 2 }],
        ['How it cuts', { line: 4, character: 3 }],
      ],
    );
    const [hero, cuts] = profile.sections;
    assert.deepEqual(
      hero.bars.map((b) => b.family),
      ['features', 'push', 'polarize'],
    );
    const push = hero.bars[1];
    assert.equal(push.count, result.findings.filter((f) => f.ruleId.startsWith('push/')).length);
    assert.ok(push.count >= 2 && push.width > 0 && push.width <= 100);
    assert.equal(push.findings.length, push.count);
    // Ranges in document order, on the hero's line, "revolutionary" among them.
    assert.ok(push.findings.every((r) => r.start.line === 2));
    assert.ok(push.findings.some((r) => r.start.character === 4 && r.end.character === 17));
    assert.ok(push.findings.every((r, i) => i === 0 || r.start.character >= push.findings[i - 1].start.character));
    assert.match(push.label, /^push: \d+ findings, [\d.]+ per 100 words$/);
    assert.ok(cuts.bars.every((b) => b.count === 0 && b.width === 0 && !b.findings.length));
  });

  it('reads the tone as the HTML report does, in the message language', () => {
    const en = profileOf(PAGE).profile;
    assert.equal(en.lang, 'en');
    assert.match(en.scoreText, /^Tone score \d+ of 100$/);
    assert.equal(en.reading, 'sells hard in “Hero”, calm elsewhere');
    assert.match(en.hint, /Enter/);
    const de = profileOf(PAGE, 'de').profile;
    assert.equal(de.reading, 'verkauft mit Nachdruck in „Hero“, sonst ruhig');
    assert.match(de.scoreText, /^Tonwert \d+ von 100$/);
    assert.match(de.sections[0].bars[1].label, /^Druck: \d+ Funde, \d+,\d je 100 Wörter$/);
    assert.equal(profileOf('Just a calm line of text.\n', 'en', 'plaintext').profile.sections[0].label, 'Whole document');
    const doc = TextDocument.create('file:///w/big.md', 'markdown', 1, PAGE);
    const big = toneProfile(doc, { uri: doc.uri, version: 1, result: engine.lint(PAGE, { format: 'markdown', maxChars: 10 }) }, 'en');
    assert.match(big.note!, /^not linted/);
    assert.deepEqual(big.sections, []);
  });
});

describe('tone profile webview page', () => {
  const script = readFileSync(join(__dirname, '..', '..', 'dist', 'webview', 'toneProfile.js'), 'utf8');
  const page = (over: Partial<Parameters<typeof toneProfileHtml>[0]> = {}) => toneProfileHtml({ nonce: 'abc123', script, lang: 'en', title: 'copylint: Tone Profile', empty: 'Open a document.', ...over });

  it('has a strict Content-Security-Policy with its nonce on every script and style', () => {
    const html = page();
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'");
    const tags = [...html.matchAll(/<(script|style)\b([^>]*)>/g)];
    assert.deepEqual(
      tags.map((t) => t[1]),
      ['style', 'script'],
    );
    for (const t of tags) assert.equal(t[2], ' nonce="abc123"');
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before what it governs');
  });

  it('loads nothing: no http(s) URL, no src or href, and the script inline', () => {
    const html = page();
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /\s(?:src|href)=/i);
    assert.ok(html.includes(script.slice(0, 200)));
    // Nothing of the script or the words can close the script or break out of markup.
    assert.equal(page({ script: 'x("</script><b>")' }).match(/<\/script>/g)?.length, 1);
    assert.ok(page({ empty: '<img src=x>' }).includes('&#60;img src=x&#62;'));
  });

  it('follows the theme: VS Code colour variables, high contrast and a visible focus', () => {
    const html = page();
    assert.match(html, /var\(--vscode-foreground\)/);
    assert.match(html, /body\.vscode-high-contrast /);
    assert.match(html, /\.bar-button:focus-visible \{ outline: 2px solid var\(--vscode-focusBorder\)/);
  });
});
