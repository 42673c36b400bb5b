/**
 * What the client and the language server say to each other beyond LSP. The client imports
 * only this module from the server side, so it stays free of rule knowledge.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';

/** VS Code settings under `copylint.*`, per resource. */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  language: 'auto' | 'de' | 'en';
  /** The language of messages: `auto` follows VS Code's display language when it is German or English, else each paragraph's. */
  messageLanguage: 'auto' | 'de' | 'en';
  /** Documents above this size (MB) are not linted; the status item says so. */
  maxFileSize: number;
  /** Show disable directives that suppress nothing (see README: on, unlike the CLI's flag). */
  reportUnusedDisableDirectives: boolean;
  /** Leave out the findings that the config's `baseline` records, as the CLI does. */
  hideBaselined: boolean;
  /** Diagnostics published per document at most (as cSpell's maxNumberOfProblems); the status counts them all. */
  maxNumberOfProblems: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', language: 'auto', messageLanguage: 'auto', maxFileSize: 8, reportUnusedDisableDirectives: true, hideBaselined: true, maxNumberOfProblems: 1000 };

/** Document languages the client activates on unless the user adds more. */
export const DEFAULT_LANGUAGES = ['markdown', 'mdx', 'plaintext', 'html'];

/** Per-document summary for the status bar: counts per family and a short tone profile. */
export interface DocumentStatus {
  uri: string;
  version: number;
  counts: { features: number; push: number; polarize: number; other: number };
  words: number;
  /** 100 × e^(−d/5) for d findings per 100 words; 100 is clean. */
  tone: number;
  /** Findings the config's baseline records, left out of the counts and the tone. */
  hidden: number;
  /** Findings per 100 words, by family. */
  density: { features: number; push: number; polarize: number };
  /** Milliseconds the last lint took. */
  elapsedMs: number;
  /** Set when linting is skipped (too large, disabled) or the config is broken. */
  note?: string;
}

export const STATUS_NOTIFICATION = 'copylint/status';

/**
 * A document's tone per section for "Show Tone Profile": the server computes it from its last
 * lint, words and all (in the message language), and the client only draws it.
 */
export interface ToneProfile {
  uri: string;
  version: number;
  /** The language of the profile's words. */
  lang: 'de' | 'en';
  score: number;
  /** "Tone score 82 of 100", the one-line reading, the document's words, the legend, how to use the bars. */
  scoreText: string;
  reading: string;
  wordsText: string;
  scale: string;
  hint: string;
  /** Set when the document was not linted (too large). */
  note?: string;
  sections: ToneProfileSection[];
}

export interface ToneProfileSection {
  label: string;
  wordsText: string;
  /** Its heading, or the document's start for the text before the first heading. */
  start: Position;
  bars: ToneProfileBar[];
}

export interface ToneProfileBar {
  family: string;
  name: string;
  count: number;
  /** Length in percent of the full bar. */
  width: number;
  value: string;
  /** The bar in words, for screen readers. */
  label: string;
  /** The family's findings in the section, in document order. */
  findings: Range[];
}

/** Answers a ToneProfile, or null while the document is not linted at its current version. */
export const TONE_PROFILE_REQUEST = 'copylint/toneProfile';
export interface ToneProfileParams {
  uri: string;
}

/** Rules the server knows, for "Show Rule Documentation". */
export interface RuleListItem {
  id: string;
  description: string;
  docPath?: string;
}
export const RULES_REQUEST = 'copylint/rules';
/** The document the writer is in: its message language picks the descriptions and docs. */
export interface RulesParams {
  uri?: string;
}

/** Commands the server executes (workspace/executeCommand). */
export const COMMANDS = {
  lintWorkspace: 'copylint.server.lintWorkspace',
  fixAll: 'copylint.server.fixAll',
  createConfig: 'copylint.server.createConfig',
} as const;

/** What the lintWorkspace command answers. */
export interface LintWorkspaceResult {
  files: number;
  findings: number;
  /** Paths that could not be read or linted, each with the reason (the other files were linted). */
  problems: string[];
}

/** The code action kind for fix-all on save: `"editor.codeActionsOnSave": {"source.fixAll.copylint": "explicit"}`. */
export const FIX_ALL_KIND = 'source.fixAll.copylint';
