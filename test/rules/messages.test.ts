import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interfaceLanguage, messageLanguageFor, placeholders } from '../../server/src/core/rules/messages';
import { ENGINE_RULES } from '../../server/src/core/engine';
import { ENGINE_MESSAGES, type Localized } from '../../server/src/core/rules/model';
import { bundledEngine } from '../../server/src/node/engine';
import { readRuleData } from '../../server/src/node/ruleFiles';

const data = readRuleData();

/** Problems of one text in both languages: a language missing or empty, or placeholders that differ. */
function problems(where: string, text: Localized | undefined): string[] {
  if (!text || typeof text !== 'object') return [`${where}: not given in German and English`];
  const out: string[] = [];
  for (const lang of ['de', 'en'] as const) if (!text[lang]?.trim()) out.push(`${where}: no ${lang === 'de' ? 'German' : 'English'} text`);
  if (!out.length && placeholders(text.de).join() !== placeholders(text.en).join()) {
    out.push(`${where}: placeholders differ (de {${placeholders(text.de).join('}, {')}}, en {${placeholders(text.en).join('}, {')}})`);
  }
  return out;
}

describe('messages in German and English', () => {
  it('gives every rule its message, principle and description in both languages, with the same placeholders', () => {
    const found = data.rules.flatMap((r) => (['message', 'principle', 'description'] as const).flatMap((k) => problems(`${r.id} ${k}`, r[k])));
    assert.deepEqual(found, []);
  });

  it('gives every fix title both languages, with the same placeholders', () => {
    assert.deepEqual(Object.entries(data.fixes).flatMap(([kind, t]) => problems(`fix ${kind}`, t)), []);
  });

  it('gives each of copylint’s own messages and rule descriptions both languages, with the same placeholders', () => {
    assert.deepEqual(Object.keys(data.engine.messages).sort(), [...ENGINE_MESSAGES].sort());
    assert.deepEqual(Object.keys(data.engine.descriptions).sort(), [...ENGINE_RULES.keys(), 'copylint/ignored'].sort());
    const texts = [...Object.entries(data.engine.messages), ...Object.entries(data.engine.descriptions)];
    assert.deepEqual(texts.flatMap(([key, t]) => problems(key, t)), []);
  });

  it('says copylint’s own findings in the message language: directives, unused directives, where parsing stopped', () => {
    const engine = bundledEngine();
    const text = '<!-- copylint-disable-next-line push/hypee -->\n<!-- copylint-disable-line push/urgency -- a reason -->\nDas Messer.\n\n' + '> '.repeat(200) + 'Tief.';
    const messages = (messageLanguage: 'de' | 'en') => engine.lint(text, { format: 'markdown', messageLanguage, reportUnusedDirectives: true }).findings.map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(messages('de'), [
      'copylint/directive: Die Anweisung nennt eine unbekannte Regel: „push/hypee“.',
      'copylint/directive: Die Anweisung „copylint-disable-next-line“ braucht eine Begründung: Schreiben Sie „-- warum“ hinter die Regeln.',
      'copylint/unused-disable: Überflüssige Anweisung copylint-disable-line: Es gibt keinen Fund von push/urgency, den sie unterdrückt.',
      'copylint/parse: Markdown mit mehr als 50 verschachtelten Listen (oder 100 Zitaten): copylint hört hier auf zu lesen, der Rest des Dokuments wird nicht geprüft.',
    ]);
    assert.match(messages('en')[0], /^copylint\/directive: Directive names unknown rule “push\/hypee”\.$/);
  });

  it('fails a rule that lacks a language or whose placeholders differ (the check is not vacuous)', () => {
    assert.deepEqual(problems('x', { en: 'Hype word “{match}”.', de: '' }), ['x: no German text']);
    assert.deepEqual(problems('x', { en: '{count} specs', de: '{anzahl} Angaben' }), ['x: placeholders differ (de {anzahl}, en {count})']);
    assert.deepEqual(problems('x', 'only English' as unknown as Localized), ['x: not given in German and English']);
  });

  it('titles every kind of fix in German: remove, replace, write and collapse', () => {
    const engine = bundledEngine();
    const titles = (text: string) => engine.lint(text, { format: 'markdown', messageLanguage: 'de', voice: 'sells' }).findings.flatMap((f) => f.fixes?.map((x) => x.description) ?? []);
    assert.ok(titles('Das revolutionäre Messer.').includes('„revolutionäre“ streichen'));
    assert.ok(titles('Wir vernichten die Konkurrenz.').some((t) => /^Durch „.+“ ersetzen$/.test(t)), String(titles('Wir vernichten die Konkurrenz.')));
    const loud = titles('Jetzt KOSTENLOS testen!!!');
    assert.ok(loud.includes('„kostenlos“ schreiben'), String(loud));
    assert.ok(loud.includes('Nur ein „!“'), String(loud));
  });

  it('speaks each paragraph’s language under auto, unless a setting or the interface language decides', () => {
    const engine = bundledEngine();
    const text = 'Das revolutionäre Messer.\n\nThe game-changing blender.';
    const messages = (messageLanguage?: 'auto' | 'de' | 'en') => engine.lint(text, { format: 'markdown', messageLanguage }).findings.map((f) => f.message.split(' ')[0]);
    assert.deepEqual(messages(), ['Hype-Wort', 'Hype']);
    assert.deepEqual(messages('en'), ['Hype', 'Hype']);
    assert.deepEqual(messages('de'), ['Hype-Wort', 'Hype-Wort']);
    assert.equal(messageLanguageFor([undefined, 'auto'], 'de_AT.UTF-8'), 'de');
    assert.equal(messageLanguageFor(['en', 'de'], 'de-DE'), 'en');
    assert.equal(messageLanguageFor(['auto', 'de'], 'en-US'), 'de');
    assert.equal(messageLanguageFor([], 'C.UTF-8'), 'auto');
    assert.equal(messageLanguageFor([], 'fr'), 'auto');
    assert.equal(messageLanguageFor([], 'dev'), 'auto');
    assert.equal(interfaceLanguage([], 'C.UTF-8'), 'en');
  });
});
