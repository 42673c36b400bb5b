/**
 * German matching forms. Folding umlauts and ß lets "Banken/Bank", "Stärkeren/stark" and
 * "Mainstream-Medien/Medien" meet. The stemmer is CISTEM (Weissweiler & Fraser 2017): it
 * only has to map the forms of one word to one key, and it is small and fast.
 */
export function foldGerman(lower: string): string {
  return lower.replace(/[äöüß]/g, (c) => (c === 'ß' ? 'ss' : c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u'));
}

/**
 * CISTEM on a folded word. Unlike CISTEM we strip a final -t from capitalised words too: a
 * sentence-initial verb ("Vernichten Sie …") must meet its lowercase lexicon entry.
 */
export function stemGerman(folded: string): string {
  let w = folded;
  if (w.length >= 6 && w.startsWith('ge')) w = w.slice(2);
  // Digraphs count as one letter and doubled letters are protected, as CISTEM prescribes.
  w = w.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (w.length > 3) {
    if (w.length > 5 && (w.endsWith('em') || w.endsWith('er') || w.endsWith('nd'))) w = w.slice(0, -2);
    else if (w.endsWith('t') || w.endsWith('e') || w.endsWith('s') || w.endsWith('n')) w = w.slice(0, -1);
    else break;
  }
  return w.replace(/(.)\*/g, '$1$1').replace(/&/g, 'ie').replace(/%/g, 'ei').replace(/\$/g, 'sch');
}
