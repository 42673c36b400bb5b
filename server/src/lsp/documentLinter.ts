
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, LintResult } from '../core/engine';
import type { PartResult } from '../core/part';
import { MemoPool } from './memoPool';
import { splitDocument } from '../core/parse/split';
import { messageLanguageFor } from '../core/rules/messages';
import type { DocFormat, Finding, Lang, LintOptions } from '../core/types';
import type { Settings } from '../protocol';
import { BaselineError, BaselineFiles, unbaselined } from '../node/baseline';
import { ConfigError, ConfigResolver, type ResolvedConfig } from '../node/configResolver';
import { bundledEngine, catalogOf, engineFor } from '../node/engine';
import { formatOf } from './formats';

// Documents are linted in parts of about this size: an edit re-reads only its part.
const PART_CHARS = 4 * 1024;
// A long document yields to other requests after this much work.
const SLICE_MS = 25;
// Memo sizes (see DocumentMemo.size, about 25 bytes each): one document of up to about 4 MB
// keeps its memo, and all together take about 500 MB at most.
const MEMO_PER_DOCUMENT = 12_000_000;
const MEMO_TOTAL = 20_000_000;

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
  private readonly memos = new MemoPool(MEMO_PER_DOCUMENT, MEMO_TOTAL);
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
   * Lints a document in parts, remembering each part's result for the next lint. A long one
   * gives the event loop a turn every SLICE_MS, so the server keeps answering for other
   * documents; when `latestVersion()` moves on from the version being linted (an edit, or
   * undefined once closed) the lint stops and resolves to undefined.
   */
  async lint(doc: TextDocument, settings: Settings, folder?: string, latestVersion?: () => number | undefined): Promise<LintedDocument | undefined> {
    const started = performance.now();
    const config = this.configFor(doc.uri, folder);
    const engine = engineFor(config.custom);
    // One memo per document and engine: unchanged paragraphs keep their findings while typing.
    const memoKey = `${doc.uri}\u0000${config.custom.length ? JSON.stringify(config.custom) : ''}`;
    const memo = this.memos.use(memoKey);
    // The document object changes in place with each edit: read its version and text once.
    const { version } = doc;
    const text = doc.getText();
    const options = this.optionsFor(doc, config, settings);
    let result = engine.tooLarge(text, options);
    if (!result) {
      const cuts = splitDocument(text, options.format, PART_CHARS);
      engine.begin(options, memo);
      const parts: PartResult[] = [];
      let sliceStart = performance.now();
      for (const [i, start] of cuts.entries()) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (latestVersion && latestVersion() !== version) return undefined;
          sliceStart = performance.now();
        }
        parts.push(engine.lintPart(text.slice(start, cuts[i + 1] ?? text.length), start, options, memo));
      }
      result = engine.finish(text, parts, options, memo);
      this.memos.trim(memoKey);
    }
    const findings = settings.hideBaselined ? this.unbaselined(doc.uri, text, result.findings, config, options.format) : result.findings;
    const hidden = result.findings.length - findings.length;
    if (hidden) result = { ...result, findings };
    const linted = { uri: doc.uri, version, result, config, engine, messageLanguage: options.messageLanguage ?? 'auto', hidden, elapsedMs: performance.now() - started };
    this.results.set(doc.uri, linted);
    return linted;
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
    this.memos.forget(`${uri}\u0000`);
  }
}

