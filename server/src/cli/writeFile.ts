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
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readAll } from '../node/files';

/** How a fixed file was written (see writeFixed). */
export type WriteMode = 'renamed' | 'in-place';

/**
 * Writes fixed text without losing the original, through a symbolic link to its target.
 * Refuses a file that changed since it was read or cannot be written. A file with one link that
 * this process may own is replaced atomically: a temp file beside it with the same mode (and, as
 * root, the same owner and group), checked once more against `original` just before the rename,
 * so an append in between is not lost. A file with hard links, or owned by someone else, keeps its
 * inode: it is rewritten in place through one open descriptor, checked under that descriptor.
 */
export function writeFixed(path: string, original: Buffer, content: string): WriteMode {
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
  if (!readFileSync(target).equals(original)) throw changed();
  const root = process.getuid?.() === 0;
  const ownOwner = root || st.uid === process.getuid?.();
  if (st.nlink > 1 || !ownOwner) {
    writeInPlace(target, original, content);
    return 'in-place';
  }
  const temp = join(dirname(target), `.${basename(target)}.copylint-${process.pid}-${Date.now()}.tmp`);
  try {
    // A new file only ('wx'): never through something planted under the temp name. Written and
    // synced before the rename, so a crash leaves the old file or the whole new one.
    const fd = openSync(temp, 'wx', st.mode);
    try {
      writeAll(fd, Buffer.from(content, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, st.mode);
    // Owner and group: root can keep both; an owner can keep the group it belongs to (a shared,
    // group-writable file must not lose it), else the file is rewritten in place instead.
    if (root) chownSync(temp, st.uid, st.gid);
    else if (statSync(temp).gid !== st.gid) {
      try {
        chownSync(temp, -1, st.gid);
      } catch {
        unlinkSync(temp);
        writeInPlace(target, original, content);
        return 'in-place';
      }
    }
    // The window between the first check and the rename, closed as far as a rename allows.
    if (!readFileSync(target).equals(original)) throw changed();
    renameSync(temp, target);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw err;
  }
  return 'renamed';
}

function changed(): Error {
  return new Error('file changed since it was read; not fixed (run again)');
}

function writeAll(fd: number, bytes: Buffer, at = 0): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, at + written);
}

/**
 * Rewrites a file through one descriptor: its inode, links, owner and mode stay. Should the write
 * fail (a full disk), the original bytes are put back.
 */
function writeInPlace(path: string, original: Buffer, content: string): void {
  const fd = openSync(path, 'r+');
  try {
    if (!readAll(fd, fstatSync(fd).size).equals(original)) throw changed();
    // The new text first, then the length: never an empty file in between.
    const bytes = Buffer.from(content, 'utf8');
    try {
      writeAll(fd, bytes);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (err) {
      writeAll(fd, original);
      ftruncateSync(fd, original.length);
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}
