import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { tempTree } from '../helpers/tmp';
import { codeServerDirs, installExtension, launchChromium, missingEditor, requireEditors, ROOT, startCodeServer, type RunningCodeServer } from './codeServer';

const SHOTS = join(ROOT, 'test-output', 'e2e');
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
  const workspace = tempTree({ 'de.md': '# Unser Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n', 'en.md': 'The game-changing knife. Buy now!\n' });

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
});
