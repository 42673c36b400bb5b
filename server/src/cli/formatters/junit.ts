import { relative } from 'node:path';
import { LineIndex } from '../../core/parse/lines';
import { locate } from '../results';
import type { Formatter } from './types';
import { xml } from './xml';

/** JUnit XML: one test suite per file, one failing test case per finding (a clean file passes). */
export const formatJunit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of results) {
    const name = file.filePath === '<text>' ? file.filePath : relative(ctx.cwd, file.filePath).split('\\').join('/');
    const lines = new LineIndex(file.source);
    const cases = file.findings.map((f) => {
      const at = locate(lines, f);
      const kind = f.severity;
      return (
        `    <testcase classname="${xml(name)}" name="${xml(`${f.ruleId} at ${at.line}:${at.column}`)}" file="${xml(name)}" line="${at.line}">\n` +
        `      <failure type="${kind}" message="${xml(f.message)}">${xml(`${name}:${at.line}:${at.column} ${kind} ${f.message} (${f.ruleId})`)}</failure>\n` +
        '    </testcase>'
      );
    });
    if (!cases.length) cases.push(`    <testcase classname="${xml(name)}" name="copylint" file="${xml(name)}"/>`);
    tests += cases.length;
    failures += file.findings.length;
    suites.push(`  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${file.findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="copylint" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};
