/**
 * Generates the example project's fraud model (examples/fraud-detection/models/): a seeded
 * synthetic card-transaction set, a 12-16-2 ReLU MLP trained on it in plain TypeScript, exported
 * to ONNX with its standardisation inside the graph (Sub/Div, as a PyTorch export would carry
 * it), plus the evaluation set and the feature spec. Run:
 *   node packages/adversarial-test/scripts/run-ts.mjs packages/adversarial-test/scripts/example-model.ts
 * Output is byte-identical for the same seed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { floatTensor, modelBytes, node, tensorInput } from '../src/onnx/build.js';
import { rngFor } from '../src/rng.js';
import { forward, trainMlp } from '../src/synthetic.js';

const out = process.argv[2] ?? 'examples/fraud-detection/models';
const SEED = 2026;

interface Feature {
  name: string;
  min: number;
  max: number;
  integer?: boolean;
  immutable?: boolean;
  monotone?: 'increase' | 'decrease';
  note: string;
}
const FEATURES: Feature[] = [
  { name: 'amount', min: 0, max: 5000, note: 'transaction amount, USD' },
  { name: 'hour', min: 0, max: 23, integer: true, note: 'local hour of the transaction' },
  { name: 'merchant_risk', min: 0, max: 1, note: 'merchant risk score from the acquirer' },
  { name: 'distance_from_home_km', min: 0, max: 500, note: 'distance between the merchant and the cardholder address' },
  { name: 'txn_count_24h', min: 0, max: 50, integer: true, note: 'card transactions in the last 24 hours' },
  { name: 'account_age_days', min: 0, max: 3650, integer: true, monotone: 'increase', note: 'an attacker can wait, never make an account younger' },
  { name: 'amount_to_avg_ratio', min: 0, max: 20, note: 'amount over the customer\'s average amount' },
  { name: 'customer_age', min: 18, max: 90, integer: true, immutable: true, note: 'fixed by the cardholder record' },
  { name: 'foreign_merchant', min: 0, max: 1, integer: true, immutable: true, note: 'merchant country differs from the card country' },
  { name: 'channel_online', min: 0, max: 1, integer: true, note: 'one-hot channel' },
  { name: 'channel_pos', min: 0, max: 1, integer: true, note: 'one-hot channel' },
  { name: 'channel_atm', min: 0, max: 1, integer: true, note: 'one-hot channel' },
];
const d = FEATURES.length;

function generate(n: number, stream: string): { x: Float64Array; y: number[] } {
  const rng = rngFor(SEED, stream);
  const x = new Float64Array(n * d);
  const y: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const fraudish = rng.next() < 0.25;
    const amount = Math.min(5000, Math.exp(3.5 + 1.1 * rng.gaussian() + (fraudish ? 0.9 : 0)));
    const hour = Math.min(23, Math.max(0, Math.round(fraudish && rng.next() < 0.5 ? 2 + 3 * rng.next() : 8 + 13 * rng.next())));
    const merchantRisk = Math.min(1, Math.max(0, 0.2 + 0.15 * rng.gaussian() + (fraudish ? 0.25 : 0)));
    const distance = Math.min(500, Math.abs(15 * rng.gaussian() + (fraudish ? 120 * rng.next() : 0)));
    const count = Math.min(50, Math.round(Math.abs(2 + 2 * rng.gaussian() + (fraudish ? 5 * rng.next() : 0))));
    const age = Math.min(3650, Math.round(Math.abs(900 + 700 * rng.gaussian()) * (fraudish ? 0.5 : 1)));
    const ratio = Math.min(20, Math.max(0, amount / Math.max(20, Math.exp(3.5 + 0.6 * rng.gaussian()))));
    const custAge = Math.round(Math.min(90, Math.max(18, 45 + 14 * rng.gaussian())));
    const foreign = rng.next() < (fraudish ? 0.3 : 0.05) ? 1 : 0;
    const ch = rng.next();
    const channel = ch < (fraudish ? 0.7 : 0.45) ? 0 : ch < 0.93 ? 1 : 2;
    const row = [amount, hour, merchantRisk, distance, count, age, ratio, custAge, foreign, channel === 0 ? 1 : 0, channel === 1 ? 1 : 0, channel === 2 ? 1 : 0];
    row.forEach((v, j) => (x[i * d + j] = Math.round(v * 100) / 100));
    const s =
      1.2 * Math.log1p(amount / 100) + 3 * merchantRisk + 0.012 * distance + 0.25 * count - 0.0009 * age + 0.35 * Math.min(ratio, 8) + 1.1 * foreign + 0.8 * (channel === 0 ? 1 : 0) + (hour < 6 ? 0.9 : 0) + 0.6 * rng.gaussian();
    scores.push(s);
  }
  const sorted = [...scores].sort((a, b) => b - a);
  const cut = sorted[Math.floor(n * 0.15)]!;
  scores.forEach((s) => y.push(s > cut ? 1 : 0));
  return { x, y };
}

const train = generate(6000, 'train');
const evalSet = generate(1000, 'eval');

// Standardisation constants from the training set; they become Sub/Div nodes in the graph.
const mean = new Float64Array(d);
const std = new Float64Array(d);
for (let j = 0; j < d; j++) {
  let s = 0;
  for (let i = 0; i < 6000; i++) s += train.x[i * d + j]!;
  mean[j] = s / 6000;
  let v = 0;
  for (let i = 0; i < 6000; i++) v += (train.x[i * d + j]! - mean[j]!) ** 2;
  std[j] = Math.sqrt(v / 6000) || 1;
}
const z = Float64Array.from(train.x, (v, t) => (v - mean[t % d]!) / std[t % d]!);
const layers = trainMlp({ x: z, y: train.y, n: 6000, d }, 16, 2, SEED, { epochs: 60, lr: 0.02 });

const bytes = modelBytes(
  {
    name: 'fraud_mlp',
    node: [
      node('Sub', ['transaction', 'mean'], ['centred']),
      node('Div', ['centred', 'std'], ['scaled']),
      node('Gemm', ['scaled', 'W0', 'b0'], ['h0']),
      node('Relu', ['h0'], ['a0']),
      node('Gemm', ['a0', 'W1', 'b1'], ['logits']),
      node('Softmax', ['logits'], ['probabilities'], { axis: 1 }),
    ],
    initializer: [
      floatTensor('mean', [d], mean),
      floatTensor('std', [d], std),
      floatTensor('W0', [d, 16], layers[0].weights),
      floatTensor('b0', [16], layers[0].bias),
      floatTensor('W1', [16, 2], layers[1].weights),
      floatTensor('b1', [2], layers[1].bias),
    ],
    input: [tensorInput('transaction', ['N', d])],
    output: [tensorInput('logits', ['N', 2]), tensorInput('probabilities', ['N', 2])],
  },
  { metadata: { description: 'mlguard example fraud model: 12-16-2 MLP on synthetic card transactions', seed: String(SEED) } },
);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'fraud-mlp.onnx'), bytes);
const header = [...FEATURES.map((f) => f.name), 'is_fraud'].join(',');
const lines = Array.from({ length: 1000 }, (_, i) => [...Array.from(evalSet.x.subarray(i * d, (i + 1) * d)), evalSet.y[i]].join(','));
writeFileSync(join(out, 'fraud-eval.csv'), `${header}\n${lines.join('\n')}\n`);
const spec = [
  '# Feature spec of models/fraud-mlp.onnx, in model input order (generated by',
  '# packages/adversarial-test/scripts/example-model.ts). Epsilon is a share of each',
  '# feature\'s [min, max] range; immutable features are never changed by an attack.',
  'space: raw',
  'features:',
  ...FEATURES.map(
    (f) =>
      `  - { name: ${f.name}, min: ${f.min}, max: ${f.max}${f.integer ? ', integer: true' : ''}${f.immutable ? ', immutable: true' : ''}${f.monotone ? `, monotone: ${f.monotone}` : ''} }  # ${f.note}`,
  ),
  'one-hot:',
  '  - [channel_online, channel_pos, channel_atm]',
  '',
];
writeFileSync(join(out, 'fraud-features.yml'), spec.join('\n'));

// Report the model's quality so the generator's output can be judged.
let ok = 0;
let tp = 0;
let pos = 0;
for (let i = 0; i < 1000; i++) {
  const row = Array.from(evalSet.x.subarray(i * d, (i + 1) * d), (v, j) => (v - mean[j]!) / std[j]!);
  const zz = forward(layers, row);
  const pred = zz[1]! > zz[0]! ? 1 : 0;
  if (pred === evalSet.y[i]) ok++;
  if (evalSet.y[i] === 1) {
    pos++;
    if (pred === 1) tp++;
  }
}
console.log(`fraud-mlp.onnx: ${bytes.length} bytes; eval accuracy ${(ok / 1000).toFixed(3)}, fraud recall ${(tp / pos).toFixed(3)} (${pos} frauds)`);
