/**
 * German matching forms. Folding umlauts and ß lets "Banken/Bank", "Stärkeren/stark" and
 * "Mainstream-Medien/Medien" meet. The stemmer is CISTEM (Weissweiler & Fraser 2017): it
 * only has to map the forms of one word to one key, and it is small and fast.
 */
const UMLAUTS = /[äöüß]/;
const UMLAUT = /[äöüß]/g;

export function foldGerman(lower: string): string {
  return UMLAUTS.test(lower) ? lower.replace(UMLAUT, (c) => (c === 'ß' ? 'ss' : c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u')) : lower;
}

// One pass each way for CISTEM's substitutions (digraphs to one letter, doubled letters marked).
const TO_UNITS = /sch|ei|ie|(.)\1/g;
const FROM_UNITS = /(.)\*|[$%&]/g;

/**
 * CISTEM on a folded word. Unlike CISTEM we strip a final -t from capitalised words too: a
 * sentence-initial verb ("Vernichten Sie …") must meet its lowercase lexicon entry.
 */
export function stemGerman(folded: string): string {
  let w = folded;
  if (w.length >= 6 && w.startsWith('ge')) w = w.slice(2);
  // Digraphs count as one letter and doubled letters are protected, as CISTEM prescribes.
  w = w.replace(TO_UNITS, (m, d) => (m === 'sch' ? '$' : m === 'ei' ? '%' : m === 'ie' ? '&' : d + '*'));
  while (w.length > 3) {
    if (w.length > 5 && (w.endsWith('em') || w.endsWith('er') || w.endsWith('nd'))) w = w.slice(0, -2);
    else if (w.endsWith('t') || w.endsWith('e') || w.endsWith('s') || w.endsWith('n')) w = w.slice(0, -1);
    else break;
  }
  return w.replace(FROM_UNITS, (m, d) => (d !== undefined ? d + d : m === '$' ? 'sch' : m === '%' ? 'ei' : 'ie'));
}
