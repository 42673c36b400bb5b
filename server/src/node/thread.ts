import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';

/** Marks the worker threads copylint starts (a bundle may be its own worker script). */
const WORKER_FLAG = 'copylintWorker';

/**
 * Items per message when an answer's long list comes back in parts: the receiving thread reads
 * each part between its other work (a structured clone of 60,000 findings at once held the
 * language server's thread for 315 ms).
 */
const PART_ITEMS = 2000;

/** A request to a worker thread (`id` set: it is answered) or a notice to it (no `id`). */
interface Envelope<T> {
  id?: number;
  body: T;
  /** Set instead of an answer when the request threw: the worker lives on. */
  error?: string;
  /** Items of the answer's long list, sent before the answer; the receiver acknowledges each part. */
  part?: unknown[];
  /** On an answer that came in parts: the field the parts fill ('' for the answer itself). */
  parted?: string;
  /** From the receiver: the part of request `ack` is read, send the next. */
  ack?: number;
}

/**
 * A worker thread that answers requests by id, in any order. Should it die, every request
 * waiting on it fails, and so does every later one (`alive` says so).
 */
export class Thread<Req, Res> {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  private readonly parts = new Map<number, unknown[]>();
  private nextId = 0;
  private failure?: Error;

  constructor(script: string) {
    this.worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    this.worker.on('message', ({ id, body, error, part, parted }: Envelope<Res>) => {
      if (part) {
        let list = this.parts.get(id!);
        if (!list) this.parts.set(id!, (list = []));
        for (const item of part) list.push(item);
        this.worker.postMessage({ ack: id, body: undefined } satisfies Envelope<undefined>);
        return;
      }
      const w = this.waiting.get(id!);
      this.waiting.delete(id!);
      if (parted !== undefined) {
        const list = this.parts.get(id!) ?? [];
        this.parts.delete(id!);
        body = (parted === '' ? list : { ...body, [parted]: list }) as Res;
      }
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

/**
 * The worker side of Thread: `handle` answers each request and takes each notice (its answer is
 * then dropped). `listIn` names an answer's field that may hold a long list ('' for the answer
 * itself): a list longer than PART_ITEMS goes in parts, each after the last one was read.
 */
export function serveRequests<Req, Res>(port: MessagePort, handle: (body: Req) => Res | Promise<Res>, listIn?: (body: Res) => string | undefined): void {
  const acks = new Map<number, () => void>();
  port.on('message', async ({ id, body, ack }: Envelope<Req>) => {
    if (ack !== undefined) return acks.get(ack)?.();
    let reply: Envelope<Res>;
    try {
      reply = { id, body: await handle(body) };
    } catch (err) {
      reply = { id, body: undefined as Res, error: (err as Error)?.stack ?? String(err) };
    }
    if (id === undefined) return;
    const field = reply.error === undefined ? listIn?.(reply.body) : undefined;
    const list = field === undefined ? undefined : field === '' ? reply.body : (reply.body as Record<string, unknown>)[field];
    if (Array.isArray(list) && list.length > PART_ITEMS) {
      for (let i = 0; i < list.length; i += PART_ITEMS) {
        const read = new Promise<void>((resolve) => acks.set(id, resolve));
        port.postMessage({ id, body: undefined, part: list.slice(i, i + PART_ITEMS) } satisfies Envelope<undefined>);
        await read;
      }
      acks.delete(id);
      reply = { id, body: (field === '' ? [] : { ...reply.body, [field!]: [] }) as Res, parted: field };
    }
    port.postMessage(reply);
  });
}
