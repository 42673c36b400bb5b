import { SegmentBuilder, type Segment } from './segment';
import type { Comment, ParsedDocument } from './types';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const BULLET = /^\s*(?:[-*•–·]|\d{1,3}[.)])\s+/;
/** A plain-text directive is a line of its own: `copylint-disable-next-line rule -- reason`. */
const PLAIN_DIRECTIVE = /^\s*(copylint-(?:disable|enable)[\w-]*\b.*?)\s*$/;

/** Reads plain text: blank lines end paragraphs, bulleted lines are list items, directive lines are comments. */
export function parsePlaintext(text: string): ParsedDocument {
  const segments: Segment[] = [];
  const comments: Comment[] = [];
  let builder: SegmentBuilder | undefined;
  const flush = () => {
    const seg = builder?.build();
    if (seg) segments.push(seg);
    builder = undefined;
  };
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m && m.index < text.length; m = LINE.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const at = m.index;
    const directive = PLAIN_DIRECTIVE.exec(line);
    if (!line.trim() || directive) {
      flush();
      if (directive) comments.push({ start: at, end: at + line.length, body: directive[1] });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      builder = new SegmentBuilder('list-item');
      builder.addSource(line.slice(bullet[0].length), at + bullet[0].length);
      continue;
    }
    if (builder) builder.addSeparator(' ');
    else builder = new SegmentBuilder('paragraph');
    const lead = line.length - line.trimStart().length;
    builder.addSource(line.slice(lead), at + lead);
  }
  flush();
  return { segments, comments };
}
