import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Lang } from '../core/types';
import { ruleDocUrl } from '../node/ruleFiles';

/** What a diagnostic carries for code actions: the rule, the matched text and its fixes (document offsets). */
export interface DiagnosticData {
  ruleId: string;
  match?: string;
  fixes?: Fix[];
  version: number;
  /** The language of the message, for the code actions' titles. */
  lang: Lang;
}

const SEVERITIES: Record<Finding['severity'], DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

export function toDiagnostic(doc: TextDocument, f: Finding, builtin: boolean, lang: Lang): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, match: f.match, fixes: f.fixes, version: doc.version, lang };
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITIES[f.severity],
    source: 'copylint',
    code: f.ruleId,
    ...(builtin ? { codeDescription: { href: ruleDocUrl(f.ruleId) } } : {}),
    message: f.message,
    data,
  };
}
