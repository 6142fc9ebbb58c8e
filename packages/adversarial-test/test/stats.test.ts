import { describe, expect, it } from '@jest/globals';
import { mcnemarExact, quantile, wilson } from '../src/stats.js';
import { exactLinearDistance } from '../src/exact-linear.js';

describe('statistics', () => {
  it('Wilson interval matches the textbook values', () => {
    // statsmodels proportion_confint(7, 10, method='wilson')
    const [lo, hi] = wilson(7, 10);
    expect(lo).toBeCloseTo(0.396774, 5);
    expect(hi).toBeCloseTo(0.892208, 5);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
  it('exact McNemar equals a two-sided binomial test on the discordant pairs', () => {
    // scipy.stats.binomtest(2, 12, 0.5).pvalue
    expect(mcnemarExact(2, 10)).toBeCloseTo(0.0385742, 6);
    expect(mcnemarExact(5, 5)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
  });
  it('quantiles interpolate linearly', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('closed-form minimal perturbation of a linear model', () => {
  it('L-inf with the box: sweep over the rooms', () => {
    // v = (1, 1) at x = (0.9, 0.2): the reachable decrease is f(e) = min(e, 0.9) + min(e, 0.2), at most 1.1
    expect(exactLinearDistance([0.9, 0.2], [1, 1], 1.05, [0, 0], [1, 1], 'linf')).toBeCloseTo(0.85, 12);
    expect(exactLinearDistance([0.9, 0.2], [1, 1], 1.0, [0, 0], [1, 1], 'linf')).toBeCloseTo(0.8, 12);
    expect(exactLinearDistance([0.9, 0.2], [1, 1], 0.2, [0, 0], [1, 1], 'linf')).toBeCloseTo(0.1, 12);
    expect(exactLinearDistance([0.9, 0.2], [1, 1], 1.2, [0, 0], [1, 1], 'linf')).toBe(Infinity);
  });
  it('L2 with the box: KKT clipping', () => {
    // unconstrained: m/||v|| = 0.2/sqrt(2)
    expect(exactLinearDistance([0.5, 0.5], [1, 1], 0.2, [0, 0], [1, 1], 'l2')).toBeCloseTo(0.2 / Math.SQRT2, 9);
    // first coordinate saturates at 0.1, the rest of the margin comes from the second
    expect(exactLinearDistance([0.1, 0.9], [1, 1], 0.5, [0, 0], [1, 1], 'l2')).toBeCloseTo(Math.hypot(0.1, 0.4), 9);
  });
});
