import { createHash } from 'node:crypto';
import { LineIndex } from '../../core/parse/lines';
import { keysOf } from '../../node/findingKeys';
import { locate, type FileResult } from '../results';
import type { FormatContext } from './types';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab Code Quality (a subset of the Code Climate issue format). GitLab tells new findings
 * from old ones by the fingerprint, so it hashes the finding's key (rule, file, the text it
 * stands in, occurrence): an edit elsewhere in the file keeps it. Written issue by issue.
 */
export function* formatGitlab(results: FileResult[], ctx: FormatContext): Generator<string> {
  let n = 0;
  for (const file of results) {
    const lines = new LineIndex(file.source);
    const keys = keysOf(file.filePath, ctx.cwd, file.source, file.findings);
    for (const [i, f] of file.findings.entries()) {
      const at = locate(lines, f);
      const key = keys[i];
      const issue = {
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: ['Style'],
        severity: SEVERITY[f.severity],
        fingerprint: createHash('md5').update(JSON.stringify([key.rule, key.file, key.text, key.occurrence])).digest('hex'),
        location: { path: key.file, lines: { begin: at.line, end: at.endLine } },
      };
      yield (n++ ? ',\n  ' : '[\n  ') + JSON.stringify(issue);
    }
  }
  yield n ? '\n]\n' : '[]\n';
}
