import { availableParallelism } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { serveRequests, Thread } from '../node/thread';
import { runTask, type FileOutcome, type FileTask } from './task';

// Below this much text, starting workers (each compiles the rules) costs more than it saves.
const PARALLEL_MIN_BYTES = 256 * 1024;
const PARALLEL_MIN_FILES = 8;
// Files per message: fewer round trips between threads, while batches stay small enough to balance.
const BATCH = 8;

/** Picks the thread count: --concurrency when given, else one per core for large enough inputs. */
export function chooseThreads(requested: number | undefined, files: number, bytes: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < PARALLEL_MIN_FILES || bytes < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), files));
}

/**
 * Runs tasks on `threads` worker threads (the bundle itself is the worker script) and returns
 * the outcomes in task order, so the output is identical to a serial run.
 */
export async function runTasks(tasks: FileTask[], threads: number, workerScript: string): Promise<FileOutcome[]> {
  if (threads <= 1 || tasks.length <= 1) return tasks.map(runTask);
  const results: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Thread<FileTask[], FileOutcome[]>(workerScript));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < tasks.length) {
          const first = next;
          next = Math.min(tasks.length, next + BATCH);
          (await worker.request(tasks.slice(first, next))).forEach((o, k) => (results[first + k] = o));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** The worker side: lint each task it is sent. */
export function serveTasks(port: MessagePort): void {
  serveRequests(port, (tasks: FileTask[]) => tasks.map(runTask));
}
