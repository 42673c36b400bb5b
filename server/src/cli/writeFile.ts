import { chmodSync, constants, accessSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes fixed text without ever losing the original: refuses a file that changed since it
 * was read or cannot be written, writes a temp file beside it with the same mode, then renames.
 */
export function writeAtomically(path: string, original: Buffer, content: string): void {
  const mode = statSync(path).mode;
  // Mode bits as well as access(): root may write anywhere, but a file marked read-only stays untouched.
  let writable = (mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new Error('file is read-only; not fixed');
  const current = readFileSync(path);
  if (!current.equals(original)) throw new Error('file changed since it was read; not fixed (run again)');
  const temp = join(dirname(path), `.${basename(path)}.copylint-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content, { mode });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw err;
  }
}
