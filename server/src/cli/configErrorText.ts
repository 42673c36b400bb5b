import { relative } from 'node:path';
import type { ConfigError } from '../node/configResolver';

/** A config error for stderr, with the file relative to the working folder as editors link it. */
export function configErrorText(err: ConfigError, cwd: string): string {
  return `copylint: config error: ${relative(cwd, err.file) || err.file}:${err.line}:${err.column}: ${err.detail}\n`;
}
