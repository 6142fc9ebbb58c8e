// Distribution tails from @stdlib (well-kept, tested ports of Cephes/Boost): upper tails are computed
// directly, not as 1 - cdf, so tiny p-values (chi-square 1e-23) keep their precision.
import gammainc from '@stdlib/math-base-special-gammainc';
import erfc from '@stdlib/math-base-special-erfc';

/** P(X >= x) for X ~ chi-square(df). */
export function chiSquareSf(x: number, df: number): number {
  if (x === Infinity) return 0;
  if (!(x > 0)) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Two-sided normal tail 2·(1 − Φ(|z|)). */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
