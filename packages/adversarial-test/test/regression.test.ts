/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeTool, nodeFileSystem, rawOptionsFrom, silentLogger, systemClock } from '@mlguard/core';
import { adversarialTestTool } from '../src/index.js';
import { fraudData, mlpModel, trainLogistic } from '../src/synthetic.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

/**
 * The regression gate: the head model leans on a feature that is constant in the data (so its
 * clean decisions barely change) but that an attacker can move, which makes it far less robust
 * than the base model on identical samples, seeds and budgets.
 */
describe('regression gate against the base branch model', () => {
  it('fails with a significant paired test when robustness drops by more than the margin', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mlguard-adv-reg-'));
    const data = fraudData(600, 5, 71);
    const layer = trainLogistic(data, 2, { epochs: 300 });
    const names = ['f0', 'f1', 'f2', 'f3', 'f4', 'lever'];
    const rows = Array.from({ length: data.n }, (_, i) => [...Array.from(data.x.subarray(i * 5, (i + 1) * 5)), 0.5, data.y[i]].join(','));
    writeFileSync(join(ws, 'eval.csv'), `${[...names, 'label'].join(',')}\n${rows.join('\n')}\n`);
    writeFileSync(join(ws, 'features.yml'), `space: normalized\nfeatures: [${names.join(', ')}]\n`);
    const W = (lever: number) => [...Array.from(layer.weights), 0, lever];
    writeFileSync(join(ws, 'base.onnx'), mlpModel([{ inputs: 6, outputs: 2, weights: W(0), bias: layer.bias }]));
    writeFileSync(join(ws, 'head.onnx'), mlpModel([{ inputs: 6, outputs: 2, weights: W(30), bias: [layer.bias[0]!, layer.bias[1]! - 15] }]));
    const ports = { workspace: ws, fs: nodeFileSystem(ws), log: silentLogger, clock: systemClock, fetch: async () => new Response('') };
    const raw = { model: 'head.onnx', 'base-model': 'base.onnx', data: 'eval.csv', features: 'features.yml', eps: '0.02,0.05', 'gate-eps': '0.05', samples: '200', attack: 'pgd,square', 'budget-queries': '200', config: '' };
    const run = await executeTool(adversarialTestTool, rawOptionsFrom(raw), ports);
    const reg = (run.result.metrics as { regression: { baseValue: number; headValue: number; drop: number; pValue: number; failed: boolean } }).regression;
    expect(reg.failed).toBe(true);
    expect(reg.drop).toBeGreaterThan(0.1);
    expect(reg.pValue).toBeLessThan(0.05);
    const f = run.result.findings.find((x) => x.ruleId === 'ADV-ROBUST-002')!;
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(/dropped from \d+\.\d% \(base\.onnx\) to \d+\.\d%.*McNemar p = 0\.0/);
    expect(run.result.gate.passed).toBe(false);

    // the same model on both sides: no regression
    const same = await executeTool(adversarialTestTool, rawOptionsFrom({ ...raw, model: 'base.onnx' }), ports);
    expect(same.result.findings.some((x) => x.ruleId === 'ADV-ROBUST-002')).toBe(false);
  });
});
