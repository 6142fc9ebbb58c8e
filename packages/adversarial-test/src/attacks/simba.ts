import { project } from '../features.js';
import { rngFor, shuffled } from '../rng.js';
import { mutableIndices } from './attack.js';
import type { Attack } from './attack.js';

/**
 * SimBA (Guo et al., ICML 2019), Cartesian basis: walk the features in a random order, try a
 * step of -eps then +eps on each, keep the first that lowers the margin. Very query-cheap on
 * low-dimensional tabular inputs (about two queries per feature at most). For L-inf the step
 * sets the feature to the ball's edge; for L2 steps are eps/2 and the point is projected back
 * onto the ball.
 */
export const simbaAttack: Attack = async (ctx, i) => {
  const { problem: P, eps, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, 'simba', i);
  const u0 = P.u0[i]!;
  const mut = mutableIndices(P, eps, norm);
  let best = u0.slice();
  let cur = await P.evaluateOne(i, best, eps, norm);
  let q = 1;
  if (!mut.length) return { success: cur.success, queries: q };
  const step = norm === 'linf' ? eps : eps / 2;
  let order = shuffled(mut, rng);
  for (let t = 0; !cur.success && q < budget; t++) {
    if (t > 0 && t % order.length === 0) {
      // a full pass without success: a second pass in a new order (L-inf can flip signs)
      if (t >= 2 * order.length) break;
      order = shuffled(mut, rng);
    }
    const j = order[t % order.length]!;
    for (const s of [-1, 1]) {
      if (q >= budget) break;
      const cand = best.slice();
      cand[j] = norm === 'linf' ? u0[j]! + s * step : best[j]! + s * step;
      project(P.space, cand, u0, eps, norm);
      if (cand[j] === best[j]) continue;
      const r = await P.evaluateOne(i, cand, eps, norm);
      q++;
      if (r.margin < cur.margin || r.success) {
        best = cand;
        cur = r;
        break;
      }
    }
  }
  return { success: cur.success, queries: q, ...(cur.success ? { adv: best } : {}) };
};
