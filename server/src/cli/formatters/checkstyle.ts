import { LineIndex } from '../../core/parse/lines';
import { locate, type FileResult } from '../results';
import { reportPath } from '../../node/files';
import type { FormatContext } from './types';
import { xml } from './xml';

/** Checkstyle XML, as reviewdog, Jenkins and GitLab importers read it: one <file> per linted file, one <error> per finding; written finding by finding. */
export function* formatCheckstyle(results: FileResult[], ctx: FormatContext): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';
  for (const file of results) {
    const lines = new LineIndex(file.source);
    yield `  <file name="${xml(reportPath(file.filePath, ctx.cwd))}">\n`;
    for (const f of file.findings) {
      const at = locate(lines, f);
      yield `    <error line="${at.line}" column="${at.column}" severity="${f.severity}" message="${xml(f.message)}" source="${xml(f.ruleId)}"/>\n`;
    }
    yield '  </file>\n';
  }
  yield '</checkstyle>\n';
}
