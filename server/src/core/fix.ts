import type { Finding, TextEdit } from './types';

/** Applies the default fix of each finding, skipping fixes that overlap one already taken. */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const edits: TextEdit[] = [];
  let applied = 0;
  const chosen = findings
    .filter((f) => f.fixes?.length)
    .map((f) => f.fixes![0].edits)
    .sort((a, b) => a[0].start - b[0].start);
  let reach = -1;
  for (const group of chosen) {
    const start = Math.min(...group.map((e) => e.start));
    const end = Math.max(...group.map((e) => e.end));
    if (start < reach) continue;
    edits.push(...group);
    reach = Math.max(end, start + 1);
    applied++;
  }
  // Pieces joined once: re-slicing the whole text for every edit was quadratic (a 4 MB file took minutes).
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const e of edits) {
    pieces.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), applied };
}

/** One edit covering all edits of a fix, for formats that carry a single range (ESLint JSON, SARIF). */
export function mergeEdits(text: string, edits: TextEdit[]): TextEdit {
  if (edits.length === 1) return edits[0];
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((e) => e.end));
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { start, end, text: out + text.slice(at, end) };
}

/** Lints and fixes repeatedly until no fix applies (at most `passes` rounds), as ESLint does. */
export function fixUntilStable(text: string, lint: (t: string) => Finding[], passes = 10): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let i = 0; i < passes; i++) {
    const { text: next, applied } = applyFixes(current, lint(current));
    if (!applied || next === current) break;
    fixed += applied;
    current = next;
  }
  return { text: current, fixed };
}
