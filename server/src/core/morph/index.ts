import type { Lang } from '../types';
import { foldEnglish, stemEnglish } from './english';
import { foldGerman, stemGerman } from './german';

/** Lowercase, language-folded form used for all comparisons. */
export function fold(lang: Lang, word: string): string {
  const lower = word.toLowerCase();
  return lang === 'de' ? foldGerman(lower) : foldEnglish(lower);
}

/** Matching key of a word already folded: its stem. */
export function foldedKey(lang: Lang, folded: string): string {
  return lang === 'de' ? stemGerman(folded) : stemEnglish(folded);
}

const caches: Record<Lang, Map<string, string>> = { de: new Map(), en: new Map() };

/** Matching key of a word: its folded stem. Cached, since the same words recur across a document and a repository. */
export function wordKey(lang: Lang, word: string): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = foldedKey(lang, fold(lang, word));
    if (cache.size > 200_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
