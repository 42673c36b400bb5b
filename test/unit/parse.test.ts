import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/parse';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { LineIndex } from '../../server/src/core/parse/lines';
import { isContiguous, toDocEnd, toDocStart, type Segment } from '../../server/src/core/parse/segment';
import type { DocFormat } from '../../server/src/core/types';
import { lint } from '../helpers/engine';

const texts = (source: string, format: DocFormat) => parseDocument(source, format).segments.map((s) => s.text);

/** Every verbatim piece of every segment must be the source text at its offset. */
function assertExactPieces(source: string, segments: Segment[]): void {
  for (const seg of segments) {
    for (const p of seg.pieces) {
      if (p.decoded) continue; // an escape or entity: it points at where its source starts
      const piece = seg.text.slice(p.at, p.at + p.length);
      assert.equal(source.slice(p.doc, p.doc + p.length), piece, `piece "${piece}"`);
    }
  }
}

describe('Markdown prose', () => {
  const source = [
    '---',
    'title: "Die revolutionäre Jacke"',
    'description: Leicht und warm',
    'layout: post',
    '---',
    '# Hallo **Welt**',
    '',
    'Text mit `inline code` und [einem Link](https://example.com/hype) und https://example.org/bare sowie <https://auto.link>.',
    '',
    '```',
    'Jetzt kaufen!!! REVOLUTIONÄR',
    '```',
    '',
    '    indented code JETZT KAUFEN',
    '',
    '<div class="x">raw html block</div>',
    '',
    '- erster Punkt',
    '- zweiter Punkt',
    '',
    '| Teil | Wert |',
    '|---|---|',
    '| Motor | 750 W |',
    '',
    '![Ein Bild von uns](bild.png "Titel")',
    '',
    'Escaped \\* star &amp; entity.',
  ].join('\n');
  const parsed = parseDocument(source, 'markdown');

  it('keeps front matter title and description, nothing else of it', () => {
    const meta = parsed.segments.filter((s) => s.kind === 'meta').map((s) => s.text);
    assert.deepEqual(meta, ['Die revolutionäre Jacke', 'Leicht und warm']);
  });

  it('skips code, raw HTML, link destinations, autolinks and bare URLs', () => {
    const all = parsed.segments.map((s) => s.text).join('\n');
    for (const hidden of ['inline code', 'JETZT', 'Jetzt kaufen', 'raw html', 'example.com', 'example.org', 'auto.link', 'layout', 'bild.png']) {
      assert.ok(!all.includes(hidden), `"${hidden}" should not be prose`);
    }
    for (const shown of ['Hallo Welt', 'einem Link', 'erster Punkt', 'Motor | 750 W', 'Ein Bild von uns', 'Escaped * star & entity.']) {
      assert.ok(all.includes(shown), `"${shown}" should be prose`);
    }
  });

  it('labels segment kinds', () => {
    const kinds = new Map(parsed.segments.map((s) => [s.text, s.kind]));
    assert.equal(kinds.get('Hallo Welt'), 'heading');
    assert.equal(kinds.get('erster Punkt'), 'list-item');
    assert.equal(kinds.get('Motor | 750 W'), 'table-row');
    assert.equal(kinds.get('Teil | Wert'), 'table-head');
  });

  it('maps every piece back to the exact source offsets', () => {
    assertExactPieces(source, parsed.segments);
    const seg = parsed.segments.find((s) => s.text.startsWith('Escaped'))!;
    // An escaped character points at its escape and is never edited by a fix.
    const star = seg.text.indexOf('*');
    assert.equal(source.slice(toDocStart(seg, star), toDocStart(seg, star) + 2), '\\*');
    assert.equal(isContiguous(seg, star, star + 1), false);
    assert.equal(isContiguous(seg, 0, star - 1), true);
  });

  it('maps escaped front-matter values so fixes never edit the wrong characters (found by fast-check)', () => {
    const source = '---\ntitle: "Das Messer !!! \\n"\n---\nText.\n';
    const [meta] = parseDocument(source, 'markdown').segments;
    assert.equal(meta.text, 'Das Messer !!! \n');
    assertExactPieces(source, [meta]);
    const bang = meta.text.indexOf('!!!');
    assert.equal(source.slice(toDocStart(meta, bang), toDocEnd(meta, bang + 3)), '!!!');
  });

  it('reads MDX without its expressions and comments', () => {
    const text = 'Jetzt {/* Buy now!!! */} lesen.\n\n{/*\nBuy now!!!\n*/}\n\nIm Jahr {new Date().getFullYear()} und {items.map((i) => ({ i }))} gilt \\{das\\}.';
    // Blanked in place, so offsets keep: the expressions leave runs of spaces.
    assert.deepEqual(texts(text, 'mdx').map((t) => t.replace(/ +/g, ' ')), ['Jetzt lesen.', 'Im Jahr und gilt {das}.']);
  });

  it('reads MDX without its import/export lines', () => {
    const segs = texts('import X from "./x"\nexport const meta = {}\n\n# Titel\n\nText.', 'mdx');
    assert.deepEqual(segs, ['Titel', 'Text.']);
  });

  it('collects HTML comments outside code as directive candidates', () => {
    const doc = parseDocument('<!-- a -->\n\n```\n<!-- not this -->\n```\n\nText <!-- b --> more.', 'markdown');
    assert.deepEqual(doc.comments.map((c) => c.body.trim()), ['a', 'b']);
  });
});

describe('bare URLs and e-mail addresses', () => {
  it('are no prose in plain text or Markdown, and the rest keeps its exact offsets', () => {
    const text = 'Send your CV to jobs@linkup-telecom.example or see https://example.com/docs/help today.';
    for (const format of ['plaintext', 'markdown'] as DocFormat[]) {
      const { segments } = parseDocument(text, format);
      assert.equal(segments.map((s) => s.text).join(' ').replace(/\s+/g, ' '), 'Send your CV to or see today.', format);
      assertExactPieces(text, segments);
    }
    // A handle is no address, and a word's run is read once (linear on a long run of dots).
    assert.equal(parseDocument('Folgen Sie @copylint.', 'plaintext').segments[0].text, 'Folgen Sie @copylint.');
  });

  it('give no cue of a voice: a job ad with an address still sells', () => {
    const ad = "We're hiring call centre team leads. Let's be honest: Gen Z can't hold a phone conversation without panicking, so we're looking for grown-ups who still know how to talk to customers. Send your CV to jobs@linkup-telecom.example.";
    assert.ok(lint(ad).some((f) => f.ruleId === 'polarize/sweeping-generalization'));
  });
});

describe('Markdown nested too deeply (issue 12, item 22)', () => {
  const list = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');

  it('reports copylint/parse where a list 50 levels deep stops the parser, which dropped the rest silently', () => {
    const text = list(50) + '\n\nDas revolutionäre Messer. Jetzt kaufen!\n';
    const findings = lint(text, 'markdown');
    const stop = findings.find((f) => f.ruleId === 'copylint/parse')!;
    assert.equal(stop.severity, 'error');
    assert.equal(text.slice(stop.start, stop.end), '- item 49');
    assert.match(stop.message, /copylint stops reading here, and the rest of the document is not linted/);
    // 49 levels are read in full, with what follows them.
    const shallow = list(49) + '\n\nDas revolutionäre Messer. Jetzt kaufen!\n';
    assert.ok(lint(shallow, 'markdown').some((f) => f.ruleId === 'push/hype'));
    assert.deepEqual(parseMarkdown(shallow).problems, []);
  });

  it('names the lines it dropped when reading goes on after the deep block', () => {
    const text = '> '.repeat(120) + 'x\n' + '> '.repeat(120) + 'y\n\nDas revolutionäre Messer.\n';
    const findings = lint(text, 'markdown', { messageLanguage: 'en' });
    assert.deepEqual(findings.map((f) => f.ruleId), ['copylint/parse', 'push/hype']);
    assert.match(findings[0].message, /lines 1–3 are not linted/);
  });
});

describe('text not in Unicode NFC (issue 12, item 23)', () => {
  const NFD = 'revolutiona\u0308r';

  it('is matched as composed text, and findings keep the exact original offsets', () => {
    for (const [text, format] of [[`Unser ${NFD}es Produkt.`, 'plaintext'], [`# Die ${NFD}e Jacke`, 'markdown'], [`<p>Das <b>${NFD}e</b> Messer.</p>`, 'html']] as const) {
      const hype = lint(text, format).find((f) => f.ruleId === 'push/hype');
      assert.ok(hype, `${format}: not matched`);
      // The whole word in its decomposed form: not one character short where "a" + U+0308 became "ä".
      assert.match(text.slice(hype.start, hype.end), new RegExp(`^${NFD}e?s?$`), format);
      assert.equal(hype.match, text.slice(hype.start, hype.end).normalize('NFC'));
    }
  });

  it('maps a composed cluster back to all of its source', () => {
    const [seg] = parseDocument(`x ${NFD} y`, 'plaintext').segments;
    assert.equal(seg.text, 'x revolutionär y');
    const at = seg.text.indexOf('ä');
    assert.equal(toDocStart(seg, at), 2 + 'revolution'.length);
    assert.equal(toDocEnd(seg, at + 1), 2 + 'revolutiona\u0308'.length);
    assert.equal(toDocEnd(seg, seg.text.length), `x ${NFD} y`.length);
    assert.ok(!isContiguous(seg, 2, 2 + 'revolutionär'.length), 'a composed cluster is not edited in place');
  });
});

describe('HTML prose', () => {
  it('stops reading at nesting deeper than 5,000 elements, and says where (the parser’s stack made deep nesting quadratic)', () => {
    const deep = '<p>Buy now!</p>' + '<div>'.repeat(6000) + '<p>Jetzt kaufen!</p>';
    const parsed = parseDocument(deep, 'html');
    assert.deepEqual(parsed.segments.map((s) => s.text), ['Buy now!']);
    assert.equal(parsed.problems?.length, 1);
    assert.equal(parsed.problems![0].start, '<p>Buy now!</p>'.length + 5000 * '<div>'.length);
    const findings = lint(deep, 'html');
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['push/hard-cta', 'warning'], ['copylint/parse', 'error']]);
    assert.match(findings[1].message, /not linted/);
    // 4,000 levels are read to the end.
    const nested = '<div>'.repeat(4000) + '<p>Jetzt kaufen!</p>';
    assert.deepEqual(parseDocument(nested, 'html').problems, []);
    assert.deepEqual(lint(nested, 'html').map((f) => f.ruleId), ['push/hard-cta']);
  });

  const source =
    '<html><head><title>Die Seite</title><meta name="description" content="Beste &amp; billigste"><style>p{}</style></head>' +
    '<body><h1>Titel</h1><p>Ein <b>fetter</b> Satz &uuml;ber nichts.</p><script>var JETZT = 1;</script>' +
    '<pre>KAUFEN</pre><code>x</code><img src="a.png" alt="Alt-Text hier" title="Bildtitel"><p>Zweiter Absatz</p></body></html>';
  const parsed = parseDocument(source, 'html');
  const all = parsed.segments.map((s) => s.text);

  it('reads text nodes, alt/title attributes and the meta description', () => {
    for (const shown of ['Die Seite', 'Beste & billigste', 'Titel', 'Ein fetter Satz über nichts.', 'Alt-Text hier', 'Bildtitel', 'Zweiter Absatz']) {
      assert.ok(all.includes(shown), `missing "${shown}" in ${JSON.stringify(all)}`);
    }
  });

  it('skips script, style, code and pre', () => {
    const joined = all.join('\n');
    for (const hidden of ['JETZT', 'KAUFEN', 'p{}', 'x']) assert.ok(!all.includes(hidden) && !joined.includes(hidden === 'x' ? '\nx\n' : hidden), hidden);
  });

  it('maps decoded text back to the source', () => {
    assertExactPieces(source, parsed.segments);
    const seg = parsed.segments.find((s) => s.text.startsWith('Ein fetter'))!;
    const u = seg.text.indexOf('über');
    assert.equal(source.slice(toDocStart(seg, u), toDocStart(seg, u) + 6), '&uuml;');
    const end = seg.text.length;
    assert.equal(source.slice(toDocEnd(seg, end) - 7, toDocEnd(seg, end)), 'nichts.');
  });
});

describe('plain text prose', () => {
  it('splits paragraphs on blank lines, list items on bullets, and keeps directive lines out', () => {
    const segs = texts('Erste Zeile\nzweite Zeile\n\n- Punkt eins\n• Punkt zwei\ncopylint-disable push/hype -- weil\nDanach', 'plaintext');
    assert.deepEqual(segs, ['Erste Zeile zweite Zeile', 'Punkt eins', 'Punkt zwei', 'Danach']);
  });
});

describe('positions', () => {
  const cases: [string, string, DocFormat][] = [
    ['emoji before the finding', '🎉🚀 Das revolutionäre Produkt.', 'plaintext'],
    ['CRLF line endings', 'Erste Zeile.\r\n\r\nDas revolutionäre Produkt.\r\n', 'plaintext'],
    ['tabs', '\tDas\trevolutionäre Produkt.', 'plaintext'],
    ['non-Latin text', 'Привет мир. 你好世界。\n\nThe revolutionary product.', 'plaintext'],
    ['Markdown with emoji and CRLF', '# Titel 🎉\r\n\r\n**Das** revolutionäre Produkt 🚀.\r\n', 'markdown'],
    // Classic Mac line endings: markdown-it reads a lone CR as a line break, so line offsets must too (found by fast-check).
    ['Markdown with lone CR line endings', '# Titel\r\rErste Zeile\rDas revolutionäre Produkt.\r', 'markdown'],
    ['HTML with entities', '<p>&quot;Das&quot; revolution&auml;re Produkt</p>', 'html'],
  ];
  for (const [name, source, format] of cases) {
    it(`maps findings exactly with ${name}`, () => {
      const findings = lint(source, format).filter((f) => f.ruleId === 'push/hype');
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      const at = source.slice(f.start, f.end);
      assert.ok(at === f.match || at.replace('&auml;', 'ä') === f.match, `"${at}" vs "${f.match}"`);
    });
  }
});

describe('line index', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends, as the LSP does', () => {
    const lines = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual(lines.starts, [0, 2, 5, 7]);
    assert.deepEqual(lines.position(7), { line: 3, character: 0 });
  });
});

describe('Markdown inline short cut', () => {
  // Prose with the whitespace markdown-it's newline rule treats specially, URLs, and some inline markup.
  const piece = fc.constantFrom('Jetzt kaufen!', 'Buy now:', 'https://example.com/x', 'www.example.de', 'wir', ' ', '  ', '   ', '\t', ' \t', '*', '_', '`', '&amp;', '\\!', '<b>', '[a](b)', '![alt](x.png)', 'ü', '🎉', '1.', '-', '#', '>', '|');
  const line = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  const doc = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

  it('gives the same segments and comments as markdown-it\'s inline parser on any text', () => {
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepEqual(parseMarkdown(text, false, true), parseMarkdown(text, false, false));
      }),
      { numRuns: Number(process.env.COPYLINT_PROPERTY_RUNS ?? 300) * 10 },
    );
  });
});
