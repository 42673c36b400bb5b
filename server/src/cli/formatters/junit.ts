import { LineIndex } from '../../core/parse/lines';
import { counts, locate } from '../results';
import { reportPath } from '../../node/files';
import type { Formatter } from './types';
import { xml } from './xml';

/** JUnit XML: one test suite per file, one failing test case per finding (a clean file passes); written case by case. */
export const formatJunit: Formatter = function* (results, ctx) {
  const { errors, warnings, infos } = counts(results);
  // A clean file is one passing case.
  const tests = results.reduce((n, file) => n + Math.max(1, file.findings.length), 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="copylint" tests="${tests}" failures="${errors + warnings + infos}">\n`;
  for (const file of results) {
    const path = reportPath(file.filePath, ctx.cwd);
    const name = xml(path);
    yield `  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}" errors="0">\n`;
    if (!file.findings.length) yield `    <testcase classname="${name}" name="copylint" file="${name}"/>\n`;
    const lines = new LineIndex(file.source);
    for (const f of file.findings) {
      const at = locate(lines, f);
      const kind = f.severity;
      yield (
        `    <testcase classname="${name}" name="${xml(`${f.ruleId} at ${at.line}:${at.column}`)}" file="${name}" line="${at.line}">\n` +
        `      <failure type="${kind}" message="${xml(f.message)}">${xml(`${path}:${at.line}:${at.column} ${kind} ${f.message} (${f.ruleId})`)}</failure>\n` +
        '    </testcase>\n'
      );
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
};
