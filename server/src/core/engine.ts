import { addSignals, classifyVoice, noSignals, paragraphVoice, settledVoice, VOICES, type Voice, type VoiceScope } from './analysis/voice';
import { SegmentContext } from './checks/context';
import { featureBalanceCheck, featureListCheck, specDumpCheck, specHeadlineCheck } from './checks/features';
import { exclamationDensityCheck, senderCentredCheck, shoutingCheck } from './checks/push';
import type { DocumentCheck, RawFinding, SegmentCheck } from './checks/report';
import { termsCheck } from './checks/terms';
import { groupSubjectCheck } from './checks/polarize';
import { sentenceModelCheck } from './checks/sentenceModel';
import { languageOverrides, parseDirectives } from './directives';
import { Suppressions, type DirectiveUse } from './suppressions';
import { parseDocument } from './parse';
import { LineIndex } from './parse/lines';
import { dropDeferred } from './defer';
import { isContiguous, toDocEnd, toDocStart, type Segment } from './parse/segment';
import type { CompiledRule, RulePack } from './rules/compile';
import { formatMessage } from './rules/messages';
import type { CheckType, EngineText } from './rules/model';
import { tokenize, wordCharAt, wordCharBefore } from './text/tokens';
import type { Analysis, CachedFinding, DocumentMemo, SegmentWork } from './memo';
import { emptyPart, shiftPart, type PartResult } from './part';
import type { DocFormat, Finding, Fix, Lang, LintOptions, Severity } from './types';

const SEGMENT_CHECKS: Partial<Record<CheckType, SegmentCheck>> = {
  terms: termsCheck,
  'spec-dump': specDumpCheck,
  'feature-list': featureListCheck,
  'spec-headline': specHeadlineCheck,
  shouting: shoutingCheck,
  'exclamation-density': exclamationDensityCheck,
  'sender-centred': senderCentredCheck,
  'group-subject': groupSubjectCheck,
  'sentence-model': sentenceModelCheck,
};

/** Checks that judge the whole document from what each segment contributes. */
const DOCUMENT_CHECKS: Partial<Record<CheckType, DocumentCheck>> = {
  'feature-balance': featureBalanceCheck as DocumentCheck,
};

/** Rule id of places where parsing stopped, so the rest of the document was not linted. */
export const PARSE_RULE = 'copylint/parse';
/** Rule id of problems with inline directives (missing reason, unknown rule). */
export const DIRECTIVE_RULE = 'copylint/directive';
/** Rule id of disable directives that suppress nothing (with `reportUnusedDirectives`). */
export const UNUSED_DIRECTIVE_RULE = 'copylint/unused-disable';
/** The engine's own findings and their severity: no rule a writer can configure or disable (what each means is in rules/engine.yaml). */
export const ENGINE_RULES: ReadonlyMap<string, 'warning' | 'error'> = new Map([
  [DIRECTIVE_RULE, 'error'],
  [PARSE_RULE, 'error'],
  [UNUSED_DIRECTIVE_RULE, 'warning'],
]);
const FALLBACK_LANG: Lang = 'en';

export interface LintResult {
  findings: Finding[];
  /** Language of each prose segment, for tone summaries. */
  languages: Lang[];
  /** The document's main language (pinned, or the one most of its prose is in); absent when it was not linted. */
  language?: Lang;
  /** Words of prose read, for densities and tone scores. */
  words: number;
  /** Rules that threw: they are reported here, and every other rule still ran. */
  failures: { ruleId: string; error: string }[];
  /** The document's inline directives, with how many findings each suppressed. */
  directives: DirectiveUse[];
  /** Set when the document was not linted (larger than `maxChars`). */
  skipped?: string;
}

/** A rule that is on, with its severity and options resolved once per lint. */
type ActiveRule = { rule: CompiledRule; severity: Exclude<Severity, 'off'>; options: Record<string, number> };

interface ResolvedOptions {
  /** The rules that are on, per language. */
  active: Record<Lang, ActiveRule[]>;
  /** Of those, the ones that may apply, by a paragraph's voice in each scope where it is known (settled, or in a known document voice), made on first use. */
  inVoice: Record<Lang, Map<number, ActiveRule[]>>;
  /** The voice every paragraph is read in, when the options pin one. */
  voice?: Voice;
  /** The language every segment is linted in, when the options pin one. */
  pinned?: Lang;
  /** Allowed phrases, lowercased. */
  allow: string[];
  /** The language of every message, when the options pin one; else each paragraph's own. */
  messages?: Lang;
}

/** The engine: document text in, findings with fixes out. Knows nothing of files, LSP or VS Code. */
// The voices a paragraph's voice can settle on in a scope, undefined while open (see rulesIn).
const VOICE_KEYS: readonly (Voice | undefined)[] = [...VOICES, 'unknown', undefined];

// Longest document read whole before its rules run (see lint).
const SETTLE_MAX_CHARS = 2_000_000;

export class Engine {
  constructor(readonly pack: RulePack) {}

  isKnownRule = (id: string): boolean => this.pack.byId.has(id);

  /** A message of copylint's own in `lang`. */
  engineMessage({ text, vars = {} }: EngineText, lang: Lang): string {
    return formatMessage(this.pack.engineTexts.messages[text][lang], vars);
  }
  private readonly resolvedOptions = new WeakMap<LintOptions, ResolvedOptions>();

  /** Lints a document; pass the document's `memo` to re-lint only what changed since the last call. */
  lint(text: string, options: LintOptions, memo?: DocumentMemo): LintResult {
    const skipped = this.tooLarge(text, options);
    if (skipped) return skipped;
    this.begin(options, memo);
    // Read whole and without a memo (the CLI), the document's voice is known before any rule runs:
    // a rule that cannot apply in a paragraph's voice is skipped (see readPart). A memo keeps each
    // paragraph's work for other versions of the document, whose voice may differ. Above
    // SETTLE_MAX_CHARS every paragraph's tokens held at once would cost more memory than the
    // skipped rules save time (a 5 MB file: 338 MB against 182 MB).
    const settle = !memo && text.length <= SETTLE_MAX_CHARS;
    return this.finish(text, [settle ? this.readPart(text, options, undefined, true) : this.lintPart(text, 0, options, memo)], options, memo);
  }

  /** The result for a document above `maxChars`, or undefined when it may be linted. */
  tooLarge(text: string, options: LintOptions): LintResult | undefined {
    if (options.maxChars === undefined || text.length <= options.maxChars) return undefined;
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    const skipped = this.engineMessage({ text: 'tooLarge', vars: { size: mb(text.length), limit: mb(options.maxChars) } }, this.resolved(options).messages ?? FALLBACK_LANG);
    return { findings: [], languages: [], words: 0, failures: [], directives: [], skipped };
  }

  /** Starts a lint in parts: call before the first lintPart() when a memo is used. */
  begin(options: LintOptions, memo?: DocumentMemo): void {
    memo?.begin(JSON.stringify([options.format, options.language, options.voice, options.rules, options.ruleOptions, options.allow, options.messageLanguage]));
  }

  /**
   * Lints one part of a document: `source` is the part's text (see splitDocument), which
   * starts at `offset` in the document. Segments whose language is unknown wait for finish().
   * With a memo, a part whose text is unchanged since the last lint is not read again.
   */
  lintPart(source: string, offset: number, options: LintOptions, memo?: DocumentMemo): PartResult {
    // Read in the part's own offsets, then moved: one way for a part read now and one remembered.
    const part = memo ? memo.part(source, () => this.readPart(source, options, memo)) : this.readPart(source, options);
    return shiftPart(part, offset);
  }

  /**
   * Reads a part; with `settle`, the part is the whole document, and each paragraph of known
   * language is linted with the rules of its voice in it (those of unknown language wait for
   * finish(), as in any part).
   */
  private readPart(source: string, options: LintOptions, memo?: DocumentMemo, settle = false): PartResult {
    const parsed = parseDocument(source, options.format);
    const part = emptyPart();
    part.comments = parsed.comments;
    part.problems = parsed.problems ?? [];
    const resolved = this.resolved(options);
    const failures = new Map<string, string>();
    // A `copylint-language` directive sets the language of the next segment: the writer's word
    // beats both detection and the config, as an inline directive beats the config elsewhere.
    const overrides = languageOverrides(parsed.comments);
    let next = 0;
    const read: [Segment, Analysis, Lang, SegmentContext?][] = [];
    for (const seg of parsed.segments) {
      let forced: Lang | undefined;
      for (const start = toDocStart(seg, 0); next < overrides.length && overrides[next].end <= start; next++) forced = overrides[next].lang;
      const analysis = this.analysisOf(seg, memo);
      const lang = forced ?? resolved.pinned ?? analysis.detected;
      part.languages.push(lang ?? null);
      if (!lang) {
        part.pending.push(seg);
        continue;
      }
      part.detected[lang] += seg.text.length;
      if (settle && !resolved.voice) read.push([seg, analysis, lang]);
      else this.lintSegment(seg, analysis, lang, resolved, memo, part, failures);
    }
    if (read.length) {
      const docVoice = this.documentVoice(read, part, resolved);
      for (const [seg, analysis, lang, ctx] of read) this.lintSegment(seg, analysis, lang, resolved, undefined, part, failures, docVoice, ctx);
    }
    part.failures = [...failures];
    return part;
  }

  /** The voice of a document read whole, as finish() will find it: its paragraphs' evidence, those of unknown language read in the document's. */
  private documentVoice(read: [Segment, Analysis, Lang, SegmentContext?][], part: PartResult, resolved: ResolvedOptions): Voice {
    const signals = noSignals();
    // Each paragraph's context is kept for its lint: its voice evidence is then read once.
    for (const entry of read) addSignals(signals, (entry[3] = this.contextOf(entry[0], entry[1], entry[2])).analysis.voiceSignals());
    const docLang = this.documentLanguage([part], resolved);
    for (const seg of part.pending) addSignals(signals, this.contextOf(seg, this.analyse(seg), docLang).analysis.voiceSignals());
    return classifyVoice(signals, this.pack.analysis.voiceMin);
  }

  /**
   * The segments of a document as the checks read them, in the language detected for each (else
   * `fallback`), without running a rule: for tools that study labeled copy (scripts/train-model.ts
   * fits a sentence model on them).
   */
  contexts(text: string, format: DocFormat, fallback: Lang): SegmentContext[] {
    return parseDocument(text, format).segments.map((seg) => {
      const analysis = this.analyse(seg);
      return this.contextOf(seg, analysis, analysis.detected ?? fallback);
    });
  }

  /** A segment's context in `lang`, its term hits found once per language. */
  private contextOf(seg: Segment, analysis: Analysis, lang: Lang): SegmentContext {
    const index = this.pack.index[lang];
    const hits = (analysis.hits[lang] ??= index.match(analysis.tokens));
    return new SegmentContext(seg, analysis.tokens, lang, index, hits, this.pack.analysis);
  }

  /** The document's language: pinned, or the one of most of its prose. */
  private documentLanguage(parts: PartResult[], resolved: ResolvedOptions): Lang {
    let de = 0;
    let en = 0;
    for (const p of parts) {
      de += p.detected.de;
      en += p.detected.en;
    }
    return resolved.pinned ?? (de > en ? 'de' : en > de ? 'en' : FALLBACK_LANG);
  }

  /** Joins the parts of a document: page-level rules, directives, allowed phrases, order. */
  finish(text: string, parts: PartResult[], options: LintOptions, memo?: DocumentMemo): LintResult {
    const resolved = this.resolved(options);
    const docLang = this.documentLanguage(parts, resolved);
    const failures = new Map<string, string>();
    const pending = emptyPart();
    for (const p of parts) for (const seg of p.pending) this.lintSegment(seg, this.analysisOf(seg, memo), docLang, resolved, memo, pending, failures);
    memo?.end();

    const all = [...parts, pending];
    // Each rule reads a paragraph's voice in its scope (see paragraphVoice): its own where clear,
    // or where strong enough against the document's; else the document's.
    const docSignals = noSignals();
    for (const p of all) for (const v of p.voices) addSignals(docSignals, v);
    const min = this.pack.analysis.voiceMin;
    const pinned = resolved.voice;
    const docVoice = pinned ?? classifyVoice(docSignals, min);
    const override = this.pack.analysis.voiceOverride;
    const voicesIn = (scope: VoiceScope) => all.map((p) => p.voices.map((v): Voice => pinned ?? paragraphVoice(v, docVoice, scope, min, override)));
    const voicesOf = { paragraph: voicesIn('paragraph'), document: voicesIn('document') };
    const specOf = (ruleId: string) => this.pack.byId.get(ruleId)?.spec;
    const voiceAt = (ruleId: string, k: number, i: number) => voicesOf[specOf(ruleId)?.voiceScope ?? 'paragraph'][k][i];
    const inVoice = (ruleId: string, k: number, i: number) => specOf(ruleId)?.voices?.includes(voiceAt(ruleId, k, i)) ?? true;
    const findings: Finding[] = [];
    all.forEach((p, k) => p.findings.forEach((f, i) => {
      const voice = voiceAt(f.ruleId, k, p.findingVoice[i]);
      const voices = specOf(f.ruleId)?.voices;
      if (!voices) findings.push(f);
      // Said where the voice decided: the hover explains a finding of a rule that depends on it.
      else if (voices.includes(voice)) findings.push({ ...f, voice });
    }));
    if (findings.some((f) => specOf(f.ruleId)?.defer)) dropDeferred(findings, specOf);
    for (const p of all) for (const [ruleId, error] of p.failures) failures.set(ruleId, error);
    const page = all
      .flatMap((p, k) => p.page.filter((b) => inVoice(b.ruleId, k, b.voice)))
      .sort((a, b) => (a.first?.start ?? Infinity) - (b.first?.start ?? Infinity));
    for (const rule of this.pack.rules) {
      const severity = severityOf(rule, options.rules);
      const check = DOCUMENT_CHECKS[rule.spec.check];
      if (!check || severity === 'off') continue;
      const entries = page.filter((b) => b.ruleId === rule.spec.id);
      const first = entries.find((b) => b.first)?.first;
      try {
        const totals = check.judge(entries.map((b) => b.stats), optionsOf(rule, options));
        // A page's finding speaks the page's language, not that of its first statement (a table row
        // of two words, „Ort | Stadthalle“, may read as English).
        if (totals && first) findings.push({ ruleId: rule.spec.id, severity, message: formatMessage(rule.spec.message[resolved.messages ?? docLang], { match: first.match, ...totals }), start: first.start, end: first.end, lang: docLang, match: first.match });
      } catch (err) {
        failures.set(rule.spec.id, (err as Error)?.message ?? String(err));
      }
    }

    const lines = new LineIndex(text);
    const { directives, problems } = parseDirectives(all.flatMap((p) => p.comments), this.isKnownRule);
    const suppress = new Suppressions(directives, lines, text);
    const allowed = all.flatMap((p) => p.allowed);
    // Most documents have neither directives nor allowed phrases: keep every finding without looking up lines.
    // An allowed phrase is never reported, so a directive over it suppresses nothing.
    const kept = !directives.length && !allowed.length
      ? findings
      : findings.filter((f) => !allowed.some(([a, b]) => f.start >= a && f.end <= b) && !suppress.suppresses(f.ruleId, f.start, lines.position(f.start).line));
    // The engine's own findings belong to no paragraph: under auto they speak the document's language.
    const lang = resolved.messages ?? docLang;
    const own = (ruleId: string, { start, end }: { start: number; end: number }, text: EngineText): Finding => ({ ruleId, severity: ENGINE_RULES.get(ruleId)!, message: this.engineMessage(text, lang), start, end, lang: docLang });
    for (const p of problems) kept.push(own(DIRECTIVE_RULE, p, p));
    if (options.reportUnusedDirectives) {
      for (const u of suppress.unused()) {
        // A rule the directive names wrongly is reported as a directive problem already.
        const rules = u.rules.filter(this.isKnownRule);
        if (u.rules.length && !rules.length) continue;
        const kind = u.directive.kind;
        kept.push(own(UNUSED_DIRECTIVE_RULE, u.directive, rules.length ? { text: 'unusedRules', vars: { kind, rules: rules.join(', ') } } : { text: 'unused', vars: { kind } }));
      }
    }
    for (const p of all) for (const stop of p.problems) kept.push(own(PARSE_RULE, stop, stop));
    // Rule ids compared by code unit: localeCompare loads ICU collation on first use, 15 ms of a short lint.
    kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    return {
      findings: kept,
      languages: parts.flatMap((p) => p.languages.map((l) => l ?? docLang)),
      language: docLang,
      words: all.reduce((n, p) => n + p.words, 0),
      failures: [...failures].map(([ruleId, error]) => ({ ruleId, error })),
      directives: suppress.uses(),
    };
  }

  /** The options as the lint reads them, worked out once per options object (a lint in parts asks once per part). */
  private resolved(options: LintOptions): ResolvedOptions {
    let resolved = this.resolvedOptions.get(options);
    if (resolved) return resolved;
    const active: Record<Lang, ActiveRule[]> = { de: [], en: [] };
    for (const rule of this.pack.rules) {
      const severity = severityOf(rule, options.rules);
      if (severity === 'off') continue;
      for (const lang of rule.spec.languages) active[lang].push({ rule, severity, options: optionsOf(rule, options) });
    }
    const pinned = options.language && options.language !== 'auto' ? options.language : undefined;
    const messages = options.messageLanguage && options.messageLanguage !== 'auto' ? options.messageLanguage : undefined;
    const inVoice = { de: new Map<number, ActiveRule[]>(), en: new Map<number, ActiveRule[]>() };
    const voice = options.voice && options.voice !== 'auto' ? options.voice : undefined;
    resolved = { active, inVoice, voice, pinned, allow: (options.allow ?? []).map((a) => a.toLowerCase()), messages };
    this.resolvedOptions.set(options, resolved);
    return resolved;
  }

  private analysisOf(seg: Segment, memo?: DocumentMemo): Analysis {
    return memo ? memo.analysis(`${seg.kind}\u0000${seg.text}`, () => this.analyse(seg)) : this.analyse(seg);
  }

  private analyse(seg: Segment): Analysis {
    const tokens = tokenize(seg.text);
    return { tokens, detected: this.pack.language.detect(seg.text, tokens), hits: {} };
  }

  /**
   * Runs the active rules of the language on one segment and adds what they found to `out`. A
   * rule that cannot apply in the paragraph's voice (pinned, its own where no document can change
   * it, or in `docVoice` when the document's is known) is not run: finish() would drop its findings.
   * `known` is the segment's context when it was read before (see documentVoice).
   */
  private lintSegment(seg: Segment, analysis: Analysis, lang: Lang, resolved: ResolvedOptions, memo: DocumentMemo | undefined, out: PartResult, failures: Map<string, string>, docVoice?: Voice, known?: SegmentContext): void {
    const ctx = known ?? this.contextOf(seg, analysis, lang);
    const signals = ctx.analysis.voiceSignals();
    const { voiceMin, voiceOverride } = this.pack.analysis;
    const voiceIn = (scope: VoiceScope) => resolved.voice ?? (docVoice ? paragraphVoice(signals, docVoice, scope, voiceMin, voiceOverride) : settledVoice(signals, scope, voiceMin, voiceOverride));
    const own = voiceIn('paragraph');
    const rules = own === undefined ? resolved.active[lang] : this.rulesIn(resolved, lang, own, voiceIn('document'));
    const work = memo ? this.cachedWork(memo, ctx, rules, failures) : runChecks(ctx, rules, failures);
    const voice = out.voices.length;
    out.voices.push(signals);
    for (let i = 0; i < work.findings.length; i++) {
      const c = work.findings[i];
      out.findings.push(this.toFinding(c.rule, c.severity, seg, lang, resolved.messages ?? lang, c.raw));
      out.findingVoice.push(voice);
    }
    for (let k = 0; k < work.page.length; k++) {
      const [rule, stats] = work.page[k];
      const first = stats.first && { start: toDocStart(seg, stats.first[0]), end: toDocEnd(seg, stats.first[1]), match: seg.text.slice(stats.first[0], stats.first[1]), lang };
      out.page.push({ ruleId: rule.spec.id, stats, first, voice });
    }
    if (resolved.allow.length) for (const span of allowedSpans(ctx, resolved.allow)) out.allowed.push(span);
    out.words += analysis.tokens.count;
  }

  /** The active rules that may apply where a paragraph's voice is settled as `own` (paragraph scope) and `strong` (document scope; undefined while open). */
  private rulesIn(resolved: ResolvedOptions, lang: Lang, own: Voice, strong: Voice | undefined): ActiveRule[] {
    // A number, not a string: this runs for every paragraph on every keystroke.
    const key = VOICE_KEYS.indexOf(own) * VOICE_KEYS.length + VOICE_KEYS.indexOf(strong);
    let rules = resolved.inVoice[lang].get(key);
    if (!rules) {
      rules = resolved.active[lang].filter(({ rule: { spec } }) => {
        const settled = (spec.voiceScope ?? 'paragraph') === 'paragraph' ? own : strong;
        return !spec.voices || settled === undefined || spec.voices.includes(settled);
      });
      resolved.inVoice[lang].set(key, rules);
    }
    return rules;
  }

  /** The checks' work on a segment, from the memo when its text was linted before. */
  private cachedWork(memo: DocumentMemo, ctx: SegmentContext, rules: ActiveRule[], failures: Map<string, string>): SegmentWork {
    return memo.segmentWork(`${ctx.lang}\u0000${ctx.seg.kind}\u0000${ctx.seg.text}`, () => runChecks(ctx, rules, failures));
  }

  /** A check's finding in document offsets, its message and fix titles in `messages`. */
  private toFinding(rule: CompiledRule, severity: Exclude<Severity, 'off'>, seg: Segment, lang: Lang, messages: Lang, raw: RawFinding): Finding {
    const match = seg.text.slice(raw.start, raw.end);
    const finding: Finding = {
      ruleId: rule.spec.id,
      severity,
      message: formatMessage(rule.spec.message[messages], { match, ...raw.vars }),
      start: toDocStart(seg, raw.start),
      end: toDocEnd(seg, raw.end),
      lang,
      match,
    };
    const fixes = raw.fixes?.flatMap((fix): Fix[] => {
      if (!fix.edits.every((e) => isContiguous(seg, e.start, e.end))) return [];
      // A rewrite that changes nothing (case mapping of letters without a lower case, found by fast-check) is no fix.
      if (fix.edits.every((e) => seg.text.slice(e.start, e.end) === e.text)) return [];
      return [{ description: formatMessage(this.pack.fixTitles[fix.kind][messages], { text: fix.text }), edits: fix.edits.map((e) => ({ start: toDocStart(seg, e.start), end: toDocEnd(seg, e.end), text: e.text })) }];
    });
    if (fixes?.length) finding.fixes = fixes;
    return finding;
  }
}

/**
 * Collects what the checks report for the rule that is running. One object serves every
 * segment (checks never run nested): a report closure per segment added up.
 */
const NOTHING: CachedFinding[] = [];
const reporter = {
  found: NOTHING,
  current: undefined as ActiveRule | undefined,
  ctx: undefined as SegmentContext | undefined,
  report(raw: RawFinding): void {
    const rule = reporter.current!.rule;
    if (!inWritersVoice(reporter.ctx!, rule, raw)) return;
    reporter.found.push({ rule, severity: reporter.current!.severity, raw });
  },
};

/** False for a match in someone else's words (quoted, reported) or, where the rule says so, in the scope of a negation. */
function inWritersVoice(ctx: SegmentContext, rule: CompiledRule, raw: RawFinding): boolean {
  const t = ctx.tokens;
  if (t.count === 0) return true;
  let first = ctx.tokenAt(raw.start);
  let last = ctx.tokenAt(Math.max(raw.start, raw.end - 1));
  // Marks between words ("!!") belong to the word they touch: in „Die beste Pizza Deutschlands!!“
  // they are quoted, in „…Deutschlands“!!! and after a full stop they are the writer's own.
  if (raw.end <= t.start[first] || raw.start >= t.end[first]) {
    const before = raw.start >= t.end[first] ? first : first - 1;
    if (before >= 0 && t.end[before] === raw.start) last = first = before;
    else if (raw.end !== t.start[first]) return true;
  }
  if (ctx.analysis.notWriters(first, last)) return false;
  // Words that run others down inside quotation marks are mentioned, however few: jokes about
  // "clueless boomers" quoted to argue against them, „als ‚Ratten‘ beschimpft“.
  // Nor words the writer denies: "We won't tell you the other shops are worse".
  if (rule.spec.family === 'polarize' && ((ctx.analysis.inQuotation(first) && ctx.analysis.inQuotation(last)) || ctx.analysis.inDenial(first, last))) return false;
  return !(rule.spec.negation && ctx.analysis.negated(first));
}

/** Runs the rules on one segment; a rule that throws is reported in `failures` and reports nothing. */
function runChecks(ctx: SegmentContext, rules: ActiveRule[], failures: Map<string, string>): SegmentWork {
  const found: CachedFinding[] = [];
  const page: SegmentWork['page'] = [];
  reporter.found = found;
  reporter.ctx = ctx;
  for (let r = 0; r < rules.length; r++) {
    const current = rules[r];
    const { rule } = current;
    reporter.current = current;
    const before = found.length;
    try {
      const document = DOCUMENT_CHECKS[rule.spec.check];
      if (document) page.push([rule, document.collect(rule, ctx, current.options)]);
      else SEGMENT_CHECKS[rule.spec.check]?.(rule, ctx, current.options, reporter.report);
    } catch (err) {
      found.length = before; // a failed rule reports nothing
      failures.set(rule.spec.id, (err as Error)?.message ?? String(err));
    }
  }
  // Nothing of this segment is kept past the call.
  reporter.found = NOTHING;
  reporter.current = undefined;
  reporter.ctx = undefined;
  return { findings: found, page };
}

/** Document ranges of allowed phrases (lowercased) in a segment: case-insensitive, whole words. */
function allowedSpans(ctx: SegmentContext, allow: string[]): [number, number][] {
  const seg = ctx.seg;
  const spans: [number, number][] = [];
  // The lowercase text the case-insensitive patterns read, when it keeps offsets.
  const lower = ctx.subject.lower ?? seg.text.toLowerCase();
  for (const p of allow) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
      if (wordCharBefore(lower, at) || wordCharAt(lower, at + p.length)) continue;
      spans.push([toDocStart(seg, at), toDocEnd(seg, at + p.length)]);
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
