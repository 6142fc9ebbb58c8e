import { describe, expect, it } from '@jest/globals';
import { isMlguardError } from '@mlguard/core';
import { runOn } from './support/engine.js';
import { workspace } from './support/workspace.js';

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: a:1\n      securityContext:\n        privileged: true\n`;

describe('changed-files-only', () => {
  const dir = workspace({
    'k8s/changed.yaml': POD('changed'),
    'k8s/untouched.yaml': POD('untouched'),
    'tf/a.tf': 'module "nb" {\n  source = "../modules/nb"\n  root   = var.root\n}\n',
    'tf/b.tf': 'variable "root" {\n  default = "Enabled"\n}\n',
    'modules/nb/main.tf': 'variable "root" {}\nresource "aws_sagemaker_notebook_instance" "x" {\n  name        = "x"\n  root_access = var.root\n}\n',
    'other/main.tf': 'resource "aws_sagemaker_model" "m" {\n  name = "m"\n}\n',
  });

  it('scans only the changed files, with the rest of their Terraform module and the local modules it calls', async () => {
    const r = await runOn(dir, { 'changed-files-only': true, 'changed-files': ['k8s/changed.yaml', 'tf/a.tf', 'deleted.tf'] });
    const paths = new Set(r.findings.map((f) => f.location!.path));
    expect([...paths].sort()).toEqual(['k8s/changed.yaml', 'modules/nb/main.tf']);
    const root = r.findings.find((f) => f.ruleId === 'IAC-TF-011')!;
    expect(root.message).toContain('var.root = "Enabled" (tf/b.tf:2)');
  });

  it('needs the list of changed files', async () => {
    const e = await runOn(dir, { 'changed-files-only': true }).catch((x: unknown) => x);
    expect(isMlguardError(e) && e.kind).toBe('usage');
  });
});

it('a var-file that does not exist is a usage error, not a silent pass', async () => {
  const e = await runOn(workspace({ 'main.tf': 'variable "x" {}\n' }), { 'var-files': ['missing.tfvars'] }).catch((x: unknown) => x);
  expect(isMlguardError(e) && e.kind).toBe('usage');
});

it('finds minified CloudFormation JSON and leaves other JSON alone', async () => {
  const r = await runOn(
    workspace({
      'cdk.out/Stack.template.json': '{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"AccessControl":"PublicRead"}}}}',
      'package.json': '{"name": "x", "version": "1.0.0"}',
    }),
  );
  expect(r.findings.filter((f) => f.ruleId === 'IAC-TF-001').map((f) => f.location!.path)).toEqual(['cdk.out/Stack.template.json']);
  expect(r.metrics.filesByFramework).toEqual({ cloudformation: 1 });
});
