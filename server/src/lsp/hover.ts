import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveText } from '../core/directives';
import { ENGINE_RULES, type Engine } from '../core/engine';
import type { Voice } from '../core/analysis/voice';
import type { Finding } from '../core/types';
import { bundledEngine } from '../node/engine';
import { ruleDocUrl } from '../node/ruleFiles';
import { formatOf } from './formats';

const VOICE_NAMES: Record<Voice, string> = {
  sells: 'copy that sells',
  informs: 'news or information',
  instructs: 'documentation',
  terms: 'terms or a contract',
  unknown: 'text with no clear voice',
};

/** Hover over a finding: the message, the principle behind it, the suggested rewrites, and how to disable it. */
export function hoverAt(doc: TextDocument, position: Position, findings: Finding[], engine: Engine): Hover | null {
  const offset = doc.offsetAt(position);
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  if (!here.length) return null;
  const parts = here.map((f) => {
    const rule = engine.pack.byId.get(f.ruleId)?.spec;
    const lines = [`**copylint** · \`${f.ruleId}\` · ${f.severity}`, '', f.message];
    if (rule) lines.push('', `*Why:* ${rule.principle}`);
    if (f.voice && rule?.voices) lines.push('', `*Voice:* this paragraph reads as ${VOICE_NAMES[f.voice]}, and the rule applies to ${rule.voices.map((v) => VOICE_NAMES[v]).join(', ')}. Wrong? Pin \`voice\` in the config.`);
    if (f.fixes?.length) lines.push('', '*Suggested rewrites:*', ...f.fixes.map((x) => `- ${x.description}`));
    // The engine's own findings (a directive problem, where parsing stopped) are fixed, not disabled.
    if (!ENGINE_RULES.has(f.ruleId)) {
      const directive = directiveText('disable-next-line', f.ruleId, 'reason', formatOf(doc.languageId));
      lines.push('', `*Disable:* \`${directive}\` above the line, or \`"${f.ruleId}": "off"\` in \`.copylintrc.json\`.`);
    }
    // Only bundled rules have a documentation page; a team's custom rules do not.
    if (bundledEngine().isKnownRule(f.ruleId)) lines.push('', `[Rule documentation](${ruleDocUrl(f.ruleId)})`);
    return lines.join('\n');
  });
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}
