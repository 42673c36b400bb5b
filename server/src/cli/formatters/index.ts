import type { FormatName } from '../args';
import { formatCheckstyle } from './checkstyle';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatRdjsonl } from './rdjsonl';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  rdjsonl: formatRdjsonl,
  gitlab: formatGitlab,
  checkstyle: formatCheckstyle,
  markdown: formatMarkdown,
  html: formatHtml,
};
