import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, fixUntilStable, mergeEdits } from '../../server/src/core/fix';
import type { DocFormat } from '../../server/src/core/types';
import { engine, lint as lintText } from '../helpers/engine';

// Fix mechanics, in copy that sells: which voices a rule applies to is tested with the analysis stage.
const fixAll = (text: string, format: DocFormat = 'plaintext') => fixUntilStable(text, (t) => engine.lint(t, { format, voice: 'sells' }).findings).text;
const lint = (text: string) => lintText(text, 'plaintext', { voice: 'sells' });

describe('fixes', () => {
  it('removes a hype word with its space', () => {
    assert.equal(fixAll('Das revolutionäre Küchenmesser.'), 'Das Küchenmesser.');
  });

  it('removes a hype word only where the sentence stands without it', () => {
    // Before the content word it qualifies: removed.
    assert.equal(fixAll('Unglaublich gute Preise für das revolutionäre Messer.'), 'Gute Preise für das Messer.');
    assert.equal(fixAll('The ultimate guide to the game-changing knife.'), 'The guide to the knife.');
    // As a predicate, before a function word, or as a noun (German: a capitalised entry or word): kept, no fix offered.
    for (const text of [
      'Das ist fantastisch.',
      'Das Messer ist revolutionär und einzigartig.',
      'Ein echter Gamechanger für Teams.',
      'Ein Megadeal wartet.',
      'Das Revolutionäre daran ist neu.',
      'It is amazing!',
      'A real game-changer for teams.',
      'Our incredible, fast app.',
    ]) {
      const hype = lint(text).filter((f) => f.ruleId === 'push/hype');
      assert.ok(hype.length > 0, text);
      assert.ok(hype.every((f) => !f.fixes), text);
      assert.equal(fixAll(text), text);
    }
  });

  it('capitalises what follows a removed sentence-initial word', () => {
    assert.equal(fixAll('Revolutionäre Messer für alle.'), 'Messer für alle.');
    // After a sentence end and any white space, a no-break space included.
    assert.equal(fixAll('Gut.\u00a0Revolutionäre neue Messer.'), 'Gut.\u00a0Neue Messer.');
  });

  it('writes shouting in sentence case and collapses "!!!"', () => {
    assert.equal(fixAll('Das ist UNGLAUBLICH gut!!!'), 'Das ist gut!');
    assert.equal(fixAll('This is the deal EVERYONE is talking about!!!'), 'This is the deal everyone is talking about!');
  });

  it('keeps the capital of German nouns only when writing shouting in lower case', () => {
    const fixes = (text: string) => lint(text).filter((f) => f.ruleId === 'push/shouting').map((f) => f.fixes?.[0].edits[0].text);
    // Predicates and attributive adjectives lose their capital; nouns after a determiner or a number keep it.
    assert.deepEqual(fixes('Das Angebot ist KOSTENLOS für alle.'), ['kostenlos']);
    assert.deepEqual(fixes('Das ist der NEUE Standard.'), ['neue']);
    assert.deepEqual(fixes('Hier gibt es ein TOLLES ANGEBOT für Sie.'), ['tolles Angebot']);
    assert.deepEqual(fixes('Das ist UNSERE BESTE QUALITÄT.'), ['unsere beste Qualität']);
    assert.deepEqual(fixes('Sichern Sie sich Ihren RABATT.'), ['Rabatt']);
    assert.deepEqual(fixes('Bis zu 50 % RABATT.'), ['Rabatt']);
    // A sentence's first word keeps its capital; in English only that one.
    assert.deepEqual(fixes('JETZT KAUFEN und sparen.'), ['Jetzt kaufen']);
    assert.deepEqual(fixes('This is FREE for everyone. BUY NOW.'), ['free', 'Buy now']);
  });

  it('drops the pressure word from a hard call to action', () => {
    assert.equal(fixAll('Buy now and save.'), 'Buy and save.');
    assert.equal(fixAll('Jetzt kaufen und sparen.'), 'Kaufen und sparen.');
  });

  it('offers alternatives, first one default', () => {
    const f = lint('Crush your competitors.').find((x) => x.ruleId === 'polarize/combative');
    assert.deepEqual(f?.fixes?.map((x) => x.edits[0].text), ['Outperform', 'Outgrow']);
    assert.equal(fixAll('Wir vernichten die Konkurrenz.'), 'Wir übertreffen die Konkurrenz.');
  });

  it('offers replacements only where a lexicon match is written as its entry', () => {
    // The replacement is the entry's form: for another form of the word it would break the sentence.
    for (const text of ['Das Team vernichtet die Konkurrenz.', 'Wir haben die Konkurrenz vernichtet.', 'We crushed our competitors.', 'She crushes the competition.']) {
      const combative = lint(text).filter((f) => f.ruleId === 'polarize/combative');
      assert.equal(combative.length, 1, text);
      assert.equal(combative[0].fixes, undefined, text);
    }
  });

  it('reaches a fixed point: fixing fixed text changes nothing', () => {
    const text = 'ACHTUNG!!! Das REVOLUTIONÄRE Messer. Jetzt kaufen!!!\n\nBuy now, the game-changing knife!!!';
    const once = fixAll(text);
    assert.notEqual(once, text);
    assert.equal(fixAll(once), once);
  });

  it('never touches text outside the fixed ranges', () => {
    const text = '# Titel\n\n`code REVOLUTIONÄR` und das revolutionäre Messer.\n\n```\nrevolutionär!!!\n```\n';
    const fixed = fixAll(text, 'markdown');
    assert.equal(fixed, '# Titel\n\n`code REVOLUTIONÄR` und das Messer.\n\n```\nrevolutionär!!!\n```\n');
  });

  it('skips overlapping fixes and merges multi-edit fixes into one range', () => {
    const r = applyFixes('abcdef', [
      { ruleId: 'a', severity: 'warning', message: '', start: 0, end: 3, fixes: [{ description: '', edits: [{ start: 0, end: 3, text: 'X' }] }] },
      { ruleId: 'b', severity: 'warning', message: '', start: 2, end: 4, fixes: [{ description: '', edits: [{ start: 2, end: 4, text: 'Y' }] }] },
    ]);
    assert.deepEqual(r, { text: 'Xdef', applied: 1 });
    assert.deepEqual(mergeEdits('abcdef', [{ start: 1, end: 2, text: '1' }, { start: 4, end: 5, text: '4' }]), { start: 1, end: 5, text: '1cd4' });
  });
});

describe('large reports and many fixes', () => {
  it('applies 200,000 edits in one pass and formats 300,000 findings without overflowing the stack', async () => {
    const text = 'ab '.repeat(200_000);
    const findings200k = Array.from({ length: 200_000 }, (_, i) => ({ ruleId: 'push/hype', severity: 'warning' as const, message: 'm', start: 3 * i, end: 3 * i + 1, fixes: [{ description: 'x', edits: [{ start: 3 * i, end: 3 * i + 1, text: 'A' }] }] }));
    // Compared as a boolean: a failing string comparison of 600,000 characters floods the log.
    assert.ok(applyFixes(text, findings200k).text === 'Ab '.repeat(200_000));
    const { FORMATTERS } = await import('../../server/src/cli/formatters');
    const { formatSummary } = await import('../../server/src/cli/summary');
    const findings = Array.from({ length: 300_000 }, (_, i) => ({ ruleId: 'push/hype', severity: 'warning' as const, message: 'm', start: i % 1000, end: (i % 1000) + 1 }));
    const results = [{ filePath: '/x/a.md', source: 'a'.repeat(1001), findings, words: 10 }];
    const report = [...FORMATTERS.stylish(results, { cwd: '/x', color: false, version: '0', rules: [], problems: [], language: 'en' })].join('');
    assert.match(report, /300000 problems/);
    assert.match(formatSummary(results, '/x'), /a\.md/);
  });
});

describe('fixes that would break a sentence or a quotation are not offered (issue 12, item 6)', () => {
  // Each case: the text and the exact text --fix leaves, in copy that sells.
  const cases: [string, string][] = [
    ['A unique and revolutionary offer.', 'A unique and revolutionary offer.'],
    ['The most revolutionary product.', 'The most revolutionary product.'],
    ['Revolutionäre, bahnbrechende Lösungen für Sie.', 'Revolutionäre, bahnbrechende Lösungen für Sie.'],
    ['Buy now, pay later.', 'Buy now, pay later.'],
    ['„Ein revolutionäres Werkzeug“, sagt unser Kunde.', '„Ein revolutionäres Werkzeug“, sagt unser Kunde.'],
    ['Der „revolutionäre“ Mixer.', 'Der „revolutionäre“ Mixer.'],
    // A heading in capitals would come out in mixed case, and German SS may be ß or ss.
    ['Der GRÖSSTE Rabatt des Jahres, jetzt im Markt.', 'Der GRÖSSTE Rabatt des Jahres, jetzt im Markt.'],
    // What stays safe is still fixed.
    ['Die Jacke ist WINDFEST.', 'Die Jacke ist windfest.'],
    ['Das revolutionäre Messer.', 'Das Messer.'],
    ['Jetzt kaufen!', 'Kaufen!'],
  ];
  for (const [text, fixed] of cases) {
    it(text, () => assert.equal(fixAll(text), fixed));
  }
  it('leaves a Markdown heading in capitals to the writer (title case or sentence case)', () => {
    assert.equal(fixAll('## NEU: DER KOMPAKTE BOHRHAMMER\n\nJetzt im Markt.\n', 'markdown'), '## NEU: DER KOMPAKTE BOHRHAMMER\n\nJetzt im Markt.\n');
  });
});
