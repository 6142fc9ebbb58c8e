import { mlpModel } from './onnx/build.js';
import type { DenseLayer } from './onnx/build.js';
import { rngFor } from './rng.js';

/**
 * Seeded synthetic data and tiny trainers, for the self-check, tests, benchmarks and the example
 * project's model. Everything here is deterministic per seed and needs no Python.
 */

export interface Dataset {
  x: Float64Array;
  y: number[];
  n: number;
  d: number;
}

/**
 * A fraud-like tabular set: d features in [0, 1], a mildly nonlinear score (an interaction and
 * a bump), and the top `fraudRate` share of scores labelled 1 with a little label noise.
 */
export function fraudData(n: number, d: number, seed: number, fraudRate = 0.2): Dataset {
  const rng = rngFor(seed, 'fraud-data');
  const weights = Array.from({ length: d }, (_, j) => (j % 3 === 2 ? -1 : 1) * (0.5 + ((j * 7919) % 10) / 10));
  const x = new Float64Array(n * d);
  const score: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = Math.min(1, Math.max(0, j % 2 ? rng.next() : 0.5 + 0.2 * rng.gaussian()));
      x[i * d + j] = v;
      s += weights[j]! * v;
    }
    s += 1.5 * x[i * d]! * x[i * d + 1]! + 0.8 * Math.exp(-((x[i * d + (2 % d)]! - 0.7) ** 2) / 0.02) + 0.15 * rng.gaussian();
    score.push(s);
  }
  const cut = [...score].sort((a, b) => b - a)[Math.floor(n * fraudRate)]!;
  return { x, y: score.map((s) => (s > cut ? 1 : 0)), n, d };
}

function softmaxInPlace(z: Float64Array): void {
  let m = -Infinity;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let c = 0; c < z.length; c++) s += z[c] = Math.exp(z[c]! - m);
  for (let c = 0; c < z.length; c++) z[c]! /= s;
}

/** Multinomial logistic regression by full-batch gradient descent. W is row-major [d, k]. */
export function trainLogistic(data: Dataset, k: number, opts: { epochs?: number; lr?: number; l2?: number } = {}): DenseLayer {
  const { x, y, n, d } = data;
  const W = new Float64Array(d * k);
  const b = new Float64Array(k);
  const epochs = opts.epochs ?? 400;
  const lr = opts.lr ?? 2;
  const l2 = opts.l2 ?? 1e-4;
  const z = new Float64Array(k);
  for (let ep = 0; ep < epochs; ep++) {
    const gW = new Float64Array(d * k);
    const gb = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) {
        z[c] = b[c]!;
        for (let j = 0; j < d; j++) z[c]! += x[i * d + j]! * W[j * k + c]!;
      }
      softmaxInPlace(z);
      for (let c = 0; c < k; c++) {
        const e = z[c]! - (y[i] === c ? 1 : 0);
        gb[c]! += e / n;
        for (let j = 0; j < d; j++) gW[j * k + c]! += (e * x[i * d + j]!) / n;
      }
    }
    for (let t = 0; t < W.length; t++) W[t]! -= lr * (gW[t]! + l2 * W[t]!);
    for (let c = 0; c < k; c++) b[c]! -= lr * gb[c]!;
  }
  return { weights: Array.from(W), bias: Array.from(b), inputs: d, outputs: k };
}

/** A one-hidden-layer ReLU MLP trained with seeded mini-batch SGD (momentum). */
export function trainMlp(data: Dataset, hidden: number, k: number, seed: number, opts: { epochs?: number; lr?: number } = {}): [DenseLayer, DenseLayer] {
  const { x, y, n, d } = data;
  const rng = rngFor(seed, 'mlp-init');
  const W1 = Float64Array.from({ length: d * hidden }, () => rng.gaussian() * Math.sqrt(2 / d));
  const b1 = new Float64Array(hidden);
  const W2 = Float64Array.from({ length: hidden * k }, () => rng.gaussian() * Math.sqrt(1 / hidden));
  const b2 = new Float64Array(k);
  const params = [W1, b1, W2, b2];
  const vel = params.map((p) => new Float64Array(p.length));
  const epochs = opts.epochs ?? 150;
  const lr = opts.lr ?? 0.05;
  const batch = 32;
  const order = Array.from({ length: n }, (_, i) => i);
  const h = new Float64Array(hidden);
  const z = new Float64Array(k);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let s = 0; s < n; s += batch) {
      const grads = params.map((p) => new Float64Array(p.length));
      const end = Math.min(n, s + batch);
      for (let t = s; t < end; t++) {
        const i = order[t]!;
        for (let u = 0; u < hidden; u++) {
          let a = b1[u]!;
          for (let j = 0; j < d; j++) a += x[i * d + j]! * W1[j * hidden + u]!;
          h[u] = Math.max(0, a);
        }
        for (let c = 0; c < k; c++) {
          z[c] = b2[c]!;
          for (let u = 0; u < hidden; u++) z[c]! += h[u]! * W2[u * k + c]!;
        }
        softmaxInPlace(z);
        const m = end - s;
        for (let c = 0; c < k; c++) {
          const e = (z[c]! - (y[i] === c ? 1 : 0)) / m;
          grads[3]![c]! += e;
          for (let u = 0; u < hidden; u++) grads[2]![u * k + c]! += e * h[u]!;
        }
        for (let u = 0; u < hidden; u++) {
          if (h[u]! <= 0) continue;
          let e = 0;
          for (let c = 0; c < k; c++) e += ((z[c]! - (y[i] === c ? 1 : 0)) / m) * W2[u * k + c]!;
          grads[1]![u]! += e;
          for (let j = 0; j < d; j++) grads[0]![j * hidden + u]! += e * x[i * d + j]!;
        }
      }
      params.forEach((p, q) => {
        for (let t = 0; t < p.length; t++) {
          vel[q]![t] = 0.9 * vel[q]![t]! - lr * grads[q]![t]!;
          p[t]! += vel[q]![t]!;
        }
      });
    }
  }
  return [
    { weights: Array.from(W1), bias: Array.from(b1), inputs: d, outputs: hidden },
    { weights: Array.from(W2), bias: Array.from(b2), inputs: hidden, outputs: k },
  ];
}

/** Logits of a dense network (Relu between layers), in float64: the JS reference for parity tests. */
export function forward(layers: DenseLayer[], row: ArrayLike<number>): number[] {
  let cur = Array.from(row);
  layers.forEach((l, li) => {
    const out = Array.from({ length: l.outputs }, (_, c) => {
      let a = l.bias[c]!;
      for (let j = 0; j < l.inputs; j++) a += cur[j]! * l.weights[j * l.outputs + c]!;
      return a;
    });
    cur = li < layers.length - 1 ? out.map((v) => Math.max(0, v)) : out;
  });
  return cur;
}

export function accuracy(layers: DenseLayer[], data: Dataset): number {
  let ok = 0;
  for (let i = 0; i < data.n; i++) {
    const z = forward(layers, data.x.subarray(i * data.d, (i + 1) * data.d));
    if (z.indexOf(Math.max(...z)) === data.y[i]) ok++;
  }
  return ok / data.n;
}

export { mlpModel };
