import { Engine } from '../core/engine';
import { compileRules } from '../core/rules/compile';
import { customRuleSpecs, type CustomTerm } from '../core/rules/custom';
import type { RuleData } from '../core/rules/model';
import type { RuleCatalog } from './configResolver';
import { loadRuleData } from './ruleFiles';

let data: RuleData | undefined;
let shared: Engine | undefined;
const withCustom = new Map<string, Engine>();

/** The engine with the bundled rules, compiled once per process. */
export function bundledEngine(): Engine {
  data ??= loadRuleData();
  shared ??= new Engine(compileRules(data));
  return shared;
}

/** The engine for a config's custom terms: the bundled rules plus the team's, compiled once per distinct set. */
export function engineFor(custom: CustomTerm[]): Engine {
  if (!custom.length) return bundledEngine();
  const key = JSON.stringify(custom);
  let engine = withCustom.get(key);
  if (!engine) {
    bundledEngine();
    engine = new Engine(compileRules({ ...data!, rules: [...data!.rules, ...customRuleSpecs(custom)] }));
    if (withCustom.size > 32) withCustom.clear();
    withCustom.set(key, engine);
  }
  return engine;
}

/** What a config may name: the engine's rules and their options. */
export function catalogOf(engine: Engine): RuleCatalog {
  return { has: engine.isKnownRule, options: (id) => engine.pack.byId.get(id)?.spec.options };
}
