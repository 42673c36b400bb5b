import type { EngineText } from '../rules/model';
import type { Segment } from './segment';

/** An HTML-style comment in the source, where inline directives live. */
export interface Comment {
  start: number;
  end: number;
  body: string;
}

/** A place where the parser gave up: what follows it is not linted. */
export interface ParseProblem extends EngineText {
  start: number;
  end: number;
}

export interface ParsedDocument {
  segments: Segment[];
  /** Comments outside code, in document order (Markdown and HTML; plain text has directive lines). */
  comments: Comment[];
  problems?: ParseProblem[];
}
