import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

/** Marks the worker threads copylint starts (a bundle may be its own worker script). */
const WORKER_FLAG = 'copylintWorker';

/** A request to a worker thread (`id` set: it is answered) or a notice to it (no `id`). */
interface Envelope<T> {
  id?: number;
  body: T;
  /** Set instead of an answer when the request threw: the worker lives on. */
  error?: string;
}

/**
 * A worker thread that answers requests by id, in any order. Should it die, every request
 * waiting on it fails, and so does every later one (`alive` says so).
 */
export class Thread<Req, Res> {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure?: Error;

  constructor(script: string) {
    this.worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    this.worker.on('message', ({ id, body, error }: Envelope<Res>) => {
      const w = this.waiting.get(id!);
      this.waiting.delete(id!);
      if (error !== undefined) w?.reject(new Error(error));
      else w?.resolve(body);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`worker stopped with exit code ${code}`)));
  }

  get alive(): boolean {
    return !this.failure;
  }

  /** Requests not answered yet. */
  get pending(): number {
    return this.waiting.size;
  }

  request(body: Req): Promise<Res> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Res>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, body } satisfies Envelope<Req>);
    });
  }

  /** A message the worker does not answer. */
  notify(body: Req): void {
    if (!this.failure) this.worker.postMessage({ body } satisfies Envelope<Req>);
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }
}

/** In a worker thread copylint started, its port to the main thread. */
export function workerPort(): MessagePort | undefined {
  return !isMainThread && workerData?.[WORKER_FLAG] ? (parentPort ?? undefined) : undefined;
}

/** The worker side of Thread: `handle` answers each request and takes each notice (its answer is then dropped). */
export function serveRequests<Req, Res>(port: MessagePort, handle: (body: Req) => Res | Promise<Res>): void {
  port.on('message', async ({ id, body }: Envelope<Req>) => {
    let reply: Envelope<Res>;
    try {
      reply = { id, body: await handle(body) };
    } catch (err) {
      reply = { id, body: undefined as Res, error: (err as Error)?.stack ?? String(err) };
    }
    if (id !== undefined) port.postMessage(reply);
  });
}
