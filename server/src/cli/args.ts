import { VOICES, type Voice } from '../core/analysis/voice';
import { parseArgs } from 'node:util';
import type { Lang, Severity } from '../core/types';
import { normalizeSeverity } from '../node/configResolver';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjsonl', 'gitlab', 'checkstyle', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  stdin: boolean;
  stdinFilename?: string;
  fix: boolean;
  maxWarnings?: number;
  /** Findings below this severity are neither reported nor counted (--quiet is `error`). */
  minSeverity: Exclude<Severity, 'off'>;
  reportUnusedDirectives: boolean;
  listSuppressions: boolean;
  config?: string;
  rules: Record<string, Severity>;
  lang?: 'auto' | Lang;
  voice?: 'auto' | Voice;
  messageLanguage?: 'auto' | Lang;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  init: boolean;
  report?: 'summary';
  cache: boolean;
  cacheLocation: string;
  concurrency?: number;
  maxFileSize: number;
  version: boolean;
  help: boolean;
  color?: boolean;
  outputFile?: string;
  /** Warn about a file named on the command line that the config ignores (off with --no-warn-ignored). */
  warnIgnored: boolean;
  /** Report only findings on lines changed since the merge base with this ref. */
  changedSince?: string;
  /** Report only findings on lines a unified diff adds: a file, or `-` for standard input. */
  diff?: string;
  /** Report only findings this baseline file does not have. */
  baseline?: string;
  /** Record the findings in this baseline file instead of reporting them. */
  writeBaseline?: string;
}

const MIN_SEVERITIES: Exclude<Severity, 'off'>[] = ['error', 'warning', 'info'];

export class UsageError extends Error {}

export const HELP = `copylint — lints German and English marketing copy for feature-heavy, push and polarizing language

Usage: copylint [options] [paths or globs…]      (default: .)
       copylint test [config]                     Run the examples of the config's custom rules

Input
  --stdin                      Lint text from standard input
  --stdin-filename FILE        Name for stdin text (format and config lookup)
  --config, -c FILE            Use this config file instead of .copylintrc.* lookup
  --rule ID=off|info|warn|error
                               Override a rule's severity (repeatable)
  --lang auto|de|en            Pin the language instead of detecting it per paragraph
  --voice auto|sells|informs|instructs|terms
                               Pin the voice instead of detecting it per paragraph
  --no-warn-ignored            No warning for a named file the config ignores
  --changed-since REF          Lint the files changed since the merge base with REF
                               (committed, staged, unstaged, untracked) and report
                               only findings on changed lines
  --diff FILE|-                The same for the lines a unified diff adds (- reads
                               standard input)

Output
  --message-language auto|de|en
                               Language of messages and of this report (default:
                               auto, the locale's when German or English, else
                               each paragraph's own)
  --format, -f NAME            stylish (default), json, sarif, github, junit,
                               rdjsonl (reviewdog), gitlab (Code Quality),
                               checkstyle, markdown (a PR comment or job summary),
                               html (a self-contained tone report)
  --output-file, -o FILE       Write the report to a file
  --report summary             Add findings per family and file and a tone score per document
  --min-severity LEVEL         Report only findings of at least error, warning or
                               info (default: info, everything)
  --quiet                      Report errors only (--min-severity error)
  --max-warnings N             Exit 1 when there are more than N warnings
  --report-unused-disable-directives
                               Report disable directives that suppress nothing
                               (copylint/unused-disable, a warning)
  --list-suppressions          List every inline directive (file, line, rules,
                               reason) instead of the findings: a table, or JSON
                               with --format json
  --baseline FILE              Report only findings that FILE does not record
  --write-baseline FILE        Record today's findings in FILE (fixed ones drop out)
                               instead of reporting them
  --color / --no-color         Force or disable colours (default: on a TTY)

Fixing
  --fix                        Apply the default fix of each finding, in place
                               (with --stdin: print the fixed text)

Speed
  --cache                      Skip files unchanged since the last run (content + config hash)
  --cache-location FILE        Where the cache lives (default: .copylintcache)
  --concurrency N              Worker threads (default: one per core; 1 = no workers)
  --max-file-size MB           Skip larger files with a notice (default: 50)

Configuration
  --print-config FILE          Print the configuration that applies to FILE
  --init                       Write a starter .copylintrc.json (never overwrites)

Information
  --list-rules                 List all rules
  --explain RULE               Print a rule's documentation
  --version, -v                Print the version
  --help, -h                   Print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too
many warnings, 2 usage, config or I/O error. Info findings never fail a run, and
findings below --min-severity are not counted.
`;

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} needs a whole number ≥ ${min}, not "${value}".`);
  return n;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'min-severity': { type: 'string' },
        'report-unused-disable-directives': { type: 'boolean' },
        'list-suppressions': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        lang: { type: 'string' },
        voice: { type: 'string' },
        'message-language': { type: 'string' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        report: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        'max-file-size': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        'no-warn-ignored': { type: 'boolean' },
        'changed-since': { type: 'string' },
        diff: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${v.format}" (expected ${FORMATS.join(', ')}).`);
  if (v.lang !== undefined && !['auto', 'de', 'en'].includes(v.lang)) throw new UsageError(`--lang must be auto, de or en, not "${v.lang}".`);
  if (v['message-language'] !== undefined && !['auto', 'de', 'en'].includes(v['message-language'])) {
    throw new UsageError(`--message-language must be auto, de or en, not "${v['message-language']}".`);
  }
  if (v.voice !== undefined && !['auto', ...VOICES].includes(v.voice)) throw new UsageError(`--voice must be auto, ${VOICES.join(', ')}, not "${v.voice}".`);
  if (v.report !== undefined && v.report !== 'summary') throw new UsageError(`--report must be "summary", not "${v.report}".`);
  const minSeverity = v['min-severity'] ?? (v.quiet ? 'error' : 'info');
  if (!MIN_SEVERITIES.includes(minSeverity as Exclude<Severity, 'off'>)) throw new UsageError(`--min-severity must be error, warning or info, not "${minSeverity}".`);
  if (v.quiet && minSeverity !== 'error') throw new UsageError('--quiet is --min-severity error; give one of them.');
  if (v['list-suppressions'] && format !== 'stylish' && format !== 'json') throw new UsageError('--list-suppressions prints a table or, with --format json, JSON.');
  const rules: Record<string, Severity> = {};
  for (const r of v.rule ?? []) {
    const m = /^([^=\s]+)=(off|info|warn|warning|error|0|1|2)$/.exec(r.trim());
    if (!m) throw new UsageError(`--rule expects ID=off|info|warn|error, not "${r}".`);
    rules[m[1]] = normalizeSeverity(/^\d$/.test(m[2]) ? (Number(m[2]) as 0 | 1 | 2) : (m[2] as 'off'));
  }
  if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (v.stdin && parsed.positionals.length) throw new UsageError('Give either --stdin or paths, not both.');
  if (v['changed-since'] !== undefined && v.diff !== undefined) throw new UsageError('Give either --changed-since or --diff, not both.');
  if (v.stdin && (v['changed-since'] !== undefined || v.diff !== undefined)) throw new UsageError('--changed-since and --diff lint files, not --stdin.');
  // A ref that starts with "-" would reach git as an option.
  if (v['changed-since'] !== undefined && !/^[^-\s]\S*$/.test(v['changed-since'])) throw new UsageError(`--changed-since needs a git ref, not "${v['changed-since']}".`);
  if (v.baseline !== undefined && v['write-baseline'] !== undefined) throw new UsageError('Give either --baseline or --write-baseline, not both.');
  if (v.baseline === '' || v['write-baseline'] === '') throw new UsageError('--baseline and --write-baseline need a file.');
  if (v.diff === '') throw new UsageError('--diff needs a file, or - for standard input.');
  return {
    patterns: parsed.positionals.length ? parsed.positionals : ['.'],
    format,
    stdin: !!v.stdin,
    stdinFilename: v['stdin-filename'],
    fix: !!v.fix,
    maxWarnings: wholeNumber('--max-warnings', v['max-warnings'], 0),
    minSeverity: minSeverity as CliOptions['minSeverity'],
    reportUnusedDirectives: !!v['report-unused-disable-directives'],
    listSuppressions: !!v['list-suppressions'],
    config: v.config,
    rules,
    lang: v.lang as CliOptions['lang'],
    voice: v.voice as CliOptions['voice'],
    messageLanguage: v['message-language'] as CliOptions['messageLanguage'],
    listRules: !!v['list-rules'],
    explain: v.explain,
    printConfig: v['print-config'],
    init: !!v.init,
    report: v.report as CliOptions['report'],
    cache: !!v.cache,
    cacheLocation: v['cache-location'] ?? '.copylintcache',
    concurrency: wholeNumber('--concurrency', v.concurrency, 1),
    maxFileSize: wholeNumber('--max-file-size', v['max-file-size'], 1) ?? 50,
    version: !!v.version,
    help: !!v.help,
    color: v['no-color'] ? false : v.color,
    outputFile: v['output-file'],
    warnIgnored: !v['no-warn-ignored'],
    changedSince: v['changed-since'],
    diff: v.diff,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
  };
}
