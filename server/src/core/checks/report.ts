import type { Fix } from '../types';
import type { CompiledRule } from '../rules/compile';
import type { SegmentContext } from './context';

/** A finding in segment offsets; the engine maps it to the document. */
export interface RawFinding {
  start: number;
  end: number;
  /** Values for `{name}` placeholders in the rule's message. */
  vars?: Record<string, string | number>;
  fixes?: Fix[];
}

export type Report = (finding: RawFinding) => void;

export interface SegmentCheck {
  (rule: CompiledRule, ctx: SegmentContext, options: Record<string, number>, report: Report): void;
}
