import ignore from 'ignore';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Engine } from '../core/engine';
import { fixUntilStable } from '../core/fix';
import { formatForPath } from '../core/parse';
import type { LintOptions } from '../core/types';
import { ConfigError, ConfigFinder, defaultConfig, loadConfigFile, type ResolvedConfig, type RuleCatalog } from '../node/config';
import { bundledEngine } from '../node/engine';
import { packageRoot, ruleDocPath } from '../node/ruleFiles';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { collectFiles, readText } from './files';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';
import { counts, type FileResult } from './results';
import { writeAtomically } from './writeFile';

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
}

/** Exit codes: 0 clean, 1 lint errors or too many warnings, 2 usage, config or I/O error. */
export const EXIT = { ok: 0, lint: 1, fatal: 2 } as const;

function catalogOf(engine: Engine): RuleCatalog {
  return { has: engine.isKnownRule, options: (id) => engine.pack.byId.get(id)?.spec.options };
}

/** Resolves the config of each file: --config, else the nearest .copylintrc.* (cached), then CLI overrides. */
class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly loaded = new Map<string, ResolvedConfig>();
  private readonly fixed?: ResolvedConfig;

  constructor(
    private readonly opts: CliOptions,
    private readonly catalog: RuleCatalog,
    private readonly cwd: string,
  ) {
    if (opts.config) this.fixed = loadConfigFile(resolve(cwd, opts.config), catalog);
  }

  forFile(path: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const file = this.finder.find(dirname(path));
    if (!file) return defaultConfig(this.cwd);
    let config = this.loaded.get(file);
    if (!config) {
      config = loadConfigFile(file, this.catalog);
      this.loaded.set(file, config);
    }
    return config;
  }

  lintOptions(config: ResolvedConfig, path: string): LintOptions {
    return {
      format: formatForPath(path) ?? 'plaintext',
      language: this.opts.lang ?? config.language,
      rules: { ...config.rules, ...this.opts.rules },
      ruleOptions: config.ruleOptions,
    };
  }
}

function isIgnoredByConfig(config: ResolvedConfig, path: string): boolean {
  if (!config.ignores.patterns.length) return false;
  const rel = relative(config.ignores.base, path);
  return !!rel && !rel.startsWith('..') && ignore().add(config.ignores.patterns).ignores(rel.split('\\').join('/'));
}

function listRules(engine: Engine): string {
  const rows = engine.pack.rules.map((r) => [r.spec.id, r.spec.severity, r.spec.fix ? 'fixable' : '', r.spec.description]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  return rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(7)}  ${r[2].padEnd(7)}  ${r[3]}`).join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`copylint: ${err.message}\nRun copylint --help for usage.\n`);
    return EXIT.fatal;
  }
  if (opts.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (opts.version) {
    io.stdout(JSON.parse(readFileSync(resolve(packageRoot(), 'package.json'), 'utf8')).version + '\n');
    return EXIT.ok;
  }
  const engine = bundledEngine();
  if (opts.listRules) {
    io.stdout(listRules(engine));
    return EXIT.ok;
  }
  if (opts.explain) {
    if (!engine.isKnownRule(opts.explain)) {
      io.stderr(`copylint: unknown rule "${opts.explain}" (see copylint --list-rules)\n`);
      return EXIT.fatal;
    }
    io.stdout(readFileSync(ruleDocPath(opts.explain), 'utf8'));
    return EXIT.ok;
  }
  const unknown = Object.keys(opts.rules).filter((id) => !engine.isKnownRule(id));
  if (unknown.length) {
    io.stderr(`copylint: --rule names unknown rule "${unknown[0]}" (see copylint --list-rules)\n`);
    return EXIT.fatal;
  }

  let fatal = false;
  const results: FileResult[] = [];
  try {
    const configs = new ConfigResolver(opts, catalogOf(engine), io.cwd);
    const lintText = (text: string, path: string, config: ResolvedConfig) => {
      const options = configs.lintOptions(config, path);
      return engine.lint(text, options).findings;
    };

    if (opts.stdin) {
      const path = resolve(io.cwd, opts.stdinFilename ?? '<text>');
      const config = configs.forFile(path);
      const text = (await io.readStdin()).replace(/^\uFEFF/, '');
      if (opts.fix) {
        io.stdout(fixUntilStable(text, (t) => lintText(t, path, config)).text);
        return EXIT.ok;
      }
      results.push({ filePath: opts.stdinFilename ? path : '<text>', source: text, findings: lintText(text, path, config) });
    } else {
      const { files, errors } = await collectFiles(opts.patterns, io.cwd);
      for (const e of errors) io.stderr(`copylint: ${e}\n`);
      fatal ||= errors.length > 0;
      for (const file of files) {
        const config = configs.forFile(file);
        if (isIgnoredByConfig(config, file)) continue;
        let buffer: Buffer;
        try {
          buffer = readFileSync(file);
        } catch (err) {
          io.stderr(`copylint: ${relative(io.cwd, file)}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
          fatal = true;
          continue;
        }
        const read = readText(buffer);
        if ('error' in read) {
          io.stderr(`copylint: ${relative(io.cwd, file)}: ${read.error}\n`);
          fatal = true;
          continue;
        }
        let source = read.text;
        let output: string | undefined;
        if (opts.fix) {
          const fixed = fixUntilStable(source, (t) => lintText(t, file, config));
          if (fixed.text !== source) {
            try {
              writeAtomically(file, buffer, (read.bom ? '\uFEFF' : '') + fixed.text);
              source = output = fixed.text;
            } catch (err) {
              io.stderr(`copylint: ${relative(io.cwd, file)}: ${(err as Error).message}\n`);
              fatal = true;
            }
          }
        }
        results.push({ filePath: file, source, findings: lintText(source, file, config), output });
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`copylint: config error: ${relative(io.cwd, err.file) || err.file}:${err.line}:${err.column}: ${err.detail}\n`);
      return EXIT.fatal;
    }
    throw err;
  }

  if (opts.quiet) for (const r of results) r.findings = r.findings.filter((f) => f.severity === 'error');
  const report = opts.format === 'json' ? formatJson(results) + '\n' : formatStylish(results, { color: opts.color ?? (io.isTTY && !opts.outputFile), cwd: io.cwd });
  if (opts.outputFile) {
    try {
      writeFileSync(resolve(io.cwd, opts.outputFile), report);
    } catch (err) {
      io.stderr(`copylint: cannot write ${opts.outputFile}: ${(err as Error).message}\n`);
      return EXIT.fatal;
    }
  } else io.stdout(report);

  if (fatal) return EXIT.fatal;
  const { errors, warnings } = counts(results);
  if (errors > 0) return EXIT.lint;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`copylint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return EXIT.lint;
  }
  return EXIT.ok;
}
