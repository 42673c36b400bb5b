import type { Comment } from './parse/types';
import type { LineIndex } from './parse/lines';

/** A disable/enable directive found in a comment (or a plain-text directive line). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string;
  start: number;
  end: number;
}

export interface DirectiveProblem {
  start: number;
  end: number;
  message: string;
}

/** The reason placeholder the editor inserts: "<reason>" (or "…"). */
export const REASON_PLACEHOLDER = '<reason>';
const PLACEHOLDER = /^(?:<[^>]*>|…|\.\.\.)$/;
const DIRECTIVE = /^\s*copylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*?)\s*$/s;

/** A directive's text: a comment in Markdown and HTML, a line of its own in plain text. */
export function directiveText(kind: Directive['kind'], ruleId: string, reason: string, htmlComment: boolean): string {
  const body = `copylint-${kind} ${ruleId} -- ${reason}`;
  return htmlComment ? `<!-- ${body} -->` : body;
}

export function parseDirectives(comments: Comment[], knownRule: (id: string) => boolean): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) {
      if (/^\s*copylint-/.test(c.body)) problems.push({ start: c.start, end: c.end, message: `Unknown copylint directive “${c.body.trim().split(/\s/)[0]}”.` });
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
      if (!knownRule(id)) problems.push({ start: c.start, end: c.end, message: `Directive names unknown rule “${id}”.` });
    }
    if (kind !== 'enable' && !reason) {
      problems.push({ start: c.start, end: c.end, message: `Directive “copylint-${kind}” needs a reason: add “-- why” after the rule ids.` });
    }
    directives.push({ kind, rules, reason, start: c.start, end: c.end });
  }
  return { directives, problems };
}

/**
 * Decides which findings directives suppress. Ranges of disable/enable apply from the
 * comment onwards; next-line applies to the next line with content after the comment.
 */
export class Suppressions {
  private readonly ranges: { rules: string[]; from: number; to: number }[] = [];
  private readonly lines: { rules: string[]; line: number }[] = [];

  constructor(directives: Directive[], lines: LineIndex, text: string) {
    const open: { rules: string[]; from: number }[] = [];
    for (const d of directives) {
      if (d.kind === 'disable') open.push({ rules: d.rules, from: d.end });
      else if (d.kind === 'enable') {
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          const closes = d.rules.length === 0 || o.rules.some((r) => d.rules.includes(r));
          if (!closes) continue;
          this.ranges.push({ rules: o.rules, from: o.from, to: d.start });
          open.splice(i, 1);
        }
      } else if (d.kind === 'disable-line') {
        this.lines.push({ rules: d.rules, line: lines.position(d.start).line });
      } else {
        let line = lines.position(d.end).line + 1;
        while (line < lines.lineCount && !text.slice(lines.lineStart(line), lines.lineStart(line + 1)).trim()) line++;
        this.lines.push({ rules: d.rules, line });
      }
    }
    for (const o of open) this.ranges.push({ rules: o.rules, from: o.from, to: Infinity });
  }

  suppresses(ruleId: string, start: number, line: number): boolean {
    const applies = (rules: string[]) => rules.length === 0 || rules.includes(ruleId);
    return this.ranges.some((r) => start >= r.from && start < r.to && applies(r.rules)) || this.lines.some((l) => l.line === line && applies(l.rules));
  }
}
