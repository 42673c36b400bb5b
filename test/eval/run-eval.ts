/**
 * Detection quality on the labeled examples (../shared/eval/dev.jsonl by default):
 * precision, recall and F1 per family and language. An item counts as flagged for a family
 * when any finding of that family is reported in it.
 *   npm run eval [-- FILE] [-- --errors]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledEngine } from '../../server/src/node/engine';
import type { DocFormat, Family } from '../../server/src/core/types';

interface Item {
  id: string;
  lang: 'de' | 'en';
  format: string;
  text: string;
  labels: Record<Family, boolean>;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.jsonl');
const showErrors = args.includes('--errors');
const FAMILIES: Family[] = ['features', 'push', 'polarize'];
const FORMATS: Record<string, DocFormat> = { plain: 'plaintext', md: 'markdown', html: 'html' };

const items: Item[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const engine = bundledEngine();
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (key: string, k: 'tp' | 'fp' | 'fn') => {
  const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  counts.set(key, c);
};

for (const item of items) {
  const { findings } = engine.lint(item.text, { format: FORMATS[item.format] ?? 'plaintext' });
  for (const family of FAMILIES) {
    const hits = findings.filter((f) => f.ruleId.startsWith(family + '/'));
    const predicted = hits.length > 0;
    const actual = item.labels[family];
    const k = predicted && actual ? 'tp' : predicted ? 'fp' : actual ? 'fn' : undefined;
    if (!k) continue;
    bump(`${family}\t${item.lang}`, k);
    bump(`${family}\tall`, k);
    if (showErrors && k !== 'tp') {
      console.log(`${k.toUpperCase()} ${family} ${item.id}: ${item.text.replace(/\n/g, '⏎')}`);
      for (const h of hits) console.log(`    ${h.ruleId}: ${h.match}`);
    }
  }
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
console.log(`\n${items.length} items from ${file}\n`);
console.log('family    lang  precision  recall  F1     tp  fp  fn');
for (const family of FAMILIES) {
  for (const lang of ['de', 'en', 'all']) {
    const c = counts.get(`${family}\t${lang}`) ?? { tp: 0, fp: 0, fn: 0 };
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = (2 * p * r) / (p + r);
    console.log(`${family.padEnd(9)} ${lang.padEnd(4)}  ${pct(p).padStart(9)}  ${pct(r).padStart(6)}  ${pct(f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
}
