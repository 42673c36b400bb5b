import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TONE_PROFILE_REQUEST, type ToneProfile, type ToneProfileBar, type ToneProfileParams } from '../../server/src/protocol';
import { toneProfileHtml } from './toneProfileHtml';

// The server debounces lints already; this folds the status notifications of a burst into one request.
const UPDATE_MS = 100;

type ViewMessage = { type: 'ready' } | { type: 'reveal'; section: number; family: string };

function isViewMessage(m: unknown): m is ViewMessage {
  const o = m as Partial<{ type: unknown; section: unknown; family: unknown }> | null;
  return o?.type === 'ready' || (o?.type === 'reveal' && Number.isInteger(o.section) && typeof o.family === 'string');
}

/** The finding after `selection` when it is already on one of the bar's findings (a second press), else the first. */
function nextFinding(findings: ToneProfileBar['findings'], selection?: vscode.Selection): ToneProfileBar['findings'][number] | undefined {
  const at = selection ? findings.findIndex((f) => selection.start.line === f.start.line && selection.start.character === f.start.character) : -1;
  return findings[(at + 1) % findings.length];
}

/**
 * "Show Tone Profile": one webview beside the document that draws the tone profile the server
 * computes for the active document, again after each of its lints, and reveals a bar's findings.
 */
export class ToneProfileView implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private uri?: string;
  private profile?: ToneProfile;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly lints: (doc: vscode.TextDocument) => boolean,
  ) {}

  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.lints(editor.document)) this.uri = editor.document.uri.toString();
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const title = vscode.l10n.t('copylint: Tone Profile');
      this.panel = vscode.window.createWebviewPanel('copylint.toneProfile', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      this.panel.webview.html = toneProfileHtml({
        nonce: randomBytes(16).toString('base64'),
        script: readFileSync(this.context.asAbsolutePath('dist/webview/toneProfile.js'), 'utf8'),
        lang: vscode.env.language,
        title,
        empty: vscode.l10n.t('Open a Markdown, MDX, HTML or text document to see its tone per section.'),
      });
      this.panel.webview.onDidReceiveMessage((m: unknown) => isViewMessage(m) && this.receive(m));
      this.panel.onDidDispose(() => {
        clearTimeout(this.timer);
        this.panel = this.profile = undefined;
      });
    }
    void this.update();
  }

  /** The active editor changed: a document copylint lints takes the view (a webview or output pane does not). */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!this.panel || !editor || !this.lints(editor.document) || editor.document.uri.toString() === this.uri) return;
    this.uri = editor.document.uri.toString();
    void this.update();
  }

  /** The server linted `uri`. */
  linted(uri: string): void {
    if (!this.panel || uri !== this.uri) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_MS);
  }

  private async update(): Promise<void> {
    const client = this.client();
    const uri = this.uri;
    if (!this.panel || !client || !uri) return;
    const profile = await client.sendRequest<ToneProfile | null>(TONE_PROFILE_REQUEST, { uri } satisfies ToneProfileParams);
    // Null while the document is not linted at its version: the lint's status notification asks again.
    if (!profile || !this.panel || profile.uri !== this.uri) return;
    this.profile = profile;
    this.panel.title = vscode.l10n.t('Tone Profile: {0}', basename(vscode.Uri.parse(uri).path));
    void this.panel.webview.postMessage({ type: 'profile', profile });
  }

  private receive(m: ViewMessage): void {
    // The page is new (first shown, or shown again after it was hidden): it has nothing yet.
    if (m.type === 'ready') void (this.profile ? this.panel?.webview.postMessage({ type: 'profile', profile: this.profile }) : this.update());
    else void this.reveal(m.section, m.family);
  }

  /** Selects the bar's first finding in the document (its next on a second press), or the section's heading when it has none. */
  private async reveal(index: number, family: string): Promise<void> {
    const profile = this.profile;
    const section = profile?.sections[index];
    const bar = section?.bars.find((b) => b.family === family);
    if (!profile || !section || !bar) return;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === profile.uri);
    const at = nextFinding(bar.findings, shown?.selection) ?? { start: section.start, end: section.start };
    const range = new vscode.Range(at.start.line, at.start.character, at.end.line, at.end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(profile.uri), { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
