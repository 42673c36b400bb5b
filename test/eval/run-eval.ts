/**
 * Detection quality: precision, recall and F1 per family and language on labeled sets, the
 * share of clean items flagged, and findings per 1,000 words on the neutral corpus.
 *   npm run eval [-- FILE …] [-- --errors] [-- --neutral]
 * Without FILE: ../shared/eval/dev.jsonl. --errors lists every false positive and miss with the
 * rule and phrase; --neutral adds the neutral corpus (Debian packages, see neutral.ts).
 */
import { join } from 'node:path';
import { bundledEngine } from '../../server/src/node/engine';
import { formatNeutral, neutralAvailable, neutralDocs, NEUTRAL_PACKAGES, scoreNeutral } from './neutral';
import { formatErrors, formatScore, readItems, score } from './score';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files.push(join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.jsonl'));
const engine = bundledEngine();

for (const file of files) {
  const s = score(engine, readItems(file));
  console.log(formatScore(s, file));
  if (args.includes('--errors') && s.errors.length) console.log('\n' + formatErrors(s));
}
if (args.includes('--neutral')) {
  if (neutralAvailable()) console.log(formatNeutral(scoreNeutral(engine, neutralDocs()), args.includes('--errors')));
  else console.log(`\nneutral corpus: not installed (apt-get install ${NEUTRAL_PACKAGES.join(' ')})`);
}
