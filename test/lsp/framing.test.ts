import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { SERVER } from '../../scripts/lspClient';

const BODY = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}';

/** Starts the server on stdio, writes `bytes`, and resolves to its exit code, or 'hung' after 5 s. */
function exitCodeAfter(bytes: string): Promise<number | null | 'hung'> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  proc.stdout.resume();
  proc.stderr.resume();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      proc.kill();
      done('hung');
    }, 5000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
    proc.stdin.write(bytes);
  });
}

describe('language server on stdio with a broken frame (issue 12, item 21)', () => {
  const cases: [string, string][] = [
    ['no Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${BODY}`],
    ['a Content-Length that is not a number', `Content-Length: abc\r\n\r\n${BODY}`],
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n${BODY}`],
    ['a Content-Length shorter than the body', `Content-Length: 10\r\n\r\n${BODY}`],
  ];
  for (const [name, bytes] of cases) {
    it(`exits non-zero, so that the client restarts it: ${name}`, async () => {
      assert.equal(await exitCodeAfter(bytes), 1);
    });
  }
});
