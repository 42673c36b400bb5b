/**
 * Bare URLs and e-mail addresses are addresses, not prose: their words ("jobs@shop.example",
 * "https://example.com/docs/help") are no copy and no cue of a text's voice. Parsers leave them
 * out of a segment and put a separator in their place.
 */
// An address starts only where its run of characters starts, so a long run is read once, not from each of its dots.
export const BARE_LINK = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** True when text may hold a bare link: the cheap test before BARE_LINK. */
export function mayHoldLink(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('WWW.') || text.includes('@');
}
