import type { Lang } from '../types';
import type { Tokens } from './tokens';

const GERMAN_LETTERS = 'äöüßÄÖÜ';
const SAMPLE_WORDS = 60;

/** Umlauts and ß in the text, counting up to `enough`. */
function germanLetters(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (text.charCodeAt(i) >= 0xc4 && GERMAN_LETTERS.includes(text[i])) n++;
  return n;
}

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
  let de = Math.min(germanLetters(text, 4) * 0.5, 2);
  let en = 0;
  const { stopwords } = cues;
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
