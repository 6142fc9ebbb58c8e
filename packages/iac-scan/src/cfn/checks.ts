import { policyAllowsAnyone, trainingStepProblems } from '../cloud/documents.js';
import type { Hit } from '../hit.js';
import { obj } from '../k8s/podspecs.js';
import type { InlineSuppression } from '../suppress.js';
import type { YamlDoc } from '../yaml/documents.js';

/** True for a CloudFormation/SAM template (YAML or JSON). */
export function isCfnTemplate(v: unknown): boolean {
  const o = obj(v);
  if (!o) return false;
  if (o.AWSTemplateFormatVersion !== undefined) return true;
  const res = obj(o.Resources);
  return !!res && Object.values(res).some((r) => typeof obj(r)?.Type === 'string' && /^(AWS|Alexa|Custom)::/.test(String(obj(r)!.Type)));
}

const UNKNOWN = Symbol('unknown');
type Val = unknown;

interface Ctx {
  params: Record<string, unknown>;
  doc: YamlDoc;
  file: string;
  trace: string[];
}

/** Resolves Ref/Fn::Sub to parameter defaults; pseudo-parameters, GetAtt and imports stay unknown. */
function resolve(v: Val, ctx: Ctx, depth = 0): Val {
  if (depth > 20) return UNKNOWN;
  const o = obj(v);
  if (!o) return Array.isArray(v) ? v.map((x) => resolve(x, ctx, depth + 1)) : v;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const k = keys[0]!;
    const arg = o[k];
    if (k === 'Ref') {
      const p = obj(ctx.params[String(arg)]);
      if (p && p.Default !== undefined) {
        ctx.trace.push(`Ref ${String(arg)} = ${JSON.stringify(p.Default)} (${ctx.file}:${ctx.doc.lineOf(['Parameters', String(arg), 'Default'])})`);
        return p.Default;
      }
      return UNKNOWN;
    }
    if (k === 'Fn::Sub') {
      const tpl = Array.isArray(arg) ? arg[0] : arg;
      const vars = Array.isArray(arg) ? (obj(arg[1]) ?? {}) : {};
      if (typeof tpl !== 'string') return UNKNOWN;
      let unknown = false;
      const out = tpl.replace(/\$\{([^}!]+)\}/g, (_m, name: string) => {
        const r = name in vars ? resolve(vars[name], ctx, depth + 1) : resolve({ Ref: name }, ctx, depth + 1);
        if (typeof r !== 'string' && typeof r !== 'number') unknown = true;
        return String(r);
      });
      return unknown ? UNKNOWN : out;
    }
    if (k.startsWith('Fn::') || k === 'Condition') return UNKNOWN;
  }
  return Object.fromEntries(keys.map((k) => [k, resolve(o[k], ctx, depth + 1)]));
}

export function checkCfnTemplate(doc: YamlDoc, file: string): Hit[] {
  const t = obj(doc.value)!;
  const params = obj(t.Parameters) ?? {};
  const resources = obj(t.Resources) ?? {};
  const hits: Hit[] = [];
  for (const [logical, r] of Object.entries(resources)) {
    const res = obj(r);
    if (!res) continue;
    const type = String(res.Type ?? '');
    const props = obj(res.Properties) ?? {};
    const base = ['Resources', logical];
    const headerLine = doc.lineOf(base);
    const suppressions = metadataSuppressions(res, file, doc.lineOf([...base, 'Metadata']));
    const block = { line: headerLine, endLine: headerLine + 1 };
    const fail = (ruleId: string, path: string[], message: string, trace: string[] = []) =>
      hits.push({
        ruleId,
        file,
        line: doc.lineOf([...base, 'Properties', ...path]),
        resource: `${type} ${logical}`,
        message: `${logical} (${type}): ${message}${trace.length ? ` (${trace.join('; ')})` : ''}`,
        attrPath: path.join('.'),
        block,
        suppressions,
        ...(trace.length ? { trace } : {}),
      });
    /** Reads a property with parameters resolved; `missing` when absent. */
    const prop = (path: string[]) => {
      const ctx: Ctx = { params, doc, file, trace: [] };
      let v: Val = props;
      for (const p of path) {
        const o = obj(v);
        if (!o || !(p in o)) return { state: 'missing' as const, value: undefined, trace: ctx.trace };
        v = resolve(o[p], ctx);
        if (v === UNKNOWN) return { state: 'unknown' as const, value: undefined, trace: ctx.trace };
      }
      return { state: 'known' as const, value: v, trace: ctx.trace };
    };
    const expect = (ruleId: string, path: string[], ok: (v: Val) => boolean, expected: string, missing: 'pass' | 'fail', note = '') => {
      const g = prop(path);
      if (g.state === 'unknown') return;
      if (g.state === 'missing') {
        if (missing === 'fail') fail(ruleId, path, `${path.join('.')} is not set${note ? ` (${note})` : ''}; expected ${expected}`);
        return;
      }
      if (!ok(g.value)) fail(ruleId, path, `${path.join('.')} = ${JSON.stringify(g.value)}; expected ${expected}`, g.trace);
    };

    switch (type) {
      case 'AWS::S3::Bucket': {
        expect('IAC-TF-001', ['AccessControl'], (v) => !['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'].includes(String(v)), '"Private"', 'pass');
        const pab = prop(['PublicAccessBlockConfiguration']);
        if (pab.state === 'missing') fail('IAC-TF-002', ['PublicAccessBlockConfiguration'], 'PublicAccessBlockConfiguration is not set');
        else for (const f of ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets']) {
          expect('IAC-TF-002', ['PublicAccessBlockConfiguration', f], (v) => v === true || v === 'true', 'true', 'fail', 'defaults to false');
        }
        expect('IAC-TF-003', ['BucketEncryption'], () => true, 'a ServerSideEncryptionConfiguration with aws:kms', 'fail');
        expect('IAC-TF-004', ['VersioningConfiguration', 'Status'], (v) => v === 'Enabled', '"Enabled"', 'fail');
        break;
      }
      case 'AWS::S3::BucketPolicy':
        expect('IAC-TF-005', ['PolicyDocument'], (v) => !policyAllowsAnyone(v), 'named principals or a Condition (a statement allows Principal "*")', 'pass');
        break;
      case 'AWS::SageMaker::NotebookInstance':
        expect('IAC-TF-010', ['DirectInternetAccess'], (v) => v === 'Disabled', '"Disabled"', 'fail', 'defaults to "Enabled"');
        expect('IAC-TF-011', ['RootAccess'], (v) => v === 'Disabled', '"Disabled"', 'fail', 'defaults to "Enabled"');
        expect('IAC-TF-012', ['KmsKeyId'], (v) => typeof v === 'string' && v !== '', 'a customer-managed KMS key', 'fail');
        expect('IAC-TF-013', ['SubnetId'], (v) => typeof v === 'string' && v !== '', 'a VPC subnet', 'fail');
        expect('IAC-TF-013', ['InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion'], (v) => String(v) === '2', '"2"', 'fail', 'IMDSv1 allowed by default');
        break;
      case 'AWS::SageMaker::Domain':
        expect('IAC-TF-012', ['KmsKeyId'], (v) => typeof v === 'string' && v !== '', 'a customer-managed KMS key', 'fail');
        break;
      case 'AWS::SageMaker::EndpointConfig':
        expect('IAC-TF-014', ['KmsKeyId'], (v) => typeof v === 'string' && v !== '', 'a KMS key', 'fail');
        break;
      case 'AWS::SageMaker::Model':
        expect('IAC-TF-015', ['EnableNetworkIsolation'], (v) => v === true || v === 'true', 'true', 'fail', 'defaults to false');
        break;
      case 'AWS::SageMaker::Pipeline': {
        const body = prop(['PipelineDefinition', 'PipelineDefinitionBody']);
        if (body.state === 'known') for (const p of trainingStepProblems(body.value)) fail('IAC-TF-015', ['PipelineDefinition', 'PipelineDefinitionBody'], `training step "${p.step}": ${p.message}`);
        break;
      }
      case 'AWS::ECR::Repository':
        expect('IAC-TF-018', ['ImageTagMutability'], (v) => v === 'IMMUTABLE', '"IMMUTABLE"', 'fail', 'defaults to MUTABLE');
        expect('IAC-TF-018', ['ImageScanningConfiguration', 'ScanOnPush'], (v) => v === true || v === 'true', 'true', 'fail', 'images are not scanned by default');
        break;
    }
  }
  return hits;
}

/** `Metadata: { checkov: { skip: [{ id, comment }] } }`, Checkov's CloudFormation suppression. */
function metadataSuppressions(res: Record<string, unknown>, file: string, line: number): InlineSuppression[] {
  const skip = obj(obj(res.Metadata)?.checkov)?.skip;
  if (!Array.isArray(skip)) return [];
  return skip
    .map((s) => obj(s))
    .filter((s): s is Record<string, unknown> => !!s && typeof s.id === 'string')
    .map((s) => ({ kind: 'cfn-metadata' as const, ids: [String(s.id)], reason: String(s.comment ?? ''), file, line, scope: 'block' as const }));
}
