import pc from 'picocolors';
import { relative } from 'node:path';
import { LineIndex } from '../../core/parse/lines';
import { counts, locate } from '../results';
import type { Formatter } from './types';

/** ESLint's "stylish" layout: findings grouped by file, then a summary line. */
export const formatStylish: Formatter = function* (results, options) {
  const c = pc.createColors(options.color);
  let shown = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    const lines = new LineIndex(r.source);
    // A blank line before every file but the first.
    yield (shown++ ? '\n\n' : '\n') + c.underline(r.filePath === '<text>' ? r.filePath : relative(options.cwd, r.filePath) || r.filePath);
    const rows = r.findings.map((f) => {
      const at = locate(lines, f);
      return [`${at.line}:${at.column}`, f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info'), f.message, c.dim(f.ruleId)];
    });
    // A loop, not Math.max(...): spreading 260,000 rows overflowed the stack.
    const width = (i: number) => rows.reduce((w, row) => Math.max(w, row[i].length), 0);
    const w0 = width(0);
    const w1 = width(1);
    for (const row of rows) yield `\n  ${c.dim(row[0].padEnd(w0))}  ${row[1].padEnd(w1)}  ${row[2]}  ${row[3]}`;
  }
  const { errors, warnings, infos, fixable } = counts(results);
  const total = errors + warnings + infos;
  if (total) {
    const mark = errors ? c.red : warnings ? c.yellow : c.blue;
    const info = infos ? `, ${infos} info` : '';
    yield '\n\n' + mark(c.bold(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${info})`));
    if (fixable) yield '\n' + mark(`  ${fixable} potentially fixable with the \`--fix\` option.`);
    yield '\n';
  }
};
