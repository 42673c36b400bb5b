/** The stylish report's own words in German and English; the findings bring their messages. */
import type { Lang, Severity } from '../../core/types';
import { plural } from '../../report/plural';
import { SEVERITY_TEXT } from './severityText';

interface StylishText {
  severity: Record<Exclude<Severity, 'off'>, string>;
  summary(total: number, errors: number, warnings: number, infos: number): string;
  fixable(n: number): string;
}

export const STYLISH_TEXT: Record<Lang, StylishText> = {
  en: {
    severity: SEVERITY_TEXT.en,
    summary: (total, errors, warnings, infos) =>
      `✖ ${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}${infos ? `, ${infos} info` : ''})`,
    fixable: (n) => `  ${n} potentially fixable with the \`--fix\` option.`,
  },
  de: {
    severity: SEVERITY_TEXT.de,
    summary: (total, errors, warnings, infos) =>
      `✖ ${plural(total, 'Problem', 'Probleme')} (${errors} Fehler, ${plural(warnings, 'Warnung', 'Warnungen')}${infos ? `, ${plural(infos, 'Hinweis', 'Hinweise')}` : ''})`,
    fixable: (n) => `  ${n === 1 ? 'Eines lässt' : `${n} lassen`} sich voraussichtlich mit der Option \`--fix\` beheben.`,
  },
};
