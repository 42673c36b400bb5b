import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { featureNames, SentenceFeatures } from '../../server/src/core/checks/sentenceModel';
import { dropDeferred } from '../../server/src/core/defer';
import { wordKey } from '../../server/src/core/morph';
import type { RuleSpec } from '../../server/src/core/rules/model';
import type { Finding } from '../../server/src/core/types';
import { compileRules } from '../../server/src/core/rules/compile';
import { readRuleData } from '../../server/src/node/ruleFiles';
import type { Lang } from '../../server/src/core/types';
import { engine, lint } from '../helpers/engine';

const RULE = 'polarize/hostile-tone';
const rule = engine.pack.byId.get(RULE)!;

/** The features of each sentence of a plain-text paragraph, by name. */
function features(text: string, lang: Lang): string[][] {
  const [ctx] = engine.contexts(text, 'plaintext', lang);
  const read = new SentenceFeatures(ctx, rule);
  return Array.from({ length: ctx.sentenceCount }, (_, s) => featureNames(read, lang, s));
}

/** Each sentence's score from its features' names and the model file's weights, as the trainer sums them. */
const byName = (text: string, lang: Lang) => features(text, lang).map((names) => names.reduce((z, f) => z + (rule.weights!.get(f) ?? 0), 0));

/** The hostile-tone findings with every sentence's score compared to `minScore`. */
const hostile = (text: string, minScore?: number, options = {}) =>
  lint(text, 'plaintext', { ...(minScore === undefined ? {} : { ruleOptions: { [RULE]: { minScore } } }), ...options }).filter((f) => f.ruleId === RULE);

describe('sentence model: features', () => {
  it('weighs stems, the parts of a hyphenated word, a German compound head, pairs, and function words only beside a content word', () => {
    const [first] = features('Die Discounter-Bäcker verkaufen Ihnen Teiglinge aus der Fabrik.', 'de');
    const key = (w: string) => wordKey('de', w);
    const expected = ['de:bias', `de:w:${key('Discounter-Bäcker')}`, `de:w:${key('Discounter')}`, `de:w:${key('Bäcker')}`, `de:w:${key('verkaufen')}`, `de:s:${key('Teiglinge').slice(-5)}`, `de:b:${key('verkaufen')}_${key('Ihnen')}`];
    for (const f of expected) assert.ok(first.includes(f), `${f} in ${first.join(' ')}`);
    // „die“, „aus“, „der“ alone say nothing; two function words in a row neither.
    for (const f of ['de:w:die', 'de:w:aus', 'de:w:der', 'de:b:aus_der']) assert.ok(!first.includes(f), f);
    assert.ok(first.includes(`de:b:der_${key('Fabrik')}`), 'a function word beside a content word counts as a pair');
    // Quoted words are someone else's.
    const [quoted] = features('Der Kritiker schrieb: „Die Discounter-Bäcker verkaufen Ihnen Teiglinge.“', 'de');
    assert.ok(quoted.includes(`de:w:${key('Kritiker')}`) && !quoted.includes(`de:w:${key('verkaufen')}`), quoted.join(' '));
  });

  it('weighs the lexicon classes of the sentence and of the next one', () => {
    const [first, second] = features('The influencer crowd will tell you anything. We tell you what we use.', 'en');
    assert.ok(first.includes('c:groups') && first.includes('c:reader'), first.join(' '));
    assert.ok(first.includes('n:inGroup'), 'the writer’s side in the next sentence');
    assert.ok(second.includes('c:inGroup') && !second.some((f) => f.startsWith('n:')), second.join(' '));
  });

  it('leaves out classes in someone else\'s words: a quoted insult is no contempt of the writer\'s', () => {
    const [own] = features('Our rivals are vultures, and we tell you so.', 'en');
    const [quoted] = features('Our sign reads "the rivals are vultures and frauds" as a joke, and we tell you so.', 'en');
    assert.ok(own.includes('c:contempt'), own.join(' '));
    assert.ok(!quoted.includes('c:contempt') && quoted.includes('c:inGroup'), quoted.join(' '));
  });
});

describe('sentence model: the check', () => {
  const text = 'The influencer crowd will tell you anything for a free sample. We tell you what we use.';

  it('reports a sentence that reaches minScore, naming the words that weighed most', () => {
    const [f, ...rest] = hostile(text);
    assert.equal(rest.length, 0);
    assert.equal(f.match, 'The influencer crowd will tell you anything for a free sample');
    // The words that carried the score, three at most, in text order, all of the sentence reported.
    const cues = /mostly through ([^)]+)\)/.exec(f.message)?.[1].split(', ') ?? [];
    const words = f.match!.split(/\W+/);
    assert.ok(cues.length === 3 && cues.every((w) => words.includes(w)), f.message);
    assert.deepEqual([...cues].sort((a, b) => words.indexOf(a) - words.indexOf(b)), cues);
    assert.equal(f.voice, 'unknown');
  });

  it('scores as the trainer sums the weights by name: reported from that score on, not below it', () => {
    for (const [sample, lang] of [[text, 'en'], ['Die Discounter-Bäcker verkaufen Ihnen aufgeblasene Teiglinge aus der Fabrik. Wir backen nachts selbst.', 'de']] as const) {
      const scores = byName(sample, lang);
      for (const z of scores) {
        assert.ok(hostile(sample, z - 1e-9).length > hostile(sample, z + 1e-9).length, `${sample}: ${z}`);
      }
    }
  });

  it('reads minScore from the options: higher, nothing; lower, every sentence', () => {
    assert.equal(hostile(text, 50).length, 0);
    assert.equal(hostile(text, -50).length, 2);
  });

  it('says nothing where the paragraph speaks for nobody, and not in quoted or reported sentences', () => {
    assert.equal(hostile('Some people talk faster than they think. Others never talk at all.', -50).length, 0);
    const own = 'Die Discounter-Bäcker verkaufen Ihnen aufgeblasene Teiglinge aus der Fabrik.';
    assert.equal(hostile(`${own} Wir backen nachts selbst.`).length, 1);
    assert.equal(hostile(`Der Kritiker schrieb: „${own}“ Wir backen nachts selbst.`).length, 0);
  });

  it('defers to the rule of its family that names the pattern in the same sentence', () => {
    const named = 'The so-called experts on television have no idea what a kitchen looks like. Come and cook with us.';
    assert.ok(lint(named).some((f) => f.ruleId === 'polarize/enemy-image'));
    assert.deepEqual(hostile(named, -50).map((f) => f.match), ['Come and cook with us']);
    // With the rules that name it off, the model speaks for the sentence.
    const off = { rules: { 'polarize/enemy-image': 'off', 'polarize/group-disparagement': 'off' } as const };
    assert.deepEqual(hostile(named, -50, off).map((f) => f.match), ['The so-called experts on television have no idea what a kitchen looks like', 'Come and cook with us']);
  });
});

describe('defer: a finding of a deferring rule', () => {
  const specs: Record<string, Partial<RuleSpec>> = { 'polarize/pattern': { family: 'polarize' }, 'polarize/model': { family: 'polarize', defer: true }, 'push/hype': { family: 'push' } };
  const finding = (ruleId: string, start: number, end: number) => ({ ruleId, start, end }) as Finding;
  const kept = (...findings: Finding[]) => {
    dropDeferred(findings, (id) => specs[id] as RuleSpec);
    return findings.filter((f) => f.ruleId === 'polarize/model').map((f) => [f.start, f.end]);
  };

  it('goes where a rule of its family reports inside it or across its start, even one that starts long before', () => {
    assert.deepEqual(kept(finding('polarize/model', 10, 50), finding('polarize/pattern', 20, 25)), []);
    assert.deepEqual(kept(finding('polarize/pattern', 0, 15), finding('polarize/model', 10, 50)), []);
    assert.deepEqual(kept(finding('polarize/pattern', 0, 100), finding('polarize/pattern', 1, 2), finding('polarize/model', 60, 70)), []);
  });

  it('stays beside a range that only touches it, and beside another family', () => {
    assert.deepEqual(kept(finding('polarize/model', 10, 50), finding('polarize/pattern', 50, 60), finding('polarize/pattern', 0, 10)), [[10, 50]]);
    assert.deepEqual(kept(finding('polarize/model', 10, 50), finding('push/hype', 20, 25)), [[10, 50]]);
  });
});

describe('sentence model: data', () => {
  it('refuses a sentence-model rule without fitted weights, saying how to fit them', () => {
    const data = readRuleData();
    delete data.models![RULE];
    assert.throws(() => compileRules(data), /polarize\/hostile-tone: no fitted model .*npm run train/);
  });

  it('was fitted on the labeled sets as they are now (npm run train after adding a batch)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'train-model.ts'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
