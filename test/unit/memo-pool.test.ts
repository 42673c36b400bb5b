import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentMemo } from '../../server/src/core/memo';
import { MemoPool } from '../../server/src/lsp/memoPool';
import { engine } from '../helpers/engine';

const PAGE = 'Das revolutionäre Messer. Jetzt kaufen!\n\nThe game-changing knife.\n';

/** Lints text with a memo, as the server does, and returns the memo's size afterwards. */
function lintWith(memo: DocumentMemo, text: string): number {
  engine.lint(text, { format: 'markdown' }, memo);
  return memo.size;
}

describe('memos of open documents are bounded (issue 12, item 18)', () => {
  it('sizes a memo by the text it keeps work for, and only what the latest lint used', () => {
    const memo = new DocumentMemo();
    const size = lintWith(memo, PAGE);
    // The part, and per segment its analysis and rule work.
    assert.ok(size >= PAGE.length * 2 && size <= PAGE.length * 4, String(size));
    assert.equal(lintWith(memo, PAGE), size);
    assert.ok(lintWith(memo, 'Ein Satz.\n') < size / 4, 'work the latest lint did not use is dropped');
  });

  it('drops the least recently used memos beyond the total, and a memo above the bound per document', () => {
    const size = lintWith(new DocumentMemo(), PAGE);
    const pool = new MemoPool(size * 3, size * 2.5);
    const lint = (key: string, text = PAGE) => {
      const memo = pool.use(key);
      lintWith(memo, text);
      pool.trim(key);
      return memo;
    };
    const a = lint('a');
    const b = lint('b');
    assert.equal(pool.use('a'), a, 'both fit');
    // a was used last, so c pushes out b.
    const c = lint('c');
    assert.equal(pool.use('a'), a);
    assert.equal(pool.use('c'), c);
    assert.notEqual(pool.use('b'), b, 'the least recently used memo was dropped');
    // A document whose memo outgrows the bound per document is linted without one next time.
    const big = lint('big', [1, 2, 3, 4].map((n) => `Das revolutionäre Messer ${n}. Jetzt kaufen!\n\nThe game-changing knife ${n}.\n`).join('\n'));
    assert.notEqual(pool.use('big'), big);
  });

  it('keeps the memos of many open documents within the total (unbounded, 2,000 pages of 50 KB come to about 7.5 GB of memos and the server ran out of memory after 1,012; scaled down)', () => {
    const page = Array.from({ length: 10 }, (_, i) => `Das revolutionäre Messer Nummer ${i}. Jetzt kaufen!`).join('\n\n');
    const pool = new MemoPool(100_000, 200_000);
    let largest = 0;
    const memos = new Set<DocumentMemo>();
    for (let d = 0; d < 500; d++) {
      const key = `file:///doc${d}.md`;
      const memo = pool.use(key);
      memos.add(memo);
      lintWith(memo, page);
      pool.trim(key);
      largest = Math.max(largest, memo.size);
    }
    // Of 500 memos made, those still in the pool fit in its total.
    let kept = 0;
    let total = 0;
    for (let d = 0; d < 500; d++) {
      const memo = pool.use(`file:///doc${d}.md`);
      if (!memos.has(memo)) continue;
      kept++;
      total += memo.size;
    }
    assert.ok(kept > 0 && total <= 200_000, `${kept} kept, ${total} in all`);
    assert.ok(kept < 500 && kept >= Math.floor(200_000 / largest) - 1, `${kept} kept of ${largest} each`);
  });
});
