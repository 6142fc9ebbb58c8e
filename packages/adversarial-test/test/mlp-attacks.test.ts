/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, beforeAll, describe, expect, it } from '@jest/globals';
import { evaluateRobustness } from '../src/evaluate.js';
import type { Robustness } from '../src/evaluate.js';
import { accuracy, fraudData, mlpModel, trainMlp } from '../src/synthetic.js';
import type { Target } from '../src/target/target.js';
import { clock, config, evalSetOf, log, targetOf } from './helpers.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

const train = fraudData(2000, 10, 11);
const test = fraudData(200, 10, 12);
const layers = trainMlp(train, 16, 2, 3, { epochs: 60 });
const bytes = mlpModel(layers, { outputs: 'both' });
const { set, space } = evalSetOf(test);
const sample = Array.from({ length: set.n }, (_, i) => i);
let target: Target;

beforeAll(async () => {
  target = await targetOf(bytes, set);
});

async function ra(attack: 'pgd' | 'square' | 'spsa-pgd' | 'simba' | 'fgsm', eps: number): Promise<Robustness> {
  return evaluateRobustness(target, space, { kind: 'untargeted', positive: 1, classes: 2, output: target.output }, set, sample, config({ eps: [eps], attacks: [attack], budgetQueries: 400 }), clock, log);
}

describe('attacks on a seeded MLP trained on synthetic fraud-like data', () => {
  it('trains a usable model whose ONNX graph matches the JS reference and has exact gradients', async () => {
    expect(accuracy(layers, test)).toBeGreaterThan(0.9);
    expect(target.gradient).toBeDefined();
    expect(target.output).toBe('logits');
  });

  it('PGD with exact gradients and Square reach robust accuracy at least as low as SPSA-PGD', async () => {
    for (const eps of [0.05, 0.1]) {
      const [pgd, square, spsa] = [await ra('pgd', eps), await ra('square', eps), await ra('spsa-pgd', eps)];
      const v = (r: Robustness) => r.perEps[0]!.robustAccuracy;
      expect(v(pgd)).toBeLessThanOrEqual(v(spsa));
      expect(v(square)).toBeLessThanOrEqual(v(spsa));
      // and the attacks are not vacuous: they break a real share of the model
      expect(v(pgd)).toBeLessThan(pgd.perEps[0]!.cleanAccuracy - 0.05);
    }
  });

  it('FGSM (one exact-gradient step) is weaker than PGD but not vacuous', async () => {
    const [fgsm, pgd] = [await ra('fgsm', 0.1), await ra('pgd', 0.1)];
    expect(pgd.perEps[0]!.robustAccuracy).toBeLessThanOrEqual(fgsm.perEps[0]!.robustAccuracy);
    expect(fgsm.perEps[0]!.robustAccuracy).toBeLessThan(fgsm.perEps[0]!.cleanAccuracy);
    expect(fgsm.perEps[0]!.attacks.fgsm!.queriesPerSuccess.median).toBe(3); // forward+backward, then the step's evaluation
  });

  it('the directional criterion attacks flagged positives and reports robust recall', async () => {
    const r = await evaluateRobustness(target, space, { kind: 'directional', positive: 1, threshold: 0.5, classes: 2, output: target.output }, set, sample, config({ eps: [0.02, 0.1], attacks: ['pgd', 'square'] }), clock, log);
    const positives = set.labels.filter((y) => y === 1).length;
    expect(r.attacked).toBeLessThanOrEqual(positives);
    const [lo, hi] = r.perEps;
    expect(lo!.cleanRecall).toBeCloseTo(r.attacked / positives, 5);
    expect(lo!.robustRecall!).toBeLessThanOrEqual(lo!.cleanRecall!);
    expect(hi!.robustRecall!).toBeLessThanOrEqual(lo!.robustRecall!);
    expect(hi!.robustRecall!).toBeLessThan(hi!.cleanRecall!);
    expect(hi!.robustRecallCI![0]).toBeLessThanOrEqual(hi!.robustRecall!);
    // directional: benign rows are never attacked, so their robust accuracy equals their clean accuracy
    expect(hi!.perClass.find((c) => c.class === '0')!.robustAccuracy).toBeCloseTo(lo!.perClass.find((c) => c.class === '0')!.robustAccuracy, 9);
  });

  it('is deterministic per seed and changes with the seed', async () => {
    const cfg = config({ eps: [0.05], attacks: ['square', 'simba'], budgetQueries: 200 });
    const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: target.output };
    const a = await evaluateRobustness(target, space, crit, set, sample, cfg, clock, log);
    const b = await evaluateRobustness(target, space, crit, set, sample, cfg, clock, log);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = await evaluateRobustness(target, space, crit, set, sample, { ...cfg, seed: 99 }, clock, log);
    expect(JSON.stringify(c.perEps[0]!.attacks)).not.toBe(JSON.stringify(a.perEps[0]!.attacks));
  });
});
