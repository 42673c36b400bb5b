import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { tempTree } from '../helpers/tmp';
import { missingEditor, requireEditors, ROOT } from './codeServer';

const realVsCode = process.env.VSCODE_EXECUTABLE;
const missing = realVsCode ? undefined : requireEditors(missingEditor());

describe('extension-host suite (@vscode/test-electron runTests)', { skip: missing ?? false }, () => {
  it('passes in ' + (realVsCode ? 'VS Code' : 'code-server through the runTests shim'), { timeout: 10 * 60_000 }, async () => {
    const suite = join(ROOT, 'dist-test', 'vscode', 'index.js');
    await build({ entryPoints: [join(ROOT, 'test', 'vscode', 'suite.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], target: 'node20', logLevel: 'warning' });
    const workspace = tempTree({ 'de.md': '# Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n', 'en.md': 'The game-changing knife. Buy now!\n' });
    // A separate process, so runTests' own exit handling cannot end this test run.
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, '..', 'vscode', 'runTests.ts'), suite, workspace], { encoding: 'utf8', timeout: 9 * 60_000, cwd: ROOT });
    const output = `${r.stdout}\n${r.stderr}`;
    assert.equal(r.status, 0, output);
    // The suite really ran: mocha's summary with six passing tests.
    assert.match(output, /6 passing/, output);
  });
});
