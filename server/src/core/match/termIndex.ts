import { fold, foldedKey, wordKey } from '../morph';
import type { TermSpec } from '../rules/model';
import type { Tokens } from '../text/tokens';
import { PerWord } from '../text/words';
import type { Lang } from '../types';

const LOWER_INITIAL = /^\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
// Capitalised rather than in capitals ("Umwerfer", not "UMWERFEND").
const LOWER_SECOND = /^.\p{Ll}/u;

/** A compiled lexicon entry. */
export interface Term {
  set: number;
  source: string;
  /** Stems of the words after the first, matched on the following tokens. */
  rest: string[];
  /** Key of the separable particle that must follow in the same sentence ("laden … herunter"). */
  particle?: string;
  replace?: string[];
  /**
   * A German entry written with a capital: a noun (German capitalises nouns). It matches only
   * words with a capital or in capitals, and a fix must not remove it as if it were an adjective.
   */
  noun: boolean;
  /** Set for an entry that matches its own form only (lowercase), not the word's other inflections: "erklärte", not "erklären". */
  form: string | undefined;
  /**
   * A German entry in lower case (an adjective or a verb), one word: its folded form without a
   * final -e, -en or -n, which a capitalised word must begin with, folded, to be that word (see
   * formFiltered); after a weak participle's ge- where the entry is a verb in -en or -n.
   */
  lowerStart: string | undefined;
  /** For lowerStart: the entry is a verb's infinitive, so „Geschröpft“ may be its participle. */
  verb: boolean;
}

/**
 * True when a folded word begins with the entry's `start`, or, for a verb, is its weak participle
 * („Geschröpft“ of „schröpfen“; not „Gemeine“ of „mein“, „Gewissen“ of „wissen“).
 */
function startsAs(folded: string, term: Term): boolean {
  const start = term.lowerStart!;
  return folded.startsWith(start) || (term.verb && folded.startsWith('ge') && !start.startsWith('ge') && folded.endsWith('t') && folded.startsWith(start, 2));
}

/** Every entry is made here, so entries share one object shape (V8 deoptimized on spread copies). */
function makeTerm(lang: Lang, set: number, source: string, rest: string[], particle: string | undefined, replace: string[] | undefined, form?: string): Term {
  const noun = lang === 'de' && UPPER_INITIAL.test(source);
  const lowerStart = lang === 'de' && !noun && !rest.length && !particle && !source.includes('|') ? fold('de', source).replace(/(?:e|en|n)$/, '') : undefined;
  return { set, source, rest, particle, replace, noun, form, lowerStart, verb: lowerStart !== undefined && /n$/.test(source) };
}

export interface Hit {
  term: Term;
  /** First and last token index, inclusive. */
  first: number;
  last: number;
}

/** Adds a hit to its set's list (a function, not a closure in match: that allocated on every call). */
function emit(out: Map<number, Hit[]>, term: Term, first: number, last: number): void {
  const list = out.get(term.set);
  if (list) list.push({ term, first, last });
  else out.set(term.set, [{ term, first, last }]);
}

const MIN_PART = 3;
// What may follow a head's letters at the end of a compound: a German inflection ending.
const INFLECTION_END = /^(?:e|en|n|s|es|er|ern|ns)?$/;

interface WordInfo {
  stem: string;
  /** Entries keyed by the word's stem. */
  exact?: Term[];
  /** Entries found inside the word as a compound's head or modifier, in lookup order. */
  compounds?: Term[];
}

/**
 * All lexicon entries of one language in three maps, so a token costs one lookup for whole
 * words plus one per split point for compounds, however many rules and lexicons there are.
 * German inflection and English plurals/verb forms meet through the stemmer; participles
 * and separable verbs get extra keys.
 */
export class TermIndex {
  private readonly exact = new Map<string, Term[]>();
  private readonly heads = new Map<string, Term[]>();
  /** Heads whose key differs inside a longer word (see inCompound), with their letters, which the word must end in (perhaps inflected). */
  private readonly tailHeads: { term: Term; surface: string }[] = [];
  private readonly modifiers = new Map<string, Term[]>();
  // Last three letters of every head and first three of every modifier: most words fail this
  // one lookup and skip the split-point loops (and their substrings) entirely.
  private readonly headEnds = new Set<string>();
  private readonly modifierStarts = new Set<string>();
  private sets = 0;
  // Word info per distinct word; made anew when a set is added, since the info depends on the entries.
  private words = this.wordCache();
  private readonly infos: WordInfo[] = [];
  private hitAt = new Int32Array(0);
  private stamp = 0;

  constructor(readonly lang: Lang) {}

  /** Adds a set of entries and returns its id. */
  addSet(specs: readonly TermSpec[]): number {
    const set = this.sets++;
    this.words = this.wordCache();
    for (const spec of specs) this.add(set, spec);
    return set;
  }

  private wordCache(): PerWord<WordInfo> {
    return new PerWord((word) => this.wordInfo(word));
  }

  private key(word: string): string {
    return wordKey(this.lang, word);
  }

  /** True when `word` is a one-word entry of the set. */
  has(set: number, word: string): boolean {
    return (this.exact.get(this.key(word)) ?? []).some((t) => t.set === set && !t.rest.length && !t.particle);
  }

  private push(map: Map<string, Term[]>, key: string, term: Term): void {
    const list = map.get(key);
    if (!list) map.set(key, [term]);
    else if (!list.includes(term)) {
      list.push(term);
      // Longer phrases first, so a token counts once per set and the longest entry wins.
      list.sort((a, b) => b.rest.length - a.rest.length);
    }
  }

  private add(set: number, spec: TermSpec): void {
    const s = typeof spec === 'string' ? { term: spec } : spec;
    if (s.agent) {
      if (this.lang !== 'de') throw new Error(`"${s.term}": agent nouns are derived for German entries only`);
      // Its own forms only: stemmed, „Schleimer“ would be „Schleim“ („Haferschleim“), „Schwätzer“ „Geschwätz“.
      const noun = agentNoun(s.term);
      for (const form of [noun, noun + 'n', noun + 'in', noun + 'innen']) this.add(set, { ...s, term: form, agent: undefined, exact: true });
      return;
    }
    let text = s.term.trim();
    let particle = s.particle;
    const bar = text.indexOf('|');
    if (bar > 0) {
      particle = text.slice(0, bar);
      text = text.slice(bar + 1);
    }
    const words = text.split(/\s+/);
    const term = makeTerm(this.lang, set, s.term, words.slice(1).map((w) => this.key(w)), particle && this.key(particle), s.replace, s.exact ? words[0].toLowerCase() : undefined);
    const head = this.key(words[0]);
    // The stemmer cannot join a plural that is no suffix on the singular: a German noun in -a takes
    // -en („Firma“/„Firmen“, „Thema“/„Themen“), one in -il, -al or -ip takes -ien („Fossil“/„Fossilien“,
    // „Prinzip“/„Prinzipien“; not „Teil“, „Urteil“), an English word in -u takes -us, which the stemmer keeps whole (bus,
    // status): "guru"/"gurus". Such an entry is keyed by both forms.
    const forms = [words[0]];
    if (!s.exact && words.length === 1) {
      if (this.lang === 'de' && term.noun && /a$/.test(words[0])) forms.push(words[0].slice(0, -1) + 'en');
      else if (this.lang === 'de' && term.noun && /(?:[^e]il|al|ip)$/.test(words[0])) forms.push(words[0] + 'ien');
      else if (this.lang === 'en' && /u$/.test(words[0])) forms.push(words[0] + 's');
    }
    const keys = [head, ...forms.slice(1).map((f) => this.key(f))];
    if (s.alone !== false) for (const key of keys) this.push(this.exact, key, term);

    if (particle) {
      // Joined forms need no particle after them.
      const joined = makeTerm(this.lang, set, s.term, term.rest, undefined, s.replace);
      if (this.lang === 'de' && words.length === 1) {
        // Separable verbs: herunterladen, heruntergeladen, herunterzuladen.
        const verb = fold('de', words[0]);
        const p = fold('de', particle);
        const base = verb.replace(/e?n$/, '');
        for (const form of [p + verb, `${p}ge${base}t`, `${p}ge${verb}`, `${p}zu${verb}`]) {
          this.push(this.exact, this.key(form), joined);
        }
      } else this.push(this.exact, this.key(`${words[0]}-${particle}`), joined);
    }

    if (words.length === 1 && s.compound) {
      if (s.compound === 'head' || s.compound === 'any') {
        for (const key of keys) {
          this.push(this.heads, key, term);
          this.headEnds.add(key.slice(-MIN_PART));
        }
        // An exact head is matched by its own form (see wordInfo), which needs no inner key.
        for (const form of s.exact ? [] : forms) {
          const key = this.inCompound(form);
          if (keys.includes(key)) continue;
          this.tailHeads.push({ term, surface: fold(this.lang, form) });
          this.headEnds.add(key.slice(-MIN_PART));
        }
      }
      if (s.compound === 'modifier' || s.compound === 'any') {
        const modifier = fold(this.lang, words[0]);
        this.push(this.modifiers, modifier, term);
        this.modifierStarts.add(modifier.slice(0, MIN_PART));
      }
    }
  }

  /**
   * The key a German head has at the end of a longer word. CISTEM strips -em, -er and -nd only
   * from words of more than five letters, so a short head stems one way alone and another at
   * the end of a compound: „Plunder“ → plund, „Discounter-Plunder“ → discounter-plu.
   */
  private inCompound(head: string): string {
    if (this.lang !== 'de') return this.key(head);
    const LONG = 'xxxxxx';
    return foldedKey('de', LONG + fold('de', head)).slice(LONG.length);
  }

  /**
   * The heads of tailHeads that a compound ends in, by their letters and an inflection ending
   * ("discounter-plunder", „Geldgeiern“; not "himbeergeist", whose inner key is that of „Geier“);
   * no noun in a lowercase word.
   */
  private tailHeadsOf(folded: string, lower: boolean, into: Term[]): void {
    for (const { term, surface } of this.tailHeads) {
      if (lower && term.noun) continue;
      const at = folded.lastIndexOf(surface);
      if (at >= MIN_PART && INFLECTION_END.test(folded.slice(at + surface.length))) into.push(term);
    }
  }

  /**
   * What a word can start, worked out once per distinct word (see `words`): its key, the
   * entries keyed by it and the compound entries inside it. A token then costs one lookup,
   * however many entries, split points and rules there are.
   */
  private wordInfo(word: string): WordInfo {
    // Not through wordKey's cache: this runs once per distinct word already.
    const folded = fold(this.lang, word);
    const stem = foldedKey(this.lang, folded);
    const compounds: Term[] = [];
    if (word.length >= MIN_PART * 2) {
      // A compound takes its head's word class: a lowercase word ends in no noun („mitversichert“
      // is a participle, not a kind of „Versicherer“), as formFiltered keeps for whole words.
      const lower = LOWER_INITIAL.test(word);
      if (this.headEnds.has(stem.slice(-MIN_PART))) {
        this.tailHeadsOf(folded, lower, compounds);
        for (let k = MIN_PART; k <= stem.length - MIN_PART; k++) {
          const terms = this.heads.get(stem.slice(stem[k] === '-' ? k + 1 : k));
          if (!terms) continue;
          for (let t = 0; t < terms.length; t++) {
            const term = terms[t];
            // An exact head ends the word in its own form: "Sommer-Sale", not "Konferenzsälen".
            if (!term.rest.length && !(lower && term.noun) && (term.form === undefined || word.toLowerCase().endsWith(term.form))) compounds.push(term);
          }
        }
      }
      if (this.modifierStarts.has(folded.slice(0, MIN_PART))) {
        for (let k = MIN_PART; k <= folded.length - MIN_PART; k++) {
          const terms = this.modifiers.get(folded.slice(0, k));
          if (!terms) continue;
          const tail = folded.slice(folded[k] === '-' ? k + 1 : k);
          if (tail.length >= MIN_PART && /^\p{L}/u.test(tail)) compounds.push(...terms);
        }
      }
    }
    return { stem, exact: this.formFiltered(word, this.exact.get(stem)), compounds: compounds.length ? compounds : undefined };
  }

  /**
   * A noun entry ("Verlierer", "Recht des Stärkeren") does not start at a lowercase word with
   * the same stem: that is another word ("verliert", "versagen", "recht"). Words in capitals
   * or at a sentence start still match. An exact entry starts only at its own form. A German
   * adjective or verb matches a capitalised word only where the word begins with the entry's
   * form, umlauts folded and a participle's ge- left out: „Revolutionäres“, „Schläft“,
   * „Geschröpft“, not the noun „Umwerfer“ (a derailleur), whose stem is that of „umwerfend“.
   */
  private formFiltered(word: string, terms: Term[] | undefined): Term[] | undefined {
    if (!terms) return terms;
    const lower = LOWER_INITIAL.test(word);
    const capitalised = !lower && LOWER_SECOND.test(word);
    if (!lower && !terms.some((t) => t.form || (capitalised && t.lowerStart))) return terms;
    const lowered = word.toLowerCase();
    const folded = capitalised ? fold('de', word) : '';
    const kept = terms.filter(
      (t) => !(lower && t.noun) && (t.form === undefined || t.form === lowered) && !(capitalised && t.lowerStart !== undefined && !startsAs(folded, t)),
    );
    return kept.length ? kept : undefined;
  }

  /** Every entry hit in the tokens, grouped by set id. */
  match(tokens: Tokens): Map<number, Hit[]> {
    const out = new Map<number, Hit[]>();
    // Reused between calls (match never runs nested), as is hitAt: both were a large part of the garbage
    // (an array of sets emptied per token gave up its storage and took new storage at the next push).
    // Entries past tokens.count are left from an earlier call and never read.
    const infos = this.infos;
    for (let i = 0; i < tokens.count; i++) infos[i] = this.words.at(tokens, i);

    // A set counts once per token: hitAt[set] holds the last token (by a running count) it was hit at.
    if (this.hitAt.length < this.sets) this.hitAt = new Int32Array(this.sets);
    const hitAt = this.hitAt;
    for (let i = 0; i < tokens.count; i++) {
      const { exact, compounds } = infos[i];
      if (!exact && !compounds) continue;
      const stamp = this.nextStamp();
      if (exact) {
        for (let k = 0; k < exact.length; k++) {
          const term = exact[k];
          if (hitAt[term.set] === stamp) continue;
          const last = this.matchRest(term, infos, tokens, i);
          if (last >= 0) {
            hitAt[term.set] = stamp;
            emit(out, term, i, last);
          }
        }
      }
      if (compounds) {
        for (let k = 0; k < compounds.length; k++) {
          const term = compounds[k];
          if (hitAt[term.set] === stamp) continue;
          hitAt[term.set] = stamp;
          emit(out, term, i, i);
        }
      }
    }
    return out;
  }

  /** A number no token of the index has had, for hitAt. */
  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.hitAt.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Index of the last token of a multi-word or particle entry starting at `i`, or -1. */
  private matchRest(term: Term, infos: WordInfo[], tokens: Tokens, i: number): number {
    let last = i;
    for (let k = 0; k < term.rest.length; k++) {
      last++;
      if (last >= tokens.count || infos[last].stem !== term.rest[k] || tokens.sentence[last] !== tokens.sentence[i]) return -1;
    }
    if (term.particle) {
      for (let j = last + 1; j < tokens.count && j <= last + 8 && tokens.sentence[j] === tokens.sentence[i]; j++) {
        if (infos[j].stem === term.particle) return last;
      }
      return -1;
    }
    return last;
  }
}

/**
 * The German agent noun of a verb, with its particle in front: „pfuschen“ → „Pfuscher“,
 * „schwindeln“ → „Schwindler“, „lästern“ → „Lästerer“, „ab|zocken“ → „Abzocker“.
 */
export function agentNoun(verb: string): string {
  const [particle, base] = verb.includes('|') ? verb.split('|') : ['', verb];
  const stem = /eln$/.test(base) ? base.slice(0, -3) + 'l' : base.replace(/e?n$/, '');
  const noun = particle + stem + 'er';
  return noun[0].toUpperCase() + noun.slice(1);
}
