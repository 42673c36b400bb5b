import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lint } from '../helpers/engine';

const ids = (text: string, format: 'markdown' | 'html' | 'plaintext' = 'markdown') => lint(text, format).map((f) => `${f.ruleId}@${text.slice(0, f.start).split('\n').length}`);

describe('inline suppression', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = '<!-- copylint-disable-next-line push/hype -- launch page, agreed with legal -->\nDas revolutionäre Messer.\n\nDas revolutionäre Brett.';
    assert.deepEqual(ids(text), ['push/hype@4']);
  });

  it('disable-next-line skips blank lines to the next content', () => {
    const text = '<!-- copylint-disable-next-line push/hype -- ok -->\n\nDas revolutionäre Messer.';
    assert.deepEqual(ids(text), []);
  });

  it('leaves other rules on that line alone', () => {
    const text = '<!-- copylint-disable-next-line push/hype -- ok -->\nDas revolutionäre Messer. Jetzt kaufen!';
    assert.deepEqual(ids(text), ['push/hard-cta@2']);
  });

  it('disable … enable covers a passage', () => {
    const text = [
      '<!-- copylint-disable polarize/enemy-image -- satire column -->',
      'Die alten Automobilhersteller schlafen.',
      '<!-- copylint-enable polarize/enemy-image -->',
      '',
      'Die alten Automobilhersteller schlafen.',
    ].join('\n');
    assert.deepEqual(ids(text), ['polarize/enemy-image@5']);
  });

  it('disable without rule ids covers every rule to the end of the file', () => {
    assert.deepEqual(ids('<!-- copylint-disable -- quoted competitor ad -->\nJetzt kaufen! Das revolutionäre Messer.'), []);
  });

  it('works in HTML comments', () => {
    const text = '<p>Intro.</p>\n<!-- copylint-disable-next-line push/hype -- ok -->\n<p>Das revolutionäre Messer.</p>';
    assert.deepEqual(ids(text, 'html'), []);
  });

  it('works on a line of its own in plain text', () => {
    const text = 'copylint-disable-next-line push/hype -- quote\nDas revolutionäre Messer.\nDas revolutionäre Brett.';
    assert.deepEqual(ids(text, 'plaintext'), ['push/hype@3']);
  });

  it('reports a directive without a reason, and still applies it', () => {
    const text = '<!-- copylint-disable-next-line push/hype -->\nDas revolutionäre Messer.';
    const findings = lint(text, 'markdown', { messageLanguage: 'en' });
    assert.deepEqual(findings.map((f) => f.ruleId), ['copylint/directive']);
    assert.match(findings[0].message, /needs a reason/);
    assert.equal(findings[0].severity, 'error');
  });

  it('reports a directive naming an unknown rule', () => {
    const findings = lint('<!-- copylint-disable-next-line push/hypee -- typo -->\nText.', 'markdown');
    assert.deepEqual(findings.map((f) => f.ruleId), ['copylint/directive']);
    assert.match(findings[0].message, /unknown rule “push\/hypee”/);
  });

  it('ignores directives inside code blocks', () => {
    const text = '```\n<!-- copylint-disable -- example -->\n```\n\nDas revolutionäre Messer.';
    assert.deepEqual(ids(text), ['push/hype@5']);
  });
});

// Each case: its lines, and the findings as rule@line.
const cases = (list: [string, string[], string[]][]) => {
  for (const [name, lines, expected] of list) it(name, () => assert.deepEqual(ids(lines.join('\n')), expected));
};

describe('disable-file', () => {
  cases([
    [
      'silences the named rules in the whole document, wherever it stands and past an enable',
      ['Das revolutionäre Messer.', '', '<!-- copylint-disable-file push/hype -- product name in the brand guide -->', '<!-- copylint-enable push/hype -->', '', 'Das revolutionäre Brett. Jetzt kaufen!'],
      ['push/hard-cta@6'],
    ],
    ['without rule ids silences every rule', ['Jetzt kaufen! Das revolutionäre Messer.', '<!-- copylint-disable-file -- quoted competitor ad -->'], []],
  ]);

  it('needs a reason like the other directives', () => {
    assert.deepEqual(ids('copylint-disable-file push/hype\nDas revolutionäre Messer.', 'plaintext'), ['copylint/directive@1']);
  });
});

describe('enable after disable, per rule as in ESLint', () => {
  cases([
    [
      'copylint-enable push/hype after a disable-all re-enables push/hype only',
      ['<!-- copylint-disable -- quoted ad -->', 'Das revolutionäre Messer. Jetzt kaufen!', '<!-- copylint-enable push/hype -->', '', 'Das revolutionäre Brett. Jetzt kaufen!'],
      ['push/hype@5'],
    ],
    [
      'a later disable-all covers a rule an enable had exempted; an enable-all ends everything',
      ['<!-- copylint-disable -- quoted ad -->', '<!-- copylint-enable push/hype -->', '<!-- copylint-disable -- second ad -->', 'Das revolutionäre Messer.', '<!-- copylint-enable -->', '', 'Das revolutionäre Brett.'],
      ['push/hype@7'],
    ],
    ['an enable of another rule leaves a disabled rule disabled', ['<!-- copylint-disable push/hype -- satire -->', '<!-- copylint-enable push/hard-cta -->', 'Das revolutionäre Messer.'], []],
  ]);
});

describe('unused disable directives (reportUnusedDirectives)', () => {
  const unused = (text: string, format: 'markdown' | 'mdx' | 'plaintext' = 'markdown') =>
    lint(text, format, { reportUnusedDirectives: true, messageLanguage: 'en' })
      .filter((f) => f.ruleId === 'copylint/unused-disable')
      .map((f) => `${f.severity}@${text.slice(0, f.start).split('\n').length}: ${f.message}`);

  it('reports a directive that suppresses nothing, as a warning on the directive', () => {
    const text = 'Intro.\n<!-- copylint-disable-next-line push/hype -- launch -->\nEin ruhiger Satz.';
    assert.deepEqual(unused(text), ['warning@2: Unused copylint-disable-next-line directive: no finding of push/hype to suppress.']);
  });

  it('reports only the named rules that had nothing to suppress', () => {
    const text = '<!-- copylint-disable-next-line push/hype, push/urgency -- launch -->\nDas revolutionäre Messer.';
    assert.deepEqual(unused(text), ['warning@1: Unused copylint-disable-next-line directive: no finding of push/urgency to suppress.']);
  });

  it('says nothing of directives that suppress, of enable directives, or without the option', () => {
    const text = '<!-- copylint-disable -- ad -->\nDas revolutionäre Messer.\n<!-- copylint-enable -->\n<!-- copylint-disable-file push/urgency -- x -->';
    assert.deepEqual(unused(text), ['warning@4: Unused copylint-disable-file directive: no finding of push/urgency to suppress.']);
    assert.deepEqual(ids('<!-- copylint-disable-next-line push/hype -- x -->\nRuhig.'), []);
  });

  it('counts a finding inside an allowed phrase as not there', () => {
    const text = '<!-- copylint-disable-next-line push/hype -- name -->\nDas revolutionäre Messer.';
    const found = lint(text, 'markdown', { reportUnusedDirectives: true, allow: ['revolutionäre Messer'] });
    assert.deepEqual(found.map((f) => f.ruleId), ['copylint/unused-disable']);
  });

  it('names each directive with how many findings it suppressed', () => {
    const text = '<!-- copylint-disable push/hype -- satire -->\nDas revolutionäre, bahnbrechende Messer.\n<!-- copylint-enable push/hype -->';
    const { directives } = engine.lint(text, { format: 'markdown' });
    assert.deepEqual(directives.map((d) => [d.kind, d.rules, d.reason, d.suppressed]), [['disable', ['push/hype'], 'satire', 2], ['enable', ['push/hype'], '', 0]]);
  });
});

describe('directives in MDX comments', () => {
  const mdx = (text: string) => ids(text, 'mdx' as 'markdown');

  it('disable-next-line, disable-line, disable … enable and disable-file work as {/* … */}', () => {
    assert.deepEqual(mdx('{/* copylint-disable-next-line push/hype -- launch page, agreed with legal */}\nDas revolutionäre Messer.\n\nDas revolutionäre Brett.'), ['push/hype@4']);
    assert.deepEqual(mdx('Das revolutionäre Messer. {/* copylint-disable-line push/hype -- name */}\n\nDas revolutionäre Brett.'), ['push/hype@3']);
    assert.deepEqual(mdx('{/* copylint-disable push/hype -- satire */}\n\nDas revolutionäre Messer.\n\n{/* copylint-enable push/hype */}\n\nDas revolutionäre Brett.'), ['push/hype@7']);
    assert.deepEqual(mdx('import X from "./x"\n\nDas revolutionäre Messer.\n\n{/*\n  copylint-disable-file push/hype -- brand name\n*/}'), []);
  });

  it('is no directive inside fenced or inline code (MDX has no indented code: there it is one)', () => {
    const directive = '{/* copylint-disable-next-line push/hype -- example */}';
    assert.deepEqual(mdx('```mdx\n{/* copylint-disable-file push/hype -- example */}\n```\nDas revolutionäre Messer.'), ['push/hype@4']);
    assert.deepEqual(mdx('Intro.\n\n    ' + directive + '\nDas revolutionäre Messer.'), []);
    assert.deepEqual(mdx('Write `' + directive + '` above it.\nDas revolutionäre Messer.'), ['push/hype@2']);
    assert.deepEqual(mdx('Write ``a ` ' + directive + '`` above it.\nDas revolutionäre Messer.'), ['push/hype@2']);
  });

  it('is text in plain Markdown, where braces are no comment', () => {
    assert.deepEqual(ids('{/* copylint-disable-next-line push/hype -- x */}\nDas revolutionäre Messer.'), ['push/hype@2']);
  });

  it('keeps HTML comment directives and MDX ones in document order', () => {
    const text = '{/* copylint-disable -- quoted ad */}\n\nJetzt kaufen!\n\n<!-- copylint-enable -->\n\nJetzt kaufen!';
    assert.deepEqual(mdx(text), ['push/hard-cta@7']);
  });
});
