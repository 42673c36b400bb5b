import { Parser } from 'htmlparser2';
import { addDecoded } from './entities';
import { SegmentBuilder, type Segment, type SegmentKind } from './segment';
import type { Comment, ParsedDocument, ParseProblem } from './types';

// Elements whose content is never prose.
const SKIP = new Set(['script', 'style', 'code', 'pre', 'noscript', 'template', 'textarea', 'kbd', 'samp', 'svg', 'math']);
// Elements that end a run of prose, so each becomes its own segment.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hr', 'html', 'label', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'select',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);
// Open elements at most. htmlparser2 keeps its element stack in an array it shifts at the front,
// so each tag costs time in the nesting depth: 200,000 unclosed <div>s (1 MB) took 17 s, and
// 8 MB would block the language server for minutes. Real pages nest a few dozen deep.
const MAX_DEPTH = 5000;
// Thrown from a parser callback to stop parsing.
const TOO_DEEP = new Error('too deep');
const ATTRIBUTE = /\s(alt|title|content|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>=`]+))/gi;

/** Reads the prose of an HTML document: text outside code and scripts, alt/title attributes, the meta description. */
export function parseHtml(text: string): ParsedDocument {
  const segments: Segment[] = [];
  const comments: Comment[] = [];
  const problems: ParseProblem[] = [];
  let skipDepth = 0;
  let depth = 0;
  let builder = new SegmentBuilder('paragraph');
  const flush = (next: SegmentKind) => {
    const seg = builder.build();
    if (seg) segments.push(seg);
    builder = new SegmentBuilder(next);
  };

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_DEPTH) {
          problems.push({ start: parser.startIndex, end: parser.endIndex + 1, text: 'htmlTooDeep', vars: { depth: MAX_DEPTH } });
          throw TOO_DEEP;
        }
        if (SKIP.has(name)) skipDepth++;
        if (BLOCK.has(name)) flush(HEADING.has(name) ? 'heading' : name === 'li' ? 'list-item' : name === 'tr' ? 'table-row' : 'paragraph');
        if (skipDepth === 0) readAttributes(name, text.slice(parser.startIndex, parser.endIndex + 1), parser.startIndex);
      },
      onclosetag(name) {
        depth--;
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCK.has(name)) flush(name === 'td' || name === 'th' ? 'table-row' : 'paragraph');
      },
      ontext(raw) {
        if (skipDepth > 0) return;
        addDecoded(builder, raw, parser.startIndex);
      },
      oncomment(body) {
        comments.push({ start: parser.startIndex, end: parser.endIndex + 1, body });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function readAttributes(tag: string, source: string, offset: number): void {
    ATTRIBUTE.lastIndex = 0;
    const attrs: { name: string; value: string; at: number }[] = [];
    for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      attrs.push({ name: m[1].toLowerCase(), value, at: offset + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0) });
    }
    const isDescription = tag === 'meta' && attrs.some((a) => a.name === 'name' && /^(description|og:description|twitter:description)$/i.test(a.value));
    for (const a of attrs) {
      const prose = a.name === 'alt' || a.name === 'title' || (a.name === 'content' && isDescription);
      if (!prose || !a.value.trim()) continue;
      const b = new SegmentBuilder('meta');
      addDecoded(b, a.value, a.at);
      const seg = b.build();
      if (seg) segments.push(seg);
    }
  }

  try {
    parser.write(text);
    parser.end();
  } catch (err) {
    if (err !== TOO_DEEP) throw err;
  }
  flush('paragraph');
  return { segments, comments, problems };
}
