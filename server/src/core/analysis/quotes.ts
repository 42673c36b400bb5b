import type { Tokens } from '../text/tokens';

/**
 * Quotation marks that open a quotation, with the marks that may close it. German („…“, ‚…‘,
 * »…«), English (“…”, ‘…’), French-style (« … ») and straight double quotes. Straight single
 * quotes are read apart (see STRAIGHT_SINGLE): inside a token the mark is an elision ("don't").
 */
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '‚': '‘’',
  '“': '”“',
  '‘': '’',
  '»': '«',
  '«': '»',
  '"': '"',
};

// A straight single quote opens a quotation only after a space, a line start or an opening
// punctuation mark and before a letter that starts no elision ("promises 'the most powerful
// blender ever made'"; not "'90s", "'til", "'em", "rock 'n' roll", „'nen Kaffee“), and closes it only right
// after a word or its punctuation and before no letter, within its sentence and MAX_STRAIGHT
// words. A possessive's apostrophe ("the dogs' bowls") opens nothing; it closes a quotation
// only where one is open in its sentence.
const STRAIGHT_SINGLE = "'";
const STRAIGHT_OPENS_AFTER = /[\s([{:;—–-]/;
// Lower case only: a quotation may open with „'Round the world …“.
const ELISION = /^(?:\p{N}|(?:til|tis|twas|em|n|ne|nen|nem|ner|ol|cause|bout|round|s)\b)/u;
const STRAIGHT_CLOSES_AFTER = /^[.!?,;:…]*$/;
const MAX_STRAIGHT = 25;

/** The run value of a quotation that ends in a sentence mark of its own („Lügenpresse!“): a quotation, however short. */
export const SELF_PUNCTUATED = 0xffff;

/**
 * Per token, the number of words of the quotation it stands in (0 outside quotation marks), or
 * SELF_PUNCTUATED when the quotation ends in a sentence mark of its own. Readers decide what a
 * run means: fixes never edit inside any, and a short one is a name, a title or scare quotes
 * ("die „Experten“"), the writer's own words, unless self-punctuated.
 * Quote marks are found in the gaps between tokens only: inside a token, ’ is an apostrophe.
 */
export function quoteRuns(text: string, t: Tokens): Uint16Array {
  const runs = new Uint16Array(t.count);
  let open = -1; // token index where the open quotation starts
  let closers = '';
  // Marks tokens open..i-1 as a quotation that closes at k.
  const close = (i: number, k: number) => {
    if (i > open) runs.fill(/[.!?…]\s*$/.test(text.slice(t.end[i - 1], k)) ? SELF_PUNCTUATED : Math.min(i - open, SELF_PUNCTUATED - 1), open, i);
    open = -1;
  };
  for (let i = 0; i <= t.count; i++) {
    // A straight single quote still open past its sentence, or far on, was an apostrophe (the gap
    // before token i may still close it: it ends the sentence of token i - 1).
    if (open >= 0 && closers === STRAIGHT_SINGLE && (i - 1 - open > MAX_STRAIGHT || t.sentence[i - 1] !== t.sentence[open])) open = -1;
    const from = i === 0 ? 0 : t.end[i - 1];
    const to = i === t.count ? text.length : t.start[i];
    for (let k = from; k < to; k++) {
      const ch = text[k];
      if (ch === STRAIGHT_SINGLE) {
        if (open >= 0 && closers === STRAIGHT_SINGLE) {
          if (i > open && STRAIGHT_CLOSES_AFTER.test(text.slice(from, k)) && !/\p{L}/u.test(text[k + 1] ?? '')) close(i, k);
        } else if (open < 0 && k + 1 === to && i < t.count && (k === 0 || STRAIGHT_OPENS_AFTER.test(text[k - 1])) && !ELISION.test(text.slice(to, to + 6))) {
          open = i;
          closers = STRAIGHT_SINGLE;
        }
        continue;
      }
      if (open >= 0 && closers.includes(ch)) close(i, k);
      // A quotation mark proper opens even where a straight quote was left open: that one was an apostrophe.
      else if ((open < 0 || closers === STRAIGHT_SINGLE) && ch in CLOSERS) {
        // An opening mark stands before a word, not before a space (the inch mark in „5" ist …“).
        if (k + 1 < to && /\s/.test(text[k + 1])) continue;
        open = i;
        closers = CLOSERS[ch];
      }
    }
  }
  return runs;
}

// An attribution that ends a quotation or an epigraph: on a line of its own, any short source
// ("-- Mark Twain", "-- from a sign in a bakery"); after the quote's last sentence on the same line,
// a name — capitalised words and particles, then perhaps a comma or a parenthesis with a source
// ("— J. R. R. Tolkien (1954)"). A dash before a call to action („– Jetzt im Handel.“, „– JETZT
// bestellen!“) is no attribution.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|von|van|de|der|den|du|da|di|la|le|of|the|and|und|zu)`;
const ATTRIBUTION_TAIL = new RegExp(
  String.raw`(?:\n[ \t]*(?:--|—|―|–)[ \t]*\S[^\n!?]{0,80}|(?:^|[.!?"”“»«]\s*)(?:--|—|―|–)[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+${NAME_WORD}){0,5}[ \t]*(?:[,(][^\n!?]{0,80})?)$`,
  'u',
);

// Longest tail an attribution is looked for in: the pattern is unanchored at its start, and on a
// whole long paragraph it would be tried at every character.
const TAIL = 120;

/** True when the segment ends with an attribution, so the whole of it is someone else's words. */
export function endsWithAttribution(text: string): boolean {
  const end = text.trimEnd();
  return ATTRIBUTION_TAIL.test(end.length > TAIL ? end.slice(-TAIL) : end);
}
