/**
 * `npm run bench -- --pathological`: copylint on inputs built to find superlinear work (deep
 * nesting, unclosed comments, a paragraph of thousands of lines, one huge line), each at 250 KB
 * and 1 MB. Time that grows much faster than the input (ratio well above 4) marks a case to
 * look at. Prints figures only.
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
        const file = join(dir, `case.${ext}`);
        writeFileSync(file, text);
        const t0 = performance.now();
        spawnSync(process.execPath, [cli, '--format', 'json', '--max-file-size', '100', file], { stdio: 'ignore', timeout: 120_000 });
        return (performance.now() - t0) / 1000;
      });
      rows.push(`| ${name} | ${times[0].toFixed(2)} s | ${times[1].toFixed(2)} s | ${(times[1] / times[0]).toFixed(1)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
