import type { Segment } from './segment';

/** An HTML-style comment in the source, where inline directives live. */
export interface Comment {
  start: number;
  end: number;
  body: string;
}

/** A place where the parser gave up: what follows it is not linted. */
export interface ParseProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParsedDocument {
  segments: Segment[];
  /** Comments outside code, in document order (Markdown and HTML; plain text has directive lines). */
  comments: Comment[];
  problems?: ParseProblem[];
}
