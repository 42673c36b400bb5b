import MarkdownIt from 'markdown-it';
import { decodeHTMLStrict } from 'entities';
import { blankOut, readFrontMatter } from './frontmatter';
import { LineIndex } from './lines';
import { mayHoldLink, splitLinks } from './links';
import { SegmentBuilder, type Segment, type SegmentKind } from './segment';
import type { EngineText } from '../rules/model';
import type { Comment, ParsedDocument, ParseProblem } from './types';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// One shared parser, raw HTML recognised so it can be skipped. Bare URLs are skipped below with
// one cheap test per text run: markdown-it's linkify took 40% of the parse time. Inline runs are
// parsed here on demand (see inlineChildren), so markdown-it's own inline pass is off, and so is
// text_join, whose merging of text runs readInline does.
const md = new MarkdownIt({ html: true });
md.core.ruler.disable(['inline', 'text_join']);
// markdown-it reads blocks nested up to maxNesting levels (100: a list is two, a quote one) and
// silently drops the rest of a block nested deeper; for a deep list that is the rest of the
// document. Its block tokenizer is entered once per nested block, so it is wrapped to note the
// first line it would drop (in env), which parseMarkdown reports as a parse problem.
interface DeepEnv {
  tooDeepAt?: number;
}
const tokenizeBlocks = md.block.tokenize.bind(md.block);
md.block.tokenize = (state, startLine, endLine) => {
  if (state.level >= md.options.maxNesting) {
    // The tokenizer's own first steps: past blank lines, and only a line inside this block.
    const line = state.skipEmptyLines(startLine);
    if (line < endLine && state.sCount[line] >= state.blkIndent) (state.env as DeepEnv).tooDeepAt ??= line;
  }
  tokenizeBlocks(state, startLine, endLine);
};
// Characters that start inline markup: code spans, emphasis, strikethrough, links and images,
// autolinks and raw HTML, escapes, character references.
const INLINE_MARKUP = /[\\`~*_[<&]/;
const MDX_ESM = /^(?:import|export)\b.*$/gm;
// One-line MDX expressions with balanced braces ({props.name}, {new Date().getFullYear()}) are code,
// like import/export lines. Braces in MDX prose must be escaped, so an unescaped one opens an expression.
const MDX_EXPRESSION = /(?<!\\)\{(?:[^{}\n]|\{[^{}\n]*\})*\}/g;

/**
 * Calls `visit` with the start and end of each run from `open` to the next `close` in src[from, to).
 * With indexOf, not a lazy regular expression, which scanned to the end again for every unclosed
 * opener: 160 KB of "<!--" took 3.5 s, and time grew with the square of the size.
 */
function delimited(src: string, open: string, close: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let at = src.indexOf(open, from); at >= 0 && at < to; ) {
    const stop = src.indexOf(close, at + open.length);
    // Unclosed: no later opener can close either.
    if (stop < 0 || stop + close.length > to) return;
    visit(at, stop + close.length);
    at = src.indexOf(open, stop + close.length);
  }
}

/** Blanks MDX comments, from "{/" + "*" to "*" + "/}", over several lines too, and adds each to `out`. */
function blankMdxComments(src: string, out: Comment[]): string {
  let text = '';
  let last = 0;
  delimited(src, '{/*', '*/}', 0, src.length, (start, end) => {
    text += src.slice(last, start) + blankOut(src.slice(start, end));
    out.push({ start, end, body: src.slice(start + 3, end - 3) });
    last = end;
  });
  return text + src.slice(last);
}

/**
 * Code spans of src[from, to) as CommonMark reads them: a run of backticks up to the next run
 * of the same length; a run with no partner is literal.
 */
function codeSpans(src: string, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let at = src.indexOf('`', from); at >= 0 && at < to; at = src.indexOf('`', at)) {
    const start = at;
    while (at < to && src[at] === '`') at++;
    runs.push([start, at - start]);
  }
  const spans: [number, number][] = [];
  for (let k = 0; k < runs.length; k++) {
    const close = runs.findIndex((r, m) => m > k && r[1] === runs[k][1]);
    if (close < 0) continue;
    spans.push([runs[k][0], runs[close][0] + runs[close][1]]);
    k = close;
  }
  return spans;
}

/**
 * The end of the first code span from `from` whose backticks are runs of exactly `n` (as
 * codeSpans pairs them), or -1. Reads only up to that span: a paragraph of many spans stays linear.
 */
function codeSpanEnd(src: string, from: number, limit: number, n: number): number {
  let opened = false;
  for (let at = src.indexOf('`', from); at >= 0 && at < limit; at = src.indexOf('`', at)) {
    const start = at;
    while (at < limit && src[at] === '`') at++;
    if (at - start !== n) continue;
    if (opened) return at;
    opened = true;
  }
  return -1;
}

/** Finds where `content` (text after Markdown unescaping) stands in `src` from `from`, as source pieces. */
function locate(src: string, from: number, limit: number, content: string, b: SegmentBuilder): number {
  const direct = src.indexOf(content, from);
  if (direct >= 0 && direct + content.length <= limit) {
    b.addSource(content, direct);
    return direct + content.length;
  }
  // Slow path: the source has backslash escapes or character references the parser resolved.
  // The pieces are added only once all of the content is found: a partial match that gave up
  // had left pieces behind, and the next run, searched from `from` again, mapped text backwards.
  const found: (() => void)[] = [];
  let si = from;
  for (let ci = 0; ci < content.length; ) {
    while (si < limit && src[si] !== content[ci] && src[si] !== '\\' && src[si] !== '&') si++;
    if (si >= limit) return from;
    if (src[si] === content[ci]) {
      let n = 0;
      while (ci + n < content.length && si + n < limit && src[si + n] === content[ci + n]) n++;
      const [text, at] = [content.slice(ci, ci + n), si];
      found.push(() => b.addSource(text, at));
      ci += n;
      si += n;
    } else if (src[si] === '\\' && src[si + 1] === content[ci]) {
      const [text, at] = [content[ci], si];
      found.push(() => b.addDecoded(text, at, 2));
      ci++;
      si += 2;
    } else if (src[si] === '&') {
      const semi = src.indexOf(';', si);
      const decoded = semi > si && semi - si < 34 ? decodeHTMLStrict(src.slice(si, semi + 1)) : '';
      if (decoded && content.startsWith(decoded, ci)) {
        const at = si;
        found.push(() => b.addDecoded(decoded, at, semi + 1 - at));
        ci += decoded.length;
        si = semi + 1;
      } else si++;
    } else si++;
  }
  for (const add of found) add();
  return si;
}

/** Adds a text run to the segment, leaving out bare URLs and e-mail addresses (a separator stands in their place). */
function addText(src: string, from: number, limit: number, content: string, b: SegmentBuilder): number {
  if (!mayHoldLink(content)) return locate(src, from, limit, content, b);
  let cursor = from;
  splitLinks(
    content,
    (a, z) => (cursor = locate(src, cursor, limit, content.slice(a, z), b)),
    (a, z) => {
      const at = src.indexOf(content.slice(a, z), cursor);
      if (at >= 0 && at < limit) cursor = at + z - a;
      b.addSeparator(' ');
    },
  );
  return cursor;
}

/** Moves past the destination of a link whose text ended at `at`: `](url)` or `][ref]`. */
function skipLinkTail(src: string, at: number, limit: number): number {
  const close = src.indexOf(']', at);
  if (close < 0 || close >= limit) return at;
  const open = src[close + 1];
  const end = open === '(' ? src.indexOf(')', close) : open === '[' ? src.indexOf(']', close + 1) : close;
  return end < 0 || end >= limit ? close + 1 : end + 1;
}

function collectComments(src: string, start: number, end: number, out: Comment[]): void {
  delimited(src, '<!--', '-->', start, end, (from, to) => out.push({ start: from, end: to, body: src.slice(from + 4, to - 3) }));
}

type Child = Pick<Token, 'type' | 'content' | 'markup'>;
type Env = Parameters<typeof md.inline.parse>[2];

/**
 * The children of an inline run. Most runs of prose hold no inline markup (96% of the
 * benchmark corpus): for those, text and line breaks are split here as markdown-it's newline
 * rule does, which is more than twice as fast as its inline parser. `fastInline: false` sends
 * every run through markdown-it, the reference the tests compare the short cut with.
 */
function inlineChildren(token: Token, env: Env, fastInline: boolean): Child[] {
  if (fastInline && !INLINE_MARKUP.test(token.content)) {
    const children: Child[] = [];
    const lines = token.content.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      // Leading spaces and tabs of a continuation line are skipped.
      if (i > 0) line = line.replace(/^[ \t]+/, '');
      if (i < lines.length - 1) {
        // Before a line break, two or more trailing spaces make a hard break and all go; one space goes.
        line = / {2,}$/.test(line) ? line.replace(/ +$/, '') : line.replace(/ $/, '');
        if (line) children.push({ type: 'text', content: line, markup: '' });
        children.push({ type: 'softbreak', content: '', markup: '' });
      } else if (line) children.push({ type: 'text', content: line, markup: '' });
    }
    return children;
  }
  const children: Token[] = [];
  md.inline.parse(token.content, md, env, children);
  return children;
}

/** Reads the prose of a Markdown (or MDX) document: paragraphs, headings, list items and table rows. */
export function parseMarkdown(text: string, mdx = false, fastInline = true): ParsedDocument {
  const segments: Segment[] = [];
  const comments: Comment[] = [];
  let src = text;
  const fm = readFrontMatter(text);
  if (fm) {
    segments.push(...fm.segments);
    src = blankOut(text.slice(0, fm.length)) + text.slice(fm.length);
  }
  // MDX comments are blanked before parsing, as code is not: those that turn out to stand in code are no comments.
  const mdxComments: Comment[] = [];
  const inCode = new Set<Comment>();
  const markCode = (from: number, to: number) => {
    for (const c of mdxComments) if (c.start >= from && c.start < to) inCode.add(c);
  };
  if (mdx) src = blankMdxComments(src.replace(MDX_ESM, blankOut), mdxComments).replace(MDX_EXPRESSION, blankOut);
  const lines = new LineIndex(src);
  const env: Env = {};
  const tokens: Token[] = md.parse(src, env);

  let listDepth = 0;
  let kind: SegmentKind = 'paragraph';
  let row: SegmentBuilder | undefined;
  let rowCursor = 0;
  let rowLimit = 0;
  let inHead = false;

  for (const token of tokens) {
    switch (token.type) {
      case 'list_item_open':
        listDepth++;
        break;
      case 'list_item_close':
        listDepth--;
        break;
      case 'heading_open':
        kind = 'heading';
        break;
      case 'paragraph_open':
        kind = listDepth > 0 ? 'list-item' : 'paragraph';
        break;
      case 'thead_open':
      case 'thead_close':
        inHead = token.type === 'thead_open';
        break;
      case 'tr_open':
        row = new SegmentBuilder(inHead ? 'table-head' : 'table-row');
        rowCursor = token.map ? lines.lineStart(token.map[0]) : rowCursor;
        // A cell's text is looked for on its row's line only (found by fast-check: a cell could match text further down).
        rowLimit = token.map ? lines.lineStart(token.map[1]) : src.length;
        break;
      case 'tr_close': {
        const seg = row?.build();
        if (seg) segments.push(seg);
        row = undefined;
        break;
      }
      case 'html_block':
        if (token.map) collectComments(src, lines.lineStart(token.map[0]), lines.lineStart(token.map[1]), comments);
        break;
      // Not code_block: MDX has no indented code, so an indented comment is a comment.
      case 'fence':
        if (mdxComments.length && token.map) markCode(lines.lineStart(token.map[0]), lines.lineStart(token.map[1]));
        break;
      case 'inline': {
        const start = row ? rowCursor : token.map ? lines.lineStart(token.map[0]) : 0;
        const limit = row ? rowLimit : token.map ? lines.lineStart(token.map[1]) : src.length;
        if (mdxComments.length) for (const [from, to] of codeSpans(src, start, limit)) markCode(from, to);
        const children = inlineChildren(token, env, fastInline);
        if (row) {
          row.addSeparator(' | ');
          rowCursor = readInline(src, children, start, limit, row, comments);
        } else {
          const b = new SegmentBuilder(kind);
          readInline(src, children, start, limit, b, comments);
          const seg = b.build();
          if (seg) segments.push(seg);
        }
        break;
      }
    }
  }
  const problems = tooDeep(env as DeepEnv, tokens, lines, src);
  if (!mdxComments.length) return { segments, comments, problems };
  const all = [...comments, ...mdxComments.filter((c) => !inCode.has(c))].sort((a, b) => a.start - b.start);
  return { segments, comments: all, problems };
}

/** Where markdown-it stopped reading a block nested too deeply, with the lines that were dropped. */
function tooDeep(env: DeepEnv, tokens: Token[], lines: LineIndex, src: string): ParseProblem[] {
  const line = env.tooDeepAt;
  if (line === undefined) return [];
  // Reading goes on at the next block that starts after the dropped line, if any.
  const resumed = tokens.find((t) => t.map && t.map[0] > line)?.map![0];
  const depth = { lists: md.options.maxNesting / 2, quotes: md.options.maxNesting };
  const dropped: EngineText =
    resumed === undefined ? { text: 'markdownTooDeep', vars: depth } : resumed === line + 1 ? { text: 'markdownTooDeepLine', vars: { ...depth, line: resumed } } : { text: 'markdownTooDeepLines', vars: { ...depth, from: line + 1, to: resumed } };
  // The finding covers the line's text (it is not blank: the tokenizer skipped blank lines).
  const from = lines.lineStart(line);
  const text = src.slice(from, lines.lineStart(line + 1));
  return [{ start: from + /^[ \t]*/.exec(text)![0].length, end: from + text.trimEnd().length, ...dropped }];
}

/** Adds the prose children of an inline run to `b`; returns the source offset reached. */
function readInline(src: string, children: Child[], start: number, limit: number, b: SegmentBuilder, comments: Comment[]): number {
  let cursor = start;
  let skipDepth = 0; // inside an autolink or a bare URL
  // Adjacent text and decoded escapes or entities ("text_special") form one run, as markdown-it's text_join makes them.
  let text = '';
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'text' || child.type === 'text_special') {
      text += child.content;
      const next = children[i + 1]?.type;
      if (next === 'text' || next === 'text_special') continue;
      if (skipDepth === 0) cursor = addText(src, cursor, limit, text, b);
      else {
        const at = src.indexOf(text, cursor);
        if (at >= 0 && at < limit) cursor = at + text.length;
      }
      text = '';
      continue;
    }
    switch (child.type) {
      case 'softbreak':
      case 'hardbreak':
        b.addSeparator(' ');
        break;
      case 'code_inline': {
        // By its backticks: the content has its line breaks turned into spaces and one space
        // trimmed from each end, so it may not stand in the source as it is ("` \n `" is "   ").
        const end = codeSpanEnd(src, cursor, limit, child.markup.length);
        if (end >= 0) cursor = end;
        b.addSeparator(' ');
        break;
      }
      case 'html_inline': {
        const at = src.indexOf(child.content, cursor);
        if (at >= 0 && at < limit) {
          collectComments(src, at, at + child.content.length, comments);
          cursor = at + child.content.length;
        }
        break;
      }
      case 'link_open':
        if (child.markup === 'autolink') skipDepth++;
        break;
      case 'link_close':
        if (child.markup === 'autolink') {
          skipDepth--;
          b.addSeparator(' ');
          if (child.markup === 'autolink') cursor = Math.max(cursor, src.indexOf('>', cursor) + 1);
        } else cursor = skipLinkTail(src, cursor, limit);
        break;
      case 'image': {
        if (child.content) {
          b.addSeparator(' ');
          cursor = locate(src, cursor, limit, child.content, b);
          b.addSeparator(' ');
        }
        cursor = skipLinkTail(src, cursor, limit);
        break;
      }
    }
  }
  return cursor;
}
