import { SegmentContext } from './checks/context';
import { balanceStats, featureBalanceCheck, featureListCheck, specDumpCheck, specHeadlineCheck, type BalanceStats } from './checks/features';
import { exclamationDensityCheck, senderCentredCheck, shoutingCheck } from './checks/push';
import type { RawFinding, SegmentCheck } from './checks/report';
import { termsCheck } from './checks/terms';
import { parseDirectives, Suppressions } from './directives';
import { parseDocument } from './parse';
import { LineIndex } from './parse/lines';
import { isContiguous, toDocEnd, toDocStart, type Segment } from './parse/segment';
import type { Hit } from './match/termIndex';
import type { CompiledRule, RulePack } from './rules/compile';
import type { CheckType } from './rules/model';
import { detectLanguage } from './text/language';
import { tokenize, type Tokens } from './text/tokens';
import type { Finding, Fix, Lang, LintOptions, Severity } from './types';

const SEGMENT_CHECKS: Partial<Record<CheckType, SegmentCheck>> = {
  terms: termsCheck,
  'spec-dump': specDumpCheck,
  'feature-list': featureListCheck,
  'spec-headline': specHeadlineCheck,
  shouting: shoutingCheck,
  'exclamation-density': exclamationDensityCheck,
  'sender-centred': senderCentredCheck,
};

/** Rule id of problems with inline directives (missing reason, unknown rule). */
export const DIRECTIVE_RULE = 'copylint/directive';
const FALLBACK_LANG: Lang = 'en';

export interface LintResult {
  findings: Finding[];
  /** Language of each prose segment, for tone summaries. */
  languages: Lang[];
  /** Words of prose read, for densities and tone scores. */
  words: number;
  /** Rules that threw: they are reported here, and every other rule still ran. */
  failures: { ruleId: string; error: string }[];
  /** Set when the document was not linted (larger than `maxChars`). */
  skipped?: string;
}

function formatMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

interface Analysis {
  tokens: Tokens;
  detected?: Lang;
  hits: Partial<Record<Lang, Map<number, Hit[]>>>;
}

interface CachedFinding {
  rule: CompiledRule;
  severity: Exclude<Severity, 'off'>;
  raw: RawFinding;
}

/** What the rules found in one segment, and its share of page-level rules. */
interface SegmentWork {
  findings: CachedFinding[];
  balance: Map<CompiledRule, BalanceStats>;
}

/**
 * Work on a document's paragraphs, remembered between lints of the same document: an edit
 * re-analyses only the paragraphs whose text changed; the others reuse their tokens, term
 * hits and findings. Entries not used by the latest lint are dropped.
 */
export class SegmentMemo {
  private analyses = new Map<string, Analysis>();
  private findings = new Map<string, SegmentWork>();
  private nextAnalyses = new Map<string, Analysis>();
  private nextFindings = new Map<string, SegmentWork>();
  private optionsKey = '';

  begin(optionsKey: string): void {
    if (optionsKey !== this.optionsKey) {
      this.findings.clear();
      this.optionsKey = optionsKey;
    }
    this.nextAnalyses = new Map();
    this.nextFindings = new Map();
  }

  analysis(key: string, make: () => Analysis): Analysis {
    const a = this.analyses.get(key) ?? make();
    this.nextAnalyses.set(key, a);
    return a;
  }

  segmentWork(key: string, make: () => SegmentWork): SegmentWork {
    const f = this.findings.get(key) ?? make();
    this.nextFindings.set(key, f);
    return f;
  }

  end(): void {
    this.analyses = this.nextAnalyses;
    this.findings = this.nextFindings;
  }
}

/** The engine: document text in, findings with fixes out. Knows nothing of files, LSP or VS Code. */
export class Engine {
  constructor(readonly pack: RulePack) {}

  isKnownRule = (id: string): boolean => this.pack.byId.has(id);

  /** Lints a document; pass the document's `memo` to re-lint only what changed since the last call. */
  lint(text: string, options: LintOptions, memo?: SegmentMemo): LintResult {
    if (options.maxChars !== undefined && text.length > options.maxChars) {
      const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
      return { findings: [], languages: [], words: 0, failures: [], skipped: `not linted: ${mb(text.length)} is above the limit of ${mb(options.maxChars)}` };
    }
    const parsed = parseDocument(text, options.format);
    const lines = new LineIndex(text);
    const pinned = options.language && options.language !== 'auto' ? options.language : undefined;
    const active = this.pack.rules
      .map((rule) => ({ rule, severity: severityOf(rule, options.rules) }))
      .filter((r): r is { rule: CompiledRule; severity: Exclude<Severity, 'off'> } => r.severity !== 'off');
    memo?.begin(JSON.stringify([options.language, options.rules, options.ruleOptions]));

    const prepared = parsed.segments.map((seg) => {
      const key = memo ? `${seg.kind}\u0000${seg.text}` : '';
      const analyse = (): Analysis => {
        const tokens = tokenize(seg.text);
        return { tokens, detected: detectLanguage(seg.text, tokens, this.pack.language), hits: {} };
      };
      const analysis = memo ? memo.analysis(key, analyse) : analyse();
      return { seg, key, analysis, lang: pinned ?? analysis.detected };
    });
    const docLang = pinned ?? majorityLanguage(prepared) ?? FALLBACK_LANG;

    const findings: Finding[] = [];
    const failures = new Map<string, string>();
    const segments = prepared.map(({ seg, key, analysis, lang }) => {
      const l = lang ?? docLang;
      const index = this.pack.index[l];
      const hits = (analysis.hits[l] ??= index.match(analysis.tokens));
      const ctx = new SegmentContext(seg, analysis.tokens, l, index, hits);
      const runChecks = (): SegmentWork => {
        const out: CachedFinding[] = [];
        const balance = new Map<CompiledRule, BalanceStats>();
        for (const { rule, severity } of active) {
          if (!rule.spec.languages.includes(l)) continue;
          try {
            if (rule.spec.check === 'feature-balance') {
              balance.set(rule, balanceStats(rule, ctx, optionsOf(rule, options)));
              continue;
            }
            const check = SEGMENT_CHECKS[rule.spec.check];
            if (!check) continue;
            const own: CachedFinding[] = [];
            check(rule, ctx, optionsOf(rule, options), (raw) => own.push({ rule, severity, raw }));
            out.push(...own);
          } catch (err) {
            failures.set(rule.spec.id, (err as Error)?.message ?? String(err));
          }
        }
        return { findings: out, balance };
      };
      const work = memo ? memo.segmentWork(`${l}\u0000${key}`, runChecks) : runChecks();
      for (const c of work.findings) findings.push(this.toFinding(c.rule, c.severity, seg, l, c.raw));
      return { ctx, work };
    });

    for (const { rule, severity } of active) {
      if (rule.spec.check !== 'feature-balance') continue;
      const parts = segments.flatMap(({ ctx, work }) => {
        const stats = work.balance.get(rule);
        return stats ? [{ ctx, stats }] : [];
      });
      try {
        featureBalanceCheck(parts, optionsOf(rule, options), (ctx, raw) => findings.push(this.toFinding(rule, severity, ctx.seg, ctx.lang, raw)));
      } catch (err) {
        failures.set(rule.spec.id, (err as Error)?.message ?? String(err));
      }
    }
    const contexts = segments.map((s) => s.ctx);
    memo?.end();

    const { directives, problems } = parseDirectives(parsed.comments, this.isKnownRule);
    const suppress = new Suppressions(directives, lines, text);
    const allowed = options.allow?.length ? allowedSpans(contexts, options.allow) : [];
    // Most documents have neither directives nor allowed phrases: keep every finding without looking up lines.
    const kept = !directives.length && !allowed.length
      ? findings
      : findings.filter((f) => !suppress.suppresses(f.ruleId, f.start, lines.position(f.start).line) && !allowed.some(([a, b]) => f.start >= a && f.end <= b));
    for (const p of problems) kept.push({ ruleId: DIRECTIVE_RULE, severity: 'error', message: p.message, start: p.start, end: p.end });
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return {
      findings: kept,
      languages: contexts.map((c) => c.lang),
      words: contexts.reduce((n, c) => n + c.tokens.count, 0),
      failures: [...failures].map(([ruleId, error]) => ({ ruleId, error })),
    };
  }

  private toFinding(rule: CompiledRule, severity: Exclude<Severity, 'off'>, seg: Segment, lang: Lang, raw: RawFinding): Finding {
    const match = seg.text.slice(raw.start, raw.end);
    const finding: Finding = {
      ruleId: rule.spec.id,
      severity,
      message: formatMessage(rule.spec.message, { match, ...raw.vars }),
      start: toDocStart(seg, raw.start),
      end: toDocEnd(seg, raw.end),
      lang,
      match,
    };
    const fixes = raw.fixes?.flatMap((fix): Fix[] => {
      if (!fix.edits.every((e) => isContiguous(seg, e.start, e.end))) return [];
      return [{ description: fix.description, edits: fix.edits.map((e) => ({ start: toDocStart(seg, e.start), end: toDocEnd(seg, e.end), text: e.text })) }];
    });
    if (fixes?.length) finding.fixes = fixes;
    return finding;
  }
}

/** Document ranges of allowed phrases: case-insensitive, whole words, inside prose. */
function allowedSpans(contexts: SegmentContext[], allow: string[]): [number, number][] {
  const spans: [number, number][] = [];
  const phrases = allow.map((a) => a.toLowerCase());
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const ctx of contexts) {
    const lower = ctx.text.toLowerCase();
    for (const p of phrases) {
      for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
        if (isWord(lower[at - 1]) || isWord(lower[at + p.length])) continue;
        spans.push([toDocStart(ctx.seg, at), toDocEnd(ctx.seg, at + p.length)]);
      }
    }
  }
  return spans;
}

function severityOf(rule: CompiledRule, overrides: LintOptions['rules']): Severity {
  return overrides?.[rule.spec.id] ?? rule.spec.severity;
}

function optionsOf(rule: CompiledRule, options: LintOptions): Record<string, number> {
  const user = options.ruleOptions?.[rule.spec.id];
  return user ? { ...rule.spec.options, ...user } : rule.spec.options ?? {};
}

function majorityLanguage(segments: { seg: Segment; lang?: Lang }[]): Lang | undefined {
  let de = 0;
  let en = 0;
  for (const s of segments) {
    if (s.lang === 'de') de += s.seg.text.length;
    else if (s.lang === 'en') en += s.seg.text.length;
  }
  return de > en ? 'de' : en > de ? 'en' : undefined;
}
