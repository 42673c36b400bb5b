/**
 * A prose segment: text the rules read (a paragraph, heading, list item, table row, …)
 * plus the map from its text back to offsets in the original document. The text is a
 * concatenation of source slices ("pieces"), joined by separators that exist only in
 * the segment, so every rule works on clean prose and every finding maps back exactly.
 */
export interface Piece {
  /** Offset in the segment text. */
  at: number;
  /** Offset in the document where this piece starts. */
  doc: number;
  length: number;
  /**
   * Decoded from an escape, a character reference or characters not in NFC: it maps to its
   * whole source (a start inside it to where the source starts, an end to where it ends), but
   * cannot be edited.
   */
  decoded?: boolean;
  /** Length of a decoded piece's source in the document, when it differs from `length`. */
  docLength?: number;
}

// A table-head is a table's header row: it names the columns, no entry.
export type SegmentKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'table-head' | 'meta' | 'cell';

export interface Segment {
  text: string;
  kind: SegmentKind;
  pieces: Piece[];
}

/** True for a list item or a table row, the header row included: one entry, not prose. */
export function isEntry(seg: Segment): boolean {
  return seg.kind === 'list-item' || seg.kind === 'table-row' || seg.kind === 'table-head';
}

// Longest separator a builder is asked for (" | " between table cells).
const SEPARATOR_MAX = 3;
// A character with the combining marks after it (or marks with none before them): what NFC composes.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

export class SegmentBuilder {
  private text = '';
  // The last characters of `text`: asking `text` itself flattened the growing string on every
  // separator, quadratic in a paragraph of many code spans (1 MB of "`a" took 52 s).
  private tail = '';
  private pieces: Piece[] = [];

  constructor(readonly kind: SegmentKind) {}

  get length(): number {
    return this.text.length;
  }

  /**
   * Appends text that stands at `docOffset` in the source. Text not in Unicode NFC (an "a"
   * followed by a combining diaeresis for "ä", as macOS and some editors write it) is composed,
   * so the rules match it as they match the composed text; each composed cluster is a decoded
   * piece that maps back to all of its source.
   */
  addSource(text: string, docOffset: number): void {
    // Most text is in NFC already: one check, no walk (about 2 ms per MB).
    if (text.normalize('NFC') === text) return this.addVerbatim(text, docOffset);
    let verbatim = 0;
    for (const m of text.matchAll(CLUSTER)) {
      const composed = m[0].normalize('NFC');
      if (composed === m[0]) continue;
      this.addVerbatim(text.slice(verbatim, m.index), docOffset + verbatim);
      this.addDecoded(composed, docOffset + m.index, m[0].length);
      verbatim = m.index + m[0].length;
    }
    this.addVerbatim(text.slice(verbatim), docOffset + verbatim);
  }

  private addVerbatim(text: string, docOffset: number): void {
    if (!text) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && !last.decoded && last.at + last.length === this.text.length && last.doc + last.length === docOffset) {
      last.length += text.length;
    } else {
      this.pieces.push({ at: this.text.length, doc: docOffset, length: text.length });
    }
    this.append(text);
  }

  /** Appends text decoded from the `docLength` characters of source at `docOffset` (an escape, an entity, a folded line break). */
  addDecoded(text: string, docOffset: number, docLength: number): void {
    if (!text) return;
    this.pieces.push({ at: this.text.length, doc: docOffset, length: text.length, decoded: true, ...(docLength !== text.length ? { docLength } : {}) });
    this.append(text);
  }

  /** Appends text with no source of its own (a separator such as a space for a line break). */
  addSeparator(text: string): void {
    if (this.text.length === 0 || this.tail.endsWith(text)) return;
    this.append(text);
  }

  private append(text: string): void {
    this.text += text;
    this.tail = (text.length >= SEPARATOR_MAX ? text : this.tail + text).slice(-SEPARATOR_MAX);
  }

  build(): Segment | undefined {
    if (!/\S/.test(this.text)) return undefined;
    return { text: this.text, kind: this.kind, pieces: this.pieces };
  }
}

/** Index of the last piece that starts at or before `offset`, or -1. */
function pieceIndex(seg: Segment, offset: number): number {
  let lo = 0;
  let hi = seg.pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (seg.pieces[mid].at <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The piece that holds segment offset `offset` (the last one starting at or before it). */
export function pieceAt(seg: Segment, offset: number): Piece | undefined {
  return seg.pieces[pieceIndex(seg, offset)];
}

/**
 * True when segment offset `offset` opens a source line: the segment's start, or the start of a
 * piece after a separator (the space a line break became). A piece that follows the last one
 * without a gap starts after inline markup ("an **AMAZING** offer"), in the middle of its line.
 */
export function opensLine(seg: Segment, offset: number): boolean {
  if (offset === 0) return true;
  const i = pieceIndex(seg, offset);
  if (i < 0 || seg.pieces[i].at !== offset) return false;
  const before = seg.pieces[i - 1];
  return !before || before.at + before.length < offset;
}

/** Where `by` characters into piece `p` (at most its length) stand in the document; inside a decoded piece, its source's start or end. */
function docOffset(p: Piece, by: number, end: boolean): number {
  if (by >= p.length) return p.doc + (p.docLength ?? p.length);
  if (!p.decoded) return p.doc + by;
  return end && by > 0 ? p.doc + (p.docLength ?? p.length) : p.doc;
}

/** Document offset of the segment character at `offset` (a start position). */
export function toDocStart(seg: Segment, offset: number): number {
  const p = pieceAt(seg, offset);
  if (!p) return seg.pieces[0]?.doc ?? 0;
  return docOffset(p, offset - p.at, false);
}

/** Document offset just after the segment character before `offset` (an end position). */
export function toDocEnd(seg: Segment, offset: number): number {
  if (offset <= 0) return toDocStart(seg, 0);
  const p = pieceAt(seg, offset - 1);
  if (!p) return seg.pieces[0]?.doc ?? 0;
  return docOffset(p, offset - p.at, true);
}

/** True when [start, end) of the segment is one unbroken, verbatim slice of the source, so it can be edited. */
export function isContiguous(seg: Segment, start: number, end: number): boolean {
  const stop = Math.max(end, start + 1);
  // Pieces stand in order without overlap, so only those from the one holding `start` can reach
  // into the range (looking at all of them per fix was quadratic in a paragraph of many lines).
  for (let i = Math.max(0, pieceIndex(seg, start)); i < seg.pieces.length && seg.pieces[i].at < stop; i++) {
    const p = seg.pieces[i];
    if (p.decoded && p.at + p.length > start) return false;
  }
  return toDocEnd(seg, end) - toDocStart(seg, start) === end - start;
}
