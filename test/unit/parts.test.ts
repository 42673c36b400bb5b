import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/parse';
import { splitDocument } from '../../server/src/core/parse/split';
import type { DocFormat, LintOptions } from '../../server/src/core/types';
import { engine } from '../helpers/engine';

const parseRows = (text: string) => parseDocument(text, 'markdown').segments.filter((s) => s.kind === 'table-row').map((s) => s.text);

/** Lints a document cut into parts of about `target` characters, as the CLI's threads and the editor do. */
function lintInParts(text: string, options: LintOptions, target: number) {
  const cuts = splitDocument(text, options.format, target);
  const parts = cuts.map((start, i) => engine.lintPart(text.slice(start, cuts[i + 1] ?? text.length), start, options));
  return { cuts, result: engine.finish(text, parts, options) };
}

// Prose that triggers rules, blank lines, and lines that open or close block structure that can
// run past blank lines: a cut in the wrong place changes the findings.
const PROSE = ['Buy now, only today!', 'Die alten Automobilhersteller haben versagt.', 'Wir sind die Besten, jetzt kaufen.', 'Our revolutionary app has 16 GB, 5000 mAh, IP68, 5G and NFC.', '4K HDR', '16 GB RAM', 'OK'];
const STRUCTURE = [
  '```', '~~~', '````', '  ```', '   ```', '``` js', '```  ', '```x```', '~~~ `x`', '<!--', '-->', '<!-- copylint-disable push/urgency -- launch page -->', '<!-- copylint-enable -->', '<div>', '</div>', '<pre>', '</pre>',
  '<script>', '</script>', '<?php', '?>', '<!DOCTYPE html>', '<!doctype', '<![CDATA[', ']]>', '  <!--', '- item', '  continued', '    code', '> quote', '1. first', '# Heading', '===', '---',
  '| a | b |', '|---|---|', '\tTabbed', 'See [the page][ref].', '[ref]: https://example.com', '[ref]:', '> [ref]: /x',
];
const line = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PROSE) }, { weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(...STRUCTURE) });
const lineEnd = fc.oneof({ weight: 8, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constantFrom('\r\n', '\r') });
const document = fc.array(fc.tuple(line, lineEnd), { maxLength: 60 }).map((lines) => lines.map(([l, end]) => l + end).join(''));

describe('documents linted in parts', () => {
  for (const format of ['markdown', 'plaintext'] as DocFormat[]) {
    it(`${format}: any split gives the same findings, languages and words as one lint`, () => {
      fc.assert(
        fc.property(document, fc.integer({ min: 1, max: 80 }), (text, target) => {
          const options: LintOptions = { format };
          const { result } = lintInParts(text, options, target);
          assert.deepEqual(result, engine.lint(text, options));
        }),
        { numRuns: Number(process.env.COPYLINT_PROPERTY_RUNS ?? 300) * 3 },
      );
    });
  }

  it('cuts long Markdown only before top-level paragraphs, and not inside code, HTML runs or front matter', () => {
    const para = 'Unser revolutionäres Messer schneidet alles.';
    const text = ['---', 'title: Jetzt kaufen', '', 'description: Nur heute', '---', '', para, '', '```', '', para, '```', '', para, '', '<!--', '', para, '-->', '', para].join('\n');
    const cuts = splitDocument(text, 'markdown', 1);
    const starts = cuts.slice(1).map((c) => text.slice(c, c + para.length));
    assert.ok(cuts.length === 4, `cuts at ${cuts}`);
    assert.ok(starts.every((s) => s === para));
    // The paragraphs inside the fence and the comment are not cut points.
    assert.deepEqual(cuts.slice(1).map((c) => text.lastIndexOf('\n', c - 2)), cuts.slice(1).map((c) => c - 2));
    assert.deepEqual(lintInParts(text, { format: 'markdown' }, 1).result, engine.lint(text, { format: 'markdown' }));
  });

  it('still cuts after an HTML line with a pipe that no delimiter row follows', () => {
    const para = 'Unser revolutionäres Messer schneidet alles.';
    const text = ['<kbd>Ctrl</kbd> | copy', 'and paste', '', para, '', para].join('\n');
    const cuts = splitDocument(text, 'markdown', 1);
    assert.deepEqual(cuts.slice(1).map((c) => text.slice(c, c + para.length)), [para, para]);
    assert.deepEqual(lintInParts(text, { format: 'markdown' }, 1).result, engine.lint(text, { format: 'markdown' }));
  });

  it('stops cutting where a fence or HTML block may belong to a list item or to other HTML', () => {
    // Each would be cut inside a fenced code block if the scanner took the marked line at face value.
    const hazards = [
      ['- item', '', '  ```', '', 'Buy now!', '', '```', '', 'Buy now!', '', 'Buy now!', '```', '', 'Buy now!'], // fence indented in a list item
      ['<div>', '```', '</div>', '', '```', 'code', '', 'Buy now!', '```', '', 'Buy now!'], // fence line inside an HTML block
      ['- item', '', '  <!--', '', '```', '-->', '', 'Buy now!', '```', '', 'Buy now!'], // comment indented in a list item
      ['<div>', '<!--', '', '```', '-->', '', 'Buy now!', '```', '', 'Buy now!'], // comment opened inside an HTML block
      // Found by fast-check: a backtick "fence" with a backtick in its info string is inline code, so the
      // fence opens on the next line and runs to the end; the splitter took the pair for open and close.
      ['```Das```', '', '```', '', 'Jetzt kaufen!', '', 'Buy now!'],
      // Found by the property campaign of 2026-12-01 (22,855th case): "<!--|  |" over a delimiter row
      // is a table's header, so the comment never opens and the fence after it runs past "-->".
      ['<!--|  |', '|---|-', '```', '', '--|', '', '<!-- note -->', '', 'Das revolutionäre Messer', '```', '', '```'],
      // Found by fast-check while the splitter learned to read the line after such an opener: over a
      // blank line "<!--|en!" opens a comment that runs to the end.
      ['Das', '', '<!--|en!', '', '', '', 'Das alten Messer', '', 'Das revolutionäre Messer'],
    ];
    for (const lines of hazards) {
      const text = lines.join('\n');
      assert.deepEqual(lintInParts(text, { format: 'markdown' }, 1).result, engine.lint(text, { format: 'markdown' }), text);
    }
  });

  it('reads a table cell on its own row only (found by fast-check: a cell matched text further down, so a whole lint lost it)', () => {
    const text = '\n\n</b>\n\nging Das _   alten </b> Привет unser\n\n|  |     𐀀  𐀀𐀀  |\n|---|---|\n| ` Das " _ 𐀀 𐀀  " |\n| ü 5000 mAh \n ü | 𐀀𐀀𐀀 𐀀𐀀 𐀀 | </b> Das----\ntitle: "<b> \\" * <b> \\r\n\nJetzt kaufen!\n\n\\n   16 GB Das"\n---\n<b> " * <b> \r\n   16 GB Das\n\n# " \n\n 🎉 \n\n \n IP68 #';
    assert.ok(parseRows(text).some((row) => row.startsWith('title:') && row.includes('\\r')), 'the cell text of the row is kept');
    assert.deepEqual(lintInParts(text, { format: 'markdown' }, 1).result, engine.lint(text, { format: 'markdown' }));
  });

  it('does not cut documents whose structure crosses parts: reference definitions, HTML, MDX, short texts', () => {
    const long = 'Jetzt kaufen!\n\n'.repeat(50);
    assert.deepEqual(splitDocument(long + '[a]: https://example.com', 'markdown', 10), [0]);
    assert.deepEqual(splitDocument(long + '- > [a\nlabel]: https://example.com', 'markdown', 10), [0]);
    assert.ok(splitDocument(long + 'Yawd [noun, Bostonese]: the campus', 'markdown', 10).length > 5);
    assert.deepEqual(splitDocument(long, 'html', 10), [0]);
    assert.deepEqual(splitDocument(long, 'mdx', 10), [0]);
    assert.deepEqual(splitDocument(long, 'markdown', 10_000), [0]);
    assert.ok(splitDocument(long, 'markdown', 100).length > 5);
  });

  it('joins page-level results across parts: feature balance, directives that span parts, the document language', () => {
    const spec = 'Das Gerät hat 16 GB RAM, 512 GB SSD und 5000 mAh.';
    const text = ['<!-- copylint-disable push/urgency -- launch page -->', '', ...Array(6).fill(spec), 'Nur heute!', '', '4K HDR', '', 'Nur heute!'].join('\n\n');
    const options: LintOptions = { format: 'markdown' };
    const whole = engine.lint(text, options);
    assert.ok(whole.findings.some((f) => f.ruleId === 'features/feature-balance'));
    assert.ok(!whole.findings.some((f) => f.ruleId === 'push/urgency'));
    const { cuts, result } = lintInParts(text, options, 1);
    assert.ok(cuts.length > 5);
    assert.deepEqual(result, whole);
  });
});
