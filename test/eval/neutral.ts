/**
 * The neutral corpus: real prose that does not sell, from Debian packages — the Debian Reference
 * in its own HTML (German and English), German man pages rendered to text, and the English and
 * German fortune collections. A marketing linter should find next to nothing in it; the figure
 * is findings per 1,000 words, with the rules that fire most.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fortunes, SOURCES } from '../../bench/corpus';
import type { Engine } from '../../server/src/core/engine';
import type { DocFormat } from '../../server/src/core/types';

export const NEUTRAL_PACKAGES = ['debian-reference-de', 'debian-reference-en', 'fortunes', 'fortunes-de', 'manpages-de', 'groff-base'];
const REFERENCE = SOURCES.reference;
const FORTUNES = SOURCES.fortunesEn;
const MAN_DE = '/usr/share/man/de/man1';
/** Man pages taken, every n-th by name, so the corpus is the same on every machine with the package. */
const MAN_PAGES = 120;

export interface NeutralDoc {
  name: string;
  /** The corpus it belongs to, for the per-corpus figures. */
  corpus: 'reference-de' | 'reference-en' | 'man-de' | 'fortunes-en' | 'fortunes-de';
  format: DocFormat;
  text: string;
}

export function neutralAvailable(): boolean {
  return existsSync(REFERENCE) && existsSync(join(FORTUNES, 'de')) && existsSync(MAN_DE);
}

function fortuneDocs(dir: string, corpus: NeutralDoc['corpus']): NeutralDoc[] {
  // One document per fortune: they are separate texts, each with a voice of its own.
  return fortunes(dir).flatMap(({ file, fortunes: list }) =>
    list
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s, i) => ({ name: `${corpus}/${file}#${i + 1}`, corpus, format: 'plaintext' as const, text: s })),
  );
}

/** A man page as `man` shows it: groff's text output, paragraphs reflowed. Cached, as groff takes a while. */
function manDocs(): NeutralDoc[] {
  const cache = join(tmpdir(), 'copylint-neutral-man');
  mkdirSync(cache, { recursive: true });
  // The package's own pages, not whatever else a machine installed into man/de.
  const listed = spawnSync('dpkg', ['-L', 'manpages-de'], { encoding: 'utf8' }).stdout ?? '';
  const pages = listed
    .split('\n')
    .filter((f) => f.startsWith(MAN_DE + '/') && f.endsWith('.gz'))
    .map((f) => f.slice(MAN_DE.length + 1))
    .sort();
  const step = Math.max(1, Math.floor(pages.length / MAN_PAGES));
  const docs: NeutralDoc[] = [];
  for (let i = 0; i < pages.length && docs.length < MAN_PAGES; i += step) {
    const page = pages[i];
    const cached = join(cache, page + '.txt');
    let text = existsSync(cached) ? readFileSync(cached, 'utf8') : undefined;
    if (text === undefined) {
      const r = spawnSync('sh', ['-c', `zcat "$1" | groff -k -mandoc -Tutf8 -P-cbou 2>/dev/null`, 'sh', join(MAN_DE, page)], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      // Indented lines of one block become one line; blank lines separate paragraphs.
      text = (r.stdout ?? '').split(/\n\s*\n/).map((p) => p.split('\n').map((l) => l.trim()).join(' ').trim()).filter(Boolean).join('\n\n');
      // groff that printed nothing (missing, failed) is not remembered.
      if (text) writeFileSync(cached, text);
    }
    docs.push({ name: `man-de/${page}`, corpus: 'man-de', format: 'plaintext', text });
  }
  return docs;
}

export function neutralDocs(): NeutralDoc[] {
  const reference = readdirSync(REFERENCE)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f): NeutralDoc => ({ name: `reference/${f}`, corpus: f.endsWith('.de.html') ? 'reference-de' : 'reference-en', format: 'html', text: readFileSync(join(REFERENCE, f), 'utf8') }));
  return [...reference, ...manDocs(), ...fortuneDocs(FORTUNES, 'fortunes-en'), ...fortuneDocs(join(FORTUNES, 'de'), 'fortunes-de')];
}

export interface NeutralScore {
  words: number;
  findings: number;
  perCorpus: Map<string, { words: number; findings: number }>;
  byRule: Map<string, number>;
  samples: Map<string, string[]>;
}

export function scoreNeutral(engine: Engine, docs: NeutralDoc[]): NeutralScore {
  const s: NeutralScore = { words: 0, findings: 0, perCorpus: new Map(), byRule: new Map(), samples: new Map() };
  for (const doc of docs) {
    const result = engine.lint(doc.text, { format: doc.format });
    const c = s.perCorpus.get(doc.corpus) ?? { words: 0, findings: 0 };
    c.words += result.words;
    c.findings += result.findings.length;
    s.perCorpus.set(doc.corpus, c);
    s.words += result.words;
    s.findings += result.findings.length;
    for (const f of result.findings) {
      s.byRule.set(f.ruleId, (s.byRule.get(f.ruleId) ?? 0) + 1);
      const list = s.samples.get(f.ruleId) ?? [];
      if (list.length < 6) list.push(`${doc.name}: ${(f.match ?? '').slice(0, 60).replace(/\s+/g, ' ')}`);
      s.samples.set(f.ruleId, list);
    }
  }
  return s;
}

export const perThousand = (findings: number, words: number) => (words ? (1000 * findings) / words : 0);

export function formatNeutral(s: NeutralScore, verbose: boolean): string {
  const lines = [`\nneutral corpus: ${s.words} words, ${s.findings} findings, ${perThousand(s.findings, s.words).toFixed(2)} per 1,000 words`];
  for (const [corpus, c] of s.perCorpus) lines.push(`  ${corpus.padEnd(13)} ${String(c.words).padStart(8)} words  ${perThousand(c.findings, c.words).toFixed(2).padStart(6)} per 1,000`);
  lines.push('  most frequent rules:');
  for (const [rule, n] of [...s.byRule].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    lines.push(`    ${rule.padEnd(36)} ${String(n).padStart(6)}  ${perThousand(n, s.words).toFixed(2)} per 1,000`);
    if (verbose) for (const sample of s.samples.get(rule) ?? []) lines.push(`        ${sample}`);
  }
  return lines.join('\n');
}
