import { relative } from 'node:path';
import type { Lang } from '../core/types';
import type { ConfigError } from '../node/configResolver';
import { bundledEngine } from '../node/engine';

/** A config error for stderr, with the file relative to the working folder as editors link it. */
export function configErrorText(err: ConfigError, cwd: string, lang: Lang): string {
  const where = `${relative(cwd, err.file) || err.file}:${err.line}:${err.column}`;
  return `copylint: ${bundledEngine().engineMessage({ text: 'configError', vars: { where, problem: err.detailIn(lang) } }, lang)}\n`;
}
