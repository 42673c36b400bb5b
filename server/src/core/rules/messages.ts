/** Texts a writer reads, in the message language: rule messages and fix titles from rules/. */
import type { Lang } from '../types';

/** Fills `{name}` placeholders; an unknown name stays as written, so a typo shows in the message. */
export function formatMessage(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** The placeholder names of a template, sorted: both languages of a text must have the same. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * The message language for a setting (a flag, an editor setting, a config key; the first that
 * is not `auto` wins) and the writer's interface locale ("de-DE", "de_AT.UTF-8", "en"): the
 * pinned language; else the interface language when it is German or English; else `auto`,
 * each paragraph's own language (see README, "Messages in German and English").
 */
export function messageLanguageFor(settings: ('auto' | Lang | undefined)[], locale: string | undefined): 'auto' | Lang {
  const pinned = settings.find((s) => s && s !== 'auto');
  if (pinned) return pinned as Lang;
  const ui = /^(de|en)(?![a-z])/i.exec(locale ?? '')?.[1].toLowerCase();
  return (ui as Lang | undefined) ?? 'auto';
}

/** The language of a tool's own words (a report's summary, a notification): the message language, or English where that is each paragraph's. */
export function interfaceLanguage(settings: ('auto' | Lang | undefined)[], locale: string | undefined): Lang {
  const lang = messageLanguageFor(settings, locale);
  return lang === 'auto' ? 'en' : lang;
}
