/**
 * adversarial-test benchmark (run: node bench/adversarial-test.mjs). Prints:
 * 1. raw backend throughput on the example fraud model (onnxruntime-node and onnxruntime-web),
 *    batch 1 and batch 300, and the attack's effective queries per second on the same model:
 *    the ratio is the attack's own overhead (scheduling, projection, bookkeeping);
 * 2. Square's and SimBA's mean queries per success at a fixed epsilon;
 * 3. the self-check gap on a 10-feature linear model against the closed-form optimum, next to the
 *    figures recorded in the research notes (their models differ; the gaps are comparable).
 * Figures are ratios or counts measured in this run; nothing is compared with a fixed time.
 */
import { readFileSync } from 'node:fs';
import { nodeFileSystem, silentLogger, systemClock } from '@mlguard/core';
import { readTable } from '@mlguard/dataset';
import { evalSetFromTable } from '../packages/adversarial-test/src/data.js';
import { evaluateRobustness } from '../packages/adversarial-test/src/evaluate.js';
import type { RunConfig } from '../packages/adversarial-test/src/evaluate.js';
import { exactLinearMinDistance } from '../packages/adversarial-test/src/exact-linear.js';
import { buildSpace, parseFeatureSpec } from '../packages/adversarial-test/src/features.js';
import type { Norm } from '../packages/adversarial-test/src/features.js';
import { quantile } from '../packages/adversarial-test/src/stats.js';
import { fraudData, mlpModel, trainLogistic } from '../packages/adversarial-test/src/synthetic.js';
import { onnxTarget } from '../packages/adversarial-test/src/target/onnx-target.js';
import type { Target } from '../packages/adversarial-test/src/target/target.js';

const EX = 'examples/fraud-detection/models';
const cfg = (o: Partial<RunConfig>): RunConfig => ({ norm: 'linf', eps: [0.02], attacks: ['square'], seed: 1, budgetQueries: 1000, totalQueries: 1e9, deadline: Date.now() + 3_600_000, steps: 20, mode: 'subset', natural: 0, ...o });
const now = () => performance.now();

async function time(fn: () => Promise<unknown>, minMs = 400): Promise<number> {
  await fn();
  let n = 0;
  const t0 = now();
  while (now() - t0 < minMs) {
    await fn();
    n++;
  }
  return (now() - t0) / n;
}

const spec = parseFeatureSpec(readFileSync(`${EX}/fraud-features.yml`, 'utf8'), 'fraud-features.yml');
const space = buildSpace(spec, true);
const table = await readTable(`${EX}/fraud-eval.csv`, { fs: nodeFileSystem(process.cwd()), workspace: process.cwd() });
const set = evalSetFromTable(table, spec.features.map((f) => f.name), 'is_fraud');
const model = readFileSync(`${EX}/fraud-mlp.onnx`);
const sample = Array.from({ length: 300 }, (_, i) => i);

console.log('== 1. backend throughput vs attack throughput (example fraud MLP 12-16-2, 300 samples)');
for (const backend of ['node', 'wasm'] as const) {
  const t: Target = await onnxTarget(model, { file: 'fraud-mlp.onnx', backend, outputKind: 'auto', features: set.d, probe: set.x.subarray(0, 64 * set.d), gradients: true, log: silentLogger });
  const one = await time(() => t.predict(set.x.subarray(0, set.d), 1));
  const batch = await time(() => t.predict(set.x.subarray(0, 300 * set.d), 300));
  const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output };
  const t0 = now();
  const r = await evaluateRobustness(t, space, crit, set, sample, cfg({ eps: [0.05], attacks: ['square'], budgetQueries: 1000 }), systemClock, silentLogger);
  const ms = now() - t0;
  const qps = (r.totalQueries / ms) * 1000;
  const raw300 = (300 / batch) * 1000;
  console.log(
    `${t.backend.padEnd(24)} forward: batch 1 ${(1000 / one).toFixed(0)} calls/s; batch 300 ${(1000 / batch).toFixed(0)} calls/s = ${raw300.toFixed(0)} rows/s | square attack: ${r.totalQueries} queries in ${ms.toFixed(0)} ms = ${qps.toFixed(0)} queries/s | attack/raw-batch ratio ${(qps / raw300).toFixed(3)} (overhead x${(raw300 / qps).toFixed(1)})`,
  );
  await t.release();
}

console.log('\n== 2. queries per success at a fixed epsilon (example model, untargeted, linf 0.05, budget 1000)');
{
  const t = await onnxTarget(model, { file: 'fraud-mlp.onnx', backend: 'node', outputKind: 'auto', features: set.d, probe: set.x.subarray(0, 64 * set.d), gradients: true, log: silentLogger });
  const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output };
  for (const attack of ['square', 'simba', 'spsa-pgd', 'pgd'] as const) {
    const r = await evaluateRobustness(t, space, crit, set, sample, cfg({ eps: [0.05], attacks: [attack] }), systemClock, silentLogger);
    const s = r.perEps[0]!.attacks[attack]!;
    console.log(`${attack.padEnd(9)} robust acc ${r.perEps[0]!.robustAccuracy.toFixed(3)}  success ${s.broken}/${s.attempted}  queries per success mean ${s.queriesPerSuccess.mean} median ${s.queriesPerSuccess.median} p90 ${s.queriesPerSuccess.p90}`);
  }
  await t.release();
}

console.log('\n== 3. self-check: 10-feature linear model, 200 samples, gap to the closed-form optimum');
{
  const train = fraudData(2000, 10, 7);
  const test = fraudData(200, 10, 8);
  const layer = trainLogistic(train, 2);
  const names = Array.from({ length: 10 }, (_, j) => `f${j}`);
  const lin = { source: 'synthetic', rowCount: 200, columns: [...names.map((name, j) => ({ name, type: 'number' as const, values: Array.from({ length: 200 }, (_, i) => test.x[i * 10 + j]!) })), { name: 'label', type: 'number' as const, values: test.y }] };
  const lset = evalSetFromTable(lin, names, 'label');
  const lspace = buildSpace({ space: 'normalized', features: names.map((name) => ({ name })), oneHot: [] }, true);
  const t = await onnxTarget(mlpModel([layer]), { file: 'linear.onnx', backend: 'node', outputKind: 'auto', features: 10, probe: lset.x.subarray(0, 320), gradients: true, log: silentLogger });
  const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output };
  const all = Array.from({ length: 200 }, (_, i) => i);
  for (const norm of ['linf', 'l2'] as Norm[]) {
    const exact = all.map((i) => {
      const row = Array.from(lset.x.subarray(i * 10, (i + 1) * 10));
      const z = [0, 1].map((c) => layer.bias[c]! + row.reduce((a, v, j) => a + v * layer.weights[j * 2 + c]!, 0));
      const pred = z[1]! > z[0]! ? 1 : 0;
      return pred !== lset.labels[i] ? -1 : exactLinearMinDistance(row, layer.weights, layer.bias, 2, pred, new Array(10).fill(0), new Array(10).fill(1), norm);
    });
    const grid = norm === 'linf' ? [0.02, 0.05, 0.1] : [0.05, 0.1, 0.2];
    for (const attack of ['pgd', 'square', 'simba', 'spsa-pgd'] as const) {
      const r = await evaluateRobustness(t, lspace, crit, lset, all, cfg({ norm, eps: grid, attacks: [attack] }), systemClock, silentLogger);
      const gaps = r.perEps.map((e, k) => (e.robustAccuracy - exact.filter((v) => v > grid[k]!).length / 200).toFixed(3));
      console.log(`${norm} ${attack.padEnd(9)} RA - exact RA at eps ${grid.join('/')}: ${gaps.join(' / ')}`);
    }
    for (const budget of [2000, 10000]) {
      const r = await evaluateRobustness(t, lspace, crit, lset, all, cfg({ norm, eps: [grid[0]!], attacks: ['hopskipjump'], budgetQueries: budget }), systemClock, silentLogger);
      const ex = exact.filter((v) => v > 0 && Number.isFinite(v));
      console.log(`${norm} hopskipjump ${budget} queries: median found/exact distance ${(r.minimalNorm!.median! / quantile(ex, 0.5)).toFixed(3)}`);
    }
  }
  await t.release();
  console.log('notes (their fraud-linear model): SPSA q=10 RA gap +0.035 at linf 0.1, Square/SimBA 0.000; HSJA median ratio 1.116 at 2k, 1.075 at 10k (L2)');
}
