import type { Norm } from './features.js';

/**
 * Exact minimal adversarial distance for a linear classifier z = x W + b over a box, the
 * yardstick of the self-check. For true class y and another class k, with v = w_y - w_k and
 * m = v.x + c (c = b_y - b_k, minus logit(threshold) for a thresholded binary model), the
 * adversarial region is the half-space v.x' + c <= 0, so the distance is min over k of the
 * distance to that half-space inside the box:
 * - L-inf: the largest decrease reachable at radius e is f(e) = sum_j |v_j| min(e, room_j), with
 *   room_j the distance to the box edge in the helpful direction; f is piecewise linear, so
 *   sorting the rooms and sweeping gives the smallest e with f(e) = m.
 * - L2: by KKT, delta_j = clip(-lambda v_j, lo_j - x_j, hi_j - x_j), lambda found by bisection on
 *   the monotone v.delta(lambda) = -m.
 * Returns Infinity when the box does not contain an adversarial point.
 */
export function exactLinearDistance(x: ArrayLike<number>, v: ArrayLike<number>, m: number, lo: ArrayLike<number>, hi: ArrayLike<number>, norm: Norm): number {
  const d = x.length;
  if (m <= 0) return 0;
  if (norm === 'linf') {
    const items: { room: number; w: number }[] = [];
    for (let j = 0; j < d; j++) {
      const w = Math.abs(v[j]!);
      if (w === 0) continue;
      items.push({ room: v[j]! > 0 ? x[j]! - lo[j]! : hi[j]! - x[j]!, w });
    }
    items.sort((a, b) => a.room - b.room);
    let fixed = 0; // sum of |v_j| room_j over saturated coordinates
    let slope = items.reduce((a, it) => a + it.w, 0);
    let prev = 0;
    for (const it of items) {
      // on [prev, it.room] f(e) = fixed + e * slope
      if (slope > 0 && fixed + it.room * slope >= m) return Math.max(prev, (m - fixed) / slope);
      fixed += it.w * it.room;
      slope -= it.w;
      prev = it.room;
    }
    return Infinity;
  }
  const delta = (lambda: number, out?: number[]) => {
    let dot = 0;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const dj = Math.max(lo[j]! - x[j]!, Math.min(hi[j]! - x[j]!, -lambda * v[j]!));
      dot += v[j]! * dj;
      sq += dj * dj;
      if (out) out[j] = dj;
    }
    return { dot, norm: Math.sqrt(sq) };
  };
  let hiL = 1;
  while (delta(hiL).dot > -m && hiL < 1e12) hiL *= 2;
  if (delta(hiL).dot > -m) return Infinity;
  let loL = 0;
  for (let it = 0; it < 200; it++) {
    const mid = (loL + hiL) / 2;
    if (delta(mid).dot > -m) loL = mid;
    else hiL = mid;
  }
  return delta(hiL).norm;
}

/**
 * Minimal distance for a multi-class linear model (W row-major [d, k]) at point x with label y:
 * the minimum over the other classes. `offset` shifts the margin (for thresholded binary models).
 */
export function exactLinearMinDistance(x: ArrayLike<number>, W: ArrayLike<number>, b: ArrayLike<number>, k: number, y: number, lo: ArrayLike<number>, hi: ArrayLike<number>, norm: Norm, offset = 0): number {
  const d = x.length;
  let best = Infinity;
  for (let c = 0; c < k; c++) {
    if (c === y) continue;
    const v = new Float64Array(d);
    let m = b[y]! - b[c]! - offset;
    for (let j = 0; j < d; j++) {
      v[j] = W[j * k + y]! - W[j * k + c]!;
      m += v[j]! * x[j]!;
    }
    best = Math.min(best, exactLinearDistance(x, v, m, lo, hi, norm));
  }
  return best;
}
