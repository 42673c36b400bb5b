import type { PartResult } from './part';
import type { RawFinding } from './checks/report';
import type { PageStats } from './checks/report';
import type { Hit } from './match/termIndex';
import type { CompiledRule } from './rules/compile';
import type { Tokens } from './text/tokens';
import type { Lang, Severity } from './types';

/** A segment's tokens, detected language and term hits per language. */
export interface Analysis {
  tokens: Tokens;
  detected?: Lang;
  hits: Partial<Record<Lang, Map<number, Hit[]>>>;
}

export interface CachedFinding {
  rule: CompiledRule;
  severity: Exclude<Severity, 'off'>;
  raw: RawFinding;
}

/** What the rules found in one segment, and its share of page-level rules. */
export interface SegmentWork {
  findings: CachedFinding[];
  page: [CompiledRule, PageStats][];
}

/** One generation of cached work: what the latest lint used, keyed by text. */
class Generation<T> {
  /** Characters of the keys in `current`: the text whose work is kept, which its memory follows. */
  chars = 0;

  constructor(
    private previous = new Map<string, T>(),
    private current = new Map<string, T>(),
  ) {}

  get(key: string, make: () => T): T {
    const kept = this.current.get(key);
    if (kept !== undefined) return kept;
    const value = this.previous.get(key) ?? make();
    this.add(key, value);
    return value;
  }

  /** Carries an entry of the previous lint into this one without using it. */
  keep(key: string): void {
    const value = this.previous.get(key);
    if (value !== undefined && !this.current.has(key)) this.add(key, value);
  }

  private add(key: string, value: T): void {
    this.current.set(key, value);
    this.chars += key.length;
  }

  /** Starts a lint: entries the last lint did not use are dropped when it ends. */
  start(clear: boolean): void {
    if (clear) this.previous.clear();
    this.current = new Map();
    this.chars = 0;
  }

  end(): void {
    this.previous = this.current;
  }
}

/**
 * Work on one document, remembered between lints of it: an edit re-reads only the parts
 * (see splitDocument) whose text changed, and inside those only the paragraphs whose text
 * changed; the rest reuse their tokens, term hits and findings. Entries the latest lint did
 * not use are dropped.
 */
export class DocumentMemo {
  private readonly analyses = new Generation<Analysis>();
  private readonly works = new Generation<SegmentWork>();
  private readonly parts = new Generation<{ result: PartResult; analyses: string[]; works: string[] }>();
  private optionsKey = '';
  /** Segment keys used while a part is read, so the part's segments outlive lints that reuse the part. */
  private used?: { analyses: string[]; works: string[] };

  /** Starts a lint; work done under other options is dropped. */
  begin(optionsKey: string): void {
    const changed = optionsKey !== this.optionsKey;
    this.optionsKey = optionsKey;
    this.analyses.start(false);
    this.works.start(changed);
    this.parts.start(changed);
  }

  analysis(key: string, make: () => Analysis): Analysis {
    this.used?.analyses.push(key);
    return this.analyses.get(key, make);
  }

  segmentWork(key: string, make: () => SegmentWork): SegmentWork {
    this.used?.works.push(key);
    return this.works.get(key, make);
  }

  /** The result of a part read from `source` at offset 0. */
  part(source: string, read: () => PartResult): PartResult {
    let made = false;
    const entry = this.parts.get(source, () => {
      made = true;
      this.used = { analyses: [], works: [] };
      try {
        return { result: read(), ...this.used };
      } finally {
        this.used = undefined;
      }
    });
    if (!made) {
      for (const key of entry.analyses) this.analyses.keep(key);
      for (const key of entry.works) this.works.keep(key);
    }
    return entry.result;
  }

  end(): void {
    this.analyses.end();
    this.works.end();
    this.parts.end();
  }

  /**
   * Characters of text whose work is kept (about three times the document's length: its
   * parts, its segments and their rule work); about 25 bytes of memory each (3.8 MB for a
   * 47,000-character page, size 154,000). Counts the latest lint, whose entries are those kept.
   */
  get size(): number {
    return this.analyses.chars + this.works.chars + this.parts.chars;
  }
}
