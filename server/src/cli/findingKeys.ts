import { findingKeys, type FindingKey } from '../core/findingContext';
import { formatForPath } from '../core/parse';
import { reportPath, type FileResult } from './results';

/** The keys of a file's findings, its name relative to `base` with forward slashes. */
export const keysOf = (result: FileResult, base: string): FindingKey[] =>
  findingKeys(reportPath(result.filePath, base), result.source, formatForPath(result.filePath) ?? 'plaintext', result.findings);
