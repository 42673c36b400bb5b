import type { LintResult } from '../core/engine';
import type { Finding } from '../core/types';
import { Thread } from '../node/thread';
import type { LintJob, LintReply, LintRequest } from './lintWorker';

type LintThread = Thread<LintRequest, LintReply>;

/**
 * Lints on worker threads (lintWorker.ts), so that no lint holds up the server's own thread.
 * A document stays on the thread that holds its memo while that thread is free; when it is busy
 * with another document (one long paragraph cannot be interrupted) the document moves to a free
 * one, started when needed, up to `size` threads. One lint per document runs at a time: a newer
 * version waits for it, replacing any version waiting before it, and asks the running one to stop.
 */
export class LintPool {
  private readonly threads: LintThread[] = [];
  /** The thread each document was last linted on. */
  private readonly home = new Map<string, LintThread>();
  private readonly running = new Set<string>();
  private readonly waiting = new Map<string, { job: LintJob & { version: number }; resolve: (r: Promise<LintResult | undefined>) => void }>();

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {
    // Started now, so its rules compile while the client initializes.
    this.threads.push(new Thread(script));
  }

  /** Lints a document's version with its memo; undefined when a newer version superseded it. */
  lint(uri: string, version: number, job: LintJob): Promise<LintResult | undefined> {
    if (!this.running.has(uri)) return this.start(uri, version, job);
    this.waiting.get(uri)?.resolve(Promise.resolve(undefined));
    this.home.get(uri)?.notify({ kind: 'cancel', uri });
    return new Promise((resolve) => this.waiting.set(uri, { job: { ...job, version }, resolve }));
  }

  /** The text with all safe fixes applied. */
  fix(job: LintJob): Promise<string> {
    return this.pick().request({ kind: 'fix', ...job }) as Promise<string>;
  }

  findings(job: LintJob): Promise<Finding[]> {
    return this.pick().request({ kind: 'findings', ...job }) as Promise<Finding[]>;
  }

  /** Drops a closed document's memo, and stops its lint. */
  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(Promise.resolve(undefined));
    this.waiting.delete(uri);
    this.home.get(uri)?.notify({ kind: 'forget', uri });
    this.home.delete(uri);
  }

  private async start(uri: string, version: number, job: LintJob): Promise<LintResult | undefined> {
    const home = this.home.get(uri);
    const thread = home?.alive && !home.pending ? home : this.pick();
    if (home && home !== thread) home.notify({ kind: 'forget', uri });
    this.home.set(uri, thread);
    this.running.add(uri);
    try {
      const result = (await thread.request({ kind: 'lint', uri, version, ...job })) as LintResult | undefined;
      // A document closed meanwhile keeps no result (a paragraph's lint cannot be stopped).
      return this.home.get(uri) === thread ? result : undefined;
    } finally {
      this.running.delete(uri);
      const next = this.waiting.get(uri);
      this.waiting.delete(uri);
      if (next) {
        const { version: nextVersion, ...nextJob } = next.job;
        next.resolve(this.start(uri, nextVersion, nextJob));
      }
    }
  }

  /** A free thread, else a new one while there are fewer than `size`, else the least busy. */
  private pick(): LintThread {
    for (let i = this.threads.length - 1; i >= 0; i--) if (!this.threads[i].alive) this.threads.splice(i, 1);
    const free = this.threads.find((t) => !t.pending);
    if (free) return free;
    if (this.threads.length < this.size) {
      const thread: LintThread = new Thread(this.script);
      this.threads.push(thread);
      return thread;
    }
    return this.threads.reduce((a, b) => (b.pending < a.pending ? b : a));
  }
}
