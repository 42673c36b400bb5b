import pc from 'picocolors';
import { relative } from 'node:path';
import { LineIndex } from '../../core/parse/lines';
import { counts, locate } from '../results';
import { STYLISH_TEXT } from './stylishText';
import type { Formatter } from './types';

/** ESLint's "stylish" layout: findings grouped by file, then a summary line. */
export const formatStylish: Formatter = function* (results, options) {
  const c = pc.createColors(options.color);
  const text = STYLISH_TEXT[options.language];
  const tint = { error: c.red, warning: c.yellow, info: c.blue };
  let shown = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    const lines = new LineIndex(r.source);
    // A blank line before every file but the first.
    yield (shown++ ? '\n\n' : '\n') + c.underline(r.filePath === '<text>' ? r.filePath : relative(options.cwd, r.filePath) || r.filePath);
    const rows = r.findings.map((f) => {
      const at = locate(lines, f);
      return [`${at.line}:${at.column}`, tint[f.severity](text.severity[f.severity]), f.message, c.dim(f.ruleId)];
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
    yield '\n\n' + mark(c.bold(text.summary(total, errors, warnings, infos)));
    if (fixable) yield '\n' + mark(text.fixable(fixable));
    yield '\n';
  }
};
