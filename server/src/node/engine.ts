import { Engine } from '../core/engine';
import { compileRules } from '../core/rules/compile';
import { readRuleData } from './ruleFiles';

let shared: Engine | undefined;

/** The engine with the bundled rules, compiled once per process. */
export function bundledEngine(): Engine {
  shared ??= new Engine(compileRules(readRuleData()));
  return shared;
}
