import type { FormatName } from '../args';
import type { FileResult } from '../results';
import { formatCheckstyle } from './checkstyle';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatRdjsonl } from './rdjsonl';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { FormatContext, Formatter } from './types';

/**
 * The newer formatters yield their report in chunks, as the streamed report writer of issue 12
 * takes them; until that writer is on this branch, their chunks are joined here.
 */
const joined =
  (chunks: (results: FileResult[], ctx: FormatContext) => Iterable<string>): Formatter =>
  (results, ctx) =>
    [...chunks(results, ctx)].join('');

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  rdjsonl: joined(formatRdjsonl),
  gitlab: joined(formatGitlab),
  checkstyle: joined(formatCheckstyle),
  markdown: joined(formatMarkdown),
};
