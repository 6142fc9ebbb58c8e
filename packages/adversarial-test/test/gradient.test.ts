/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { describe, expect, it } from '@jest/globals';
import { floatTensor, int64Tensor, modelBytes, node, tensorInput } from '../src/onnx/build.js';
import { buildBackward } from '../src/gradient/backward.js';
import { decodeModel } from '../src/onnx/proto.js';
import { rngFor } from '../src/rng.js';
import { fraudData } from '../src/synthetic.js';
import { gradientCheck } from '../src/target/onnx-target.js';
import { evalSetOf, targetOf } from './helpers.js';

const { set } = evalSetOf(fraudData(40, 6, 41));
let rng = rngFor(1, 'gradient-test');
const rand = (n: number, s = 0.7) => Array.from({ length: n }, () => s * rng.gaussian());

/** A graph that uses every op with a backward rule (in a differentiable region). */
function kitchenSink(): Uint8Array {
  rng = rngFor(1, 'gradient-test');
  return modelBytes({
    node: [
      node('Sub', ['input', 'mu'], ['c']),
      node('Div', ['c', 'sd'], ['s']),
      node('MatMul', ['s', 'W0'], ['m0']),
      node('Add', ['m0', 'b0'], ['h0']),
      node('Tanh', ['h0'], ['t0']),
      node('Gemm', ['t0', 'W1', 'b1'], ['h1'], { transB: 1, alpha: 0.9 }),
      node('Sigmoid', ['h1'], ['g1']),
      node('LeakyRelu', ['h1'], ['l1'], { alpha: 0.1 }),
      node('Mul', ['g1', 'l1'], ['p1']),
      node('Relu', ['h1'], ['r1']),
      node('Sub', ['p1', 'r1'], ['q1']),
      node('Neg', ['q1'], ['n1']),
      node('Identity', ['n1'], ['i1']),
      node('Reshape', ['i1', 'shape'], ['f1']),
      node('Gemm', ['f1', 'W2', 'b2'], ['logits']),
      node('LogSoftmax', ['logits'], ['logp'], { axis: 1 }),
      node('Softmax', ['logits'], ['probabilities'], { axis: 1 }),
    ],
    initializer: [
      floatTensor('mu', [6], rand(6, 0.1)),
      floatTensor('sd', [6], [1, 2, 0.5, 1.5, 1, 0.8]),
      floatTensor('W0', [6, 8], rand(48)),
      floatTensor('b0', [8], rand(8)),
      floatTensor('W1', [5, 8], rand(40)),
      floatTensor('b1', [5], rand(5)),
      int64Tensor('shape', [2], [-1, 5]),
      floatTensor('W2', [5, 3], rand(15)),
      floatTensor('b2', [3], rand(3)),
    ],
    input: [tensorInput('input', ['N', 6])],
    output: [tensorInput('logits', ['N', 3]), tensorInput('logp', ['N', 3]), tensorInput('probabilities', ['N', 3])],
  });
}

describe('exact gradients from a generated backward graph', () => {
  for (const backend of ['auto', 'wasm'] as const) {
    for (const output of ['logits', 'logp', 'probabilities']) {
      it(`match central finite differences (${output}, ${backend})`, async () => {
        const bytes = kitchenSink();
        const t = await (await import('../src/target/onnx-target.js')).onnxTarget(bytes, { file: 'm.onnx', backend, output, outputKind: output === 'probabilities' ? 'probabilities' : 'logits', features: 6, probe: set.x.subarray(0, 60), gradients: true, log: (await import('@mlguard/core')).silentLogger });
        expect(t.gradient).toBeDefined();
        const up = Float32Array.from(rand(10 * 3, 1));
        const err = await gradientCheck(t, set.x.subarray(0, 60), 10, 6, up, new Array(6).fill(1e-3));
        expect(err).toBeLessThan(5e-3);
        await t.release();
      });
    }
  }

  it('falls back to SPSA, with the reason, when an op has no backward rule', async () => {
    const bytes = modelBytes({
      node: [node('Abs', ['input'], ['a']), node('Gemm', ['a', 'W', 'b'], ['logits'])],
      initializer: [floatTensor('W', [6, 2], rand(12)), floatTensor('b', [2], [0, 0])],
      input: [tensorInput('input', ['N', 6])],
      output: [tensorInput('logits', ['N', 2])],
    });
    const t = await targetOf(bytes, set);
    expect(t.gradient).toBeUndefined();
    expect(t.info.gradient).toEqual({ method: 'spsa', reason: 'op Abs has no backward rule' });
    expect(buildBackward(decodeModel(bytes), 'input', 'logits')).toEqual({ ok: false, reason: 'op Abs has no backward rule' });
  });

  it('differentiates only the path from the input to the attacked output', () => {
    const res = buildBackward(decodeModel(kitchenSink()), 'input', 'logits');
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.ops).not.toContain('Softmax');
  });
});

describe('zero gradients', () => {
  it('are measured at clean points (all ReLUs dead: gradient attacks are blind)', async () => {
    const { zeroGradientShare } = await import('../src/evaluate.js');
    const dead = modelBytes({
      node: [node('Gemm', ['input', 'W0', 'b0'], ['h']), node('Relu', ['h'], ['a']), node('Gemm', ['a', 'W1', 'b1'], ['logits'])],
      initializer: [floatTensor('W0', [6, 4], rand(24, 0.1)), floatTensor('b0', [4], [-100, -100, -100, -100]), floatTensor('W1', [4, 2], rand(8)), floatTensor('b1', [2], [0.5, -0.5])],
      input: [tensorInput('input', ['N', 6])],
      output: [tensorInput('logits', ['N', 2])],
    });
    const t = await targetOf(dead, set);
    const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output };
    expect(await zeroGradientShare(t, crit, set.x.subarray(0, 60), Array.from({ length: 10 }, () => 0))).toBe(1);
    const alive = await targetOf(kitchenSink(), set);
    expect(await zeroGradientShare(alive, { ...crit, classes: 3 }, set.x.subarray(0, 60), Array.from({ length: 10 }, () => 0))).toBe(0);
  });
});

describe('convolutions', () => {
  it('a small CNN (Reshape -> Conv -> Relu -> Flatten -> Gemm) gets exact gradients that match finite differences', async () => {
    const img = evalSetOf(fraudData(20, 36, 91));
    const bytes = modelBytes({
      node: [
        node('Reshape', ['input', 'shape'], ['img']),
        node('Conv', ['img', 'K', 'kb'], ['c'], { kernel_shape: { ints: [3, 3] }, pads: { ints: [1, 1, 1, 1] } }),
        node('Relu', ['c'], ['r']),
        node('Flatten', ['r'], ['f'], { axis: 1 }),
        node('Gemm', ['f', 'W', 'b'], ['logits']),
      ],
      initializer: [int64Tensor('shape', [4], [-1, 1, 6, 6]), floatTensor('K', [2, 1, 3, 3], rand(18)), floatTensor('kb', [2], [0.1, -0.1]), floatTensor('W', [72, 2], rand(144, 0.3)), floatTensor('b', [2], [0, 0])],
      input: [tensorInput('input', ['N', 36])],
      output: [tensorInput('logits', ['N', 2])],
    });
    for (const backend of ['auto', 'wasm'] as const) {
      const t = await targetOf(bytes, img.set, backend);
      expect(t.info.gradient).toEqual({ method: 'graph', ops: ['Gemm', 'Flatten', 'Relu', 'Conv', 'Reshape'] });
      const err = await gradientCheck(t, img.set.x.subarray(0, 8 * 36), 8, 36, Float32Array.from(rand(16, 1)), new Array(36).fill(1e-3));
      expect(err).toBeLessThan(5e-3);
      await t.release();
    }
  });
});
