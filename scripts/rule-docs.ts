/**
 * Keeps each rule doc's header (description, metadata table, principle) in sync with its
 * YAML, as markdownlint does. `npm run docs` rewrites the headers; the test suite checks them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readRuleData, ruleDocPath } from '../server/src/node/ruleFiles';
import type { RuleSpec } from '../server/src/core/rules/model';

const START = '<!-- header:start (generated from the rule YAML by `npm run docs`) -->';
const END = '<!-- header:end -->';

export function ruleHeader(spec: RuleSpec): string {
  const options = Object.entries(spec.options ?? {}).map(([k, v]) => `\`${k}: ${v}\``).join(', ') || '—';
  const fix = spec.fix ? `yes (${spec.fix.action}${spec.fix.target === 'near' ? ' the pressure word' : ''})` : 'no';
  return [
    START,
    `> ${spec.description}`,
    '',
    '| Family | Default severity | Languages | Fixable | Options |',
    '|---|---|---|---|---|',
    `| ${spec.family} | ${spec.severity} | ${spec.languages.join(', ')} | ${fix} | ${options} |`,
    '',
    `**Principle.** ${spec.principle}`,
    END,
  ].join('\n');
}

/** The doc text with its header regenerated. */
export function withHeader(doc: string, spec: RuleSpec): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error(`${spec.id}: doc has no header markers`);
  return doc.slice(0, a) + ruleHeader(spec) + doc.slice(b + END.length);
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const spec of readRuleData().rules) {
    const path = ruleDocPath(spec.id);
    const doc = readFileSync(path, 'utf8');
    const next = withHeader(doc, spec);
    if (next === doc) continue;
    stale++;
    if (check) console.error(`stale header: ${path}`);
    else writeFileSync(path, next);
  }
  if (check && stale) process.exit(1);
}
