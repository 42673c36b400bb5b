import ignore from 'ignore';
import { relative } from 'node:path';
import type { ResolvedConfig } from './configResolver';

/** True when the config's `ignores` (each relative to the config that declares it) skip the file: in the CLI and in Lint Workspace alike. */
export function isIgnoredByConfig(config: ResolvedConfig, path: string): boolean {
  return config.ignores.some(({ base, patterns }) => {
    const rel = relative(base, path).split('\\').join('/');
    return !!rel && !rel.startsWith('..') && ignore().add(patterns).ignores(rel);
  });
}
