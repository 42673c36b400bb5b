/**
 * The tone profile webview's page: no remote content and nothing loaded at all (the script is
 * inline), under a Content-Security-Policy that lets run only what carries this page's nonce.
 * Colours come from the theme's --vscode-* variables; high contrast (dark and light: both set
 * body.vscode-high-contrast) draws bars in the text colour with borders.
 */
const STYLE = `
body { margin: 0; padding: 0.5rem 1rem 1rem; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.45; }
.score { margin: 0.5rem 0; }
.words, .value, .hint, .scale, .empty { color: var(--vscode-descriptionForeground); }
.hint, .scale { font-size: 0.92em; }
.tone-section { margin: 0.6rem 0; padding: 0.4rem 0.6rem; border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, transparent)); border-radius: 4px; }
.tone-section h2 { font-size: 1em; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
.tone-section h2 .words { font-weight: normal; }
.bars { list-style: none; margin: 0; padding: 0; }
.bar-button { display: grid; grid-template-columns: 7.5rem 1fr 4.5rem; align-items: center; gap: 0.5rem; width: 100%; margin: 1px 0;
  padding: 0.15rem 0.3rem; border: 1px solid transparent; border-radius: 3px; background: none; color: inherit; font: inherit; text-align: left; cursor: pointer; }
.bar-button:hover { background: var(--vscode-list-hoverBackground); }
.bar-button:focus { outline: none; }
.bar-button:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
.track { display: block; height: 0.75rem; background: var(--vscode-editorWidget-background); border-radius: 2px; overflow: hidden; }
.bar { display: block; height: 100%; width: 0; }
.bar-row:nth-child(1) .bar { background: var(--vscode-charts-blue); }
.bar-row:nth-child(2) .bar { background: var(--vscode-charts-orange); }
.bar-row:nth-child(3) .bar { background: var(--vscode-charts-purple); }
.value { text-align: right; font-variant-numeric: tabular-nums; }
body.vscode-high-contrast .track { background: transparent; border: 1px solid var(--vscode-contrastBorder); }
body.vscode-high-contrast .bar-row .bar { background: var(--vscode-foreground); }
body.vscode-high-contrast .bar-button:hover { border: 1px dashed var(--vscode-contrastActiveBorder); }
body.vscode-high-contrast .bar-button:focus-visible { outline-color: var(--vscode-contrastActiveBorder); }
`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ToneProfilePage {
  nonce: string;
  /** The bundled webview script (dist/webview/toneProfile.js). */
  script: string;
  /** The editor's display language, for the words until the server's profile arrives. */
  lang: string;
  title: string;
  /** Shown until a document's profile arrives. */
  empty: string;
}

export function toneProfileHtml(page: ToneProfilePage): string {
  const csp = `default-src 'none'; style-src 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}'`;
  // A closing tag inside the script would end it early.
  const script = page.script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="${esc(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)}</title>
<style nonce="${page.nonce}">${STYLE}</style>
</head>
<body>
<main id="profile"><p class="empty">${esc(page.empty)}</p></main>
<script nonce="${page.nonce}">${script}</script>
</body>
</html>
`;
}
