import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { formatForPath } from '../../server/src/core/parse';
import { lint } from '../helpers/engine';

const root = resolve(__dirname, '..', '..', 'examples');
// What each bundled example page is meant to show, by family.
const expected: Record<string, string[]> = {
  'de/landingpage-schlecht.md': ['features', 'polarize', 'push'],
  'de/produktseite-gut.md': [],
  'de/pressemitteilung.html': ['polarize', 'push'],
  'de/social-post.txt': ['polarize'],
  'en/landing-page-bad.md': ['features', 'polarize', 'push'],
  'en/product-page-good.md': [],
  'en/newsletter-good.txt': [],
  'en/spec-sheet.html': ['features'],
};

describe('bundled examples', () => {
  it('lists every example file here', () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => formatForPath(f)).sort();
    assert.deepEqual(files, Object.keys(expected).sort());
  });
  for (const [file, families] of Object.entries(expected)) {
    it(`${file} shows ${families.join(', ') || 'no findings'}`, () => {
      const findings = lint(readFileSync(join(root, file), 'utf8'), formatForPath(file)!);
      const found = [...new Set(findings.map((f) => f.ruleId.split('/')[0]))].sort();
      assert.deepEqual(found, families, JSON.stringify(findings.map((f) => `${f.ruleId}: ${f.match}`)));
    });
  }
});
