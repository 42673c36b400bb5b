import type { CompiledRule, WordSet } from '../rules/compile';
import { opensLine } from '../parse/segment';
import { PerWordByte } from '../text/words';
import type { SegmentContext } from './context';

const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const MODEL = /^(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]{2,}$/u;
const ORDINAL = /^\p{N}+(?:st|nd|rd|th|er|te|ten|ern)$/iu;
// A time of day is no model name: "12:00am", "11:59pm" (the tokens "00am", "59pm").
const TIME = /^\p{N}{1,2}(?:am|pm)$/iu;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const CONJUNCTIONS = new Set(['und', 'and', 'sowie', 'oder', 'or', 'plus', 'inklusive', 'including']);

/** True when token i stands in a run of capitalised words ("INSANE DEAL"): shouting, not an acronym. */
function inCapsRun(ctx: SegmentContext, i: number): boolean {
  const t = ctx.tokens;
  const caps = (j: number) => j >= 0 && j < t.count && ACRONYM.test(t.text[j]) && /^\s+$/.test(ctx.gap(Math.max(i, j)));
  return caps(i - 1) || caps(i + 1);
}

/** True for an ordinary word: no digit, no hyphen, no capital after the first letter (the fast path). */
function isPlainWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 45) return false;
    if (k > 0 && c >= 65 && c <= 90) return false;
    if (c > 127 && k > 0 && w[k] !== w[k].toLowerCase()) return false;
    if (c > 127 && /\p{N}/u.test(w[k])) return false;
  }
  return true;
}

const PLAIN = new PerWordByte((w) => (isPlainWord(w) ? 1 : 0));

export interface SpecScan {
  /** Weighted count of spec items: a number with a technical unit, a model name or acronym scores 1; an everyday measure or a component noun 0.5. */
  score: number;
  first: number;
  last: number;
}

/**
 * The spec scans of one segment with a rule's lexicons (units and technical nouns). Rules with
 * the same lexicons share one scanner and so one scan per range: spec-dump and feature-balance
 * both read every sentence.
 */
export function specScanner(rule: CompiledRule, ctx: SegmentContext): SpecScanner {
  return ctx.memo(`specs ${rule.lexiconId}`, () => new SpecScanner(rule, ctx));
}

class SpecScanner {
  private readonly done = new Map<number, SpecScan>();

  constructor(
    private readonly rule: CompiledRule,
    private readonly ctx: SegmentContext,
  ) {}

  /** Scores the spec items among tokens [from, to). */
  scan(from: number, to: number): SpecScan {
    const key = from * (this.ctx.tokens.count + 1) + to;
    let result = this.done.get(key);
    if (!result) this.done.set(key, (result = scan(this.rule, this.ctx, from, to)));
    return result;
  }
}

/** Weight of a unit after a number: 1 for a technical unit, 0.5 for an everyday measure. */
function unitWeight(tech: WordSet | undefined, measure: WordSet | undefined, u: string): number {
  return tech?.has(u) ? 1 : measure?.has(u) ? 0.5 : 0;
}

/** Adds an item of weight w over tokens [a, b] to a scan. */
function addItem(r: SpecScan, w: number, a: number, b: number): void {
  r.score += w;
  if (r.first < 0) r.first = a;
  r.last = b;
}

// No closures in here: they made V8 allocate a context on every call (a scan per sentence).
function scan(rule: CompiledRule, ctx: SegmentContext, from: number, to: number): SpecScan {
  const t = ctx.tokens;
  const tech = rule.words.techUnits?.[ctx.lang];
  const measure = rule.words.measureUnits?.[ctx.lang];
  const common = rule.words.commonAcronyms?.[ctx.lang];
  const r: SpecScan = { score: 0, first: -1, last: -1 };
  const techTerm = ctx.coverage(rule.sets.techTerms);
  for (let i = from; i < to; i++) {
    const w = t.text[i];
    if (PLAIN.at(t, i)) {
      if (techTerm[i]) addItem(r, 0.5, i, i);
      continue;
    }
    if (NUMBER.test(w)) {
      const next = i + 1 < to ? t.text[i + 1] : '';
      const gap = ctx.gap(i + 1);
      let weight = /^\s*$/.test(gap) || gap.trim() === '×' ? unitWeight(tech, measure, next) : 0;
      if (!weight && /^\s*°/.test(gap)) weight = 0.5;
      if (weight) {
        addItem(r, weight, i, i + 1);
        i++;
      }
      continue;
    }
    if (w.includes('-')) {
      // Compounds such as "21-cm-Klinge", "6,7-Zoll-OLED", "625-Wh-Akku", "65-inch".
      const parts = w.split('-');
      let weight = 0;
      for (let p = 0; p < parts.length; p++) {
        if (NUMBER.test(parts[p]) && p + 1 < parts.length) weight = Math.max(weight, unitWeight(tech, measure, parts[p + 1]) || (/^\p{L}/u.test(parts[p + 1]) ? 0.5 : 0));
        else if (MODEL.test(parts[p]) && !ORDINAL.test(parts[p])) weight = Math.max(weight, 1);
        else if (ACRONYM.test(parts[p]) && !common?.has(parts[p])) weight = Math.max(weight, 1);
      }
      if (weight) addItem(r, weight, i, i);
      else if (techTerm[i]) addItem(r, 0.5, i, i);
      continue;
    }
    if (MODEL.test(w) && !ORDINAL.test(w) && !TIME.test(w)) addItem(r, 1, i, i);
    else if (ACRONYM.test(w) && !common?.has(w) && !inCapsRun(ctx, i)) addItem(r, 1, i, i);
    else if (techTerm[i]) addItem(r, 0.5, i, i);
  }
  return r;
}

/**
 * Items of the longest enumeration in tokens [from, to): parts split by commas and semicolons,
 * the last part split once more at "und"/"and" ("A, B, C und D"). A colon or dash starts a new list.
 */
export function enumerationItems(ctx: SegmentContext, from: number, to: number, minItems = 0): readonly number[][] {
  // Each item after the first needs a comma, semicolon or "&" before it, except one joined by "und"/"and":
  // a sentence with too few of those characters cannot reach minItems, and most sentences stop here.
  if (minItems > 2 && to > from && separatorChars(ctx.text, ctx.tokens.end[from], ctx.tokens.start[to - 1], minItems - 2) < minItems - 2) return NO_ITEMS;
  return longestEnumeration(ctx, from, to);
}

/**
 * The source lines of a segment as items, token indexes per line, when it has at least
 * `minItems` lines (a bare list in plain text: "Rib knit collar⏎Metal rivets at crucial stress
 * points⏎…"; the parser joins a paragraph's lines, each a piece of its own).
 */
export function lineItems(ctx: SegmentContext, minItems: number): readonly number[][] {
  if (ctx.seg.pieces.length < minItems) return NO_ITEMS;
  const t = ctx.tokens;
  const items: number[][] = [];
  for (let i = 0; i < t.count; i++) {
    if (i === 0 || opensLine(ctx.seg, t.start[i])) items.push([]);
    items[items.length - 1].push(i);
  }
  return items.length >= minItems ? items : NO_ITEMS;
}

// Shared by every sentence that cannot be an enumeration (readonly in type only).
const NO_ITEMS: readonly number[][] = [];

/** See enumerationItems; apart from it because its closure made V8 allocate on every call, the many early returns included. */
function longestEnumeration(ctx: SegmentContext, from: number, to: number): number[][] {
  let best: number[][] = [];
  let parts: number[][] = [[]];
  const close = () => {
    const last = parts[parts.length - 1];
    const cut = last.findIndex((i) => CONJUNCTIONS.has(ctx.tokens.text[i].toLowerCase()));
    const items = cut >= 0 ? [...parts.slice(0, -1), last.slice(0, cut), last.slice(cut + 1)] : parts;
    const nonEmpty = items.filter((x) => x.length);
    if (nonEmpty.length > best.length) best = nonEmpty;
  };
  for (let i = from; i < to; i++) {
    if (i > from && ctx.gapHas(i, ':–—')) {
      close();
      parts = [[]];
    } else if (i > from && ctx.gapHas(i, ',;&')) parts.push([]);
    parts[parts.length - 1].push(i);
  }
  close();
  return best;
}

/** Commas, semicolons and ampersands in text[from, to), counting up to `enough`. */
function separatorChars(text: string, from: number, to: number, enough: number): number {
  let n = 0;
  for (let k = from; k < to && n < enough; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x26) n++;
  }
  return n;
}
