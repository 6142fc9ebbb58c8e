import type { Norm } from '../features.js';
import type { Problem } from '../problem.js';

export const ATTACKS = ['simba', 'square', 'pgd', 'fgsm', 'spsa-pgd', 'hopskipjump'] as const;
export type AttackName = (typeof ATTACKS)[number];

export interface AttackContext {
  problem: Problem;
  eps: number;
  norm: Norm;
  seed: number;
  /** Model queries this attack may spend on one sample. */
  budget: number;
  /** `subset` (random feature subsets, for tabular data) or `window` (image squares, needs imageShape). */
  mode: 'subset' | 'window';
  /** [channels, height, width] of an image input, for window mode. */
  imageShape?: [number, number, number];
  /** Gradient steps for PGD/SPSA-PGD. */
  steps: number;
}

export interface SampleOutcome {
  success: boolean;
  /** Queries this attack spent on the sample. */
  queries: number;
  /** The adversarial point found (attack space), when success. */
  adv?: Float64Array;
  /** Minimal-norm attacks: the smallest adversarial distance found (Infinity when none). */
  distance?: number;
}

export type Attack = (ctx: AttackContext, i: number) => Promise<SampleOutcome>;

/**
 * Indices of the features an attacker may change. With an epsilon, features that cannot move a
 * whole valid step inside the ball are left out (an integer whose unit exceeds epsilon, a one-hot
 * group whose switch costs more), since repair() would undo any change and waste the query.
 */
export function mutableIndices(p: Problem, eps = Infinity, norm: Norm = 'linf'): number[] {
  const frozen = new Set<number>();
  for (const g of p.space.oneHot) {
    const cheapest = Math.min(...g.map((j) => 1 / p.space.scale[j]!));
    const cost = norm === 'linf' ? cheapest : Math.SQRT2 * cheapest;
    if (cost > eps) for (const j of g) frozen.add(j);
  }
  const out: number[] = [];
  for (let j = 0; j < p.d; j++) {
    if (!p.space.mutable[j] || frozen.has(j)) continue;
    if (p.space.integer[j] && 1 / p.space.scale[j]! > eps) continue;
    out.push(j);
  }
  return out;
}

/**
 * Square Attack's schedule for the fraction of coordinates changed per step (piecewise constant
 * on the progress through the budget, rescaled to a 10,000-query run as in the paper).
 */
export function pSelection(pInit: number, it: number, budget: number): number {
  const i = Math.floor((it / Math.max(budget, 1)) * 10000);
  if (i <= 10) return pInit;
  if (i <= 50) return pInit / 2;
  if (i <= 200) return pInit / 4;
  if (i <= 500) return pInit / 8;
  if (i <= 1000) return pInit / 16;
  if (i <= 2000) return pInit / 32;
  if (i <= 4000) return pInit / 64;
  if (i <= 6000) return pInit / 128;
  if (i <= 8000) return pInit / 256;
  return pInit / 512;
}
