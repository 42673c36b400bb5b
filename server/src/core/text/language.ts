import type { Lang } from '../types';
import type { Tokens } from './tokens';
import { PerWordByte } from './words';

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

const GERMAN = 1;
const ENGLISH = 2;

/**
 * Guesses a paragraph's language from function words and German letters, then from typical
 * letter sequences (all lists in rules/lexicons). Returns undefined when the paragraph gives
 * no evidence (a heading like "4K HDR"), so the caller can fall back to the document's language.
 */
export class LanguageDetector {
  // Which languages count a word as a function word, looked up once per distinct word.
  private readonly votes: PerWordByte;

  constructor(private readonly cues: LanguageCues) {
    this.votes = new PerWordByte((word) => {
      const w = word.toLowerCase();
      return (cues.stopwords.de.has(w) ? GERMAN : 0) | (cues.stopwords.en.has(w) ? ENGLISH : 0);
    });
  }

  detect(text: string, tokens: Tokens): Lang | undefined {
    let de = Math.min(germanLetters(text, 4) * 0.5, 2);
    let en = 0;
    // The first words decide; a long paragraph does not need reading to the end.
    for (let i = 0; i < Math.min(tokens.count, SAMPLE_WORDS); i++) {
      const v = this.votes.at(tokens, i);
      if (v & GERMAN) de++;
      if (v & ENGLISH) en++;
    }
    if (de > en) return 'de';
    if (en > de) return 'en';
    const lower = text.toLowerCase();
    de = countNgrams(lower, this.cues.ngrams.de);
    en = countNgrams(lower, this.cues.ngrams.en);
    return de > en ? 'de' : en > de ? 'en' : undefined;
  }
}
