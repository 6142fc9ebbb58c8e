import { project } from '../features.js';
import { rngFor } from '../rng.js';
import type { Rng } from '../rng.js';
import { mutableIndices, pSelection } from './attack.js';
import type { Attack, AttackContext } from './attack.js';

/**
 * Square Attack (Andriushchenko et al., ECCV 2020): random search that only accepts proposals
 * lowering the margin, with proposals that keep the point on the boundary of the epsilon ball.
 * `window` mode changes square image windows (the paper's prior for images); `subset` mode
 * changes a random subset of features, which is what tabular and linear models need (the
 * window prior is a natural-image prior and loses to it there).
 */

function sampleSubset(pool: number[], k: number, rng: Rng): number[] {
  const a = [...pool];
  const n = Math.min(k, a.length);
  for (let t = 0; t < n; t++) {
    const j = t + rng.int(a.length - t);
    [a[t], a[j]] = [a[j]!, a[t]!];
  }
  return a.slice(0, n);
}

/** Coordinates of a random s x s window in every channel of a [c, h, w] image. */
function window(shape: [number, number, number], s: number, rng: Rng): number[][] {
  const [c, h, w] = shape;
  const r0 = rng.int(h - s + 1);
  const c0 = rng.int(w - s + 1);
  const perChannel: number[][] = [];
  for (let ch = 0; ch < c; ch++) {
    const idx: number[] = [];
    for (let r = r0; r < r0 + s; r++) for (let col = c0; col < c0 + s; col++) idx.push(ch * h * w + r * w + col);
    perChannel.push(idx);
  }
  return perChannel;
}

function windowSide(p: number, shape: [number, number, number]): number {
  const [, h, w] = shape;
  return Math.max(1, Math.min(Math.min(h, w) - 1, Math.round(Math.sqrt(p * h * w))));
}

export const squareAttack: Attack = async (ctx, i) => (ctx.norm === 'linf' ? squareLinf(ctx, i) : squareL2(ctx, i));

async function squareLinf(ctx: AttackContext, i: number) {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, 'square', i);
  const u0 = P.u0[i]!;
  const mut = mutableIndices(P, eps, norm);
  const image = ctx.mode === 'window' && ctx.imageShape ? ctx.imageShape : undefined;
  const pInit = image ? 0.05 : 0.1;
  let best = u0.slice();
  if (image) {
    // vertical stripes: one sign per (channel, column)
    const [c, h, w] = image;
    for (let ch = 0; ch < c; ch++)
      for (let col = 0; col < w; col++) {
        const s = rng.sign();
        for (let r = 0; r < h; r++) best[ch * h * w + r * w + col] = u0[ch * h * w + r * w + col]! + eps * s;
      }
  } else for (const j of mut) best[j] = u0[j]! + eps * rng.sign();
  project(P.space, best, u0, eps, norm);
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  for (let it = 1; !cur.success && q < budget; it++) {
    const p = pSelection(pInit, it, budget);
    const cand = best.slice();
    let changed = false;
    for (let attempt = 0; attempt < 10 && !changed; attempt++) {
      if (image) {
        for (const idx of window(image, windowSide(p, image), rng)) {
          const s = rng.sign();
          for (const j of idx) cand[j] = u0[j]! + eps * s;
        }
      } else for (const j of sampleSubset(mut, Math.max(1, Math.round(p * mut.length)), rng)) cand[j] = u0[j]! + eps * rng.sign();
      project(P.space, cand, u0, eps, norm);
      for (let j = 0; j < cand.length && !changed; j++) changed = cand[j] !== best[j];
    }
    if (!changed) continue;
    const r = await P.evaluateOne(i, cand, eps, norm);
    q++;
    if (r.margin < cur.margin || r.success) {
      best = cand;
      cur = r;
    }
  }
  return { success: cur.success, queries: q, ...(cur.success ? { adv: best } : {}) };
}

async function squareL2(ctx: AttackContext, i: number) {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, 'square-l2', i);
  const u0 = P.u0[i]!;
  const mut = mutableIndices(P, eps, norm);
  const image = ctx.mode === 'window' && ctx.imageShape ? ctx.imageShape : undefined;
  const pInit = image ? 0.1 : 0.3;
  const delta = new Float64Array(P.d);
  for (const j of mut) delta[j] = rng.gaussian();
  const scaleTo = (v: Float64Array, target: number, idx: number[]) => {
    let s = 0;
    for (const j of idx) s += v[j]! * v[j]!;
    const f = s > 0 ? target / Math.sqrt(s) : 0;
    for (const j of idx) v[j]! *= f;
  };
  scaleTo(delta, eps, mut);
  let best = Float64Array.from(u0, (v, j) => v + delta[j]!);
  project(P.space, best, u0, eps, norm);
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  for (let it = 1; !cur.success && q < budget; it++) {
    const p = pSelection(pInit, it, budget);
    if (!image) {
      // Tabular (subset) mode: random search on the sphere. Perturb a random feature subset with
      // a step that shrinks with the schedule, then rescale onto the epsilon sphere. Zeroing a
      // second window (the image variant below) discards too much of a low-dimensional perturbation.
      const k = Math.max(1, Math.round(p * mut.length));
      const cand = best.slice();
      const step = eps * Math.sqrt(p / pInit);
      for (const j of sampleSubset(mut, k, rng)) cand[j]! += step * rng.sign();
      const d2 = new Float64Array(P.d);
      for (const j of mut) d2[j] = cand[j]! - u0[j]!;
      scaleTo(d2, eps, mut);
      for (const j of mut) cand[j] = u0[j]! + d2[j]!;
      project(P.space, cand, u0, eps, norm);
      const r = await P.evaluateOne(i, cand, eps, norm);
      q++;
      if (r.margin < cur.margin || r.success) {
        best = cand;
        cur = r;
      }
      continue;
    }
    let s1: number[];
    let s2: number[];
    if (image) {
      const side = Math.max(1, windowSide(p, image));
      s1 = window(image, side, rng).flat();
      const w2 = new Set(s1);
      s2 = window(image, side, rng).flat().filter((j) => !w2.has(j));
    } else {
      const k = Math.max(1, Math.round(p * mut.length));
      const pick = sampleSubset(mut, Math.min(mut.length, 2 * k), rng);
      s1 = pick.slice(0, Math.min(k, pick.length));
      s2 = pick.slice(s1.length);
    }
    const cand = best.slice();
    let total = 0;
    let local = 0;
    for (let j = 0; j < P.d; j++) total += (best[j]! - u0[j]!) ** 2;
    for (const j of [...s1, ...s2]) local += (best[j]! - u0[j]!) ** 2;
    // move the mass of both windows into window 1, plus whatever radius is still unused
    const radius = Math.sqrt(Math.max(eps * eps - total, 0) + local);
    const dir = new Float64Array(P.d);
    let oldNorm = 0;
    for (const j of s1) oldNorm += (best[j]! - u0[j]!) ** 2;
    oldNorm = Math.sqrt(oldNorm);
    const sign = rng.sign();
    for (const j of s1) dir[j] = (best[j]! - u0[j]!) / (oldNorm || 1) + (image ? sign : rng.sign()) / Math.sqrt(s1.length);
    scaleTo(dir, radius, s1);
    for (const j of s1) cand[j] = u0[j]! + dir[j]!;
    for (const j of s2) cand[j] = u0[j]!;
    project(P.space, cand, u0, eps, norm);
    const r = await P.evaluateOne(i, cand, eps, norm);
    q++;
    if (r.margin < cur.margin || r.success) {
      best = cand;
      cur = r;
    }
  }
  return { success: cur.success, queries: q, ...(cur.success ? { adv: best } : {}) };
}
