/**
 * The language server's lint thread (dist/lintWorker.js, see LintPool): documents are linted
 * here, so the server's own thread answers hovers, code actions and shutdown however long one
 * paragraph takes. Each document's memo lives in the thread that lints it.
 */
import type { MessagePort } from 'node:worker_threads';
import type { LintResult } from '../core/engine';
import { fixUntilStable } from '../core/fix';
import { splitDocument } from '../core/parse/split';
import type { PartResult } from '../core/part';
import type { CustomTerm } from '../core/rules/custom';
import type { Finding, LintOptions } from '../core/types';
import { bundledEngine, engineFor } from '../node/engine';
import { serveRequests, workerPort } from '../node/thread';
import { MemoPool } from './memoPool';

// Documents are linted in parts of about this size: an edit re-reads only its part.
const PART_CHARS = 4 * 1024;
// A long document lets the thread take its other messages (a cancel, another document) after this much work.
const SLICE_MS = 25;
// Memo sizes (see DocumentMemo.size, about 25 bytes each): one document of up to about 4 MB
// keeps its memo, and the memos of a thread's other documents take about 250 MB at most (two
// threads: 500 MB).
const MEMO_PER_DOCUMENT = 12_000_000;
const MEMO_TOTAL = 10_000_000;

/** Text to lint with a config's options and custom terms. */
export interface LintJob {
  text: string;
  options: LintOptions;
  custom: CustomTerm[];
}

export type LintRequest =
  /** An open document's version, linted with its memo: a LintResult, or undefined once cancelled. */
  | ({ kind: 'lint'; uri: string; version: number } & LintJob)
  /** The text with all safe fixes applied. */
  | ({ kind: 'fix' } & LintJob)
  /** The findings of the text, no memo used. */
  | ({ kind: 'findings' } & LintJob)
  /** Notices: stop the document's running lint (a newer version waits); `forget` drops its memo too. */
  | { kind: 'cancel' | 'forget'; uri: string };

export type LintReply = LintResult | undefined | string | Finding[];

const memos = new MemoPool(MEMO_PER_DOCUMENT, MEMO_TOTAL);
/** The version of each document being linted; a lint whose version is no longer here stops. */
const linting = new Map<string, number>();
const memoPrefix = (uri: string) => `${uri}\u0000`;

/** Lints in parts, remembering each part's result; between slices of SLICE_MS a cancel can stop it. */
async function lintDocument({ uri, version, text, options, custom }: Extract<LintRequest, { kind: 'lint' }>): Promise<LintResult | undefined> {
  const engine = engineFor(custom);
  const skipped = engine.tooLarge(text, options);
  if (skipped) return skipped;
  linting.set(uri, version);
  // One memo per document and engine: unchanged paragraphs keep their findings while typing.
  const memoKey = `${memoPrefix(uri)}${custom.length ? JSON.stringify(custom) : ''}`;
  const memo = memos.use(memoKey);
  const cuts = splitDocument(text, options.format, PART_CHARS);
  engine.begin(options, memo);
  const parts: PartResult[] = [];
  let sliceStart = performance.now();
  for (const [i, start] of cuts.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      if (linting.get(uri) !== version) return undefined;
      sliceStart = performance.now();
    }
    parts.push(engine.lintPart(text.slice(start, cuts[i + 1] ?? text.length), start, options, memo));
  }
  const result = engine.finish(text, parts, options, memo);
  memos.trim(memoKey);
  if (linting.get(uri) === version) linting.delete(uri);
  return result;
}

function handle(req: LintRequest): LintReply | Promise<LintReply> {
  switch (req.kind) {
    case 'lint':
      return lintDocument(req);
    case 'fix': {
      const engine = engineFor(req.custom);
      return fixUntilStable(req.text, (t) => engine.lint(t, req.options).findings).text;
    }
    case 'findings':
      return engineFor(req.custom).lint(req.text, req.options).findings;
    case 'forget':
    case 'cancel':
      // A closed document's lint stops as well.
      if (req.kind === 'forget') memos.forget(memoPrefix(req.uri));
      linting.delete(req.uri);
      return undefined;
  }
}

const port: MessagePort | undefined = workerPort();
if (port) {
  // Compiled before the first document arrives, while the server starts.
  bundledEngine();
  // A lint's findings, or the findings themselves, may run to tens of thousands: they go in parts.
  serveRequests(port, handle, (reply) => (Array.isArray(reply) ? '' : reply && typeof reply === 'object' && 'findings' in reply ? 'findings' : undefined));
}
