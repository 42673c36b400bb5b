import type { RuleSpec } from './rules/model';
import { firstAtLeast } from './sorted';
import type { Finding } from './types';

/**
 * Removes, in place, each finding of a deferring rule (RuleSpec.defer) that overlaps a finding of
 * another rule of its family: the rule that names the pattern says it better.
 */
export function dropDeferred(findings: Finding[], specOf: (ruleId: string) => RuleSpec | undefined): void {
  const byFamily = new Map<string, { starts: number[]; maxEnd: number[] }>();
  for (const family of new Set(findings.map((f) => specOf(f.ruleId)?.family))) {
    const others = findings.filter((f) => specOf(f.ruleId)?.family === family && !specOf(f.ruleId)?.defer).sort((a, b) => a.start - b.start);
    // The largest end of any finding up to each one: an overlap may start before the deferring finding.
    const maxEnd: number[] = [];
    for (let k = 0; k < others.length; k++) maxEnd.push(Math.max(others[k].end, k ? maxEnd[k - 1] : 0));
    if (family) byFamily.set(family, { starts: others.map((f) => f.start), maxEnd });
  }
  let kept = 0;
  for (const f of findings) {
    const spec = specOf(f.ruleId);
    const others = spec?.defer ? byFamily.get(spec.family) : undefined;
    if (others) {
      const { starts, maxEnd } = others;
      const k = firstAtLeast(starts, f.start);
      if ((k < starts.length && starts[k] < f.end) || (k > 0 && maxEnd[k - 1] > f.start)) continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}
