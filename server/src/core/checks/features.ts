import type { SegmentContext } from './context';
import type { DocumentCheck, PageStats, SegmentCheck } from './report';
import { isEntry, opensLine } from '../parse/segment';
import { enumerationItems, lineItems, specScanner } from './specs';
import type { CompiledRule, SetRef } from '../rules/compile';

/** True when sentence s or the one after it says what the feature means (the rule's `unless` set). */
function explainedNearby(rule: CompiledRule, ctx: SegmentContext, s: number): boolean {
  return ctx.sentenceHas(rule.unless, s) || (s + 1 < ctx.sentenceCount && ctx.sentenceHas(rule.unless, s + 1));
}

/** A sentence that stacks specs in a list with no benefit or purpose. */
export const specDumpCheck: SegmentCheck = (rule, ctx, options, report) => {
  const specs = specScanner(rule, ctx);
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const a = ctx.tokens.sentenceStarts[s];
    const b = ctx.tokens.sentenceStarts[s + 1];
    const scan = specs.scan(a, b);
    if (scan.score < options.minScore) continue;
    if (enumerationItems(ctx, a, b, options.minItems).length < options.minItems) continue;
    if (explainedNearby(rule, ctx, s)) continue;
    report({ start: ctx.tokens.start[scan.first], end: ctx.tokens.end[scan.last], vars: { count: Math.floor(scan.score) } });
  }
};

// A dash that opens a line or follows a closing quotation mark names the quotation's source ("--
// Max DePree, chairman and CEO of Herman Miller Inc., The Wall Street Journal, May 3, 1988"): its
// commas list a name, a role, a publication and a date, no features. Not a dash after a full
// stop: „Neu eingetroffen! – Solardach, Markise, …“ lists features.
const DASH_BEFORE = /(--|—|–|―|-)[ \t]*$/;
const AFTER_QUOTE = /["”“»«)]\s*$/;

/** True when a dash before segment offset `at` opens its line or follows a closing quotation mark. */
function namesSource(ctx: SegmentContext, at: number): boolean {
  const before = ctx.text.slice(Math.max(0, at - 12), at);
  const dash = DASH_BEFORE.exec(before);
  if (!dash) return false;
  const dashAt = at - before.length + dash.index;
  const quoted = AFTER_QUOTE.test(ctx.text.slice(Math.max(0, dashAt - 4), dashAt));
  // A hyphen names a source only after a quotation ("… this decade." -Kevin M. Matarese, Fulda):
  // one that opens a line is a list's bullet.
  return quoted || (dash[1] !== '-' && opensLine(ctx.seg, dashAt));
}

/** A long enumeration of short items (features) with no "why" anywhere in the paragraph. */
export const featureListCheck: SegmentCheck = (rule, ctx, options, report) => {
  if (ctx.hitsOf(rule.unless).length) return;
  let listed = false;
  for (let s = 0; s < ctx.sentenceCount; s++) {
    const items = enumerationItems(ctx, ctx.tokens.sentenceStarts[s], ctx.tokens.sentenceStarts[s + 1], options.minItems);
    if (items.length < options.minItems) continue;
    if (namesSource(ctx, ctx.tokens.start[items[0][0]])) continue;
    // A feature is a noun phrase: an item with a pronoun, a finite verb or a subordinating word is a
    // clause ("wie oft Sie abtauchen", "he was a coward"), and a list of clauses is prose.
    // A long item that is a clause makes the sentence prose with a list in it ("Den Skoda, Baujahr
    // 2019, 84.000 km, haben wir in unserer Werkstatt durchgesehen").
    const clauseWords = rule.words.clauseWords?.[ctx.lang];
    const isClause = (it: number[]) => it.some((i) => clauseWords?.has(ctx.tokens.text[i]));
    // Items that open with a definite article name what the text refers to ("the partners, the
    // consultants, the bloggers"), not features' labels; one such item may lead a list in
    // („der brandneue Nomad XL mit Markise, Solardach, …“).
    const articles = rule.words.definiteArticles?.[ctx.lang];
    if (articles && items.filter((it) => articles.has(ctx.tokens.text[it[0]].toLowerCase())).length * 2 >= items.length) continue;
    // A clause before the first item makes the list its object, prose about someone ("Sie verteilen
    // Lebensmittel, Wasser, Kleidung …"); the writer's own offer stays a list ("Wir bieten Heizung,
    // Sanitär, Solarthermie …").
    if (items.some((it) => it.length > options.maxItemWords && isClause(it)) || (isClause(items[0]) && !items[0].some((i) => ctx.coverage(rule.sets.sender)[i]))) continue;
    const short = items.filter((it) => it.length <= options.maxItemWords && !isClause(it)).length;
    if (short < options.minItems - 1) continue;
    const first = items[0][0];
    const lastItem = items[items.length - 1];
    report({ start: ctx.tokens.start[first], end: ctx.tokens.end[lastItem[lastItem.length - 1]], vars: { count: items.length } });
    listed = true;
  }
  if (listed) return;
  // A bare list, one feature a line: lines that are noun phrases of up to maxLineWords words, none
  // a sentence, two or more naming materials or parts ("100% cotton duck cloth", "Rib knit
  // collar", "Metal rivets at crucial stress points"); one line may lead it in. Tables, glossaries
  // and recipes in lines name no parts.
  const lines = lineItems(ctx, options.minItems);
  if (!lines.length || namesSource(ctx, ctx.tokens.start[lines[0][0]])) return;
  const productAt = ctx.coverage(rule.sets.products);
  if (lines.filter((it) => it.some((i) => productAt[i])).length < 2) return;
  const clauseWords = rule.words.clauseWords?.[ctx.lang];
  const articles = rule.words.definiteArticles?.[ctx.lang];
  const label = (it: readonly number[]) =>
    it.length <= options.maxLineWords &&
    !it.some((i) => clauseWords?.has(ctx.tokens.text[i])) &&
    !articles?.has(ctx.tokens.text[it[0]].toLowerCase()) &&
    !/^[.!?]/.test(ctx.text.slice(ctx.tokens.end[it[it.length - 1]], ctx.tokens.end[it[it.length - 1]] + 1));
  if (lines.filter(label).length < Math.max(options.minItems, lines.length - 1)) return;
  const last = lines[lines.length - 1];
  report({ start: ctx.tokens.start[lines[0][0]], end: ctx.tokens.end[last[last.length - 1]], vars: { count: lines.length } });
};

/** A heading or title made of specs: the reader meets numbers before any reason to care. */
export const specHeadlineCheck: SegmentCheck = (rule, ctx, options, report) => {
  if (ctx.seg.kind !== 'heading' && ctx.seg.kind !== 'meta') return;
  if (ctx.hitsOf(rule.unless).length) return;
  const scan = specScanner(rule, ctx).scan(0, ctx.tokens.count);
  if (scan.score < options.minScore) return;
  report({ start: ctx.tokens.start[scan.first], end: ctx.tokens.end[scan.last], vars: { count: Math.floor(scan.score) } });
};

/** One segment's share of the page-level balance: statements with specs, statements with a benefit (first: its first feature statement). */
export interface BalanceStats extends PageStats {
  features: number;
  benefits: number;
  /** Table rows that only name features ("| Cask | first-fill ex-bourbon |"): they weigh on a page that states specs (namedRowWeight each). */
  namedRows: number;
}

/** Counts a segment's statements (sentences; a list item or table row is one) with specs or with a benefit. */
function balanceStats(rule: CompiledRule, ctx: SegmentContext, options: Record<string, number>): BalanceStats {
  const stats: BalanceStats = { features: 0, benefits: 0, namedRows: 0, first: undefined };
  const whole = isEntry(ctx.seg);
  const statements = whole ? 1 : ctx.sentenceCount;
  const specs = specScanner(rule, ctx);
  for (let s = 0; s < statements; s++) {
    if (statementHas(ctx, rule.unless, whole, s)) {
      stats.benefits++;
      continue;
    }
    const a = whole ? 0 : ctx.tokens.sentenceStarts[s];
    const b = whole ? ctx.tokens.count : ctx.tokens.sentenceStarts[s + 1];
    // Someone else's words (a quotation, reported speech) are not the page's statements.
    if (b > a && ctx.analysis.notWriters(a, b - 1)) continue;
    // A statement that presses without a number ("Spenden Sie JETZT", "final release dropping now")
    // is push's, not a spec (its words in capitals would read as acronyms); one that brings news of
    // a feature ("Now with Bluetooth LE and NFC", „Jetzt mit NFC“) stays one.
    if (presses(rule, ctx, whole, s) && !hasDigit(ctx, a, b)) continue;
    // The terms of an offer ("Free shipping over $50", "Returns within 30 days") say what buying
    // costs, not what the product is: neither a spec nor a benefit.
    if (statementHas(ctx, rule.sets.offerTerms, whole, s)) continue;
    // A list item or table row that is only a measure is a spec entry, and so is a list item or a
    // sentence fragment that only names a feature ("Dark Mode", "Carbon plate.": a few words, no
    // clause); a sentence needs more. A table row of a label and a value that name features
    // ("| Cask | first-fill ex-bourbon |") is counted apart: in a table of opening hours or
    // fixtures („| Montag | 9–18 Uhr |“) it is no spec.
    const spec = specs.scan(a, b).score >= (whole ? options.minItemSpecScore : options.minSpecScore);
    const named = !spec && ctx.seg.kind === 'table-row' && isNamedRow(rule, ctx, a, b, options);
    if (spec || named || (whole ? ctx.seg.kind === 'list-item' && isFeatureName(rule, ctx, a, b, options) : isFragmentName(rule, ctx, a, b, options))) {
      if (named) stats.namedRows++;
      else stats.features++;
      stats.first ??= [ctx.tokens.start[a], ctx.tokens.end[b - 1]];
    }
  }
  return stats;
}

/** True when the statement (the whole segment, or sentence s) holds a term of the set. */
function statementHas(ctx: SegmentContext, ref: SetRef | undefined, whole: boolean, s: number): boolean {
  return whole ? ctx.hitsOf(ref).length > 0 : ctx.sentenceHas(ref, s);
}

/** True when the statement holds a pressure word that is no feature news. */
function presses(rule: CompiledRule, ctx: SegmentContext, whole: boolean, s: number): boolean {
  return statementHas(ctx, rule.sets.pressure, whole, s) && !statementHas(ctx, rule.sets.featureNews, whole, s);
}

/** True when a token of a..b holds a digit: a count or a measure ("ONLY 10 LEFT" still lists stock). */
function hasDigit(ctx: SegmentContext, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (/\d/.test(ctx.tokens.text[i])) return true;
  return false;
}

/**
 * True when table row a..b is a label and a value that name features, a few words a cell: a spec
 * sheet's row. A row of three cells or more compares (products, prices by size).
 */
function isNamedRow(rule: CompiledRule, ctx: SegmentContext, a: number, b: number, options: Record<string, number>): boolean {
  const bar = ctx.seg.text.indexOf(' | ');
  if (bar < 0 || ctx.seg.text.indexOf(' | ', bar + 1) >= 0) return false;
  let value = a;
  while (value < b && ctx.tokens.start[value] < bar) value++;
  // A value of no words is a mark ("| OCR invoice capture | ✓ |").
  return isFeatureName(rule, ctx, a, value, options) && (value === b || isFeatureName(rule, ctx, value, b, options));
}

/**
 * A sentence that is only a feature's name, two words or more and closed by a full stop ("Carbon
 * plate.", "Engineered knit upper."): a question, an exclamation or a single word ("Blazing.") is
 * a slogan or a call, not a spec.
 */
function isFragmentName(rule: CompiledRule, ctx: SegmentContext, a: number, b: number, options: Record<string, number>): boolean {
  if (b - a < 2 || !isFeatureName(rule, ctx, a, b, options)) return false;
  const tail = ctx.gap(b).trimStart();
  return tail.startsWith('.') && !tail.startsWith('..');
}

/** Tokens a..b name a feature: at most `maxNameWords` words, no pronoun, finite verb or subordinating word. */
function isFeatureName(rule: CompiledRule, ctx: SegmentContext, a: number, b: number, options: Record<string, number>): boolean {
  if (b <= a || b - a > options.maxNameWords) return false;
  const clauseWords = rule.words.clauseWords?.[ctx.lang];
  for (let i = a; i < b; i++) if (clauseWords?.has(ctx.tokens.text[i])) return false;
  return true;
}

/**
 * Page-level balance: statements that carry specs against statements that carry a benefit
 * or a vision, summed over the page. Returns the totals when the page leans on features.
 */
function featureImbalance(segments: BalanceStats[], options: Record<string, number>): { features: number; benefits: number } | undefined {
  let features = 0;
  let benefits = 0;
  let namedRows = 0;
  for (const stats of segments) {
    features += stats.features;
    benefits += stats.benefits;
    namedRows += stats.namedRows;
  }
  // Named rows weigh less than specs (a table of a concert's place, start and tickets is one row
  // of specs at most), and only on a page that states specs at all.
  const weight = features > 0 ? features + namedRows * options.namedRowWeight : 0;
  if (weight < options.minFeatureStatements) return undefined;
  if (benefits > 0 && weight / benefits <= options.maxFeaturesPerBenefit) return undefined;
  return { features: features + namedRows, benefits };
}

/** Feature statements against statements of benefit or vision, over the page. */
export const featureBalanceCheck: DocumentCheck<BalanceStats> = { collect: balanceStats, judge: featureImbalance };
