import { SegmentContext } from './checks/context';
import { featureBalanceCheck, featureListCheck, specDumpCheck, specHeadlineCheck } from './checks/features';
import { exclamationDensityCheck, senderCentredCheck, shoutingCheck } from './checks/push';
import type { RawFinding, SegmentCheck } from './checks/report';
import { termsCheck } from './checks/terms';
import { parseDirectives, Suppressions } from './directives';
import { parseDocument } from './parse';
import { LineIndex } from './parse/lines';
import { isContiguous, toDocEnd, toDocStart, type Segment } from './parse/segment';
import type { CompiledRule, RulePack } from './rules/compile';
import type { CheckType } from './rules/model';
import { detectLanguage } from './text/language';
import { tokenize } from './text/tokens';
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
}

function formatMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** The engine: document text in, findings with fixes out. Knows nothing of files, LSP or VS Code. */
export class Engine {
  constructor(readonly pack: RulePack) {}

  isKnownRule = (id: string): boolean => this.pack.byId.has(id);

  lint(text: string, options: LintOptions): LintResult {
    const parsed = parseDocument(text, options.format);
    const lines = new LineIndex(text);
    const pinned = options.language && options.language !== 'auto' ? options.language : undefined;

    const prepared = parsed.segments.map((seg) => {
      const tokens = tokenize(seg.text);
      return { seg, tokens, lang: pinned ?? detectLanguage(seg.text, tokens, this.pack.language) };
    });
    const docLang = pinned ?? majorityLanguage(prepared) ?? FALLBACK_LANG;

    const active = this.pack.rules
      .map((rule) => ({ rule, severity: severityOf(rule, options.rules) }))
      .filter((r): r is { rule: CompiledRule; severity: Exclude<Severity, 'off'> } => r.severity !== 'off');

    const findings: Finding[] = [];
    const emit = (rule: CompiledRule, severity: Exclude<Severity, 'off'>, ctx: SegmentContext, raw: RawFinding) => {
      findings.push(this.toFinding(rule, severity, ctx.seg, ctx.lang, raw));
    };

    const contexts = prepared.map(({ seg, tokens, lang }) => {
      const l = lang ?? docLang;
      const index = this.pack.index[l];
      const ctx = new SegmentContext(seg, tokens, l, index, index.match(tokens));
      for (const { rule, severity } of active) {
        const check = SEGMENT_CHECKS[rule.spec.check];
        if (!check || !rule.spec.languages.includes(l)) continue;
        check(rule, ctx, optionsOf(rule, options), (raw) => emit(rule, severity, ctx, raw));
      }
      return ctx;
    });

    for (const { rule, severity } of active) {
      if (rule.spec.check !== 'feature-balance') continue;
      const inLang = contexts.filter((c) => rule.spec.languages.includes(c.lang));
      featureBalanceCheck(rule, inLang, optionsOf(rule, options), (ctx, raw) => emit(rule, severity, ctx, raw));
    }

    const { directives, problems } = parseDirectives(parsed.comments, this.isKnownRule);
    const suppress = new Suppressions(directives, lines, text);
    const allowed = options.allow?.length ? allowedSpans(contexts, options.allow) : [];
    const kept = findings.filter(
      (f) => !suppress.suppresses(f.ruleId, f.start, lines.position(f.start).line) && !allowed.some(([a, b]) => f.start >= a && f.end <= b),
    );
    for (const p of problems) kept.push({ ruleId: DIRECTIVE_RULE, severity: 'error', message: p.message, start: p.start, end: p.end });
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { findings: kept, languages: contexts.map((c) => c.lang), words: contexts.reduce((n, c) => n + c.tokens.count, 0) };
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
