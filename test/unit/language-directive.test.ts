import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDocument } from '../../server/src/core/parse/split';
import type { DocFormat, LintOptions } from '../../server/src/core/types';
import { engine } from '../helpers/engine';

// German by every cue, with one English hype word: the German rules find the announcement, the English ones the hype.
const GERMAN = 'Wir sind stolz auf unser revolutionary Messer, das die Küche verändert.';
const found = (text: string, format: DocFormat = 'markdown', options: Partial<LintOptions> = {}) =>
  engine.lint(text, { format, ...options }).findings.map((f) => `${f.ruleId}:${f.lang ?? '-'}`);

describe('copylint-language directive', () => {
  it('without it, the paragraph is read as German', () => {
    assert.deepEqual(found(GERMAN), ['push/announcement:de']);
  });

  it('forces the next paragraph to English: English rules, English messages', () => {
    const result = engine.lint(`<!-- copylint-language en -->\n${GERMAN}`, { format: 'markdown' });
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.lang]), [['push/hype', 'en']]);
    assert.match(result.findings[0].message, /^Hype word “revolutionary”/);
    assert.deepEqual(result.languages, ['en']);
  });

  it('speaks for the next paragraph only', () => {
    assert.deepEqual(found(`<!-- copylint-language en -->\n${GERMAN}\n\n${GERMAN}`), ['push/hype:en', 'push/announcement:de']);
  });

  it('beats a language pinned in the config', () => {
    assert.deepEqual(found(`<!-- copylint-language en -->\n${GERMAN}`, 'markdown', { language: 'de' }), ['push/hype:en']);
  });

  it('is read in its MDX form and as a plain-text line', () => {
    assert.deepEqual(found(`{/* copylint-language en */}\n\n${GERMAN}`, 'mdx'), ['push/hype:en']);
    assert.deepEqual(found(`copylint-language en\n${GERMAN}`, 'plaintext'), ['push/hype:en']);
  });

  it('reports a language copylint does not speak as a directive problem, and detects as before', () => {
    const result = engine.lint(`<!-- copylint-language fr -->\n${GERMAN}`, { format: 'markdown' });
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.message]), [
      // In the German document's language, as the directive belongs to no paragraph.
      ['copylint/directive', 'Die Anweisung „copylint-language“ braucht „de“ oder „en“, nicht „fr“.'],
      ['push/announcement', result.findings[1].message],
    ]);
    assert.match(found('<!-- copylint-language -->\nHallo.')[0], /^copylint\/directive/);
  });

  it('keeps a long document in one part across the directive and its paragraph', () => {
    const before = 'Ein Absatz.\n\n'.repeat(10);
    const text = `${before}<!-- copylint-language en -->\n\n${GERMAN}\n\nNoch einer.\n`;
    const cuts = splitDocument(text, 'markdown', 10);
    assert.ok(!cuts.includes(text.indexOf(GERMAN)), `cut between directive and paragraph: ${cuts}`);
    assert.ok(cuts.includes(text.indexOf('Noch einer.')));
  });

  it('keeps the directive with its paragraph across another directive between them (found in review)', () => {
    const before = 'Ein Absatz.\n\n'.repeat(10);
    const text = `${before}<!-- copylint-language en -->\n\n<!-- copylint-disable-next-line push/hype -- ok -->\n\n${GERMAN}\n\nNoch einer.\n`;
    const cuts = splitDocument(text, 'markdown', 10);
    assert.ok(!cuts.includes(text.indexOf(GERMAN)), `cut between directive and paragraph: ${cuts}`);
    assert.ok(cuts.includes(text.indexOf('Noch einer.')));
  });
});
