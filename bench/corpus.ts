/**
 * The benchmark corpus: real German and English prose from Debian packages (the Debian
 * Reference in both languages, and the fortune cookie collections), written as Markdown in
 * three sizes plus a 10,000-word document for the language-server measurements.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

export const SOURCES = {
  reference: '/usr/share/doc/debian-reference-de/docs',
  fortunesEn: '/usr/share/games/fortunes',
  fortunesDe: '/usr/share/games/fortunes/de',
};
export const DEBIAN_PACKAGES = ['debian-reference-de', 'debian-reference-en', 'fortunes', 'fortunes-de'];

function htmlParagraphs(file: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const parser = new Parser({
    onopentag(name) {
      if (name === 'p') depth++;
    },
    ontext(text) {
      if (depth > 0) current += text;
    },
    onclosetag(name) {
      if (name === 'p' && depth > 0 && --depth === 0) {
        out.push(current);
        current = '';
      }
    },
  });
  parser.write(readFileSync(file, 'utf8'));
  parser.end();
  return out;
}

/** The fortunes of each collection file in `dir` (not the .dat indexes, nor the de/ and off/ folders). */
export function fortunes(dir: string): { file: string; fortunes: string[] }[] {
  return readdirSync(dir)
    .filter((f) => !f.includes('.') && !/^(?:de|off)$/.test(f))
    .flatMap((file) => {
      try {
        return [{ file, fortunes: readFileSync(join(dir, file), 'utf8').split(/^%$/m) }];
      } catch {
        return [];
      }
    });
}

function fortuneParagraphs(dir: string): string[] {
  return fortunes(dir).flatMap((f) => f.fortunes);
}

/** Paragraphs of German and of English prose, whitespace normalised, at least eight words each. */
export function proseParagraphs(): { de: string[]; en: string[] } {
  const clean = (list: string[]) => list.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.split(' ').length >= 8 && !/[<>{}]|^\S+:\/\//.test(p));
  const html = (lang: string) => readdirSync(SOURCES.reference).filter((f) => f.endsWith(`.${lang}.html`)).flatMap((f) => htmlParagraphs(join(SOURCES.reference, f)));
  return { de: clean([...html('de'), ...fortuneParagraphs(SOURCES.fortunesDe)]), en: clean([...html('en'), ...fortuneParagraphs(SOURCES.fortunesEn)]) };
}

/** A deterministic stream of paragraphs, German and English alternating, with a heading every ten. */
function* stream(prose: { de: string[]; en: string[] }): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; ; i++) {
    const list = i % 2 ? prose.en : prose.de;
    const p = list[next() % list.length];
    if (i % 10 === 0) yield `## ${p.split(' ').slice(0, 6).join(' ')}`;
    yield p;
  }
}

function take(gen: Generator<string>, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = gen.next().value as string;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n') + '\n';
}

export interface Corpus {
  dir: string;
  page: string;
  oneMb: string;
  folder: string;
  folderBytes: number;
  folderFiles: number;
  tenKWords: string;
  proseBytes: number;
}

/** Writes the corpus below `dir` (reused when it is there already). */
export function buildCorpus(dir: string): Corpus {
  const page = join(dir, 'page-10kb.md');
  const oneMb = join(dir, 'corpus-1mb.md');
  const folder = join(dir, 'folder-10mb');
  const tenKWords = join(dir, 'doc-10000-words.md');
  const prose = proseParagraphs();
  const proseBytes = [...prose.de, ...prose.en].reduce((n, p) => n + Buffer.byteLength(p), 0);
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const gen = stream(prose);
    writeFileSync(page, take(gen, 10 * 1024));
    writeFileSync(oneMb, take(gen, 1024 * 1024));
    for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `page-${String(i).padStart(4, '0')}.md`), take(gen, 10 * 1024));
    const words: string[] = [];
    let count = 0;
    while (count < 10_000) {
      const p = gen.next().value as string;
      words.push(p);
      count += p.split(/\s+/).length;
    }
    writeFileSync(tenKWords, words.join('\n\n') + '\n');
    writeFileSync(join(dir, '.complete'), '');
  }
  const files = readdirSync(folder);
  const folderBytes = files.reduce((n, f) => n + readFileSync(join(folder, f)).length, 0);
  return { dir, page, oneMb, folder, folderBytes, folderFiles: files.length, tenKWords, proseBytes };
}
