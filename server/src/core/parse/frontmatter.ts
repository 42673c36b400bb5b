import { isMap, isScalar, parseDocument } from 'yaml';
import { SegmentBuilder, type Segment } from './segment';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const PROSE_KEYS = new Set(['title', 'description']);

export interface FrontMatter {
  /** Length of the front matter block, including its fences. */
  length: number;
  segments: Segment[];
}

/** Finds YAML front matter at the top of a Markdown file; only `title` and `description` are prose. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const bodyOffset = m[0].indexOf(m[1]);
  const segments: Segment[] = [];
  const doc = parseDocument(m[1], { keepSourceTokens: false });
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isScalar(item.key) || !PROSE_KEYS.has(String(item.key.value))) continue;
      const value = item.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
      const [start, end] = value.range;
      const raw = m[1].slice(start, end);
      // Plain scalars are verbatim; quoted ones are verbatim inside their quotes when unescaped.
      let at = raw.indexOf(value.value);
      if (at < 0) at = 0;
      const b = new SegmentBuilder('meta');
      b.addSource(value.value, bodyOffset + start + at);
      const seg = b.build();
      if (seg) segments.push(seg);
    }
  }
  return { length: m[0].length, segments };
}

/** Replaces every character but line breaks with spaces, so offsets of what follows stay put. */
export function blankOut(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
