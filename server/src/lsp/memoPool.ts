import { DocumentMemo } from '../core/memo';

/**
 * The memos of open documents (see DocumentMemo), bounded: a memo costs about 25 bytes per
 * character of its size, and 2,000 open pages of 50 KB took the server past its heap. Kept in
 * order of use, the least recently used first (a Map iterates in insertion order).
 */
export class MemoPool {
  private readonly memos = new Map<string, DocumentMemo>();

  constructor(
    /** Largest size of one memo: a document that needs more is linted afresh each time. */
    private readonly perDocument: number,
    /** Largest size of all memos together. */
    private readonly total: number,
  ) {}

  /** The memo for `key`, now the most recently used. */
  use(key: string): DocumentMemo {
    const memo = this.memos.get(key) ?? new DocumentMemo();
    this.memos.delete(key);
    this.memos.set(key, memo);
    return memo;
  }

  /**
   * Call after a lint with the memo of `key`: drops it when it outgrew the bound per document,
   * then the least recently used others until all fit in the total.
   */
  trim(key: string): void {
    const memo = this.memos.get(key);
    if (memo && memo.size > this.perDocument) this.memos.delete(key);
    let size = 0;
    for (const m of this.memos.values()) size += m.size;
    for (const [k, m] of this.memos) {
      if (size <= this.total) break;
      if (k === key) continue;
      this.memos.delete(k);
      size -= m.size;
    }
  }

  /** Drops the memos whose keys start with `prefix` (a closed document's). */
  forget(prefix: string): void {
    for (const key of this.memos.keys()) if (key.startsWith(prefix)) this.memos.delete(key);
  }
}
