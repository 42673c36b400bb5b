import { relative } from 'node:path';
import { LineIndex } from '../../core/parse/lines';
import { locate } from '../results';
import type { Formatter } from './types';

// Workflow command escaping, as in @actions/core.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const formatGithub: Formatter = (results, ctx) => {
  const out: string[] = [];
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const name = file.filePath === '<text>' ? file.filePath : relative(ctx.cwd, file.filePath).split('\\').join('/');
    for (const f of file.findings) {
      const at = locate(lines, f);
      const props = [`file=${escapeProperty(name)}`, `line=${at.line}`, `col=${at.column}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
      out.push(`::${f.severity === 'info' ? 'notice' : f.severity} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
