import type { Comment } from './parse/types';
import type { EngineText } from './rules/model';
import type { DocFormat, Lang } from './types';

/** A disable/enable directive found in a comment (or a plain-text directive line). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string;
  start: number;
  end: number;
}

export interface DirectiveProblem extends EngineText {
  start: number;
  end: number;
}

/** The reason placeholder the editor inserts: "<reason>" (or "…"). */
export const REASON_PLACEHOLDER = '<reason>';
const PLACEHOLDER = /^(?:<[^>]*>|…|\.\.\.)$/;
const DIRECTIVE = /^\s*copylint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*?)\s*$/s;
/** `copylint-language <value>`, an optional reason after `--`. */
const LANGUAGE_DIRECTIVE = /^\s*copylint-language(?=\s|$)\s*(.*?)\s*(?:--.*)?$/s;
const LANGS: readonly string[] = ['de', 'en'] satisfies Lang[];

/**
 * A directive's text: an HTML comment in Markdown and HTML, an MDX comment in MDX (MDX 2
 * rejects HTML comments), a line of its own in plain text.
 */
export function directiveText(kind: Directive['kind'], ruleId: string, reason: string, format: DocFormat): string {
  return commentText(`copylint-${kind} ${ruleId} -- ${reason}`, format);
}

/** The language directive for a paragraph, as the writer would type it in this format. */
export function languageDirectiveText(lang: Lang, format: DocFormat): string {
  return commentText(`copylint-language ${lang}`, format);
}

function commentText(body: string, format: DocFormat): string {
  return format === 'plaintext' ? body : format === 'mdx' ? `{/* ${body} */}` : `<!-- ${body} -->`;
}

/** The value of a `copylint-language` comment ('' when none is given), undefined for any other comment. */
function languageValue(body: string): string | undefined {
  return LANGUAGE_DIRECTIVE.exec(body)?.[1];
}

const isLang = (value: string): value is Lang => LANGS.includes(value);

/** The language each comment that is a valid language directive sets, with where it ends. */
export function languageOverrides(comments: Comment[]): { end: number; lang: Lang }[] {
  return comments.flatMap((c) => {
    const value = languageValue(c.body);
    return value !== undefined && isLang(value) ? [{ end: c.end, lang: value }] : [];
  });
}

export function parseDirectives(comments: Comment[], knownRule: (id: string) => boolean): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const c of comments) {
    // A language directive is no suppression: only a wrong value is the directives' business here.
    const value = languageValue(c.body);
    if (value !== undefined) {
      if (!isLang(value)) problems.push({ start: c.start, end: c.end, ...(value ? { text: 'languageValue', vars: { value } } : { text: 'languageMissing' }) });
      continue;
    }
    const m = DIRECTIVE.exec(c.body);
    if (!m) {
      if (/^\s*copylint-/.test(c.body)) problems.push({ start: c.start, end: c.end, text: 'unknownDirective', vars: { directive: c.body.trim().split(/\s/)[0] } });
      continue;
    }
    const kind = m[1] as Directive['kind'];
    const sep = m[2].indexOf('--');
    const list = (sep >= 0 ? m[2].slice(0, sep) : m[2]).trim();
    // A placeholder left by the editor's "disable" quick fix is not a reason yet.
    const given = sep >= 0 ? m[2].slice(sep + 2).trim() : '';
    const reason = PLACEHOLDER.test(given) ? '' : given;
    const rules = list ? list.split(/[\s,]+/).filter(Boolean) : [];
    for (const id of rules) {
      if (!knownRule(id)) problems.push({ start: c.start, end: c.end, text: 'unknownRule', vars: { rule: id } });
    }
    if (kind !== 'enable' && !reason) {
      problems.push({ start: c.start, end: c.end, text: 'noReason', vars: { kind } });
    }
    directives.push({ kind, rules, reason, start: c.start, end: c.end });
  }
  return { directives, problems };
}
