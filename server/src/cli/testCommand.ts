import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../node/configResolver';
import { bundledEngine, catalogOf } from '../node/engine';
import { configErrorText } from './configErrorText';
import type { CliIO } from './main';
import { formatExampleRun, runExamples } from './ruleExamples';

export const TEST_HELP = `Usage: copylint test [config]

Runs the examples of the custom rules ("terms.custom[].examples") in a config and the configs
it extends: each bad example must trigger its rule, no good one may. Without a config, the one
that applies to the current folder. Exit codes: 0 all pass, 1 an example failed, 2 config error.
`;

/** `copylint test [config]`: a team's rule pack tested in its own CI. */
export function runTestCommand(args: string[], io: Pick<CliIO, 'cwd' | 'stdout' | 'stderr'>): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(TEST_HELP);
    return 0;
  }
  if (args.length > 1 || args[0]?.startsWith('-')) {
    io.stderr(`copylint test: expected at most one config file, got ${args.join(' ')}\n${TEST_HELP}`);
    return 2;
  }
  const configFile = args[0] && resolve(io.cwd, args[0]);
  if (configFile && !existsSync(configFile)) {
    io.stderr(`copylint test: no such config file: ${args[0]}\n`);
    return 2;
  }
  let config: ResolvedConfig;
  try {
    // The config a file in this folder would get, or the named one.
    config = new ConfigResolver(catalogOf(bundledEngine())).forFile(join(io.cwd, 'example.txt'), configFile);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    // In English, as the rest of this command's report.
    io.stderr(configErrorText(err, io.cwd, 'en'));
    return 2;
  }
  if (!config.files.length) {
    io.stderr('copylint test: no config found here (.copylintrc.json/.yaml/.yml or a "copylint" key in package.json); name one: copylint test FILE\n');
    return 2;
  }
  const run = runExamples(config);
  io.stdout(formatExampleRun(run, config.files.map((f) => relative(io.cwd, f) || f)));
  return run.failures.length ? 1 : 0;
}
