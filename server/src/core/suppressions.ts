import type { Directive } from './directives';
import type { LineIndex } from './parse/lines';

/** A directive with how many findings it suppressed (for --list-suppressions). */
export interface DirectiveUse extends Directive {
  suppressed: number;
}

/** A disable directive that suppressed nothing: all of it, or the rules it names that had no finding. */
export interface UnusedDirective {
  directive: Directive;
  /** The named rules without a suppressed finding; empty for a directive that names none (every rule). */
  rules: string[];
}

/** No directive: a rule is not disabled, or an enable re-enabled it inside a disable-all. */
const NONE = -1;

/** Which directive disables what from one offset on, up to the next directive of disable/enable. */
interface RangeState {
  from: number;
  /** The disable-all directive in force, or NONE. */
  all: number;
  /** Per rule named since: the directive that disabled it, or NONE where an enable re-enabled it. */
  rules: Map<string, number>;
}

const names = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/**
 * Decides which findings directives suppress, and counts what each suppressed. A disable/
 * enable applies from the comment onwards, per rule as in ESLint: `copylint-enable push/hype`
 * after a disable-all re-enables that rule only. Next-line applies to the next line with
 * content after the comment, disable-line to its own line, disable-file to the whole
 * document wherever it stands (an enable does not end it).
 */
export class Suppressions {
  private readonly states: RangeState[] = [];
  private readonly byLine = new Map<number, number[]>();
  private readonly fileWide: number[] = [];
  /** Per directive: findings suppressed, per rule id. */
  private readonly used: Map<string, number>[];

  constructor(
    private readonly directives: Directive[],
    lines: LineIndex,
    text: string,
  ) {
    this.used = directives.map(() => new Map());
    let all = NONE;
    const rules = new Map<string, number>();
    directives.forEach((d, i) => {
      if (d.kind === 'disable-file') this.fileWide.push(i);
      else if (d.kind === 'disable-line') this.onLine(lines.position(d.start).line, i);
      else if (d.kind === 'disable-next-line') {
        let line = lines.position(d.end).line + 1;
        while (line < lines.lineCount && !text.slice(lines.lineStart(line), lines.lineStart(line + 1)).trim()) line++;
        this.onLine(line, i);
      } else {
        if (d.kind === 'disable' && !d.rules.length) {
          all = i;
          // A new disable-all also covers the rules an enable had exempted from the last one.
          for (const [id, by] of rules) if (by === NONE) rules.delete(id);
        } else if (d.kind === 'disable') for (const id of d.rules) rules.set(id, i);
        else if (!d.rules.length) {
          all = NONE;
          rules.clear();
        } else if (all === NONE) for (const id of d.rules) rules.delete(id);
        else for (const id of d.rules) rules.set(id, NONE);
        this.states.push({ from: d.end, all, rules: new Map(rules) });
      }
    });
  }

  private onLine(line: number, directive: number): void {
    const list = this.byLine.get(line);
    if (list) list.push(directive);
    else this.byLine.set(line, [directive]);
  }

  /** Whether a directive suppresses a finding of `ruleId` at `start` on 0-based `line`; counts it for that directive. */
  suppresses(ruleId: string, start: number, line: number): boolean {
    const by = this.directiveFor(ruleId, start, line);
    if (by === NONE) return false;
    const used = this.used[by];
    used.set(ruleId, (used.get(ruleId) ?? 0) + 1);
    return true;
  }

  /** The most specific directive that covers the finding: its line's, the file's, then the range in force. */
  private directiveFor(ruleId: string, start: number, line: number): number {
    for (const i of this.byLine.get(line) ?? []) if (names(this.directives[i], ruleId)) return i;
    for (const i of this.fileWide) if (names(this.directives[i], ruleId)) return i;
    const state = this.stateAt(start);
    return state ? (state.rules.get(ruleId) ?? state.all) : NONE;
  }

  /** The last range state that starts at or before `offset`. */
  private stateAt(offset: number): RangeState | undefined {
    let lo = 0;
    let hi = this.states.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.states[mid].from <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.states[lo - 1];
  }

  /** Every directive, in document order, with the number of findings it suppressed. */
  uses(): DirectiveUse[] {
    return this.directives.map((d, i) => ({ ...d, suppressed: [...this.used[i].values()].reduce((n, k) => n + k, 0) }));
  }

  /** Disable directives, or rules they name, that suppressed nothing (call after every finding was asked about). */
  unused(): UnusedDirective[] {
    const out: UnusedDirective[] = [];
    this.directives.forEach((directive, i) => {
      if (directive.kind === 'enable') return;
      const used = this.used[i];
      const rules = directive.rules.filter((id) => !used.has(id));
      if (directive.rules.length ? rules.length : !used.size) out.push({ directive, rules });
    });
    return out;
  }
}
