/** Shared types of the engine. Offsets are UTF-16 code unit offsets into the original document. */
import type { Voice } from './analysis/voice';

export type Lang = 'de' | 'en';
export type Family = 'features' | 'push' | 'polarize';
/** `info`: reported, shown as information in the editor, never fails a run. */
export type Severity = 'off' | 'info' | 'warning' | 'error';
export type DocFormat = 'plaintext' | 'markdown' | 'mdx' | 'html';

/** One replacement of the document range [start, end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One way to fix a finding; the first fix of a finding is its default. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  start: number;
  end: number;
  lang?: Lang;
  /** The text the rule matched, used for allow lists and messages. */
  match?: string;
  /** The voice the paragraph was read in, for rules that apply only in some voices (see analysis/voice.ts). */
  voice?: Voice;
  fixes?: Fix[];
}

export interface LintOptions {
  format: DocFormat;
  /** Pin the language instead of detecting it per paragraph. */
  language?: 'auto' | Lang;
  /**
   * Pin the voice (see analysis/voice.ts) instead of detecting it per paragraph: a team that
   * knows its folder holds landing pages says `sells`, one with manuals `instructs`.
   */
  voice?: 'auto' | Voice;
  /**
   * The language of messages and fix titles. `auto`, the default, speaks each paragraph's own
   * language; a caller that knows the writer's interface language resolves `auto` to it first
   * (see messageLanguageFor).
   */
  messageLanguage?: 'auto' | Lang;
  /** Effective severity per rule id; rules not listed use their default. */
  rules?: Record<string, Severity>;
  /** Numeric options per rule id, merged over the rule's defaults. */
  ruleOptions?: Record<string, Record<string, number>>;
  /** Words and phrases never flagged (a team's allow list): findings inside them are dropped. */
  allow?: string[];
  /** Report disable directives that suppress nothing, as UNUSED_DIRECTIVE_RULE warnings. */
  reportUnusedDirectives?: boolean;
  /** Documents longer than this many characters are not linted (the result says so). */
  maxChars?: number;
}
