/**
 * Distribution distances with the exact conventions of the tools users compare against
 * (Evidently's legacy stattests, scipy). Inputs are counts over the same ordered bins/categories.
 */
import { chiSquareSf, normalTwoSided } from './distributions.js';

const proportions = (counts: number[]) => {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
};

/** scipy.spatial.distance.jensenshannon(p, q, base): natural log by default (Evidently), base 2 for NannyML/TFDV. */
export function jensenShannon(refCounts: number[], curCounts: number[], base: number = Math.E): number {
  const p = proportions(refCounts);
  const q = proportions(curCounts);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    if (p[i]! > 0) js += 0.5 * p[i]! * Math.log(p[i]! / m);
    if (q[i]! > 0) js += 0.5 * q[i]! * Math.log(q[i]! / m);
  }
  return Math.sqrt(Math.max(0, js) / Math.log(base));
}

/** Evidently PSI: zero bins filled with eps = min_nonzero/1e6 when min_nonzero <= 1e-4, else 1e-4. */
export function psi(refCounts: number[], curCounts: number[]): number {
  const fill = (ps: number[]) => {
    const nz = ps.filter((x) => x > 0);
    const minNz = nz.length ? Math.min(...nz) : 1e-4;
    const eps = minNz <= 1e-4 ? minNz / 1e6 : 1e-4;
    return ps.map((x) => (x === 0 ? eps : x));
  };
  const p = fill(proportions(refCounts));
  const q = fill(proportions(curCounts));
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - q[i]!) * Math.log(p[i]! / q[i]!);
  return s;
}

export function lInfinity(refCounts: number[], curCounts: number[]): number {
  const p = proportions(refCounts);
  const q = proportions(curCounts);
  return p.reduce((mx, x, i) => Math.max(mx, Math.abs(x - q[i]!)), 0);
}

export function hellinger(refCounts: number[], curCounts: number[]): number {
  const p = proportions(refCounts);
  const q = proportions(curCounts);
  const s = p.reduce((acc, x, i) => acc + (Math.sqrt(x) - Math.sqrt(q[i]!)) ** 2, 0);
  return Math.sqrt(s) / Math.SQRT2;
}

/** Evidently chi-square goodness of fit: expected = ref · (m/n); a new category makes it inf, p = 0. */
export function chiSquareGof(refCounts: number[], curCounts: number[]): { statistic: number; p: number } {
  const n = refCounts.reduce((s, c) => s + c, 0);
  const m = curCounts.reduce((s, c) => s + c, 0);
  let chi = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const e = (refCounts[i]! * m) / n;
    const o = curCounts[i]!;
    if (e === 0) {
      if (o > 0) return { statistic: Infinity, p: 0 };
      continue;
    }
    chi += (o - e) ** 2 / e;
  }
  return { statistic: chi, p: chiSquareSf(chi, refCounts.length - 1) };
}

/** Pooled two-proportion z-test (Evidently's z_stat_test); k successes out of n. */
export function twoProportionZ(k1: number, n1: number, k2: number, n2: number): { statistic: number; p: number } {
  const P = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { statistic: 0, p: 1 };
  const z = (k1 / n1 - k2 / n2) / se;
  return { statistic: z, p: normalTwoSided(z) };
}

/** Bin edges of numpy.histogram_bin_edges(data, bins='sturges'): ceil(log2(N) + 1) equal bins over [min, max]. */
export function sturgesEdges(min: number, max: number, total: number): number[] {
  if (!(max > min)) return [min - 0.5, min + 0.5];
  const bins = Math.max(1, Math.ceil(Math.log2(total) + 1));
  const width = (max - min) / bins;
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
}

/** numpy.histogram counts: [a, b) bins, the last one closed. */
export function histogram(values: ArrayLike<number>, edges: number[]): number[] {
  const k = edges.length - 1;
  const counts = new Array<number>(k).fill(0);
  const lo = edges[0]!;
  const hi = edges[k]!;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo || v > hi) continue;
    let b = v === hi ? k - 1 : Math.min(k - 1, Math.floor(((v - lo) / (hi - lo)) * k));
    // Correct the float index against the actual edges, as numpy does.
    while (b > 0 && v < edges[b]!) b--;
    while (b < k - 1 && v >= edges[b + 1]!) b++;
    counts[b]!++;
  }
  return counts;
}

/** scipy.stats.wasserstein_distance on raw samples. */
export function wasserstein(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  const a = Float64Array.from(ref).sort();
  const b = Float64Array.from(cur).sort();
  const all = Float64Array.from([...a, ...b]).sort();
  let i = 0;
  let j = 0;
  let w = 0;
  for (let t = 0; t < all.length - 1; t++) {
    const x = all[t]!;
    while (i < a.length && a[i]! <= x) i++;
    while (j < b.length && b[j]! <= x) j++;
    w += Math.abs(i / a.length - j / b.length) * (all[t + 1]! - x);
  }
  return w;
}

/** Population standard deviation (ddof = 0), Evidently's normaliser for Wasserstein. */
export function stdPop(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i]! - mean) ** 2;
  return Math.sqrt(s / values.length);
}
