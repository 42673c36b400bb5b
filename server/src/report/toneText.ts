/** The tone chart's own words in German and English, for the HTML report and the editor's tone profile. */
import type { Family, Lang } from '../core/types';
import { plural } from './plural';

export interface ToneText {
  family: Record<Family, string>;
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
  scale: string;
}

export const TONE_TEXT: Record<Lang, ToneText> = {
  en: {
    family: { features: 'features', push: 'push', polarize: 'polarize' },
    lead: 'Before the first heading',
    whole: 'Whole document',
    words: (n) => plural(n, 'word', 'words'),
    bar: (family, count, per100) => `${family}: ${plural(count, 'finding', 'findings')}, ${per100} per 100 words`,
    score: (score) => `Tone score ${score} of 100`,
    calm: 'calm throughout',
    loud: { features: 'heavy on specs in', push: 'sells hard in', polarize: 'polarizes in' },
    quote: (title) => `“${title}”`,
    calmElsewhere: 'calm elsewhere',
    scale: 'Bars: findings per 100 words of the section. Tone score: 100 = no findings, 82 = one warning per 100 words, 37 = five (errors count twice).',
  },
  de: {
    family: { features: 'Merkmale', push: 'Druck', polarize: 'Polarisierung' },
    lead: 'Vor der ersten Überschrift',
    whole: 'Ganzes Dokument',
    words: (n) => plural(n, 'Wort', 'Wörter'),
    bar: (family, count, per100) => `${family}: ${plural(count, 'Fund', 'Funde')}, ${per100} je 100 Wörter`,
    score: (score) => `Tonwert ${score} von 100`,
    calm: 'durchgehend ruhig',
    loud: { features: 'technisch überladen in', push: 'verkauft mit Nachdruck in', polarize: 'polarisiert in' },
    quote: (title) => `„${title}“`,
    calmElsewhere: 'sonst ruhig',
    scale: 'Balken: Funde je 100 Wörter des Abschnitts. Tonwert: 100 = keine Funde, 82 = eine Warnung je 100 Wörter, 37 = fünf (Fehler zählen doppelt).',
  },
};
