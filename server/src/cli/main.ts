import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ENGINE_RULES, type Engine } from '../core/engine';
import { interfaceLanguage, messageLanguageFor } from '../core/rules/messages';
import type { Lang } from '../core/types';
import { fixUntilStable } from '../core/fix';
import { formatForPath } from '../core/parse';
import { ConfigError, ConfigResolver, presetNames, PRESET_PREFIX, type ResolvedConfig } from '../node/configResolver';
import { isIgnoredByConfig } from '../node/configIgnores';
import { bundledEngine, catalogOf, engineFor } from '../node/engine';
import { loadRuleData, ruleDocPath } from '../node/ruleFiles';
import { ownPackage, publishedBase, reportDocUrl, type PackageLinks } from '../node/ruleLinks';
import { starterConfigText } from '../node/starterConfig';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { LintCache, sha1 } from './cache';
import { collectFiles, errorReason, readText } from '../node/files';
import { FORMATTERS } from './formatters';
import type { RuleInfo } from './formatters/types';
import { chooseThreads, runTasks } from './pool';
import { changedLinesFor, keepChanged, type ChangedLines } from './changedLines';
import { GitError } from '../node/git';
import { BaselineError, BaselineFiles } from '../node/baseline';
import { rewriteBaseline, withoutBaselined } from './baselineRun';
import { atLeast, counts, type FileResult } from './results';
import { formatSuppressions } from './suppressionList';
import { formatSummary } from './summary';
import { configErrorText } from './configErrorText';
import { runTestCommand } from './testCommand';
import { writeReport, writeReportFile, type Write } from './writeReport';
import { lintText, type FileOutcome, type FileTask } from './task';

export interface CliIO {
  cwd: string;
  /** Standard output; a returned promise resolves when more may be written (see writeReport). */
  stdout: Write;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
  /** The writer's locale ("de_DE.UTF-8"): under `auto`, messages and the report speak it when it is German or English. */
  locale?: string;
  /** The script worker threads run (the CLI bundle); without it, linting stays in this thread. */
  workerScript?: string;
}

/** Exit codes: 0 clean, 1 lint errors or too many warnings, 2 usage, config or I/O error. */
export const EXIT = { ok: 0, lint: 1, fatal: 2 } as const;

function version(): string {
  return ownPackage().version;
}

function listRules(engine: Engine, lang: Lang): string {
  const rows = engine.pack.rules.map((r) => [r.spec.id, r.spec.severity, r.spec.fix ? 'fixable' : '', r.spec.description[lang]]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  return rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(7)}  ${r[2].padEnd(7)}  ${r[3]}`).join('\n') + '\n';
}

/** Rule id of the warning for a file named on the command line that the config ignores (as ESLint warns). */
const IGNORED_RULE = 'copylint/ignored';
const IGNORED_MESSAGE = 'File ignored because of a matching ignore pattern in the config ("ignores"). Use "--no-warn-ignored" to suppress this warning.';

/** The result of a named file the config ignores: one warning, so that a CI job does not pass it by unnoticed. */
function ignoredResult(path: string): FileResult {
  return { filePath: path, source: '', findings: [{ ruleId: IGNORED_RULE, severity: 'warning', message: IGNORED_MESSAGE, start: 0, end: 0 }], words: 0 };
}

/** The task for one file: its config, with the command line's --rule, --lang and --message-language on top. */
function taskFor(path: string, config: ResolvedConfig, opts: CliOptions, locale: string | undefined): FileTask {
  return {
    path,
    fix: opts.fix,
    cache: opts.cache,
    custom: config.custom,
    options: {
      format: formatForPath(path) ?? 'plaintext',
      language: opts.lang ?? config.language,
      voice: opts.voice ?? config.voice,
      messageLanguage: messageLanguageFor([opts.messageLanguage, config.messageLanguage], locale),
      rules: { ...config.rules, ...opts.rules },
      ruleOptions: config.ruleOptions,
      allow: config.allow,
      reportUnusedDirectives: opts.reportUnusedDirectives,
      maxChars: opts.maxFileSize * 1_000_000,
    },
  };
}

function ruleInfos(results: FileResult[], configs: ResolvedConfig[], lang: Lang, pkg: PackageLinks): RuleInfo[] {
  const engines = [bundledEngine(), ...configs.map((c) => engineFor(c.custom))];
  const seen = new Map<string, RuleInfo>();
  for (const e of engines) {
    for (const r of e.pack.rules) {
      if (seen.has(r.spec.id)) continue;
      seen.set(r.spec.id, { id: r.spec.id, description: r.spec.description[lang], family: r.spec.family, severity: r.spec.severity, docUrl: bundledEngine().isKnownRule(r.spec.id) ? reportDocUrl(r.spec.id, pkg) : undefined });
    }
  }
  for (const [id, { description, severity }] of ENGINE_RULES) {
    if (results.some((r) => r.findings.some((f) => f.ruleId === id))) seen.set(id, { id, description, family: 'copylint', severity });
  }
  if (results.some((r) => r.findings[0]?.ruleId === IGNORED_RULE)) seen.set(IGNORED_RULE, { id: IGNORED_RULE, description: 'A file named on the command line that the config ignores.', family: 'copylint', severity: 'warning' });
  return [...seen.values()];
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // A subcommand only in first place: `copylint ./test` still lints a folder named test.
  if (argv[0] === 'test') return runTestCommand(argv.slice(1), io);
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
    io.stdout(version() + '\n');
    return EXIT.ok;
  }
  const engine = bundledEngine();
  // The report's own words (summary, rule list) have one language: a pinned or the locale's, else English.
  const reportLang = interfaceLanguage([opts.messageLanguage], io.locale);
  if (opts.listRules) {
    io.stdout(listRules(engine, reportLang));
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
  if (opts.init) {
    const target = join(io.cwd, '.copylintrc.json');
    if (existsSync(target)) {
      io.stderr(`copylint: ${relative(io.cwd, target)} already exists; not overwritten.\n`);
      return EXIT.fatal;
    }
    writeFileSync(target, starterConfigText(), { flag: 'wx' });
    io.stdout(`Wrote ${relative(io.cwd, target)} (presets: ${presetNames().map((n) => PRESET_PREFIX + n).join(', ')}).\n`);
    return EXIT.ok;
  }

  let changed: ChangedLines | undefined;
  try {
    changed = await changedLinesFor(opts, io.cwd, io.readStdin);
  } catch (err) {
    const what = opts.changedSince !== undefined ? '--changed-since' : `--diff ${opts.diff}`;
    io.stderr(`copylint: ${what}: ${err instanceof GitError ? err.message : `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`}\n`);
    return EXIT.fatal;
  }

  const baselines = new BaselineFiles();
  try {
    if (opts.baseline) baselines.get(resolve(io.cwd, opts.baseline));
  } catch (err) {
    if (!(err instanceof BaselineError)) throw err;
    io.stderr(`copylint: --baseline ${opts.baseline}: ${err.message}\n`);
    return EXIT.fatal;
  }
  // Each file's baseline: --baseline's, else its config's; none while one is written.
  const baselineOf = new Map<string, string>();
  /** Notes the baseline of a file's findings, read before any lint; throws BaselineError for a config's that cannot be used. */
  const useBaseline = (filePath: string, config: ResolvedConfig): void => {
    const path = opts.writeBaseline ? undefined : opts.baseline ? resolve(io.cwd, opts.baseline) : config.baseline;
    if (!path) return;
    try {
      baselines.get(path);
    } catch (err) {
      if (!(err instanceof BaselineError)) throw err;
      throw new BaselineError(`baseline ${relative(io.cwd, path)} (the "baseline" of ${relative(io.cwd, config.files[config.files.length - 1])}): ${err.message}`);
    }
    baselineOf.set(filePath, path);
  };

  const resolver = new ConfigResolver(catalogOf(engine));
  const configFor = (path: string) => resolver.forFile(path, opts.config && resolve(io.cwd, opts.config));
  // I/O problems of the run (a path that matched nothing, an unreadable file or folder): each
  // named on stderr and in the SARIF log; any makes the exit code 2, and the rest is still linted.
  const problems: string[] = [];
  const problem = (text: string) => {
    problems.push(text);
    io.stderr(`copylint: ${text}\n`);
  };
  // With --stdin --fix, stdout carries the fixed text: the report goes only to --output-file.
  let fixedStdin = false;
  const results: FileResult[] = [];
  const usedConfigs: ResolvedConfig[] = [];
  try {
    if (opts.printConfig) {
      const path = resolve(io.cwd, opts.printConfig);
      const config = configFor(path);
      const { options, custom } = taskFor(path, config, opts, io.locale);
      io.stdout(JSON.stringify({ configFiles: config.files, ...options, format: undefined, baseline: config.baseline, ignores: config.ignores, terms: { allow: config.allow, custom } }, null, 2) + '\n');
      return EXIT.ok;
    }
    const unknown = Object.keys(opts.rules).find((id) => !engine.isKnownRule(id));
    if (unknown) {
      io.stderr(`copylint: --rule names unknown rule "${unknown}" (see copylint --list-rules)\n`);
      return EXIT.fatal;
    }

    if (opts.stdin) {
      const path = resolve(io.cwd, opts.stdinFilename ?? '<text>');
      const config = configFor(path);
      usedConfigs.push(config);
      useBaseline(opts.stdinFilename ? path : '<text>', config);
      const task = taskFor(path, config, opts, io.locale);
      const read = readText(await io.readStdin());
      if ('error' in read) {
        // The same refusal as for a file: fixing mis-decoded bytes would print the text corrupted.
        io.stderr(`copylint: standard input: ${read.error}\n`);
        return EXIT.fatal;
      }
      let text = read.text;
      if (opts.fix) {
        // The fixed text is the output; what --fix could not fix still decides the exit code below.
        text = fixUntilStable(text, (t) => lintText(t, task).findings).text;
        io.stdout((read.bom ? '\uFEFF' : '') + text);
        fixedStdin = true;
      }
      const r = lintText(text, task);
      results.push({ filePath: opts.stdinFilename ? path : '<text>', source: text, findings: r.findings, words: r.words, directives: r.directives });
    } else {
      const { files, named, errors } = await collectFiles(opts.patterns, io.cwd);
      errors.forEach(problem);
      const tasks: FileTask[] = [];
      for (const file of files) {
        if (changed && !changed.has(file)) continue;
        const config = configFor(file);
        if (isIgnoredByConfig(config, file)) {
          if (named.has(file) && opts.warnIgnored) results.push(ignoredResult(file));
          continue;
        }
        useBaseline(file, config);
        usedConfigs.push(config);
        tasks.push(taskFor(file, config, opts, io.locale));
      }
      for (const o of await lintAll(tasks, opts, io)) {
        if (o.notice) io.stderr(`copylint: ${relative(io.cwd, o.filePath)}: ${o.notice}\n`);
        if (o.error) {
          problem(`${relative(io.cwd, o.filePath)}: ${o.error}`);
          if (!o.source) continue;
        }
        results.push(o);
      }
      // In the order of the files, ignored ones among them.
      results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(configErrorText(err, io.cwd));
      return EXIT.fatal;
    }
    if (err instanceof BaselineError) {
      io.stderr(`copylint: ${err.message}\n`);
      return EXIT.fatal;
    }
    throw err;
  }

  // Hidden findings do not count either, as warnings under ESLint's --quiet.
  if (opts.minSeverity !== 'info') for (const r of results) r.findings = r.findings.filter((f) => atLeast(f.severity, opts.minSeverity));
  if (changed) for (const [i, r] of results.entries()) results[i] = keepChanged(r, changed);
  if (opts.writeBaseline) {
    try {
      const { findings, dropped } = rewriteBaseline(results, resolve(io.cwd, opts.writeBaseline));
      io.stderr(`copylint: wrote ${opts.writeBaseline}: ${findings} finding${findings === 1 ? '' : 's'}; ${dropped} fixed since the last baseline dropped out.\n`);
    } catch (err) {
      io.stderr(`copylint: --write-baseline ${opts.writeBaseline}: ${err instanceof BaselineError ? `the file there is not a baseline, so it is not overwritten: ${err.message}` : `cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`}\n`);
      return EXIT.fatal;
    }
    return problems.length ? EXIT.fatal : EXIT.ok;
  }
  for (const [i, r] of results.entries()) {
    const path = baselineOf.get(r.filePath);
    if (path) results[i] = withoutBaselined(r, baselines.get(path), path);
  }
  const pkg = ownPackage();
  const color = opts.color ?? (io.isTTY && !opts.outputFile && opts.format === 'stylish');
  // A listing is one string; a report streams in chunks.
  const report = opts.listSuppressions
    ? [formatSuppressions(results, io.cwd, opts.format === 'json')]
    : FORMATTERS[opts.format](results, { cwd: io.cwd, color, version: pkg.version, homepage: publishedBase(pkg)?.page, rules: ruleInfos(results, usedConfigs, reportLang, pkg), problems, language: reportLang });
  if (opts.outputFile) {
    try {
      await writeReportFile(resolve(io.cwd, opts.outputFile), report);
    } catch (err) {
      io.stderr(`copylint: cannot write ${opts.outputFile}: ${(err as Error).message}\n`);
      return EXIT.fatal;
    }
  } else if (!fixedStdin) await writeReport(report, io.stdout);
  // A listing, like --print-config: the findings decide no exit code.
  if (opts.listSuppressions) return problems.length ? EXIT.fatal : EXIT.ok;
  if (opts.report === 'summary') {
    // Machine-readable formats keep stdout clean; the summary goes to the log.
    const summary = formatSummary(results, io.cwd);
    if (opts.format === 'stylish' && !opts.outputFile && !fixedStdin) io.stdout(summary);
    else io.stderr(summary);
  }

  if (problems.length) return EXIT.fatal;
  const { errors, warnings } = counts(results);
  if (errors > 0) return EXIT.lint;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`copylint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return EXIT.lint;
  }
  return EXIT.ok;
}

/** Lints the tasks, from the cache where possible and on worker threads when it pays. */
async function lintAll(tasks: FileTask[], opts: CliOptions, io: CliIO): Promise<FileOutcome[]> {
  const cache = opts.cache ? new LintCache(resolve(io.cwd, opts.cacheLocation), sha1(version() + JSON.stringify(loadRuleData()))) : undefined;
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
  const todo: number[] = [];
  tasks.forEach((task, i) => {
    // A cached result has no directives to list.
    if (cache && !task.fix && !opts.listSuppressions) {
      try {
        const content = readFileSync(task.path);
        const hit = cache.get(task, sha1(content));
        if (hit) {
          outcomes[i] = { filePath: task.path, source: content.toString('utf8').replace(/^\uFEFF/, ''), findings: hit.findings, words: hit.words };
          return;
        }
      } catch {
        // unreadable: the task reports it
      }
    }
    todo.push(i);
  });
  let bytes = 0;
  for (const i of todo) {
    try {
      bytes += statSync(tasks[i].path).size;
    } catch {
      // reported by the task
    }
  }
  const threads = io.workerScript ? chooseThreads(opts.concurrency, todo.length, bytes) : 1;
  const done = await runTasks(todo.map((i) => tasks[i]), threads, io.workerScript ?? '');
  todo.forEach((i, k) => {
    outcomes[i] = done[k];
    if (cache && !done[k].error) cache.set(tasks[i], done[k], done[k].contentHash!);
  });
  try {
    cache?.save();
  } catch (err) {
    // The report matters more than the cache: warn, and finish the run.
    io.stderr(`copylint: warning: cannot write the cache ${opts.cacheLocation} (${errorReason(err)}); the report is complete, the cache is not updated.\n`);
  }
  return outcomes as FileOutcome[];
}
