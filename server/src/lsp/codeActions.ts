import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveText, REASON_PLACEHOLDER } from '../core/directives';
import { ENGINE_RULES } from '../core/engine';
import { frontMatterLength } from '../core/parse/frontmatter';
import type { Fix, Lang } from '../core/types';
import { FIX_ALL_KIND } from '../protocol';
import { diagnosticData } from './diagnostics';
import { minimalEdit } from './edits';
import { formatOf } from './formats';
import { SERVER_TEXT } from './text';


function fixEdit(doc: TextDocument, fix: Fix): WorkspaceEdit {
  return { changes: { [doc.uri]: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text })) } };
}

/** "Disable for this line": an inline comment at the line's end (Markdown, MDX, HTML) or a directive line above (plain text). */
function disableLine(doc: TextDocument, d: Diagnostic, ruleId: string): WorkspaceEdit {
  const line = d.range.start.line;
  const format = formatOf(doc.languageId);
  if (format === 'plaintext') {
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^\s*/.exec(text)![0];
    const directive = directiveText('disable-next-line', ruleId, REASON_PLACEHOLDER, format);
    return { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${directive}\n` }] } };
  }
  const end = doc.positionAt(doc.offsetAt({ line: line + 1, character: 0 }) - 1);
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const at = lineText.endsWith('\n') ? { line, character: lineText.replace(/\r?\n$/, '').length } : end;
  return { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: ` ${directiveText('disable-line', ruleId, REASON_PLACEHOLDER, format)}` }] } };
}

/** "Disable for this file": a disable-file directive at the top (after front matter or a doctype). */
function disableFile(doc: TextDocument, ruleId: string): WorkspaceEdit {
  const text = doc.getText();
  const directive = directiveText('disable-file', ruleId, REASON_PLACEHOLDER, formatOf(doc.languageId)) + '\n';
  let offset = 0;
  if (doc.languageId === 'markdown' || doc.languageId === 'mdx') offset = frontMatterLength(text);
  if (doc.languageId === 'html') {
    const m = /^\s*<!doctype[^>]*>[ \t]*\r?\n?/i.exec(text);
    offset = m ? m[0].length : 0;
  }
  const at = doc.positionAt(offset);
  return { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText: directive }] } };
}

/** The edit from a document's text `before` to `after`, fixed (for Fix All and source.fixAll.copylint). */
export function fixAllEdit(doc: TextDocument, before: string, after: string): WorkspaceEdit | undefined {
  const edit = minimalEdit(doc, before, after);
  return edit && { changes: { [doc.uri]: [edit] } };
}

export interface CodeActionContext {
  /** The language of titles that belong to no diagnostic (fix all). */
  lang: Lang;
  /** Fixes for a diagnostic whose data is stale (the document changed since): the current lint's. */
  currentFixes(d: Diagnostic): Promise<Fix[] | undefined>;
  allowListEdit(phrase: string): WorkspaceEdit;
  fixAll(): Promise<WorkspaceEdit | undefined>;
}

/** The document's code actions; what needs a lint (stale diagnostics, fix all) waits for a lint thread. */
export async function codeActions(doc: TextDocument, params: CodeActionParams, ctx: CodeActionContext): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== 'copylint') continue;
      const data = diagnosticData(d.data);
      const ruleId = data?.ruleId ?? String(d.code);
      const text = SERVER_TEXT[data?.lang ?? ctx.lang];
      const fixes = data && data.version === doc.version ? data.fixes : await ctx.currentFixes(d);
      fixes?.forEach((fix, i) => actions.push({ title: fix.description, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: fixEdit(doc, fix) }));
      if (ENGINE_RULES.has(ruleId)) continue;
      actions.push({ title: text.disableLine(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: disableLine(doc, d, ruleId) });
      actions.push({ title: text.disableFile(ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: disableFile(doc, ruleId) });
      const phrase = data?.match ?? doc.getText(d.range);
      if (phrase && phrase.length <= 60 && !/\n/.test(phrase)) {
        actions.push({ title: text.allow(phrase), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: ctx.allowListEdit(phrase) });
      }
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const edit = await ctx.fixAll();
    if (edit) actions.push({ title: SERVER_TEXT[ctx.lang].fixAll, kind: FIX_ALL_KIND, edit });
  }
  return actions;
}
