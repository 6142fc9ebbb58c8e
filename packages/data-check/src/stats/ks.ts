/**
 * Two-sample Kolmogorov–Smirnov, as scipy.stats.ks_2samp(method='auto') computes it:
 * D over the pooled points (searchsorted side='right'), the exact p-value by lattice-path counting
 * when max(n, m) <= 10,000 (scipy's _attempt_exact_2kssamp: the Hodges/Viehmann "inside" recursion,
 * or the closed form for n == m), otherwise kstwo.sf(D, round(n·m/(n+m))).
 */
export const KS_EXACT_MAX_N = 10_000;

export function ksStatistic(ref: Float64Array | number[], cur: Float64Array | number[]): number {
  const a = Float64Array.from(ref).sort();
  const b = Float64Array.from(cur).sort();
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n || j < m) {
    const x = i < n && (j >= m || a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n && a[i]! <= x) i++;
    while (j < m && b[j]! <= x) j++;
    d = Math.max(d, Math.abs(i / n - j / m));
  }
  return d;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export interface KsPValue {
  p: number;
  method: 'exact' | 'asymptotic';
}

export function ksPValue(d: number, n: number, m: number): KsPValue {
  if (n === 0 || m === 0) return { p: 1, method: 'exact' };
  if (Math.max(n, m) <= KS_EXACT_MAX_N) {
    const exact = ksExact(d, n, m);
    if (exact !== undefined) return { p: exact, method: 'exact' };
  }
  const en = Math.round((n * m) / (n + m));
  return { p: kolmogorovSf(d, en), method: 'asymptotic' };
}

/** scipy _attempt_exact_2kssamp, two-sided; undefined when the recursion under/overflows. */
export function ksExact(d: number, n1: number, n2: number): number | undefined {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  return Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined;
}

function probOutsideSquare(n: number, h: number): number {
  // P = 2·A0·(1 − A1·(1 − A2·(...))) evaluated Horner-style to avoid cancellation.
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k--;
  }
  return 2 * P;
}

function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}

/**
 * kstwo.sf(d, n): the finite-n one-sample Kolmogorov distribution. Exact by the Marsaglia–Tsang–Wang
 * matrix power (2003) while the matrix stays small; above that, the limiting distribution with
 * Stephens' correction, which agrees to about 1e-3 at those sizes.
 */
export function kolmogorovSf(d: number, n: number): number {
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const k = Math.floor(n * d) + 1;
  if (2 * k - 1 <= 401 && n <= 1_000_000) {
    const cdf = mtwCdf(n, d);
    if (Number.isFinite(cdf)) return Math.min(1, Math.max(0, 1 - cdf));
  }
  const sq = Math.sqrt(n);
  return kolmogorovLimitSf((sq + 0.12 + 0.11 / sq) * d);
}

/** Q_KS(λ) = 2 Σ (−1)^{k−1} e^{−2k²λ²}. */
export function kolmogorovLimitSf(lambda: number): number {
  if (lambda < 0.2) return 1;
  let s = 0;
  for (let k = 1; k < 100; k++) {
    const t = Math.exp(-2 * k * k * lambda * lambda);
    s += (k % 2 === 1 ? 1 : -1) * t;
    if (t < 1e-17) break;
  }
  return Math.min(1, Math.max(0, 2 * s));
}

function mtwCdf(n: number, d: number): number {
  const k = Math.floor(n * d) + 1;
  const m = 2 * k - 1;
  const h = k - n * d;
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) H[i * m + j] = i - j + 1 < 0 ? 0 : 1;
  for (let i = 0; i < m; i++) {
    H[i * m] = H[i * m]! - h ** (i + 1);
    H[(m - 1) * m + i] = H[(m - 1) * m + i]! - h ** (m - i);
  }
  H[(m - 1) * m] = H[(m - 1) * m]! + (2 * h - 1 > 0 ? (2 * h - 1) ** m : 0);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i - j + 1 > 0) for (let g = 1; g <= i - j + 1; g++) H[i * m + j] = H[i * m + j]! / g;
  const [Q, eQ] = matPow(H, m, n);
  let s = Q[(k - 1) * m + k - 1]!;
  let e = eQ;
  for (let i = 1; i <= n; i++) {
    s = (s * i) / n;
    if (s < 1e-140) {
      s *= 1e140;
      e -= 140;
    }
  }
  return s * 10 ** e;
}

function matMul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const x = a[i * m + k]!;
      if (x === 0) continue;
      for (let j = 0; j < m; j++) c[i * m + j] = c[i * m + j]! + x * b[k * m + j]!;
    }
  return c;
}

function matPow(a: Float64Array, m: number, n: number): [Float64Array, number] {
  if (n === 1) return [a, 0];
  const [half, eh] = matPow(a, m, Math.floor(n / 2));
  let b = matMul(half, half, m);
  let eb = 2 * eh;
  if (n % 2 === 1) b = matMul(a, b, m);
  const c = b[Math.floor(m / 2) * m + Math.floor(m / 2)]!;
  if (c > 1e140) {
    for (let i = 0; i < m * m; i++) b[i] = b[i]! * 1e-140;
    eb += 140;
  }
  return [b, eb];
}
