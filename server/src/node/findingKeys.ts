import { findingKeys, type FindingKey } from '../core/findingContext';
import { formatForPath } from '../core/parse';
import type { DocFormat } from '../core/types';
import { reportPath } from './files';

/**
 * The keys of a file's findings, its name relative to `base` with forward slashes. `format` is
 * what the text was linted as (the editor's language mode), by default what its name says.
 */
export const keysOf = (filePath: string, base: string, text: string, findings: readonly { start: number; end: number; ruleId: string }[], format: DocFormat = formatForPath(filePath) ?? 'plaintext'): FindingKey[] =>
  findingKeys(reportPath(filePath, base), text, format, findings);
