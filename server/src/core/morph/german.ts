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

/**
 * CISTEM on a folded word. Unlike CISTEM we strip a final -t from capitalised words too: a
 * sentence-initial verb ("Vernichten Sie …") must meet its lowercase lexicon entry.
 */
export function stemGerman(folded: string): string {
  let w = folded;
  if (w.length >= 6 && w.startsWith('ge')) w = w.slice(2);
  // Digraphs count as one letter and doubled letters are protected, as CISTEM prescribes:
  // sch → $, ei → %, ie → &, a doubled letter → the letter and *. (Loops, not replace():
  // stemming runs once per distinct word, and the callbacks were most of its time.)
  let units = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // Never read past the end ("" instead): V8 drops optimized code that does.
    const next = i + 1 < w.length ? w[i + 1] : '';
    if (c === 's' && next === 'c' && i + 2 < w.length && w[i + 2] === 'h') {
      units += '$';
      i += 2;
    } else if (c === 'e' && next === 'i') {
      units += '%';
      i++;
    } else if (c === 'i' && next === 'e') {
      units += '&';
      i++;
    } else if (next === c) {
      units += c + '*';
      i++;
    } else units += c;
  }
  w = units;
  while (w.length > 3) {
    if (w.length > 5 && (w.endsWith('em') || w.endsWith('er') || w.endsWith('nd'))) w = w.slice(0, -2);
    else if (w.endsWith('t') || w.endsWith('e') || w.endsWith('s') || w.endsWith('n')) w = w.slice(0, -1);
    else break;
  }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (i + 1 < w.length && w[i + 1] === '*') {
      out += c + c;
      i++;
    } else out += c === '$' ? 'sch' : c === '%' ? 'ei' : c === '&' ? 'ie' : c;
  }
  return out;
}
