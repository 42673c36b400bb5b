import type { CustomTerm } from '../core/rules/custom';
import type { ResolvedConfig } from '../node/configResolver';
import { plural } from '../report/plural';
import { lintText } from './task';

export interface ExampleFailure {
  ruleId: string;
  kind: 'bad' | 'good';
  text: string;
  /** What the rule found in the text ("rule: match"), for a good example that it flagged. */
  found: string[];
}

export interface ExampleRun {
  /** Custom rules with at least one example. */
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/**
 * Runs the examples of a config's custom rules as the bundled rules' doc examples run: each
 * bad one must trigger its rule, no good one may. Each is linted as plain text with the
 * config's settings and allow list, in the rule's language when it names one, and with the
 * rule on whatever "rules" says: the test is of the rule, not of where the team turns it off.
 * Findings of other rules do not count; they are not the team's to test.
 */
export function runExamples(config: ResolvedConfig): ExampleRun {
  const run: ExampleRun = { rules: 0, examples: 0, failures: [] };
  for (const term of config.custom) {
    const cases = [...(term.examples?.bad ?? []).map((text) => ({ kind: 'bad' as const, text })), ...(term.examples?.good ?? []).map((text) => ({ kind: 'good' as const, text }))];
    if (!cases.length) continue;
    run.rules++;
    for (const { kind, text } of cases) {
      run.examples++;
      const found = ownFindings(text, term, config);
      if ((kind === 'bad') !== (found.length > 0)) run.failures.push({ ruleId: term.id, kind, text, found });
    }
  }
  return run;
}

function ownFindings(text: string, term: CustomTerm, config: ResolvedConfig): string[] {
  const options = {
    format: 'plaintext' as const,
    language: term.language && term.language !== 'any' ? term.language : config.language,
    voice: config.voice,
    messageLanguage: 'en' as const,
    rules: { ...config.rules, [term.id]: term.severity ?? 'warning' },
    ruleOptions: config.ruleOptions,
    allow: config.allow,
  };
  return lintText(text, { options, custom: config.custom })
    .findings.filter((f) => f.ruleId === term.id)
    .map((f) => `${f.ruleId}: ${f.match ?? text.slice(f.start, f.end)}`);
}

/** The report: a line per failing example, then the count. */
export function formatExampleRun(run: ExampleRun, configFiles: string[]): string {
  const lines = run.failures.map((f) =>
    f.kind === 'bad' ? `✖ ${f.ruleId}: bad example not flagged: ${JSON.stringify(f.text)}` : `✖ ${f.ruleId}: good example flagged (${f.found.join(', ')}): ${JSON.stringify(f.text)}`,
  );
  const where = configFiles.join(', ');
  if (!run.examples) lines.push(`No custom rule in ${where} has examples.`);
  else if (run.failures.length) lines.push('', `${run.failures.length} of ${plural(run.examples, 'example')} failed (${plural(run.rules, 'rule')}, ${where}).`);
  else lines.push(`✔ ${plural(run.examples, 'example')} of ${plural(run.rules, 'rule')} passed (${where}).`);
  return lines.join('\n') + '\n';
}
