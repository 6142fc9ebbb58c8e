import { project } from '../features.js';
import type { Evaluation } from '../problem.js';
import { rngFor } from '../rng.js';
import type { Rng } from '../rng.js';
import { mutableIndices } from './attack.js';
import type { Attack, AttackContext } from './attack.js';

/**
 * FGSM and PGD (Madry et al.) on the margin, with exact gradients from the model's backward
 * graph when the target has one, otherwise SPSA estimates (Uesato et al. 2018): q Rademacher
 * directions, 2q queries per step, all evaluated in one batch.
 */

const SPSA_PAIRS = 10;
const SPSA_SIGMA = 1e-3;

async function gradientAt(ctx: AttackContext, i: number, u: Float64Array, rng: Rng, useSpsa: boolean, mut: number[]): Promise<{ e: Evaluation; g: Float64Array; q: number }> {
  const P = ctx.problem;
  if (!useSpsa) {
    const r = await P.gradient(i, u, ctx.eps, ctx.norm);
    return { e: r, g: r.grad, q: 2 };
  }
  const dirs: Int8Array[] = [];
  const pts: Float64Array[] = [u.slice()];
  for (let k = 0; k < SPSA_PAIRS; k++) {
    const r = new Int8Array(P.d);
    for (const j of mut) r[j] = rng.sign();
    dirs.push(r);
    pts.push(Float64Array.from(u, (v, j) => v + SPSA_SIGMA * r[j]!), Float64Array.from(u, (v, j) => v - SPSA_SIGMA * r[j]!));
  }
  // Probes are not repaired onto integer/one-hot values with a tiny sigma: estimate with eps=Infinity.
  const ev = await P.evaluate(i, pts, Infinity, ctx.norm);
  const g = new Float64Array(P.d);
  dirs.forEach((r, k) => {
    const diff = (ev[1 + 2 * k]!.margin - ev[2 + 2 * k]!.margin) / (2 * SPSA_SIGMA);
    for (const j of mut) g[j]! += (diff * r[j]!) / SPSA_PAIRS;
  });
  return { e: ev[0]!, g, q: pts.length };
}

function step(ctx: AttackContext, u0: Float64Array, u: Float64Array, g: Float64Array, alpha: number, mut: number[]): Float64Array {
  const next = u.slice();
  if (ctx.norm === 'linf') for (const j of mut) next[j] = u[j]! - alpha * Math.sign(g[j]!);
  else {
    let n = 0;
    for (const j of mut) n += g[j]! * g[j]!;
    n = Math.sqrt(n) || 1;
    for (const j of mut) next[j] = u[j]! - (alpha * g[j]!) / n;
  }
  return project(ctx.problem.space, next, u0, ctx.eps, ctx.norm);
}

function makePgd(name: string, opts: { spsa: boolean; fgsm?: boolean }): Attack {
  return async (ctx, i) => {
    const P = ctx.problem;
    const rng = rngFor(ctx.seed, name, i);
    const mut = mutableIndices(P, ctx.eps, ctx.norm);
    const useSpsa = opts.spsa || !P.hasGradient;
    const u0 = P.u0[i]!;
    const steps = opts.fgsm ? 1 : ctx.steps;
    const alpha = opts.fgsm ? ctx.eps : (2.5 * ctx.eps) / steps;
    let u: Float64Array = u0.slice();
    if (!opts.fgsm) {
      // random start inside the ball
      if (ctx.norm === 'linf') for (const j of mut) u[j] = u0[j]! + ctx.eps * (2 * rng.next() - 1);
      else {
        const dir = new Float64Array(P.d);
        let n = 0;
        for (const j of mut) n += (dir[j] = rng.gaussian()) ** 2;
        const r = (ctx.eps * rng.next()) / (Math.sqrt(n) || 1);
        for (const j of mut) u[j] = u0[j]! + r * dir[j]!;
      }
      project(P.space, u, u0, ctx.eps, ctx.norm);
    }
    let q = 0;
    let best: { u: Float64Array; e: Evaluation } | undefined;
    for (let k = 0; k < steps && q < ctx.budget; k++) {
      const { e, g, q: used } = await gradientAt(ctx, i, u, rng, useSpsa, mut);
      q += used;
      if (!best || e.margin < best.e.margin || e.success) best = { u, e };
      if (e.success) return { success: true, queries: q, adv: u };
      u = step(ctx, u0, u, g, alpha, mut);
    }
    if (q < ctx.budget || opts.fgsm) {
      const e = await P.evaluateOne(i, u, ctx.eps, ctx.norm);
      q++;
      if (e.success) return { success: true, queries: q, adv: u };
    }
    return { success: best?.e.success ?? false, queries: q, ...(best?.e.success ? { adv: best.u } : {}) };
  };
}

export const pgdAttack = makePgd('pgd', { spsa: false });
export const spsaPgdAttack = makePgd('spsa-pgd', { spsa: true });
export const fgsmAttack = makePgd('fgsm', { spsa: false, fgsm: true });
