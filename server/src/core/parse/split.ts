import type { DocFormat } from '../types';
import { frontMatterLength } from './frontmatter';
import { LINE_END } from './lines';

/**
 * Where a long document can be cut into parts that parse exactly as they do inside the whole,
 * so the parts can be linted separately: the editor lints a long document part by part between
 * other work. (The CLI lints a file whole: one 1 MB file linted as two halves on two threads
 * took 0.64 s against 0.49 s on one, each thread paying its own start and warm-up.) Returns
 * the start offset of each part; the first is 0.
 *
 * Markdown is cut only before a line that starts, after a blank line and at column 0, with a
 * letter or digit (not a list number): such a line begins a new top-level paragraph, heading
 * or table whatever came before, unless an open fenced code block or an HTML block that runs
 * to an end marker (comment, script, pre, …) carries on past blank lines; those are tracked.
 * Where a line is ambiguous (a fence or HTML opener indented inside a list), no later cut is
 * made. Documents with link reference definitions (which apply document-wide) and HTML or MDX
 * documents are not cut. Plain text is cut at any blank line.
 */
export function splitDocument(text: string, format: DocFormat, target: number): number[] {
  if (text.length <= target) return [0];
  if (format === 'plaintext') return cutAtBlankLines(text, target, () => true);
  if (format !== 'markdown' || (text.includes(']:') && DEFINITION.test(text))) return [0];
  const scanner = new BlockScanner();
  return cutAtBlankLines(text, target, (line, cuttable) => scanner.next(line, cuttable), frontMatterLength(text));
}

// A line that holds only a comment or a plain-text directive.
const DIRECTIVE_LINE = /^\s*(?:<!--.*-->|copylint-[a-z-]+\b.*)\s*$/;
// A link reference definition ("[label]: url", the label perhaps over several lines), after any list or quote markers.
const DEFINITION = /^[ \t>*+\-\d.)]*\[(?:[^[\]\\]|\\.){0,999}\]:/m;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const LIST_NUMBER = /^\d{1,9}[.)]/;

/**
 * Calls `line` for every line after `from` and cuts before a line that starts with a letter or
 * digit after a blank line, once the part has reached `target` and `line` says the cut is safe.
 */
function cutAtBlankLines(text: string, target: number, line: (content: string, cuttable: boolean) => boolean | 'stop', from = 0): number[] {
  const cuts = [0];
  let afterBlank = false;
  // A `copylint-language` directive speaks for the paragraph after it: never cut between them.
  let afterLanguage = false;
  LINE_END.lastIndex = from;
  for (let at = from; at < text.length; ) {
    const m = LINE_END.exec(text);
    const end = m ? m.index : text.length;
    const content = text.slice(at, end);
    const blank = !content.trim();
    const cuttable = afterBlank && !afterLanguage && !blank && at - cuts[cuts.length - 1] >= target && LETTER_OR_DIGIT.test(content) && !LIST_NUMBER.test(content);
    const verdict = line(content, cuttable);
    if (verdict === 'stop') break;
    if (cuttable && verdict) cuts.push(at);
    afterBlank = blank;
    // Other directives between it and its paragraph keep it waiting („<!-- copylint-language de -->“,
    // then „<!-- copylint-disable-next-line … -->“, then the paragraph).
    if (!blank) afterLanguage = content.includes('copylint-language') || (afterLanguage && DIRECTIVE_LINE.test(content));
    at = m ? end + m[0].length : text.length;
  }
  return cuts;
}

// HTML blocks that run to an end marker rather than to a blank line (CommonMark types 1–5).
const HTML_RUNS: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const FENCE = /^( {0,3})(`{3,}|~{3,})/;
// A line that may be a table's delimiter row: dashes, colons, pipes and spaces only.
const DELIMITER_LIKE = /^[ \t|:-]*-[ \t|:-]*$/;

/** Follows the block structure that can cross blank lines: fenced code and long HTML blocks. */
class BlockScanner {
  private fence?: { char: string; length: number };
  private htmlEnd?: RegExp;
  /** Inside an HTML block or paragraph that began with "<" and ends at a blank line. */
  private htmlish = false;

  /** A fence or HTML opener with a pipe in it, read once the next line has shown it is no table's header. */
  private deferred?: string;

  /** Reads one line; returns whether a cut before it is safe, or 'stop' when no later cut can be trusted. */
  next(line: string, cuttable: boolean): boolean | 'stop' {
    if (this.deferred !== undefined) {
      const opener = this.deferred;
      this.deferred = undefined;
      // Over a row of dashes and pipes the opener may head a table (markdown-it tries tables
      // first: "<!--|  |" over "|---|" opens no comment); whether it does depends on the column
      // counts, so no later cut is trusted. Over any other line it opens what it says.
      if (DELIMITER_LIKE.test(line)) return 'stop';
      if (this.read(opener, false, true) === 'stop') return 'stop';
    }
    return this.read(line, cuttable);
  }

  /** `tableRuledOut`: the line after this one showed it heads no table. */
  private read(line: string, cuttable: boolean, tableRuledOut = false): boolean | 'stop' {
    if (this.fence) {
      const m = FENCE.exec(line);
      if (m && m[2][0] === this.fence.char && m[2].length >= this.fence.length && !line.slice(m[0].length).trim()) this.fence = undefined;
      return false;
    }
    if (this.htmlEnd) {
      if (this.htmlEnd.test(line)) this.htmlEnd = undefined;
      return false;
    }
    if (!line.trim()) {
      this.htmlish = false;
      return false;
    }
    // A line with a pipe may be a table's header, which the next line decides (see next()).
    if (!tableRuledOut && line.includes('|') && (FENCE.test(line) || /^ {0,3}</.test(line))) {
      this.deferred = line;
      return false;
    }
    const fence = FENCE.exec(line);
    // A backtick fence's info string may not contain a backtick (CommonMark 4.5): "```x```" is inline code.
    if (fence && !(fence[2][0] === '`' && line.includes('`', fence[0].length))) {
      // An indented fence may belong to a list item, and a fence line inside an HTML block is not one.
      if (fence[1].length > 0 || this.htmlish) return 'stop';
      this.fence = { char: fence[2][0], length: fence[2].length };
      return false;
    }
    const html = /^( {0,3})</.exec(line);
    if (html) {
      const rest = line.slice(html[1].length);
      const run = HTML_RUNS.find(([open]) => open.test(rest));
      if (!run) this.htmlish = true;
      else if (run[1].test(rest)) return false; // closed on its own line ("<!-- … -->")
      // Only a long HTML block opened at column 0 outside other HTML surely stands at the top level.
      else if (html[1].length > 0 || this.htmlish) return 'stop';
      else this.htmlEnd = run[1];
      return false;
    }
    return cuttable;
  }
}
