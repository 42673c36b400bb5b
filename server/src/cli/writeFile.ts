import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readAll } from '../node/files';

/** How a fixed file was written (see writeFixed). */
export type WriteMode = 'renamed' | 'in-place';

const ROOT = process.getuid?.() === 0;
// How long a replaced file is watched for late appends (see carryOver): a few milliseconds per fixed file.
const CARRY_PAUSE_MS = 5;

/**
 * Writes fixed text without losing the original, through a symbolic link to its target.
 * Refuses a file that changed since it was read or cannot be written. A file with one link that
 * this process may own is replaced atomically: a temp file beside it with the same mode (and, as
 * root, the same owner and group), checked once more against `original` just before the rename.
 * The old file stays open meanwhile, so what still reaches it after that check (an append by a
 * writer that opened it before the rename) is carried over to the end of the new one, and a
 * rewrite of it is put back and reported. A file with hard links, or owned by someone else, keeps
 * its inode: it is rewritten in place through one open descriptor, checked under that descriptor.
 * `beforeReplace` runs between the last check and the rename (tests write there).
 */
export function writeFixed(path: string, original: Buffer, content: string, beforeReplace?: () => void): WriteMode {
  // Through symbolic links: the link stays a link, and its target is fixed (as editors do).
  const target = realpathSync(path);
  const st = statSync(target);
  // Mode bits as well as access(): root may write anywhere, but a file marked read-only stays untouched.
  let writable = (st.mode & 0o222) !== 0;
  try {
    accessSync(target, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new Error('file is read-only; not fixed');
  const ownOwner = ROOT || st.uid === process.getuid?.();
  if (st.nlink > 1 || !ownOwner) {
    writeInPlace(target, original, content);
    return 'in-place';
  }
  const old = openSync(target, 'r');
  try {
    if (!unchanged(old, original)) throw changed();
    replace(target, st, old, original, content, beforeReplace);
    return 'renamed';
  } finally {
    closeSync(old);
  }
}

/** The rename path of writeFixed; `old` is the file's descriptor, open from the first check on. */
function replace(target: string, st: Stats, old: number, original: Buffer, content: string, beforeReplace?: () => void): void {
  const temp = join(dirname(target), `.${basename(target)}.copylint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    // A new file only (O_EXCL): never through something planted under the temp name. Written and
    // synced before the rename, so a crash leaves the old file or the whole new one. Appending
    // (O_APPEND), so what is carried over lands after what others append to the new file.
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND, st.mode);
    const bytes = Buffer.from(content, 'utf8');
    writeAll(fd, bytes);
    fsyncSync(fd);
    chmodSync(temp, st.mode);
    // Owner and group: root can keep both; an owner can keep the group it belongs to (a shared,
    // group-writable file must not lose it), else the file is rewritten in place instead.
    if (ROOT) chownSync(temp, st.uid, st.gid);
    else if (statSync(temp).gid !== st.gid) {
      try {
        chownSync(temp, -1, st.gid);
      } catch {
        closeSync(fd);
        fd = undefined;
        unlinkSync(temp);
        writeInPlace(target, original, content);
        return;
      }
    }
    // The path must still name the file checked, and that file still hold what was read.
    if (statSync(target).ino !== st.ino || !unchanged(old, original)) throw changed();
    beforeReplace?.();
    renameSync(temp, target);
    renamed = true;
    carryOver(target, old, original, fd, bytes);
  } catch (err) {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // the temp file was never created
      }
    }
    throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * After the rename: bytes appended to the old file after the last check, by writers that opened
 * it before the rename, are appended to the new one; once at once and once more after a pause of
 * CARRY_PAUSE_MS, for a writer between its open and its write. Should the old file's first bytes
 * no longer be `original` (it was rewritten meanwhile), that rewrite is what the file holds
 * again, and the fix is reported as not written.
 */
function carryOver(target: string, old: number, original: Buffer, fd: number, written: Buffer): void {
  const parts = [written];
  let copied = original.length;
  const copy = () => {
    for (let size = fstatSync(old).size; size > copied; copied = size, size = fstatSync(old).size) {
      const extra = readAll(old, size).subarray(copied);
      writeAll(fd, extra);
      parts.push(extra);
    }
  };
  copy();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, CARRY_PAUSE_MS);
  copy();
  if (parts.length > 1) fsyncSync(fd);
  if (unchanged(old, original, false)) return;
  writeInPlace(target, Buffer.concat(parts), readAll(old, fstatSync(old).size));
  throw changed();
}

/** Whether an open file holds `original` (with `whole`, nothing after it either). */
function unchanged(fd: number, original: Buffer, whole = true): boolean {
  const size = fstatSync(fd).size;
  if (whole ? size !== original.length : size < original.length) return false;
  return readAll(fd, original.length).equals(original);
}

function changed(): Error {
  return new Error('file changed since it was read; not fixed (run again)');
}

/** Writes all of `bytes` at offset `at`, or at the end of a file opened to append. */
function writeAll(fd: number, bytes: Buffer, at?: number): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, at === undefined ? null : at + written);
}

/**
 * Rewrites a file through one descriptor: its inode, links, owner and mode stay. Should the write
 * fail (a full disk), the original bytes are put back.
 */
function writeInPlace(path: string, original: Buffer, content: string | Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    if (!readAll(fd, fstatSync(fd).size).equals(original)) throw changed();
    // The new text first, then the length: never an empty file in between.
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    try {
      writeAll(fd, bytes, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (err) {
      writeAll(fd, original, 0);
      ftruncateSync(fd, original.length);
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}
