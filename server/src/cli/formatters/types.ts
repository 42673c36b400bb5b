import type { Lang, Severity } from '../../core/types';
import type { FileResult } from '../results';

/** What a formatter knows about a rule. */
export interface RuleInfo {
  id: string;
  description: string;
  family: string;
  severity: Exclude<Severity, 'off'>;
  /** Documentation link; absent for a team's custom rules. */
  docUrl?: string;
}

export interface FormatContext {
  cwd: string;
  /** The language of the report's own words (the findings carry their messages already). */
  language: Lang;
  color: boolean;
  version: string;
  rules: RuleInfo[];
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
