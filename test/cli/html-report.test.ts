import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { json, run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples');
const FILES = ['en/landing-page-bad.md', 'de/landingpage-schlecht.md', 'en/spec-sheet.html'];

/** Findings per file and family, as the JSON report counts them. */
function jsonCounts(stdout: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of json(stdout)) {
    const row = (out[r.filePath.split('/').slice(-2).join('/')] = {} as Record<string, number>);
    for (const m of r.messages) row[m.ruleId.split('/')[0]] = (row[m.ruleId.split('/')[0]] ?? 0) + 1;
  }
  return out;
}

/** The same, summed over the HTML report's bars. */
function htmlCounts(html: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const file of html.split('<section class="file"').slice(1)) {
    const row = (out[/data-file="([^"]+)"/.exec(file)![1]] = {} as Record<string, number>);
    for (const m of file.matchAll(/data-family="(\w+)" data-count="(\d+)"/g)) if (+m[2]) row[m[1]] = (row[m[1]] ?? 0) + +m[2];
  }
  return out;
}

describe('--format html on the examples', () => {
  const dir = tempTree(Object.fromEntries(FILES.map((f) => [f, readFileSync(join(EXAMPLES, f))])));

  it('counts per file and family what the JSON report of the same run counts', () => {
    const fromJson = jsonCounts(run([...FILES, '--format', 'json'], { cwd: dir }).stdout);
    const r = run([...FILES, '--format', 'html'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.deepEqual(htmlCounts(r.stdout), fromJson);
    const total = Object.values(fromJson).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
    assert.ok(total > 0);
    assert.match(r.stdout, new RegExp(`data-total="${total}"`));
    assert.equal(r.stdout.match(/<tbody>[^]*?<\/tbody>/g)?.join('').match(/<tr /g)?.length, total);
  });

  it("splits each file's words among its sections, none lost or counted twice", () => {
    const r = run([...FILES, '--format', 'html'], { cwd: dir });
    for (const file of r.stdout.split('<section class="file"').slice(1)) {
      const [whole, ...sections] = [...file.matchAll(/<span class="words">(\d+) words?<\/span>/g)].map((m) => +m[1]);
      assert.ok(sections.length > 0 && whole > 0);
      assert.equal(sections.reduce((a, b) => a + b, 0), whole);
    }
  });

  it('speaks the --message-language', () => {
    const r = run([FILES[1], '--format', 'html', '--message-language', 'de'], { cwd: dir });
    assert.match(r.stdout, /<html lang="de">/);
    assert.match(r.stdout, /Tonwert \d+ von 100/);
  });
});
