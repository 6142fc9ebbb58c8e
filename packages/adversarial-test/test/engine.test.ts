/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { nodeFileSystem, silentLogger, systemClock } from '@mlguard/core';
import type { Ports } from '@mlguard/core';
import { adversarialTestTool } from '../src/index.js';
import { optionsOf } from './helpers.js';

const example = join(process.cwd(), 'examples', 'fraud-detection');
const base = { model: 'models/fraud-mlp.onnx', data: 'models/fraud-eval.csv', label: 'is_fraud', features: 'models/fraud-features.yml', criterion: 'directional', eps: ['0.01', '0.02', '0.05', '0.1'], samples: 200, seed: 7, 'budget-queries': 300, 'html-report': '/tmp/adv-test-report.html' };

function ports(): Ports {
  const outputs: Record<string, string> = {};
  return { workspace: example, fs: nodeFileSystem(example), log: silentLogger, clock: systemClock, fetch: async () => { throw new Error('no network'); }, setOutput: (k, v) => (outputs[k] = v) };
}

describe('adversarial-test on the example fraud model', () => {
  it('reports the robust recall curve and gates on it', async () => {
    const r = await adversarialTestTool.run(optionsOf({ ...base, 'min-robust-accuracy': 0.99, 'gate-eps': 0.05 }), ports());



    expect(r.findings.some((f) => f.ruleId === 'ADV-ROBUST-001')).toBe(true);
  });
});
