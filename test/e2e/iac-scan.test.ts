import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, pushEvent, runBundle, startFakeGitHub, type BundleRun, type FakeGitHub } from '@mlguard/testkit';
import { REPO_ROOT } from './support/bundle.js';
import { sarifSchemaErrors } from '../../packages/core/test/support/sarif-schema.js';

/**
 * The committed iac-scan bundle (with its embedded tree-sitter WASM) run as the runner runs it on a
 * copy of the example project: annotations on the Terraform lines, the check run with them, the
 * resolution chain in the message, the suppression inventory in the summary.
 */

const BUNDLE = join(REPO_ROOT, 'dist/iac-scan/index.js');
const EXAMPLE = join(REPO_ROOT, 'examples/fraud-detection');
const TOKEN = 'ghs_e2eIacScanToken12';
let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  workspace = mkdtempSync(join(tmpdir(), 'mlguard-iac-scan-'));
  for (const p of ['infra', 'Dockerfile', 'docker-compose.yml', '.github']) cpSync(join(EXAMPLE, p), join(workspace, p), { recursive: true });
});
afterAll(async () => {
  await fake.close();
});

const noStackTrace = (r: BundleRun) => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/node:internal|TypeError|RuntimeError/);
};
const annotations = (r: BundleRun, level: string) => r.commands.filter((c) => c.command === level && c.properties.file).map((c) => `${c.properties.file}:${c.properties.line}`);

describe('iac-scan action on the example project', () => {
  it('annotates the Terraform lines and fails the check run on a pull request', async () => {
    const r = await runBundle(BUNDLE, { event: pullRequestEvent(), fake, workspace, inputs: { paths: 'infra/terraform', token: TOKEN } });
    noStackTrace(r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs.blocking)).toBeGreaterThan(5);
    const errors = annotations(r, 'error');
    expect(errors).toEqual(expect.arrayContaining(['infra/terraform/main.tf:33', 'infra/terraform/modules/model-bucket/main.tf:12']));
    expect(annotations(r, 'error').length + annotations(r, 'warning').length).toBeGreaterThan(5);
    const acl = r.commands.find((c) => c.properties.file === 'infra/terraform/main.tf' && c.properties.line === '33')!;
    expect(acl.message).toContain('var.dataset_acl = "public-read" (infra/terraform/terraform.tfvars:2)');

    const check = fake.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'mlguard/iac-scan', head_sha: SHAS.head, status: 'completed', conclusion: 'failure' });
    const at = check.annotations.map((a) => `${a.path}:${a.start_line}:${a.annotation_level}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'infra/terraform/main.tf:33:failure', // aws_s3_bucket_acl via var.dataset_acl from terraform.tfvars
        'infra/terraform/sagemaker.tf:5:failure', // direct_internet_access via tfvars
        'infra/terraform/sagemaker.tf:6:failure', // root_access
        'infra/terraform/sagemaker.tf:52:failure', // the training step inside the pipeline heredoc
        'infra/terraform/modules/model-bucket/main.tf:12:failure', // acl inside the local module
      ]),
    );
    expect(fake.validationErrors).toEqual([]);
    expect(r.summary).toContain('Inline suppressions');
    expect(r.summary).toMatch(/trivy \| AVD-AWS-0087 .* \| 2025-01-31 \| expired/);
    const result = JSON.parse(readFileSync(join(workspace, 'mlguard-iac-scan.json'), 'utf8'));
    expect(result.gate.expiredSuppressions.map((s: { id: string }) => s.id)).toContain('AVD-AWS-0087');
    const sarif = JSON.parse(readFileSync(join(workspace, 'mlguard-iac-scan.sarif'), 'utf8'));
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    for (const res of results) {
      expect(res.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^infra\/terraform\//);
    }
  });

  it('scans every framework of the example from its config, and warn-only passes on push', async () => {
    const r = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, 'warn-only': 'true', 'check-run': 'false', 'pr-comment': 'never' } });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(readFileSync(join(workspace, 'mlguard-iac-scan.json'), 'utf8'));
    const files = new Set(result.findings.map((f: { location: { path: string } }) => f.location.path));
    for (const f of ['Dockerfile', 'docker-compose.yml', '.github/workflows/retrain.yml', 'infra/k8s/inference-service.yaml', 'infra/k8s/ray-cluster.yaml', 'infra/cloudformation/sagemaker-endpoint.yaml', 'infra/terraform/main.tf']) {
      expect(files).toContain(f);
    }
    expect(result.metrics.filesByFramework).toMatchObject({ terraform: 4, kubernetes: 6, cloudformation: 1, dockerfile: 1, compose: 1, 'github-actions': 2 });
  });

  it('still annotates on a fork pull request whose token cannot write', async () => {
    fake.fork = true;
    try {
      const r = await runBundle(BUNDLE, { event: pullRequestEvent(), fake, workspace, inputs: { paths: 'infra/k8s', token: TOKEN } });
      noStackTrace(r);
      expect(r.exitCode).toBe(1);
      expect(annotations(r, 'error')).toEqual(expect.arrayContaining(['infra/k8s/inference-service.yaml:26']));
    } finally {
      fake.fork = false;
    }
  });
});
