import type { Clock, Logger } from '@mlguard/core';
import type { AttackName } from './attacks/attack.js';
import type { BackendChoice } from './backend/onnx-session.js';
import { evalSetFromTable } from './data.js';
import { evaluateRobustness } from './evaluate.js';
import type { RunConfig } from './evaluate.js';
import { exactLinearMinDistance } from './exact-linear.js';
import { buildSpace } from './features.js';
import { quantile, round } from './stats.js';
import { fraudData, mlpModel, trainLogistic } from './synthetic.js';
import { onnxTarget } from './target/onnx-target.js';

export interface SelfCheckResult {
  model: string;
  samples: number;
  /** Per score/gradient attack: robust accuracy minus the exact robust accuracy at each epsilon (>= 0; 0 is optimal). */
  gaps: { attack: string; eps: number; robustAccuracy: number; exact: number; gap: number }[];
  /** HopSkipJump: median found distance over the exact minimal distance (>= 1; 1 is optimal). */
  minimalNormRatio?: number;
}

/**
 * Runs the configured attacks, norm, epsilons and budgets against a seeded 10-feature logistic
 * regression in ONNX whose minimal adversarial perturbation is known in closed form (box
 * included), on the same backend as the real run. A large gap says the attack configuration is
 * too weak for its robustness figures to mean much: they are upper bounds.
 */
export async function selfCheck(cfg: RunConfig, backend: BackendChoice, clock: Clock, log: Logger): Promise<SelfCheckResult> {
  const d = 10;
  const n = 200;
  const train = fraudData(2000, d, 7);
  const test = fraudData(n, d, 8);
  const layer = trainLogistic(train, 2);
  const names = Array.from({ length: d }, (_, j) => `f${j}`);
  const table = { source: 'self-check', rowCount: n, columns: [...names.map((name, j) => ({ name, type: 'number' as const, values: Array.from({ length: n }, (_, i) => test.x[i * d + j]!) })), { name: 'label', type: 'number' as const, values: test.y }] };
  const set = evalSetFromTable(table, names, 'label');
  const space = buildSpace({ space: 'normalized', features: names.map((name) => ({ name })), oneHot: [] }, true);
  const target = await onnxTarget(mlpModel([layer]), { file: 'self-check linear model', backend, outputKind: 'auto', features: d, probe: set.x.subarray(0, 32 * d), gradients: true, log });
  const crit = { kind: 'untargeted' as const, positive: 1, classes: 2, output: target.output };
  const all = Array.from({ length: n }, (_, i) => i);
  const exact = all.map((i) => {
    const row = Array.from(set.x.subarray(i * d, (i + 1) * d));
    const z = [0, 1].map((c) => layer.bias[c]! + row.reduce((a, v, j) => a + v * layer.weights[j * 2 + c]!, 0));
    const pred = z[1]! > z[0]! ? 1 : 0;
    return pred !== set.labels[i] ? -1 : exactLinearMinDistance(row, layer.weights, layer.bias, 2, pred, new Array(d).fill(0), new Array(d).fill(1), cfg.norm);
  });
  const out: SelfCheckResult = { model: `logistic regression, ${d} features in [0, 1], ${n} samples`, samples: n, gaps: [] };
  try {
    for (const attack of cfg.attacks.filter((a): a is Exclude<AttackName, 'hopskipjump'> => a !== 'hopskipjump')) {
      const r = await evaluateRobustness(target, space, crit, set, all, { ...cfg, attacks: [attack], mode: 'subset', natural: 0 }, clock, log);
      r.perEps.forEach((e) => {
        const ex = exact.filter((v) => v > e.eps).length / n;
        out.gaps.push({ attack, eps: e.eps, robustAccuracy: e.robustAccuracy, exact: round(ex)!, gap: round(e.robustAccuracy - ex)! });
      });
    }
    if (cfg.attacks.includes('hopskipjump')) {
      const r = await evaluateRobustness(target, space, crit, set, all, { ...cfg, eps: [cfg.eps[0]!], attacks: ['hopskipjump'], mode: 'subset', natural: 0 }, clock, log);
      const ex = exact.filter((v) => v > 0 && Number.isFinite(v));
      if (r.minimalNorm?.median) out.minimalNormRatio = round(r.minimalNorm.median / quantile(ex, 0.5), 4)!;
    }
  } finally {
    await target.release();
  }
  return out;
}
