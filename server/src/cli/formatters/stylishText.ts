/** The stylish report's own words in German and English; the findings bring their messages. */
import type { Lang, Severity } from '../../core/types';

interface StylishText {
  severity: Record<Exclude<Severity, 'off'>, string>;
  summary(total: number, errors: number, warnings: number, infos: number): string;
  fixable(n: number): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const STYLISH_TEXT: Record<Lang, StylishText> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    summary: (total, errors, warnings, infos) =>
      `✖ ${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}${infos ? `, ${infos} info` : ''})`,
    fixable: (n) => `  ${n} potentially fixable with the \`--fix\` option.`,
  },
  de: {
    severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
    summary: (total, errors, warnings, infos) =>
      `✖ ${plural(total, 'Problem', 'Probleme')} (${errors} Fehler, ${plural(warnings, 'Warnung', 'Warnungen')}${infos ? `, ${plural(infos, 'Hinweis', 'Hinweise')}` : ''})`,
    fixable: (n) => `  ${n === 1 ? 'Eines lässt' : `${n} lassen`} sich voraussichtlich mit der Option \`--fix\` beheben.`,
  },
};
