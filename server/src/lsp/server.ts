import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatForPath } from '../core/parse';
import type { Finding } from '../core/types';
import { interfaceLanguage } from '../core/rules/messages';
import { toneScore } from '../core/tone';
import { bundledEngine } from '../node/engine';
import { ruleDocFor } from '../node/ruleFiles';
import { ownPackage } from '../node/ruleLinks';
import { isIgnoredByConfig } from '../node/configIgnores';
import { collectFiles, errorReason, readSmallFile, readText } from '../node/files';
import { starterConfigText } from '../node/starterConfig';
import { COMMANDS, DEFAULT_SETTINGS, FIX_ALL_KIND, RULES_REQUEST, STATUS_NOTIFICATION, TONE_PROFILE_REQUEST, type DocumentStatus, type LintWorkspaceResult, type RuleListItem, type RulesParams, type Settings, type ToneProfile, type ToneProfileParams } from '../protocol';
import { addToAllowList, type ConfigBuffer } from './allowList';
import { codeActions, fixAllEdit } from './codeActions';
import { diagnosticData, toDiagnostic } from './diagnostics';
import { DocumentLinter, filePathOf, type FileProblem, type LintedDocument } from './documentLinter';
import { hoverAt } from './hover';
import { readSettings } from './settings';
import { findingLanguage, SERVER_TEXT } from './text';
import { familyOf } from '../report/tone';
import { toneProfile } from './toneProfile';

// Pause after a keystroke before linting; clients may pass initializationOptions.debounceMs.
const DEBOUNCE_MS = 120;
const WATCH_ALL = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
const CONFIG_GLOBS = ['**/.copylintrc.json', '**/.copylintrc.yaml', '**/.copylintrc.yml', '**/package.json', '**/node_modules/**/*.{json,yaml,yml}'];

/** Wires the engine to an LSP connection: diagnostics, hover, code actions, commands, config watching. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: WorkspaceFolder[] = [];
  let canConfigure = false;
  let seesFolderChanges = false;
  let debounceMs = DEBOUNCE_MS;
  const settingsCache = new Map<string, Promise<Settings>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const shownErrors = new Set<string>();
  // Config and baseline files with a diagnostic of ours, cleared when a watched file changes.
  const fileDiagnostics = new Set<string>();
  const watchedBaselines = new Set<string>();

  /** The workspace folders on disk. */
  const folderPaths = () => folders.map((f) => filePathOf(f.uri)).filter((p): p is string => !!p);
  const linter = new DocumentLinter(reportProblem, folderPaths);
  /** What the server says outside a finding: in the message language the writer pinned, else VS Code's display language. */
  const text = (setting?: Settings['messageLanguage']) => SERVER_TEXT[interfaceLanguage([setting], linter.locale)];

  /** Shows a config or baseline that cannot be used on the file, and once as a notification. */
  function reportProblem(problem: FileProblem): void {
    const lang = interfaceLanguage([], linter.locale);
    const [file, line, column, code, detail, notice] =
      'config' in problem
        ? [problem.config.file, problem.config.line, problem.config.column, 'copylint/config', problem.config.detailIn(lang), text().configError(`${problem.config.file}:${problem.config.line}:${problem.config.column}: ${problem.config.detailIn(lang)}`)]
        : [problem.baseline, 1, 1, 'copylint/baseline', problem.error.message, text().baselineError(problem.baseline, problem.error.message)];
    const uri = pathToFileURL(file).href;
    fileDiagnostics.add(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: [
        {
          range: { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: column - 1 + 1 } },
          severity: DiagnosticSeverity.Error,
          source: 'copylint',
          code,
          message: detail,
        },
      ],
    });
    once(notice, () => void connection.window.showErrorMessage(notice));
  }

  /** Watches the baselines that configs name, by file name: a config may name any (VS Code watches only what it is asked to). */
  function watchBaseline(path: string): void {
    const globPattern = `**/${basename(path)}`;
    if (watchedBaselines.has(globPattern)) return;
    watchedBaselines.add(globPattern);
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern, kind: WATCH_ALL }] }).catch(() => undefined);
  }

  /** Says something the first time `key` comes up: a problem met per document (a broken config, a failing rule, a wrong setting) would say it for each. */
  function once(key: string, say: () => void): void {
    if (shownErrors.has(key)) return;
    shownErrors.add(key);
    say();
  }

  function folderOf(uri: string): string | undefined {
    return folders.filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')).sort((a, b) => b.uri.length - a.uri.length)[0]?.uri ?? folders[0]?.uri;
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!canConfigure) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'copylint' }).then((raw: unknown) => {
        const { settings, problems } = readSettings(raw);
        for (const problem of problems) {
          const message = `copylint: setting ${problem}`;
          once(message, () => {
            connection.console.warn(message);
            void connection.window.showWarningMessage(message);
          });
        }
        return settings;
      }, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  function status(linted: LintedDocument, note?: string): DocumentStatus {
    const counts = { features: 0, push: 0, polarize: 0, other: 0 };
    for (const { ruleId } of linted.result.findings) counts[familyOf(ruleId) ?? 'other']++;
    const per100 = (n: number) => Math.round(((n * 100) / Math.max(linted.result.words, 1)) * 100) / 100;
    return {
      uri: linted.uri,
      version: linted.version,
      counts,
      words: linted.result.words,
      tone: toneScore(linted.result.findings, linted.result.words),
      density: { features: per100(counts.features), push: per100(counts.push), polarize: per100(counts.polarize) },
      hidden: linted.hidden,
      elapsedMs: Math.round(linted.elapsedMs * 10) / 10,
      note,
    };
  }

  async function validate(doc: TextDocument): Promise<void> {
    const settings = await settingsFor(doc.uri);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer version is on its way
    if (!settings.enable) {
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
      return;
    }
    const linted = await linter.lint(doc, settings, folderOf(doc.uri));
    // Never publish for an outdated version (the document object is updated in place by later edits).
    if (!linted || documents.get(doc.uri)?.version !== linted.version) return;
    if (linted.config.baseline) watchBaseline(linted.config.baseline);
    for (const f of linted.result.failures) {
      const key = `${f.ruleId}: ${f.error}`;
      connection.console.error(`copylint: rule ${key} (in ${doc.uri}); the other rules ran.`);
      once(key, () => void connection.window.showWarningMessage(text(settings.messageLanguage).ruleFailed(f.ruleId, f.error)));
    }
    // A long document's diagnostics and status take tens of milliseconds each: between them the
    // event loop reads input and starts a request that came meanwhile (a hover waited 85 ms for
    // all three at once). After each pause the document may have changed or closed: then its
    // newer lint, or its closing, speaks for it.
    const stillCurrent = () => documents.get(doc.uri)?.version === linted.version;
    await requestsFirst();
    if (!stillCurrent()) return;
    const diagnostics = diagnosticsOf(doc, linted, settings);
    await requestsFirst();
    if (!stillCurrent()) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: linted.version, diagnostics });
    await requestsFirst();
    if (!stillCurrent()) return;
    void connection.sendNotification(STATUS_NOTIFICATION, status(linted, linted.result.skipped));
  }

  /** Resolves after the event loop has read input and run what it queued (a timer fires after that, an immediate before). */
  function requestsFirst(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  function schedule(doc: TextDocument, delay = debounceMs): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        validate(doc).catch((err) => connection.console.error(`copylint: lint failed for ${doc.uri}: ${(err as Error).stack ?? err}`));
      }, delay),
    );
  }

  function revalidateAll(): void {
    for (const doc of documents.all()) schedule(doc, 0);
  }

  /** All safe fixes of a document as one edit, worked out on a lint thread; none once the document changed meanwhile. */
  async function fixAll(doc: TextDocument) {
    const { version } = doc;
    const before = doc.getText();
    const after = await linter.fixed(doc, folderOf(doc.uri));
    return doc.version === version ? fixAllEdit(doc, before, after) : undefined;
  }

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    canConfigure = !!params.capabilities.workspace?.configuration;
    seesFolderChanges = !!params.capabilities.workspace?.workspaceFolders;
    linter.locale = params.locale;
    const requested = (params.initializationOptions as { debounceMs?: unknown } | undefined)?.debounceMs;
    if (typeof requested === 'number' && requested >= 0) debounceMs = requested;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copylint', version: ownPackage().version },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    // Watch config files ourselves where the client allows it (VS Code also syncs them itself).
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern, kind: WATCH_ALL })) })
      .catch(() => undefined);
    // Asking for folder changes throws for a client without the capability (it sends none).
    if (seesFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
        // A config accepted under the old folders may extend what the new ones do not hold.
        linter.filesChanged();
      });
    }
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    linter.filesChanged();
    for (const uri of fileDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    fileDiagnostics.clear();
    shownErrors.clear();
    revalidateAll();
  });

  // TextDocuments fires an open's event as a change as well: the open lints already, and a
  // second lint of the same version would publish it once more after later edits were sent.
  const openEvents = new WeakSet<object>();
  documents.onDidOpen((e) => {
    openEvents.add(e);
    schedule(e.document, 0);
  });
  documents.onDidChangeContent(async (e) => {
    if (openEvents.has(e)) return;
    if ((await settingsFor(e.document.uri)).run === 'onType') schedule(e.document);
  });
  documents.onDidSave(async (e) => {
    if ((await settingsFor(e.document.uri)).run === 'onSave') schedule(e.document, 0);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    linter.forget(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    const linted = linter.results.get(params.textDocument.uri);
    if (!doc || !linted || linted.version !== doc.version) return null;
    return hoverAt(doc, params.position, linted.result.findings, linted.engine, linted.messageLanguage, linted.result.language);
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const path = filePathOf(doc.uri);
    let fresh: Promise<Finding[]> | undefined;
    return codeActions(doc, params, {
      lang: interfaceLanguage([linter.results.get(doc.uri)?.messageLanguage], linter.locale),
      currentFixes: async (d) => {
        const data = diagnosticData(d.data);
        const { version } = doc;
        // One lint for all the stale diagnostics of the request.
        fresh ??= linter.findings(doc, folderOf(doc.uri));
        const findings = await fresh;
        if (doc.version !== version) return undefined;
        const offset = doc.offsetAt(d.range.start);
        return findings.find((f) => f.ruleId === data?.ruleId && f.start === offset)?.fixes;
      },
      allowListEdit: (phrase) => {
        const configFile = path ? linter.resolver.find(dirname(path)) : undefined;
        const folder = folderOf(doc.uri);
        const dir = (folder && filePathOf(folder)) ?? (path ? dirname(path) : process.cwd());
        return addToAllowList(phrase, configFile ? configBuffer(configFile) : undefined, dir);
      },
      fixAll: () => fixAll(doc),
    });
  });

  /** A config as the editor has it: the open document, unsaved edits and all, or else the file. */
  function configBuffer(path: string): ConfigBuffer | undefined {
    const open = documents.all().find((d) => filePathOf(d.uri) === path);
    if (open) return { path, text: open.getText(), version: open.version };
    try {
      return { path, text: readSmallFile(path), version: null };
    } catch {
      return undefined;
    }
  }

  // In the message language of the writer's document, as its findings are: under auto, its main language's.
  connection.onRequest(RULES_REQUEST, (params?: RulesParams): RuleListItem[] => {
    const linted = params?.uri ? linter.results.get(params.uri) : undefined;
    const lang = linted ? findingLanguage({ lang: linted.result.language }, linted.messageLanguage) : interfaceLanguage([], linter.locale);
    return bundledEngine().pack.rules.map((r) => ({ id: r.spec.id, description: r.spec.description[lang], docPath: ruleDocFor(r.spec.id, lang) }));
  });

  // Computed on request, not with every lint: only an open tone profile view needs it (a second parse).
  connection.onRequest(TONE_PROFILE_REQUEST, (params: ToneProfileParams): ToneProfile | null => {
    const doc = documents.get(params.uri);
    const linted = linter.results.get(params.uri);
    if (!doc || !linted || linted.version !== doc.version) return null;
    return toneProfile(doc, linted, interfaceLanguage([linted.messageLanguage], linter.locale));
  });

  connection.onExecuteCommand(async (params) => {
    const [arg] = (params.arguments ?? []) as string[];
    if (params.command === COMMANDS.fixAll) {
      const doc = arg && documents.get(arg);
      if (!doc) return;
      const edit = await fixAll(doc);
      if (edit) await connection.workspace.applyEdit({ label: text().fixAllLabel, edit });
    } else if (params.command === COMMANDS.createConfig) {
      const dir = (arg && filePathOf(arg)) ?? (folders[0] && filePathOf(folders[0].uri));
      if (!dir) return { created: false, reason: 'no workspace folder' };
      const file = join(dir, '.copylintrc.json');
      if (existsSync(file)) return { created: false, uri: pathToFileURL(file).href, reason: 'exists' };
      const uri = pathToFileURL(file).href;
      await connection.workspace.applyEdit({
        label: text().createConfigLabel,
        edit: {
          documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: starterConfigText() }] },
          ],
        },
      });
      return { created: true, uri };
    } else if (params.command === COMMANDS.lintWorkspace) {
      return lintWorkspace();
    }
    return undefined;
  });

  /**
   * Lints every supported file of the workspace folders that the configs do not ignore into
   * diagnostics, with progress. A file that cannot be read or linted is named in the result and
   * the log, the others are still linted, and the progress always ends.
   */
  async function lintWorkspace(): Promise<LintWorkspaceResult> {
    const progress = await connection.window.createWorkDoneProgress();
    try {
      const paths = folderPaths();
      const collected = await collectFiles(paths.length ? paths : [process.cwd()], paths[0] ?? process.cwd());
      const problems = [...collected.errors];
      const files = collected.files.filter((file) => {
        const uri = pathToFileURL(file).href;
        const ignored = isIgnoredByConfig(linter.configFor(uri, folderOf(uri)), file);
        if (!documents.get(uri)) linter.forget(uri);
        return !ignored;
      });
      progress.begin(text().lintingWorkspace, 0, text().files(files.length), true);
      let findings = 0;
      for (const [i, file] of files.entries()) {
        if (progress.token.isCancellationRequested) break;
        const uri = pathToFileURL(file).href;
        // An open document is linted as it is in the editor already.
        if (!documents.get(uri)) {
          try {
            findings += await lintFile(file, uri);
          } catch (err) {
            problems.push(`${file}: ${errorReason(err)}`);
          }
          linter.forget(uri);
        }
        progress.report(Math.round(((i + 1) * 100) / files.length), `${i + 1}/${files.length}`);
      }
      for (const p of problems) connection.console.warn(`copylint: ${p}`);
      return { files: files.length, findings, problems };
    } finally {
      progress.done();
    }
  }

  /**
   * A lint's diagnostics, the first `maxNumberOfProblems` of them: building and sending tens of
   * thousands of them held the server's own thread for seconds, and no writer reads past the
   * first thousand (the status item counts them all).
   */
  function diagnosticsOf(doc: TextDocument, linted: LintedDocument, settings: Settings): Diagnostic[] {
    const builtin = bundledEngine();
    const findings = linted.result.findings.length > settings.maxNumberOfProblems ? linted.result.findings.slice(0, settings.maxNumberOfProblems) : linted.result.findings;
    return findings.map((f) => toDiagnostic(doc, f, builtin.isKnownRule(f.ruleId), findingLanguage(f, linted.messageLanguage)));
  }

  /** Lints a file that is not open into diagnostics; returns how many findings it has. */
  async function lintFile(file: string, uri: string): Promise<number> {
    const read = readText(readFileSync(file));
    if ('error' in read) throw new Error(read.error);
    const doc = TextDocument.create(uri, formatForPath(file) ?? 'plaintext', 0, read.text);
    const settings = await settingsFor(uri);
    const linted = (await linter.lint(doc, settings, folderOf(uri)))!;
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(doc, linted, settings) });
    return linted.result.findings.length;
  }

  documents.listen(connection);
  connection.listen();
}
