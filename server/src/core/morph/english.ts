/** English matching forms: plurals, possessives, -ed and -ing collapse to one key ("crushes/crushed/crushing" → "crush"). */
const DOUBLE = /([bdfgmnprt])\1$/;
// Verbs whose base ends in -eed: their -ed is no ending ("bleed", not a past of "ble"), while
// "agreed" and "guaranteed" lose it. Shorter ones ("feed", "need") are never cut.
const BASE_EED = /(?:bl|br|sp|succ|proc|exc|f)eed$/;

export function foldEnglish(lower: string): string {
  return lower.replace(/’/g, "'");
}

export function stemEnglish(folded: string): string {
  let w = folded.replace(/'s$|s'$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  // "-ed" took the base's final e with it ("guaranteed" -> "guarante", as "guarantee" is keyed).
  if (w.length > 4 && w.endsWith('ed') && !BASE_EED.test(w)) return w.slice(0, -2).replace(DOUBLE, '$1');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3).replace(DOUBLE, '$1');

  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
