import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { tempTree } from '../helpers/tmp';
import { codeServerDirs, installExtension, launchChromium, missingEditor, readmeShot, requireEditors, ROOT, startCodeServer, type RunningCodeServer } from './codeServer';

const SHOTS = join(ROOT, 'test-output', 'e2e');
const README_SHOT = readmeShot('tone-profile.png');
const missing = requireEditors(missingEditor());

/** Polls until `check` passes; conditions with deadlines, never fixed sleeps. */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('copylint in a real VS Code (code-server + Chromium)', { skip: missing ?? false, timeout: 8 * 60_000 }, () => {
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  const workspace = tempTree({
    'de.md': '# Unser Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n',
    'en.md': 'The game-changing knife. Buy now!\n',
    'tone.md': '# The knife\n\nThe revolutionary, world-class knife. Buy now, only 3 left!\n\n## How it cuts\n\nIt stays sharp for a year, and you can sharpen it at home in two minutes.\n',
  });

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // A fresh VSIX from the current bundles (vsce's pack, without re-running the production build).
    const vsix = join(workspace, '..', `copylint-e2e-${process.pid}.vsix`);
    // No public repository: relative README links stay relative (see README, "Rule documentation links").
    const { pack } = require('@vscode/vsce/out/package') as {
      pack(o: { cwd: string; packagePath: string; dependencies: boolean; allowMissingRepository: boolean; rewriteRelativeLinks: boolean }): Promise<unknown>;
    };
    await pack({ cwd: ROOT, packagePath: vsix, dependencies: false, allowMissingRepository: true, rewriteRelativeLinks: false });
    const dirs = codeServerDirs();
    installExtension(dirs, vsix);
    server = await startCodeServer(dirs, workspace);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
  });

  async function openFromExplorer(name: string): Promise<void> {
    await until(`${name} in the Explorer`, async () => {
      await page.getByRole('treeitem', { name }).first().click({ timeout: 2000 });
      return page.locator('.tab.active', { hasText: name }).count();
    });
  }

  it('shows squiggles and Problems entries for a German file', async () => {
    await openFromExplorer('de.md');
    const squiggles = await until('squiggles', async () => {
      const n = await page.locator('.monaco-editor .squiggly-warning').count();
      return n >= 2 && n;
    });
    assert.ok(squiggles >= 2);
    await page.screenshot({ path: join(SHOTS, 'squiggles-de.png') });

    await page.keyboard.press('Control+Shift+M');
    const problems = await until('Problems view', async () => {
      const text = await page.locator('.markers-panel').innerText({ timeout: 2000 });
      return /push\/hype/.test(text) && /push\/hard-cta/.test(text) && text;
    });
    assert.match(problems, /Hype word “revolutionäre”/);
    assert.match(problems, /copylint/);
    await page.screenshot({ path: join(SHOTS, 'problems.png') });
  });

  it('applies a quick fix with Ctrl+. on an English file', async () => {
    await openFromExplorer('en.md');
    await until('squiggles in en.md', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 2);
    // Put the cursor into "game-changing" (line 1, column 6) with Go to Line.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('1:6');
    await page.keyboard.press('Enter');
    // Right after diagnostics appear the code-action provider can still return nothing: retry.
    await until('quick fix menu', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget').filter({ hasText: 'Remove “game-changing”' }).first();
      await menu.waitFor({ timeout: 2000 });
      return true;
    });
    await page.screenshot({ path: join(SHOTS, 'quick-fix.png') });
    await page.keyboard.press('Enter');
    const text = await until('fixed text', async () => {
      const t = (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
      return t.includes('The knife. Buy now!') && t;
    });
    assert.doesNotMatch(text, /game-changing/);
  });

  it('shows finding counts in the status bar', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Pol' }).first();
    const text = await until('status item', async () => {
      const t = await item.innerText({ timeout: 2000 });
      return /F 0 · P 1 · Pol 0/.test(t) && t;
    });
    assert.match(text, /F 0 · P 1 · Pol 0/);
    await item.hover();
    await until('status tooltip', async () => (await page.locator('.monaco-hover').innerText({ timeout: 2000 })).includes('tone'));
    await page.screenshot({ path: join(SHOTS, 'status.png') });
  });

  // The webview's page sits in two iframes: the workbench's host frame and, inside it, the page itself.
  const toneView = (): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const counts = (view: FrameLocator) =>
    view.locator('.tone-section').evaluateAll((els) => els.map((el) => [el.querySelector('h2')!.firstChild!.textContent!.trim(), ...[...el.querySelectorAll('.bar-row')].map((r) => Number(r.getAttribute('data-count')))]));

  /** Types into the open quick input and takes the row that shows `label` once it is listed. */
  async function pick(label: string): Promise<void> {
    await page.keyboard.type(label);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    await pick(title);
  }

  it('shows the tone profile from the command palette, reveals a finding from a bar, and updates as the writer types', async () => {
    await openFromExplorer('tone.md');
    await until('squiggles in tone.md', async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 2);
    await runCommand('copylint: Show Tone Profile');
    const view = toneView();
    const drawn = await until('the profile of tone.md', async () => {
      const c = await counts(view);
      return c.length === 2 && (c[0][2] as number) >= 2 && c;
    });
    assert.deepEqual(
      drawn.map((c) => c[0]),
      ['The knife', 'How it cuts'],
    );
    assert.deepEqual(drawn[1].slice(1), [0, 0, 0], 'the calm section has no bars');
    assert.match(await view.locator('.score').innerText(), /^Tone score \d+ of 100: sells hard in “The knife”, calm elsewhere\./);
    const push = view.locator('.tone-section').first().locator('.bar-row[data-family="push"] .bar-button');
    assert.match((await push.getAttribute('aria-label'))!, /^The knife, push: \d+ findings, [\d.]+ per 100 words$/);
    assert.ok((await push.locator('.bar').boundingBox())!.width > 0);

    // By keyboard: focus the bar, see its outline, and Enter selects the section's first push finding in the editor.
    await push.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    // Through the element: the tests are type-checked without the DOM library.
    assert.equal(await push.evaluate((b) => b === b.ownerDocument.activeElement && b.ownerDocument.defaultView!.getComputedStyle(b).outlineStyle), 'solid');
    await page.keyboard.press('Enter');
    const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
    await until('“revolutionary” selected', async () => /Ln 3, Col \d+ \(13 selected\)/.test(await selection.innerText({ timeout: 2000 })));
    // A click on the same bar goes on to its next finding, “world-class”.
    await push.click();
    await until('“world-class” selected', async () => /Ln 3, Col \d+ \(11 selected\)/.test(await selection.innerText({ timeout: 2000 })));

    // Typing a hype line under the calm heading: its push bar grows.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('6:1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The ultimate, game-changing edge. Order today!');
    await page.keyboard.press('Enter');
    const updated = await until('the profile after the edit', async () => {
      const c = await counts(view);
      return c.length === 2 && (c[1][2] as number) >= 2 && c;
    });
    assert.equal(updated[1][0], 'How it cuts');
    assert.match(await view.locator('.score').innerText(), /sells hard in “The knife”, “How it cuts”\./);
    assert.ok((await view.locator('.tone-section').nth(1).locator('.bar-row[data-family="push"] .bar').boundingBox())!.width > 0);
    // The editor area only, with the webview over it: the window's title and Explorer name the run's temporary folder.
    await page.mouse.move(600, 400);
    await page.locator('.part.editor').screenshot({ path: README_SHOT });

    // It follows the active editor, and a high-contrast theme.
    await openFromExplorer('de.md');
    await until('the profile of de.md', async () => (await counts(view))[0]?.[0] === 'Unser Messer');
    // The theme picker by its key binding: in the palette, "Browse Color Themes" (online) can rank first.
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+t');
    await page.locator('.quick-input-box input[placeholder*="Color Theme"]').waitFor({ timeout: 10_000 });
    await pick('Dark High Contrast');
    await until('the high-contrast theme in the webview', () => view.locator('body.vscode-high-contrast').count());
    // Polled: the view may redraw as the theme changes, and a replaced bar has no computed style.
    await until('bars in the text colour of high contrast', async () => {
      const [bar, text] = await view.locator('.bar-row[data-family="push"] .bar').first().evaluate((b) => [b.ownerDocument.defaultView!.getComputedStyle(b).backgroundColor, b.ownerDocument.defaultView!.getComputedStyle(b.ownerDocument.body).color]);
      return bar !== '' && bar === text;
    });
    await page.screenshot({ path: join(SHOTS, 'tone-profile-hc.png') });
  });
});
