import { bundledEngine } from '../../server/src/node/engine';
import type { DocFormat, Finding, LintOptions } from '../../server/src/core/types';

export const engine = bundledEngine();

/** Lints text and returns its findings. */
export function lint(text: string, format: DocFormat = 'plaintext', options: Partial<LintOptions> = {}): Finding[] {
  return engine.lint(text, { format, ...options }).findings;
}

/** Rule ids found in text, sorted and unique. */
export function ruleIds(text: string, format: DocFormat = 'plaintext', options: Partial<LintOptions> = {}): string[] {
  return [...new Set(lint(text, format, options).map((f) => f.ruleId))].sort();
}
