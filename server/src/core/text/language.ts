import type { Lang } from '../types';
import type { Tokens } from './tokens';

const GERMAN_LETTERS = /[äöüßÄÖÜ]/g;
const SAMPLE_WORDS = 60;

export interface LanguageCues {
  stopwords: Record<Lang, Set<string>>;
  /** Letter sequences typical of each language, the tie-breaker for paragraphs without function words. */
  ngrams: Record<Lang, string[]>;
}

function countNgrams(lower: string, ngrams: string[]): number {
  let n = 0;
  for (const g of ngrams) for (let i = lower.indexOf(g); i >= 0; i = lower.indexOf(g, i + g.length)) n++;
  return n;
}

/**
 * Guesses a paragraph's language from function words and German letters, then from typical
 * letter sequences (all lists in rules/lexicons). Returns undefined when the paragraph gives
 * no evidence (a heading like "4K HDR"), so the caller can fall back to the document's language.
 */
export function detectLanguage(text: string, tokens: Tokens, cues: LanguageCues): Lang | undefined {
  const { stopwords } = cues;
  let de = Math.min((text.match(GERMAN_LETTERS)?.length ?? 0) * 0.5, 2);
  let en = 0;
  // The first words decide; a long paragraph does not need reading to the end.
  for (let i = 0; i < Math.min(tokens.count, SAMPLE_WORDS); i++) {
    const w = tokens.text[i].toLowerCase();
    if (stopwords.de.has(w)) de++;
    if (stopwords.en.has(w)) en++;
  }
  if (de > en) return 'de';
  if (en > de) return 'en';
  const lower = text.toLowerCase();
  de = countNgrams(lower, cues.ngrams.de);
  en = countNgrams(lower, cues.ngrams.en);
  return de > en ? 'de' : en > de ? 'en' : undefined;
}
