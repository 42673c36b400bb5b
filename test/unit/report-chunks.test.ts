import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCheckstyle } from '../../server/src/cli/formatters/checkstyle';
import { formatGitlab } from '../../server/src/cli/formatters/gitlab';
import { formatHtml } from '../../server/src/cli/formatters/html';
import { formatMarkdown } from '../../server/src/cli/formatters/markdown';
import { formatRdjsonl } from '../../server/src/cli/formatters/rdjsonl';
import type { FileResult } from '../../server/src/cli/results';

// 1,000 findings on one long line: each must be its own chunk, so no report is one string.
const source = 'Jetzt kaufen! '.repeat(1000);
const result: FileResult = {
  filePath: '/work/page.txt',
  source,
  findings: Array.from({ length: 1000 }, (_, i) => ({ ruleId: 'push/hard-cta', severity: 'warning' as const, message: 'Hard sell.', start: i * 14, end: i * 14 + 12 })),
};
const ctx = { cwd: '/work', color: false, version: '0', rules: [], problems: [], language: 'en' as const };

describe('the new report formats are written in chunks', () => {
  for (const [name, format] of [
    ['rdjsonl', formatRdjsonl],
    ['gitlab', formatGitlab],
    ['checkstyle', formatCheckstyle],
  ] as const) {
    it(`${name}: a chunk per finding`, () => {
      const chunks = [...format([result], ctx)];
      assert.ok(chunks.length >= 1000, `${chunks.length} chunks`);
      assert.ok(Math.max(...chunks.map((c) => c.length)) < 1000);
    });
  }

  it('html: a chunk per finding; only the fixed head (the stylesheet) is longer', () => {
    const chunks = [...formatHtml([result], ctx)];
    assert.ok(chunks.length >= 1000, `${chunks.length} chunks`);
    assert.ok(chunks.slice(1).every((c) => c.length < 1000));
  });

  it('markdown: a chunk per listed finding, whatever the number of findings', () => {
    const chunks = [...formatMarkdown([result], ctx)];
    assert.ok(chunks.length > 20 && chunks.length < 40, `${chunks.length} chunks`);
  });
});
