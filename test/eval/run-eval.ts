/**
 * Detection quality: precision, recall and F1 per family and language on labeled sets, the
 * share of clean items flagged, and findings per 1,000 words on the neutral corpus.
 *   npm run eval [-- FILE …] [-- --errors] [-- --neutral] [-- --write-baseline]
 * Without FILE: ../shared/eval/dev.jsonl. --errors lists every false positive and miss with the
 * rule and phrase; --neutral adds the neutral corpus (Debian packages, see neutral.ts);
 * --write-baseline records the figures of every labeled set and the neutral corpus in
 * test/eval/baseline.json, the floor the ratchet test holds them to.
 */
import { writeFileSync } from 'node:fs';
import { bundledEngine } from '../../server/src/node/engine';
import { formatNeutral, neutralAvailable, neutralDocs, NEUTRAL_PACKAGES, perThousand, scoreNeutral } from './neutral';
import { figuresOf, formatErrors, formatScore, readItems, score } from './score';
import { BASELINE, DEV, labeledSets, type Figures } from './sets';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files.push(DEV);
const engine = bundledEngine();

if (args.includes('--write-baseline')) {
  if (!neutralAvailable()) throw new Error(`eval: the neutral corpus is not installed (apt-get install ${NEUTRAL_PACKAGES.join(' ')})`);
  const figures: Figures = { sets: {} };
  for (const set of labeledSets()) figures.sets[set.name] = figuresOf(score(engine, readItems(set.file)));
  const n = scoreNeutral(engine, neutralDocs());
  figures.neutralPerThousand = Number(perThousand(n.findings, n.words).toFixed(3));
  writeFileSync(BASELINE, JSON.stringify(figures, null, 2) + '\n');
  console.log(`wrote ${BASELINE}`);
  process.exit(0);
}

for (const file of files) {
  const s = score(engine, readItems(file));
  console.log(formatScore(s, file));
  if (args.includes('--errors') && s.errors.length) console.log('\n' + formatErrors(s));
}
if (args.includes('--neutral')) {
  if (neutralAvailable()) console.log(formatNeutral(scoreNeutral(engine, neutralDocs()), args.includes('--errors')));
  else console.log(`\nneutral corpus: not installed (apt-get install ${NEUTRAL_PACKAGES.join(' ')})`);
}
