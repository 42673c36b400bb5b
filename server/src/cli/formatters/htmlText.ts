/** The HTML report's own words in German and English; the findings bring their messages. */
import type { Family, Lang, Severity } from '../../core/types';
import { plural } from '../plural';
import { SEVERITY_TEXT } from './severityText';

export interface HtmlText {
  title: string;
  family: Record<Family, string>;
  severity: Record<Exclude<Severity, 'off'>, string>;
  /** The text before the first heading, and a document with no headings at all. */
  lead: string;
  whole: string;
  words(n: number): string;
  bar(family: string, count: number, per100: string): string;
  score(score: number): string;
  calm: string;
  /** How a section is loud, by its main family, before the quoted section names. */
  loud: Record<Family, string>;
  quote(title: string): string;
  calmElsewhere: string;
  columns: { where: string; severity: string; rule: string; message: string };
  noFindings: string;
  totals(files: number, total: number, errors: number, warnings: number, infos: number): string;
  scale: string;
}

export const HTML_TEXT: Record<Lang, HtmlText> = {
  en: {
    title: 'copylint tone report',
    family: { features: 'features', push: 'push', polarize: 'polarize' },
    severity: SEVERITY_TEXT.en,
    lead: 'Before the first heading',
    whole: 'Whole document',
    words: (n) => plural(n, 'word', 'words'),
    bar: (family, count, per100) => `${family}: ${plural(count, 'finding', 'findings')}, ${per100} per 100 words`,
    score: (score) => `Tone score ${score} of 100`,
    calm: 'calm throughout',
    loud: { features: 'heavy on specs in', push: 'sells hard in', polarize: 'polarizes in' },
    quote: (title) => `“${title}”`,
    calmElsewhere: 'calm elsewhere',
    columns: { where: 'Line:column', severity: 'Severity', rule: 'Rule', message: 'Message' },
    noFindings: 'No findings.',
    totals: (files, total, errors, warnings, infos) =>
      `${plural(files, 'file', 'files')}, ${plural(total, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${infos} info)`,
    scale: 'Bars: findings per 100 words of the section. Tone score: 100 = no findings, 82 = one warning per 100 words, 37 = five (errors count twice).',
  },
  de: {
    title: 'copylint-Tonbericht',
    family: { features: 'Merkmale', push: 'Druck', polarize: 'Polarisierung' },
    severity: SEVERITY_TEXT.de,
    lead: 'Vor der ersten Überschrift',
    whole: 'Ganzes Dokument',
    words: (n) => plural(n, 'Wort', 'Wörter'),
    bar: (family, count, per100) => `${family}: ${plural(count, 'Fund', 'Funde')}, ${per100} je 100 Wörter`,
    score: (score) => `Tonwert ${score} von 100`,
    calm: 'durchgehend ruhig',
    loud: { features: 'technisch überladen in', push: 'verkauft mit Nachdruck in', polarize: 'polarisiert in' },
    quote: (title) => `„${title}“`,
    calmElsewhere: 'sonst ruhig',
    columns: { where: 'Zeile:Spalte', severity: 'Schweregrad', rule: 'Regel', message: 'Meldung' },
    noFindings: 'Keine Funde.',
    totals: (files, total, errors, warnings, infos) =>
      `${plural(files, 'Datei', 'Dateien')}, ${plural(total, 'Problem', 'Probleme')} (${errors} Fehler, ${plural(warnings, 'Warnung', 'Warnungen')}, ${plural(infos, 'Hinweis', 'Hinweise')})`,
    scale: 'Balken: Funde je 100 Wörter des Abschnitts. Tonwert: 100 = keine Funde, 82 = eine Warnung je 100 Wörter, 37 = fünf (Fehler zählen doppelt).',
  },
};
