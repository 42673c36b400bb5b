import type { FormattingOptions } from 'jsonc-parser';
import type { Document, Node as YamlNode } from 'yaml';
import { jsonc, yaml } from '../core/libraries';

/**
 * A config's text with `phrase` added to its `terms.allow` list, changing only that list
 * (or adding it): every other byte stays as written, so numbers such as
 * 12345678901234567890 or 1e3, tabs and comments survive. The text is the open editor
 * buffer's where there is one, with its unsaved edits. Unchanged when the phrase is listed.
 */
export function withAllowedPhrase(path: string, text: string, phrase: string): string {
  if (!path.endsWith('.json')) return yamlWithPhrase(text, phrase);
  return jsonWithPhrase(text, phrase, path.endsWith('package.json') ? ['copylint', 'terms', 'allow'] : ['terms', 'allow']);
}

function jsonWithPhrase(text: string, phrase: string, path: string[]): string {
  const { applyEdits, findNodeAtLocation, format, modify, parseTree } = jsonc();
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, path);
  const item = JSON.stringify(phrase);
  if (list?.type === 'array') {
    const items = list.children ?? [];
    if (items.some((x) => x.value === phrase)) return text;
    const last = items[items.length - 1];
    if (!last) return insertAt(text, list.offset + 1, item);
    const end = last.offset + last.length;
    // One item per line where the list has them so, else one line, as it is written.
    if (!text.slice(list.offset, last.offset).includes('\n')) return insertAt(text, end, `, ${item}`);
    const indent = /^[ \t]*/.exec(text.slice(lineStart(text, last.offset)))![0];
    return insertAt(text, end, `,${eolOf(text)}${indent}${item}`);
  }
  // No list yet: jsonc-parser adds it, formatted in the file's style, and nothing around it.
  const [edit] = modify(text, path, [phrase], {});
  const next = applyEdits(text, [edit]);
  return applyEdits(next, format(next, { offset: edit.offset, length: edit.content.length }, formattingOf(text)));
}

/** The file's own indentation (tabs, or the first indent's width) and line ends, for what jsonc-parser inserts. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { insertSpaces: indent[0] !== '\t', tabSize: indent[0] === '\t' ? 1 : indent.length, eol: eolOf(text) };
}

/**
 * Inserts the phrase as text into the list, or adds the list to `terms` or at the end. The
 * yaml package's Document API would rewrite the whole file (1e3 became 1e+3, quotes and
 * spacing changed); it is used only for shapes the insertion does not know (flow mappings).
 */
function yamlWithPhrase(text: string, phrase: string): string {
  const { isMap, isScalar, isSeq, parseDocument, stringify } = yaml();
  const doc = parseDocument(text);
  const eol = eolOf(text);
  const item = stringify(phrase, { lineWidth: 0 }).trimEnd();
  const list = doc.getIn(['terms', 'allow'], true);
  if (isSeq(list) && list.range) {
    const items = list.items as YamlNode[];
    if (items.some((x) => isScalar(x) && x.value === phrase)) return text;
    const last = items[items.length - 1];
    if (list.flow) return last?.range ? insertAt(text, last.range[1], `, ${item}`) : insertAt(text, list.range[0] + 1, item);
    const first = items[0];
    if (first?.range && last?.range) {
      // A new line after the last item's (and its comment's), indented as the first item's dash.
      const indent = /^[ \t]*/.exec(text.slice(lineStart(text, first.range[0])))![0];
      return insertAt(text, lineEnd(text, last.range[1]), `${eol}${indent}- ${item}`);
    }
  }
  const terms = doc.get('terms', true);
  const root = doc.contents;
  if (terms === undefined && (root === null || (isMap(root) && !root.flow && column(text, root.range?.[0] ?? 0) === 0))) {
    const gap = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${gap}terms:${eol}  allow:${eol}    - ${item}${eol}`;
  }
  if (isMap(terms) && !terms.flow && !terms.has('allow') && terms.range) {
    const start = lineStart(text, terms.range[0]);
    const indent = text.slice(start, terms.range[0]);
    if (/^[ \t]*$/.test(indent)) return insertAt(text, start, `${indent}allow:${eol}${indent}  - ${item}${eol}`);
  }
  return rewritten(doc, phrase);
}

/** The phrase added through the Document API: comments stay, formatting may change. */
function rewritten(doc: Document, phrase: string): string {
  if (!yaml().isSeq(doc.getIn(['terms', 'allow'], true))) doc.setIn(['terms', 'allow'], doc.createNode([]));
  doc.addIn(['terms', 'allow'], phrase);
  return doc.toString();
}

const insertAt = (text: string, at: number, s: string) => text.slice(0, at) + s + text.slice(at);
const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const column = (text: string, at: number) => at - lineStart(text, at);

/** The end of the line that holds `at`, before its line break; `at` itself when it follows one (a block scalar's end). */
function lineEnd(text: string, at: number): number {
  if (text[at - 1] === '\n') return at - (text[at - 2] === '\r' ? 2 : 1);
  const next = text.indexOf('\n', at);
  if (next < 0) return text.length;
  return text[next - 1] === '\r' ? next - 1 : next;
}
