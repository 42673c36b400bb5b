import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { LineIndex } from '../../core/parse/lines';
import { locate } from '../results';
import type { Severity } from '../../core/types';
import type { Formatter } from './types';

const level = (s: Exclude<Severity, 'off'>) => (s === 'info' ? 'note' : s);

/** SARIF 2.1.0 for code scanning: rules with doc links and default levels, results with regions and fixes. */
export const formatSarif: Formatter = (results, ctx) => {
  const rules: ReportingDescriptor[] = ctx.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    ...(r.docUrl ? { helpUri: r.docUrl } : {}),
    defaultConfiguration: { level: level(r.severity) },
    properties: { tags: [r.family] },
  }));
  const index = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const uri = (path: string) => (path === '<text>' ? path : relative(ctx.cwd, path).split('\\').join('/'));
  const sarifResults: Result[] = [];
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const artifactLocation = { uri: uri(file.filePath), uriBaseId: '%SRCROOT%' };
    const region = (range: { start: number; end: number }) => {
      const at = locate(lines, range);
      return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
    };
    for (const f of file.findings) {
      sarifResults.push({
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
        ...(f.fixes?.length
          ? {
              fixes: f.fixes.map((fix) => ({
                description: { text: fix.description },
                artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })) }],
              })),
            }
          : {}),
      });
    }
  }
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'copylint', version: ctx.version, informationUri: 'https://github.com/copylint/copylint', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
