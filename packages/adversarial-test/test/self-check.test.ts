/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, describe, expect, it } from '@jest/globals';
import { evaluateRobustness } from '../src/evaluate.js';
import { exactLinearMinDistance } from '../src/exact-linear.js';
import { fraudData, mlpModel, trainLogistic } from '../src/synthetic.js';
import type { Norm } from '../src/features.js';
import { quantile } from '../src/stats.js';
import { clock, config, evalSetOf, log, targetOf } from './helpers.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

const train = fraudData(2000, 10, 7);
const test = fraudData(200, 10, 8);
const layer = trainLogistic(train, 2);
const bytes = mlpModel([layer]);
const { set, space } = evalSetOf(test);
const lo = new Array(10).fill(0);
const hi = new Array(10).fill(1);

function exactDistances(norm: Norm): number[] {
  return Array.from({ length: set.n }, (_, i) => {
    const row = Array.from(set.x.subarray(i * 10, (i + 1) * 10));
    const z = [0, 1].map((c) => layer.bias[c]! + row.reduce((a, v, j) => a + v * layer.weights[j * 2 + c]!, 0));
    const pred = z[1]! > z[0]! ? 1 : 0;
    if (pred !== set.labels[i]) return -1;
    return exactLinearMinDistance(row, layer.weights, layer.bias, 2, pred, lo, hi, norm);
  });
}
const exactRA = (dist: number[], eps: number) => dist.filter((v) => v > eps).length / dist.length;

describe('self-check against the closed-form optimum of a linear model', () => {
  for (const [norm, grid] of [['linf', [0.02, 0.05, 0.1]], ['l2', [0.05, 0.1, 0.2]]] as const) {
    it(`${norm}: robust accuracy within 0.02 of exact at eps ${grid.join(', ')}`, async () => {
      const target = await targetOf(bytes, set);
      const sample = Array.from({ length: set.n }, (_, i) => i);
      const r = await evaluateRobustness(target, space, { kind: 'untargeted', positive: 1, classes: 2, output: target.output }, set, sample, config({ norm, eps: [...grid], attacks: ['pgd', 'square'], budgetQueries: 300 }), clock, log);
      const exact = exactDistances(norm);
      for (const [e, eps] of grid.entries()) {
        expect(Math.abs(r.perEps[e]!.robustAccuracy - exactRA(exact, eps))).toBeLessThanOrEqual(0.02);
        // an attack can never beat the optimum
        expect(r.perEps[e]!.robustAccuracy).toBeGreaterThanOrEqual(exactRA(exact, eps) - 1e-9);
      }
      // the black-box attack alone (feature-subset Square) also lands within 0.02
      const square = await evaluateRobustness(target, space, { kind: 'untargeted', positive: 1, classes: 2, output: target.output }, set, sample, config({ norm, eps: [...grid], attacks: ['square'], budgetQueries: 500 }), clock, log);
      for (const [e, eps] of grid.entries()) expect(Math.abs(square.perEps[e]!.robustAccuracy - exactRA(exact, eps))).toBeLessThanOrEqual(0.02);
      await target.release();
    });

    it(`${norm}: HopSkipJump median distance within 1.15x of the optimum`, async () => {
      const target = await targetOf(bytes, set);
      const sample = Array.from({ length: 100 }, (_, i) => i);
      const r = await evaluateRobustness(target, space, { kind: 'untargeted', positive: 1, classes: 2, output: target.output }, set, sample, config({ norm, eps: [0.1], attacks: ['hopskipjump'], budgetQueries: 3000 }), clock, log);
      const exact = exactDistances(norm).slice(0, 100).filter((v) => v > 0 && Number.isFinite(v));
      expect(r.minimalNorm!.median! / quantile(exact, 0.5)).toBeLessThanOrEqual(1.15);
      expect(r.minimalNorm!.median! / quantile(exact, 0.5)).toBeGreaterThanOrEqual(1 - 1e-6);
      await target.release();
    });
  }
});
