import { wordKey } from '../morph';
import { isEntry, opensLine, pieceAt, type Segment } from '../parse/segment';
import type { WordSet } from '../rules/compile';
import { collapseFix, fixesFor } from './fixes';
import type { SegmentCheck } from './report';

const CAPS = /^[\p{Lu}][\p{Lu}'’-]*$/u;
const REPEATED = /!{2,}|[!?]{3,}/g;
// What may stand between two words in capitals of one shout: spaces and clause punctuation.
const RUN_GAP = /^[\s,;:–—-]+$/;
// A token a shout runs through: capitals or a number ("OF", "3,000").
const CAPS_OR_NUMBER = /^(?:[\p{Lu}][\p{Lu}'’-]*|[\p{N}][\p{N}.,]*)$/u;
// What follows a press release's dateline city ("LEEDS, March 12, 2026 —", "BERLIN, 12. März 2026 –"):
// a comma, perhaps a parenthesis, and a date within a few words.
const DATELINE_TAIL = /^(?: \([^)]{1,30}\))?,[^.!?]{0,25}?\d/u;
// A model code after a space: letters and at least two digits in one word ("MG5550", "S24",
// "800-S"), not a paper or screen size ("A4", "4K") nor a quantity with its unit ("50GB", "10kg").
const MODEL_CODE = /^ (?!\d+(?:[.,]\d+)?\p{L}{1,3}\b)(?=[\p{L}\p{N}-]*\p{N}[\p{L}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}-]{3,}\b/u;
// "!" joining a word in capitals to a word: a brand's spelling ("FRITZ!Box").
const BANG_NAME = /^!\p{L}/u;

/** Words in capitals that are not acronyms, and runs of "!!!". */
export const shoutingCheck: SegmentCheck = (rule, ctx, options, report) => {
  const t = ctx.tokens;
  const acronyms = rule.words.acronyms?.[ctx.lang];
  const shoutWords = rule.words.shoutWords?.[ctx.lang];
  const dictionary = rule.words.dictionary?.[ctx.lang];
  const legalForms = rule.words.legalForms?.[ctx.lang];
  const functionWords = rule.words.functionWords?.[ctx.lang];
  const isShout = (w: string) => {
    if (w.length < 2) return false;
    // Fast path: most words have a lowercase second letter.
    const second = w.charCodeAt(1);
    if ((second >= 97 && second <= 122) || w[1] !== w[1].toUpperCase() || !CAPS.test(w) || acronyms?.has(w)) return false;
    if (shoutWords?.has(w.toLowerCase())) return true;
    // Judge compounds by their parts: "REST-API" is two acronyms, "MEGA-SALE" is shouting. A part
    // that is no word of the language's dictionary is a name ("GLONASS", "CEREC").
    return w.split('-').some((part) => part.length >= options.minLength && !acronyms?.has(part) && (!dictionary || dictionary.hasEntry(wordKey(ctx.lang, part))));
  };
  const placeholders = placeholdersOf(ctx.text, t.text, t.start, t.count, isShout);
  for (let i = 0; i < t.count; i++) {
    if (!isShout(t.text[i]) || placeholders?.has(t.text[i])) continue;
    // One finding per run of capitals within a sentence: "CAST OF 3,000, 4 WRITERS, 2 DIRECTORS"
    // is one shout. Short words in capitals and numbers before it and between shouted words belong
    // to it; a word in lower case ends it.
    const first = i;
    while (i > 0 && t.sentence[i - 1] === t.sentence[first] && RUN_GAP.test(ctx.gap(i)) && CAPS_OR_NUMBER.test(t.text[i - 1])) i--;
    // The shout begins at a word, not at a number before it.
    while (/^\p{N}/u.test(t.text[i])) i++;
    let j = first;
    // `past` ends up at the first token after the run (short capitals included).
    let past = j + 1;
    for (; past < t.count && t.sentence[past] === t.sentence[i] && RUN_GAP.test(ctx.gap(past)) && CAPS_OR_NUMBER.test(t.text[past]); past++) {
      if (isShout(t.text[past])) j = past;
    }
    const start = t.start[i];
    const end = t.end[j];
    // One word introduced with its expansion, or as the expansion's short form, is an acronym
    // ("COMDEX (a computer trade show)", "the Society for Endocrinology (SEMDSA)"); a word that
    // only shouts ("NOW (while stocks last)") stays a shout.
    const sales = shoutRunHasSalesWord(t.text, i, j, shoutWords);
    const acronym = i === j && !sales && (/^\s*\(/.test(ctx.text.slice(end, end + 3)) || (/\(\s*$/.test(ctx.text.slice(Math.max(0, start - 2), start)) && /^\s*\)/.test(ctx.text.slice(end, end + 2))));
    // A line of capitals alone is a label or a heading in plain text ("MOVEMENT", "LEGAL
    // DISCLAIMER:"), and so are capitals that open a line before a colon and its value
    // ("SPECIES: Cranial Males"), unless they hold a sales word or end in "!"; and so is the whole
    // value after such a label in words ("Marke: PEGASO", "Brand: NORDICA").
    // The line is judged with the short capitals after the shout: "EXTRA BEDS" is a heading, but
    // "INCREDIBLE OFFER FOR YOU" addresses someone.
    const label = !sales && (labelLine(ctx.seg, start, headingEnd(t.text, t.end, j, past, functionWords)) || labelValue(ctx.seg, start, end, shoutWords));
    // A dateline is a convention, not shouting.
    const dateline = i === 0 && DATELINE_TAIL.test(ctx.text.slice(end, end + 40));
    // One word before a model code is a product line's name ("Canon PIXMA MG5550", "ROCKET S24"),
    // and so is one joined to a word by "!" ("FRITZ!Box").
    const productName = i === j && !sales && (MODEL_CODE.test(ctx.text.slice(end, end + 24)) || BANG_NAME.test(ctx.text.slice(end, end + 2)));
    // Capitals before a legal form are a firm's name: „MEISTERWERK APP GmbH“, "ACME Inc.".
    const firm = !sales && past < t.count && t.sentence[past] === t.sentence[i] && RUN_GAP.test(ctx.gap(past)) && !!legalForms?.has(t.text[past]);
    if (!acronym && !label && !dateline && !productName && !firm) report({ start, end, fixes: fixesFor(rule, ctx, start, end) });
    // On past the run: its words were judged with it.
    i = j;
  }
  REPEATED.lastIndex = 0;
  for (let m = REPEATED.exec(ctx.text); m; m = REPEATED.exec(ctx.text)) {
    const end = m.index + m[0].length;
    report({ start: m.index, end, fixes: [collapseFix(m.index, end, m[0])] });
  }
};

/** The end of a shout's line as a heading: with the short capitals after it (tokens j+1..past-1), unless one is a function word. */
function headingEnd(words: readonly string[], ends: ArrayLike<number>, j: number, past: number, functionWords: WordSet | undefined): number {
  for (let k = j + 1; k < past; k++) if (functionWords?.has(words[k].toLowerCase())) return ends[j];
  return ends[past - 1];
}

// What precedes a placeholder in a command's synopsis: an option and "=" or a space ("--tag=MARKIERUNG", "-p PROFIL").
// An option in the paragraph at all ("-p", "--tag"): most paragraphs hold none, and then no word is read twice.
const OPTION = /(?:^|\s)--?\p{L}/u;
const BEFORE_PLACEHOLDER = /(?:^|\s)--?[\p{L}\p{N}][\p{L}\p{N}-]*[= ]$/u;

/**
 * Words in capitals that a command-line option takes as its value ("-p PROFIL, --profile=PROFIL"):
 * documentation's placeholders, in all their uses in the paragraph ("MARKIERUNG ist der Titel …").
 */
function placeholdersOf(text: string, words: readonly string[], starts: ArrayLike<number>, count: number, isShout: (w: string) => boolean): Set<string> | undefined {
  // Most paragraphs hold no option at all.
  if (!OPTION.test(text)) return undefined;
  let found: Set<string> | undefined;
  for (let i = 0; i < count; i++) {
    if (isShout(words[i]) && BEFORE_PLACEHOLDER.test(text.slice(Math.max(0, starts[i] - 40), starts[i]))) (found ??= new Set()).add(words[i]);
  }
  return found;
}

/**
 * True when segment text start..end opens a source line and is all of it, or stands before a
 * colon (a field's label, with or without a value after it). A paragraph's lines are its pieces
 * (a line may hold more than one where an entity or a character not in NFC was decoded, which a
 * line of capitals does not have).
 */
function labelLine(seg: Segment, start: number, end: number): boolean {
  if (!opensLine(seg, start)) return false;
  if (seg.text[end] === ':') return true;
  const piece = pieceAt(seg, start)!;
  return end === piece.at + piece.length;
}

// A label that opens a line: a few words, then a colon ("Marke: ", "Farbe Korpus: "); LABEL_BEFORE
// when nothing follows it before the run.
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} ().\/&-]{0,40}:/u;
const LABEL_BEFORE = new RegExp(LABEL.source + '[ \\t]*$', 'u');

/**
 * True when the run start..end is the whole value after a label that opens its line, in an entry
 * of a spec list (a list item or table row, or a paragraph of several such lines: "Marke: PEGASO"),
 * and the label holds no sales word: "Big news: WE ARE OPEN ON SUNDAYS" and „Jetzt neu: DER
 * TURBO-MIXER“ shout.
 */
function labelValue(seg: Segment, start: number, end: number, shoutWords: WordSet | undefined): boolean {
  const piece = pieceAt(seg, start);
  if (!piece || !opensLine(seg, piece.at) || end !== piece.at + piece.length) return false;
  const label = seg.text.slice(piece.at, start);
  if (!LABEL_BEFORE.test(label) || label.split(/[^\p{L}]+/u).some((w) => w && shoutWords?.has(w.toLowerCase()))) return false;
  return isEntry(seg) || seg.pieces.filter((p) => opensLine(seg, p.at) && LABEL.test(seg.text.slice(p.at, p.at + p.length))).length >= 2;
}

/** True when a word of the run first..last is a sales word ("SALE", „JETZT“). */
function shoutRunHasSalesWord(words: readonly string[], first: number, last: number, shoutWords: WordSet | undefined): boolean {
  for (let k = first; k <= last; k++) if (shoutWords?.has(words[k].toLowerCase())) return true;
  return false;
}

/** Too many exclamations for the length of a paragraph ("!!!" counts once). */
export const exclamationDensityCheck: SegmentCheck = (_rule, ctx, options, report) => {
  let count = 0; // runs of "!"
  for (let i = ctx.text.indexOf('!'); i >= 0; i = ctx.text.indexOf('!', i + 1)) if (ctx.text[i - 1] !== '!') count++;
  const words = ctx.tokens.count;
  if (count < options.minCount || words === 0) return;
  const per100 = (count * 100) / words;
  if (per100 <= options.maxPer100Words) return;
  report({ start: 0, end: ctx.text.length, vars: { count, words, per100: Math.round(per100) } });
};

/** A paragraph that talks about the sender (we/our) and hardly to the reader (you/your). */
export const senderCentredCheck: SegmentCheck = (rule, ctx, options, report) => {
  const sender = ctx.hitsOf(rule.sets.sender).length;
  if (sender < options.minSender) return;
  const reader = ctx.hitsOf(rule.sets.reader).length;
  if (reader > sender * options.maxReaderPerSender) return;
  report({ start: 0, end: ctx.text.length, vars: { sender, reader } });
};
