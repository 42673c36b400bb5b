import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveText, languageDirectiveText } from '../core/directives';
import { ENGINE_RULES, type Engine } from '../core/engine';
import type { Finding, Lang } from '../core/types';
import { bundledEngine } from '../node/engine';
import { ruleDocFileUri } from '../node/ruleLinks';
import { formatOf } from './formats';
import { findingLanguage, SERVER_TEXT } from './text';

/**
 * Hover over a finding: the message, the principle behind it, the suggested rewrites, how to
 * disable it, and the paragraph's language when it is not the document's (`docLang`).
 */
export function hoverAt(doc: TextDocument, position: Position, findings: Finding[], engine: Engine, messageLanguage: 'auto' | Lang, docLang?: Lang): Hover | null {
  const offset = doc.offsetAt(position);
  const here = findings.filter((f) => f.start <= offset && offset <= f.end);
  if (!here.length) return null;
  const parts = here.map((f) => {
    const rule = engine.pack.byId.get(f.ruleId)?.spec;
    // Said in the language of the message it explains.
    const lang = findingLanguage(f, messageLanguage);
    const text = SERVER_TEXT[lang];
    const lines = [`**copylint** · \`${f.ruleId}\` · ${f.severity}`, '', f.message];
    // A paragraph in the other language gets the other rules: say so, and how to correct a wrong guess.
    if (f.lang && docLang && f.lang !== docLang) {
      lines.push('', text.language(text.langNames[f.lang], text.langNames[docLang], languageDirectiveText(docLang, formatOf(doc.languageId))));
    }
    if (rule) lines.push('', `*${text.why}* ${rule.principle[lang]}`);
    if (f.voice && rule?.voices) lines.push('', text.voice(text.voiceNames[f.voice], rule.voices.map((v) => text.voiceNames[v]).join(', ')));
    if (f.fixes?.length) lines.push('', `*${text.rewrites}*`, ...f.fixes.map((x) => `- ${x.description}`));
    // The engine's own findings (a directive problem, where parsing stopped) are fixed, not disabled.
    if (!ENGINE_RULES.has(f.ruleId)) {
      const directive = directiveText('disable-next-line', f.ruleId, 'reason', formatOf(doc.languageId));
      lines.push('', text.disable(directive, f.ruleId));
    }
    // Only bundled rules have a documentation page; a team's custom rules do not.
    if (bundledEngine().isKnownRule(f.ruleId)) lines.push('', `[${text.ruleDoc}](${ruleDocFileUri(f.ruleId, lang)})`);
    return lines.join('\n');
  });
  const start = Math.min(...here.map((f) => f.start));
  const end = Math.max(...here.map((f) => f.end));
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: { start: doc.positionAt(start), end: doc.positionAt(end) } };
}
