import { once } from 'node:events';
import { tuneCompiler } from '../node/compilerTuning';
import { runCli } from './main';
import { workerPort } from '../node/thread';
import { serveTasks } from './pool';

tuneCompiler();

/** Standard input as bytes: decoded, and refused when binary or not UTF-8, as a file's are (readText). */
function readStdin(): Promise<Buffer> {
  return new Promise((resolveBytes, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveBytes(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

const port = workerPort();
if (port) {
  // This bundle is also the worker script of the thread pool.
  serveTasks(port);
} else {
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    // A full pipe says so: the report waits for it to drain instead of filling the memory.
    stdout: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: !!process.stdout.isTTY,
    // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`copylint: internal error: ${(err as Error)?.stack ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
