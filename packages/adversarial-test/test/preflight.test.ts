/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { describe, expect, it } from '@jest/globals';
import { isMlguardError } from '@mlguard/core';
import type { Table } from '@mlguard/dataset';
import { evalSetFromTable } from '../src/data.js';
import { evaluateRobustness } from '../src/evaluate.js';
import { floatTensor, modelBytes, node, tensorInput } from '../src/onnx/build.js';
import { DataType } from '../src/onnx/proto.js';
import { fraudData, mlpModel, trainLogistic } from '../src/synthetic.js';
import { clock, config, evalSetOf, log, targetOf } from './helpers.js';

const data = fraudData(300, 6, 31);
const layer = trainLogistic(data, 2, { epochs: 200 });
const { set, space } = evalSetOf(data);

async function rejects(p: Promise<unknown>, message: RegExp): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isMlguardError(e)).toBe(true);
  expect((e as Error).message).toMatch(message);
}

describe('preflight from the model metadata', () => {
  it('refuses garbage and truncated ONNX files with an input error', async () => {
    const good = mlpModel([layer]);
    await rejects(targetOf(Uint8Array.from({ length: 500 }, (_, i) => (i * 37) % 251), set), /cannot load the ONNX model/);
    await rejects(targetOf(good.subarray(0, Math.floor(good.length / 2)), set), /cannot load the ONNX model/);
    await rejects(targetOf(new Uint8Array(0), set), /cannot load the ONNX model/);
  });

  it('refuses a model whose input shape does not match the data', async () => {
    const five = mlpModel([{ inputs: 5, outputs: 2, weights: new Array(10).fill(0.1), bias: [0, 0] }]);
    await rejects(targetOf(five, set), /has shape \["N",5\] \(5 features\) but the data provides 6 features/);
  });

  it('refuses categorical (int64) inputs', async () => {
    const bytes = modelBytes({
      node: [node('Cast', ['input'], ['f'], { to: DataType.FLOAT }), node('Gemm', ['f', 'W', 'b'], ['logits'])],
      initializer: [floatTensor('W', [6, 2], new Array(12).fill(0.1)), floatTensor('b', [2], [0, 0])],
      input: [tensorInput('input', ['N', 6], DataType.INT64)],
      output: [tensorInput('logits', ['N', 2])],
    });
    await rejects(targetOf(bytes, set), /is int64, not float32: integer or string inputs are categorical/);
  });

  it('refuses a scikit-learn ZipMap output and names the fix', async () => {
    const bytes = modelBytes(
      {
        node: [node('Gemm', ['input', 'W', 'b'], ['logits']), node('Softmax', ['logits'], ['p'], { axis: 1 }), node('ZipMap', ['p'], ['output_probability'], { classlabels_int64s: { ints: [0, 1] } }, 'ai.onnx.ml')],
        initializer: [floatTensor('W', [6, 2], layer.weights), floatTensor('b', [2], layer.bias)],
        input: [tensorInput('input', ['N', 6])],
        output: [{ name: 'output_probability', type: { sequenceType: { elemType: { mapType: { keyType: DataType.INT64, valueType: { tensorType: { elemType: DataType.FLOAT } } } } } } }],
      },
      { domains: { 'ai.onnx.ml': 1 } },
    );
    await rejects(targetOf(bytes, set), /non-tensor output \(scikit-learn ZipMap\)/);
    const e = (await targetOf(bytes, set).catch((err: unknown) => err)) as { hint?: string };
    expect(e.hint).toMatch(/zipmap': False/);
  });

  it('detects probabilities, and runs a model exported with a fixed batch of 1', async () => {
    const probs = await targetOf(mlpModel([layer], { outputs: 'probabilities' }), set);
    expect(probs.output).toBe('probabilities');
    const fixed = await targetOf(mlpModel([layer], { batch: 1 }), set);
    expect(fixed.info.fixedBatch).toBe(1);
    const dynamic = await targetOf(mlpModel([layer]), set);
    const a = await fixed.predict(set.x.subarray(0, 10 * 6), 10);
    const b = await dynamic.predict(set.x.subarray(0, 10 * 6), 10);
    expect(Array.from(a)).toEqual(Array.from(b));
    const g = await fixed.gradient!(set.x.subarray(0, 3 * 6), 3, Float32Array.from([1, -1, 1, -1, 1, -1]));
    expect(g).toHaveLength(18);
    const r = await evaluateRobustness(probs, space, { kind: 'untargeted', positive: 1, classes: 2, output: probs.output }, set, [0, 1, 2, 3], config({ attacks: ['pgd'] }), clock, log);
    expect(r.flags.map((f) => f.id)).toContain('softmax-output');
  });
});

describe('bad data', () => {
  const table = (values: (number | null)[]): Table => ({ source: 'eval.csv', rowCount: 3, columns: [{ name: 'a', type: 'number', values }, { name: 'label', type: 'number', values: [0, 1, 0] }] });
  it('NaN or missing feature values are an input error naming the row and line', () => {
    let e: unknown;
    try {
      evalSetFromTable(table([1, null, 3]), ['a'], 'label');
    } catch (err) {
      e = err;
    }
    expect(isMlguardError(e)).toBe(true);
    expect(e).toMatchObject({ message: 'feature a is missing or NaN in data row 2', file: 'eval.csv', line: 3 });
    expect(() => evalSetFromTable(table([1, Number.NaN, 3]), ['a'], 'label')).toThrow(/missing or NaN in data row 2/);
    expect(() => evalSetFromTable(table([1, 2, 3]), ['b'], 'label')).toThrow(/has no column b/);
  });
});

describe('budgets bound the run', () => {
  it('a global query cap stops the attacks and marks samples inconclusive', async () => {
    const t = await targetOf(mlpModel([layer]), set);
    const all = Array.from({ length: set.n }, (_, i) => i);
    const r = await evaluateRobustness(t, space, { kind: 'untargeted', positive: 1, classes: 2, output: t.output }, set, all, config({ eps: [0.001], attacks: ['square'], totalQueries: 2000 }), clock, log);
    expect(r.totalQueries).toBeLessThanOrEqual(2000);
    expect(r.perEps[0]!.inconclusive).toBeGreaterThan(0);
    expect(r.flags.map((f) => f.id)).toContain('budget-exhausted');
  });

  it('a deadline in the past stops every attack at its first query', async () => {
    const t = await targetOf(mlpModel([layer]), set);
    const all = Array.from({ length: set.n }, (_, i) => i);
    const r = await evaluateRobustness(t, space, { kind: 'untargeted', positive: 1, classes: 2, output: t.output }, set, all, config({ eps: [0.01, 0.1], attacks: ['pgd', 'square', 'hopskipjump'], deadline: Date.now() - 1 }), clock, log);
    expect(r.totalQueries).toBe(0);
    expect(r.flags.map((f) => f.id)).toContain('budget-exhausted');
  });
});

describe('backends', () => {
  it('the WASM binary the action ships is the one onnxruntime-web expects, and both backends agree', async () => {
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(digest('actions/adversarial-test/ort-wasm-simd-threaded.wasm')).toBe(digest(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm')));
    const bytes = mlpModel([layer]);
    const wasm = await targetOf(bytes, set, 'wasm');
    const auto = await targetOf(bytes, set, 'auto');
    expect(wasm.backend).toBe('onnxruntime-web 1.30.0');
    expect(auto.backend).toMatch(/^onnxruntime-(node|web) 1\.30\.0$/);
    const a = await wasm.predict(set.x, set.n);
    const b = await auto.predict(set.x, set.n);
    let max = 0;
    for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
    expect(max).toBeLessThan(1e-5);
  });
});
