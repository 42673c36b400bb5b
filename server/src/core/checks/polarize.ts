import type { SegmentContext } from './context';
import type { SegmentCheck } from './report';

// Endings of a German plural noun ("Großbanken", "Zustellfirmen", "Konzerne", "Schulmediziner",
// "Influencers"), and of singular nouns that take none of them as a plural ("Wohnung", "Freiheit").
const DE_PLURAL = /(?:er|e|n|s)$/;
const DE_SINGULAR = /(?:ung|heit|keit|ion|tät|schaft|ur|ik|nis|tum)$/;
// An English plural: a final s that is not part of -ss, -us, -is ("brands", "landlords", not "business", "status").
const EN_PLURAL = /[^su'’]s$/;
const CAPITAL = /^\p{Lu}/u;
// A German plural finite verb ("knabbern", "werfen", "sind"); an English word that may follow a plural subject (no -s: "are", "have", "sell", "who").
const DE_PLURAL_VERB = /^(?:\p{Ll}+(?:en|ern|eln)|sind)$/u;
const EN_AFTER_PLURAL = /^\p{Ll}+$/u;
// Nouns for people by what they do: „Abfüller“, „Schulmediziner“, „Sofahocker“; "drivers", "lobbyists", "politicians".
const DE_AGENT = /(?:er|erinnen|isten|anten|enten)$/;
const EN_AGENT = /(?:ers|ists|ians|ors|ants|ents)$/;

/**
 * A group of others as the subject of a sentence that disparages it: "The big cargo-bike brands
 * are still welding shopping trolleys onto lawnmowers", „Die Großbanken knabbern an Ihrem
 * Girokonto wie Mäuse am Vorratssack“. The subject is a plural noun in the sentence's first
 * words (after determiners and adjectives), not the writer's side or the reader; the sentence
 * holds a simile, an accusation, contempt or a negative evaluation; and the paragraph speaks for the writer
 * or to the reader. Words come from the rule's lexicon roles: `inGroup` (the writer's side and
 * the reader), `people` (known groups), `negativity`, `leadWords` (determiners and quantifiers the
 * subject may follow).
 */
export const groupSubjectCheck: SegmentCheck = (rule, ctx, options, report) => {
  const t = ctx.tokens;
  const inGroup = rule.sets.inGroup;
  if (!ctx.hitsOf(inGroup).length) return;
  const inGroupAt = ctx.coverage(inGroup);
  const lead = rule.words.leadWords?.[ctx.lang];
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const a = t.sentenceStarts[s];
    const b = t.sentenceStarts[s + 1];
    const subject = pluralSubject(ctx, a, Math.min(b, a + options.maxLeadWords + 1), lead, inGroupAt);
    if (subject < 0 || !ctx.sentenceHas(rule.sets.negativity, s)) continue;
    // People or organisations, not things: a known group ("Großbanken", "landlords") or an agent
    // noun ("Schulmediziner", "Abfüller", "drivers"); „Die Plätze gehen weg wie warme Semmeln“ is no enemy image.
    if (!ctx.coverage(rule.sets.people)[subject] && !(ctx.lang === 'de' ? DE_AGENT : EN_AGENT).test(t.text[subject])) continue;
    // The negativity must stand in the predicate, after the subject (a walk over the sentence's
    // tokens: scanning every hit of the paragraph per sentence was quadratic in a long one).
    const starting = ctx.hitStartingAt(rule.sets.negativity);
    let after = false;
    for (let k = subject + 1; k < b && !after; k++) after = starting[k] > 0;
    if (!after) continue;
    report({ start: t.start[a], end: t.end[subject] });
  }
};

/** Index of the plural noun that is the subject of the sentence a..b, or -1. */
function pluralSubject(ctx: SegmentContext, a: number, b: number, lead: { has(w: string): boolean } | undefined, inGroupAt: Uint8Array): number {
  const t = ctx.tokens;
  for (let i = a; i < b; i++) {
    // A clause mark ends the subject's reach ("Sicher, Banken sind …" has none), and the writer's
    // side or the reader is no group of others ("Unsere Kunden", "Your team").
    if ((i > a && ctx.gapHas(i, ',;:–—')) || inGroupAt[i]) return -1;
    const w = t.text[i];
    const next = i + 1 < t.count && t.sentence[i + 1] === t.sentence[a] ? t.text[i + 1] : '';
    if (ctx.lang === 'de') {
      // A German noun has a capital, and a plural subject takes a plural verb: „Die Großbanken
      // knabbern“, not „Die Jacke wiegt“.
      if (CAPITAL.test(w) && DE_PLURAL.test(w) && !DE_SINGULAR.test(w) && !lead?.has(w) && DE_PLURAL_VERB.test(next)) return i;
    } else if (EN_PLURAL.test(w) && w.length > 3 && !lead?.has(w) && EN_AFTER_PLURAL.test(next) && (i === a || lead?.has(t.text[i - 1]) || /[-\p{Lu}]/u.test(t.text[i - 1]))) {
      // After a determiner, a capitalised or hyphenated modifier, or first: "The big cargo-bike
      // brands are", "Career politicians have"; and a verb without -s after it (not "The planner collects them").
      return i;
    }
  }
  return -1;
}
