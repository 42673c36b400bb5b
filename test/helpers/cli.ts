import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
// A locale that is neither German nor English, whatever the machine's: messages then speak each paragraph's language.
const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LC_ALL: 'C.UTF-8' };

// Reports of generated large inputs are tens of megabytes (spawnSync's default cuts them at 1 MB).
const MAX_BUFFER = 256 * 1024 * 1024;

/** Runs the built CLI as a process, without colours. */
export function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', maxBuffer: MAX_BUFFER, env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the built CLI with bytes on standard input and returns standard output as bytes. */
export function runBytes(args: string[], input: Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string }; suggestions?: unknown[] }[];
  errorCount: number;
  warningCount: number;
}

export const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
