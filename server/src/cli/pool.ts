import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runTask, type FileOutcome, type FileTask } from './task';

/** Marks the worker threads started from the CLI bundle. */
export const WORKER_FLAG = 'copylintWorker';
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
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(workerScript, { workerData: { [WORKER_FLAG]: true } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolveWorker();
              const first = next;
              next = Math.min(tasks.length, next + BATCH);
              worker.postMessage({ first, tasks: tasks.slice(first, next) });
            };
            worker.on('message', (msg: { first: number; outcomes: FileOutcome[] }) => {
              msg.outcomes.forEach((o, k) => (results[msg.first + k] = o));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** The worker side: lint each task it is sent. */
export function serveTasks(port: import('node:worker_threads').MessagePort): void {
  port.on('message', ({ first, tasks }: { first: number; tasks: FileTask[] }) => port.postMessage({ first, outcomes: tasks.map(runTask) }));
}
