/**
 * Where pod specs live, for native workloads and for ML custom resources. Every pod-spec check
 * runs on all of them: this is what Checkov, Trivy and kube-linter do not do for CRDs.
 */

export type Path = (string | number)[];

export interface PodRef {
  /** Path of the pod spec (holding securityContext, volumes, hostNetwork...). */
  spec: Path;
  /** Containers inside or beside it: `containers[]`, `initContainers[]`, KServe `model`, Argo `container`. */
  containers: Path[];
  /** How the pod is named in messages: `predictor`, `workerGroupSpecs[0]`. */
  role: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Obj)[k as string]), root);

function pod(doc: unknown, spec: Path, role: string, extra: Path[] = []): PodRef | undefined {
  const s = obj(at(doc, spec));
  if (!s) return undefined;
  const containers: Path[] = [...extra];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    const l = s[list];
    if (Array.isArray(l)) l.forEach((_, i) => containers.push([...spec, list, i]));
  }
  return { spec, containers, role };
}

const NATIVE_TEMPLATE = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'Rollout', 'Notebook', 'DeploymentConfig']);
const KSERVE_COMPONENTS = ['predictor', 'transformer', 'explainer'];
const KSERVE_FRAMEWORKS = ['model', 'sklearn', 'xgboost', 'tensorflow', 'pytorch', 'triton', 'onnx', 'huggingface', 'lightgbm', 'paddle', 'pmml', 'alibi', 'art'];

function rayCluster(doc: unknown, base: Path, out: PodRef[]): void {
  const head = pod(doc, [...base, 'headGroupSpec', 'template', 'spec'], 'headGroupSpec');
  if (head) out.push(head);
  const workers = at(doc, [...base, 'workerGroupSpecs']);
  if (Array.isArray(workers)) workers.forEach((_, i) => {
    const w = pod(doc, [...base, 'workerGroupSpecs', i, 'template', 'spec'], `workerGroupSpecs[${i}]`);
    if (w) out.push(w);
  });
}

export function podSpecs(doc: unknown): PodRef[] {
  const d = obj(doc);
  const kind = typeof d?.kind === 'string' ? d.kind : '';
  const out: PodRef[] = [];
  const push = (p: PodRef | undefined) => p && out.push(p);
  if (kind === 'Pod') push(pod(doc, ['spec'], 'pod'));
  else if (NATIVE_TEMPLATE.has(kind)) push(pod(doc, ['spec', 'template', 'spec'], 'template'));
  else if (kind === 'CronJob') push(pod(doc, ['spec', 'jobTemplate', 'spec', 'template', 'spec'], 'jobTemplate'));
  else if (kind === 'PodTemplate') push(pod(doc, ['template', 'spec'], 'template'));
  else if (kind === 'InferenceService') {
    for (const c of KSERVE_COMPONENTS) {
      const comp = obj(at(doc, ['spec', c]));
      if (!comp) continue;
      const extra = KSERVE_FRAMEWORKS.filter((f) => obj(comp[f])).map((f): Path => ['spec', c, f]);
      push(pod(doc, ['spec', c], c, extra));
    }
  } else if (kind === 'ServingRuntime' || kind === 'ClusterServingRuntime') push(pod(doc, ['spec'], 'runtime'));
  else if (kind === 'SeldonDeployment') {
    const preds = at(doc, ['spec', 'predictors']);
    if (Array.isArray(preds)) preds.forEach((p, i) => {
      const cs = obj(p)?.componentSpecs;
      if (Array.isArray(cs)) cs.forEach((_, j) => push(pod(doc, ['spec', 'predictors', i, 'componentSpecs', j, 'spec'], `predictors[${i}].componentSpecs[${j}]`)));
    });
  } else if (/^(PyTorch|TF|MPI|XGBoost|Paddle|MX|JAX)Job$/.test(kind)) {
    const spec = obj(d?.spec) ?? {};
    for (const [key, v] of Object.entries(spec)) {
      if (!/ReplicaSpecs$/.test(key) || !obj(v)) continue;
      for (const role of Object.keys(obj(v)!)) push(pod(doc, ['spec', key, role, 'template', 'spec'], `${key}.${role}`));
    }
  } else if (kind === 'RayCluster') rayCluster(doc, ['spec'], out);
  else if (kind === 'RayJob') rayCluster(doc, ['spec', 'rayClusterSpec'], out);
  else if (kind === 'RayService') rayCluster(doc, ['spec', 'rayClusterConfig'], out);
  else if (kind === 'Workflow' || kind === 'WorkflowTemplate' || kind === 'ClusterWorkflowTemplate' || kind === 'CronWorkflow') {
    const base: Path = kind === 'CronWorkflow' ? ['spec', 'workflowSpec'] : ['spec'];
    const templates = at(doc, [...base, 'templates']);
    const extra: Path[] = [];
    if (Array.isArray(templates)) templates.forEach((t, i) => {
      for (const k of ['container', 'script']) if (obj(obj(t)?.[k])) extra.push([...base, 'templates', i, k]);
    });
    const spec = obj(at(doc, base));
    if (spec) out.push({ spec: base, containers: extra, role: 'workflow' });
  } else if (kind === 'Job' || kind === 'VolcanoJob') {
    push(pod(doc, ['spec', 'template', 'spec'], 'template'));
  } else if (kind === 'LeaderWorkerSet') {
    push(pod(doc, ['spec', 'leaderWorkerTemplate', 'leaderTemplate', 'spec'], 'leaderTemplate'));
    push(pod(doc, ['spec', 'leaderWorkerTemplate', 'workerTemplate', 'spec'], 'workerTemplate'));
  } else if (kind === 'JobSet') {
    const jobs = at(doc, ['spec', 'replicatedJobs']);
    if (Array.isArray(jobs)) jobs.forEach((_, i) => push(pod(doc, ['spec', 'replicatedJobs', i, 'template', 'spec', 'template', 'spec'], `replicatedJobs[${i}]`)));
  }
  // Volcano `Job` (batch.volcano.sh) keeps pods under spec.tasks[].template.spec.
  const tasks = at(doc, ['spec', 'tasks']);
  if (kind === 'Job' && Array.isArray(tasks)) tasks.forEach((_, i) => push(pod(doc, ['spec', 'tasks', i, 'template', 'spec'], `tasks[${i}]`)));
  return out;
}

export { at, obj };
