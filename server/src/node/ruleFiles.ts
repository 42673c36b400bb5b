import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yaml } from '../core/libraries';
import type { AnalysisSpec, RuleData, RuleSpec, SentenceModel, TermSpec } from '../core/rules/model';
import type { Family, Lang } from '../core/types';

export const FAMILIES: readonly Family[] = ['features', 'push', 'polarize'];

/** The package's `rules/` folder: above `dist/` when bundled, above `server/src/node/` in the repository. */
export function defaultRulesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'rules', 'lexicons'))) return join(dir, 'rules');
  }
  throw new Error(`copylint: cannot find its rules folder above ${__dirname}`);
}

/** The package root (where package.json lives), the parent of the rules folder. */
export function packageRoot(): string {
  return dirname(defaultRulesDir());
}

/** The rule data: from dist/rules.json when running bundled (written at build time), else from the YAML. */
export function loadRuleData(): RuleData {
  const precompiled = join(__dirname, 'rules.json');
  return existsSync(precompiled) ? (JSON.parse(readFileSync(precompiled, 'utf8')) as RuleData) : readRuleData();
}

/** Reads every rule file (`rules/<family>/<name>.yaml`), the fix titles (`rules/fixes.yaml`), copylint's own texts (`rules/engine.yaml`) and the lexicons (`rules/lexicons/<lang>.yaml`, `rules/lexicons/<lang>/<role>.yaml`). */
export function readRuleData(dir = defaultRulesDir()): RuleData {
  const read = (path: string): unknown => {
    try {
      const text = readFileSync(path, 'utf8');
      return path.endsWith('.json') ? JSON.parse(text) : yaml().parse(text);
    } catch (err) {
      throw new Error(`copylint: broken rule data in ${path}: ${(err as Error).message}`);
    }
  };
  const rules: RuleSpec[] = [];
  const models: Record<string, SentenceModel> = {};
  for (const family of FAMILIES) {
    for (const file of readdirSync(join(dir, family)).filter((f) => f.endsWith('.yaml')).sort()) {
      const spec = read(join(dir, family, file)) as RuleSpec;
      rules.push(spec);
      // A fitted model beside the rule (scripts/train-model.ts): JSON, as a program writes it and none edits it.
      const model = join(dir, family, file.replace(/\.yaml$/, '.model.json'));
      if (existsSync(model)) models[spec.id] = read(model) as SentenceModel;
    }
  }
  const lexicons = {} as Record<Lang, Record<string, TermSpec[]>>;
  for (const lang of ['de', 'en'] as Lang[]) {
    lexicons[lang] = read(join(dir, 'lexicons', `${lang}.yaml`)) as Record<string, TermSpec[]>;
    // Lexicons generated from language data (scripts/language-data.ts), one list per file named for its role.
    const generated = join(dir, 'lexicons', lang);
    if (!existsSync(generated)) continue;
    for (const file of readdirSync(generated).filter((f) => f.endsWith('.yaml')).sort()) {
      const role = file.replace(/\.yaml$/, '');
      if (lexicons[lang][role]) throw new Error(`copylint: lexicon "${role}" is in both ${lang}.yaml and ${join(generated, file)}`);
      lexicons[lang][role] = read(join(generated, file)) as TermSpec[];
    }
  }
  return { rules, lexicons, analysis: read(join(dir, 'analysis.yaml')) as AnalysisSpec, fixes: read(join(dir, 'fixes.yaml')) as RuleData['fixes'], engine: read(join(dir, 'engine.yaml')) as RuleData['engine'], models };
}

/** The documentation of a rule in a language: `rules/<family>/<name>.md` in English, `<name>.de.md` in German. */
export function ruleDocPath(id: string, lang: Lang = 'en', dir = defaultRulesDir()): string {
  return join(dir, lang === 'en' ? `${id}.md` : `${id}.${lang}.md`);
}

/** The doc a reader of `lang` is shown: theirs, else the English one (a team's fork may lack a translation). */
export function ruleDocFor(id: string, lang: Lang, dir = defaultRulesDir()): string {
  const own = ruleDocPath(id, lang, dir);
  return existsSync(own) ? own : ruleDocPath(id, 'en', dir);
}
