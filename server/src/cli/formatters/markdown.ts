import { LineIndex } from '../../core/parse/lines';
import type { Finding } from '../../core/types';
import { counts, locate, type FileResult } from '../results';
import { reportPath } from '../../node/files';
import type { FormatContext } from './types';
import { plural } from '../../report/plural';

/** How many findings the report lists; the counts cover them all. */
export const TOP_FINDINGS = 20;
const SEVERITIES = ['error', 'warning', 'info'] as const;

/** Text that renders as itself in a GitHub-flavoured table cell: no markup, links, HTML or cell breaks. */
const md = (s: string) => s.replace(/[\\`*_[\]<>|~&!#]/g, '\\$&').replace(/\s+/g, ' ');

/** The first TOP_FINDINGS findings, errors first, then warnings, then infos, each in file order. */
function top(results: FileResult[]): { file: FileResult; finding: Finding }[] {
  const picked: { file: FileResult; finding: Finding }[] = [];
  for (const severity of SEVERITIES) {
    for (const file of results) {
      for (const finding of file.findings) {
        if (picked.length === TOP_FINDINGS) return picked;
        if (finding.severity === severity) picked.push({ file, finding });
      }
    }
  }
  return picked;
}

/**
 * A Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY: counts per family and
 * severity, then the top findings, each with a link to its rule's documentation.
 */
export function* formatMarkdown(results: FileResult[], ctx: FormatContext): Generator<string> {
  const { errors, warnings, infos } = counts(results);
  const total = errors + warnings + infos;
  if (!total) {
    yield `### copylint: no problems in ${plural(results.length, 'file')}\n`;
    return;
  }
  yield `### copylint: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)\n\n`;
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const family = (ruleId: string) => rules.get(ruleId)?.family ?? ruleId.split('/')[0];
  const perFamily = new Map<string, Record<(typeof SEVERITIES)[number], number>>();
  for (const file of results) {
    for (const f of file.findings) {
      const row = perFamily.get(family(f.ruleId)) ?? { error: 0, warning: 0, info: 0 };
      row[f.severity]++;
      perFamily.set(family(f.ruleId), row);
    }
  }
  yield '| Family | Errors | Warnings | Info |\n|---|---:|---:|---:|\n';
  for (const [name, row] of [...perFamily].sort(([a], [b]) => a.localeCompare(b))) yield `| ${md(name)} | ${row.error} | ${row.warning} | ${row.info} |\n`;
  const shown = top(results);
  yield `\n#### ${shown.length === total ? 'Findings' : `Top ${shown.length} findings`}\n\n| Severity | Rule | Where | Message |\n|---|---|---|---|\n`;
  const lines = new Map<FileResult, LineIndex>();
  for (const { file, finding } of shown) {
    let index = lines.get(file);
    if (!index) lines.set(file, (index = new LineIndex(file.source)));
    const at = locate(index, finding);
    const url = rules.get(finding.ruleId)?.docUrl;
    const rule = url ? `[${md(finding.ruleId)}](${encodeURI(url)})` : md(finding.ruleId);
    yield `| ${finding.severity} | ${rule} | ${md(`${reportPath(file.filePath, ctx.cwd)}:${at.line}:${at.column}`)} | ${md(finding.message)} |\n`;
  }
  if (shown.length < total) yield `\n… and ${total - shown.length} more.\n`;
}
