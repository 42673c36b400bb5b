/** Line ends: \n, \r\n or a lone \r, as in CommonMark and the LSP. Global: set lastIndex before a loop. */
export const LINE_END = /\r\n?|\n/g;

/** Line starts of a text, for mapping between offsets and 1-based line/column (UTF-16 columns). */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      LINE_END.lastIndex = 0;
      for (let m = LINE_END.exec(text); m; m = LINE_END.exec(text)) starts.push(m.index + m[0].length);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where 0-based `line` starts; the text length past the last line. */
  lineStart(line: number): number {
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** 0-based line and UTF-16 character of an offset. */
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
