import type { Hit } from '../match/termIndex';
import type { CompiledRule, SetRef, WordSet } from '../rules/compile';
import type { SegmentContext } from './context';
import type { SegmentCheck } from './report';

// Endings of a German plural noun ("Großbanken", "Zustellfirmen", "Konzerne", "Schulmediziner",
// "Influencers"), and of singular nouns that take none of them as a plural ("Wohnung", "Freiheit").
const DE_PLURAL = /(?:er|e|n|s)$/;
const DE_SINGULAR = /(?:ung|heit|keit|ion|tät|schaft|ur|ik|nis|tum)$/;
// An English plural: a final s that is not part of -ss, -us, -is ("brands", "landlords", not "business", "status"), or an irregular one for people.
const EN_PLURAL = /[^su'’]s$|^(?:people|men|women|children)$/i;
// Marks that end a clause, where a subject's or a description's reach ends.
const CLAUSE_MARKS = ',;:–—';
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
// The reader addressed formally, capitalised though no noun: „Die zocken Sie ab“.
const FORMAL = /^(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)$/;
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
// A German plural finite verb ("knabbern", "werfen", "sind"); an English word that may follow a plural subject (no -s: "are", "have", "sell", "who", "can't").
const DE_PLURAL_VERB = /^(?:\p{Ll}+(?:en|ern|eln)|sind)$/u;
const EN_AFTER_PLURAL = /^\p{Ll}+(?:['’]\p{Ll}+)?$/u;
// German nouns for people by what they do: „Abfüller“, „Schulmediziner“, „Sofahocker“ (English
// ones come from the persons lexicon, which tells "drivers" from "letters").
const DE_AGENT = /(?:er|erinnen|isten|anten|enten)$/;

/** The word lists group-subject looks single words up in, by lexicon role (see the rule YAML). */
interface SubjectWords {
  lead?: WordSet;
  determiners?: WordSet;
  openers?: WordSet;
  blockers?: WordSet;
  clauseOpeners?: WordSet;
  pronouns?: WordSet;
  persons?: WordSet;
  simileExcept?: WordSet;
  mainVerbs?: WordSet;
  relatives?: WordSet;
  sortRelatives?: WordSet;
  targets?: WordSet;
  sortQualifiers?: WordSet;
  nonParticiples?: WordSet;
}

/**
 * A group of others as the subject of a sentence that disparages it: "The big cargo-bike brands
 * are still welding shopping trolleys onto lawnmowers", „Die Großbanken knabbern an Ihrem
 * Girokonto wie Mäuse am Vorratssack“. The subject is a plural noun for people in the sentence's
 * first words, or "they" for a group named before; not the writer's side or the reader. The
 * predicate, in the subject's clause, holds a simile, an accusation, contempt, a negative
 * evaluation or word, or denied competence. The paragraph speaks for the writer or to the reader.
 */
export const groupSubjectCheck: SegmentCheck = (rule, ctx, options, report) => {
  const t = ctx.tokens;
  const inGroup = rule.sets.inGroup;
  // The writer's side or the reader in the writer's own words: a quoted "We were beaten by a
  // better side" in a match report sets nobody against anyone.
  const named = namedWriters(ctx);
  const sided = ctx.hasOwnHit(inGroup) || named !== undefined;
  // A class verdict needs a class and a verdict in the paragraph.
  const classHits = ctx.hitsOf(rule.sets.classSubjects);
  const hasVerdicts = classHits.length > 0 && ctx.hitsOf(rule.sets.verdicts).length > 0;
  // Sorting people out speaks for the writer by itself ("Built for pilots, not for the …",
  // "Forget the snobby sommeliers who …").
  const exclusions = ctx.hitsOf(rule.sets.exclusions);
  const absences = ctx.hitsOf(rule.sets.absences);
  const dismissals = opening(ctx, ctx.hitsOf(rule.sets.dismissals), rule.words.leadWords?.[ctx.lang]);
  if (!sided && !hasVerdicts && !exclusions.length && !absences.length && !dismissals.length) return;
  const classes: HitsByStart = { hits: classHits, at: classHits.length ? ctx.hitStartingAt(rule.sets.classSubjects) : NO_HITS };
  const lang = ctx.lang;
  const w = rule.words;
  const words: SubjectWords = {
    lead: w.leadWords?.[lang],
    determiners: w.determiners?.[lang],
    openers: w.postmodifierOpeners?.[lang],
    blockers: w.subjectBlockers?.[lang],
    clauseOpeners: w.clauseOpeners?.[lang],
    pronouns: w.groupPronouns?.[lang],
    persons: w.persons?.[lang],
    simileExcept: w.simileExcept?.[lang],
    mainVerbs: w.mainVerbs?.[lang],
    relatives: w.relatives?.[lang],
    sortRelatives: w.sortRelatives?.[lang],
    targets: w.targets?.[lang],
    sortQualifiers: w.sortQualifiers?.[lang],
    nonParticiples: w.nonParticiples?.[lang],
  };
  const inGroupAt = ctx.coverage(inGroup);
  const peopleAt = ctx.coverage(rule.sets.people);
  // People or organisations, not things: a known group ("Großbanken", "landlords"), an English
  // noun for a person ("clerks", the head of "Meat-eaters") or a German agent noun
  // („Schulmediziner“, „Abfüller“); „Die Plätze gehen weg wie warme Semmeln“ and "Important
  // letters" are no enemy image.
  // A German noun has a capital: „für immer“, „für unter 20 Euro“ name nobody.
  const namesPeople = (i: number) => peopleAt[i] === 1 || (lang === 'de' ? CAPITAL.test(t.text[i]) && DE_AGENT.test(t.text[i]) : isPerson(t.text[i], words.persons));
  // Trades, firms and institutions act as groups too („Die Stadtwerke zocken Sie ab“), but they
  // close for the summer and struggle with staff shortages: see tradeOnly.
  const tradesAt = ctx.coverage(rule.sets.trades);
  const isPeople = (i: number) => namesPeople(i) || tradesAt[i] === 1;
  const tradeOnly = (i: number) => tradesAt[i] === 1 && !namesPeople(i);
  const sorting = exclusions.length || absences.length || dismissals.length ? new Sorting(ctx, rule.sets, exclusions, absences, dismissals, classes.at, isPeople) : undefined;
  /** Reports a kind that sentence s sorts out; true when it did. */
  const reportSorted = (s: number): boolean => {
    const sorted = sorting ? sortedOut(ctx, s, sorting, words, options) : undefined;
    if (sorted) report({ start: t.start[sorted[0]], end: t.end[sorted[1]] });
    return sorted !== undefined;
  };
  // A paragraph that speaks for nobody is read only for kinds sorted out (and verdicts on a class, below).
  if (!sided && !hasVerdicts) {
    if (sorting) for (let s = 0; s < ctx.sentenceCount; s++) reportSorted(s);
    return;
  }
  const looseAt = ctx.hitStartingAt(rule.sets.looseSimile);
  const contrast: HitsByStart = { hits: ctx.hitsOf(rule.sets.contrast), at: ctx.hitStartingAt(rule.sets.contrast) };
  // The writer's side, the reader's and the writer's clientele are no others in a contrast clause:
  // "While our customers sleep", „Während die Kinder noch schlafen, decken wir den Tisch“.
  const ownSideAt = contrast.hits.length ? either(ctx.coverage(rule.sets.possessives), ctx.coverage(rule.sets.clientele)) : NO_COVERAGE;
  const deniedAt = ctx.coverage(rule.sets.deniedCompetence);
  // Most paragraphs hold no trait and no disparaging term: the attribute path then reads nothing.
  const attributes: Attributes | undefined =
    ctx.hitsOf(rule.sets.attributes).length
      ? { traitEnd: ctx.hitEndingAt(rule.sets.traits), starting: ctx.hitStartingAt(rule.sets.attributes), verdictAt: ctx.hitsOf(rule.sets.verdicts).length ? ctx.hitStartingAt(rule.sets.verdicts) : NO_HITS }
      : undefined;
  const others = sided ? othersOf(ctx, rule, named) : undefined;
  // A group of others named in an earlier sentence, which a pronoun may take up ("The big sauce
  // companies … They count on you not reading the label").
  let grouped = false;
  // Of those, one the lexicons know as others ("landlords", not "farmers"): a contrast frame may take it up as "they".
  let namedOthers = false;
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const a = t.sentenceStarts[s];
    const b = t.sentenceStarts[s + 1];
    const judged = hasVerdicts ? classVerdict(ctx, a, b, classes, rule.sets.verdicts, deniedAt, words, options) : -1;
    if (judged >= 0) {
      report({ start: t.start[a], end: t.end[judged] });
      continue;
    }
    if (reportSorted(s)) {
      grouped = true;
      continue;
    }
    if (!sided) continue;
    const contrasted = contrastSubject(ctx, a, b, contrast, words, namesPeople, tradesAt, peopleAt, ownSideAt, options.maxLeadWords, namedOthers);
    // The writer's side may answer a group the lexicons know as others in the next sentence:
    // „Während die Agrarlobby Pestizidgewinne zählt, sterben die Bienen. Wir stehen an der Seite der
    // Imker.“; not any people ("While the kids sleep, the dishwasher runs. We tuned it to 39 dB").
    if (contrasted >= 0 && (inGroupAfterClause(ctx, contrasted, b, inGroupAt) || (others !== undefined && others.known[contrasted] === 1 && opensNext(ctx, s, others)))) {
      // "While the newsrooms shrug, our volunteers haul carts out of the river": the contrast
      // itself sets the others against us, whatever the others are said to do.
      report({ start: t.start[a], end: t.end[contrasted] });
      grouped = true;
      continue;
    }
    // "Most roofers will take your deposit and vanish. We show up.": rivals as a kind, then the
    // writer's side at once, with an edge (see pointed).
    const rival = others ? rivalSubject(ctx, a, b, others, words, isPeople, inGroupAt, options.maxLeadWords) : -1;
    if (others && rival >= 0 && setAgainstWriter(ctx, s, rival, others, rule.sets)) {
      report({ start: t.start[a], end: t.end[rival] });
      grouped = true;
      continue;
    }
    const attributed = attributes ? attributedGroup(ctx, a, b, attributes, deniedAt, words, isPeople, inGroupAt, options.maxPredicateWords) : -1;
    if (attributed >= 0) {
      report({ start: t.start[attributed], end: t.end[attributed] });
      grouped = true;
      continue;
    }
    const pronoun = grouped ? pronounSubject(ctx, a, b, words) : -1;
    // An opinion's lead-in closed by a colon or a dash leaves the subject to the clause after it,
    // where none opens the sentence: "Let's be honest: most hearing-aid shops …", „Leute, ich sag's
    // euch ehrlich: Die Drogerie-Marken verarschen euch“ (not "Big carriers work like ticks: they …").
    const subjectFrom = (from: number) => pluralSubject(ctx, from, Math.min(b, from + options.maxLeadWords + 1), words, inGroupAt, isPeople, options.maxPostmodifierWords);
    let subject = pronoun >= 0 ? pronoun : subjectFrom(a);
    let ledIn = false;
    if (subject < 0 && ctx.hitsOf(rule.sets.opinionLeadIns).length) {
      const leadInAt = ctx.coverage(rule.sets.opinionLeadIns);
      const from = afterLeadIn(ctx, a, b, leadInAt, options.maxLeadInWords);
      if (from > a) subject = subjectFrom(from);
      ledIn = subject >= 0;
    }
    if (subject < 0 || (pronoun < 0 && !isPeople(subject))) continue;
    grouped = true;
    if (pronoun < 0 && peopleAt[subject] === 1) namedOthers = true;
    // The same for a group the lexicons know as others („Die Wohnmobil-Konzerne kleben Plastik auf
    // Plastik … Unser Ausbau: …“); not any noun for people („Die Zusteller bringen Ihre Pakete bis
    // 18 Uhr. Wir sagen Ihnen vorher Bescheid“) or for any group ("People here know us. We …").
    if (others && pronoun < 0 && others.known[subject] === 1 && setAgainstWriter(ctx, s, subject, others, rule.sets)) {
      report({ start: t.start[a], end: t.end[subject] });
      continue;
    }
    // A trade, or a subject after a lead-in, is disparaged only in the strong classes, not by a
    // negative word of AFINN: "Many schools struggle with staff shortages", "Our view: many farmers
    // are struggling after the drought".
    const negativity = ledIn || (pronoun < 0 && tradeOnly(subject)) ? rule.sets.strongNegativity : rule.sets.negativity;
    if (!ctx.sentenceHas(negativity, s) && !ctx.sentenceHas(rule.sets.looseSimile, s)) continue;
    // The disparagement stands in the predicate: after the subject, in its clause, a few words on
    // ("Fruitcakes make ideal gifts because the Postal Service has been unable …" has none). A walk
    // over the sentence's tokens: scanning every hit of the paragraph per sentence was quadratic.
    const starting = ctx.hitStartingAt(negativity);
    const end = Math.min(b, subject + 1 + options.maxPredicateWords);
    let disparaged = false;
    for (let k = subject + 1; k < end && !disparaged; k++) {
      if (clauseEndsAt(ctx, k, words)) break;
      disparaged = negativeAt(ctx, k, starting, deniedAt) || (looseAt[k] > 0 && simileReach(ctx, subject, k, words) && likensTo(ctx, k + 1, b, words.simileExcept));
    }
    if (disparaged) report({ start: t.start[a], end: t.end[subject] });
  }
};

/**
 * The token after a colon or a dash that closes a lead-in of at most `max` words opening sentence
 * a..b and announcing an opinion ("Let's be honest:", "Hot take:", „ich sag's euch ehrlich:“;
 * opinionAt), or a: "Note: most banks close at 4" and "Good news for tenants: landlords can no
 * longer …" announce information.
 */
function afterLeadIn(ctx: SegmentContext, a: number, b: number, opinionAt: Uint8Array, max: number): number {
  let opinion = false;
  for (let k = a; k < b && k <= a + max; k++) {
    if (k > a && opinion && ctx.gapHas(k, ':–—')) return k;
    if (opinionAt[k]) opinion = true;
  }
  return a;
}

/**
 * The hits that open a sentence, after at most one lead word (a dismissal is an imperative: "Forget
 * the …", "So forget the …", not "Don't forget the kids").
 */
function opening(ctx: SegmentContext, hits: readonly Hit[], lead: WordSet | undefined): readonly Hit[] {
  if (!hits.length) return hits;
  const t = ctx.tokens;
  return hits.filter((h) => {
    const a = t.sentenceStarts[t.sentence[h.first]];
    return h.first === a || (h.first === a + 1 && !!lead?.has(t.text[a].toLowerCase()));
  });
}

/** True when a new clause starts at token k, out of the reach of the subject before it. */
function clauseEndsAt(ctx: SegmentContext, k: number, words: SubjectWords): boolean {
  return ctx.gapHas(k, ';') || !!words.clauseOpeners?.has(ctx.tokens.text[k].toLowerCase());
}

/**
 * True when a negative term starts at token k and judges: a denied negative judges nobody
 * ("stories without any errors"); denied competence is the judgement itself ("have never shipped").
 */
function negativeAt(ctx: SegmentContext, k: number, starting: Int32Array, deniedAt: Uint8Array): boolean {
  return starting[k] > 0 && (deniedAt[k] === 1 || !ctx.analysis.negated(k));
}

/**
 * A verdict on a class of people that a relative clause defines, opening the sentence a..b:
 * "Anyone who still pays for a gym is a fool", "Everyone who rides an e-bike is just too lazy",
 * „Wer sein Rad im Netz bestellt, hat eben keine Ahnung“. The verdict stands in the main clause,
 * after the relative one: after its comma, or from the first main verb after the relative
 * clause's own ("Anyone who has ever had back pain knows" judges nobody; "People who hate
 * waiting love our express lane" has no verdict). Returns the last token of the class, or -1.
 * No side of the writer's is asked for: sorting people into fools and the rest is the polarizing act.
 */
function classVerdict(ctx: SegmentContext, a: number, b: number, classes: HitsByStart, verdicts: SetRef | undefined, deniedAt: Uint8Array, words: SubjectWords, options: Record<string, number>): number {
  const t = ctx.tokens;
  const i = afterLead(ctx, a, b, classes.at, words, options.maxLeadWords);
  if (i < 0) return -1;
  const last = classes.hits[classes.at[i] - 1].last;
  if (ctx.analysis.notWriters(i, last)) return -1;
  // The relative clause's own verb comes first: the main clause starts at a comma or a main verb after it.
  let from = last + 2;
  while (from < b && from <= last + 1 + options.maxPredicateWords && !ctx.gapHas(from, ',') && !words.mainVerbs?.has(t.text[from].toLowerCase())) from++;
  if (from >= b || from > last + 1 + options.maxPredicateWords) return -1;
  const starting = ctx.hitStartingAt(verdicts);
  const end = Math.min(b, from + options.maxPredicateWords);
  for (let k = from; k < end; k++) {
    if (k > from && clauseEndsAt(ctx, k, words)) break;
    if (negativeAt(ctx, k, starting, deniedAt)) return from - 1;
  }
  return -1;
}

/** Index of the hit of `at` that opens the sentence a..b after at most `maxLead` lead words ("And anyone who …", „Die meisten …“), or -1. */
function afterLead(ctx: SegmentContext, a: number, b: number, at: Int32Array, words: SubjectWords, maxLead: number): number {
  let i = a;
  while (i < b && i <= a + maxLead && !at[i] && words.lead?.has(ctx.tokens.text[i])) i++;
  return i < b && at[i] ? i : -1;
}

/**
 * What the path "a kind of people sorted out, others sorted in" reads: the frames that sort out
 * („nicht für“, "not the"), say a kind is absent ("no", „kein“) or dismiss it ("Forget the",
 * „Vergessen Sie die“), per token the heads of a crowd and which tokens name people. The other
 * sets are read on first use, from the context's cache: most frames ("no fees", „kein Problem“)
 * name no people, and then nothing else is read.
 */
class Sorting {
  readonly frames: HitsByStart;
  readonly absences: HitsByStart;
  readonly dismissals: HitsByStart;
  readonly crowds: Uint8Array;
  readonly isPeople: (i: number) => boolean;

  constructor(
    private readonly ctx: SegmentContext,
    private readonly sets: CompiledRule['sets'],
    frames: readonly Hit[],
    absences: readonly Hit[],
    dismissals: readonly Hit[],
    /** Per token, 1 + the class subject starting there („Leute, die“, "people who"). */
    readonly classAt: Int32Array,
    isPeople: (i: number) => boolean,
  ) {
    const byStart = (hits: readonly Hit[], ref: SetRef | undefined): HitsByStart => ({ hits, at: hits.length ? ctx.hitStartingAt(ref) : NO_HITS });
    this.frames = byStart(frames, sets.exclusions);
    this.absences = byStart(absences, sets.absences);
    this.dismissals = byStart(dismissals, sets.dismissals);
    const crowds = (this.crowds = ctx.coverage(sets.crowds));
    this.isPeople = (i) => isPeople(i) || crowds[i] === 1;
  }

  /** Per token, where a judgement starts (a trait, an accusation, contempt, denied ability, a verdict). */
  get judgedAt(): Int32Array {
    return this.ctx.hitStartingAt(this.sets.attributes);
  }
  get corrections(): Uint8Array {
    return this.ctx.coverage(this.sets.corrections);
  }
  get known(): Uint8Array {
    return this.ctx.coverage(this.sets.others);
  }
  get traitEnd(): Int32Array {
    return this.ctx.hitEndingAt(this.sets.traits);
  }
  get clientele(): Uint8Array {
    return this.ctx.coverage(this.sets.clientele);
  }
  /** True when the word itself is a crowd noun: a compound of one has its modifier inside („Abo-Publikum“). */
  isCrowd(word: string): boolean {
    return this.ctx.isEntry(this.sets.crowds, word);
  }
  /** True when the word itself is a noun for people at large („Leute“, "people"). */
  isGeneric(word: string): boolean {
    return this.ctx.isEntry(this.sets.genericPeople, word);
  }
}

/**
 * First and last token of a kind of people that sentence s sorts out of the copy's audience while
 * the copy sorts others in, or undefined: "Built for pilots, not for the car-park posers who …",
 * „Unser Landbier wird nicht für Großstädter gebraut, die … Es wird für die gebraut, die …“,
 * „… keine Holländer, die … Hier campen Leute mit Anstand“. The kind is derided: a relative clause
 * or a participle on it, a trait before it, a word for others, or a crowd with a modifier ("the
 * flat-pack crowd", „Abo-Publikum“); not people at large („nicht für Menschen, die Blutverdünner
 * nehmen“) and not a plain target group ("Not for beginners"). The people it is for stand in the
 * sentence or one beside it (see sortsIn); a bare warning sorts nobody in. Or an imperative that
 * opens the sentence dismisses the derided kind: "Forget the snobby sommeliers who …", „Vergessen
 * Sie die Stadtführer-Papageien, die …“ ("Forget the queues" names nobody).
 */
function sortedOut(ctx: SegmentContext, s: number, sort: Sorting, words: SubjectWords, options: Record<string, number>): [number, number] | undefined {
  const t = ctx.tokens;
  const a = t.sentenceStarts[s];
  const b = t.sentenceStarts[s + 1];
  for (let i = a; i < b; i++) {
    const kind = sort.frames.at[i] ? 'exclusion' : sort.absences.at[i] ? 'absence' : sort.dismissals.at[i] ? 'dismissal' : undefined;
    if (!kind) continue;
    const frames = kind === 'exclusion' ? sort.frames : kind === 'absence' ? sort.absences : sort.dismissals;
    const frame = frames.hits[frames.at[i] - 1];
    const from = frame.last + 1;
    const found = kindAfter(ctx, from, b, sort, words, options.maxLeadWords);
    if (!found || ctx.analysis.notWriters(frame.first, found.g)) continue;
    const g = found.g;
    // A bare „Leute“, "people" after the frame is anyone; "the couch crowd" is a kind.
    const modified = g > from && !words.determiners?.has(t.text[g - 1].toLowerCase());
    if (sort.isGeneric(t.text[g]) && !modified) continue;
    const clause = describedAfter(ctx, g, b, words, options.maxPredicateWords);
    // A correction answers a frame that names no audience: „Es sind nicht die Lehrer, die versagen,
    // sondern die Lehrpläne“ (but „nicht für Hipster, die …, sondern für Leute, die …“ sorts).
    if (clause && !namesAudience(ctx, frame, words) && correctedAfter(clause[1], b, sort)) continue;
    const judged = (g > a && sort.traitEnd[g - 1] > 0) || sort.known[g] === 1 || (!!clause && judges(clause, sort));
    // Sorting the audience ("not for", „nicht für“, „keine Halle für“) derides with any description of
    // a kind that is no clientele; "no", „kein“ and a dismissal need a judgement or a crowd ("No
    // recruiters who send CVs in bulk", „Lassen Sie die Mitarbeiter entscheiden, die …“).
    // A crowd in the singular is a kind of people ("the filing-cabinet crowd", „Abo-Publikum“); in
    // the plural it is congestion ("Skip the holiday crowds").
    const crowd = sort.crowds[g] === 1 && (modified || !sort.isCrowd(t.text[g])) && !(ctx.lang === 'en' && EN_PLURAL.test(t.text[g]));
    const sorting = kind === 'exclusion' || found.thing;
    const derided = judged || crowd || (sorting && !!clause && sort.clientele[g] !== 1);
    // Dismissing a derided kind needs no people sorted in: "Forget the vultures circling the forecourts".
    if (derided && (kind === 'dismissal' || sortsIn(ctx, s, frame.first, g, sort, words))) return [frame.first, g];
  }
  return undefined;
}

/**
 * Index of the noun for people a sorting frame names, after articles and adjectives (German:
 * words in lower case; English: any, as nouns modify nouns: "the couch crowd"), or after a thing
 * and "for" („keine Halle für Selfie-Kletterer“), within `max` words and before a clause mark; -1
 * at another noun first („kein Samt“, "no fees").
 */
function kindAfter(ctx: SegmentContext, from: number, b: number, sort: Sorting, words: SubjectWords, max: number): { g: number; thing: boolean } | undefined {
  const t = ctx.tokens;
  let thing = false;
  for (let k = from; k < b && k <= from + max; k++) {
    if (k > from && ctx.gapHas(k, CLAUSE_MARKS)) return undefined;
    if (sort.isPeople(k)) return { g: k, thing };
    if (LOWER.test(t.text[k]) && !(ctx.lang === 'en' && k > from && EN_PLURAL.test(t.text[k]))) continue;
    // A thing not for a kind: „keine Halle für Selfie-Kletterer, die …“, „Kein Ramsch für Leute, die …“.
    if (thing || k + 1 >= b || !words.targets?.has(t.text[k + 1].toLowerCase())) return undefined;
    thing = true;
    k++;
  }
  return undefined;
}

/**
 * The clause that describes the people at g, from its first word to its last (before the next
 * clause mark, at most `max` words), or undefined: a relative clause at once or after the
 * verb that ends the German clause („für Großstädter gebraut, die …“), or an English participle
 * ("the couch crowd squinting at …"; not "during", "morning": non-participles).
 */
function describedAfter(ctx: SegmentContext, g: number, b: number, words: SubjectWords, max: number): [number, number] | undefined {
  const t = ctx.tokens;
  const relative = (j: number) => {
    const w = t.text[j].toLowerCase();
    return !!(words.relatives?.has(w) || words.sortRelatives?.has(w));
  };
  let first = -1;
  if (ctx.lang === 'en') {
    const next = g + 1 < b && !ctx.gapHas(g + 1, CLAUSE_MARKS) ? t.text[g + 1] : '';
    if (next && (relative(g + 1) || (/^\p{Ll}+ing$/u.test(next) && !words.nonParticiples?.has(next)))) first = g + 1;
  } else {
    for (let j = g + 1; j < b && j <= g + 2 && first < 0; j++) if (ctx.gapHas(j, ',') && relative(j)) first = j;
  }
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < b && last + 1 <= first + max && !ctx.gapHas(last + 1, CLAUSE_MARKS)) last++;
  return [first, last];
}

/** True when a judgement (a trait, an accusation, contempt, denied ability, a verdict) stands in the clause. */
function judges(clause: [number, number], sort: Sorting): boolean {
  const judgedAt = sort.judgedAt;
  for (let k = clause[0]; k <= clause[1]; k++) if (judgedAt[k] > 0) return true;
  return false;
}

/** True when the frame says whom the copy is for: it holds "for", „für“ („nicht für“, "not made for"). */
function namesAudience(ctx: SegmentContext, frame: Hit, words: SubjectWords): boolean {
  for (let k = frame.first; k <= frame.last; k++) if (words.targets?.has(ctx.tokens.text[k].toLowerCase())) return true;
  return false;
}

/** True when a correction („sondern“, "but") follows the clause that ends at `last` in its sentence. */
function correctedAfter(last: number, b: number, sort: Sorting): boolean {
  const corrections = sort.corrections;
  for (let k = last + 1; k < b && k <= last + 2; k++) if (corrections[k]) return true;
  return false;
}

/**
 * True when sentence s or one beside it names the people the copy is for, apart from the kind
 * sorted out at x0..x1: "for" and people („für Leute, die …“, "for players", „für die, die …“),
 * or people that a phrase or a relative clause qualifies ("people with taste", „Leute mit
 * Anstand“, „Bei uns trainieren Leute, die …“).
 */
function sortsIn(ctx: SegmentContext, s: number, x0: number, x1: number, sort: Sorting, words: SubjectWords): boolean {
  const t = ctx.tokens;
  const from = t.sentenceStarts[Math.max(0, s - 1)];
  const to = t.sentenceStarts[Math.min(ctx.sentenceCount, s + 2)];
  const clientele = sort.clientele;
  const people = (j: number) => (j < x0 || j > x1) && (sort.isPeople(j) || clientele[j] === 1);
  for (let k = from; k < to; k++) {
    if (k >= x0 && k <= x1) continue;
    if (people(k) && (sort.classAt[k] > 0 || (k + 1 < to && t.sentence[k + 1] === t.sentence[k] && !!words.sortQualifiers?.has(t.text[k + 1].toLowerCase())))) return true;
    if (!words.targets?.has(t.text[k].toLowerCase())) continue;
    for (let j = k + 1; j < to && j <= k + 3 && t.sentence[j] === t.sentence[k]; j++) {
      if (people(j) || sort.classAt[j] > 0) return true;
      // „für die, die …“: a relative clause after the pronoun or its verb.
      if (j > k + 1 && ctx.gapHas(j, ',') && words.relatives?.has(t.text[j].toLowerCase())) return true;
      if (ctx.gapHas(j, ';:–—') || (ctx.lang === 'de' && CAPITAL.test(t.text[j]))) break;
    }
  }
  return false;
}

/** Per token, where a disparaging trait ends, where a term that disparages in a relative clause starts, and where a verdict starts. */
interface Attributes {
  traitEnd: Int32Array;
  starting: Int32Array;
  verdictAt: Int32Array;
}

/**
 * Index of a plural group of people in the sentence a..b, not the writer's side or the reader,
 * that an attribute disparages: a trait right before it ("lazy drivers", „gierige Vermieter“)
 * or a relative clause after it with a trait, an accusation, contempt or denied ability
 * ("agri-giants that bleed every dairy farmer dry", „Drückerkolonnen, die an Haustüren
 * Knebelverträge verteilen“); not "patients who suffer", as the clause reads no word of AFINN.
 * Or -1.
 */
function attributedGroup(ctx: SegmentContext, a: number, b: number, attr: Attributes, deniedAt: Uint8Array, words: SubjectWords, isPeople: (i: number) => boolean, inGroupAt: Uint8Array, max: number): number {
  const t = ctx.tokens;
  for (let i = a; i < b; i++) {
    // The cheap tests first: a trait just before, or a relative pronoun just after.
    const trait = i > a && attr.traitEnd[i - 1] > 0;
    const qualified = i + 2 < b && attr.verdictAt.length > 0 && !!words.openers?.has(t.text[i + 1].toLowerCase());
    // A German relative clause stands after a comma; an English one may.
    const relative = i + 1 < b && !!words.relatives?.has(t.text[i + 1].toLowerCase()) && (ctx.lang === 'en' || ctx.gapHas(i + 1, ','));
    if ((!trait && !relative && !qualified) || inGroupAt[i] || !pluralNoun(ctx, i) || !isPeople(i)) continue;
    // Before a German plural the adjective ends in -e or -en: „ein unverschämter Briefträger“ is one man.
    if (trait && !ctx.gapHas(i, CLAUSE_MARKS) && (ctx.lang === 'en' || /en?$/.test(t.text[i - 1])) && !ctx.analysis.negated(i - 1)) return i;
    // A verdict in a phrase that qualifies the group: „Die Heizungsbauer von gestern“.
    if (qualified && qualifiedByVerdict(ctx, i, b, attr)) return i;
    if (!relative) continue;
    for (let k = i + 2; k < b && k <= i + 1 + max; k++) {
      if (k > i + 2 && (ctx.gapHas(k, CLAUSE_MARKS) || clauseEndsAt(ctx, k, words))) break;
      // Denied ability is the group's right after the pronoun ("who can't tell"), not a later
      // subject's ("people who drink so much you can't even remember").
      if (negativeAt(ctx, k, attr.starting, deniedAt) && (deniedAt[k] !== 1 || k <= i + 3)) return i;
    }
  }
  return -1;
}

/**
 * True when a verdict opens the phrase after the noun at i, or stands right after its opener
 * („Die Heizungsbauer von gestern“, „Leute ohne Geschmack“), undenied; further on it is the
 * predicate's ("People with dyslexia aren't stupid").
 */
function qualifiedByVerdict(ctx: SegmentContext, i: number, b: number, attr: Attributes): boolean {
  for (let k = i + 1; k < b && k <= i + 2; k++) if (attr.verdictAt[k] > 0 && !ctx.analysis.negated(k)) return true;
  return false;
}

/** True when token i is a plural noun: German with a capital and a plural ending, English with a plural -s or an irregular plural. */
function pluralNoun(ctx: SegmentContext, i: number): boolean {
  const w = ctx.tokens.text[i];
  return ctx.lang === 'de' ? CAPITAL.test(w) && DE_PLURAL.test(w) && !DE_SINGULAR.test(w) : EN_PLURAL.test(w);
}

/**
 * Index of a plural group of people or a known group in a contrast clause that opens the sentence a..b („Während
 * die Großspediteure noch faxen, …“, "While the big agencies …"), or "they" right after the frame
 * when a group of others was `named` before; else -1. In a German subordinate clause the verb
 * comes last, so no plural verb is asked for.
 */
function contrastSubject(ctx: SegmentContext, a: number, b: number, contrast: HitsByStart, words: SubjectWords, isPeople: (i: number) => boolean, tradesAt: Uint8Array, peopleAt: Uint8Array, ownSideAt: Uint8Array, maxLead: number, named: boolean): number {
  const t = ctx.tokens;
  if (!contrast.at[a]) return -1;
  const from = contrast.hits[contrast.at[a] - 1].last + 1;
  for (let i = from; i < b && i <= from + maxLead; i++) {
    const w = t.text[i];
    if (i > from && ctx.gapHas(i, CLAUSE_MARKS)) return -1;
    // "they" for a group of others named before: "Landlords have had it their way. While they count
    // their rent, you …" (English: German „die“ after „während“ is an article).
    if (named && i === from && ctx.lang === 'en' && words.pronouns?.has(w.toLowerCase())) return i;
    // The writer's side, the reader's or the clientele are no others: "While our customers sleep",
    // "while your competitors wait"; a pronoun leaves the group to come („Während euch die Verkäufer …“).
    // Others' clientele still names others: "While the owners of the big chains …".
    if (ownSideAt[i] && !(i + 1 < b && OF_OTHERS.test(t.text[i + 1]))) return -1;
    if (words.lead?.has(w) || w.toLowerCase() === 'sich') continue;
    // English: a verb after the noun in its clause ("the big agencies argue", not "the paint dries,").
    const plural = pluralNoun(ctx, i) && (ctx.lang === 'de' || (i + 1 < b && !ctx.gapHas(i + 1, CLAUSE_MARKS) && EN_AFTER_PLURAL.test(t.text[i + 1])));
    // A known group needs no plural after a nominative article: „Während die Konkurrenz noch
    // schläft“, „Während die Generation Z noch wischt“; „Während der Generation unserer Großeltern“ is a time.
    if ((plural && (isPeople(i) || (tradesAt[i] === 1 && modifiedTrade(ctx, i, from, words)))) || (peopleAt[i] === 1 && (i === from || /^(?:die|the)$/i.test(t.text[i - 1])))) return i;
  }
  return -1;
}

/**
 * True when a trade in a contrast clause is a kind of firm, by a modifier or a compound ("While
 * other churches …", "While the industrial swill factories …", „Während in den Aufback-Filialen
 * …“): the trade itself is a time or a place ("While schools are closed for the summer", „Während
 * die Filialen umgebaut werden“).
 */
function modifiedTrade(ctx: SegmentContext, i: number, from: number, words: SubjectWords): boolean {
  const t = ctx.tokens;
  return t.text[i].includes('-') || (i > from && LOWER.test(t.text[i - 1]) && !words.lead?.has(t.text[i - 1].toLowerCase()));
}

/**
 * What the path "others as a kind, then the writer's side" reads, per token: sentence starts that
 * open for the writer, groups the lexicons know as others, rival leads, the writer's clientele, verbs of opinion, the reader, marks of contrast, the copula and generations.
 */
interface Others {
  opens: Uint8Array;
  known: Uint8Array;
  leads: HitsByStart;
  clientele: Uint8Array;
  opinion: Uint8Array;
  reader: Uint8Array;
  marks: Uint8Array;
  copula: Uint8Array;
  generations: Uint8Array;
}

/**
 * The sets of the path, read only where the paragraph names rivals or known others and a sentence
 * after the first opens for the writer (this runs for every paragraph that speaks for the writer).
 */
function othersOf(ctx: SegmentContext, rule: CompiledRule, named: Uint8Array | undefined): Others | undefined {
  if (!ctx.hitsOf(rule.sets.rivalLeads).length && !ctx.hitsOf(rule.sets.others).length) return undefined;
  const t = ctx.tokens;
  const openers = ctx.coverage(rule.sets.writerOpeners);
  const opens = new Uint8Array(t.count);
  let later = false;
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const i = t.sentenceStarts[s];
    if (i >= t.count || (openers[i] !== 1 && named?.[i] !== 1) || ctx.analysis.notWriters(i, i)) continue;
    opens[i] = 1;
    if (s > 0) later = true;
  }
  if (!later) return undefined;
  const leads = ctx.hitsOf(rule.sets.rivalLeads);
  return {
    opens,
    known: ctx.coverage(rule.sets.others),
    leads: { hits: leads, at: leads.length ? ctx.hitStartingAt(rule.sets.rivalLeads) : NO_HITS },
    clientele: ctx.coverage(rule.sets.clientele),
    opinion: ctx.coverage(rule.sets.opinionVerbs),
    reader: ctx.coverage(rule.sets.reader),
    marks: ctx.coverage(rule.sets.contrastMarks),
    copula: ctx.coverage(rule.sets.copula),
    generations: ctx.coverage(rule.sets.generations),
  };
}

/**
 * Index of the plural noun for people or organisations that a rival lead opening the sentence a..b
 * qualifies ("Other driving schools", "Most tutors", „Die meisten Hausverwaltungen“, „Andere
 * Fahrschulen“), within a few words and before a clause mark; not the writer's side or the
 * reader's ("Die meisten unserer Fahrlehrer", „Die meisten Ihrer Kollegen“, "Most of your
 * neighbours"). Or -1.
 */
function rivalSubject(ctx: SegmentContext, a: number, b: number, others: Others, words: SubjectWords, isPeople: (i: number) => boolean, inGroupAt: Uint8Array, maxLead: number): number {
  const t = ctx.tokens;
  const i = afterLead(ctx, a, b, others.leads.at, words, 1);
  if (i < 0) return -1;
  const from = others.leads.hits[others.leads.at[i] - 1].last + 1;
  for (let k = from; k < b && k <= from + maxLead; k++) {
    if ((k > from && ctx.gapHas(k, CLAUSE_MARKS)) || inGroupAt[k] || (ctx.lang === 'de' && FORMAL.test(t.text[k]))) return -1;
    if (pluralNoun(ctx, k) && isPeople(k)) return k;
  }
  return -1;
}

/**
 * True when the subject at token i of sentence s, a group of others, stands against the writer's
 * side opening the next sentence („Bei uns …“, "We show up.", "Our fleet: …") with an edge (see
 * pointed); not the writer's clientele ("Most customers run them for six years"), not others'
 * opinion ("Some people will say it is too early. We think …" argues), not in reported speech.
 */
function setAgainstWriter(ctx: SegmentContext, s: number, i: number, others: Others, sets: CompiledRule['sets']): boolean {
  if (!opensNext(ctx, s, others) || others.clientele[i] || ctx.sentenceHas(sets.reportFrames, s)) return false;
  const next = ctx.tokens.sentenceStarts[s + 1];
  for (let k = i + 1; k < next && k <= i + 3 && !ctx.gapHas(k, CLAUSE_MARKS); k++) if (others.opinion[k]) return false;
  return pointed(ctx, s, i, others, sets);
}

/**
 * True when the pairing of others and the writer's side has an edge: the others act on the reader
 * ("will take your deposit", „verkaufen Ihnen PowerPoint“), the others' sentence disparages
 * (a negative word or a simile) or says what they are ("Most tutors are burnt-out grad
 * students"), the others are a generation, or a mark of contrast stands in either sentence ("are still
 * welding", "who actually ride", „die Einzigen, die noch hinsehen“). Without one the pair is
 * plain information: "Some airlines require a printed boarding pass. We recommend printing
 * yours", „Die Banken schließen freitags früher. Wir haben bis 20 Uhr geöffnet“.
 */
function pointed(ctx: SegmentContext, s: number, i: number, others: Others, sets: CompiledRule['sets']): boolean {
  const t = ctx.tokens;
  const end = t.sentenceStarts[s + 2] ?? t.count;
  for (let k = i + 1; k < t.sentenceStarts[s + 1]; k++) if (others.reader[k] && !ctx.analysis.notWriters(k, k)) return true;
  // A generation as a whole is a stereotype by itself: "Boomers want a landline and a parking space".
  if (others.generations[i] || ctx.sentenceHas(sets.negativity, s) || ctx.sentenceHas(sets.looseSimile, s)) return true;
  // Or they are said to be something: "Most tutors are burnt-out grad students", "Most agents in this town are salesmen".
  for (let k = i + 1; k < t.count && k <= i + 4 && t.sentence[k] === s && !ctx.gapHas(k, CLAUSE_MARKS); k++) if (others.copula[k]) return true;
  for (let k = t.sentenceStarts[s]; k < end; k++) if (others.marks[k]) return true;
  return false;
}

/** True when the sentence after sentence s opens for the writer's side, in the writer's own words. */
function opensNext(ctx: SegmentContext, s: number, others: Others): boolean {
  return s + 1 < ctx.sentenceCount && others.opens[ctx.tokens.sentenceStarts[s + 1]] === 1;
}

/**
 * Per token, 1 where an English sentence opens with a business name of several words, the
 * writer's own in copy: "At Fenwick's Hardware, the man behind the counter …", "At Holloway
 * Talent, a person reads every CV"; not "At Heathrow, queues stretched" or "At Christmas, …".
 * German „Bei …“ starts „Bei Fragen“ too. Undefined when no sentence does.
 */
function namedWriters(ctx: SegmentContext): Uint8Array | undefined {
  if (ctx.lang !== 'en') return undefined;
  const t = ctx.tokens;
  let named: Uint8Array | undefined;
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const i = t.sentenceStarts[s];
    if (i + 3 >= t.count || t.text[i] !== 'At') continue;
    for (let k = i + 1; k <= i + 4 && t.sentence[k] === s && CAPITAL.test(t.text[k]); k++) {
      if (!ctx.gapHas(k + 1, ',')) continue;
      if (k > i + 1 && k + 1 < t.count && t.sentence[k + 1] === s) (named ??= new Uint8Array(t.count))[i] = 1;
      break;
    }
  }
  return named;
}

/** A set's hits (contrast frames, class subjects) and, per token, 1 + the index of the hit starting there. */
// For a set with no hits in the paragraph: no token starts one.
const NO_HITS = new Int32Array(0);
const NO_COVERAGE = new Uint8Array(0);
// A genitive or "of" after a clientele word: the clients are someone else's.
const OF_OTHERS = /^(?:of|der|des|von|vom)$/i;

/** Per token, 1 where either coverage has it (coverages of one paragraph, or empty). */
function either(x: Uint8Array, y: Uint8Array): Uint8Array {
  if (!y.length) return x;
  if (!x.length) return y;
  return x.map((v, i) => v | y[i]);
}

interface HitsByStart {
  hits: readonly Hit[];
  at: Int32Array;
}

/** True when the writer's side or the reader stands after the next clause mark after token i in the sentence ("…, our volunteers"). */
function inGroupAfterClause(ctx: SegmentContext, i: number, b: number, inGroupAt: Uint8Array): boolean {
  let k = i + 1;
  while (k < b && !ctx.gapHas(k, CLAUSE_MARKS)) k++;
  for (; k < b; k++) if (inGroupAt[k] && !ctx.analysis.notWriters(k, k)) return true;
  return false;
}

/** True when an English word, or the last part of a hyphenated one ("eaters" of "Meat-eaters"), names a person. */
function isPerson(word: string, persons: WordSet | undefined): boolean {
  return !!persons && (persons.has(word) || persons.has(word.slice(word.lastIndexOf('-') + 1)));
}

/**
 * True when a loose simile at token k stands where it likens the subject: after a verb and its
 * object ("knabbern an Ihrem Konto wie Mäuse"), or right after a verb that is no auxiliary or
 * adverb ("Big carriers work like ticks"); not "Engineers don't like …", "Customers really like …".
 */
function simileReach(ctx: SegmentContext, subject: number, k: number, words: SubjectWords): boolean {
  if (k > subject + 2) return true;
  const verb = ctx.tokens.text[k - 1];
  return k === subject + 2 && !words.lead?.has(verb.toLowerCase()) && !/ly$/.test(verb);
}

/**
 * True when the words from token i liken the subject to something: a noun, or an adjective and
 * a noun, after a bare „wie“/"like" („wie Mäuse am Vorratssack“, „wie alter Kaugummi“, "like
 * ticks on a sleeping dog"); not „wie versprochen“, „wie Sie wissen“, "like our app", "like it".
 * The caller reads it only from the third word after the subject, after a verb and its object:
 * not "Engineers don't like …", „Computer sind wie Klimaanlagen“.
 */
function likensTo(ctx: SegmentContext, i: number, b: number, except: WordSet | undefined): boolean {
  const t = ctx.tokens;
  if (i >= b || except?.has(t.text[i].toLowerCase())) return false;
  if (ctx.lang === 'en') return /^\p{L}/u.test(t.text[i]);
  return CAPITAL.test(t.text[i]) || (i + 1 < b && /^\p{Ll}+e[nrs]?$/u.test(t.text[i]) && CAPITAL.test(t.text[i + 1]));
}

/** Index of a pronoun for a group named before ("they") opening the sentence a..b after lead words, or -1. */
function pronounSubject(ctx: SegmentContext, a: number, b: number, words: SubjectWords): number {
  if (!words.pronouns) return -1;
  const t = ctx.tokens;
  for (let i = a; i < b && i < a + 3; i++) {
    const w = t.text[i].toLowerCase();
    // German „die“/„diese“ stand for a group before a verb, not as the article of a noun phrase:
    // „Und Agenturen? Die verkaufen dir …“, not „Die neuen Modelle …“.
    if (words.pronouns.has(w) && (ctx.lang !== 'de' || (i + 2 < b && LOWER.test(t.text[i + 1]) && (!CAPITAL.test(t.text[i + 2]) || FORMAL.test(t.text[i + 2]))))) return i;
    if (!words.lead?.has(w)) return -1;
  }
  return -1;
}

/** Index of the plural noun that is the subject of the sentence a..b, or -1. */
function pluralSubject(ctx: SegmentContext, a: number, b: number, words: SubjectWords, inGroupAt: Uint8Array, isPeople: (i: number) => boolean, maxPostmodifier: number): number {
  const t = ctx.tokens;
  const lead = words.lead;
  for (let i = a; i < b; i++) {
    // A clause mark ends the subject's reach ("Sicher, Banken sind …" has none), and the writer's
    // side or the reader is no group of others ("Unsere Kunden", "Your team").
    if ((i > a && ctx.gapHas(i, CLAUSE_MARKS)) || inGroupAt[i]) return -1;
    const w = t.text[i];
    // A preposition, a subordinator or a pronoun first makes the noun an object or another
    // clause's ("With foes ahead", "If it suspects", „Am 14. September entscheiden Sie“), and so
    // does a participle opening the sentence ("Watching strangers on television, we …").
    if (words.blockers?.has(w.toLowerCase()) || (i === a && ctx.lang === 'en' && GERUND.test(w))) return -1;
    // A possessive qualifies the noun after it: "The beginners' waltz course".
    if (/^['’]/.test(ctx.gap(i + 1))) continue;
    const next = i + 1 < t.count && t.sentence[i + 1] === t.sentence[a] ? t.text[i + 1] : '';
    if (ctx.lang === 'de') {
      // A German noun has a capital, and a plural subject takes a plural verb: „Die Großbanken
      // knabbern“, not „Die Jacke wiegt“.
      if (pluralNoun(ctx, i) && !lead?.has(w) && pluralVerbAfter(ctx, i, words, maxPostmodifier)) return i;
    } else if (EN_PLURAL.test(w) && w.length > 3 && !lead?.has(w) && EN_AFTER_PLURAL.test(next) && (i === a || isPeople(i) || lead?.has(t.text[i - 1]) || /[-\p{Lu}]/u.test(t.text[i - 1]))) {
      // After a determiner, a capitalised or hyphenated modifier, or first: "The big cargo-bike
      // brands are", "Career politicians have"; a noun for people after any modifier ("City
      // planning clerks guard"); and a verb without -s after it (not "The planner collects them").
      // A capital inside the sentence makes it a name, not a kind of people ("Riverside Rovers
      // crushed"), unless a noun for people follows a lead word: "The Democrats are", a party's
      // members named as a group.
      return i > a && CAPITAL.test(w) && !(isPeople(i) && lead?.has(t.text[i - 1].toLowerCase())) ? -1 : i;
    }
  }
  return -1;
}

/**
 * True when a German plural verb follows the noun at i, at once („Die Großbanken knabbern“) or
 * after a phrase that qualifies it („Die Krawattenträger in den Bankentürmen verdienen“, „Die
 * Berufspolitiker im Kreistag haben“): an opener, then at most `max` words before the verb.
 */
function pluralVerbAfter(ctx: SegmentContext, i: number, words: SubjectWords, max: number): boolean {
  const t = ctx.tokens;
  const s = t.sentence[i];
  if (i + 1 >= t.count || t.sentence[i + 1] !== s) return false;
  if (DE_PLURAL_VERB.test(t.text[i + 1])) return true;
  if (!words.openers?.has(t.text[i + 1].toLowerCase())) return false;
  for (let k = i + 2; k < t.count && k <= i + 1 + max && t.sentence[k] === s && !ctx.gapHas(k, CLAUSE_MARKS); k++) {
    // „den“ and „einen“ end like a plural verb.
    if (!words.determiners?.has(t.text[k]) && DE_PLURAL_VERB.test(t.text[k])) return true;
  }
  return false;
}
