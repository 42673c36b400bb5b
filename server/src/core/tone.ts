import type { Finding } from './types';

/**
 * Tone score of a document: 100 × e^(−d/5), where d is findings per 100 words (an error
 * counts twice). No findings scores 100, one warning per 100 words 82, five 37.
 */
export function toneScore(findings: Pick<Finding, 'severity'>[], words: number): number {
  const weight = findings.reduce((n, f) => n + (f.severity === 'error' ? 2 : 1), 0);
  return Math.round(100 * Math.exp(-((weight * 100) / Math.max(words, 1)) / 5));
}
