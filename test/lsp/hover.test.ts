import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverAt } from '../../server/src/lsp/hover';
import { engineFor } from '../../server/src/node/engine';

describe('hover', () => {
  const engine = engineFor([{ id: 'team/no-cheap', family: 'push', message: 'Say affordable', phrases: ['cheap'] }]);
  const text = 'Cheap and game-changing.';
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const findings = engine.lint(text, { format: 'markdown' }).findings;
  const hover = (character: number) => (hoverAt(doc, { line: 0, character }, findings, engine, 'auto')?.contents as { value: string }).value;

  it('links a bundled rule to its bundled documentation, which VS Code opens in a tab', () => {
    const link = /\[Rule documentation\]\((file:\/\/.*rules\/push\/hype\.md)\)/.exec(hover(12));
    assert.ok(link && existsSync(fileURLToPath(link[1])), hover(12));
  });

  it('offers no way to disable the engine\'s own findings', () => {
    const text = '<!-- copylint-disable-next-line push/hype -->\nDas revolutionäre Messer.';
    const doc = TextDocument.create('file:///y.md', 'markdown', 1, text);
    const findings = engine.lint(text, { format: 'markdown' }).findings;
    assert.deepEqual(findings.map((f) => f.ruleId), ['copylint/directive']);
    const value = (hoverAt(doc, { line: 0, character: 5 }, findings, engine, 'auto')?.contents as { value: string }).value;
    // Said in the German page's language, as the finding belongs to no paragraph.
    assert.match(value, /braucht eine Begründung/);
    assert.doesNotMatch(value, /Disable|Abschalten/);
  });

  it('links no documentation for a team rule, which has none', () => {
    const text = hover(1);
    assert.match(text, /`team\/no-cheap`/);
    assert.doesNotMatch(text, /Rule documentation/);
  });

  it('says which voice the paragraph was read in, for a rule that depends on it', () => {
    const text = 'Jetzt im Shop: das Tablet mit SSH, TLS und GPG.';
    const doc = TextDocument.create('file:///z.md', 'markdown', 1, text);
    // A German paragraph, with English messages pinned (under auto its messages are German).
    const findings = engine.lint(text, { format: 'markdown', messageLanguage: 'en' }).findings;
    const jargon = findings.find((f) => f.ruleId === 'features/unexplained-jargon');
    assert.equal(jargon?.voice, 'sells');
    const value = (hoverAt(doc, doc.positionAt(jargon!.start), findings, engine, 'en')?.contents as { value: string }).value;
    assert.match(value, /\*Voice:\* this paragraph reads as copy that sells, and the rule applies to copy that sells\./);
    // A paragraph with no cues of its own in a document with none is read as having no clear voice.
    const hype = engine.lint('Das revolutionäre Messer.', { format: 'markdown' }).findings[0];
    assert.equal(hype.ruleId, 'push/hype');
    assert.equal(hype.voice, 'unknown');
  });
});

describe('hover in German', () => {
  const engine = engineFor([]);
  const text = 'Das revolutionäre Messer.';
  const doc = TextDocument.create('file:///de.md', 'markdown', 1, text);

  it('explains a German message in German: principle, rewrites, how to disable', () => {
    const findings = engine.lint(text, { format: 'markdown', messageLanguage: 'de' }).findings;
    const value = (hoverAt(doc, { line: 0, character: 6 }, findings, engine, 'de')?.contents as { value: string }).value;
    assert.match(value, /Hype-Wort „revolutionäre“/);
    assert.match(value, /\*Warum:\* Hype ist die Holzhammer-Methode/);
    assert.match(value, /\*Vorschläge:\*\n- „revolutionäre“ streichen/);
    assert.match(value, /\*Abschalten:\*/);
    const link = /\[Dokumentation der Regel\]\((file:\/\/.*rules\/push\/hype\.de\.md)\)/.exec(value);
    assert.ok(link && existsSync(fileURLToPath(link[1])), value);
  });
});

describe('hover on a paragraph in the other language', () => {
  const engine = engineFor([]);
  const english = 'The revolutionary knife for your kitchen, made by us and loved by chefs around the world.';
  const text = `${english}\n\nDas revolutionäre Messer für Ihre Küche.\n\n${english}`;
  const doc = TextDocument.create('file:///mixed.md', 'markdown', 1, text);
  const result = engine.lint(text, { format: 'markdown' });
  const hover = (at: number, messageLanguage: 'auto' | 'en' | 'de') =>
    (hoverAt(doc, doc.positionAt(at), result.findings, engine, messageLanguage, result.language)?.contents as { value: string }).value;

  it('says the paragraph was checked as German in an English document, and how to correct it', () => {
    assert.equal(result.language, 'en');
    const value = hover(text.indexOf('revolutionäre'), 'en');
    assert.match(value, /\*Language:\* this paragraph is checked as German; most of the document is English\. Wrong\? Put `<!-- copylint-language en -->` above the paragraph\./);
  });

  it('says it in German when the messages are German', () => {
    assert.match(hover(text.indexOf('revolutionäre'), 'de'), /\*Sprache:\* Dieser Absatz wird als Deutsch geprüft, der Großteil des Dokuments als Englisch\./);
  });

  it('says nothing of the language for a paragraph in the document\'s own', () => {
    assert.doesNotMatch(hover(text.indexOf('revolutionary'), 'en'), /Language:/);
  });
});
