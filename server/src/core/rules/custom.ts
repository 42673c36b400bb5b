import type { Family, Lang, Severity } from '../types';
import type { RuleSpec, TermSpec } from './model';

/** A team's own rule from `terms.custom` in a config: a phrase list or an RE2 pattern. */
export interface CustomTerm {
  id: string;
  family: Family;
  severity?: Exclude<Severity, 'off'>;
  language?: Lang | 'any';
  phrases?: (string | { term: string; compound?: 'head' | 'modifier' | 'any' })[];
  pattern?: string;
  message: string;
  replace?: string | string[];
  /** Texts for `copylint test`: each bad one must trigger the rule, no good one may. */
  examples?: { bad?: string[]; good?: string[] };
}

/** Turns custom terms into ordinary `terms` rules, so they match with the same morphology and context. */
export function customRuleSpecs(custom: CustomTerm[]): RuleSpec[] {
  return custom.map((c) => {
    const languages: Lang[] = !c.language || c.language === 'any' ? ['de', 'en'] : [c.language];
    const per = <T>(value: T[]) => Object.fromEntries(languages.map((l) => [l, value]));
    const replace = c.replace === undefined ? [] : Array.isArray(c.replace) ? c.replace : [c.replace];
    // A team writes its message once, in its own language; it reads the same in either message language.
    const both = (text: string) => ({ de: text, en: text });
    return {
      id: c.id,
      family: c.family,
      severity: c.severity ?? 'warning',
      languages,
      check: 'terms',
      description: both(c.message),
      principle: { de: 'Eine Regel Ihres Teams, festgelegt in seiner copylint-Konfiguration.', en: 'A rule of your team, defined in its copylint config.' },
      message: both(c.message.includes('{match}') ? c.message : `${c.message} (“{match}”)`),
      matchers: [c.phrases ? { terms: per<TermSpec>(c.phrases) } : { userPatterns: per([c.pattern!]) }],
      ...(replace.length ? { fix: { action: 'replace' as const, with: per(replace) } } : {}),
    };
  });
}
