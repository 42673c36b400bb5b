/**
 * Bare URLs and e-mail addresses are addresses, not prose: their words ("jobs@shop.example",
 * "https://example.com/docs/help") are no copy and no cue of a text's voice. Parsers leave them
 * out of a segment and put a separator in their place.
 */

// An address starts only where its run of characters starts, so a long run is read once, not from each of its dots.
const BARE_LINK = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** True when text may hold a bare link: the cheap test that spares most text splitLinks and its callbacks. */
export function mayHoldLink(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('WWW.') || text.includes('@');
}

/** Calls `prose` for each run of text outside bare links and `link` for each link, in order (offsets into text). */
export function splitLinks(text: string, prose: (from: number, to: number) => void, link: (from: number, to: number) => void): void {
  let last = 0;
  BARE_LINK.lastIndex = 0;
  for (let m = BARE_LINK.exec(text); m; m = BARE_LINK.exec(text)) {
    if (m.index > last) prose(last, m.index);
    last = m.index + m[0].length;
    link(m.index, last);
  }
  if (last < text.length) prose(last, text.length);
}
