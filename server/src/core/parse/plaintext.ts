import { SegmentBuilder, type Segment } from './segment';
import { mayHoldLink, splitLinks } from './links';
import type { Comment, ParsedDocument } from './types';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const BULLET = /^\s*(?:[-*•–·]|\d{1,3}[.)])\s+/;
// A fact line of a data sheet or an exposé, "Wohnfläche: 84 m²", "Closure: natural cork": a short
// label (at most four words) and a value. Each is an entry of its own, as a bulleted line is.
const FACT_LINE = /^\s*(\p{L}[\p{L}\p{N}()/.-]*(?: [\p{L}\p{N}()/.-]+){0,3}):\s+\S/u;
// A full stop after a word of four letters or more ends a sentence, so a "label" with one is prose
// that reaches a colon ("Summit 2 Tent. Weight: 2.1 kg. …"); "Max. Leistung:" keeps its abbreviation.
const SENTENCE_END = /\p{L}{4,}\.\s/u;
// Characters after which an open paragraph is prose rather than a title.
const PROSE_CHARS = 60;
/** A plain-text directive is a line of its own: `copylint-disable-next-line rule -- reason`. */
const PLAIN_DIRECTIVE = /^\s*(copylint-(?:disable|enable|language)[\w-]*\b.*?)\s*$/;

/** Adds a line's text at document offset `at`, leaving out bare URLs and e-mail addresses (a separator stands in their place). */
function addProse(builder: SegmentBuilder, text: string, at: number): void {
  if (!mayHoldLink(text)) return builder.addSource(text, at);
  splitLinks(
    text,
    (from, to) => builder.addSource(text.slice(from, to), at + from),
    () => builder.addSeparator(' '),
  );
}

/** True for a fact line: a label of a few words, no sentence, and a value. */
function isFactLine(line: string): boolean {
  const fact = FACT_LINE.exec(line);
  return !!fact && !SENTENCE_END.test(fact[1]);
}

/** Reads plain text: blank lines end paragraphs, bulleted and fact lines are list items, directive lines are comments. */
export function parsePlaintext(text: string): ParsedDocument {
  const segments: Segment[] = [];
  const comments: Comment[] = [];
  let builder: SegmentBuilder | undefined;
  // Whether the paragraph open now is prose (longer than a title): a fact line in it is a wrapped
  // line („…, und das ist klar: …“), not an entry. A data sheet's title line is short.
  let inProse = false;
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
      inProse = false;
      if (directive) comments.push({ start: at, end: at + line.length, body: directive[1] });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet || (!inProse && isFactLine(line))) {
      flush();
      inProse = false;
      const lead = bullet ? bullet[0].length : line.length - line.trimStart().length;
      builder = new SegmentBuilder('list-item');
      addProse(builder, line.slice(lead), at + lead);
      continue;
    }
    if (builder) builder.addSeparator(' ');
    else builder = new SegmentBuilder('paragraph');
    const lead = line.length - line.trimStart().length;
    addProse(builder, line.slice(lead), at + lead);
    inProse = builder.kind === 'paragraph' && builder.length > PROSE_CHARS;
  }
  flush();
  return { segments, comments };
}
