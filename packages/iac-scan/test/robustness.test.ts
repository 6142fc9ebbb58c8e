import { describe, expect, it } from '@jest/globals';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, runOn } from './support/engine.js';
import { workspace } from './support/workspace.js';

const GOOD_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: a:1\n      securityContext:\n        privileged: true\n';

describe('malformed files', () => {
  it('reports each as one parse finding with its line and still scans every other file', async () => {
    const dir = workspace({
      'broken.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n\nresource "aws_sagemaker_model" "m" {\n  name = "m"\n',
      'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b\nspec: {}\n',
      'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n{{ include "labels" . | indent 4 }}\n',
      'pod.yaml': GOOD_POD,
    });
    const r = await runOn(dir);
    const parse = r.findings.filter((f) => f.ruleId === 'IAC-PARSE-001');
    expect(parse.map((f) => f.location!.path).sort()).toEqual(['bad.yaml', 'broken.tf', 'chart/templates/deploy.yaml']);
    for (const f of parse) expect(f.location!.startLine).toBeGreaterThanOrEqual(1);
    expect(parse.find((f) => f.location!.path === 'bad.yaml')!.location!.startLine).toBe(4);
    expect(parse.find((f) => f.location!.path === 'broken.tf')!.location!.startLine).toBeLessThanOrEqual(4);
    expect(parse.find((f) => f.location!.path.includes('chart'))!.message).toMatch(/not YAML yet/);
    expect(r.findings.map(at)).toContain('IAC-K8S-001@pod.yaml:10');
  });
});

it('a mapping with a toString key cannot crash a check', async () => {
  const dir = workspace({ 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {toString: 0}\nspec:\n  volumes:\n    - hostPath: {path: {valueOf: 1}}\n  containers:\n    - {name: {toString: 1}, image: {toString: 2}, args: [{toString: 3}], env: [{name: {toString: 4}, value: x}]}\n' });
  const r = await runOn(dir);
  expect(r.findings.map((f) => f.ruleId)).toContain('IAC-K8S-004');
});

it('nested for-expressions and huge counts are cut off, not run to completion', async () => {
  const dir = workspace({
    'main.tf': 'locals {\n  big = [for a in range(10000) : [for b in range(10000) : a * b]]\n}\nresource "aws_sagemaker_model" "m" {\n  count = 100000000\n  name = "m"\n  enable_network_isolation = length(local.big) > 0\n}\n',
  });
  const t0 = Date.now();
  const r = await runOn(dir);
  expect(r.findings.filter((f) => f.ruleId === 'IAC-TF-015').length).toBeLessThanOrEqual(1000);
  expect(Date.now() - t0).toBeLessThan(30_000);
});

describe('hostile inputs are bounded and reported, never a crash or a hang', () => {
  it('a 50 MB file, a YAML alias bomb, a recursive module, a symlink out of the repository and invalid UTF-8', async () => {
    const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = workspace({
      'bomb.yaml': bomb.join('\n') + '\n',
      'loop/main.tf': 'module "self" {\n  source = "../loop"\n}\n',
      'latin1.tf': Buffer.concat([Buffer.from('resource "aws_s3_bucket" "b" {\n  bucket = "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]),
      'pod.yaml': GOOD_POD,
    });
    const big = Buffer.alloc(50 * 1024 * 1024, 'a = 1\n');
    writeFileSync(join(dir, 'huge.tf'), big);
    symlinkSync('/etc/passwd', join(dir, 'outside.tf'));
    const t0 = Date.now();
    const r = await runOn(dir);
    const skipped = r.findings.filter((f) => f.ruleId === 'IAC-FILE-001').map((f) => `${f.location!.path}:${f.location!.startLine}`).sort();
    expect(skipped).toEqual(['bomb.yaml:1', 'huge.tf:1', 'latin1.tf:2', 'loop/main.tf:1', 'outside.tf:1']);
    expect(r.findings.map(at)).toContain('IAC-K8S-001@pod.yaml:10');
    expect(Date.now() - t0).toBeLessThan(60_000); // the jest timeout is the real guard; this documents intent
  });
});

it('checks the objects of a kind: List and names the Helm template a rendered document came from', async () => {
  const dir = workspace({
    'list.yaml': 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: p\n    spec:\n      containers:\n        - name: c\n          image: a:1\n          securityContext:\n            privileged: true\n',
    'rendered.yaml': '---\n# Source: fraud/templates/pod.yaml\n' + GOOD_POD,
  });
  const r = await runOn(dir);
  expect(r.findings.map(at)).toEqual(expect.arrayContaining(['IAC-K8S-001@list.yaml:13', 'IAC-K8S-001@rendered.yaml:12']));
  expect(r.findings.find((f) => at(f) === 'IAC-K8S-001@rendered.yaml:12')!.message).toContain('rendered from fraud/templates/pod.yaml');
});
