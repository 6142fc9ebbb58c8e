import { decide } from '../criterion.js';
import type { Criterion } from '../criterion.js';
import type { Space } from '../features.js';
import { round } from '../stats.js';
import type { Target } from '../target/target.js';

export interface NaturalResult {
  relative: number;
  /** Share of rows whose decision flips when the feature is nudged up or down. */
  features: { feature: string; failRate: number; flipped: number }[];
  rows: number;
}

/**
 * The cheap "natural robustness" check (as Giskard's numerical-perturbation detector): nudge
 * each mutable numeric feature by +/- a small relative amount (1% by default), one feature at a
 * time, kept inside its bounds, and count the rows whose decision changes. Unlike the epsilon
 * attacks this needs no threat model: a 1% change of one amount should not flip a fraud call.
 */
export async function naturalPerturbation(target: Target, space: Space, criterion: Criterion, x: Float32Array, n: number, decisions: number[], relative: number): Promise<NaturalResult> {
  const d = space.d;
  const feats = space.names.map((_, j) => j).filter((j) => space.mutable[j] && !space.integer[j] && !space.oneHot.some((g) => g.includes(j)));
  const rows = new Float32Array(feats.length * 2 * n * d);
  let at = 0;
  for (const j of feats) {
    const lo = space.offset[j]! + space.lo[j]! * space.scale[j]!;
    const hi = space.offset[j]! + space.hi[j]! * space.scale[j]!;
    for (const s of [1, -1]) {
      for (let i = 0; i < n; i++, at++) {
        rows.set(x.subarray(i * d, (i + 1) * d), at * d);
        const v = x[i * d + j]!;
        let moved = v * (1 + s * relative);
        if (space.monotone[j]! > 0) moved = Math.max(v, moved);
        if (space.monotone[j]! < 0) moved = Math.min(v, moved);
        rows[at * d + j] = Math.max(lo, Math.min(hi, moved));
      }
    }
  }
  const scores = rows.length ? await target.predict(rows, feats.length * 2 * n) : new Float32Array(0);
  const k = target.classes;
  const features = feats.map((j, f) => {
    let flipped = 0;
    for (let i = 0; i < n; i++) {
      const up = decide(scores, (f * 2 * n + i) * k, criterion);
      const down = decide(scores, (f * 2 * n + n + i) * k, criterion);
      if (up !== decisions[i] || down !== decisions[i]) flipped++;
    }
    return { feature: space.names[j]!, failRate: round(n ? flipped / n : 0)!, flipped };
  });
  return { relative, features, rows: n };
}
