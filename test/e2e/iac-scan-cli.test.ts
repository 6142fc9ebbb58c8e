import { expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './support/bundle.js';

/** `mlguard iac-scan --format json examples/fraud-detection` finds what is planted, each on its line. */
it('the CLI bundle finds the planted misconfigurations of the example on the right lines', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mlguard-iac-cli-'));
  cpSync(join(REPO_ROOT, 'examples/fraud-detection'), join(cwd, 'examples/fraud-detection'), { recursive: true });
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((res) =>
    execFile(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), 'iac-scan', '--format', 'json', 'examples/fraud-detection'], { cwd, maxBuffer: 1 << 26 }, (err, out) =>
      res({ code: err ? Number(err.code) : 0, stdout: out }),
    ),
  );
  expect(code).toBe(1);
  const result = JSON.parse(stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
  const got = new Set(result.findings.map((f) => `${f.ruleId}@${f.location.path.replace('examples/fraud-detection/', '')}:${f.location.startLine}`));
  const planted = [
    // Terraform: tfvars override, for_each-expanded split S3 resources, local module, SageMaker.
    'IAC-TF-001@infra/terraform/main.tf:33',
    'IAC-TF-001@infra/terraform/modules/model-bucket/main.tf:12',
    'IAC-TF-002@infra/terraform/main.tf:41',
    'IAC-TF-004@infra/terraform/main.tf:23',
    'IAC-TF-005@infra/terraform/main.tf:77',
    'IAC-TF-010@infra/terraform/sagemaker.tf:5',
    'IAC-TF-011@infra/terraform/sagemaker.tf:6',
    'IAC-TF-014@infra/terraform/sagemaker.tf:33',
    'IAC-TF-015@infra/terraform/sagemaker.tf:24',
    'IAC-TF-015@infra/terraform/sagemaker.tf:52',
    'IAC-TF-018@infra/terraform/main.tf:88',
    // Kubernetes, inside the KServe InferenceService, the RayCluster, the PyTorchJob and the Notebook.
    'IAC-K8S-001@infra/k8s/inference-service.yaml:26',
    'IAC-K8S-009@infra/k8s/inference-service.yaml:20',
    'IAC-K8S-010@infra/k8s/inference-service.yaml:4',
    'IAC-K8S-010@infra/k8s/ray-cluster.yaml:11',
    'IAC-K8S-005@infra/k8s/ray-cluster.yaml:14',
    'IAC-K8S-003@infra/k8s/ray-cluster.yaml:19',
    'IAC-K8S-006@infra/k8s/ray-cluster.yaml:39',
    'IAC-K8S-005@infra/k8s/training.yaml:15',
    'IAC-K8S-009@infra/k8s/training.yaml:22',
    'IAC-K8S-010@infra/k8s/training.yaml:40',
    'IAC-K8S-004@infra/k8s/feature-api.yaml:34',
    // CloudFormation, Dockerfile, compose, workflow.
    'IAC-TF-011@infra/cloudformation/sagemaker-endpoint.yaml:15',
    'IAC-TF-001@infra/cloudformation/sagemaker-endpoint.yaml:44',
    'IAC-DOCKER-006@Dockerfile:6',
    'IAC-DOCKER-002@Dockerfile:8',
    'IAC-DOCKER-005@Dockerfile:10',
    'IAC-DOCKER-003@Dockerfile:14',
    'IAC-DOCKER-004@Dockerfile:16',
    'IAC-COMPOSE-001@docker-compose.yml:16',
    'IAC-GHA-001@.github/workflows/retrain.yml:17',
    'IAC-GHA-002@.github/workflows/retrain.yml:24',
    'IAC-GHA-006@.github/workflows/retrain.yml:18',
  ];
  expect(planted.filter((p) => !got.has(p))).toEqual([]);
  // The locked-down production notebook and the hardened Deployment's container raise nothing.
  expect([...got].filter((g) => /sagemaker\.tf:(1[0-9]|2[0-2])$/.test(g))).toEqual([]);
});
