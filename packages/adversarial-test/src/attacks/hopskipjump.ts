import { distance, project } from '../features.js';
import { rngFor, shuffled } from '../rng.js';
import { mutableIndices } from './attack.js';
import type { Attack } from './attack.js';

/**
 * HopSkipJumpAttack (Chen, Jordan, Wainwright; IEEE S&P 2020): decision-based, it only reads
 * whether a point is adversarial, so it works on label-only endpoints. It finds a boundary point,
 * estimates the boundary's normal from the signs of random probes, steps along it with a
 * geometrically shrinking step, and binary-searches back to the boundary. It is a minimal-norm
 * attack: the result is the smallest adversarial distance found, and a sample is broken at
 * epsilon when that distance is <= epsilon.
 */
export const hopSkipJumpAttack: Attack = async (ctx, i) => {
  const { problem: P, norm, budget } = ctx;
  const rng = rngFor(ctx.seed, 'hopskipjump', i);
  const u0 = P.u0[i]!;
  const mut = mutableIndices(P);
  const dm = Math.max(mut.length, 1);
  let q = 0;
  const feasible = (u: Float64Array) => project(P.space, u, u0, Infinity, norm);
  const phi = async (pts: Float64Array[]) => {
    q += pts.length;
    return (await P.evaluate(i, pts, Infinity, norm)).map((e) => e.success);
  };

  // Starting point: rows of other classes first (a legitimate transaction for a fraud row), then uniform noise in the box.
  let adv: Float64Array | undefined;
  const others = shuffled(
    P.u0.map((_, k) => k).filter((k) => P.labels[k] !== P.labels[i]),
    rng,
  ).slice(0, 20);
  const candidates: Float64Array[] = others.map((k) => feasible(P.u0[k]!.slice()));
  for (let t = 0; t < 100; t++) {
    const u = u0.slice();
    for (const j of mut) {
      const lo = Number.isFinite(P.space.lo[j]!) ? P.space.lo[j]! : u0[j]! - 1;
      const hi = Number.isFinite(P.space.hi[j]!) ? P.space.hi[j]! : u0[j]! + 1;
      u[j] = lo + rng.next() * (hi - lo);
    }
    candidates.push(feasible(u));
  }
  for (let at = 0; at < candidates.length && !adv && q < budget; at += 20) {
    const chunk = candidates.slice(at, at + 20);
    const ok = await phi(chunk);
    const hit = ok.findIndex((s) => s);
    if (hit >= 0) adv = chunk[hit];
  }
  if (!adv) return { success: false, queries: q, distance: Infinity };

  const theta = norm === 'l2' ? 1 / (dm * Math.sqrt(dm)) : 1 / (dm * dm);
  const blend = (ua: Float64Array, a: number): Float64Array => {
    if (norm === 'l2') return Float64Array.from(u0, (v, j) => v + a * (ua[j]! - v));
    const r = a * distance(ua, u0, 'linf');
    return Float64Array.from(u0, (v, j) => Math.max(v - r, Math.min(v + r, ua[j]!)));
  };
  const boundary = async (ua: Float64Array): Promise<Float64Array> => {
    let lo = 0;
    let hi = 1;
    while (hi - lo > theta && q < budget) {
      const mid = (lo + hi) / 2;
      if ((await phi([blend(ua, mid)]))[0]) hi = mid;
      else lo = mid;
    }
    return blend(ua, hi);
  };

  let ub = await boundary(adv);
  let dist = distance(ub, u0, norm);
  let best = { u: ub, dist };
  for (let t = 1; q < budget; t++) {
    const delta = t === 1 ? 0.1 : (norm === 'l2' ? Math.sqrt(dm) * theta : dm * theta) * dist;
    const nt = Math.min(Math.floor(100 * Math.sqrt(t)), 10000, budget - q - 30);
    if (nt < 10) break;
    const probes: Float64Array[] = [];
    const dirs: Float64Array[] = [];
    for (let b = 0; b < nt; b++) {
      const r = new Float64Array(P.d);
      let n = 0;
      for (const j of mut) n += (r[j] = norm === 'l2' ? rng.gaussian() : 2 * rng.next() - 1) ** 2;
      n = Math.sqrt(n) || 1;
      const p = Float64Array.from(ub, (v, j) => v + (delta * r[j]!) / n);
      feasible(p);
      probes.push(p);
      // the step actually taken after clipping to the box
      dirs.push(Float64Array.from(p, (v, j) => (v - ub[j]!) / delta));
    }
    const signs = (await phi(probes)).map((s) => (s ? 1 : -1));
    const mean = signs.reduce((a, b) => a + b, 0) / nt;
    const baseline = Math.abs(mean) === 1 ? 0 : mean;
    const g = new Float64Array(P.d);
    dirs.forEach((r, b) => {
      for (const j of mut) g[j]! += ((signs[b]! - baseline) * r[j]!) / nt;
    });
    let gn = 0;
    for (const j of mut) gn += g[j]! * g[j]!;
    gn = Math.sqrt(gn);
    if (gn === 0) break;
    const v = Float64Array.from(g, (x) => (norm === 'l2' ? x / gn : Math.sign(x)));
    let stepSize = dist / Math.sqrt(t);
    let next: Float64Array | undefined;
    for (let h = 0; h < 25 && q < budget; h++) {
      const cand = feasible(Float64Array.from(ub, (x, j) => x + stepSize * v[j]!));
      if ((await phi([cand]))[0]) {
        next = cand;
        break;
      }
      stepSize /= 2;
    }
    if (!next) break;
    ub = await boundary(next);
    dist = distance(ub, u0, norm);
    if (dist < best.dist) best = { u: ub, dist };
  }
  return { success: true, queries: q, adv: best.u, distance: best.dist };
};
