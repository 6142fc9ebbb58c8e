import { inputError } from '@mlguard/core';
import type { Table } from '@mlguard/dataset';
import { rngFor, shuffled } from './rng.js';

/** The evaluation set as the model sees it: row-major float features and integer labels. */
export interface EvalSet {
  x: Float32Array;
  labels: number[];
  n: number;
  d: number;
  /** Row numbers in the source file (1-based data rows), for reporting fragile rows. */
  rows: number[];
  /** Original label values by class index (e.g. ['legit', 'fraud'] or [0, 1]). */
  classNames: string[];
}

/**
 * Picks the feature columns (in the model's order) and the label column out of a table.
 * Labels that are integers 0..k-1 (or booleans) are used as class indices; other values
 * (strings like "fraud") are mapped to indices in sorted order, listed in classNames.
 */
export function evalSetFromTable(table: Table, features: string[], label: string): EvalSet {
  const file = table.source;
  const col = (name: string) => {
    const c = table.columns.find((k) => k.name === name);
    if (!c) throw inputError(`the evaluation set has no column ${name}`, { file, hint: `columns: ${table.columns.map((k) => k.name).slice(0, 20).join(', ')}` });
    return c;
  };
  const labelCol = col(label);
  const featureCols = features.map(col);
  const n = table.rowCount;
  const d = features.length;
  if (!n) throw inputError('the evaluation set has no rows', { file });
  const x = new Float32Array(n * d);
  featureCols.forEach((c, j) => {
    if (c.type === 'string') throw inputError(`feature column ${c.name} holds text, not numbers`, { file, hint: 'one-hot encode categorical features into numeric columns and list them as a one-hot group in the feature spec' });
    c.values.forEach((v, r) => {
      if (v === null || (typeof v === 'number' && !Number.isFinite(v))) {
        throw inputError(`feature ${c.name} is missing or NaN in data row ${r + 1}`, { file, line: r + 2, hint: 'impute or drop rows with missing values before evaluating robustness' });
      }
      x[r * d + j] = typeof v === 'boolean' ? (v ? 1 : 0) : (v as number);
    });
  });
  const raw = labelCol.values.map((v, r) => {
    if (v === null) throw inputError(`label ${label} is missing in data row ${r + 1}`, { file, line: r + 2 });
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  const numeric = raw.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000);
  let labels: number[];
  let classNames: string[];
  if (numeric) {
    labels = raw as number[];
    const k = Math.max(...labels) + 1;
    classNames = Array.from({ length: k }, (_, i) => String(i));
  } else {
    classNames = [...new Set(raw.map(String))].sort();
    labels = raw.map((v) => classNames.indexOf(String(v)));
  }
  return { x, labels, n, d, rows: Array.from({ length: n }, (_, r) => r + 1), classNames };
}

/**
 * A seeded sample of at most `size` rows, stratified by label (each class keeps its share,
 * at least one row), in source order so reports read naturally.
 */
export function stratifiedSample(set: EvalSet, size: number, seed: number): number[] {
  if (size >= set.n) return set.rows.map((r) => r - 1);
  const byClass = new Map<number, number[]>();
  set.labels.forEach((y, r) => byClass.set(y, [...(byClass.get(y) ?? []), r]));
  const picked: number[] = [];
  for (const [y, rows] of [...byClass.entries()].sort((a, b) => a[0] - b[0])) {
    const take = Math.max(1, Math.round((rows.length / set.n) * size));
    picked.push(...shuffled(rows, rngFor(seed, 'sample', y)).slice(0, take));
  }
  return picked.sort((a, b) => a - b).slice(0, Math.max(size, byClass.size));
}
