/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, describe, expect, it } from '@jest/globals';
import { evaluateRobustness } from '../src/evaluate.js';
import { exactLinearMinDistance } from '../src/exact-linear.js';
import { floatTensor, modelBytes, node, tensorInput } from '../src/onnx/build.js';
import { fraudData, trainLogistic } from '../src/synthetic.js';
import { clock, config, evalSetOf, log, targetOf } from './helpers.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

/** A linear "image" model over a [1, 6, 6] input (Flatten -> Gemm): Square's window mode applies. */
describe('image inputs', () => {
  it('detects [N, C, H, W] inputs, differentiates through Flatten, and Square window mode finds adversarials', async () => {
    const d = 36;
    const train = fraudData(1500, d, 51);
    const test = fraudData(120, d, 52);
    const layer = trainLogistic(train, 2, { epochs: 150 });
    const bytes = modelBytes({
      node: [node('Flatten', ['image'], ['flat'], { axis: 1 }), node('Gemm', ['flat', 'W', 'b'], ['logits'])],
      initializer: [floatTensor('W', [d, 2], layer.weights), floatTensor('b', [2], layer.bias)],
      input: [tensorInput('image', ['N', 1, 6, 6])],
      output: [tensorInput('logits', ['N', 2])],
    });
    const { set, space } = evalSetOf(test);
    const t = await targetOf(bytes, set);
    expect(t.info.imageShape).toEqual([1, 6, 6]);
    expect(t.gradient).toBeDefined();
    const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output };
    const sample = Array.from({ length: set.n }, (_, i) => i);
    const eps = 0.05;
    const exact = sample.map((i) => {
      const row = Array.from(set.x.subarray(i * d, (i + 1) * d));
      const z = [0, 1].map((c) => layer.bias[c]! + row.reduce((a, v, j) => a + v * layer.weights[j * 2 + c]!, 0));
      const pred = z[1]! > z[0]! ? 1 : 0;
      return pred !== set.labels[i] ? -1 : exactLinearMinDistance(row, layer.weights, layer.bias, 2, pred, new Array(d).fill(0), new Array(d).fill(1), 'linf');
    });
    const exactRA = exact.filter((v) => v > eps).length / set.n;
    for (const norm of ['linf', 'l2'] as const) {
      const r = await evaluateRobustness(t, space, crit, set, sample, { ...config({ norm, eps: [eps], attacks: ['square'], budgetQueries: 500 }), mode: 'window', imageShape: [1, 6, 6] }, clock, log);
      expect(r.perEps[0]!.attacks.square!.broken).toBeGreaterThan(0);
      if (norm === 'linf') {
        expect(r.perEps[0]!.robustAccuracy).toBeGreaterThanOrEqual(exactRA - 1e-9);
        expect(r.perEps[0]!.robustAccuracy - exactRA).toBeLessThan(0.1);
      }
    }
    const pgd = await evaluateRobustness(t, space, crit, set, sample, config({ eps: [eps], attacks: ['pgd'] }), clock, log);
    expect(Math.abs(pgd.perEps[0]!.robustAccuracy - exactRA)).toBeLessThanOrEqual(0.02);
    await t.release();
  });
});
