/**
 * `npm run bench -- --pathological`: copylint on inputs built to find superlinear work (deep
 * nesting, unclosed comments, a paragraph of thousands of lines, one huge line), each at 250 KB
 * and 1 MB, and the cases of issue 12 item 16 (--fix, front matter, team terms and patterns,
 * directives) at two scales 4× apart. Time that grows much faster than the input (ratio well
 * above 4) marks a case to look at. Prints figures only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Name → file extension and the unit repeated to the size; null: distinct words. */
const CASES: [string, string, string | null][] = [
  ['Markdown: unclosed <!--', 'md', '<!--'],
  ['Markdown: code spans', 'md', '`a'],
  ['Markdown: link and image openers', 'md', '!['],
  ['Markdown: emphasis openers', 'md', '*a'],
  ['Markdown: one 1 MB sentence', 'md', 'Wir sind die Besten und jetzt kaufen '],
  ['Markdown: one paragraph of short lines', 'md', 'Buy now!\n'],
  ['Markdown: distinct words', 'md', null],
  ['Markdown: nested quotes', 'md', '> '],
  ['Markdown: table columns', 'md', '| a '],
  ['MDX: unclosed {/*', 'mdx', '{/*'],
  ['HTML: unclosed <div>', 'html', '<div>'],
  ['HTML: unclosed <!--', 'html', '<!--'],
  ['HTML: attributes', 'html', '<img alt="Buy now '],
  ['Plain text: list lines', 'txt', '- '],
];

/** A case whose input is built per scale (the second run's scale is 4× the first's): files in the case folder and the CLI's arguments. */
interface ScaledCase {
  name: string;
  scales: [number, number];
  build: (n: number) => { files: Record<string, string>; args: string[] };
}

// Inputs the adversarial run of issue 12 (item 16) found superlinear: a --fix with a fix on every
// sentence, front matter with many keys, many team terms, a team pattern on one long word, many
// directives.
const SCALED: ScaledCase[] = [
  { name: '--fix: a fix in every sentence', scales: [250e3, 1e6], build: (n) => ({ files: { 'a.md': 'Jetzt kaufen! '.repeat(Math.ceil(n / 14)) }, args: ['--fix', 'a.md'] }) },
  { name: 'front matter: keys (10,000 / 40,000)', scales: [10e3, 40e3], build: (n) => ({ files: { 'a.md': `---\n${Array.from({ length: n }, (_, i) => `k${i}: Wert ${i}`).join('\n')}\n---\nText.\n` }, args: ['a.md'] }) },
  {
    name: 'terms.custom: phrases (5,000 / 20,000)',
    scales: [5e3, 20e3],
    build: (n) => ({
      files: {
        '.copylintrc.json': JSON.stringify({ terms: { custom: [{ id: 'team/words', family: 'push', language: 'any', message: 'Team word.', phrases: Array.from({ length: n }, (_, i) => `wort${i.toString(36)}`) }] } }),
        'a.md': 'Ein Satz mit wort1 und wortz und anderen Wörtern.\n'.repeat(200),
      },
      args: ['a.md'],
    }),
  },
  {
    name: 'team pattern a+ on one long word (5,000 / 20,000 letters)',
    scales: [5e3, 20e3],
    build: (n) => ({
      files: { '.copylintrc.json': JSON.stringify({ terms: { custom: [{ id: 'team/a', family: 'push', message: 'a.', pattern: 'a+' }] } }), 'a.md': `${'a'.repeat(n)}\n` },
      args: ['a.md'],
    }),
  },
  { name: 'disable-next-line directives (10,000 / 40,000)', scales: [10e3, 40e3], build: (n) => ({ files: { 'a.md': '<!-- copylint-disable-next-line push/hard-cta -- test -->\nJetzt kaufen!\n\n'.repeat(n) }, args: ['a.md'] }) },
];

/** Seconds the CLI takes on a case's input at one scale, in a fresh folder. */
function timeCase(cli: string, dir: string, input: { files: Record<string, string>; args: string[] }): number {
  const caseDir = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(input.files)) writeFileSync(join(caseDir, name), text);
  const t0 = performance.now();
  spawnSync(process.execPath, [cli, '--format', 'json', '--max-file-size', '100', ...input.args], { cwd: caseDir, stdio: 'ignore', timeout: 300_000 });
  return (performance.now() - t0) / 1000;
}

export function pathological(cli: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-pathological-'));
  const rows = ['| input | 250 KB | 1 MB | ratio |', '|---|---|---|---|'];
  try {
    for (const [name, ext, unit] of CASES) {
      const times = [250e3, 1e6].map((size) => {
        let text: string;
        if (unit === null) {
          const words: string[] = [];
          for (let i = 0, n = 0; n < size; i++) {
            const word = `w${i.toString(36)}`;
            words.push(word);
            n += word.length + 1;
          }
          text = words.join(' ');
        } else text = unit.repeat(Math.ceil(size / unit.length));
        return timeCase(cli, dir, { files: { [`case.${ext}`]: text }, args: [`case.${ext}`] });
      });
      rows.push(`| ${name} | ${times[0].toFixed(2)} s | ${times[1].toFixed(2)} s | ${(times[1] / times[0]).toFixed(1)} |`);
    }
    rows.push('', '| input (scale 1× / 4×) | 1× | 4× | ratio |', '|---|---|---|---|');
    for (const c of SCALED) {
      const times = c.scales.map((n) => timeCase(cli, dir, c.build(n)));
      rows.push(`| ${c.name} | ${times[0].toFixed(2)} s | ${times[1].toFixed(2)} s | ${(times[1] / times[0]).toFixed(1)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
