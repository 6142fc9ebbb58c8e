import { jest, afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, runBundle, startFakeGitHub, startFakeResults, type BundleRun, type FakeGitHub, type FakeResults } from '@mlguard/testkit';
import { REPO_ROOT } from './support/bundle.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

/**
 * The committed adversarial-test bundle run as the runner runs it on a copy of the example
 * project. The bundle is copied (with actions/adversarial-test/ and its WASM binary) to a folder with no node_modules, as on a
 * runner that checked out only the action: it must fall back to onnxruntime-web and still work.
 */

const EXAMPLE = join(REPO_ROOT, 'examples/fraud-detection');
const TOKEN = 'ghs_e2eAdversarialToken1';
let fake: FakeGitHub;
let results: FakeResults;
let workspace: string;
let bundle: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  results = await startFakeResults();
  workspace = mkdtempSync(join(tmpdir(), 'mlguard-adv-ws-'));
  for (const p of ['models', '.github']) cpSync(join(EXAMPLE, p), join(workspace, p), { recursive: true });
  const action = mkdtempSync(join(tmpdir(), 'mlguard-adv-action-'));
  // the action as a runner checks it out: dist/ plus actions/adversarial-test/ (the WASM binary), no node_modules
  cpSync(join(REPO_ROOT, 'dist/adversarial-test'), join(action, 'dist/adversarial-test'), { recursive: true });
  cpSync(join(REPO_ROOT, 'actions/adversarial-test'), join(action, 'actions/adversarial-test'), { recursive: true });
  bundle = join(action, 'dist/adversarial-test/index.js');
});
afterAll(async () => {
  await fake.close();
  await results.close();
});

const noStackTrace = (r: BundleRun) => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/node:internal|TypeError|RuntimeError/);
};
// a fast variant of the example's config, same model, data and feature spec
const FAST = { samples: '120', 'budget-queries': '150', eps: '0.005,0.01,0.02' };

describe('adversarial-test action on the example fraud model', () => {
  it('passes the configured gate on the WASM backend and reports the curve', async () => {
    const r = await runBundle(bundle, { event: pullRequestEvent(), fake, results, workspace, inputs: { ...FAST, token: TOKEN }, timeoutMs: 240_000 });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    // the HTML report travels in the run's artifact beside the result JSON and SARIF
    const artifact = results.files('mlguard-adversarial-test', r.artifactRun);
    expect(Object.keys(artifact).sort()).toEqual(['mlguard-adversarial-test.html', 'mlguard-adversarial-test.json', 'mlguard-adversarial-test.sarif']);
    expect(artifact['mlguard-adversarial-test.html']!.toString()).toContain('<svg');
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['html-report']).toBe('mlguard-adversarial-test.html');
    expect(Object.keys(JSON.parse(r.outputs['robust-accuracy']!))).toEqual(['0.005', '0.01', '0.02']);
    expect(r.summary).toContain('xychart-beta');
    expect(readFileSync(join(workspace, 'mlguard-adversarial-test.html'), 'utf8')).toContain('<svg');
    const result = JSON.parse(readFileSync(r.outputs['result-file']!, 'utf8'));
    expect(result.metrics.backend).toBe('onnxruntime-web 1.30.0');
    expect(result.metrics.gradient.method).toBe('graph');
    expect(fake.checkRuns.at(-1)).toMatchObject({ name: 'mlguard/adversarial-test', head_sha: SHAS.head, conclusion: 'success' });
    // the evasion warning points at the CSV line of the example row it names
    const evasion = r.commands.find((c) => c.command === 'warning' && c.properties.file === 'models/fraud-eval.csv');
    const row = Number(/data row (\d+)/.exec(evasion!.message)![1]);
    expect(Number(evasion!.properties.line)).toBe(row + 1);
  });

  it('fails the gate when the threshold is raised above what the model achieves', async () => {
    const r = await runBundle(bundle, { event: pullRequestEvent(), fake, workspace, inputs: { ...FAST, 'min-robust-accuracy': '0.99', token: TOKEN }, timeoutMs: 240_000 });
    noStackTrace(r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    const err = r.commands.find((c) => c.command === 'error' && c.properties.file === 'models/fraud-mlp.onnx');
    expect(err?.message).toMatch(/robust recall at linf eps 0\.01 is .* below the required 99\.0%/);
    expect(fake.checkRuns.at(-1)).toMatchObject({ name: 'mlguard/adversarial-test', conclusion: 'failure' });
  });

  it('a truncated model is a clean input error (exit 2), not a crash', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'mlguard-adv-bad-'));
    cpSync(workspace, bad, { recursive: true });
    const bytes = readFileSync(join(bad, 'models/fraud-mlp.onnx'));
    (await import('node:fs')).writeFileSync(join(bad, 'models/fraud-mlp.onnx'), bytes.subarray(0, 700));
    const r = await runBundle(bundle, { event: pullRequestEvent(), fake, workspace: bad, inputs: { ...FAST, token: TOKEN }, timeoutMs: 240_000 });
    noStackTrace(r);
    expect(r.exitCode).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toMatch(/models\/fraud-mlp\.onnx: cannot load the ONNX model/);
  });
});
