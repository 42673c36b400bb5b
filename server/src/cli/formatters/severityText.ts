import type { Lang, Severity } from '../../core/types';

/** The severities' names in the reports' own words (stylish, html). */
export const SEVERITY_TEXT: Record<Lang, Record<Exclude<Severity, 'off'>, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  de: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
};
