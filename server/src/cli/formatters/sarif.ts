import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../core/parse/lines';
import { locate, type FileResult } from '../results';
import { reportPath } from '../../node/files';
import type { Severity } from '../../core/types';
import { arrayAt, jsonChunks, LazyJson } from './jsonStream';
import type { FormatContext, Formatter } from './types';

const level = (s: Exclude<Severity, 'off'>) => (s === 'info' ? 'note' : s);

/** The SARIF results of all files, one at a time: the log is written as they come. */
function* sarifResults(results: FileResult[], ctx: FormatContext): Generator<Result> {
  const index = new Map(ctx.rules.map((r, i) => [r.id, i]));
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const artifactLocation = { uri: reportPath(file.filePath, ctx.cwd), uriBaseId: '%SRCROOT%' };
    const region = (range: { start: number; end: number }) => {
      const at = locate(lines, range);
      return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
    };
    for (const f of file.findings) {
      yield {
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
      };
    }
  }
}

/** SARIF 2.1.0 for code scanning: rules with doc links and default levels, results with regions and fixes. */
export const formatSarif: Formatter = function* (results, ctx) {
  const rules: ReportingDescriptor[] = ctx.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    ...(r.docUrl ? { helpUri: r.docUrl } : {}),
    defaultConfiguration: { level: level(r.severity) },
    properties: { tags: [r.family] },
  }));
  // The log with its results left out: they are written one by one in their place.
  const log: Omit<Log, 'runs'> & { runs: unknown[] } = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'copylint', version: ctx.version, ...(ctx.homepage ? { informationUri: ctx.homepage } : {}), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results: arrayAt(0),
        // Paths that could not be read: the run is incomplete, and code scanning shows why.
        ...(ctx.problems.length
          ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: ctx.problems.map((text) => ({ level: 'error', message: { text } })) }] }
          : {}),
      },
    ],
  };
  yield* jsonChunks(new LazyJson(log, [sarifResults(results, ctx)]));
  yield '\n';
};
