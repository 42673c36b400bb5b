/**
 * The labeled sets the ratchet guards and `npm run eval -- --write-baseline` records: the shared
 * dev set (when ../shared is there), the holdout written separately, and the blind batches of
 * each round, scored at first sight before they became training data (see README, Detection
 * quality); those in pending/ are not yet data the sentence models are fitted on.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EVAL_DIR = __dirname;
export const BASELINE = join(EVAL_DIR, 'baseline.json');
export const DEV = join(EVAL_DIR, '..', '..', '..', 'shared', 'eval', 'dev.jsonl');

export function labeledSets(): { name: string; file: string; trained: boolean }[] {
  const sets = [{ name: 'holdout', file: join(EVAL_DIR, 'holdout.jsonl'), trained: true }];
  if (existsSync(DEV)) sets.unshift({ name: 'dev', file: DEV, trained: true });
  // Batches in pending/ are guarded like the rest but no model is fitted on them yet (see README).
  for (const [folder, trained] of [['batches', true], ['pending', false]] as const) {
    const dir = join(EVAL_DIR, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) sets.push({ name: f.replace(/\.jsonl$/, ''), file: join(dir, f), trained });
  }
  return sets;
}

/** The figures the ratchet compares: P and R per family and language, clean items flagged, neutral findings per 1,000 words. */
export interface Figures {
  sets: Record<string, { pr: Record<string, [number, number]>; cleanFlagged: number }>;
  neutralPerThousand?: number;
}
