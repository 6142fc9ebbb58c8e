import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, pushEvent, runBundle, startFakeGitHub, type BundleRun, type FakeGitHub } from '@mlguard/testkit';
import { REPO_ROOT } from './support/bundle.js';

/**
 * The committed model-sign bundle run as the runner runs it, on a copy of the example project:
 * sign with a key on push, verify on a pull request, then a tampered weight file shows up as an
 * annotation on that file and fails the check.
 */

const BUNDLE = join(REPO_ROOT, 'dist/model-sign/index.js');
const EXAMPLE = join(REPO_ROOT, 'examples/fraud-detection');
const TOKEN = 'ghs_e2eModelSignToken1';
let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  workspace = mkdtempSync(join(tmpdir(), 'mlguard-model-sign-'));
  cpSync(join(EXAMPLE, 'model'), join(workspace, 'model'), { recursive: true });
  cpSync(join(EXAMPLE, 'model-legacy'), join(workspace, 'model-legacy'), { recursive: true });
  rmSync(join(workspace, 'model/fraud-model/model.sig'));
});
afterAll(async () => {
  await fake.close();
});

const noStackTrace = (r: BundleRun) => expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('model-sign action', () => {
  it('signs the example model with a key on push', async () => {
    const r = await runBundle(BUNDLE, {
      event: pushEvent(),
      fake,
      workspace,
      inputs: { command: 'sign', paths: 'model/fraud-model', 'private-key': readFileSync(join(workspace, 'model/demo-keys/demo-signing-key.pem'), 'utf8'), token: TOKEN, 'pr-comment': 'never' },
    });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['root-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['signature-file']).toBe('model/fraud-model/model.sig');
    expect(existsSync(join(workspace, 'model/fraud-model/model.sig'))).toBe(true);
    const bundle = JSON.parse(readFileSync(join(workspace, 'model/fraud-model/model.sig'), 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(r.summary).toContain('Model signed (key)');
  });

  it('verifies it on a pull request', async () => {
    const r = await runBundle(BUNDLE, {
      event: pullRequestEvent(),
      fake,
      workspace,
      inputs: { command: 'verify', paths: 'model/fraud-model', 'public-key': 'model/demo-keys/demo-signing-key.pub', token: TOKEN, 'deploy-snippet': 'kserve' },
    });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs.passed).toBe('true');
    expect(r.summary).toContain('✅ verified');
    expect(r.summary).toContain('kind: InferenceService');
    const check = fake.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'mlguard/model-sign', head_sha: SHAS.head, conclusion: 'success' });
  });

  it('shows a tampered file as an annotation on that file and fails', async () => {
    const weights = join(workspace, 'model/fraud-model/model.safetensors');
    const bytes = readFileSync(weights);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(weights, bytes);
    const r = await runBundle(BUNDLE, {
      event: pullRequestEvent(),
      fake,
      workspace,
      inputs: { command: 'verify', paths: 'model/fraud-model', 'public-key': 'model/demo-keys/demo-signing-key.pub', token: TOKEN },
    });
    noStackTrace(r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verified).toBe('false');
    const errors = r.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toEqual([expect.objectContaining({ properties: expect.objectContaining({ file: 'model/fraud-model/model.safetensors' }) })]);
    expect(errors[0]!.message).toMatch(/changed since it was signed/);
    expect(fake.checkRuns.at(-1)).toMatchObject({ name: 'mlguard/model-sign', conclusion: 'failure' });
  });

  it('scans the legacy model and refuses keyless signing on a fork pull request with advice', async () => {
    const scan = await runBundle(BUNDLE, { event: pullRequestEvent(), fake, workspace, inputs: { command: 'scan', paths: 'model-legacy', token: TOKEN } });
    expect(scan.exitCode).toBe(1);
    const files = scan.commands.filter((c) => c.command === 'error' && c.properties.file).map((c) => c.properties.file).sort();
    expect(files).toEqual(['model-legacy/fraud_model_v0.pt', 'model-legacy/preprocessor.joblib']);

    const keyless = await runBundle(BUNDLE, { event: pullRequestEvent({ fork: true }), fake, workspace, inputs: { command: 'sign', paths: 'model/fraud-model', token: TOKEN } });
    noStackTrace(keyless);
    expect(keyless.exitCode).toBe(2);
    expect(`${keyless.stdout}${keyless.stderr}`).toMatch(/keyless signing needs an OIDC token/);
    expect(`${keyless.stdout}${keyless.stderr}`).toMatch(/sign on push, tag or release/);
  });
});
