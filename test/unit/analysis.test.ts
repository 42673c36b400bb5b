import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsWithAttribution, quoteRuns, SELF_PUNCTUATED } from '../../server/src/core/analysis/quotes';
import { classifyVoice, noSignals, paragraphVoice, VOICES } from '../../server/src/core/analysis/voice';
import { DocumentMemo } from '../../server/src/core/memo';
import { TermIndex } from '../../server/src/core/match/termIndex';
import { parsePlaintext } from '../../server/src/core/parse/plaintext';
import { tokenize } from '../../server/src/core/text/tokens';
import { join } from 'node:path';
import { ConfigResolver, type RuleCatalog } from '../../server/src/node/configResolver';
import { engine, lint, ruleIds } from '../helpers/engine';
import { tempTree } from '../helpers/tmp';

/** The words of `text` inside quotations of at least `min` words. */
function quoted(text: string, min = 3): string[] {
  const t = tokenize(text);
  const runs = quoteRuns(text, t);
  return t.text.filter((_, i) => runs[i] >= min || runs[i] === SELF_PUNCTUATED);
}

const catalog: RuleCatalog = { has: engine.isKnownRule, options: (id) => engine.pack.byId.get(id)?.spec.options };
const families = (text: string, options = {}) => [...new Set(ruleIds(text, 'plaintext', options).map((id) => id.split('/')[0]))].sort();

/** Asserts, reading each text as selling copy, that none of `calm` polarizes and each of `polarizing` does. */
function assertPolarize(calm: readonly string[], polarizing: readonly string[]): void {
  for (const text of calm) assert.ok(!families(text, { voice: 'sells' }).includes('polarize'), text);
  for (const text of polarizing) assert.ok(families(text, { voice: 'sells' }).includes('polarize'), text);
}

describe('analysis: quotations and reported speech', () => {
  it('finds quotations in German, English and French-style marks, not apostrophes or short scare quotes', () => {
    assert.deepEqual(quoted('Er warb mit „Heute letzter Tag, nur hier!“ im Fenster.'), ['Heute', 'letzter', 'Tag', 'nur', 'hier']);
    assert.deepEqual(quoted('The box says “the best blender on earth” twice.'), ['the', 'best', 'blender', 'on', 'earth']);
    assert.deepEqual(quoted('Auf dem Plakat: »Alles muss raus, jetzt!« Danach nichts.'), ['Alles', 'muss', 'raus', 'jetzt']);
    assert.deepEqual(quoted("We don't think it's the users' fault."), []);
    // Two words are a name or scare quotes: the writer's own.
    assert.deepEqual(quoted('Die „Experten“ der Konkurrenz und ihr „Premium Paket“.'), []);
  });

  it('reads straight single quotes as a quotation only where they open and close one, within a sentence', () => {
    assert.deepEqual(quoted("The box promises 'the most powerful blender ever made'. It is loud."), ['the', 'most', 'powerful', 'blender', 'ever', 'made']);
    assert.deepEqual(quoted("The sign read: 'Everything must go, today only!' We laughed."), ['Everything', 'must', 'go', 'today', 'only']);
    // Apostrophes of a possessive plural, an elision and a decade open nothing that runs on.
    assert.deepEqual(quoted("Our dogs' bowls hold a litre. Rock 'n' roll was born in the '50s, and it's still the best music ever made."), []);
    // Left open at the sentence's end: an apostrophe, not a quotation, and the next sentence is the writer's.
    assert.deepEqual(quoted("We baked bread in the '90s. Our loaves are the best in town, say the neighbours' kids."), []);
    // A quoted run never crosses a sentence mark outside it.
    assert.deepEqual(quoted("He said 'no way. We will see' and left."), []);
    // An elision or a decade opens nothing, so a possessive later closes nothing (found in review).
    assert.deepEqual(quoted("Since the '90s we have made the best bikes in the world, as our customers' reviews say."), []);
    assert.deepEqual(quoted("Open 'til late: the most amazing burgers in town, right next to the Joneses' shop."), []);
    assert.deepEqual(quoted("Wir backen seit den '90ern das unglaublich fantastische Brot für Hans' Café."), []);
    assert.deepEqual(quoted("Hol dir 'nen Kaffee und das unglaublich fantastische Brot aus Hans' Backstube."), []);
    // Elisions are lower case: a quotation may open with a capital.
    assert.deepEqual(quoted("Critics called it 'Round the world's most amazing trip' but we disagree."), ['Round', 'the', "world's", 'most', 'amazing', 'trip']);
    // An apostrophe left open does not hide a quotation proper after it.
    assert.deepEqual(quoted('Fans of \'Abbey Road call it "the most amazing album ever made" and we agree.'), ['the', 'most', 'amazing', 'album', 'ever', 'made']);
  });

  it('tells an attribution from a dash before a call to action', () => {
    assert.ok(endsWithAttribution('Wer kämpft, kann verlieren.\n\t\t-- Bertolt Brecht'));
    assert.ok(endsWithAttribution('The best is yet to come. — Frank Sinatra'));
    assert.ok(endsWithAttribution('Satire darf alles. -- K. Tucholsky, 1919'));
    assert.ok(!endsWithAttribution('Nur solange der Vorrat reicht – JETZT bestellen!'));
    assert.ok(!endsWithAttribution('Unser Team – Anna, Ben und Carla'));
  });

  it("does not read quoted or reported copy as the writer's", () => {
    const news = 'Das Landgericht hat einem Händler untersagt, mit „Heute letzter Tag – alles muss raus!“ zu werben.';
    assert.deepEqual(families(news), []);
    assert.deepEqual(families('The court said the banner "Only today, buy now or miss out forever" misled shoppers.'), []);
    assert.deepEqual(families('Mit Plakaten wie „Alles muss raus – nur noch diese Woche!!!“ wirbt die Möbelkette seit Montag für ihren Räumungsverkauf.'), []);
    // The writer's own words in the same text still count.
    assert.deepEqual(families('Heute letzter Tag – alles muss raus!'), ['push']);
  });

  it('reads a word that disparages in itself as mentioned inside quotation marks, even alone', () => {
    assert.ok(!ruleIds("Court bans discount chain's 'idiots' banner", 'plaintext', { voice: 'sells' }).includes('polarize/loaded-language'));
    assert.ok(!ruleIds('Auf dem Plakat stand das Wort „Schrott“ neben dem Logo der Konkurrenz.', 'plaintext', { voice: 'sells' }).includes('polarize/loaded-language'));
    assert.ok(ruleIds('Das Zeug der Konkurrenz ist Schrott.', 'plaintext', { voice: 'sells' }).includes('polarize/loaded-language'));
    // A disparaging phrase in quotation marks is mentioned, however short: jokes quoted to argue against them.
    assert.ok(!families('I run a small bakery, and lately I hear jokes about "clueless boomers" and "lazy Gen Z" at the counter. I would like us to drop them.', { voice: 'sells' }).includes('polarize'));
    assert.ok(families('I run a small bakery, and the clueless boomers next door still pay cash for everything.', { voice: 'sells' }).includes('polarize'));
    assert.ok(ruleIds('Only idiots pay full price at the corner shops.', 'plaintext', { voice: 'sells' }).includes('polarize/loaded-language'));
  });

  it('reads a generation named by a thing or a habit as a put-down, not the demographers\' letters or the writer\'s own', () => {
    const loaded = (text: string) => ruleIds(text, 'plaintext', { voice: 'sells' }).includes('polarize/loaded-language');
    for (const text of ['Soll die Generation Faxgerät ruhig weiter Ordner stapeln.', 'Für alle, die nicht mehr zur Generation Work-Life-Balance gehören.', 'Not for the TikTok generation.', 'Time to leave the fax-machine generation behind.']) assert.ok(loaded(text), text);
    for (const text of ['Die Generation Z kauft zunehmend online.', 'Wir, die Generation Smartphone, machen das anders.', 'PulseFit announces its Next-Generation Connected platform.', 'The next generation of our app is here.', 'Our generation grew up with dial-up.', 'Linux: the choice of a GNU generation.']) assert.ok(!loaded(text), text);
  });

  it('reads a generation said to be unable or unwilling as a whole as a sweeping generalization', () => {
    const sweeping = (text: string) => ruleIds(text, 'plaintext', { voice: 'sells' }).includes('polarize/sweeping-generalization');
    for (const text of ["Boomers can't use a smartphone.", 'Die Boomer können kein Smartphone bedienen.']) assert.ok(sweeping(text), text);
    for (const text of ['Millennials are the largest group of renters.', 'Die Generation Z kauft zunehmend online.']) assert.ok(!sweeping(text), text);
  });

  it('reads a mark between words with the word it touches: "!!" before a closing quotation mark is quoted, after it the writer\'s', () => {
    const shouts = (text: string) => ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/shouting');
    for (const text of ['Auf der Packung prangt „Die beste Pizza Deutschlands!!“ – im Test blieb davon ein blasser Boden übrig.', 'The box says "Best pizza in the world!!" but the crust was pale.']) assert.ok(!shouts(text), text);
    for (const text of ['Die beste Pizza Deutschlands!! Jetzt bestellen.', '„Die beste Pizza Deutschlands“!!! Jetzt bestellen.', '„Die beste Pizza Deutschlands“ !!! Jetzt bestellen.', 'Er sagte „Nein“. !!! Jetzt bestellen', '!!! „Die beste Pizza Deutschlands“, sagen unsere Kunden.']) assert.ok(shouts(text), text);
  });
});

describe('analysis: negation', () => {
  it('drops a match in the scope of a negation for rules that declare it, within the clause', () => {
    assert.deepEqual(ruleIds("We don't believe in crushing our competitors.", 'plaintext', { voice: 'sells' }).filter((id) => id === 'polarize/combative'), []);
    assert.ok(ruleIds('We crush our competitors.', 'plaintext', { voice: 'sells' }).includes('polarize/combative'));
    // "nicht nur" denies nothing; a comma ends the negation's reach.
    assert.ok(ruleIds('Nicht nur revolutionär, sondern auch fair.', 'plaintext', { voice: 'sells' }).includes('push/hype'));
    assert.ok(ruleIds('Nicht billig, sondern revolutionär.', 'plaintext', { voice: 'sells' }).includes('push/hype'));
    assert.ok(!ruleIds('Das ist nicht revolutionär.', 'plaintext', { voice: 'sells' }).includes('push/hype'));
  });
});

  it("quiets polarize in the scope of the writer's denial of a judgement, and only there", () => {
    assertPolarize(
      [
        "We won't tell you the other wine shops on the high street are worse — a couple of them are very good.",
        "We don't think the people who voted for the bypass are fools, and we won't campaign as if they were.",
        "We're not here to tell you other insurers are crooks.",
        "We've never claimed the banks are crooks who rip you off.",
        "We don't consider the banks crooks who rip you off.",
        // A second denial after a contrast word has a scope of its own.
        "We won't say the banks are bad, but we also won't call the landlords crooks who rip you off.",
        // German: the negation after the verb, what is denied after a comma.
        'Wir behaupten nicht, dass die Großbanken Abzocker sind.',
        'Wir behaupten nicht, die Großbanken seien Abzocker.',
        'Wir sagen doch nicht, dass die Banken Abzocker sind, die Sie ausnehmen.',
      ],
      [
        // No first-person subject: an imperative or the others' own denial.
        "Don't believe the greedy big banks: they rip you off with hidden fees.",
        "The other wine shops won't tell you the truth.",
        // The scope ends at a contrast word, a colon, or a comma that starts something new.
        "We won't say the big banks are all bad, but the greedy big banks rip you off with hidden fees.",
        'Wir behaupten nicht, alles sei schlecht, aber die Großbanken sind gierige Abzocker.',
        "I can't say it often enough: the banks are crooks who rip you off.",
        'Ich sage es nicht zum ersten Mal: Die Banken sind Abzocker, die Sie ausnehmen.',
        // A negation that is not the verb's asserts ("never care"), and so does "without".
        'We think the banks are crooks who never care about you.',
        "We believe the big banks don't care about you, they are crooks.",
        'We say it without hesitation: the banks are crooks who rip you off.',
        'Wir glauben, dass die Banken Abzocker sind, die sich nie um Sie kümmern.',
        // Frames that assert while negating.
        "We don't think much of the greedy big banks that rip you off.",
        "I don't need to tell you that the banks are crooks who rip you off.",
        'Wir denken nicht gut über die Banken, diese Abzocker nehmen Sie aus.',
        // A negation without a verb of saying or judging denies nothing about the others.
        "We're not like the greedy big banks that rip you off.",
      ],
    );
  });

describe('analysis: voice', () => {
  it('classifies by the most evidence, selling winning a tie, and needs a minimum', () => {
    const min = Float64Array.from([1, 2, 2, 2]);
    const s = noSignals();
    assert.equal(classifyVoice(s, min), 'unknown');
    s[VOICES.indexOf('instructs')] = 1;
    assert.equal(classifyVoice(s, min), 'unknown');
    s[VOICES.indexOf('instructs')] = 2;
    assert.equal(classifyVoice(s, min), 'instructs');
    s[VOICES.indexOf('sells')] = 2;
    assert.equal(classifyVoice(s, min), 'sells');
  });

  it('lets a paragraph keep its own voice against the document only with enough evidence, for rules of the document scope', () => {
    const min = Float64Array.from([1, 2, 2, 2]);
    const override = Float64Array.from([2, 2, 2, 2]);
    const s = noSignals();
    s[VOICES.indexOf('sells')] = 1;
    assert.equal(paragraphVoice(s, 'instructs', 'document', min, override), 'instructs');
    assert.equal(paragraphVoice(s, 'instructs', 'paragraph', min, override), 'sells');
    assert.equal(paragraphVoice(s, 'unknown', 'document', min, override), 'sells');
    assert.equal(paragraphVoice(s, 'sells', 'document', min, override), 'sells');
    s[VOICES.indexOf('sells')] = 2;
    assert.equal(paragraphVoice(s, 'instructs', 'document', min, override), 'sells');
    assert.equal(paragraphVoice(noSignals(), 'informs', 'paragraph', min, override), 'informs');
  });

  it('reads a recipe by its steps as instructions, so its list of ingredients is no spec sheet', () => {
    for (const recipe of [
      '## Linsensuppe\n\n- 250 g rote Linsen\n- 1 Zwiebel\n- 2 Möhren\n- 1 l Gemüsebrühe\n\nDie Zwiebel bei mittlerer Hitze andünsten, Linsen und Brühe zugeben und 20 Minuten köcheln lassen. Pürieren und abschmecken.',
      '## Lentil soup\n\n- 250 g red lentils\n- 1 onion\n- 2 carrots\n- 1 l vegetable stock\n\nSoften the onion, add the lentils and stock and simmer for 20 minutes. Blend until smooth and season to taste.',
    ]) assert.deepEqual(ruleIds(recipe, 'markdown'), [], recipe);
  });

  it('reads a booked ledger entry as no booking: „gebuchte Belege“ sell nothing, „Jetzt buchen“ does', () => {
    const steps = '### Voranmeldung senden\n\n1. Öffnen Sie **Steuern → UStVA** und wählen Sie den Zeitraum.\n2. Prüfen Sie die Kennzahlen (KZ 81, KZ 86, KZ 66). Beträge aus gebuchten Belegen werden automatisch übernommen.\n3. Klicken Sie auf **An ELSTER senden**.\n\n**Hinweis:** Die Sondervorauszahlung tragen Sie in KZ 39 ein.';
    assert.deepEqual(ruleIds(steps, 'markdown'), []);
    assert.ok(ruleIds('JETZT BUCHEN: KZ 81, KZ 86, KZ 66 und ELSTER inklusive!', 'plaintext').includes('push/shouting'));
  });

  it('reads minutes as a report: their agenda items are no specs', () => {
    const minutes = '## Protokoll – Elternbeirat, Sitzung vom 3. Mai\n\n**Anwesend:** 9 Personen, Leitung: K. Brandt\n\n### TOP 1: Schulfest\nDas Fest findet am 21. Juni statt; der Beirat beschloss einstimmig, den Erlös dem Förderverein zu geben.\n\n### TOP 2: Mensa\nDie Stadt prüft einen neuen Caterer.\n\n### TOP 3: Verschiedenes\nNächste Sitzung am 7. Juli, 19 Uhr, Raum 12.';
    assert.deepEqual(ruleIds(minutes, 'markdown'), []);
  });

  it('keeps questions of service, plain durations, free choices and things named by a hyphen clean', () => {
    for (const text of [
      'Möchten Sie das Konto wirklich löschen?',
      'Brauchst du wirklich ein neues Handy? Oft reicht ein neuer Akku.',
      'Suchen Sie noch immer das passende Geschenk?',
      'Are you really ready to hike the Alps?',
      'Are you still looking for the perfect gift?',
      'Take the train or watch the sunset from the terrace.',
      'Rent a bike or kiss the traffic goodbye.',
      'Die Kinder können mitbasteln oder zusehen.',
      'Die Fahrt dauert nur 20 Minuten.',
      'Parking is free for 2 hours only.',
      'The yoga class is almost full, so we opened a second one.',
      'Dieser Filter ist nicht für Induktions-Kochfelder geeignet.',
      'Während das E-Auto noch lädt, können Sie im Café warten.',
    ]) assert.deepEqual(ruleIds(text), [], text);
    // Positive controls: the pressure and the crowd the patterns are for.
    assert.ok(ruleIds('Are you really going to pay full price again this winter?').includes('push/urgency'));
    assert.ok(ruleIds('Nicht für die Cappuccino-Fraktion: Espresso wie in Neapel, bei uns am Tresen.').includes('polarize/us-vs-them'));
    assert.ok(ruleIds('Lose 10 kg in a month – guaranteed!').includes('push/absolute-claim'));
  });

  it('leaves a manual paragraph with one selling word in the manual\'s voice', () => {
    const manual = 'Installieren Sie das Paket mit dem Befehl apt. Die Konfiguration liegt in der Datei config, siehe Abschnitt 2.\n\nDas Archiv wird via HTTP und FTP bereitgestellt. Es ist auch als CD-ROM und DVD erhältlich.';
    assert.deepEqual(ruleIds(manual), []);
    // Alone, the selling word decides: the paragraph has no document voice to take.
    assert.ok(ruleIds('Das Archiv wird via HTTP und FTP bereitgestellt. Es ist auch als CD-ROM und DVD erhältlich.').includes('features/unexplained-jargon'));
    // Pressure and enemy images read the paragraph's own voice: a hard sell in a manual is one.
    const pitch = 'Installieren Sie das Paket mit dem Befehl apt. Die Konfiguration liegt in der Datei config, siehe Abschnitt 2.\n\nDie Großkonzerne zocken Sie ab, wir nicht. Unsere Lösung ist einzigartig und bahnbrechend – jetzt!';
    assert.ok(ruleIds(pitch).includes('polarize/enemy-image'));
    assert.ok(ruleIds(pitch).includes('push/hype'));
  });

  it('finds the same read whole, where rules that cannot apply in a paragraph\'s voice in its document are skipped, as with a memo, which skips them only where no document can change the voice', () => {
    const docs = [
      // A manual: the shouting paragraph without a voice of its own takes the manual's; the pitch keeps its own.
      'Installieren Sie das Paket mit dem Befehl apt. Die Konfiguration liegt in der Datei config, siehe Abschnitt 2.\n\nDas sind SERVER UND DIENSTE.\n\nDie Großkonzerne zocken Sie ab, wir nicht. Unsere Lösung ist einzigartig – jetzt!\n\n12345',
      // A shop page: everything sells.
      'Jetzt im Angebot: das Tablet mit SSH, TLS und GPG. Kaufen Sie es im Shop!\n\nDAS BESTE ANGEBOT DER WELT!!!\n\nRun the command and check the file in the directory.',
    ];
    for (const doc of docs) {
      const whole = engine.lint(doc, { format: 'markdown' }).findings;
      const withMemo = engine.lint(doc, { format: 'markdown' }, new DocumentMemo()).findings;
      assert.deepEqual(whole, withMemo);
      assert.ok(whole.length > 0);
    }
  });

  it('keeps features, shouting and jargon quiet in documentation, and lints them where copy sells', () => {
    const manual = 'Führen Sie den Befehl aus und prüfen Sie die Datei im Verzeichnis /etc. Die Option --verbose zeigt mehr, siehe Abschnitt 3 über SSH, TLS und GPG.';
    assert.deepEqual(ruleIds(manual), []);
    const shop = 'Jetzt im Angebot: das Tablet mit SSH, TLS und GPG. Kaufen Sie es im Shop!';
    assert.ok(ruleIds(shop).includes('features/unexplained-jargon'));
  });

  it('takes the document voice for a paragraph without a voice of its own, and a pinned voice over both', () => {
    const doc = 'Installieren Sie das Paket mit dem Befehl apt. Die Konfiguration liegt in der Datei config.\n\nDas sind SERVER UND DIENSTE.';
    assert.ok(!ruleIds(doc).includes('push/shouting'));
    assert.ok(ruleIds(doc, 'plaintext', { voice: 'sells' }).includes('push/shouting'));
  });

  it('reads a voice pinned in a config, per override, and from the channel presets', () => {
    const dir = tempTree({
      '.copylintrc.yaml': 'extends: copylint:landing-page\noverrides:\n  - files: [docs/**]\n    voice: instructs\n',
      'page.md': '',
      'docs/setup.md': '',
    });
    const resolver = new ConfigResolver(catalog);
    assert.equal(resolver.forFile(join(dir, 'page.md')).voice, 'sells');
    assert.equal(resolver.forFile(join(dir, 'docs/setup.md')).voice, 'instructs');
    assert.equal(new ConfigResolver(catalog).forFile(join(tempTree({ 'a.md': '' }), 'a.md')).voice, 'auto');
  });
});

describe('analysis-backed rules', () => {
  it('enemy image: an out-group with contempt, an accusation or a negative evaluation', () => {
    for (const text of [
      'Die Strom-Fossilien der Branche hoffen, dass Sie nicht nachrechnen.',
      'Corporate landlords squeeze tenants for every last cent.',
      'Forget the self-appointed wellness gurus on Instagram.',
      'Tourist herds block the beach every morning.',
      'Die faulen Berufspolitiker im Rathaus haben unsere Stadt ausgeblutet.',
    ]) assert.ok(families(text, { voice: 'sells' }).includes('polarize'), text);
    for (const text of ['A flock of sheep grazes on the dyke.', 'Die Landwirtschaft in der Region wächst.', 'Konferenzsäle für 200 Gäste.', 'Die Äpfel faulen im Keller, wenn es zu feucht ist.', 'Wer reif ist, fault auch schneller.']) {
      assert.deepEqual(families(text, { voice: 'sells' }), [], text);
    }
  });

  it('us-vs-them: a contrast frame or a disparaged out-group followed by the in-group', () => {
    assert.ok(families('While the others are still babysitting servers, our customers ship before lunch.').includes('polarize'));
    assert.ok(families('Die anderen Kanzleien schieben Ihre Belege monatelang vor sich her wie eine Wanderdüne. Bei uns geht das in einer Woche.').includes('polarize'));
    // A contrast without another party, or with a problem, is no frame.
    assert.deepEqual(families('Während Sie schlafen, sichert unser Server Ihre Daten.'), []);
    assert.deepEqual(families('Schluss mit dem Kabelsalat unter dem Schreibtisch.'), []);
  });

  it('us-vs-them: condescending permission for others, or for the reader in irony, not the reader\'s own freedom', () => {
    const fires = (text: string) => ruleIds(text, 'plaintext', { voice: 'sells' }).includes('polarize/us-vs-them');
    for (const text of ['Die anderen können ja gern weiter im Januar einen Jahresvertrag abschließen.', 'Lasst die Konsolen-Kinder ruhig weiter auf dem Sofa ruckeln.', 'Of course, you could keep trusting that nice advisor at your bank.', 'The rest can keep making excuses.']) assert.ok(fires(text), text);
    for (const text of ['Sie können gern weiter bei uns stöbern.', 'We insulate from the outside, so you can keep living at home while we work.', 'Existing customers can keep using their old plan.']) assert.ok(!fires(text), text);
  });

  it('group disparagement: a plural group of people as the subject of a disparaging sentence', () => {
    const fires = (text: string) => ruleIds(text, 'plaintext', { voice: 'sells' }).includes('polarize/group-disparagement');
    assert.ok(fires('Die Zustellfirmen werfen Ihre Pakete in die Mülltonne wie alte Zeitungen. Bei uns nicht.'));
    assert.ok(fires('Delivery drivers treat your parcels like an afterthought. We ring twice.'));
    // Singular subjects, things, a singular verb, or no side of the writer's: no enemy image.
    assert.ok(!fires('Die Jacke wiegt nur 300 g, wie eine Feder. Bei uns gibt es sie in Blau.'));
    assert.ok(!fires('The planner collects them like a pro. We built it for you.'));
    assert.ok(!fires('Die Brötchen gehen weg wie warme Semmeln. Bei uns backen wir nach.'));
    assert.ok(!fires('Die Zustellfirmen werfen Pakete in die Mülltonne wie alte Zeitungen.'));
  });

  it('combative language needs a person, a firm or a group as its object', () => {
    assert.deepEqual(families('Gemeinsam im Kampf gegen Krebs: Ihre Spende hilft der Forschung.'), []);
    assert.ok(families('Wir werden die Konkurrenz vernichten.', { voice: 'sells' }).includes('polarize'));
  });

  it('absolute claims leave compositions, hedges and idioms alone', () => {
    for (const text of ['Das Hemd ist aus 100 % Leinen.', 'Der Balsam besteht zu 100 % aus Sheabutter und Ringelblumenöl.', 'A dining table of 100 % solid oak.', 'Made from 100% shea butter and calendula oil.', '5.2 oz., 100% combed ringspun cotton jersey.', 'Ein Shirt aus 100 % gekämmter Baumwolle.', 'Eine der besten Lösungen am Markt.', 'Das Beste aus zwei Welten.', 'The best of both worlds.']) {
      assert.ok(!ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/absolute-claim'), text);
    }
    for (const text of ['100 % Zufriedenheit garantiert.', 'Wir sind zu 100 % für Sie da.', '100 % Qualität aus Deutschland.', 'Zu 100 % aus Leidenschaft.']) assert.ok(ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/absolute-claim'), text);
  });
});

describe('analysis: what a careful reader does not overread', () => {
  it('a past-tense word or two does not make selling copy news', () => {
    assert.ok(families('It was built for speed and was tested for years. The ultimate, revolutionary blender. Order yours today!').includes('push'));
    assert.ok(families('Das Modell wurde 2020 entwickelt und wurde 2024 ausgezeichnet. Der revolutionäre Mixer, jetzt im Shop!').includes('push'));
  });

  it('a dash before a call to action is no attribution, and "laut" can be loud', () => {
    assert.ok(families('Die beste Jacke der Welt, revolutionär und einzigartig. – Jetzt im Handel.').includes('push'));
    assert.ok(families('Der revolutionäre Mixer ist kaum laut, und das garantiert.', { voice: 'sells' }).includes('push'));
  });

  it('compositions are told apart only after "100 %", and literal words are not contempt', () => {
    assert.ok(ruleIds('The best organic coffee in town.', 'plaintext', { voice: 'sells' }).includes('push/absolute-claim'));
    for (const text of ['Induktionsherde und Gasherde im Angebot.', 'Burning fossil fuels heats the planet.', 'Die Nähnadel aus Stahl.', 'Our fire brigade visits the school.']) {
      assert.ok(!families(text, { voice: 'sells' }).includes('polarize'), text);
    }
    assert.ok(!ruleIds('Die Zusteller bringen Ihre Pakete wie versprochen. Bei uns ist das genauso.', 'plaintext', { voice: 'sells' }).includes('polarize/group-disparagement'));
  });

  it('others, then the writer, polarize only with an edge; information and the writer\'s own people do not', () => {
    assertPolarize(
      [
        'Die meisten Zimmer haben einen Balkon. Wir empfehlen die Südseite.',
        'Die meisten unserer Fahrlehrer kommen aus der Region. Wir bilden sie selbst aus.',
        'Die meisten Ihrer Kollegen nutzen schon unsere App. Wir freuen uns auf Sie.',
        'Most of your neighbours already switched. We make it easy.',
        'Some airlines require a printed boarding pass. We recommend printing yours.',
        'Manche Krankenkassen übernehmen die Kosten. Wir stellen Ihnen eine Bescheinigung aus.',
        'Die Banken schließen freitags früher. Wir haben bis 20 Uhr geöffnet.',
        'Some airlines cancelled flights on Monday. At Heathrow, queues stretched for hours.',
        'While our customers sleep, the backups run. We check them every morning.',
        'While your competitors are still waiting, you could be selling. We set you up in a day.',
        'Während der Generation unserer Großeltern war Urlaub ein Luxus. Wir machen ihn bezahlbar.',
        'Some people will say it is too early. We think the timing is right.',
        'People with dyslexia aren\'t stupid. We know that.',
        'Die Bauarbeiter rechnen damit, dass sie nicht vor Dezember fertig werden.',
        'How generous of them: the Rotary Club donated 5,000 pounds to our library.',
        'Sure, keep scrolling: the recipe is at the bottom of the page.',
      ],
      [
        'Most roofers in this county will take your deposit and vanish. We show up.',
        'Most tutors are burnt-out grad students. Our tutors teach one pupil at a time.',
        'Die meisten Agenturen verkaufen Ihnen PowerPoint statt Code. Bei uns bekommen Sie Software.',
        'Your current bank is greedy and lazy. Switch to us.',
        'Die Versicherer rechnen fest damit, dass Sie aufgeben. Wir bleiben dran.',
      ],
    );
  });

  it('a kind sorted out or dismissed polarizes only when derided; target groups, warnings, job ads and rules do not', () => {
    assertPolarize(
      [
        'No recruiters who send CVs in bulk, please. This role is for engineers with five years of Go experience.',
        'Not for patients who are taking blood thinners. For adults with mild pain, one tablet is enough.',
        'This course is not for students who want a quick certificate. It is for learners who can put in ten hours a week.',
        'There are no teachers who would do this for free. For parents with questions, the school office is open until 4.',
        'The pool is not for the kids during school hours; it is reserved for swimmers with a club membership.',
        'Dieser Kurs ist nicht für Teilnehmer, die schon fließend sprechen. Er ist für Anfänger, die ganz neu anfangen.',
        'Wir suchen keine Bewerber, die nur einen Job wollen, sondern Menschen mit Leidenschaft für gutes Handwerk.',
        'Es sind nicht die Lehrer, die versagen, sondern die Lehrpläne. Für Eltern mit Fragen haben wir eine Hotline.',
        'Die Sauna ist kein Ort für Kinder, die noch nicht schwimmen können. Für Familien mit Babys gibt es den Planschbereich.',
        'Das Angebot gilt nicht für immer, das wissen Sie. Sichern Sie sich den Rabatt für unter 20 Euro.',
        'Skip the holiday crowds and book a weekday slot at our spa.',
        'Leave the mountain guides who know every trail to plan your route, and enjoy the view.',
        'Vergessen Sie die Helfer nicht, die seit Wochen Sandsäcke schleppen. Unser Dank gilt allen.',
        'Lassen Sie die Mitarbeiter entscheiden, die täglich mit der Software arbeiten.',
        'Forget the hassle of paperwork: we file everything for you.',
        'Our view: many farmers are struggling after the drought, so we are extending payment terms.',
        'Good news for tenants: landlords can no longer charge you for smoke alarms. We will check your bill for free.',
        'Note: most banks close at 4 on Fridays, so we process your transfer on Monday.',
        'While schools are closed for the summer, our library runs reading clubs for kids.',
        'While the factories are closed over Christmas, our support team stays on call.',
        'Many schools struggle with staff shortages; our tutors fill the gaps.',
      ],
      [
        'Our beer is brewed for drinkers, not for the craft-beer snobs who photograph every pint.',
        "This gym isn't for the selfie crowd who film every rep. It's for lifters with a plan.",
        'So forget the snobby sommeliers who think wine belongs to people with cellar keys.',
        'Wir brauen nicht für Hipster, die ihr Bier fotografieren, sondern für Leute, die es trinken.',
        'Reality check: many landlords are ripping off their tenants. We check your contract for free.',
        'Leave the filing-cabinet crowd behind. Sign up in 30 seconds.',
      ],
    );
  });

  it('a step that presses sells; claims about people are claims; a label before a shout in prose excuses nothing', () => {
    assert.ok(ruleIds('# The PowerCell\n\nThe revolutionary PowerCell is the best charger in the world.\n\n## How to order\n\nSelect your colour. Place your order. Wait for our confirmation email.\n', 'markdown').includes('push/hype'));
    assert.ok(ruleIds('Place your order today. Select your size. Click here and get 50% off, the best deal ever.', 'plaintext').includes('push/absolute-claim'));
    for (const text of ['100 % der Kunden empfehlen uns weiter.', '100% of our customers would recommend us to a friend.', 'We do the best burgers in town.', 'Wir geben den besten Service der Region.'])
      assert.ok(ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/absolute-claim'), text);
    for (const text of ['Bei einem Rücktritt erstatten wir 100 % der Anzahlung.', 'We will try our best to help you out.', 'Wir geben unser Bestes, damit Sie pünktlich ankommen.'])
      assert.ok(!ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/absolute-claim'), text);
    for (const text of ['Big news: WE ARE OPEN ON SUNDAYS', 'Jetzt neu: DER TURBO-MIXER FÜR IHRE KÜCHE'])
      assert.ok(ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/shouting'), text);
    assert.ok(!ruleIds('- Marke: PEGASO\n- Gewicht: 59 kg\n', 'markdown', { voice: 'sells' }).includes('push/shouting'));
    // Capitals before a legal form are a firm's name; a sales word in them still shouts.
    for (const text of ['Entwickelt von der NORDLICHT APP GmbH in Kiel.', 'Built by WIDGETWORKS Inc. in Ohio.'])
      assert.ok(!ruleIds(text, 'plaintext', { voice: 'sells' }).includes('push/shouting'), text);
    assert.ok(ruleIds('RIESIGER SALE GmbH: jetzt zugreifen!', 'plaintext', { voice: 'sells' }).includes('push/shouting'));
  });

  it('a page that only presses is push, not a pile of specs', () => {
    const page = '# 48-HOUR MEGA SALE\n\n- Everything 40 % off today\n- Stock running low, order now\n- Free shipping, only tonight\n- 2,000 units left right now\n- Ends in 48 hours, buy now\n';
    assert.deepEqual(ruleIds(page, 'markdown', { voice: 'sells' }).filter((id) => id === 'features/feature-balance'), []);
    assert.ok(ruleIds(page, 'markdown', { voice: 'sells' }).some((id) => id.startsWith('push/')));
    // News of a feature says "now" and is still a spec.
    const specs = '- OLED display with HDR\n- USB-C PD fast charging\n- Now with Bluetooth LE and NFC\n- GPS, Galileo and GLONASS\n';
    assert.ok(ruleIds(specs, 'markdown', { voice: 'sells' }).includes('features/feature-balance'));
  });

  it('a "Note:" line inside wrapped prose stays in its paragraph', () => {
    const doc = parsePlaintext('Wir haben die Öffnungszeiten für den Sommer angepasst und bitten um Verständnis.\nHinweis: Am Feiertag bleibt der Laden zu.');
    assert.equal(doc.segments.length, 1);
  });
});

describe('matcher: exact entries', () => {
  it('an exact entry matches its own form, not the word\'s other inflections', () => {
    const index = new TermIndex('de');
    const set = index.addSet([{ term: 'erklärte', exact: true }]);
    const words = (text: string) => {
      const t = tokenize(text);
      return (index.match(t).get(set) ?? []).map((h) => t.text[h.first]);
    };
    assert.deepEqual(words('Sie erklärte es. Wir erklären es. Erklärte er?'), ['erklärte', 'Erklärte']);
  });
});

describe('plain text: fact lines', () => {
  it('reads "Label: value" lines as entries of their own, as bulleted lines', () => {
    const doc = parsePlaintext('Wärmepumpe L 9\nHeizleistung: 9 kW\nKältemittel: R290\nSchallleistung: 52 dB(A)\n');
    assert.deepEqual(doc.segments.map((s) => [s.kind, s.text]), [
      ['paragraph', 'Wärmepumpe L 9'],
      ['list-item', 'Heizleistung: 9 kW'],
      ['list-item', 'Kältemittel: R290'],
      ['list-item', 'Schallleistung: 52 dB(A)'],
    ]);
    // A sentence with a colon later in it stays prose, and so do sentences that reach one.
    assert.equal(parsePlaintext('Wir haben eine Bitte an alle Gäste: Bitte leise sein.').segments[0].kind, 'paragraph');
    assert.equal(parsePlaintext('Summit 2 Tent. Weight: 2.1 kg. Poles: DAC aluminium.').segments[0].kind, 'paragraph');
    assert.equal(parsePlaintext('Max. Leistung: 200 W').segments[0].kind, 'list-item');
  });

  it('flags a product data sheet, not an install guide', () => {
    const sheet = 'Estate Reserve 2021\nGrapes: Syrah\nSoil: granite and schist\nHarvest: by hand\nAgeing: 18 months in French oak\nClosure: natural cork';
    assert.ok(lint(sheet).some((f) => f.ruleId === 'features/feature-balance'));
    // A Markdown spec table: rows of a label and a value name features where the page states specs.
    const table = (rows: string[]) => ['## Cask Strength Single Malt', '', '| | |', '|---|---|', ...rows.map((r) => `| ${r} |`)].join('\n');
    const cask = table(['ABV | 58.3%', 'Cask | first-fill ex-bourbon, PX finish', 'Age | six years', 'Bottles | 612', 'Chill-filtered | no', 'Colouring | none']);
    assert.ok(lint(cask, 'markdown').some((f) => f.ruleId === 'features/feature-balance'));
    // A value of no words is a mark: a table of features ticked off.
    const ticked = table(['OCR invoice capture | ✓', '3-way PO matching | ✓', 'Multi-entity consolidation | ✓', 'REST API | ✓', 'SSO via SAML | ✓', 'Audit log | ✓']);
    assert.ok(lint(ticked, 'markdown').some((f) => f.ruleId === 'features/feature-balance'));
    // A page's finding speaks the page's language, though its first row („Ort | Stadthalle“) reads as English alone.
    const german = table(['Ort | Stadthalle', 'Material | Eiche', 'Dauer | 2 h mit Pause', 'Gewicht | 12 kg', 'Karten | 3 GB', 'Lieferung | montiert']);
    assert.deepEqual(lint(german, 'markdown').filter((f) => f.ruleId === 'features/feature-balance').map((f) => f.lang), ['de']);
    // Opening hours, or a concert's facts with one measure, are no spec sheet.
    const hours = table(['Montag | 9–18 Uhr', 'Dienstag | 9–18 Uhr', 'Mittwoch | geschlossen', 'Donnerstag | 9–20 Uhr', 'Freitag | 9–18 Uhr']);
    const concert = table(['Ort | Stadthalle', 'Beginn | 19 Uhr', 'Dauer | 2 h mit Pause', 'Eintritt | 12 €, ermäßigt 8 €', 'Karten | an der Abendkasse']);
    for (const text of [hours, concert]) assert.ok(!lint(text, 'markdown').some((f) => f.ruleId === 'features/feature-balance'), text);
    // The same sheet run into one line of sentences.
    const line = 'Summit 2 Tent. Weight: 2.1 kg. Hydrostatic head: 3,000 mm fly, 5,000 mm floor. Poles: DAC aluminium, 8.5 mm. Two doors, two vestibules. Packed size: 45 × 15 cm.';
    assert.ok(lint(line).some((f) => f.ruleId === 'features/feature-balance'));
  });
});
