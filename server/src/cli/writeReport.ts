import { closeSync, openSync, writeSync } from 'node:fs';

// Chunks are gathered to about this many characters per write: a write per finding was slow.
const BATCH = 1 << 16;

/** Where report text goes; a promise means "wait before writing more" (a full pipe). */
export type Write = (text: string) => void | Promise<void>;

/**
 * Writes a report as its chunks come, so that it never exists as one string (see Formatter),
 * and waits whenever the destination asks to.
 */
export async function writeReport(chunks: Iterable<string>, write: Write): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < BATCH) continue;
    await write(batch);
    batch = '';
  }
  if (batch) await write(batch);
}

/** Writes a report to a file, chunk by chunk; throws when the file cannot be written. */
export async function writeReportFile(path: string, chunks: Iterable<string>): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    await writeReport(chunks, (text) => {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    });
  } finally {
    closeSync(fd);
  }
}
