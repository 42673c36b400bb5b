/** The shape of rule data in `rules/` (validated by rules/schema/rule.schema.json). */
import type { Family, Lang } from '../types';

export type PerLang<T> = Partial<Record<Lang, T[]>>;

/** A lexicon entry: a word or phrase; German separable verbs as "zu|greifen". */
export type TermSpec =
  | string
  | {
      term: string;
      /** Also match inside compounds: as the last part (head), first part (modifier) or either. */
      compound?: 'head' | 'modifier' | 'any';
      /** False when the entry only counts inside compounds ("Hammer" in "Hammerpreis", not the tool). */
      alone?: boolean;
      /** A verb particle that may stand apart later in the clause ("greift … zu", "ripped you off"). */
      particle?: string;
      /** Replacements offered for this entry, best first. */
      replace?: string[];
    };

/** Either inline terms per language or the name of a shared lexicon in rules/lexicons/<lang>.yaml. */
export type TermsRef = { lexicon: string } | PerLang<TermSpec>;

export interface MatcherSpec {
  terms?: TermsRef;
  /** Regular expressions per language, matched case-insensitively at word boundaries. */
  patterns?: PerLang<string>;
  /** Patterns from a user's config, compiled with RE2 (linear time); not used in rules/. */
  userPatterns?: PerLang<string>;
  /** Only when a term of this set stands within `window` words, in the same sentence. */
  near?: { terms: TermsRef; window: number; side?: 'before' | 'after' | 'any' };
  /** Not when a term of this set stands within `window` words before the match (a subject or modal: "wir testen heute"). */
  notAfter?: { terms: TermsRef; window: number };
  /** Only at the start of a sentence. */
  sentenceStart?: boolean;
  /** Only in a sentence that ends with this punctuation. */
  sentenceEnds?: string;
  /** Report from the near term to the match, not the match alone. */
  span?: 'match' | 'with-near';
  /** Drop matches that are also entries of this set (e.g. well-known acronyms). */
  except?: TermsRef;
  /** Match patterns case-sensitively (e.g. acronyms in capitals). */
  caseSensitive?: boolean;
  /**
   * Only where the match ends its phrase, not directly before a content word it would modify
   * ("trash icon", "garbage collection"); function words come from the rule's `functionWords` lexicon role.
   */
  phraseEnd?: boolean;
}

export type CheckType =
  | 'terms'
  | 'spec-dump'
  | 'feature-list'
  | 'feature-balance'
  | 'spec-headline'
  | 'shouting'
  | 'exclamation-density'
  | 'sender-centred';

export interface FixSpec {
  action: 'remove' | 'replace' | 'sentence-case';
  with?: PerLang<string>;
  /** Fix the matched term (default) or the near term that qualified it (e.g. drop "jetzt" from "Jetzt kaufen"). */
  target?: 'match' | 'near';
  /**
   * remove only: offered only where the match qualifies the content word after it, so the sentence
   * survives its removal (needs the rule's `functionWords` lexicon role).
   */
  attributive?: boolean;
}

export interface RuleSpec {
  id: string;
  family: Family;
  severity: 'warning' | 'error';
  languages: Lang[];
  check: CheckType;
  /** One line, shown by --list-rules. */
  description: string;
  /** The principle in one or two sentences, with its source article. */
  principle: string;
  /** Finding message; `{match}` is the matched text, other `{name}` values come from the check. */
  message: string;
  matchers?: MatcherSpec[];
  /** Sentences holding a term of this set are never reported (e.g. a benefit follows the feature). */
  unless?: TermsRef;
  /** Report only when a sentence has at least this many matches. */
  minPerSentence?: number;
  /** A match directly followed by "(" or inside "( )" counts as explained and is skipped. */
  skipExplained?: boolean;
  fix?: FixSpec;
  /** Numeric thresholds of metric checks; users may override them in the config. */
  options?: Record<string, number>;
  /** Shared lexicons a metric check reads, by role. */
  lexicons?: Record<string, string>;
}

export interface RuleData {
  rules: RuleSpec[];
  lexicons: Record<Lang, Record<string, TermSpec[]>>;
}
