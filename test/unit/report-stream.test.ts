import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FORMATTERS } from '../../server/src/cli/formatters';
import { arrayAt, jsonChunks, LazyJson } from '../../server/src/cli/formatters/jsonStream';
import type { FileResult } from '../../server/src/cli/results';
import { writeReport } from '../../server/src/cli/writeReport';

const ctx = { cwd: '/x', color: false, version: '0', rules: [], problems: [], language: 'en' as const };

describe('reports are written in chunks (issue 12, item 13)', () => {
  it('writes json, sarif and junit reports longer than the longest string V8 allows', async () => {
    // 560 findings with one shared 1 MB message: little memory, but each report is over 560 MB,
    // past V8's string limit (about 512 MB) that a report built as one string hit ("Invalid string length").
    const message = 'm'.repeat(1_000_000);
    const findings = Array.from({ length: 560 }, (_, i) => ({ ruleId: 'push/hype', severity: 'warning' as const, message, start: i, end: i + 1 }));
    const results: FileResult[] = [{ filePath: '/x/a.md', source: 'a'.repeat(1000), findings }];
    for (const format of ['json', 'sarif', 'junit'] as const) {
      let written = 0;
      let writes = 0;
      let tail = '';
      await writeReport(FORMATTERS[format](results, ctx), (text) => {
        written += text.length;
        writes++;
        tail = (tail + text).slice(-200);
      });
      assert.ok(written > 560_000_000, `${format}: ${written} characters`);
      assert.ok(writes > 500, `${format}: ${writes} writes`);
      // Complete to the last line.
      assert.ok(tail.endsWith({ json: '  }\n]\n', sarif: '  ]\n}\n', junit: '</testsuites>\n' }[format]), `${format}: ${tail}`);
    }
  });

  it('streams the info severity as each format names it', () => {
    const results: FileResult[] = [{ filePath: '/x/a.md', source: 'Hype here.', findings: [{ ruleId: 'push/hype', severity: 'info', message: 'Hype word', start: 0, end: 4 }] }];
    const report = (format: keyof typeof FORMATTERS) => [...FORMATTERS[format](results, ctx)].join('');
    assert.match(report('github'), /^::notice file=a\.md,line=1,col=1,endLine=1,endColumn=5,title=push\/hype::Hype word\n$/);
    assert.match(report('sarif'), /"level": "note"/);
    assert.match(report('junit'), /<failure type="info" message="Hype word">a\.md:1:1 info Hype word \(push\/hype\)<\/failure>/);
    assert.match(report('junit'), /<testsuites name="copylint" tests="1" failures="1">/);
    assert.match(report('stylish'), /1:1 +info +Hype word[^]*1 problem \(0 errors, 0 warnings, 1 info\)\n$/);
  });

  it('writes JSON exactly as JSON.stringify(value, null, 2) would, lazy arrays nested or empty', () => {
    const files = [
      { filePath: 'a', messages: [{ ruleId: 'r', fix: { range: [1, 2], text: '' } }, { ruleId: 's' }], errorCount: 0 },
      { filePath: 'b', messages: [], errorCount: 1 },
    ];
    const lazy = new LazyJson(
      { version: 1, runs: [{ results: arrayAt(0), more: arrayAt(1) }] },
      [files.map((f) => new LazyJson({ ...f, messages: arrayAt(0) }, [f.messages])), []],
    );
    assert.equal([...jsonChunks(lazy)].join(''), JSON.stringify({ version: 1, runs: [{ results: files, more: [] }] }, null, 2));
  });
});
