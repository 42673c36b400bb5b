/**
 * Scoring of labeled items: precision, recall and F1 per family and language, the share of
 * clean items flagged, and every false positive and miss with the rule and phrase behind it.
 * An item counts as flagged for a family when any finding of that family is reported in it.
 */
import { readFileSync } from 'node:fs';
import type { Engine } from '../../server/src/core/engine';
import type { DocFormat, Family, Finding } from '../../server/src/core/types';

export interface Item {
  id: string;
  lang: 'de' | 'en';
  format: string;
  text: string;
  labels: Record<Family, boolean>;
  note?: string;
}

export const FAMILIES: Family[] = ['features', 'push', 'polarize'];
const FORMATS: Record<string, DocFormat> = { plain: 'plaintext', md: 'markdown', html: 'html' };

/** The format an item is linted in. */
export const formatOf = (item: Item): DocFormat => FORMATS[item.format] ?? 'plaintext';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ItemError {
  kind: 'fp' | 'fn';
  family: Family;
  item: Item;
  /** The findings of that family (for a false positive: what fired). */
  hits: Finding[];
}

export interface Score {
  items: number;
  /** By `${family}\t${lang}`, lang one of de, en, all. */
  counts: Map<string, Counts>;
  clean: { items: number; flagged: number };
  errors: ItemError[];
}

export function readItems(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Item;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
}

export function score(engine: Engine, items: Item[]): Score {
  const counts = new Map<string, Counts>();
  const bump = (key: string, k: keyof Counts) => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(key, c);
  };
  const errors: ItemError[] = [];
  const clean = { items: 0, flagged: 0 };
  for (const item of items) {
    const { findings } = engine.lint(item.text, { format: formatOf(item) });
    const isClean = FAMILIES.every((f) => !item.labels[f]);
    if (isClean) {
      clean.items++;
      if (findings.some((f) => FAMILIES.some((family) => f.ruleId.startsWith(family + '/')))) clean.flagged++;
    }
    for (const family of FAMILIES) {
      const hits = findings.filter((f) => f.ruleId.startsWith(family + '/'));
      const predicted = hits.length > 0;
      const actual = item.labels[family];
      const k = predicted && actual ? 'tp' : predicted ? 'fp' : actual ? 'fn' : undefined;
      if (!k) continue;
      bump(`${family}\t${item.lang}`, k);
      bump(`${family}\tall`, k);
      if (k !== 'tp') errors.push({ kind: k, family, item, hits });
    }
  }
  return { items: items.length, counts, clean, errors };
}

export function ratios(c: Counts | undefined): { p: number; r: number; f1: number } {
  const { tp, fp, fn } = c ?? { tp: 0, fp: 0, fn: 0 };
  // No prediction and nothing to find is a perfect score, not a division by zero.
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The score as a table, one row per family and language. */
export function formatScore(s: Score, title: string): string {
  const lines = [`\n${s.items} items from ${title}\n`, 'family    lang  precision  recall  F1     tp  fp  fn'];
  for (const family of FAMILIES) {
    for (const lang of ['de', 'en', 'all']) {
      const c = s.counts.get(`${family}\t${lang}`) ?? { tp: 0, fp: 0, fn: 0 };
      const { p, r, f1 } = ratios(c);
      lines.push(`${family.padEnd(9)} ${lang.padEnd(4)}  ${p.toFixed(2).padStart(9)}  ${r.toFixed(2).padStart(6)}  ${f1.toFixed(2)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
    }
  }
  const share = s.clean.items ? (100 * s.clean.flagged) / s.clean.items : 0;
  lines.push(`clean items flagged: ${s.clean.flagged} of ${s.clean.items} (${share.toFixed(0)} %)`);
  return lines.join('\n');
}

export function formatErrors(s: Score): string {
  return s.errors
    .map((e) => {
      const head = `${e.kind.toUpperCase()} ${e.family} ${e.item.id} (${e.item.lang}): ${e.item.text.replace(/\n/g, '⏎')}`;
      return [head, ...e.hits.map((h) => `    ${h.ruleId}: ${h.match}`)].join('\n');
    })
    .join('\n');
}

/** P and R per family and language (rounded to 3 places) and the share of clean items flagged, as the baseline keeps them. */
export function figuresOf(s: Score): { pr: Record<string, [number, number]>; cleanFlagged: number } {
  const pr: Record<string, [number, number]> = {};
  for (const family of FAMILIES) {
    for (const lang of ['de', 'en']) {
      const { p, r } = ratios(s.counts.get(`${family}\t${lang}`));
      pr[`${family}/${lang}`] = [Number(p.toFixed(3)), Number(r.toFixed(3))];
    }
  }
  return { pr, cleanFlagged: Number((s.clean.items ? s.clean.flagged / s.clean.items : 0).toFixed(3)) };
}
