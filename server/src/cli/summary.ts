import { relative } from 'node:path';
import { toneScore } from '../core/tone';
import { FAMILIES } from '../node/ruleFiles';
import type { FileResult } from './results';

/** The --report summary table: findings per family and per file, and each document's tone score. */
export function formatSummary(results: FileResult[], cwd: string): string {
  const family = (f: { ruleId: string }) => f.ruleId.split('/')[0];
  const words = results.reduce((n, r) => n + (r.words ?? 0), 0);
  const per100 = (n: number) => (words ? ((n * 100) / words).toFixed(2) : '0.00');
  const out = [`copylint summary: ${results.length} file${results.length === 1 ? '' : 's'}, ${words} words`, '', 'family     findings  per 100 words'];
  for (const fam of FAMILIES) {
    const n = results.reduce((k, r) => k + r.findings.filter((f) => family(f) === fam).length, 0);
    out.push(`${fam.padEnd(9)}  ${String(n).padStart(8)}  ${per100(n).padStart(13)}`);
  }
  const rows = results.map((r) => [
    r.filePath === '<text>' ? r.filePath : relative(cwd, r.filePath) || r.filePath,
    String(r.words ?? 0),
    ...FAMILIES.map((fam) => String(r.findings.filter((f) => family(f) === fam).length)),
    String(toneScore(r.findings, r.words ?? 0)),
  ]);
  const header = ['file', 'words', ...FAMILIES, 'tone'];
  const width = rows.reduce((w, r) => Math.max(w, r[0].length), header[0].length);
  out.push('', [header[0].padEnd(width), ...header.slice(1).map((h) => h.padStart(8))].join('  '));
  for (const r of rows) out.push([r[0].padEnd(width), ...r.slice(1).map((v) => v.padStart(8))].join('  '));
  out.push('', 'tone: 100 = no findings; 82 = one warning per 100 words; 37 = five (errors count twice).', '');
  return out.join('\n');
}
