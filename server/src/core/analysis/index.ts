/**
 * The analysis stage, between tokens and rules: what a careful reader knows about a paragraph
 * before judging a word in it — which words are quoted or reported (not the writer's voice),
 * which stand in the scope of a negation, and whether the paragraph sells, informs, instructs
 * or states terms. Computed once per paragraph and language, on first use; rules read it and
 * never compute it again.
 */
import type { Hit } from '../match/termIndex';
import type { SetRef } from '../rules/compile';
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
  /** The writer's denial of a judgement (analysis.yaml `disclaimer`). */
  disclaimer: { subjects: SetRef; verbs: SetRef; verbExceptions: Set<string>; ends: SetRef; window: number };
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

export class SegmentAnalysis {
  private quotes?: Uint16Array;
  private reported?: Uint8Array;
  private attributed?: boolean;
  private signals?: VoiceSignals;
  private denials?: { from: Int32Array; to: Int32Array };

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

  /** True when token `first` stands in the scope of the writer's denial of a judgement ("We won't tell you the other shops are worse"). */
  disclaimed(first: number): boolean {
    const d = (this.denials ??= this.findDenials());
    const s = this.ctx.tokens.sentence[first];
    return d.from[s] >= 0 && first >= d.from[s] && first < d.to[s];
  }

  /** Per sentence, the tokens from..to-1 a denial covers; from is -1 where the sentence holds none. */
  private findDenials(): { from: Int32Array; to: Int32Array } {
    const ctx = this.ctx;
    const t = ctx.tokens;
    const n = ctx.sentenceCount;
    const from = new Int32Array(n).fill(-1);
    const to = new Int32Array(n);
    const { subjects, verbs, verbExceptions, ends, window } = this.pack.disclaimer;
    if (!ctx.hitsOf(subjects).length || !ctx.hitsOf(verbs).length || !ctx.hitsOf(this.pack.negations).length) return { from, to };
    const subject = ctx.hitStartingAt(subjects);
    const verb = ctx.hitStartingAt(verbs);
    const negation = ctx.hitStartingAt(this.pack.negations);
    const contrast = ctx.hitStartingAt(ends);
    const negations = ctx.hitsOf(this.pack.negations);
    const verbHits = ctx.hitsOf(verbs);
    const subjectHits = ctx.hitsOf(subjects);
    for (let s = 0; s < n; s++) {
      const start = t.sentenceStarts[s];
      const end = t.sentenceStarts[s + 1];
      for (let k = start; k < end && from[s] < 0; k++) {
        if (!subject[k]) continue;
        let v = -1;
        for (let j = k + 1; j < end && j <= k + window; j++) if (verb[j] && !verbExceptions.has(verbHits[verb[j] - 1].term.source)) { v = j; break; }
        if (v < 0) continue;
        // The negation after the subject, before or after the verb („Wir halten sie nicht für …“).
        let not = -1;
        for (let j = k + 1; j < end; j++) {
          if (contrast[j]) break;
          if (negation[j] && !this.pack.negationExceptions.has(negations[negation[j] - 1].term.source)) { not = j; break; }
        }
        if (not < 0) continue;
        // From the subject on: the denying verb may be an accusation itself ("We won't tell you …").
        from[s] = subjectHits[subject[k] - 1].last + 1;
        let e = from[s];
        while (e < end && !contrast[e]) e++;
        to[s] = e;
      }
    }
    return { from, to };
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
