import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readRuleData, ruleDocPath } from '../../server/src/node/ruleFiles';
import type { DocFormat, Lang } from '../../server/src/core/types';
import { DOC_LANGS, README, withHeader, withRuleTable } from '../../scripts/rule-docs';
import { lint } from '../helpers/engine';

const EXAMPLE = /```(text|markdown|html) (bad|good) (de|en)\n([\s\S]*?)\n```/g;
const FORMATS: Record<string, DocFormat> = { text: 'plaintext', markdown: 'markdown', html: 'html' };
/** Per doc language: the sections a reader needs, and the copy languages its examples must cover (the German doc is for German copy; the English one shows both). */
const DOC_PARTS: Record<Lang, { sections: string[]; examples: Lang[] }> = {
  en: { sections: ['## What triggers it', '## Examples', '## How to fix', '## How to disable'], examples: ['de', 'en'] },
  de: { sections: ['## Wann die Regel anschlägt', '## Beispiele', '## So beheben Sie es', '## So schalten Sie die Regel ab'], examples: ['de'] },
};

describe('rule docs', () => {
  it('README rule table matches the rules (npm run docs)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withRuleTable(readme, readRuleData().rules));
  });

  for (const spec of readRuleData().rules) {
    for (const docLang of DOC_LANGS) {
      describe(`${spec.id} (${docLang})`, () => {
        const doc = readFileSync(ruleDocPath(spec.id, docLang), 'utf8');
        const examples = [...doc.matchAll(EXAMPLE)].map((m) => ({ format: FORMATS[m[1]], kind: m[2], lang: m[3], text: m[4] }));
        const { sections, examples: langs } = DOC_PARTS[docLang];

        it('has the generated header of its YAML (npm run docs)', () => {
          assert.equal(doc, withHeader(doc, spec, docLang));
        });

        it(`has bad and good examples in ${langs.join(' and ')}`, () => {
          for (const kind of ['bad', 'good']) {
            for (const lang of langs) {
              assert.ok(examples.some((e) => e.kind === kind && e.lang === lang), `missing ${kind} ${lang} example`);
            }
          }
        });

        it('has the sections a reader needs', () => {
          for (const section of sections) assert.ok(doc.includes(section), section);
        });

        for (const ex of examples) {
          it(`${ex.kind} ${ex.lang}: ${ex.text.split('\n')[0].slice(0, 60)}`, () => {
            const findings = lint(ex.text, ex.format);
            if (ex.kind === 'bad') {
              assert.ok(findings.some((f) => f.ruleId === spec.id), `expected ${spec.id}, got ${JSON.stringify(findings.map((f) => `${f.ruleId}: ${f.match}`))}`);
            } else {
              assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.match}`), []);
            }
          });
        }
      });
    }
  }
});
