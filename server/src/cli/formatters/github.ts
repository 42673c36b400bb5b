import { LineIndex } from '../../core/parse/lines';
import { locate } from '../results';
import { reportPath } from '../../node/files';
import type { Formatter } from './types';

// Workflow command escaping, as in @actions/core.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const formatGithub: Formatter = function* (results, ctx) {
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const name = reportPath(file.filePath, ctx.cwd);
    for (const f of file.findings) {
      const at = locate(lines, f);
      const props = [`file=${escapeProperty(name)}`, `line=${at.line}`, `col=${at.column}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
      yield `::${f.severity === 'info' ? 'notice' : f.severity} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
};
