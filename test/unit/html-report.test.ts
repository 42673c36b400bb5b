import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHtml } from '../../server/src/cli/formatters/html';
import type { FileResult } from '../../server/src/cli/results';
import type { Finding } from '../../server/src/core/types';
import { sectionsOf } from '../../server/src/report/tone';

const ctx = { cwd: '/work', color: false, version: '0', rules: [], problems: [], language: 'en' as const };
const html = (results: FileResult[], language: 'de' | 'en' = 'en') => [...formatHtml(results, { ...ctx, language })].join('');
const at = (source: string, phrase: string, ruleId: string, message = 'Hard sell.'): Finding => {
  const start = source.indexOf(phrase);
  return { ruleId, severity: 'warning', message, start, end: start + phrase.length };
};

const PAGE = 'Intro text here.\n\n# Hero & "Co"\n\nBuy now and save big.\n\n## Details\n\nIt checks copy in two languages.\n';
const page: FileResult = {
  filePath: '/work/page.md',
  source: PAGE,
  words: 15,
  findings: [at(PAGE, 'Buy now', 'push/hard-cta', 'Hard sell <script>alert("x")</script> & more'), at(PAGE, 'save big', 'push/urgency'), at(PAGE, 'two', 'features/vague')],
};

describe('--format html', () => {
  it('splits a file at its headings, with the text before the first heading as a section of its own', () => {
    const sections = sectionsOf(page.source, 'markdown', page.findings);
    assert.deepEqual(
      sections.map((s) => [s.title, s.words, s.perFamily.push, s.perFamily.features]),
      [
        [undefined, 3, 0, 0],
        ['Hero & "Co"', 7, 2, 0],
        ['Details', 7, 0, 1],
      ],
    );
  });

  it('is one section for a file without headings, and drops an empty lead before the first heading', () => {
    assert.equal(sectionsOf('Just one paragraph.', 'plaintext', []).length, 1);
    assert.deepEqual(
      sectionsOf('# Only\n\nText.\n', 'markdown', []).map((s) => s.title),
      ['Only'],
    );
  });

  it('draws a bar per family and section, with counts and text labels', () => {
    const out = html([page]);
    assert.equal(out.match(/<figure class="tone-section"/g)?.length, 3);
    assert.equal(out.match(/class="bar-row"/g)?.length, 9);
    const counts = [...out.matchAll(/data-family="(\w+)" data-count="(\d+)"/g)].map((m) => `${m[1]}=${m[2]}`);
    assert.deepEqual(counts, ['features=0', 'push=0', 'polarize=0', 'features=0', 'push=2', 'polarize=0', 'features=1', 'push=0', 'polarize=0']);
    assert.match(out, /aria-label="push: 2 findings, 28\.6 per 100 words"/);
    assert.match(out, /<th scope="col">Line:column<\/th>/);
    assert.match(out, /<td>5:1<\/td><td>warning<\/td><td>push\/hard-cta<\/td>/);
    assert.match(out, /data-total="3">1 file, 3 problems/);
  });

  it('escapes messages, headings and file names, and loads nothing', () => {
    const out = html([{ ...page, filePath: '/work/<b>.md' }]);
    assert.ok(!out.includes('<script'), 'a message became markup');
    assert.ok(out.includes('Hard sell &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more'));
    assert.ok(out.includes('<strong>Hero &#38; &#34;Co&#34;</strong>'));
    assert.ok(out.includes('<h2 id="file-0">&#60;b&#62;.md</h2>'));
    assert.match(out, /content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.ok(!/\b(?:src|href)=/.test(out), 'an external reference');
  });

  it('reads the tone in one line, in the report language', () => {
    assert.match(html([page]), /Tone score \d+ of 100<\/strong>: sells hard in “Hero &#38; &#34;Co&#34;”, heavy on specs in “Details”, calm elsewhere\./);
    const calm: FileResult = { filePath: '/work/calm.md', source: '# Ruhig\n\nEin Text.\n', findings: [], words: 3 };
    const de = html([calm], 'de');
    assert.match(de, /<html lang="de">/);
    assert.match(de, /Tonwert 100 von 100<\/strong>: durchgehend ruhig\./);
    assert.match(de, /Keine Funde\./);
    assert.match(de, /1 Datei, 0 Probleme/);
  });
});
