/** The shape of rule data in `rules/` (validated by rules/schema/rule.schema.json). */
import type { Voice, VoiceScope } from '../analysis/voice';
import type { Family, Lang, Severity } from '../types';

export type PerLang<T> = Partial<Record<Lang, T[]>>;

/** A text the writer reads, in both languages: the message language picks one (see rules/messages.ts). */
export type Localized = Record<Lang, string>;

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
      /** Match this form only, not the word's other inflections ("erklärte", not "erklären"). */
      exact?: boolean;
      /**
       * German: the entry is a verb and stands for the noun of the one who does it, not the verb
       * itself: „pfuschen“ for „Pfuscher“, „schwindeln“ for „Schwindler“, „ab|zocken“ for „Abzocker“.
       */
      agent?: boolean;
    };

/** Inline terms per language, the name of a shared lexicon in rules/lexicons/<lang>.yaml, or several lexicons as one set. */
export type TermsRef = { lexicon: string } | { lexicons: string[] } | PerLang<TermSpec>;

/** A term of this set within `window` words of the match, in its sentence (or up to `sentences` sentences away). */
export interface NearSpec {
  terms: TermsRef;
  window: number;
  side?: 'before' | 'after' | 'any';
  /** How many sentences away the term may stand (0, the default: the match's own sentence). */
  sentences?: number;
  /** Only a term that opens its sentence. */
  opensSentence?: boolean;
  /** With opensSentence: words that may stand before the term ("At Core Physio, we …"); default 1. */
  leadWords?: number;
}

/** Not when a term of this set stands within `window` words before the match; a list: not after any of them. */
export interface NotAfterSpec {
  terms: TermsRef;
  window: number;
}

export interface MatcherSpec {
  terms?: TermsRef;
  /** Regular expressions per language, matched case-insensitively at word boundaries. */
  patterns?: PerLang<string>;
  /** Patterns from a user's config, compiled with RE2 (linear time); not used in rules/. */
  userPatterns?: PerLang<string>;
  /**
   * Only when a term of this set stands within `window` words, in the same sentence; a list needs
   * every condition (the first is the one `span` and fixes refer to).
   */
  near?: NearSpec | NearSpec[];
  /** Not when a term of this set stands within `window` words before the match (a subject or modal: "wir testen heute"); a list: not after any of them. */
  notAfter?: NotAfterSpec | NotAfterSpec[];
  /** Not when a term of this set starts within `window` words after the match (an idiom: "the best of both worlds"). */
  notBefore?: { terms: TermsRef; window: number };
  /**
   * Not in a generic statement: where a term of `copula` starts within `window` words after the
   * match and the sentence holds no term of `unless` (the writer's side, the reader). An aphorism
   * defines ("The best cure for insomnia is to get a lot of sleep"); a claim names its side ("The
   * best pizza in town is ours", „Die beste Wahl für Sie ist …“).
   */
  notGeneric?: { copula: TermsRef; unless: TermsRef; window: number };
  /**
   * Only where a content word directly precedes the match, which then names a kind of people
   * rather than the thing itself ("subscription vultures", "tourist herds"); function words come
   * from the rule's `functionWords` lexicon role.
   */
  modified?: boolean;
  /**
   * English: not where the match, capitalised in mid-sentence, is a word of a product's name in
   * running text ("a RockShox Lyrik Ultimate fork", "the Snapdragon 8 Elite chip"; see
   * SegmentContext.inName).
   */
  notInName?: boolean;
  /** Only at the start of a sentence: true allows one word before the match ("Jetzt kaufen"), a number that many. */
  sentenceStart?: boolean | number;
  /** Only in a sentence that ends with this punctuation. */
  sentenceEnds?: string;
  /** Report from the near term to the match, not the match alone. */
  span?: 'match' | 'with-near';
  /** Drop matches that are, or end in, entries of this set (well-known acronyms; "100 % Wolle" is a composition). */
  except?: TermsRef;
  /** Match patterns case-sensitively (e.g. acronyms in capitals). */
  caseSensitive?: boolean;
  /**
   * Only where the match ends its phrase, not directly before a content word it would modify
   * ("trash icon", "garbage collection"); function words come from the rule's `functionWords` lexicon role.
   */
  phraseEnd?: boolean;
  /** Only where a content word (not a number) directly follows the match and is qualified by it: a rank ("the #1 choice"), not a numbering ("Rule #1:", "Issue #1 of"); function words come from the rule's `functionWords` lexicon role. */
  qualifies?: boolean;
  /** Not inside quotation marks, not even short ones: a term that disparages in itself is mentioned there, not used („der Vorwurf ‚Lügenpresse‘“). */
  unquoted?: boolean;
}

export type CheckType =
  | 'terms'
  | 'spec-dump'
  | 'feature-list'
  | 'feature-balance'
  | 'spec-headline'
  | 'shouting'
  | 'exclamation-density'
  | 'sender-centred'
  | 'group-subject'
  | 'sentence-model';

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
  severity: Exclude<Severity, 'off'>;
  languages: Lang[];
  check: CheckType;
  /** One line, shown by --list-rules. */
  description: Localized;
  /** The principle in one or two sentences, with its source article. */
  principle: Localized;
  /** Finding message; `{match}` is the matched text, other `{name}` values come from the check. */
  message: Localized;
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
  /** Shared lexicons a metric check reads, by role; a list reads several as one. */
  lexicons?: Record<string, string | string[]>;
  /** The voices the rule applies to (see analysis/voice.ts); all when absent. */
  voices?: Voice[];
  /**
   * Which voice of a paragraph the rule reads: `paragraph` (default), its own where it has a clear
   * one; `document`, its own only where strong enough to stand against another clear voice of
   * its document (analysis.yaml voice.override). Rules that judge specs and capitals as selling
   * read the document's: one „erhältlich“ in a manual's paragraph does not make its acronyms
   * jargon. Rules that judge pressure and enemy images read the paragraph's: a hard sell in a
   * manual is one.
   */
  voiceScope?: VoiceScope;
  /** Drop a match that stands in the scope of a negation ("we don't believe in crushing anyone"). */
  negation?: boolean;
  /** Report only where no other rule of the family reports in the same range: a fitted model backing up the rules that name a pattern. */
  defer?: boolean;
}

/** A lexicon and how much one of its hits counts. */
export interface WeightedLexicon {
  lexicon: string;
  weight: number;
}

/** How the analysis stage reads a text (rules/analysis.yaml). */
export interface AnalysisSpec {
  quotes: { minWords: number };
  negation: { lexicon: string; except: string; window: number };
  denial: { subjects: string; verbs: string; except: string; negations: string; ends: string; continues: string; window: number; after: Record<Lang, number> };
  reported: { lexicon: string };
  voice: {
    /** Evidence each voice needs. */
    min: Record<Exclude<Voice, 'unknown'>, number>;
    /** Evidence a paragraph's voice needs to stand against another clear voice of its document; `min` where not given. */
    override?: Partial<Record<Exclude<Voice, 'unknown'>, number>>;
    /**
     * `opens`: a cue that counts only where it opens a sentence (an imperative step: „Schalten Sie
     * …“, "Hold the button …") that holds no term of the `unless` lexicons.
     */
    cues: (WeightedLexicon & { voice: Exclude<Voice, 'unknown'>; opens?: boolean; unless?: string[] })[];
    /** Characters that count as evidence of a voice, each occurrence once. */
    marks?: { voice: Exclude<Voice, 'unknown'>; chars: string; weight: number }[];
  };
}

/** The kinds of fix the checks offer, each titled from rules/fixes.yaml. */
export type FixKind = 'remove' | 'replace' | 'write' | 'collapse';

/** The kinds of message copylint gives of its own (rules/engine.yaml), apart from the rules'. */
export const ENGINE_MESSAGES = [
  'languageValue', 'languageMissing', 'unknownDirective', 'unknownRule', 'noReason', 'unused', 'unusedRules',
  'htmlTooDeep', 'markdownTooDeep', 'markdownTooDeepLine', 'markdownTooDeepLines', 'tooLarge', 'ignored',
  'configError', 'configUnreadable', 'configNotData', 'configNoSettings', 'configInvalidJson', 'configDuplicateKey', 'configInvalidYaml',
  'configKeyNotObject', 'configNotObject', 'configUnknownKey', 'configUnknownKeyIn', 'configNotRuleId', 'configOneOf',
  'configRequired', 'configInvalid', 'configOutsideWorkspace', 'configBaselineOutside', 'configExtendsCycle', 'configExtendsDeep', 'configBuiltinId',
  'configCustomOff', 'configPattern', 'configUnknownRule', 'configNoOption', 'configUnknownPreset', 'configNoFile',
  'configBadExtends', 'configPackageNoConfig', 'configPackageNotData', 'configPackageMissing', 'configGlob',
] as const;
export type EngineMessage = (typeof ENGINE_MESSAGES)[number];

/** A message of copylint's own as it is found: its kind and the values of its placeholders, put into words in the message language later. */
export interface EngineText {
  text: EngineMessage;
  vars?: Record<string, string | number>;
}

export interface EngineTexts {
  /** What each of copylint's own rule ids means, for the rule lists of reports. */
  descriptions: Record<string, Localized>;
  messages: Record<EngineMessage, Localized>;
}

export interface RuleData {
  rules: RuleSpec[];
  /** Fix titles by kind; `{text}` is the text the fix removes or writes. */
  fixes: Record<FixKind, Localized>;
  /** copylint's own texts (rules/engine.yaml). */
  engine: EngineTexts;
  analysis: AnalysisSpec;
  lexicons: Record<Lang, Record<string, TermSpec[]>>;
  /** Fitted weights of the sentence-model rules, by rule id (rules/<family>/<name>.model.json). */
  models?: Record<string, SentenceModel>;
}

/** A sentence model as scripts/train-model.ts writes it: how it was fitted, and a weight per feature (see checks/sentenceModel.ts). */
export interface SentenceModel {
  fitted: Record<string, unknown>;
  weights: Record<string, number>;
}
