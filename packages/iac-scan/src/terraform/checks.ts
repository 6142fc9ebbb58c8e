import { Ref, UNKNOWN, isObject, show, toJson, type Value } from '../hcl/value.js';
import type { Hit } from '../hit.js';
import { Trace, evaluate, index } from '../hcl/evaluate.js';
import { describe, get, type Got, type TfResource } from './model.js';
import { policyAllowsAnyone, trainingStepProblems } from '../cloud/documents.js';

/** Runs the Terraform checks on expanded resource instances; returns failed and unknown results. */
export function checkTerraform(resources: TfResource[]): Hit[] {
  const hits: Hit[] = [];
  const byType = new Map<string, TfResource[]>();
  for (const r of resources) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const of = (t: string) => byType.get(t) ?? [];
  const links = new Linker(resources);
  // An account-level block with all four flags covers every bucket (a common FP source for bucket-level checks).
  const accountBlocked = of('aws_s3_account_public_access_block').some((a) => PAB_FLAGS.every((f) => get(a, f).value === true));

  for (const b of of('aws_s3_bucket')) {
    const push = (h: Hit | undefined) => h && hits.push(h);
    push(attr(b, 'IAC-TF-001', 'acl', { bad: (v) => isPublicAcl(v), expect: '"private"', missing: 'pass' }));
    if (!accountBlocked) publicAccessBlock(b, links, hits);
    const sse = b.body.blocks.some((x) => x.type === 'server_side_encryption_configuration');
    if (!sse) companion(b, links, 'aws_s3_bucket_server_side_encryption_configuration', 'IAC-TF-003', 'no server-side encryption configuration (inline or aws_s3_bucket_server_side_encryption_configuration) is linked to this bucket', hits);
    versioning(b, links, hits);
    push(policy(b));
  }
  for (const a of of('aws_s3_bucket_acl')) {
    const h = attr(a, 'IAC-TF-001', 'acl', { bad: isPublicAcl, expect: '"private"', missing: 'pass' });
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${links.bucketOf(a)}` });
  }
  for (const p of of('aws_s3_bucket_policy')) {
    const h = policy(p);
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${links.bucketOf(p)}` });
  }

  for (const g of of('google_storage_bucket')) add(hits, attr(g, 'IAC-TF-006', 'uniform_bucket_level_access', { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'defaults to false' }));
  for (const t of ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding', 'google_storage_bucket_access_control', 'google_storage_default_object_access_control']) {
    for (const r of of(t)) {
      const field = t.endsWith('_binding') ? 'members' : t.endsWith('_member') ? 'member' : 'entity';
      add(hits, attr(r, 'IAC-TF-007', field, { bad: (v) => JSON.stringify(toJson(v) ?? '').match(/allUsers|allAuthenticatedUsers/) !== null, expect: 'named members', missing: 'pass' }));
    }
  }
  for (const s of of('azurerm_storage_account')) {
    add(hits, attr(s, 'IAC-TF-008', 'allow_nested_items_to_be_public', { bad: (v) => v === true, expect: 'false', missing: 'pass' }));
    add(hits, attr(s, 'IAC-TF-008', 'allow_blob_public_access', { bad: (v) => v === true, expect: 'false', missing: 'pass' }));
    add(hits, attr(s, 'IAC-TF-009', 'https_traffic_only_enabled', { bad: (v) => v === false, expect: 'true', missing: 'pass' }));
    add(hits, attr(s, 'IAC-TF-009', 'enable_https_traffic_only', { bad: (v) => v === false, expect: 'true', missing: 'pass' }));
    add(hits, attr(s, 'IAC-TF-009', 'min_tls_version', { bad: (v) => v === 'TLS1_0' || v === 'TLS1_1', expect: '"TLS1_2"', missing: 'pass' }));
  }
  for (const c of of('azurerm_storage_container')) add(hits, attr(c, 'IAC-TF-008', 'container_access_type', { bad: (v) => v === 'blob' || v === 'container', expect: '"private"', missing: 'pass' }));

  for (const n of of('aws_sagemaker_notebook_instance')) {
    add(hits, attr(n, 'IAC-TF-010', 'direct_internet_access', { bad: (v) => v !== 'Disabled', expect: '"Disabled"', missing: 'fail', missingNote: 'defaults to "Enabled"' }));
    add(hits, attr(n, 'IAC-TF-011', 'root_access', { bad: (v) => v !== 'Disabled', expect: '"Disabled"', missing: 'fail', missingNote: 'defaults to "Enabled"' }));
    add(hits, attr(n, 'IAC-TF-012', 'kms_key_id', { bad: (v) => v === '' || v === null, expect: 'a customer-managed KMS key', missing: 'fail' }));
    add(hits, attr(n, 'IAC-TF-013', 'subnet_id', { bad: (v) => v === '' || v === null, expect: 'a VPC subnet', missing: 'fail' }));
    add(hits, attr(n, 'IAC-TF-013', 'instance_metadata_service_configuration.minimum_instance_metadata_service_version', { bad: (v) => String(v) !== '2', expect: '"2"', missing: 'fail', missingNote: 'IMDSv1 allowed by default' }));
  }
  for (const d of of('aws_sagemaker_domain')) add(hits, attr(d, 'IAC-TF-012', 'kms_key_id', { bad: (v) => v === '' || v === null, expect: 'a customer-managed KMS key', missing: 'fail' }));
  for (const e of of('aws_sagemaker_endpoint_configuration')) add(hits, attr(e, 'IAC-TF-014', 'kms_key_arn', { bad: (v) => v === '' || v === null, expect: 'a KMS key ARN', missing: 'fail' }));
  for (const m of of('aws_sagemaker_model')) add(hits, attr(m, 'IAC-TF-015', 'enable_network_isolation', { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'defaults to false' }));
  for (const p of of('aws_sagemaker_pipeline')) pipeline(p, hits);

  for (const n of of('google_notebooks_instance')) add(hits, attr(n, 'IAC-TF-016', 'no_public_ip', { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'a public IP is assigned by default' }));
  for (const w of of('google_workbench_instance')) add(hits, attr(w, 'IAC-TF-016', 'gce_setup.disable_public_ip', { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'a public IP is assigned by default' }));
  for (const e of of('google_vertex_ai_endpoint')) {
    const net = get(e, 'network');
    const psc = get(e, 'private_service_connect_config');
    if (net.state === 'missing' && psc.state === 'missing') hits.push(hit(e, 'IAC-TF-016', e.line, 'network', 'endpoint has no private `network` or Private Service Connect config: it is served on a public endpoint'));
  }
  for (const w of of('azurerm_machine_learning_workspace')) add(hits, attr(w, 'IAC-TF-017', 'public_network_access_enabled', { bad: (v) => v !== false, expect: 'false', missing: 'fail', missingNote: 'defaults to true' }));
  for (const t of ['azurerm_machine_learning_compute_cluster', 'azurerm_machine_learning_compute_instance']) {
    for (const c of of(t)) add(hits, attr(c, 'IAC-TF-017', 'local_auth_enabled', { bad: (v) => v !== false, expect: 'false', missing: 'fail', missingNote: 'defaults to true' }));
  }
  for (const r of of('aws_ecr_repository')) {
    add(hits, attr(r, 'IAC-TF-018', 'image_tag_mutability', { bad: (v) => v !== 'IMMUTABLE', expect: '"IMMUTABLE"', missing: 'fail', missingNote: 'defaults to "MUTABLE"' }));
    add(hits, attr(r, 'IAC-TF-018', 'image_scanning_configuration.scan_on_push', { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'images are not scanned by default' }));
  }
  return hits;
}

const add = (hits: Hit[], h: Hit | undefined) => {
  if (h) hits.push(h);
};

function hit(r: TfResource, ruleId: string, line: number, attrPath: string, message: string, g?: Got, result: 'fail' | 'unknown' = 'fail'): Hit {
  return {
    ruleId,
    file: r.file,
    line,
    resource: r.address,
    message: `${r.address}: ${message}`,
    attrPath,
    ...(g?.trace.length ? { trace: g.trace } : {}),
    result,
    block: { line: r.line, endLine: r.endLine },
    anchors: r.anchors,
    attribute: (name) => instanceAttribute(r, name),
  };
}

function instanceAttribute(r: TfResource, name: string): unknown {
  const m = /^(each|count)\.(key|value|index)(?:\.(.+))?$/.exec(name);
  if (m) {
    let v: unknown = index(r.scope.bindings.get(m[1]!) ?? UNKNOWN, m[2]!);
    for (const seg of m[3]?.split('.') ?? []) v = index(v as Value, seg);
    return v === UNKNOWN ? undefined : v;
  }
  const g = get(r, name);
  return g.state === 'known' ? g.value : undefined;
}

interface AttrCheck {
  bad: (v: Value) => boolean;
  expect: string;
  missing: 'pass' | 'fail';
  missingNote?: string;
  what?: string;
}

/** One attribute, three-valued: a missing attribute reports at the block header, an unknown one is only noted. */
function attr(r: TfResource, ruleId: string, path: string, c: AttrCheck): Hit | undefined {
  const g = get(r, path);
  if (g.state === 'missing') {
    return c.missing === 'fail' ? hit(r, ruleId, g.line, path, `\`${path}\` is not set${c.missingNote ? ` (${c.missingNote})` : ''}; expected ${c.expect}`) : undefined;
  }
  if (g.state === 'unknown' && !isObject(g.value) && !Array.isArray(g.value)) {
    return hit(r, ruleId, g.line, path, `\`${path}\` could not be evaluated${describe(g)}`, g, 'unknown');
  }
  if (c.bad(g.value)) return hit(r, ruleId, g.line, path, `${c.what ?? `\`${path}\` = ${show(g.value)}`}${describe(g)}; expected ${c.expect}`, g);
  return undefined;
}

/**
 * Policies are usually `jsonencode({...})` with resource ARNs inside: judge the object itself, so an
 * unknown ARN in `Resource` does not hide a `Principal = "*"`.
 */
function policy(r: TfResource): Hit | undefined {
  const a = r.body.attrs.get('policy');
  if (!a) return undefined;
  const t = new Trace();
  const inner = a.expr.t === 'call' && a.expr.name === 'jsonencode' && a.expr.args[0] ? a.expr.args[0] : a.expr;
  const v = evaluate(inner, r.scope, t);
  if (v === UNKNOWN) return hit(r, 'IAC-TF-005', a.line, 'policy', '`policy` could not be evaluated', { state: 'unknown', value: v, line: a.line, trace: t.steps }, 'unknown');
  if (!policyAllowsAnyone(v)) return undefined;
  return hit(r, 'IAC-TF-005', a.line, 'policy', `policy grants Allow to Principal "*" without a condition${t.steps.length ? ` (${t.steps.join('; ')})` : ''}`, { state: 'known', value: v, line: a.line, trace: t.steps });
}

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read', 'website']);
const isPublicAcl = (v: Value) => typeof v === 'string' && PUBLIC_ACLS.has(v);

/**
 * Links AWS provider v4+ split S3 resources back to their bucket: by reference
 * (`aws_s3_bucket.x.id`, `aws_s3_bucket.x[each.key].id`) within the same module, or by literal name.
 */
class Linker {
  private readonly companions = new Map<string, TfResource[]>();
  private readonly byName = new Map<string, TfResource>();
  private readonly byModuleAddress = new Map<string, TfResource>();
  private readonly byModuleBase = new Map<string, TfResource[]>();
  private readonly targets = new Map<TfResource, TfResource | 'unknown' | undefined>();
  private readonly linkedCache = new Map<string, { byBucket: Map<TfResource, TfResource[]>; unknown: Set<string> }>();

  constructor(resources: TfResource[]) {
    for (const r of resources) {
      if (r.type === 'aws_s3_bucket') {
        const name = get(r, 'bucket').value;
        if (typeof name === 'string' && !this.byName.has(name)) this.byName.set(name, r);
        this.byModuleAddress.set(`${r.moduleKey}\u0000${r.localAddress}`, r);
        const base = `${r.moduleKey}\u0000${r.type}.${r.name}`;
        this.byModuleBase.set(base, [...(this.byModuleBase.get(base) ?? []), r]);
      } else if (r.type.startsWith('aws_s3_bucket_')) this.companions.set(r.type, [...(this.companions.get(r.type) ?? []), r]);
    }
  }

  /** Each companion is resolved once (linking used to be quadratic in the number of buckets). */
  private target(c: TfResource): TfResource | 'unknown' | undefined {
    if (this.targets.has(c)) return this.targets.get(c);
    const t = this.resolve(c);
    this.targets.set(c, t);
    return t;
  }

  private resolve(c: TfResource): TfResource | 'unknown' | undefined {
    const g = get(c, 'bucket');
    const v = g.value;
    if (v instanceof Ref) {
      const exact = this.byModuleAddress.get(`${c.moduleKey}\u0000${v.address}`);
      if (exact) return exact;
      const byBase = this.byModuleBase.get(`${c.moduleKey}\u0000${v.address.replace(/\[[^\]]*\]$/, '')}`) ?? [];
      if (byBase.length === 1) return byBase[0];
      return byBase.length ? 'unknown' : undefined;
    }
    if (typeof v === 'string') return this.byName.get(v);
    return g.state === 'missing' ? undefined : 'unknown';
  }

  /** The companions of a type linked to a bucket, and whether some of that type could not be linked. */
  linked(bucket: TfResource, type: string): { linked: TfResource[]; unknown: boolean } {
    let idx = this.linkedCache.get(type);
    if (!idx) {
      idx = { byBucket: new Map(), unknown: new Set() };
      for (const c of this.companions.get(type) ?? []) {
        const t = this.target(c);
        if (t === 'unknown') idx.unknown.add(c.moduleKey);
        else if (t) idx.byBucket.set(t, [...(idx.byBucket.get(t) ?? []), c]);
      }
      this.linkedCache.set(type, idx);
    }
    return { linked: idx.byBucket.get(bucket) ?? [], unknown: idx.unknown.has(bucket.moduleKey) };
  }

  bucketOf(c: TfResource): string {
    const t = this.target(c);
    return t && t !== 'unknown' ? t.address : 'a bucket that could not be resolved';
  }
}

function companion(b: TfResource, links: Linker, type: string, ruleId: string, message: string, hits: Hit[]): void {
  const { linked, unknown } = links.linked(b, type);
  if (linked.length) return;
  hits.push(hit(b, ruleId, b.line, type, unknown ? `${type} exists but its bucket could not be resolved` : message, undefined, unknown ? 'unknown' : 'fail'));
}

const PAB_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

function publicAccessBlock(b: TfResource, links: Linker, hits: Hit[]): void {
  const { linked, unknown } = links.linked(b, 'aws_s3_bucket_public_access_block');
  if (!linked.length) {
    hits.push(hit(b, 'IAC-TF-002', b.line, 'public_access_block', unknown ? 'a public access block exists but its bucket could not be resolved' : 'no aws_s3_bucket_public_access_block is linked to this bucket', undefined, unknown ? 'unknown' : 'fail'));
    return;
  }
  for (const p of linked) {
    for (const flag of PAB_FLAGS) {
      const h = attr(p, 'IAC-TF-002', flag, { bad: (v) => v !== true, expect: 'true', missing: 'fail', missingNote: 'defaults to false' });
      if (h) hits.push({ ...h, message: `${h.message}; the block applies to ${b.address}` });
    }
  }
}

function versioning(b: TfResource, links: Linker, hits: Hit[]): void {
  const inline = get(b, 'versioning.enabled');
  if (inline.state !== 'missing') {
    const h = attr(b, 'IAC-TF-004', 'versioning.enabled', { bad: (v) => v !== true, expect: 'true', missing: 'pass' });
    if (h) hits.push(h);
    return;
  }
  const { linked, unknown } = links.linked(b, 'aws_s3_bucket_versioning');
  if (!linked.length) {
    hits.push(hit(b, 'IAC-TF-004', b.line, 'versioning', unknown ? 'aws_s3_bucket_versioning exists but its bucket could not be resolved' : 'no versioning (inline or aws_s3_bucket_versioning) is configured for this bucket', undefined, unknown ? 'unknown' : 'fail'));
    return;
  }
  for (const v of linked) {
    const h = attr(v, 'IAC-TF-004', 'versioning_configuration.status', { bad: (x) => x !== 'Enabled', expect: '"Enabled"', missing: 'fail' });
    if (h) hits.push({ ...h, message: `${h.message}; applies to ${b.address}` });
  }
}

function pipeline(p: TfResource, hits: Hit[]): void {
  const g = get(p, 'pipeline_definition');
  if (g.state !== 'known') return;
  let doc: unknown = toJson(g.value);
  if (typeof g.value === 'string') {
    try {
      doc = JSON.parse(g.value);
    } catch {
      return;
    }
  }
  const text = typeof g.value === 'string' ? g.value : '';
  for (const problem of trainingStepProblems(doc)) {
    // Point at the step inside a heredoc when we can find it; the heredoc body starts on the next line.
    const at = text.indexOf(`"${problem.step}"`);
    const line = at >= 0 && text.includes('\n') ? g.line + 1 + text.slice(0, at).split('\n').length - 1 : g.line;
    hits.push(hit(p, 'IAC-TF-015', line, `pipeline_definition.${problem.step}`, `training step "${problem.step}": ${problem.message}`));
  }
}

export { UNKNOWN };
