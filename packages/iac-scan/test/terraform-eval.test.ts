import { describe, expect, it } from '@jest/globals';
import { at, runOn } from './support/engine.js';
import { workspace } from './support/workspace.js';

const nb = (attrs: string) => `resource "aws_sagemaker_notebook_instance" "nb" {\n  name = "nb"\n${attrs}\n}\n`;

describe('Terraform evaluation', () => {
  it('resolves variables from defaults, terraform.tfvars, *.auto.tfvars and var-files, in Terraform order, and shows the chain', async () => {
    const dir = workspace({
      'tf/vars.tf': 'variable "root" {\n  default = "Disabled"\n}\nvariable "net" {\n  default = "Disabled"\n}\n',
      'tf/main.tf': nb('  root_access = var.root\n  direct_internet_access = var.net'),
      'tf/terraform.tfvars': 'root = "Enabled"\n',
      'tf/z.auto.tfvars': 'net = "Disabled"\n',
      'prod.tfvars': 'net = "Enabled"\n',
    });
    const plain = await runOn(dir);
    const root = plain.findings.find((f) => f.ruleId === 'IAC-TF-011')!;
    expect(at(root)).toBe('IAC-TF-011@tf/main.tf:3');
    expect(root.message).toContain('var.root = "Enabled" (tf/terraform.tfvars:1)');
    expect(plain.findings.some((f) => f.ruleId === 'IAC-TF-010')).toBe(false);
    const withVarFile = await runOn(dir, { 'var-files': ['prod.tfvars'] });
    const net = withVarFile.findings.find((f) => f.ruleId === 'IAC-TF-010')!;
    expect(net.message).toContain('var.net = "Enabled" (prod.tfvars:1)');
  });

  it('evaluates locals, templates, heredocs, conditionals and common functions', async () => {
    const dir = workspace({
      'main.tf': `locals {
  modes  = { dev = "Enabled", prod = "Disabled" }
  env    = lower("DEV")
  name   = format("%s-%s", "nb", local.env)
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*"}]}
  EOT
}
resource "aws_sagemaker_notebook_instance" "nb" {
  name                   = "\${local.name}"
  root_access            = lookup(local.modes, local.env, "Disabled")
  direct_internet_access = length(local.name) > 3 ? "Disabled" : "Enabled"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "x"
  policy = local.policy
}
resource "aws_ecr_repository" "r" {
  name                 = "r"
  image_tag_mutability = upper(join("", ["immut", "able"]))
  image_scanning_configuration {
    scan_on_push = contains(concat(["a"], ["b"]), "b") && tobool("true")
  }
}
`,
    });
    const r = await runOn(dir);
    const ids = r.findings.map(at);
    expect(ids).toContain('IAC-TF-011@main.tf:11');
    expect(r.findings.find((f) => f.ruleId === 'IAC-TF-011')!.message).toContain('local.modes');
    expect(ids.some((i) => i.startsWith('IAC-TF-010'))).toBe(false);
    expect(ids).toContain('IAC-TF-005@main.tf:16');
    expect(ids.some((i) => i.startsWith('IAC-TF-018'))).toBe(false);
  });

  it('expands count and for_each into instance addresses', async () => {
    const dir = workspace({
      'main.tf': `resource "aws_sagemaker_model" "m" {
  count = 2
  name  = "m\${count.index}"
  enable_network_isolation = count.index == 0
}
resource "aws_sagemaker_model" "f" {
  for_each = { a = true, b = false }
  name     = each.key
  enable_network_isolation = each.value
}
resource "aws_sagemaker_model" "none" {
  count = 0
  name  = "none"
}
`,
    });
    const r = await runOn(dir);
    const resources = r.findings.filter((f) => f.ruleId === 'IAC-TF-015').map((f) => f.properties.resource).sort();
    expect(resources).toEqual(['aws_sagemaker_model.f["b"]', 'aws_sagemaker_model.m[1]']);
    const fps = new Set(r.findings.map((f) => f.fingerprint));
    expect(fps.size).toBe(r.findings.length);
  });

  it('treats unknown values as neither pass nor fail, and lists them only in verbose mode', async () => {
    const dir = workspace({ 'main.tf': nb('  root_access = data.aws_ssm_parameter.x.value\n  direct_internet_access = module.cfg.internet\n  kms_key_id = var.kms\n  subnet_id = "s"\n  instance_metadata_service_configuration {\n    minimum_instance_metadata_service_version = "2"\n  }') + 'variable "kms" {}\n' });
    const quiet = await runOn(dir);
    expect(quiet.findings).toEqual([]);
    expect(quiet.metrics.unknownChecks).toBe(3);
    const verbose = await runOn(dir, { verbose: true });
    expect(verbose.findings.map((f) => `${f.ruleId} ${f.severity} ${String(f.properties.check)}`).sort()).toEqual([
      'IAC-EVAL-001 info IAC-TF-010',
      'IAC-EVAL-001 info IAC-TF-011',
      'IAC-EVAL-001 info IAC-TF-012',
    ]);
  });

  it('evaluates local modules with the inputs their callers pass, reporting in the module file with the call site in the chain', async () => {
    const dir = workspace({
      'main.tf': 'module "nb" {\n  source = "./modules/nb"\n  root   = "Enabled"\n}\nmodule "remote" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n}\n',
      'modules/nb/main.tf': 'variable "root" {}\n' + nb('  root_access = var.root\n  direct_internet_access = "Disabled"\n  kms_key_id = "k"\n  subnet_id = "s"\n  instance_metadata_service_configuration {\n    minimum_instance_metadata_service_version = "2"\n  }'),
    });
    const r = await runOn(dir);
    expect(r.findings.map(at)).toEqual(['IAC-TF-011@modules/nb/main.tf:4']);
    expect(r.findings[0]!.message).toContain('module.nb.aws_sagemaker_notebook_instance.nb');
    expect(r.findings[0]!.message).toContain('var.root = "Enabled" (main.tf:3)');
  });

  it('links split S3 resources to their bucket by literal name as well as by reference', async () => {
    const dir = workspace({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "named"
}
resource "aws_s3_bucket_versioning" "v" {
  bucket = "named"
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket_public_access_block" "p" {
  bucket = var.unknown_bucket
  block_public_acls = true
  block_public_policy = true
  ignore_public_acls = true
  restrict_public_buckets = true
}
variable "unknown_bucket" {}
`,
    });
    const r = await runOn(dir);
    const rules = r.findings.map((f) => f.ruleId);
    expect(rules).not.toContain('IAC-TF-004'); // linked by name
    expect(rules).not.toContain('IAC-TF-002'); // a block exists whose bucket is unknown: unknown, not a failure
    expect(rules).toContain('IAC-TF-003');
  });
});

describe('Terraform JSON syntax', () => {
  it('reads *.tf.json and *.auto.tfvars.json with positions, templates and nested blocks', async () => {
    const dir = workspace({
      'main.tf.json': JSON.stringify(
        {
          variable: { root: { default: 'Disabled' } },
          resource: {
            aws_sagemaker_notebook_instance: {
              nb: { name: 'nb', root_access: '${var.root}', direct_internet_access: 'Disabled', kms_key_id: 'k', subnet_id: 's', instance_metadata_service_configuration: { minimum_instance_metadata_service_version: '2' } },
            },
            aws_ecr_repository: { r: { name: 'r', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: [{ scan_on_push: false }] } },
          },
        },
        null,
        2,
      ),
      'x.auto.tfvars.json': '{\n  "root": "Enabled"\n}\n',
    });
    const r = await runOn(dir);
    expect(r.findings.map(at).sort()).toEqual(['IAC-TF-011@main.tf.json:11', 'IAC-TF-018@main.tf.json:24']);
    expect(r.findings.find((f) => f.ruleId === 'IAC-TF-011')!.message).toContain('var.root = "Enabled" (x.auto.tfvars.json:2)');
  });
});

it('an account-level public access block with all four flags covers every bucket', async () => {
  const bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n';
  const account = 'resource "aws_s3_account_public_access_block" "all" {\n  block_public_acls = true\n  block_public_policy = true\n  ignore_public_acls = true\n  restrict_public_buckets = true\n}\n';
  expect((await runOn(workspace({ 'main.tf': bucket }))).findings.map((f) => f.ruleId)).toContain('IAC-TF-002');
  expect((await runOn(workspace({ 'main.tf': bucket + account }))).findings.map((f) => f.ruleId)).not.toContain('IAC-TF-002');
  const partial = account.replace('restrict_public_buckets = true', 'restrict_public_buckets = false');
  expect((await runOn(workspace({ 'main.tf': bucket + partial }))).findings.map((f) => f.ruleId)).toContain('IAC-TF-002');
});
