import { silentLogger, systemClock } from '@mlguard/core';
import type { Table } from '@mlguard/dataset';
import { evalSetFromTable } from '../src/data.js';
import type { EvalSet } from '../src/data.js';
import { buildSpace } from '../src/features.js';
import type { FeatureSpec, Space } from '../src/features.js';
import type { Dataset } from '../src/synthetic.js';
import { onnxTarget } from '../src/target/onnx-target.js';
import type { Target } from '../src/target/target.js';
import type { RunConfig } from '../src/evaluate.js';

export function tableOf(data: Dataset, source = 'memory.csv'): Table {
  return {
    source,
    rowCount: data.n,
    columns: [
      ...Array.from({ length: data.d }, (_, j) => ({ name: `f${j}`, type: 'number' as const, values: Array.from({ length: data.n }, (_, i) => data.x[i * data.d + j]!) })),
      { name: 'label', type: 'number' as const, values: data.y },
    ],
  };
}

export function normalizedSpec(d: number): FeatureSpec {
  return { space: 'normalized', features: Array.from({ length: d }, (_, j) => ({ name: `f${j}` })), oneHot: [] };
}

export function evalSetOf(data: Dataset): { set: EvalSet; space: Space } {
  const spec = normalizedSpec(data.d);
  return { set: evalSetFromTable(tableOf(data), spec.features.map((f) => f.name), 'label'), space: buildSpace(spec, true) };
}

export async function targetOf(bytes: Uint8Array, set: EvalSet, backend: 'auto' | 'node' | 'wasm' = 'auto', gradients = true): Promise<Target> {
  return onnxTarget(bytes, { file: 'model.onnx', backend, outputKind: 'auto', features: set.d, probe: set.x.subarray(0, Math.min(set.n, 32) * set.d), gradients, log: silentLogger });
}

export function config(over: Partial<RunConfig>): RunConfig {
  return { norm: 'linf', eps: [0.05], attacks: ['pgd', 'square', 'simba'], seed: 1, budgetQueries: 1000, totalQueries: 1e9, deadline: Date.now() + 600_000, steps: 20, mode: 'subset', natural: 0, ...over };
}

export const clock = systemClock;
export const log = silentLogger;

import type { Options } from '@mlguard/core';
import { ADVERSARIAL_OPTIONS } from '../src/options.js';

/** Options as the pipeline resolves them: given values over the spec's defaults. */
export function optionsOf(values: Record<string, unknown>): Options {
  const get = (name: string) => {
    if (name in values) return values[name];
    const spec = ADVERSARIAL_OPTIONS.find((o) => o.name === name);
    return spec && 'default' in spec ? spec.default : undefined;
  };
  return {
    string: (n) => get(n) as string | undefined,
    boolean: (n) => get(n) as boolean | undefined,
    number: (n) => get(n) as number | undefined,
    list: (n) => get(n) as string[] | undefined,
    object: (n) => get(n),
    source: (n) => (n in values ? `.github/mlguard.yml:${10 + Object.keys(values).indexOf(n)}` : 'default'),
  };
}
