import * as vscode from 'vscode';
import { restartPolicy } from './restartPolicy';
import { ToneProfileView } from './toneProfile';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, DEFAULT_LANGUAGES, RULES_REQUEST, STATUS_NOTIFICATION, type DocumentStatus, type LintWorkspaceResult, type RuleListItem } from '../../server/src/protocol';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let statusItem: vscode.StatusBarItem;
const statuses = new Map<string, DocumentStatus>();
let toneProfile: ToneProfileView;

function languages(): string[] {
  return vscode.workspace.getConfiguration('copylint').get<string[]>('languages') ?? DEFAULT_LANGUAGES;
}

/** Restarts a crashed server and says so once (see restartPolicy). */
function errorHandler(): ErrorHandler {
  const decide = restartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const { restart, message } = decide();
      const action = restart ? CloseAction.Restart : CloseAction.DoNotRestart;
      return message ? { action, message } : { action, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.copylintrc.json,.copylintrc.yaml,.copylintrc.yml,package.json}') },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(),
  };
  const c = new LanguageClient('copylint', 'copylint', serverOptions, clientOptions);
  c.onNotification(STATUS_NOTIFICATION, (s: DocumentStatus) => {
    statuses.set(s.uri, s);
    updateStatus();
    toneProfile.linted(s.uri);
  });
  return c;
}

function updateStatus(): void {
  const editor = vscode.window.activeTextEditor;
  const s = editor && statuses.get(editor.document.uri.toString());
  if (!editor || !languages().includes(editor.document.languageId)) {
    statusItem.hide();
    return;
  }
  if (!s) {
    statusItem.text = '$(pencil) copylint';
    statusItem.tooltip = vscode.l10n.t('copylint: not linted yet');
  } else {
    const { features, push, polarize } = s.counts;
    statusItem.text = `$(pencil) F ${features} · P ${push} · Pol ${polarize}`;
    const md = new vscode.MarkdownString(
      [
        vscode.l10n.t('**copylint** — tone {0}/100 ({1} words)', s.tone, s.words),
        '',
        vscode.l10n.t('| family | findings | per 100 words |'),
        '|---|---:|---:|',
        vscode.l10n.t('| features (specs over benefits) | {0} | {1} |', features, s.density.features),
        vscode.l10n.t('| push (pressure, hype, “we”) | {0} | {1} |', push, s.density.push),
        vscode.l10n.t('| polarize (us vs. them) | {0} | {1} |', polarize, s.density.polarize),
        '',
        // Counted nowhere above: the writer should know the page has more than it shows.
        ...(s.hidden ? [s.hidden === 1 ? vscode.l10n.t('1 baselined finding hidden (copylint.hideBaselined).') : vscode.l10n.t('{0} baselined findings hidden (copylint.hideBaselined).', s.hidden), ''] : []),
        s.note ?? vscode.l10n.t('Linted in {0} ms. Click for the Problems view.', s.elapsedMs),
      ].join('\n'),
    );
    statusItem.tooltip = md;
  }
  statusItem.show();
}

async function showRuleDocumentation(ruleId?: string): Promise<void> {
  if (!client) return;
  const rules = await client.sendRequest<RuleListItem[]>(RULES_REQUEST);
  let rule = ruleId ? rules.find((r) => r.id === ruleId) : undefined;
  if (!rule) {
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, detail: r.description, rule: r })),
      { placeHolder: vscode.l10n.t('copylint rule') },
    );
    rule = pick?.rule;
  }
  if (rule?.docPath) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(rule.docPath));
}

/** What the extension exports to other extensions and to its extension-host tests. */
export interface CopylintApi {
  statusText(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<CopylintApi> {
  output = vscode.window.createOutputChannel('copylint', { log: true });
  statusItem = vscode.window.createStatusBarItem('copylint.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'copylint';
  statusItem.command = 'copylint.showProblems';
  toneProfile = new ToneProfileView(context, () => client, (doc) => languages().includes(doc.languageId));
  context.subscriptions.push(output, statusItem, toneProfile);

  const run = (command: string, ...args: unknown[]) => client?.sendRequest('workspace/executeCommand', { command, arguments: args });
  context.subscriptions.push(
    vscode.commands.registerCommand('copylint.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand('copylint.lintWorkspace', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('copylint: linting workspace') }, async () => {
        const r = (await run(COMMANDS.lintWorkspace)) as LintWorkspaceResult | undefined;
        if (r) void vscode.window.showInformationMessage(vscode.l10n.t('copylint: {0} findings in {1} files.', r.findings, r.files) + (r.problems.length ? ' ' + vscode.l10n.t('{0} could not be read (see the copylint output).', r.problems.length) : ''));
      }),
    ),
    vscode.commands.registerCommand('copylint.fixAll', () => {
      const editor = vscode.window.activeTextEditor;
      return editor && run(COMMANDS.fixAll, editor.document.uri.toString());
    }),
    vscode.commands.registerCommand('copylint.showRuleDocumentation', (ruleId?: string) => showRuleDocumentation(ruleId)),
    vscode.commands.registerCommand('copylint.createConfig', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return vscode.window.showWarningMessage(vscode.l10n.t('copylint: open a folder first.'));
      const r = (await run(COMMANDS.createConfig, folder.uri.toString())) as { created: boolean; uri?: string } | undefined;
      if (r?.uri) await vscode.window.showTextDocument(vscode.Uri.parse(r.uri));
      if (r && !r.created) void vscode.window.showInformationMessage(vscode.l10n.t('copylint: .copylintrc.json already exists.'));
    }),
    vscode.commands.registerCommand('copylint.showToneProfile', () => toneProfile.show()),
    vscode.commands.registerCommand('copylint.restartServer', async () => {
      await client?.stop();
      client = createClient(context);
      await client.start();
      output.appendLine('copylint: server restarted.');
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      updateStatus();
      toneProfile.follow(editor);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('copylint.languages')) await vscode.commands.executeCommand('copylint.restartServer');
    }),
    { dispose: () => void client?.stop() },
  );

  client = createClient(context);
  await client.start();
  updateStatus();
  return { statusText: () => statusItem.text };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
