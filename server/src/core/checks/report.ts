import type { TextEdit } from '../types';
import type { CompiledRule } from '../rules/compile';
import type { FixKind } from '../rules/model';

/** A fix as a check offers it: its kind and the text it removes or writes (the engine titles it from rules/fixes.yaml, in the message language), and its edits in segment offsets. */
export interface CheckFix {
  kind: FixKind;
  text: string;
  edits: TextEdit[];
}
import type { SegmentContext } from './context';

/** A finding in segment offsets; the engine maps it to the document. */
export interface RawFinding {
  start: number;
  end: number;
  /** Values for `{name}` placeholders in the rule's message. */
  vars?: Record<string, string | number>;
  fixes?: CheckFix[];
}

export type Report = (finding: RawFinding) => void;

export interface SegmentCheck {
  (rule: CompiledRule, ctx: SegmentContext, options: Record<string, number>, report: Report): void;
}

/** What a segment gives a page-level check: its statistics, and the segment range of its first relevant statement. */
export interface PageStats {
  first: [number, number] | undefined;
}

/**
 * A page-level check: each segment contributes statistics, and the document's decide one finding
 * at the first relevant statement (the feature balance of a page).
 */
export interface DocumentCheck<S extends PageStats = PageStats> {
  collect(rule: CompiledRule, ctx: SegmentContext, options: Record<string, number>): S;
  /** The message values when the page's statistics call for a finding. */
  judge(stats: S[], options: Record<string, number>): Record<string, string | number> | undefined;
}
