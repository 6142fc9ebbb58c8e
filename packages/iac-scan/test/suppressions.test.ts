import { describe, expect, it } from '@jest/globals';
import { evaluateGate, type Finding } from '@mlguard/core';
import { parseSuppressions } from '../src/suppress.js';
import { runOn } from './support/engine.js';
import { workspace } from './support/workspace.js';

const by = (fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule);

describe('inline suppression syntaxes', () => {
  it('parses each syntax with ids, reason and expiry', () => {
    expect(parseSuppressions('checkov:skip=CKV_AWS_20,CKV_AWS_57:shared bucket', 'a.tf', 3)).toEqual([
      { kind: 'checkov', ids: ['CKV_AWS_20', 'CKV_AWS_57'], reason: 'shared bucket', file: 'a.tf', line: 3, scope: 'block' },
    ]);
    expect(parseSuppressions('trivy:ignore:AVD-AWS-0092:exp:2026-12-31 website', 'a.tf', 1)[0]).toMatchObject({ kind: 'trivy', ids: ['AVD-AWS-0092'], expires: '2026-12-31', reason: 'website' });
    expect(parseSuppressions('tfsec:ignore:aws-s3-no-public-access-with-acl', 'a.tf', 1)[0]).toMatchObject({ kind: 'tfsec', ids: ['aws-s3-no-public-access-with-acl'] });
    expect(parseSuppressions('hadolint ignore=DL3002,DL3007', 'Dockerfile', 1)[0]).toMatchObject({ kind: 'hadolint', ids: ['DL3002', 'DL3007'], scope: 'line' });
    expect(parseSuppressions('hadolint global ignore=DL3002', 'Dockerfile', 1)[0]).toMatchObject({ scope: 'file' });
    expect(parseSuppressions('zizmor: ignore[template-injection] title is sanitised', 'w.yml', 1)[0]).toMatchObject({ kind: 'zizmor', ids: ['template-injection'], reason: 'title is sanitised' });
    expect(parseSuppressions('mlguard:ignore IAC-K8S-001 reason="gpu operator" expires=2027-01-31', 'k.yaml', 1)[0]).toMatchObject({
      kind: 'mlguard',
      ids: ['IAC-K8S-001'],
      reason: 'gpu operator',
      expires: '2027-01-31',
    });
    expect(parseSuppressions('kics-scan ignore-line', 'a.tf', 4)[0]).toMatchObject({ kind: 'kics', ids: ['*'], scope: 'line' });
    expect(parseSuppressions('kics-scan disable=e592a0c5-5bdb-414c-9066-5dba7cdea370', 'a.tf', 1)[0]).toMatchObject({ kind: 'kics', scope: 'file' });
    expect(parseSuppressions('just a comment about checkov', 'a.tf', 1)).toEqual([]);
  });

  it('honours Checkov, Trivy/tfsec and mlguard comments in Terraform, by our id or any alias', async () => {
    const dir = workspace({
      'main.tf': `resource "aws_sagemaker_notebook_instance" "a" {
  # checkov:skip=CKV_AWS_307:conda needs root
  name        = "a"
  root_access = "Enabled"
}
# tfsec:ignore:CKV_AWS_122
# trivy:ignore:IAC-TF-012:exp:2020-01-01 key rollout pending
resource "aws_sagemaker_notebook_instance" "b" {
  name = "b"
  root_access = "Disabled" # mlguard:ignore IAC-TF-011 reason="n/a" expires=2099-01-01
  direct_internet_access = "Disabled"
}
`,
    });
    const r = await runOn(dir);
    const root = by(r.findings, 'IAC-TF-011');
    expect(root).toHaveLength(1);
    expect(root[0]!.suppression).toEqual({ id: 'CKV_AWS_307', reason: 'conda needs root', source: 'main.tf:2' });
    const internet = by(r.findings, 'IAC-TF-010').find((f) => String(f.properties.resource).endsWith('.a'))!;
    expect(internet.suppression).toBeUndefined();
    const kms = by(r.findings, 'IAC-TF-012').find((f) => String(f.properties.resource).endsWith('.b'))!;
    expect(kms.suppression).toEqual({ id: 'IAC-TF-012', reason: 'key rollout pending', expires: '2020-01-01', source: 'main.tf:7' });
    const listed = (r.metrics.suppressions as { status: string; syntax: string }[]).map((s) => `${s.syntax}:${s.status}`);
    expect(listed).toEqual(expect.arrayContaining(['checkov:no expiry', 'trivy:expired']));
  });

  it('narrows a trivy ignore to the for_each instances its [attr=value] selector names', async () => {
    const dir = workspace({
      'main.tf': `resource "aws_s3_bucket_acl" "a" {
  for_each = toset(["public-site", "raw"])
  bucket   = "fraud-\${each.key}"
  # trivy:ignore:AWS-0092[bucket=fraud-public-site]:exp:2099-01-01 static website
  acl      = "public-read"
}
resource "aws_s3_bucket_acl" "b" {
  for_each = { web = "x", data = "y" }
  bucket   = each.value
  # trivy:ignore:AWS-0092[each.key=web]:exp:2099-01-01 static website
  acl      = "public-read"
}
`,
    });
    const r = await runOn(dir);
    const state = by(r.findings, 'IAC-TF-001').map((f) => `${String(f.properties.resource)}:${f.suppression ? 'suppressed' : 'open'}`).sort();
    expect(state).toEqual(['aws_s3_bucket_acl.a["public-site"]:suppressed', 'aws_s3_bucket_acl.a["raw"]:open', 'aws_s3_bucket_acl.b["data"]:open', 'aws_s3_bucket_acl.b["web"]:suppressed']);
  });

  it('honours kics-scan ignore-line for the next line only', async () => {
    const dir = workspace({ 'main.tf': 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name = "nb"\n  # kics-scan ignore-line\n  root_access = "Enabled"\n  direct_internet_access = "Enabled"\n}\n' });
    const r = await runOn(dir);
    expect(by(r.findings, 'IAC-TF-011')[0]!.suppression).toMatchObject({ id: 'IAC-TF-011', source: 'main.tf:3' });
    expect(by(r.findings, 'IAC-TF-010')[0]!.suppression).toBeUndefined();
  });

  it('honours a trivy comment above a module call for the resources inside it', async () => {
    const dir = workspace({
      'main.tf': '# trivy:ignore:CKV_AWS_307:exp:2099-01-01 third-party module\nmodule "nb" {\n  source = "./nb"\n}\n',
      'nb/main.tf': 'resource "aws_sagemaker_notebook_instance" "x" {\n  name = "x"\n  root_access = "Enabled"\n}\n',
    });
    const r = await runOn(dir);
    expect(by(r.findings, 'IAC-TF-011')[0]!.suppression).toMatchObject({ id: 'CKV_AWS_307', source: 'main.tf:1' });
    expect(by(r.findings, 'IAC-TF-010')[0]!.suppression).toBeUndefined();
  });

  it('honours Kubernetes annotations (checkov.io/skipN, kube-linter) and YAML comments', async () => {
    const dir = workspace({
      'k.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    checkov.io/skip1: CKV_K8S_16=gpu device plugin
    ignore-check.kube-linter.io/latest-tag: pinned by the operator
spec:
  containers:
    - name: c
      image: nvidia/dcgm
      securityContext:
        privileged: true
        runAsUser: 0 # mlguard:ignore IAC-K8S-003 reason="dcgm needs root" expires=2099-12-31
`,
    });
    const r = await runOn(dir);
    expect(by(r.findings, 'IAC-K8S-001')[0]!.suppression).toMatchObject({ id: 'CKV_K8S_16', reason: 'gpu device plugin' });
    expect(by(r.findings, 'IAC-K8S-007')[0]!.suppression).toMatchObject({ id: 'latest-tag', reason: 'pinned by the operator' });
    expect(by(r.findings, 'IAC-K8S-003')[0]!.suppression).toMatchObject({ id: 'IAC-K8S-003', expires: '2099-12-31' });
    expect(by(r.findings, 'IAC-K8S-006')[0]!.suppression).toBeUndefined();
  });

  it('honours hadolint (next instruction and global) and checkov anywhere in a Dockerfile', async () => {
    const dir = workspace({
      Dockerfile: '# hadolint global ignore=DL3007\n# checkov:skip=CKV_DOCKER_4:weights verified by cosign later\nFROM python:latest\n# hadolint ignore=DL3002\nUSER root\nADD https://x.example/model.bin /m\nENV HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyzABCDEFGH\n',
    });
    const r = await runOn(dir);
    expect(by(r.findings, 'IAC-DOCKER-002')[0]!.suppression).toMatchObject({ id: 'DL3007' });
    expect(by(r.findings, 'IAC-DOCKER-001')[0]!.suppression).toMatchObject({ id: 'DL3002', source: 'Dockerfile:4' });
    expect(by(r.findings, 'IAC-DOCKER-003')[0]!.suppression).toMatchObject({ id: 'CKV_DOCKER_4' });
    expect(by(r.findings, 'IAC-DOCKER-005')[0]!.suppression).toBeUndefined();
  });

  it('lists inline suppressions of critical findings as refused under policy deny-inline-critical, which the gate applies', async () => {
    const dir = workspace({ 'k.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: a:1\n      securityContext:\n        privileged: true # mlguard:ignore IAC-K8S-001 reason="x" expires=2099-01-01\n' });
    const allowed = await runOn(dir);
    expect(by(allowed.findings, 'IAC-K8S-001')[0]!.suppression).toBeDefined();
    expect(allowed.summaryMarkdown).not.toContain('refused (critical)');
    const denied = await runOn(dir, { 'deny-inline-critical': true });
    const f = by(denied.findings, 'IAC-K8S-001')[0]!;
    expect(f.suppression).toMatchObject({ id: 'IAC-K8S-001' });
    expect(denied.summaryMarkdown).toContain('refused (critical)');
    const policy = { failOn: 'high' as const, warnOnly: false, newOnly: false, suppressions: [], inlineSuppressions: 'require-expiry' as const };
    const gated = evaluateGate({ findings: [f], policy: { ...policy, denyInlineCritical: true }, today: '2026-06-01' });
    expect(gated.findings[0]).toMatchObject({ suppressed: false, blocking: true });
    expect(evaluateGate({ findings: [f], policy: { ...policy, denyInlineCritical: false }, today: '2026-06-01' }).findings[0]).toMatchObject({ suppressed: true });
  });
});

describe('ignore files of other tools at the repository root', () => {
  it('reads .trivyignore, .trivyignore.yaml, .checkov.yaml and .hadolint.yaml', async () => {
    const dir = workspace({
      '.trivyignore': '# accepted until the notebook moves into the VPC\nCKV_AWS_122 exp:2099-01-01\n\nAVD-KSV-0017\n',
      '.trivyignore.yaml': 'misconfigurations:\n  - id: AWS-0031\n    paths: ["infra/**"]\n    expired_at: 2099-06-30\n    statement: release tags are re-pointed by CI\n',
      '.checkov.yaml': 'skip-check:\n  - CKV_DOCKER_*\n',
      '.hadolint.yaml': 'ignored:\n  - DL3007\n',
      'infra/main.tf': 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name = "nb"\n}\nresource "aws_ecr_repository" "r" {\n  name = "r"\n}\n',
      'other/main.tf': 'resource "aws_ecr_repository" "r" {\n  name = "r"\n}\n',
      Dockerfile: 'FROM python:latest\nUSER 1000\n',
    });
    const r = await runOn(dir);
    expect(by(r.findings, 'IAC-TF-010')[0]!.suppression).toEqual({ id: 'CKV_AWS_122', reason: 'accepted until the notebook moves into the VPC', expires: '2099-01-01', source: '.trivyignore:2' });
    const ecr = by(r.findings, 'IAC-TF-018');
    expect(ecr.filter((f) => f.location!.path === 'infra/main.tf').every((f) => f.suppression?.source === '.trivyignore.yaml:2')).toBe(true);
    expect(ecr.filter((f) => f.location!.path === 'other/main.tf').every((f) => f.suppression === undefined)).toBe(true);
    // Checkov and hadolint files carry no reasons: the suppression is attached (and listed); the gate will refuse it.
    expect(by(r.findings, 'IAC-DOCKER-002')[0]!.suppression).toMatchObject({ id: 'CKV_DOCKER_*', reason: '', source: '.checkov.yaml:2' });
  });
});
