import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { wordKey } from '../../server/src/core/morph';
import { agentNoun, TermIndex } from '../../server/src/core/match/termIndex';
import { WordSet } from '../../server/src/core/rules/compile';
import { nativePattern } from '../../server/src/core/rules/patterns';
import { patternTriggers } from '../../server/src/core/rules/triggers';
import { tokenize } from '../../server/src/core/text/tokens';
import { PerWordByte, WORDS } from '../../server/src/core/text/words';
import type { Lang } from '../../server/src/core/types';
import { lint, ruleIds } from '../helpers/engine';

/** Words of `text` that hit the one-entry lexicon `entry`. */
function hits(lang: Lang, entry: Parameters<TermIndex['addSet']>[0][number], text: string): string[] {
  const index = new TermIndex(lang);
  const set = index.addSet([entry]);
  const tokens = tokenize(text);
  return (index.match(tokens).get(set) ?? []).map((h) => tokens.text.slice(h.first, h.last + 1).join(' '));
}

describe('German morphology', () => {
  it('an agent entry stands for the noun of the one who does it, in its own forms and in compounds, not for the verb', () => {
    assert.equal(agentNoun('pfuschen'), 'Pfuscher');
    assert.equal(agentNoun('schwindeln'), 'Schwindler');
    assert.equal(agentNoun('lästern'), 'Lästerer');
    assert.equal(agentNoun('ab|zocken'), 'Abzocker');
    const entry = { term: 'schleimen', agent: true, compound: 'any' as const };
    assert.deepEqual(hits('de', entry, 'Schleimer Schleimern Schleimerin Chef-Schleimer Schleimertruppe schleimen Schleim Haferschleim'), ['Schleimer', 'Schleimern', 'Schleimerin', 'Chef-Schleimer', 'Schleimertruppe']);
    assert.throws(() => hits('en', { term: 'cheat', agent: true }, 'cheater'), /German entries only/);
  });

  it('one entry catches inflected forms and case variants', () => {
    assert.deepEqual(hits('de', 'revolutionär', 'revolutionär revolutionäre revolutionären revolutionärer REVOLUTIONÄRES Revolution'), [
      'revolutionär',
      'revolutionäre',
      'revolutionären',
      'revolutionärer',
      'REVOLUTIONÄRES',
    ]);
  });

  it('matches an entry written with a capital (a noun) only on words with a capital', () => {
    // "Verlierer" and "verlieren" share a stem; the lowercase verb forms are not the noun.
    assert.deepEqual(hits('de', 'Verlierer', 'Verlierer Verlierern VERLIERER verliert verlieren'), ['Verlierer', 'Verlierern', 'VERLIERER']);
    assert.deepEqual(hits('de', 'Recht des Stärkeren', 'Das Recht des Stärkeren. Du hast recht des Stärkeren wegen.'), ['Recht des Stärkeren']);
    // Sentence starts are capitalised anyway; lowercase entries match any case.
    assert.deepEqual(hits('de', 'revolutionär', 'Revolutionär revolutionär'), ['Revolutionär', 'revolutionär']);
    // English nouns are lowercase: no such distinction.
    assert.deepEqual(hits('en', 'Loser', 'losers Loser'), ['losers', 'Loser']);
  });

  it('folds umlauts and ß so plural and singular meet', () => {
    assert.equal(wordKey('de', 'Banken'), wordKey('de', 'Bank'));
    assert.equal(wordKey('de', 'Konzerne'), wordKey('de', 'Konzern'));
    assert.equal(wordKey('de', 'unserem'), wordKey('de', 'unser'));
    assert.notEqual(wordKey('de', 'Zeiten'), wordKey('de', 'Zeiss'));
  });

  it('finds compounds where the entry is the head', () => {
    assert.deepEqual(hits('de', { term: 'Hersteller', compound: 'head' }, 'Automobilhersteller Autoherstellern Hersteller Herstellung'), [
      'Automobilhersteller',
      'Autoherstellern',
      'Hersteller',
    ]);
    // A lowercase word ends in no noun: „mitversichert“ is a participle, not a kind of „Versicherer“.
    assert.deepEqual(hits('de', { term: 'Versicherer', compound: 'head' }, 'Kfz-Versicherer mitversichert Direktversicherern'), ['Kfz-Versicherer', 'Direktversicherern']);
  });

  it('finds compounds where the entry is the first part, with or without a hyphen', () => {
    assert.deepEqual(hits('de', { term: 'Hammer', compound: 'modifier', alone: false }, 'Hammerpreis Hammer-Angebot Hammer Hammond'), ['Hammerpreis', 'Hammer-Angebot']);
    assert.deepEqual(hits('de', { term: 'mega', compound: 'modifier' }, 'Mega-Sale mega Megaangebot'), ['Mega-Sale', 'mega', 'Megaangebot']);
    assert.deepEqual(hits('de', { term: 'Premium', compound: 'modifier' }, 'Premium-Qualität Premiumkaffee'), ['Premium-Qualität', 'Premiumkaffee']);
    // An ß among the first letters folds to two ("süß" → "suss"): once missed because only the first three letters were folded.
    assert.deepEqual(hits('de', { term: 'süß', compound: 'modifier', alone: false }, 'Süßwarenhandel Süßes Sushi'), ['Süßwarenhandel']);
  });

  it('matches separable verbs apart and joined, with participles', () => {
    const entry = 'herunter|laden';
    assert.deepEqual(hits('de', entry, 'Lade sie jetzt herunter.'), ['Lade']);
    assert.deepEqual(hits('de', entry, 'Jetzt herunterladen und heruntergeladen.'), ['herunterladen', 'heruntergeladen']);
    assert.deepEqual(hits('de', entry, 'Wir laden die Kinder ein.'), []);
    assert.deepEqual(hits('de', 'ab|zocken', 'Die Banken haben Sie abgezockt.'), ['abgezockt']);
  });

  it('matches multi-word entries as phrases within a sentence', () => {
    assert.deepEqual(hits('de', 'Kampf gegen', 'Der Kampf gegen die Großen. Ein Kampf. Gegen wen?'), ['Kampf gegen']);
  });
});

describe('English morphology', () => {
  it('one entry catches plurals and verb forms', () => {
    assert.deepEqual(hits('en', 'crush', 'crush crushes crushed crushing crusher'), ['crush', 'crushes', 'crushed', 'crushing']);
    assert.deepEqual(hits('en', 'landlord', "landlords landlord's Landlord"), ['landlords', "landlord's", 'Landlord']);
    assert.deepEqual(hits('en', 'bleed', 'bleed bleeds bleeding bled blew'), ['bleed', 'bleeds', 'bleeding']);
    assert.deepEqual(hits('en', 'succeed', 'succeed succeeded succeeding'), ['succeed', 'succeeded', 'succeeding']);
    assert.deepEqual(hits('en', 'guarantee', 'guarantee guaranteed guarantees'), ['guarantee', 'guaranteed', 'guarantees']);
    assert.deepEqual(hits('en', { term: 'rip', particle: 'off' }, 'They ripped you off. A rip-off. Rip the paper.'), ['ripped', 'rip-off']);
  });
});

describe('context keeps neutral prose clean', () => {
  it('tells "nie wieder warten" from polarizing absolutes', () => {
    assert.deepEqual(ruleIds('Nie wieder warten: Die App sagt Ihnen, wann der Bus kommt.'), []);
    assert.deepEqual(ruleIds('Never miss a delivery: you get a text when the driver is ten minutes away.'), []);
    assert.deepEqual(ruleIds('Die Funktion gibt niemals null zurück.'), []);
  });

  it('tells a plainly stated price from bargain talk', () => {
    assert.deepEqual(ruleIds('Der Eintritt kostet 12 Euro.'), []);
    assert.deepEqual(ruleIds('Tickets cost $15.'), []);
    assert.ok(ruleIds('Jetzt für nur 12 Euro zugreifen!').includes('push/bargain'));
    assert.ok(ruleIds('Get it for only $15!').includes('push/bargain'));
  });

  it('tells a number in a news sentence or recipe from a spec dump', () => {
    assert.deepEqual(ruleIds('Der Stadtrat hat am Dienstag beschlossen, die Buslinie 12 ab März im Zehn-Minuten-Takt fahren zu lassen.'), []);
    assert.deepEqual(ruleIds('Die Zwiebeln in 2 EL Öl dünsten, dann 400 g Tomaten und 1 TL Salz hinzufügen.'), []);
    assert.ok(ruleIds('Das X7: 120 Hz, 5000 mAh, 256 GB und IP68.').includes('features/spec-dump'));
    // Units of solar, force and latency specs are technical too.
    assert.ok(ruleIds('Das Paket: 9,8 kWp, 22 Module à 445 Wp, 7,7 kWh Speicher.').includes('features/spec-dump'));
    assert.ok(ruleIds('The VX-300: 3,000 kN clamping force, 12 ms response, 430 Wp panels.').includes('features/spec-dump'));
  });

  it('does not read a statement as a call to action', () => {
    assert.deepEqual(ruleIds('Wir testen heute die neue Version.'), []);
    assert.deepEqual(ruleIds('Kundinnen können ab sofort online bestellen.'), []);
    assert.ok(ruleIds('Bestellen Sie sofort.').includes('push/hard-cta'));
  });

  it('reads „damit“ as a purpose only as the conjunction', () => {
    const chair = 'Bürostuhl ErgoLine Pro: Netzrücken, 4D-Armlehnen, Synchronmechanik, verstellbare Lordosenstütze, Fußkreuz aus Aluminium, Kopfstütze.';
    assert.ok(ruleIds(`${chair} Also ab damit in den Warenkorb!`).includes('features/feature-list'));
    assert.ok(!ruleIds(`${chair} Alles verstellbar, damit Sie auch nach acht Stunden entspannt sitzen.`).includes('features/feature-list'));
  });

  it('reads solar modules and servings as products, not as a manual or a recipe', () => {
    assert.ok(ruleIds('Our home package: 20 × 430 Wp TOPCon modules, 8.6 kWp in total, a 10 kW hybrid inverter, a 15 kWh LFP battery and a 12-year warranty on the modules.').includes('features/spec-dump'));
    assert.ok(ruleIds('Whey Isolate 2.0: 27 g protein per serving, 0.5 g sugar, 6 g BCAAs, 2.9 g leucine. 30 servings, 900 g.').includes('features/spec-dump'));
  });

  it('reads "which is why" and „deshalb“ as a reason', () => {
    assert.deepEqual(ruleIds('Output falls by 0.4 % per degree above 25 °C, which is why rated output (Wp) is measured at 1,000 W/m² and 25 °C.'), []);
    assert.deepEqual(ruleIds('Im Januar ist in unserer Werkstatt weniger los. Deshalb geben wir auf Aufträge in diesem Monat 10 % Rabatt.'), []);
  });

  it('pairs a spec with its benefit', () => {
    assert.deepEqual(ruleIds('Der Akku hat 5000 mAh, 256 GB und IP68, damit Sie zwei Tage ohne Ladegerät auskommen.'), []);
  });

  it('tells a literal compound from a loaded noun ("trash icon" vs "this app is trash")', () => {
    assert.deepEqual(ruleIds('Garbage collection keeps memory low. The trash icon deletes a draft. Junk mail goes to its own folder. Our sheep graze on the hills.'), []);
    for (const text of ['This app is garbage.', 'Stop buying junk.', 'Don\'t be sheep, people.', 'What a clown!', 'They are idiots who never listen.']) {
      assert.deepEqual(ruleIds(text), ['polarize/loaded-language'], text);
    }
  });

  it('pairs a call to action with the nearest pressure word of its sentence, within the window', () => {
    const cta = (text: string) => lint(text).filter((f) => f.ruleId === 'push/hard-cta').map((f) => f.match);
    assert.deepEqual(cta('Jetzt kaufen.'), ['Jetzt kaufen']);
    assert.deepEqual(cta('Kaufen Sie jetzt.'), ['Kaufen Sie jetzt']);
    // Equally near on both sides: the one before wins; the nearer of two before.
    assert.deepEqual(cta('Jetzt kaufen Sie heute.'), ['Jetzt kaufen']);
    assert.deepEqual(cta('Heute, ja heute, kaufen.'), ['heute, kaufen']);
    assert.deepEqual(cta('Now, buy it today.'), ['Now, buy']);
    // Not across a sentence end, not beyond the window, not after a subject (notAfter).
    assert.deepEqual(cta('Jetzt. Kaufen Sie das.'), []);
    assert.deepEqual(cta('Buy the red one now.'), []);
    assert.deepEqual(cta('Wir kaufen jetzt ein.'), []);
    assert.deepEqual(cta('We buy now.'), []);
  });

  it('does not call a press release dateline shouting', () => {
    assert.deepEqual(ruleIds('LEEDS, March 12, 2026 — Acme Ltd. will open a second office in Leeds.'), []);
    assert.deepEqual(ruleIds('BERLIN, 12. März 2026 – Die Acme GmbH eröffnet einen zweiten Standort.'), []);
    assert.deepEqual(ruleIds('HAMBURG (ots), 3. April – Die Acme GmbH wächst.'), []);
    // Capitals before a comma without a date, or later in the paragraph, still are.
    assert.ok(ruleIds('ACHTUNG, das Angebot gilt nur kurz.').includes('push/shouting'));
    assert.ok(ruleIds('Die Acme GmbH eröffnet in LEIPZIG, 2026 einen Standort.').includes('push/shouting'));
  });

  it('reads an English word in capitals that is no dictionary word as a name, not a shout', () => {
    const shouts = (text: string) => lint(text, 'plaintext', { voice: 'sells' }).filter((f) => f.ruleId === 'push/shouting').map((f) => f.match);
    assert.deepEqual(shouts('Receives GPS, Galileo and GLONASS signals, and it is AMAZING.'), ['AMAZING']);
    assert.deepEqual(shouts('Same-day CEREC crowns, at an INCREDIBLE price.'), ['INCREDIBLE']);
    // A word in bold starts a piece of the paragraph, not a line: it is no label (a review found it silenced).
    const bold = (text: string) => lint(text, 'markdown', { voice: 'sells' }).filter((f) => f.ruleId === 'push/shouting').map((f) => f.match);
    assert.deepEqual(bold('This is an **AMAZING** offer for you.'), ['AMAZING']);
    assert.deepEqual(bold('Get **AMAZING**: deals for everyone.'), ['AMAZING']);
    assert.deepEqual(bold('MOVEMENT\nThe text goes on, line by line.'), []);
    // German has no dictionary: its capitals are judged as before.
    assert.deepEqual(shouts('Die neuen KRONEN sind da.'), ['KRONEN']);
  });

  it('reports a run of capitals through short capitals and numbers as one shout', () => {
    const shouts = lint('Tickets now on sale. CAST OF 3,000, 4 WRITERS, 2 DIRECTORS AND 3 PRODUCERS in one film.', 'plaintext', { voice: 'sells' }).filter((f) => f.ruleId === 'push/shouting');
    assert.deepEqual(shouts.map((f) => f.match), ['CAST OF 3,000, 4 WRITERS, 2 DIRECTORS AND 3 PRODUCERS']);
    // A word in lower case ends the run.
    assert.equal(lint('GREAT SEATS for the PREMIERE.', 'plaintext', { voice: 'sells' }).filter((f) => f.ruleId === 'push/shouting').length, 2);
  });

  it('does not call "Beste Grüße" a claim', () => {
    assert.deepEqual(ruleIds('Danke für das Treffen. Beste Grüße, Lea'), []);
  });
});

describe('language per paragraph', () => {
  it('lints an English paragraph in a German page with the English rules', () => {
    const text = 'Wir haben lange an dieser Jacke gearbeitet und freuen uns auf Ihre Meinung.\n\nThis is a game-changing jacket for the city.';
    const r = lint(text, 'plaintext');
    const hype = r.find((f) => f.ruleId === 'push/hype');
    assert.equal(hype?.match, 'game-changing');
    assert.equal(hype?.lang, 'en');
  });

  it('falls back to letter sequences when a paragraph has no function words', () => {
    assert.ok(ruleIds('Verlierer jammern, Gewinner handeln.').includes('polarize/social-darwinism'));
  });

  it('can be pinned', () => {
    // Pinned to English, the German hype word is not in the English lexicon.
    assert.deepEqual(ruleIds('Das revolutionäre Messer.', 'plaintext', { language: 'en' }), []);
    assert.ok(ruleIds('Das revolutionäre Messer.', 'plaintext', { language: 'de' }).includes('push/hype'));
  });
});

describe('word lists of metric rules (WordSet)', () => {
  it('match abbreviations exactly, with their plural s, and plain words in every inflected form', () => {
    const words = new WordSet('de', ['PC', 'GmbH', 'Nm', 'Stunde']);
    for (const w of ['PC', 'PCs', 'GmbH', 'GmbHs', 'Nm', 'Stunden']) assert.ok(words.has(w), w);
    // Case-sensitive, and only a capital takes the plural s ("nm" is not "Nm", "Nms" is no plural).
    for (const w of ['pc', 'Pcs', 'nm', 'Nms', 'Stundenplan']) assert.ok(!words.has(w), w);
  });
});

describe('word numbering (per-word caches)', () => {
  it('gives a word one number and one string however often it occurs, and distinct words distinct numbers', () => {
    // Thousands of words make the table grow and its probes collide.
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}ä`);
    const a = tokenize(words.join(' '));
    const b = tokenize([...words].reverse().join(', '));
    assert.equal(new Set(a.ids).size, words.length);
    for (let i = 0; i < words.length; i++) {
      const j = words.length - 1 - i;
      assert.equal(a.text[i], words[i]);
      assert.equal(b.ids[j], a.ids[i]);
      assert.equal(WORDS.words[a.ids[i]], words[i]);
    }
  });

  it('keeps matching tokens numbered before the table started over', () => {
    const index = new TermIndex('de');
    const set = index.addSet(['revolutionär']);
    const text = 'Das revolutionäre Messer ist revolutionär.';
    const before = tokenize(text);
    const found = (t: ReturnType<typeof tokenize>) => (index.match(t).get(set) ?? []).map((h) => t.text[h.first]);
    const lengths = new PerWordByte((w) => w.length);
    const measured = (t: ReturnType<typeof tokenize>) => t.text.map((_, i) => lengths.at(t, i));
    assert.deepEqual(found(before), ['revolutionäre', 'revolutionär']);
    assert.deepEqual(measured(before), [3, 13, 6, 3, 12]);
    // Enough new words to fill the table: the next segment starts a new generation.
    const generation = WORDS.generation;
    const filler = Array.from({ length: 1 << 18 }, (_, i) => `x${i.toString(36)}`).join(' ');
    tokenize(filler);
    const after = tokenize(text);
    assert.equal(after.generation, generation + 1);
    assert.deepEqual(found(after), ['revolutionäre', 'revolutionär']);
    assert.deepEqual(found(before), ['revolutionäre', 'revolutionär']);
    assert.deepEqual(found(after), ['revolutionäre', 'revolutionär']);
    assert.deepEqual(measured(after), [3, 13, 6, 3, 12]);
    assert.deepEqual(measured(before), [3, 13, 6, 3, 12]);
    assert.deepEqual(measured(after), [3, 13, 6, 3, 12]);
  });
});

describe('rule patterns', () => {
  it('match regardless of case, also where lowercasing would move offsets ("İ")', () => {
    for (const text of ['WIR FREUEN UNS, IHNEN MITTEILEN ZU DÜRFEN', 'Wir freuen uns, Ihnen mitteilen zu dürfen', 'İ: Wir Freuen Uns, Ihnen Mitteilen Zu Dürfen']) {
      const f = lint(text).find((x) => x.ruleId === 'push/announcement');
      assert.equal(f?.match?.toLowerCase(), text.slice(text.indexOf('W')).toLowerCase(), text);
    }
  });

  it('match the same spans with and without the lowercase text', () => {
    const pattern = nativePattern(['nur (?:noch )?heute', 'jetzt \\p{L}+'], false);
    const spans = (subject: { text: string; lower?: string }) => {
      const out: string[] = [];
      pattern.search(subject, (a, b) => out.push(`${a}-${b}`));
      pattern.searchAt(subject, [0, 10, 24], (a, b) => out.push(`@${a}-${b}`));
      return out;
    };
    const text = 'NUR HEUTE, Nur noch heute: JETZT Kaufen!';
    assert.deepEqual(spans({ text, lower: text.toLowerCase() }), spans({ text }));
    assert.deepEqual(spans({ text }), ['0-9', '11-25', '27-39', '@0-9']);
  });

  it('read \\b as a boundary of any letter, not of ASCII letters only', () => {
    const spans = (sources: string[], text: string) => {
      const out: string[] = [];
      nativePattern(sources, true).search({ text }, (a, b) => out.push(text.slice(a, b)));
      return out;
    };
    assert.deepEqual(spans(['\\b(?:Überweisen|Zahlen) Sie immer noch\\b'], 'Überweisen Sie immer noch per Fax?'), ['Überweisen Sie immer noch']);
    assert.deepEqual(spans(['schön\\b teuer'], 'Das ist schön teuer.'), ['schön teuer']);
    // Inside a word there is no boundary, whatever the letters: not „Geldüberweisen“, not "naïve" split at "ï".
    assert.deepEqual(spans(['(?:geld)?\\büberweisen'], 'Geldüberweisen'), []);
    assert.deepEqual(spans(['na\\bïve'], 'naïve'), []);
    // In a character class \b stays a backspace.
    assert.deepEqual(spans(['a[\\b]b'], 'a\bb'), ['a\bb']);
  });

  it('must be written in lowercase when case-insensitive', () => {
    assert.throws(() => nativePattern(['Jetzt kaufen'], false), /lowercase/);
    assert.doesNotThrow(() => nativePattern(['\\p{Lu}{2,} \\S+'], false));
    assert.doesNotThrow(() => nativePattern(['[A-Z]{2,}'], true));
  });
});

describe('pattern triggers (words a pattern can start with)', () => {
  it('reads the first words of alternatives, optional groups and endings', () => {
    assert.deepEqual(patternTriggers(['(?:jetzt|nur) (?:noch )?heute', 'letzte[nr]? chance']), ['jetzt', 'nur', 'letzte']);
    assert.deepEqual(patternTriggers(['(?:sehr )?gute preise?']), ['sehr', 'gute']);
    assert.deepEqual(patternTriggers(['prices? drop']), ['prices', 'price']);
  });

  it('looks past a lookaround, which consumes nothing', () => {
    assert.deepEqual(patternTriggers(['(?<=s )are all the same', '(?<!not )(?:always|never) \\p{L}+']), ['are', 'always', 'never']);
  });

  it('gives none when a pattern can start with something other than a word', () => {
    assert.equal(patternTriggers(['\\d+ % sparen']), undefined);
    assert.equal(patternTriggers(['#\\s?1']), undefined);
    assert.equal(patternTriggers(['(?:\\p{L}+ )?lösungen']), undefined);
    assert.equal(patternTriggers(['(?<=s )\\p{L}+']), undefined);
  });

  it('gates a lookbehind pattern without changing its matches', () => {
    assert.deepEqual(ruleIds('Politicians are all the same.', 'plaintext', { language: 'en' }), ['polarize/sweeping-generalization']);
    assert.deepEqual(ruleIds('They are all the same.', 'plaintext', { language: 'en' }), []);
  });
});

describe('word table memory', () => {
  it('does not keep the paragraphs its words came from', () => {
    // The garbage collector, reachable from a new context once the flag is set.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      // A flat 2 MB paragraph with one long, new word in it.
      const paragraph = `${'x'.repeat(1_000_000)} Produktverantwortlicherin${i}x ${'y'.repeat(1_000_000)}`.split('').join('');
      tokenize(paragraph);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 10_000_000, `heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});

describe('German heads that stem otherwise at the end of a compound', () => {
  it('matches a short head whose ending CISTEM strips only in longer words, where its letters end the word', () => {
    // „Plunder“ stems to plund, „Discounter-Plunder“ to discounter-plu.
    assert.deepEqual(hits('de', { term: 'Plunder', compound: 'head', alone: false }, 'Der Discounter-Plunder und der Gebrauchtwarenplunder'), ['Discounter-Plunder', 'Gebrauchtwarenplunder']);
    // The inner key of „Geier“ is gei, as for „Himbeergeist“ and „Papagei“: the letters decide.
    assert.deepEqual(hits('de', { term: 'Geier', compound: 'head' }, 'Pleitegeier, ein Himbeergeist und ein Papagei'), ['Pleitegeier']);
    // A compound that opens with "ge", which CISTEM strips from the stem (review of the change).
    assert.deepEqual(hits('de', { term: 'Geier', compound: 'head' }, 'die Geldgeier und die Gegenwartsgeiern'), ['Geldgeier', 'Gegenwartsgeiern']);
  });
});

describe('plurals the stemmer cannot join', () => {
  it('keys a German noun in -a by its -en plural, one in -il, -al or -ip by its -ien plural, and an English word in -u by its -us plural, in compounds too', () => {
    assert.deepEqual(hits('de', { term: 'Firma', compound: 'head' }, 'Die Firma und die Zustellfirmen'), ['Firma', 'Zustellfirmen']);
    assert.deepEqual(hits('en', 'guru', 'one guru, many gurus'), ['guru', 'gurus']);
    assert.deepEqual(hits('de', { term: 'Fossil', compound: 'head' }, 'Ein Fossil, die Strom-Fossilien'), ['Fossil', 'Strom-Fossilien']);
    assert.deepEqual(hits('de', 'Prinzip', 'Prinzipien'), ['Prinzipien']);
    assert.deepEqual(hits('de', 'Urteil', 'Urteile und Urteilien'), ['Urteile']);
    // Not for words without that ending, nor for exact entries.
    assert.deepEqual(hits('de', { term: 'Firma', exact: true }, 'Firmen'), []);
  });
});
