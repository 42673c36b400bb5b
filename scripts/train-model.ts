/**
 * Fits the sentence-model rules (check: sentence-model) on the labeled sets: the shared dev set,
 * the holdout and every blind batch (test/eval/sets.ts). An item is flagged when its highest
 * sentence reaches minScore, so the fit is a logistic regression on each item's highest-scoring
 * sentence (multiple-instance learning: the labels say which items, not which sentences, run
 * others down). Writes rules/<family>/<name>.model.json and the rule's fitted minScore.
 *   npm run train            fit and write
 *   npm run train -- --check exit 1 when a model was fitted on other labeled sets, rule, lexicons or code than there are now
 * minScore is chosen by cross-validation over whole sets (a batch is never scored by a model that
 * saw it, as at first sight): the score where the family's findings, the other rules' and the
 * model's together, reach the best F1 with a precision of at least MIN_PRECISION, while the
 * model adds at most NEUTRAL_BUDGET findings per 1,000 words on the neutral corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureNames, SentenceFeatures, sided } from '../server/src/core/checks/sentenceModel';
import { Engine } from '../server/src/core/engine';
import { toDocStart } from '../server/src/core/parse/segment';
import { compileRules, type CompiledRule } from '../server/src/core/rules/compile';
import type { SentenceModel } from '../server/src/core/rules/model';
import { firstAtLeast } from '../server/src/core/sorted';
import type { DocFormat, Family, Lang } from '../server/src/core/types';
import { defaultRulesDir, readRuleData } from '../server/src/node/ruleFiles';
import { neutralAvailable, neutralDocs, NEUTRAL_PACKAGES } from '../test/eval/neutral';
import { formatOf, ratios, readItems, type Counts, type Item } from '../test/eval/score';
import { labeledSets } from '../test/eval/sets';

/** Passes over the data, AdaGrad's step, the L2 penalty, and how many items a feature needs to be weighed at all. */
const EPOCHS = 15;
const STEP = 0.3;
const L2 = 1e-2;
const MIN_ITEMS = 5;
const FOLDS = 5;
const MIN_PRECISION = 0.92;
/** Findings per 1,000 words the model may add on the neutral corpus (test/eval/neutral.ts), which sells nothing. */
const NEUTRAL_BUDGET = 0.04;
/** Weights nearer zero than this are left out of the file: they move no score. */
const PRUNE = 0.005;

interface Example {
  /** Per sentence in the writer's voice, in a segment that speaks for someone, its features. */
  sentences: string[][];
  /** Those lint may report (see lintAtAnyScore), by index into sentences. */
  reportable: number[];
  /** Whether the family's other rules flag the item already: the model adds to them. */
  others: boolean;
  positive: boolean;
  item: Item;
  /** The cross-validation fold of its set. */
  fold: number;
}

/** A seeded shuffle (Park–Miller): the same data gives the same model on every machine. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed;
  for (let i = n - 1; i > 0; i--) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const scoreOf = (weights: Map<string, number>, features: string[]) => features.reduce((z, f) => z + (weights.get(f) ?? 0), 0);
/** An item's score as lint reports it: its highest reportable sentence (fit weighs every sentence). */
const maxScore = (weights: Map<string, number>, e: Example) => e.reportable.reduce((m, k) => Math.max(m, scoreOf(weights, e.sentences[k])), -Infinity);

/** Logistic regression on each example's highest-scoring sentence, by AdaGrad. */
function fit(examples: Example[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.sentences.flat())) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(examples.length, epoch + 1)) {
      const e = examples[i];
      let best = -1;
      let top = -Infinity;
      e.sentences.forEach((fs, k) => {
        const z = scoreOf(weights, fs);
        if (z > top) [top, best] = [z, k];
      });
      if (best < 0) continue;
      const error = 1 / (1 + Math.exp(-top)) - (e.positive ? 1 : 0);
      for (const f of e.sentences[best]) {
        if ((seen.get(f) ?? 0) < MIN_ITEMS) continue;
        const w = weights.get(f) ?? 0;
        const g = error + L2 * w;
        const sq = (squares.get(f) ?? 1e-8) + g * g;
        squares.set(f, sq);
        weights.set(f, w - (STEP * g) / Math.sqrt(sq));
      }
    }
  }
  return weights;
}

const prf = (c: Counts) => {
  const { p, r, f1 } = ratios(c);
  return { precision: round(p, 3), recall: round(r, 3), f1: round(f1, 3) };
};
const round = (x: number, digits: number) => Number(x.toFixed(digits));

function count(examples: Example[], flagged: (e: Example, i: number) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  examples.forEach((e, i) => {
    const f = flagged(e, i);
    if (f && e.positive) c.tp++;
    else if (f) c.fp++;
    else if (e.positive) c.fn++;
  });
  return c;
}

/** A set's fold, from its name: a new set moves no other set to another fold. */
function foldOf(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) % FOLDS;
}

/**
 * Per labeled set, a hash of what a model is fitted on: its items, the rule data the features
 * read (the rule and every lexicon) and the code that reads and fits them. --check compares the sets present: the shared dev set may be
 * missing from a checkout.
 */
function dataHashes(sets: { name: string; items: Item[] }[], family: Family, ruleData: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const set of sets) {
    const h = createHash('sha256').update(ruleData);
    for (const it of set.items) h.update(`${it.id}\u0000${it.lang}\u0000${it.format}\u0000${it.text}\u0000${it.labels[family]}\n`);
    hashes[set.name] = h.digest('hex').slice(0, 16);
  }
  return hashes;
}

// The code a fit depends on: the features, what lint reports (voices, deferring) and the trainer.
const CORE = join(__dirname, '..', 'server', 'src', 'core');
const FITTED_CODE = [join(CORE, 'checks', 'sentenceModel.ts'), join(CORE, 'engine.ts'), join(CORE, 'defer.ts'), __filename];
const rulesDir = defaultRulesDir();
const data = readRuleData(rulesDir);
const targets = data.rules.filter((r) => r.check === 'sentence-model');
// A rule fitted for the first time compiles without weights.
for (const r of targets) (data.models ??= {})[r.id] ??= { fitted: {}, weights: {} };
const engine = new Engine(compileRules(data));
const sets = labeledSets()
  .filter((s) => s.trained)
  .map((s) => ({ ...s, items: readItems(s.file) }));
let stale = false;

if (targets.length && !process.argv.includes('--check') && !neutralAvailable()) throw new Error(`train: the neutral corpus is not installed (apt-get install ${NEUTRAL_PACKAGES.join(' ')})`);
for (const spec of targets) {
  const rule = engine.pack.byId.get(spec.id) as CompiledRule;
  const modelFile = join(rulesDir, `${spec.id}.model.json`);
  // Not the options: the trainer writes minScore there. The family's other rules decide which
  // sentences the model may report, and the code that reads the features and fits them is part of
  // the data: a model fitted on other features scores nonsense.
  const code = FITTED_CODE.map((f) => readFileSync(f, 'utf8'));
  const family = data.rules.filter((r) => r.family === spec.family && r.id !== spec.id);
  const hashes = dataHashes(sets, spec.family, JSON.stringify([{ ...spec, options: undefined }, family, data.lexicons, code]));
  if (process.argv.includes('--check')) {
    const fitted = (data.models?.[spec.id]?.fitted.data ?? {}) as Record<string, string>;
    const changed = Object.keys(hashes).filter((name) => fitted[name] !== hashes[name]);
    if (changed.length) {
      console.error(`${spec.id}: fitted on other data than there is now (${changed.join(', ')}: a new or changed set, rule, lexicon or feature code); run npm run train`);
      stale = true;
    }
    continue;
  }
  /**
   * What lint flags in a text with the rule at any score: the family's other findings, and the
   * sentences the check may report at all, by their start in the document (in one of the rule's voices, no other
   * rule of the family on the sentence). The fit weighs every sentence of a sided segment: a
   * sentence another rule flags, or in a paragraph that reports, still shows how running others
   * down is worded. Cross-validation and the neutral budget count only what lint would report.
   */
  const lintAtAnyScore = (text: string, format: DocFormat) => {
    const { findings, language, words } = engine.lint(text, { format, ruleOptions: { [spec.id]: { minScore: -Infinity } } });
    const reportable = new Set<number>();
    let others = false;
    for (const f of findings) {
      if (f.ruleId === spec.id) reportable.add(f.start);
      else if (f.ruleId.startsWith(`${spec.family}/`)) others = true;
    }
    return { reportable, others, language, words };
  };
  /** The features of each sentence the check would weigh, in a segment that speaks for someone, in the writer's own words; and which of them lint may report. */
  const writerSentences = (text: string, format: DocFormat, lang: Lang, reportable: Set<number>) => {
    const sentences: string[][] = [];
    const at: number[] = [];
    let found = 0;
    for (const ctx of engine.contexts(text, format, lang)) {
      if (!sided(ctx, rule)) continue;
      const t = ctx.tokens;
      const features = new SentenceFeatures(ctx, rule);
      for (let k = 0; k < ctx.sentenceCount; k++) {
        const a = t.sentenceStarts[k];
        // A sentence wholly in someone else's words is never reported.
        if (a === t.sentenceStarts[k + 1] || ctx.analysis.notWriters(a, t.sentenceStarts[k + 1] - 1)) continue;
        if (reportable.has(toDocStart(ctx.seg, t.start[a]))) {
          at.push(sentences.length);
          found++;
        }
        sentences.push(featureNames(features, ctx.lang, k));
      }
    }
    // Every sentence lint may report must be one read here, or the figures count other sentences.
    if (found !== reportable.size) throw new Error(`train: ${reportable.size - found} of ${reportable.size} sentences lint reports were not found in "${text.slice(0, 60)}"`);
    return { sentences, reportable: at };
  };
  const examples: Example[] = sets.flatMap((s) =>
    s.items.map((item) => {
      const format = formatOf(item);
      const linted = lintAtAnyScore(item.text, format);
      // Segments no language was detected in are read in the document's, as lint reads them.
      const read = writerSentences(item.text, format, linted.language ?? item.lang, linted.reportable);
      return { ...read, others: linted.others, positive: item.labels[spec.family], item, fold: foldOf(s.name) };
    }),
  );
  // Cross-validation over whole sets: each fold's sets are scored by a model fitted on the rest.
  const cv = new Float64Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (e: Example) => e.fold === fold;
    const weights = fit(examples.filter((e) => !held(e)));
    examples.forEach((e, i) => {
      if (held(e)) cv[i] = maxScore(weights, e);
    });
  }
  // The neutral corpus's sentences, scored by the model fitted on all the labeled data.
  const weights = fit(examples);
  const neutral: number[] = [];
  let neutralWords = 0;
  for (const doc of neutralDocs()) {
    const linted = lintAtAnyScore(doc.text, doc.format);
    neutralWords += linted.words;
    const { sentences, reportable } = writerSentences(doc.text, doc.format, linted.language ?? (doc.corpus.endsWith('-de') ? 'de' : 'en'), linted.reportable);
    for (const k of reportable) neutral.push(scoreOf(weights, sentences[k]));
  }
  neutral.sort((a, b) => a - b);
  const neutralAt = (min: number) => (1000 * (neutral.length - firstAtLeast(neutral, min))) / neutralWords;
  let best = { minScore: Infinity, f1: -1 };
  const candidates = [...new Set([...cv].filter(Number.isFinite).map((z) => round(z, 2)))].sort((a, b) => a - b);
  for (const min of candidates) {
    const union = prf(count(examples, (_, i) => examples[i].others || cv[i] >= min));
    if (union.precision >= MIN_PRECISION && union.f1 > best.f1 && neutralAt(min) <= NEUTRAL_BUDGET) best = { minScore: min, f1: union.f1 };
  }
  if (!Number.isFinite(best.minScore)) throw new Error(`${spec.id}: no minScore reaches a precision of ${MIN_PRECISION} in cross-validation within ${NEUTRAL_BUDGET} neutral findings per 1,000 words`);
  const minScore = best.minScore;
  const byLang = (lang: string) => examples.filter((e) => e.item.lang === lang);
  const figures = (flag: (e: Example, i: number) => boolean) =>
    Object.fromEntries(['de', 'en', 'all'].map((lang) => {
      const chosen = examples.map((e, i) => [e, i] as const).filter(([e]) => lang === 'all' || e.item.lang === lang);
      return [lang, prf(count(chosen.map(([e]) => e), (_, k) => flag(chosen[k][0], chosen[k][1])))];
    }));
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= PRUNE).sort(([a], [b]) => (a < b ? -1 : 1));
  const model: SentenceModel = {
    fitted: {
      by: 'scripts/train-model.ts: logistic regression on each item\'s highest-scoring sentence (AdaGrad)',
      data: hashes,
      items: examples.length,
      positives: examples.filter((e) => e.positive).length,
      sets: sets.map((s) => s.name),
      epochs: EPOCHS,
      step: STEP,
      l2: L2,
      minItems: MIN_ITEMS,
      minScore: {
        value: minScore,
        how: `best F1 of the family's findings with a precision of at least ${MIN_PRECISION}, in ${FOLDS}-fold cross-validation over whole sets, adding at most ${NEUTRAL_BUDGET} findings per 1,000 words on the neutral corpus`,
        neutralPerThousand: round(neutralAt(minScore), 3),
      },
      crossValidation: { otherRules: figures((e) => e.others), model: figures((_, i) => cv[i] >= minScore), together: figures((_, i) => examples[i].others || cv[i] >= minScore) },
      languages: { de: byLang('de').length, en: byLang('en').length },
    },
    weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w, 4)])),
  };
  writeFileSync(modelFile, JSON.stringify(model, null, 1) + '\n');
  const yamlFile = join(rulesDir, `${spec.id}.yaml`);
  const yamlText = readFileSync(yamlFile, 'utf8');
  const rewritten = yamlText.replace(/^options: \{minScore: [-\d.]+\}$/m, `options: {minScore: ${minScore}}`);
  if (rewritten === yamlText && !yamlText.includes(`options: {minScore: ${minScore}}`)) throw new Error(`${yamlFile}: no line "options: {minScore: …}" to write the fitted minScore to`);
  writeFileSync(yamlFile, rewritten);
  console.log(`${spec.id}: ${examples.length} items, ${kept.length} weights, minScore ${minScore}`);
  console.log(JSON.stringify(model.fitted.crossValidation, null, 1));
}
if (stale) process.exit(1);
