import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { SERVER } from '../../scripts/lspClient';
import { tempTree } from '../helpers/tmp';
import { requireEditors } from './codeServer';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
const why = requireEditors(available ? undefined : 'Neovim is not installed: run scripts/setup-editor-tests.sh (CI does)');

describe('Neovim as a real LSP client', { skip: why ?? false }, () => {
  it('shows diagnostics for German and English Markdown and applies a code action', () => {
    const dir = tempTree({ 'de.md': '# Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n', 'en.md': 'The game-changing knife. Buy now!\n' });
    const out = join(dir, 'result.json');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', resolve(__dirname, 'nvim-init.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, COPYLINT_NVIM_OUT: out, COPYLINT_SERVER: SERVER, COPYLINT_ROOT: dir },
    });
    assert.ok(existsSync(out), `nvim wrote no result (exit ${r.status}): ${r.stderr}${r.stdout}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.codes['de.md'], ['push/hard-cta', 'push/hype']);
    assert.deepEqual(report.codes['en.md'], ['push/hard-cta', 'push/hype']);
    assert.equal(report['shown_de.md'], 2);
    assert.ok(report.titles.includes('Disable push/hype for this line'));
    assert.equal(report.applied, 'Remove “game-changing”');
    assert.equal(report.text, 'The knife. Buy now!');
  });
});
