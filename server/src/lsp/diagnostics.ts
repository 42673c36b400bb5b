import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Lang } from '../core/types';
import { ruleDocFileUri } from '../node/ruleLinks';

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

const own = (o: object, key: string) => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEdit = (e: unknown) => isObject(e) && Number.isInteger(own(e, 'start')) && Number.isInteger(own(e, 'end')) && typeof own(e, 'text') === 'string';
const isFix = (f: unknown) => isObject(f) && typeof own(f, 'description') === 'string' && Array.isArray(own(f, 'edits')) && (own(f, 'edits') as unknown[]).every(isEdit);

/**
 * The data of a diagnostic in a code action request, or undefined when it is not what
 * toDiagnostic wrote: a client sends it back, and may send anything. Only own properties count
 * ("x".match is String.prototype.match, and became "Add 'function match() { [native code] }'").
 */
export function diagnosticData(data: unknown): DiagnosticData | undefined {
  if (!isObject(data)) return undefined;
  const ruleId = own(data, 'ruleId');
  const match = own(data, 'match');
  const fixes = own(data, 'fixes');
  const version = own(data, 'version');
  if (typeof ruleId !== 'string' || typeof version !== 'number') return undefined;
  if (match !== undefined && typeof match !== 'string') return undefined;
  if (fixes !== undefined && !(Array.isArray(fixes) && fixes.every(isFix))) return undefined;
  const lang = own(data, 'lang');
  if (lang !== 'de' && lang !== 'en') return undefined;
  return { ruleId, match, fixes: fixes as Fix[] | undefined, version, lang };
}

export function toDiagnostic(doc: TextDocument, f: Finding, builtin: boolean, lang: Lang): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, match: f.match, fixes: f.fixes, version: doc.version, lang };
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITIES[f.severity],
    source: 'copylint',
    code: f.ruleId,
    ...(builtin ? { codeDescription: { href: ruleDocFileUri(f.ruleId, lang) } } : {}),
    message: f.message,
    data,
  };
}
