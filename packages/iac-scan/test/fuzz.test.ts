import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkCfnTemplate } from '../src/cfn/checks.js';
import { checkCompose } from '../src/compose/checks.js';
import { checkDockerfile } from '../src/docker/checks.js';
import { parseHcl } from '../src/hcl/parse.js';
import { checkK8sDocument } from '../src/k8s/checks.js';
import { loadTerraform } from '../src/terraform/model.js';
import { checkTerraform } from '../src/terraform/checks.js';
import { checkWorkflow } from '../src/workflows/checks.js';
import { parseYaml } from '../src/yaml/documents.js';
import { runOn } from './support/engine.js';
import { workspace } from './support/workspace.js';

/** Parsers of untrusted input: no crash, no hang, lines always >= 1. */

const HCL_BITS = ['resource "aws_s3_bucket" "b" {', '}', '{', 'acl = ', '"public-read"', 'var.x', 'local.y', '${', '<<-EOT\n', 'EOT\n', 'for_each = ', 'count = ', '[for k, v in x : v]', 'module "m" {', 'source = "./m"', '\n', '#', '=', '(', ')', '[', ']', '?', ':', '&&', '!', '%{ if x }', '%{ endif }', 'jsonencode({a = 1})', 'each.key', 'count.index'];
const hclText = fc.array(fc.oneof(fc.constantFrom(...HCL_BITS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(' '));

describe('fuzz', () => {
  it('HCL: any text parses to a tree (or a located error), and evaluating it never throws', async () => {
    await fc.assert(
      fc.asyncProperty(hclText, async (text) => {
        const f = await parseHcl('main.tf', text);
        if (f.error) expect(f.error.line).toBeGreaterThanOrEqual(1);
        const model = loadTerraform([f], [], []);
        for (const h of checkTerraform(model.resources)) expect(h.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  const kinds = fc.constantFrom('Pod', 'Deployment', 'CronJob', 'InferenceService', 'PyTorchJob', 'RayCluster', 'RayJob', 'SeldonDeployment', 'Workflow', 'Notebook', 'JobSet', 'LeaderWorkerSet');
  const junk = fc.anything({ maxDepth: 4, withObjectString: false, withNullPrototype: false, withBigInt: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false });
  const spec = fc.oneof(
    junk,
    fc.record({ template: fc.record({ spec: fc.record({ containers: fc.array(junk, { maxLength: 3 }), volumes: junk, hostIPC: junk }) }) }),
    fc.record({ predictor: fc.record({ containers: fc.array(junk, { maxLength: 3 }), model: junk }) }),
    fc.record({ headGroupSpec: junk, workerGroupSpecs: junk, pytorchReplicaSpecs: junk, predictors: junk, templates: junk }),
  );

  it('Kubernetes: any object shape under any ML kind is checked without throwing', () => {
    fc.assert(
      fc.property(kinds, spec, junk, (kind, s, metadata) => {
        const parsed = parseYaml(stringify({ apiVersion: 'v1', kind, metadata, spec: s }));
        for (const doc of parsed.docs) for (const h of checkK8sDocument(doc, 'k.yaml')) expect(h.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('CloudFormation, compose and workflows: any shape is checked without throwing', () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        const cfn = parseYaml(stringify({ AWSTemplateFormatVersion: '2010-09-09', Parameters: a, Resources: { R: { Type: 'AWS::SageMaker::NotebookInstance', Properties: b }, S: { Type: 'AWS::S3::Bucket', Properties: c } } }), { cfn: true });
        for (const d of cfn.docs) checkCfnTemplate(d, 't.yaml');
        const compose = parseYaml(stringify({ services: { s: { image: 'x', privileged: a, volumes: b, environment: c } } }));
        for (const d of compose.docs) checkCompose(d, 'compose.yml');
        const text = stringify({ on: a, permissions: b, jobs: { j: { steps: [c, { uses: 'actions/checkout@v4', with: a }, { run: JSON.stringify(b) ?? '' }] } } });
        for (const d of parseYaml(text).docs) checkWorkflow(d, 'w.yml', text, { refPinnedAllowed: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('Dockerfile: any text is checked without throwing', () => {
    const bits = ['FROM ', 'RUN ', 'ADD ', 'ENV ', 'ARG ', 'USER ', 'COPY ', '\\\n', '\n', 'curl x | sh', 'https://x/y', '--checksum=sha256:1', 'HF_TOKEN=', '=', ' ', '<<EOF\n', 'EOF\n', 'root', 'latest', ':', '@sha256:'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...bits), fc.string({ maxLength: 5 })), { maxLength: 40 }), (parts) => {
        for (const h of checkDockerfile(parts.join(''), 'Dockerfile')) expect(h.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('the whole engine: random bytes under IaC file names become findings, never exceptions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 200 }), async (bytes, text) => {
        const dir = workspace({ 'a.tf': Buffer.from(bytes), 'b.yaml': `apiVersion: v1\nkind: Pod\n${text}`, Dockerfile: text, '.github/workflows/w.yml': text, 'c.tfvars': text });
        const r = await runOn(dir);
        for (const f of r.findings) expect(f.location!.startLine).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 40 },
    );
  });
});
