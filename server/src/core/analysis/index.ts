/**
 * The analysis stage, between tokens and rules: what a careful reader knows about a paragraph
 * before judging a word in it — which words are quoted or reported (not the writer's voice),
 * which stand in the scope of a negation, and whether the paragraph sells, informs, instructs
 * or states terms. Computed once per paragraph and language, on first use; rules read it and
 * never compute it again.
 */
import type { Hit } from '../match/termIndex';
import type { SetRef } from '../rules/compile';
import type { Lang } from '../types';
import type { SegmentContext } from '../checks/context';
import { endsWithAttribution, quoteRuns, SELF_PUNCTUATED } from './quotes';
import { noSignals, type VoiceSignals } from './voice';

/** The analysis data (rules/analysis.yaml), compiled: sets by id, numbers as written. */
export interface AnalysisPack {
  quoteMinWords: number;
  negations: SetRef;
  /** Entries of the negation set that deny nothing ("nicht nur"), by their source text. */
  negationExceptions: Set<string>;
  negationWindow: number;
  /** The writer's denial of a judgement (analysis.yaml `denial`). */
  denial: { subjects: SetRef; verbs: SetRef; verbExceptions: Set<string>; negations: SetRef; ends: SetRef; continues: SetRef; window: number; after: Record<Lang, number> };
  reportFrames: SetRef;
  /** Evidence each voice needs, in the order of VOICES. */
  voiceMin: Float64Array;
  /** Evidence a paragraph's voice needs against another clear voice of its document, in the order of VOICES. */
  voiceOverride: Float64Array;
  /** Cue sets with the voice they show (an index into VOICES) and their weights. */
  /** `opens`: counted only where the cue opens a sentence that holds no `unless` term. */
  voiceCues: { voice: number; set: SetRef; weight: number; opens: boolean; unless?: SetRef }[];
  /** Characters that count for a voice (an index into VOICES). */
  voiceMarks: { voice: number; chars: string; weight: number }[];
}

// Marks that end a clause: a negation before one does not reach past it ("nicht billig, sondern gut").
const CLAUSE_MARKS = ',;:–—()';
// Marks that end a denial's scope wherever they stand; a comma ends it only where it starts something new (see endsDenial).
const SCOPE_MARKS = CLAUSE_MARKS.replace(',', '');

export class SegmentAnalysis {
  private quotes?: Uint16Array;
  private reported?: Uint8Array;
  private attributed?: boolean;
  private signals?: VoiceSignals;
  private denials?: Uint8Array;

  constructor(
    private readonly ctx: SegmentContext,
    private readonly pack: AnalysisPack,
  ) {}

  /** True when tokens first..last are someone else's words: inside a quotation, in a reported sentence, or in an attributed quote. */
  notWriters(first: number, last: number): boolean {
    const t = this.ctx.tokens;
    if (t.count === 0) return false;
    if ((this.attributed ??= endsWithAttribution(this.ctx.text))) return true;
    const runs = this.quoteRuns();
    if (this.isQuotation(runs[first]) && this.isQuotation(runs[last])) return true;
    return this.reportedSentences()[t.sentence[first]] === 1;
  }

  /** True when token i stands inside quotation marks at all, scare quotes included: fixes never edit there. */
  inQuotation(i: number): boolean {
    return this.ctx.tokens.count > 0 && this.quoteRuns()[i] > 0;
  }

  private quoteRuns(): Uint16Array {
    return (this.quotes ??= quoteRuns(this.ctx.text, this.ctx.tokens));
  }

  /** A quoted run long enough, or self-punctuated, to be someone else's words. */
  private isQuotation(run: number): boolean {
    return run >= this.pack.quoteMinWords || run === SELF_PUNCTUATED;
  }

  /** Per sentence, 1 where a frame of reported speech stands ("sagte", "laut", "according to", "warb mit"). */
  private reportedSentences(): Uint8Array {
    return (this.reported ??= this.ctx.sentencesWith(this.pack.reportFrames));
  }

  /** True when a negation stands within the window before token `first`, in its clause. */
  negated(first: number): boolean {
    const ctx = this.ctx;
    const hits = ctx.hitsOf(this.pack.negations);
    if (!hits.length) return false;
    const t = ctx.tokens;
    const ending = ctx.hitEndingAt(this.pack.negations);
    const sentenceStart = t.sentenceStarts[t.sentence[first]];
    for (let k = first - 1; k >= Math.max(sentenceStart, first - this.pack.negationWindow); k--) {
      if (ctx.gapHas(k + 1, CLAUSE_MARKS)) return false;
      if (ending[k] && !this.pack.negationExceptions.has(hits[ending[k] - 1].term.source)) return true;
    }
    return false;
  }

  /** True when tokens first..last stand in the scope of the writer's denial of a judgement ("We won't tell you the other shops are worse"). */
  inDenial(first: number, last: number): boolean {
    const covered = (this.denials ??= this.denialScopes());
    return covered[first] === 1 && covered[last] === 1;
  }

  /** Per token, 1 inside a denial's scope (analysis.yaml `denial`). */
  private denialScopes(): Uint8Array {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const covered = new Uint8Array(t.count);
    const d = this.pack.denial;
    const subjects = ctx.hitsOf(d.subjects);
    const verbs = ctx.hitsOf(d.verbs);
    if (!subjects.length || !verbs.length || !ctx.hitsOf(d.negations).length) return covered;
    const verbAt = ctx.hitStartingAt(d.verbs);
    const negationAt = ctx.hitStartingAt(d.negations);
    // Where scopes end is read only once a sentence holds a denial: most never do.
    let endAt: Int32Array | undefined;
    let continuesAt: Int32Array | undefined;
    const after = d.after[ctx.lang];
    for (let h = 0; h < subjects.length; h++) {
      const subject = subjects[h].last;
      if (covered[subject]) continue;
      const end = t.sentenceStarts[t.sentence[subject] + 1];
      // The verb within the window, in the subject's clause; a frame that asserts ("I don't need to tell you") is none.
      let verb = -1;
      for (let j = subject + 1; j < end && j <= subject + d.window && !ctx.gapHas(j, CLAUSE_MARKS); j++) {
        if (!verbAt[j]) continue;
        if (!d.verbExceptions.has(verbs[verbAt[j] - 1].term.source)) verb = j;
        break;
      }
      if (verb < 0) continue;
      const verbEnd = verbs[verbAt[verb] - 1].last;
      // Its negation: between the subject and the verb, or (German) just after the verb.
      let negation = -1;
      for (let j = subject + 1; j < end && j <= verbEnd + after; j++) {
        if (j > verbEnd && ctx.gapHas(j, CLAUSE_MARKS)) break;
        if (negationAt[j]) negation = j;
      }
      if (negation < 0) continue;
      const denial = Math.max(verbEnd, negation);
      endAt ??= ctx.hitStartingAt(d.ends);
      continuesAt ??= ctx.hitStartingAt(d.continues);
      let to = denial + 1;
      while (to < end && !endAt[to] && !this.endsDenial(to, denial, continuesAt)) to++;
      covered.fill(1, subject + 1, to);
    }
    return covered;
  }

  /** True when the gap before token j ends a denial that closed at token `denial`: a colon, semicolon or dash, or a comma that neither follows the denial directly nor opens what is denied. */
  private endsDenial(j: number, denial: number, continuesAt: Int32Array): boolean {
    const ctx = this.ctx;
    if (ctx.gapHas(j, SCOPE_MARKS)) return true;
    return ctx.gapHas(j, ',') && j > denial + 1 && !continuesAt[j];
  }

  /** Evidence of each voice in this paragraph (see voice.ts). */
  voiceSignals(): VoiceSignals {
    if (this.signals) return this.signals;
    const ctx = this.ctx;
    const s = noSignals();
    // Index loops: this runs for every paragraph on every keystroke.
    const cues = this.pack.voiceCues;
    for (let c = 0; c < cues.length; c++) {
      const hits = ctx.hitsOf(cues[c].set);
      s[cues[c].voice] += (cues[c].opens ? this.countOpening(hits, cues[c].unless) : hits.length) * cues[c].weight;
    }
    const marks = this.pack.voiceMarks;
    for (let m = 0; m < marks.length; m++) {
      const { chars, voice, weight } = marks[m];
      for (let c = 0; c < chars.length; c++) for (let i = ctx.text.indexOf(chars[c]); i >= 0; i = ctx.text.indexOf(chars[c], i + 1)) s[voice] += weight;
    }
    return (this.signals = s);
  }

  /**
   * How many of the hits open a sentence, not as a label ("Fill: 80 % down" is a spec line), in a
   * sentence without pressure: "Place your order today" sells.
   */
  private countOpening(hits: readonly Hit[], unless: SetRef | undefined): number {
    const ctx = this.ctx;
    const t = ctx.tokens;
    let n = 0;
    for (let h = 0; h < hits.length; h++) {
      const { first, last } = hits[h];
      const s = t.sentence[first];
      if (t.sentenceStarts[s] !== first || (last + 1 < t.count && ctx.gapHas(last + 1, ':'))) continue;
      if (ctx.sentenceHas(unless, s)) continue;
      n++;
    }
    return n;
  }
}
