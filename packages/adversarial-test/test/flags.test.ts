import { describe, expect, it } from '@jest/globals';
import { evaluateRobustness } from '../src/evaluate.js';
import type { Target } from '../src/target/target.js';
import { rngFor } from '../src/rng.js';
import { fraudData } from '../src/synthetic.js';
import { clock, config, evalSetOf, log } from './helpers.js';

/** Targets written in JS (no ONNX) to provoke AutoAttack-style sanity flags and the natural check. */
const d = 4;
const { set, space } = evalSetOf(fraudData(80, d, 61));
const sample = Array.from({ length: set.n }, (_, i) => i);
const w = [3, -2, 1.5, 0.5];
const logit = (x: ArrayLike<number>, at: number) => w.reduce((a, wj, j) => a + wj * x[at + j]!, 0) - 1.2;

function linear(opts: { noise?: number; gradient?: 'exact' | 'zero' } = {}): Target {
  const rng = rngFor(1, 'noise');
  return {
    description: 'js-linear',
    backend: 'js',
    d,
    classes: 2,
    output: 'logits',
    info: {},
    async predict(x, n) {
      const out = new Float32Array(2 * n);
      for (let r = 0; r < n; r++) {
        out[2 * r + 1] = logit(x, r * d) + (opts.noise ? opts.noise * rng.gaussian() : 0);
      }
      return out;
    },
    ...(opts.gradient
      ? {
          async gradient(_x: Float32Array, n: number, up: Float32Array) {
            const g = new Float32Array(n * d);
            if (opts.gradient === 'exact') for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) g[r * d + j] = (up[2 * r + 1]! - 0) * w[j]!;
            return g;
          },
        }
      : {}),
    async release() {},
  };
}
const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: 'logits' as const };

describe('sanity flags', () => {
  it('flags a randomised model', async () => {
    const r = await evaluateRobustness(linear({ noise: 0.01 }), space, crit, set, sample, config({ attacks: ['simba'], budgetQueries: 50 }), clock, log);
    expect(r.flags.map((f) => f.id)).toContain('non-deterministic');
    const clean = await evaluateRobustness(linear(), space, crit, set, sample, config({ attacks: ['simba'], budgetQueries: 50 }), clock, log);
    expect(clean.flags.map((f) => f.id)).not.toContain('non-deterministic');
  });

  it('flags black-box attacks beating white-box ones (masked gradients)', async () => {
    const masked = await evaluateRobustness(linear({ gradient: 'zero' }), space, crit, set, sample, config({ eps: [0.1], attacks: ['pgd', 'square'] }), clock, log);
    expect(masked.perEps[0]!.attacks.square!.broken).toBeGreaterThan(0);
    expect(masked.flags.map((f) => f.id)).toContain('black-box-beats-white-box');
    const honest = await evaluateRobustness(linear({ gradient: 'exact' }), space, crit, set, sample, config({ eps: [0.1], attacks: ['pgd', 'square'] }), clock, log);
    expect(honest.flags.map((f) => f.id)).not.toContain('black-box-beats-white-box');
  });
});

describe('natural perturbation', () => {
  it('counts rows whose decision flips when one feature moves by 1%, per feature', async () => {
    const r = await evaluateRobustness(linear(), space, crit, set, sample, { ...config({ attacks: [] }), natural: 0.01 }, clock, log);
    const byName = Object.fromEntries(r.natural!.features.map((f) => [f.feature, f]));
    // brute force: the rows near the boundary along feature j
    for (let j = 0; j < d; j++) {
      let flipped = 0;
      for (let i = 0; i < set.n; i++) {
        const row = Array.from(set.x.subarray(i * d, (i + 1) * d));
        const base = logit(row, 0) >= 0;
        const moved = [1.01, 0.99].map((f) => {
          const m = [...row];
          m[j] = Math.min(1, Math.max(0, m[j]! * f));
          return Float32Array.from(m);
        });
        if (moved.some((m) => logit(m, 0) >= 0 !== base)) flipped++;
      }
      expect(byName[`f${j}`]!.flipped).toBe(flipped);
    }
    expect(r.natural!.features.some((f) => f.flipped > 0)).toBe(true);
  });
});

describe('edge cases the anchors crashed on', () => {
  it('every sample already misclassified: nothing to attack, no crash (auto-attack #81)', async () => {
    const wrong: Target = { ...linear(), async predict(x, n) {
      const out = new Float32Array(2 * n);
      for (let r = 0; r < n; r++) out[2 * r + (set.labels[r] === 1 ? 0 : 1)] = 5; // always the other class (sample = all rows, in order)
      return out;
    } };
    const r = await evaluateRobustness(wrong, space, crit, set, sample, config({ eps: [0.1], attacks: ['pgd', 'square', 'simba', 'hopskipjump'] }), clock, log);
    expect(r.attacked).toBe(0);
    expect(r.perEps[0]!.robustAccuracy).toBe(0);
    expect(r.perEps[0]!.attackSuccessRate).toBeNull();
  });

  it('a window larger than a tiny image is clamped (ART #1244)', async () => {
    const tiny = evalSetOf(fraudData(30, 2, 62));
    const t: Target = { ...linear(), d: 2, async predict(x, n) {
      const out = new Float32Array(2 * n);
      for (let r = 0; r < n; r++) out[2 * r + 1] = 3 * x[r * 2]! - 2 * x[r * 2 + 1]! - 0.4;
      return out;
    } };
    const r = await evaluateRobustness(t, tiny.space, crit, tiny.set, Array.from({ length: 30 }, (_, i) => i), { ...config({ eps: [0.2], attacks: ['square'], budgetQueries: 50 }), mode: 'window', imageShape: [1, 1, 2] }, clock, log);
    expect(r.perEps[0]!.attacks.square!.attempted).toBeGreaterThan(0);
  });
});
