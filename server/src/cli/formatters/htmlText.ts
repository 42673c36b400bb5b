/** The HTML report's own words in German and English beyond the tone chart's; the findings bring their messages. */
import type { Lang, Severity } from '../../core/types';
import { plural } from '../../report/plural';
import { TONE_TEXT, type ToneText } from '../../report/toneText';
import { SEVERITY_TEXT } from './severityText';

export interface HtmlText extends ToneText {
  title: string;
  severity: Record<Exclude<Severity, 'off'>, string>;
  columns: { where: string; severity: string; rule: string; message: string };
  noFindings: string;
  totals(files: number, total: number, errors: number, warnings: number, infos: number): string;
}

export const HTML_TEXT: Record<Lang, HtmlText> = {
  en: {
    ...TONE_TEXT.en,
    title: 'copylint tone report',
    severity: SEVERITY_TEXT.en,
    columns: { where: 'Line:column', severity: 'Severity', rule: 'Rule', message: 'Message' },
    noFindings: 'No findings.',
    totals: (files, total, errors, warnings, infos) =>
      `${plural(files, 'file', 'files')}, ${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info)`,
  },
  de: {
    ...TONE_TEXT.de,
    title: 'copylint-Tonbericht',
    severity: SEVERITY_TEXT.de,
    columns: { where: 'Zeile:Spalte', severity: 'Schweregrad', rule: 'Regel', message: 'Meldung' },
    noFindings: 'Keine Funde.',
    totals: (files, total, errors, warnings, infos) =>
      `${plural(files, 'Datei', 'Dateien')}, ${plural(total, 'Problem', 'Probleme')} (${errors} Fehler, ${plural(warnings, 'Warnung', 'Warnungen')}, ${plural(infos, 'Hinweis', 'Hinweise')})`,
  },
};
