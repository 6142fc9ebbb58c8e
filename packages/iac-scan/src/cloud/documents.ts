import { Ref, toJson, type Value } from '../hcl/value.js';

/** JSON documents embedded in IaC (IAM policies, SageMaker pipeline definitions), shared by Terraform and CloudFormation. */

function plain(v: unknown): unknown {
  if (v instanceof Ref) return undefined;
  if (typeof v === 'symbol') return undefined;
  if (typeof v === 'string') {
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return typeof v === 'object' && v !== null ? toJson(v as Value) : undefined;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** True when a policy document has an Allow statement for `*` (or `{AWS: "*"}`) with no Condition. */
export function policyAllowsAnyone(policy: unknown): boolean {
  const doc = plain(policy) as { Statement?: unknown } | undefined;
  if (!doc || typeof doc !== 'object') return false;
  for (const s of asArray(doc.Statement)) {
    if (!s || typeof s !== 'object') continue;
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow' || st.Condition !== undefined) continue;
    const p = st.Principal;
    if (p === '*') return true;
    if (p && typeof p === 'object' && asArray((p as Record<string, unknown>).AWS).includes('*')) return true;
  }
  return false;
}

export interface StepProblem {
  step: string;
  message: string;
}

/**
 * SageMaker pipeline definitions (`aws_sagemaker_pipeline.pipeline_definition`,
 * `AWS::SageMaker::Pipeline`): training steps must isolate the container from the network
 * and encrypt traffic between training instances. Nobody else checks inside these documents.
 */
export function trainingStepProblems(definition: unknown): StepProblem[] {
  const doc = plain(definition) as { Steps?: unknown } | undefined;
  if (!doc || typeof doc !== 'object') return [];
  const out: StepProblem[] = [];
  for (const s of asArray(doc.Steps)) {
    if (!s || typeof s !== 'object') continue;
    const step = s as { Name?: unknown; Type?: unknown; Arguments?: Record<string, unknown> };
    if (step.Type !== 'Training' && step.Type !== 'Tuning') continue;
    const args = step.Arguments ?? {};
    const job = (step.Type === 'Tuning' ? (args.TrainingJobDefinition as Record<string, unknown> | undefined) : args) ?? {};
    const name = typeof step.Name === 'string' ? step.Name : '(unnamed)';
    const missing: string[] = [];
    if (job.EnableNetworkIsolation !== true) missing.push(`EnableNetworkIsolation is ${JSON.stringify(job.EnableNetworkIsolation ?? 'not set')}`);
    if (job.EnableInterContainerTrafficEncryption !== true) missing.push(`EnableInterContainerTrafficEncryption is ${JSON.stringify(job.EnableInterContainerTrafficEncryption ?? 'not set')}`);
    if (missing.length) out.push({ step: name, message: `${missing.join(', ')}; expected true` });
  }
  return out;
}
