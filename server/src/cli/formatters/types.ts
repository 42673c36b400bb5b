import type { Lang, Severity } from '../../core/types';
import type { FileResult } from '../results';

/** What a formatter knows about a rule. */
export interface RuleInfo {
  id: string;
  description: string;
  family: string;
  severity: Exclude<Severity, 'off'>;
  /** Documentation link; absent for a team's custom rules, and for all when the package names no published home (see ruleLinks). */
  docUrl?: string;
}

export interface FormatContext {
  cwd: string;
  /** The language of the report's own words (the findings carry their messages already). */
  language: Lang;
  color: boolean;
  version: string;
  /** The package's published repository page; undefined when it has none (see ruleLinks). */
  homepage?: string;
  rules: RuleInfo[];
  /** I/O problems of the run, as on stderr (a path that matched nothing, an unreadable file or folder). */
  problems: string[];
}

/**
 * A report as a sequence of chunks, written as they come (see writeReport): the report on a
 * large file is too long for one string.
 */
export type Formatter = (results: FileResult[], ctx: FormatContext) => Iterable<string>;
