import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readRuleData, ruleDocPath } from '../../server/src/node/ruleFiles';
import type { DocFormat } from '../../server/src/core/types';
import { README, withHeader, withRuleTable } from '../../scripts/rule-docs';
import { lint } from '../helpers/engine';

const EXAMPLE = /```(text|markdown|html) (bad|good) (de|en)\n([\s\S]*?)\n```/g;
const FORMATS: Record<string, DocFormat> = { text: 'plaintext', markdown: 'markdown', html: 'html' };

describe('rule docs', () => {
  it('README rule table matches the rules (npm run docs)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withRuleTable(readme, readRuleData().rules));
  });

  for (const spec of readRuleData().rules) {
    describe(spec.id, () => {
      const doc = readFileSync(ruleDocPath(spec.id), 'utf8');
      const examples = [...doc.matchAll(EXAMPLE)].map((m) => ({ format: FORMATS[m[1]], kind: m[2], lang: m[3], text: m[4] }));

      it('has the generated header of its YAML (npm run docs)', () => {
        assert.equal(doc, withHeader(doc, spec));
      });

      it('has bad and good examples in German and English', () => {
        for (const kind of ['bad', 'good']) {
          for (const lang of ['de', 'en']) {
            assert.ok(examples.some((e) => e.kind === kind && e.lang === lang), `missing ${kind} ${lang} example`);
          }
        }
      });

      it('has the sections a reader needs', () => {
        for (const section of ['## What triggers it', '## Examples', '## How to fix', '## How to disable']) assert.ok(doc.includes(section), section);
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
});
