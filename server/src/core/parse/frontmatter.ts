import { yaml } from '../libraries';
import { SegmentBuilder, type Segment } from './segment';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const PROSE_KEYS = new Set(['title', 'description']);

export interface FrontMatter {
  /** Length of the front matter block, including its fences. */
  length: number;
  segments: Segment[];
}

/** Length of the YAML front matter at the top of a Markdown file, fences included; 0 when there is none. */
export function frontMatterLength(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

/** Finds YAML front matter at the top of a Markdown file; only `title` and `description` are prose. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const bodyOffset = m[0].indexOf(m[1]);
  const segments: Segment[] = [];
  const { isMap, isScalar, parseDocument } = yaml();
  // uniqueKeys off: the check compares every key with every other (40,000 keys took 11 s), and a
  // duplicate key in front matter is the site generator's business; the first title is read.
  const doc = parseDocument(m[1], { keepSourceTokens: false, uniqueKeys: false });
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isScalar(item.key) || !PROSE_KEYS.has(String(item.key.value))) continue;
      const value = item.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
      const [start, end] = value.range;
      const b = new SegmentBuilder('meta');
      addScalar(b, value.value, m[1].slice(start, end), bodyOffset + start);
      const seg = b.build();
      if (seg) segments.push(seg);
    }
  }
  return { length: m[0].length, segments };
}

/**
 * Maps a YAML scalar's value onto its source: verbatim runs exactly; escapes (\n, \"), doubled
 * quotes and folded line breaks as decoded pieces, which findings can point at but fixes never edit.
 */
function addScalar(b: SegmentBuilder, value: string, raw: string, offset: number): void {
  const verbatim = raw.indexOf(value);
  if (verbatim >= 0) {
    b.addSource(value, offset + verbatim);
    return;
  }
  let si = raw[0] === '"' || raw[0] === "'" ? 1 : 0;
  for (let ci = 0; ci < value.length && si < raw.length; ) {
    if (raw[si] === value[ci]) {
      let n = 0;
      while (ci + n < value.length && si + n < raw.length && raw[si + n] === value[ci + n] && raw[si + n] !== '\\') n++;
      if (n === 0) n = 1;
      b.addSource(value.slice(ci, ci + n), offset + si);
      ci += n;
      si += n;
      continue;
    }
    const run = /^(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\r?\n[ \t]*|.)|''|\r?\n[ \t]*|[ \t]+\r?\n[ \t]*)/.exec(raw.slice(si));
    if (!run) {
      si++;
      continue;
    }
    b.addDecoded(value[ci], offset + si, run[0].length);
    ci++;
    si += run[0].length;
  }
}

/** Replaces every character but line breaks with spaces, so offsets of what follows stay put. */
export function blankOut(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
