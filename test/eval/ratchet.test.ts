/**
 * The detection ratchet: no figure of test/eval/baseline.json may get worse — precision and
 * recall per family and language on every labeled set, the share of clean items flagged, and
 * findings per 1,000 words on the neutral corpus. Improve a figure, then record it with
 * `npm run eval -- --write-baseline`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { engine } from '../helpers/engine';
import { neutralAvailable, neutralDocs, NEUTRAL_PACKAGES, perThousand, scoreNeutral } from './neutral';
import { figuresOf, readItems, score } from './score';
import { BASELINE, labeledSets, type Figures } from './sets';

const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Figures;
// Figures are rounded to 3 places in the baseline.
const EPSILON = 0.0005;

describe('detection ratchet (test/eval/baseline.json)', () => {
  for (const set of labeledSets()) {
    it(`${set.name}: precision, recall and clean items flagged hold`, () => {
      const base = baseline.sets[set.name];
      assert.ok(base, `${set.name} has no baseline: run npm run eval -- --write-baseline`);
      const now = figuresOf(score(engine, readItems(set.file)));
      for (const [key, [p, r]] of Object.entries(base.pr)) {
        assert.ok(now.pr[key][0] >= p - EPSILON, `${set.name} ${key}: precision ${now.pr[key][0]} < ${p}`);
        assert.ok(now.pr[key][1] >= r - EPSILON, `${set.name} ${key}: recall ${now.pr[key][1]} < ${r}`);
      }
      assert.ok(now.cleanFlagged <= base.cleanFlagged + EPSILON, `${set.name}: clean items flagged ${now.cleanFlagged} > ${base.cleanFlagged}`);
    });
  }

  const required = !!process.env.COPYLINT_REQUIRE_NEUTRAL;
  it('neutral corpus: findings per 1,000 words hold', { skip: !neutralAvailable() && !required && `neutral corpus not installed (scripts/setup-eval-corpus.sh)` }, () => {
    assert.ok(neutralAvailable(), `the neutral corpus is missing: apt-get install ${NEUTRAL_PACKAGES.join(' ')}`);
    const n = scoreNeutral(engine, neutralDocs());
    const now = perThousand(n.findings, n.words);
    assert.ok(now <= (baseline.neutralPerThousand ?? Infinity) + EPSILON, `neutral corpus: ${now.toFixed(3)} findings per 1,000 words > ${baseline.neutralPerThousand}`);
  });
});
