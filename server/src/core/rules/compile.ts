import type { AnalysisPack } from '../analysis';
import { VOICES } from '../analysis/voice';
import { TermIndex } from '../match/termIndex';
import { wordKey } from '../morph';
import { LanguageDetector } from '../text/language';
import { nativePattern, userPattern, type AnchoredPattern, type TextPattern } from './patterns';
import { patternTriggers } from './triggers';
import type { Lang } from '../types';
import type { EngineTexts, FixKind, Localized, MatcherSpec, PerLang, RuleData, RuleSpec, TermSpec, TermsRef } from './model';

export const LANGS: readonly Lang[] = ['de', 'en'];

// A word, as opposed to an abbreviation or symbol: "Stunde", "inch", not "mAh", "GB".
const PLAIN_WORD = /^\p{Lu}?\p{Ll}{2,}$/u;
// An abbreviation ends in a capital ("CEO", "GmbH"), so "CEOs" is its plural.
const ABBREVIATION_END = /\p{Lu}/u;

/**
 * A word list for metric checks. Abbreviations and symbols match exactly and case-sensitively
 * ("Nm" is not "nm"), and with a plural s ("CEOs", "GBs"); plain words also match their
 * inflected forms through the stemmer ("Stunde" catches "Stunden", "inch" catches "inches"),
 * so a list needs one entry per word.
 */
export class WordSet {
  // Both made on first use: a run that never asks a list (the 7,000 English persons, the 60,000
  // keys of the English dictionary) pays nothing for it.
  private exactSet?: Set<string>;
  private stemmed?: Set<string>;

  constructor(
    private readonly lang: Lang,
    private readonly entries: readonly TermSpec[],
  ) {}

  private get exact(): Set<string> {
    return (this.exactSet ??= new Set(this.entries.map((t) => (typeof t === 'string' ? t : t.term))));
  }

  /** True when the list holds `entry` as written: for lists of matcher keys (a word's wordKey). */
  hasEntry(entry: string): boolean {
    return this.exact.has(entry);
  }

  private get keys(): Set<string> {
    if (!this.stemmed) {
      this.stemmed = new Set<string>();
      for (const e of this.exact) if (PLAIN_WORD.test(e)) this.stemmed.add(wordKey(this.lang, e));
    }
    return this.stemmed;
  }

  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    if (PLAIN_WORD.test(word)) return this.keys.size > 0 && this.keys.has(wordKey(this.lang, word));
    return word.length > 2 && word.endsWith('s') && ABBREVIATION_END.test(word[word.length - 2]) && this.exact.has(word.slice(0, -1));
  }
}

/** A set id per language (undefined where the set has no entries in that language). */
export type SetRef = Partial<Record<Lang, number>>;

export interface CompiledNear {
  terms: SetRef;
  window: number;
  side: 'before' | 'after' | 'any';
  sentences: number;
  /** Words that may stand before the term in its sentence; -1 for anywhere. */
  lead: number;
}

export interface CompiledMatcher {
  terms?: SetRef;
  /** Pattern searches per language: a gated one is tried only where a word of its trigger set stands. */
  patterns: Partial<Record<Lang, ({ search: AnchoredPattern; trigger: number } | { search: TextPattern; trigger?: undefined })[]>>;
  except?: SetRef;
  /** Conditions that must all hold; the first qualifies the span and the fix. */
  near: CompiledNear[];
  notAfter: { terms: SetRef; window: number }[];
  notBefore?: { terms: SetRef; window: number };
  notGeneric?: { copula: SetRef; unless: SetRef; window: number };
  modified: boolean;
  notInName: boolean;
  /** Words that may stand before the match in its sentence; -1 for anywhere. */
  sentenceStart: number;
  sentenceEnds?: string;
  span: 'match' | 'with-near';
  phraseEnd: boolean;
  unquoted: boolean;
  qualifies: boolean;
}

/**
 * Lexicon roles that checks only look single words up in (`words`), never read as hits. A role
 * missing here costs time, not correctness: it gets a term-index set nobody reads.
 */
const LOOKUP_ROLES = new Set(['acronyms', 'clauseOpeners', 'clauseWords', 'commonAcronyms', 'dictionary', 'groupPronouns', 'definiteArticles', 'keepAfter', 'leadWords', 'mainVerbs', 'relatives', 'determiners', 'functionWords', 'measureUnits', 'nonParticiples', 'persons', 'postmodifierOpeners', 'shoutWords', 'simileExcept', 'sortQualifiers', 'sortRelatives', 'subjectBlockers', 'targets', 'techUnits']);

export interface CompiledRule {
  spec: RuleSpec;
  matchers: CompiledMatcher[];
  unless?: SetRef;
  /** Shared lexicons a metric check reads as hits, by role (all roles but LOOKUP_ROLES). */
  sets: Record<string, SetRef>;
  /** Word lists read by metric checks (units, acronyms): see WordSet. */
  words: Record<string, Partial<Record<Lang, WordSet>>>;
  /** Identifies the rule's lexicons by role: rules with the same id read the same words. */
  lexiconId: number;
  /** A sentence-model rule's fitted weights, by feature. */
  weights?: Map<string, number>;
}

export interface RulePack {
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  index: Record<Lang, TermIndex>;
  language: LanguageDetector;
  analysis: AnalysisPack;
  /** Titles the engine gives the checks' fixes, in the message language. */
  /** Fix titles by kind and language (rules/fixes.yaml). */
  fixTitles: Record<FixKind, Localized>;
  /** copylint's own texts (rules/engine.yaml). */
  engineTexts: EngineTexts;
}


/** Compiles rule data into matchers: one term index per language shared by every rule. */
export function compileRules(data: RuleData): RulePack {
  const index: Record<Lang, TermIndex> = { de: new TermIndex('de'), en: new TermIndex('en') };
  const lexiconSets = new Map<string, SetRef>();

  const lexicon = (name: string, lang: Lang): TermSpec[] => {
    const list = data.lexicons[lang]?.[name];
    if (!list) throw new Error(`unknown lexicon "${name}" for ${lang}`);
    return list;
  };
  const setRef = (ref: TermsRef | undefined): SetRef | undefined => {
    if (!ref) return undefined;
    if ('lexicon' in ref) {
      const name = (ref as { lexicon: string }).lexicon;
      let s = lexiconSets.get(name);
      if (!s) {
        s = {};
        for (const lang of LANGS) if (data.lexicons[lang]?.[name]) s[lang] = index[lang].addSet(lexicon(name, lang));
        lexiconSets.set(name, s);
      }
      return s;
    }
    if ('lexicons' in ref) {
      const names = (ref as { lexicons: string[] }).lexicons;
      const key = names.join('+');
      let s = lexiconSets.get(key);
      if (!s) {
        s = {};
        for (const lang of LANGS) {
          const terms = names.flatMap((name) => data.lexicons[lang]?.[name] ?? []);
          if (terms.length) s[lang] = index[lang].addSet(terms);
        }
        lexiconSets.set(key, s);
      }
      return s;
    }
    const s: SetRef = {};
    const per = ref as PerLang<TermSpec>;
    for (const lang of LANGS) if (per[lang]?.length) s[lang] = index[lang].addSet(per[lang]!);
    return s;
  };
  const compileMatcher = (m: MatcherSpec): CompiledMatcher => {
    const patterns: CompiledMatcher['patterns'] = {};
    for (const lang of LANGS) {
      const own = m.patterns?.[lang] ?? [];
      const list: NonNullable<CompiledMatcher['patterns'][Lang]> = [];
      // Patterns that can only start with known words are tried where those words stand; the rest scan the text.
      const gated = m.caseSensitive ? [] : own.filter((p) => patternTriggers([p]));
      const always = own.filter((p) => !gated.includes(p));
      if (gated.length) list.push({ search: nativePattern(gated, false), trigger: index[lang].addSet(patternTriggers(gated)!) });
      if (always.length) list.push({ search: nativePattern(always, !!m.caseSensitive) });
      for (const p of m.userPatterns?.[lang] ?? []) list.push({ search: userPattern(p) });
      if (list.length) patterns[lang] = list;
    }
    return {
      terms: setRef(m.terms),
      patterns,
      except: setRef(m.except),
      near: (m.near === undefined ? [] : Array.isArray(m.near) ? m.near : [m.near]).map((n) => ({ terms: setRef(n.terms)!, window: n.window, side: n.side ?? 'any', sentences: n.sentences ?? 0, lead: n.opensSentence ? n.leadWords ?? 1 : -1 })),
      notAfter: (m.notAfter === undefined ? [] : Array.isArray(m.notAfter) ? m.notAfter : [m.notAfter]).map((n) => ({ terms: setRef(n.terms)!, window: n.window })),
      notBefore: m.notBefore && { terms: setRef(m.notBefore.terms)!, window: m.notBefore.window },
      notGeneric: m.notGeneric && { copula: setRef(m.notGeneric.copula)!, unless: setRef(m.notGeneric.unless)!, window: m.notGeneric.window },
      modified: !!m.modified,
      notInName: !!m.notInName,
      sentenceStart: m.sentenceStart === undefined || m.sentenceStart === false ? -1 : m.sentenceStart === true ? 1 : m.sentenceStart,
      sentenceEnds: m.sentenceEnds,
      span: m.span ?? 'match',
      phraseEnd: !!m.phraseEnd,
      qualifies: !!m.qualifies,
      unquoted: !!m.unquoted,
    };
  };

  const lexiconIds = new Map<string, number>();
  const rules = data.rules.map((spec): CompiledRule => {
    // Only roles read as hits get a term-index set: every occurrence of a set's words is a hit,
    // and for lists of words as common as "und" or "the" that was work on every other token.
    const sets: Record<string, SetRef> = {};
    const words: CompiledRule['words'] = {};
    for (const [role, name] of Object.entries(spec.lexicons ?? {})) {
      const names = Array.isArray(name) ? name : [name];
      for (const n of names) if (!LANGS.some((lang) => data.lexicons[lang]?.[n])) throw new Error(`${spec.id}: unknown lexicon "${n}" (role ${role})`);
      if (!LOOKUP_ROLES.has(role)) sets[role] = setRef(names.length === 1 ? { lexicon: names[0] } : { lexicons: names })!;
      words[role] = {};
      for (const lang of LANGS) {
        const list = names.length === 1 ? (data.lexicons[lang]?.[names[0]] ?? []) : names.flatMap((n) => data.lexicons[lang]?.[n] ?? []);
        if (list.length) words[role][lang] = new WordSet(lang, list);
      }
    }
    const lexiconKey = JSON.stringify(spec.lexicons ?? {});
    if (!lexiconIds.has(lexiconKey)) lexiconIds.set(lexiconKey, lexiconIds.size);
    const model = data.models?.[spec.id];
    if (spec.check === 'sentence-model' && !model) throw new Error(`${spec.id}: no fitted model (rules/${spec.id}.model.json; npm run train)`);
    const weights = model && new Map(Object.entries(model.weights));
    return { spec, matchers: (spec.matchers ?? []).map(compileMatcher), unless: setRef(spec.unless), sets, words, lexiconId: lexiconIds.get(lexiconKey)!, weights };
  });

  const words = (lang: Lang, name: string) => (data.lexicons[lang]?.[name] ?? []).map((w) => String(typeof w === 'string' ? w : w.term).toLowerCase());
  const language = new LanguageDetector({
    stopwords: { de: new Set(words('de', 'stopwords')), en: new Set(words('en', 'stopwords')) },
    ngrams: { de: words('de', 'language-ngrams'), en: words('en', 'language-ngrams') },
  });
  const a = data.analysis;
  const termSources = (name: string) => new Set(LANGS.flatMap((l) => lexicon(name, l).map((t) => (typeof t === 'string' ? t : t.term))));
  const analysis: AnalysisPack = {
    quoteMinWords: a.quotes.minWords,
    // Exceptions share the set, so the longer phrase wins at its token ("nicht nur" over "nicht").
    negations: setRef(Object.fromEntries(LANGS.map((l) => [l, [...lexicon(a.negation.lexicon, l), ...lexicon(a.negation.except, l)]])))!,
    negationExceptions: termSources(a.negation.except),
    negationWindow: a.negation.window,
    denial: {
      subjects: setRef({ lexicon: a.denial.subjects })!,
      // Exceptions share the set, as with negations: "think much of" wins over "think".
      verbs: setRef({ lexicons: [a.denial.verbs, a.denial.except] })!,
      verbExceptions: termSources(a.denial.except),
      negations: setRef({ lexicon: a.denial.negations })!,
      ends: setRef({ lexicon: a.denial.ends })!,
      continues: setRef({ lexicon: a.denial.continues })!,
      window: a.denial.window,
      after: a.denial.after,
    },
    reportFrames: setRef({ lexicon: a.reported.lexicon })!,
    voiceMin: Float64Array.from(VOICES, (v) => a.voice.min[v]),
    voiceOverride: Float64Array.from(VOICES, (v) => a.voice.override?.[v] ?? a.voice.min[v]),
    voiceCues: a.voice.cues.map((c) => ({ voice: VOICES.indexOf(c.voice), set: setRef({ lexicon: c.lexicon })!, weight: c.weight, opens: c.opens === true, unless: c.unless ? setRef({ lexicons: c.unless }) : undefined })),
    voiceMarks: (a.voice.marks ?? []).map((m) => ({ voice: VOICES.indexOf(m.voice), chars: m.chars, weight: m.weight })),
  };
  return { rules, byId: new Map(rules.map((r) => [r.spec.id, r])), index, language, analysis, fixTitles: data.fixes, engineTexts: data.engine };
}
