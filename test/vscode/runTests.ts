/**
 * Runs the extension-host suite with @vscode/test-electron: in the VS Code at $VSCODE_EXECUTABLE,
 * else in code-server through our shim (no Electron VS Code can be downloaded here), else in
 * a downloaded VS Code where there is internet.
 *   node --import tsx test/vscode/runTests.ts <built suite index> <workspace folder>
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { missingEditor, ROOT } from '../editors/codeServer';

async function main(): Promise<void> {
  const [suite, workspace] = process.argv.slice(2);
  if (!suite || !existsSync(suite) || !workspace) throw new Error('usage: runTests.ts <built suite index> <workspace folder>');
  const shim = join(ROOT, 'test', 'vscode', 'code-server-shim.js');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? (missingEditor() ? undefined : shim);
  await runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: resolve(suite),
    launchArgs: [resolve(workspace), '--disable-extensions'],
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
