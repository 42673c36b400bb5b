
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, LintResult } from '../core/engine';
import { messageLanguageFor } from '../core/rules/messages';
import type { DocFormat, Finding, Lang, LintOptions } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { BaselineError, BaselineFiles, unbaselined } from '../node/baseline';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../node/configResolver';
import { bundledEngine, catalogOf, engineFor } from '../node/engine';
import { formatOf } from './formats';
import { LintPool } from './lintPool';
import type { LintJob } from './lintWorker';

// Lint threads: one can be held by a long paragraph while the other serves the other documents.
const LINT_THREADS = 2;

/** The last lint of a document, kept for hover and code actions. */
export interface LintedDocument {
  uri: string;
  version: number;
  result: LintResult;
  config: ResolvedConfig;
  engine: Engine;
  /** The language its messages were written in (`auto`: each paragraph's). */
  messageLanguage: 'auto' | Lang;
  /** Findings left out of `result` because the config's baseline records them. */
  hidden: number;
  elapsedMs: number;
}

/** A file that could not be used, to show on it: a config (the document keeps its last good one) or a baseline (no finding is hidden). */
export type FileProblem = { config: ConfigError } | { baseline: string; error: BaselineError };

export function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/**
 * Lints open documents with the config that applies to each. A broken config is reported
 * and the document keeps its last good config, so linting never stops while a team edits.
 */
export class DocumentLinter {
  readonly resolver: ConfigResolver;
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly pool = new LintPool(join(__dirname, 'lintWorker.js'), LINT_THREADS);
  private readonly baselines = new BaselineFiles();
  readonly results = new Map<string, LintedDocument>();
  /** VS Code's display language, from the client's initialize request: `auto` messages speak it. */
  locale?: string;

  /** `workspace` gives the workspace folders' paths, which configs may extend nothing outside of. */
  constructor(
    private readonly onProblem: (problem: FileProblem) => void,
    workspace: () => string[],
  ) {
    const engine = bundledEngine();
    this.resolver = new ConfigResolver(catalogOf(engine), workspace);
  }

  /** Drops cached configs and baselines after one changed on disk. */
  filesChanged(): void {
    this.resolver.clear();
    this.baselines.clear();
  }

  /** The config for a document: its file's, or for untitled documents the workspace folder's. */
  configFor(uri: string, folder?: string): ResolvedConfig {
    const path = filePathOf(uri) ?? (folder ? `${filePathOf(folder) ?? ''}/untitled` : undefined);
    try {
      const config = path ? this.resolver.forFile(path) : this.resolver.forFile(`${process.cwd()}/untitled`);
      this.lastGood.set(uri, config);
      return config;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      this.onProblem({ config: err });
      return this.lastGood.get(uri) ?? { files: [], language: 'auto', voice: 'auto', messageLanguage: 'auto', rules: {}, ruleOptions: {}, ignores: [], allow: [], custom: [] };
    }
  }

  optionsFor(doc: TextDocument, config: ResolvedConfig, settings: Settings): LintOptions {
    return {
      format: formatOf(doc.languageId),
      language: settings.language !== 'auto' ? settings.language : config.language,
      voice: config.voice,
      messageLanguage: messageLanguageFor([settings.messageLanguage, config.messageLanguage], this.locale),
      rules: config.rules,
      ruleOptions: config.ruleOptions,
      allow: config.allow,
      reportUnusedDirectives: settings.reportUnusedDisableDirectives,
      maxChars: settings.maxFileSize * 1_000_000,
    };
  }

  /**
   * Lints a document on a lint thread (see LintPool), remembering each part's result for the
   * next lint there; resolves to undefined when a newer version of the document superseded it.
   */
  async lint(doc: TextDocument, settings: Settings, folder?: string): Promise<LintedDocument | undefined> {
    const started = performance.now();
    // The document object changes in place with each edit: read its version and text once.
    const { version } = doc;
    const config = this.configFor(doc.uri, folder);
    const job = this.jobFor(doc, config, settings);
    let result = await this.pool.lint(doc.uri, version, job);
    if (!result) return undefined;
    const findings = settings.hideBaselined ? this.unbaselined(doc.uri, job.text, result.findings, config, job.options.format) : result.findings;
    const hidden = result.findings.length - findings.length;
    if (hidden) result = { ...result, findings };
    const linted = { uri: doc.uri, version, result, config, engine: engineFor(config.custom), messageLanguage: job.options.messageLanguage ?? 'auto', hidden, elapsedMs: performance.now() - started };
    this.results.set(doc.uri, linted);
    return linted;
  }

  /** The findings of the document's text now (for the fixes of stale diagnostics). */
  findings(doc: TextDocument, folder?: string): Promise<Finding[]> {
    return this.pool.findings(this.actionJob(doc, folder));
  }

  /** The document's text with all safe fixes applied. */
  fixed(doc: TextDocument, folder?: string): Promise<string> {
    return this.pool.fix(this.actionJob(doc, folder));
  }

  /** What a lint thread needs: the text, the options and the custom terms of the config. */
  private jobFor(doc: TextDocument, config: ResolvedConfig, settings: Settings): LintJob {
    return { text: doc.getText(), options: this.optionsFor(doc, config, settings), custom: config.custom };
  }

  /** A job for a code action, with default settings: the config of the document's last lint, else its own. */
  private actionJob(doc: TextDocument, folder?: string): LintJob {
    return this.jobFor(doc, this.results.get(doc.uri)?.config ?? this.configFor(doc.uri, folder), DEFAULT_SETTINGS);
  }

  /** The findings the config's baseline does not record; all of them when it has none or it cannot be used. */
  private unbaselined(uri: string, text: string, findings: Finding[], config: ResolvedConfig, format: DocFormat): Finding[] {
    const path = filePathOf(uri);
    if (!config.baseline || !path) return findings;
    try {
      return unbaselined(this.baselines.get(config.baseline), config.baseline, path, text, findings, format);
    } catch (err) {
      if (!(err instanceof BaselineError)) throw err;
      this.onProblem({ baseline: config.baseline, error: err });
      return findings;
    }
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.lastGood.delete(uri);
    this.pool.forget(uri);
  }
}

