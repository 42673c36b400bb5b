import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../helpers/engine';

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
    const findings = lint(text, 'markdown');
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
