import type { Hit } from '../hit.js';
import { exposureProblems, isLiteralSecret, isSecretName, TOKEN_FORMAT } from '../ml/patterns.js';
import type { InlineSuppression } from '../suppress.js';
import type { YamlDoc } from '../yaml/documents.js';
import { at, obj, podSpecs, type Path, type PodRef } from './podspecs.js';

/** True for a document that looks like a Kubernetes object. */
export function isK8sObject(v: unknown): boolean {
  const o = obj(v);
  return !!o && typeof o.apiVersion === 'string' && typeof o.kind === 'string';
}

const SENSITIVE_HOST = /^\/(var\/run\/docker\.sock|run\/containerd|var\/run\/crio|etc|proc|sys|root|var\/lib\/kubelet|dev|boot)?(\/|$)|^\/dev\/nvidia/;

export function checkK8sDocument(doc: YamlDoc, file: string): Hit[] {
  const v = doc.value;
  const o = obj(v)!;
  const kind = String(o.kind);
  const name = String(obj(o.metadata)?.name ?? '(unnamed)');
  const resource = `${kind}/${name}`;
  const hits: Hit[] = [];
  const suppressions = annotationSuppressions(obj(obj(o.metadata)?.annotations), file, doc.lineOf(['metadata', 'annotations']));
  const add = (ruleId: string, path: Path, message: string, attrPath?: string) =>
    hits.push({
      ruleId,
      file,
      line: doc.lineOf(path),
      resource,
      message: `${resource}: ${message}`,
      attrPath: attrPath ?? path.join('.'),
      block: { line: doc.line, endLine: doc.endLine },
      suppressions,
    });

  for (const p of podSpecs(v)) checkPod(v, p, kind, add);

  if (kind === 'InferenceService') {
    const labels = obj(obj(o.metadata)?.labels) ?? {};
    const vis = labels['networking.knative.dev/visibility'] ?? labels['networking.kserve.io/visibility'];
    if (vis !== 'cluster-local') {
      add('IAC-K8S-010', ['metadata', 'labels'], 'InferenceService is exposed outside the cluster (no `networking.knative.dev/visibility: cluster-local` label): the model answers anyone who reaches the ingress', 'metadata.labels.visibility');
    }
    for (const c of ['predictor', 'transformer', 'explainer']) {
      const comp = obj(at(v, ['spec', c])) ?? {};
      for (const [fw, spec] of Object.entries(comp)) {
        const uri = obj(spec)?.storageUri;
        if (typeof uri === 'string' && uri.startsWith('http://')) add('IAC-K8S-010', ['spec', c, fw, 'storageUri'], `model is downloaded over plain HTTP (${uri}): it can be swapped in transit`);
      }
    }
  }
  for (const base of [['spec'], ['spec', 'rayClusterSpec'], ['spec', 'rayClusterConfig']] as Path[]) {
    if (!/^Ray(Cluster|Job|Service)$/.test(kind)) break;
    const host = at(v, [...base, 'headGroupSpec', 'rayStartParams', 'dashboard-host']);
    if (host === '0.0.0.0') add('IAC-K8S-010', [...base, 'headGroupSpec', 'rayStartParams', 'dashboard-host'], 'Ray dashboard bound to 0.0.0.0: the Jobs API runs arbitrary code without authentication (ShadowRay, CVE-2023-48022)');
  }
  return hits;
}

type Add = (ruleId: string, path: Path, message: string, attrPath?: string) => void;

function checkPod(doc: unknown, p: PodRef, kind: string, add: Add): void {
  const spec = obj(at(doc, p.spec)) ?? {};
  const podSc = obj(spec.securityContext) ?? {};
  const where = (c: Path) => {
    const n = obj(at(doc, c))?.name;
    return `${p.role}${typeof n === 'string' ? ` container "${n}"` : ` ${String(c[c.length - 1])}`}`;
  };
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (spec[ns] === true) {
      const note = ns === 'hostIPC' ? ' (for NCCL shared memory mount an `emptyDir: {medium: Memory}` at /dev/shm instead)' : ns === 'hostNetwork' ? ' (use an RDMA device plugin for fast interconnects instead)' : '';
      add('IAC-K8S-005', [...p.spec, ns], `${p.role} sets ${ns}: true${note}`);
    }
  }
  const volumes = spec.volumes;
  if (Array.isArray(volumes)) volumes.forEach((vol, i) => {
    const hp = obj(obj(vol)?.hostPath);
    if (!hp) return;
    const path = String(hp.path ?? '');
    add('IAC-K8S-004', [...p.spec, 'volumes', i, 'hostPath'], `${p.role} mounts hostPath ${JSON.stringify(path)}${SENSITIVE_HOST.test(path) ? ' (a sensitive host path)' : ''}`);
  });
  if (spec.automountServiceAccountToken !== false && kind !== 'Workflow') {
    const sa = spec.serviceAccountName ?? spec.serviceAccount;
    add('IAC-K8S-008', [...p.spec], `${p.role} automounts the ${sa ? `"${String(sa)}"` : 'default'} service-account token (automountServiceAccountToken is not false)`, [...p.spec, 'automountServiceAccountToken'].join('.'));
  }
  for (const c of p.containers) {
    const ct = obj(at(doc, c)) ?? {};
    const sc = obj(ct.securityContext) ?? {};
    const w = where(c);
    if (sc.privileged === true) add('IAC-K8S-001', [...c, 'securityContext', 'privileged'], `${w} is privileged`);
    if (sc.allowPrivilegeEscalation !== false && sc.privileged !== true) {
      add('IAC-K8S-002', [...c, 'securityContext', 'allowPrivilegeEscalation'], `${w}: allowPrivilegeEscalation is ${sc.allowPrivilegeEscalation === undefined ? 'not set (defaults to true)' : String(sc.allowPrivilegeEscalation)}`);
    }
    const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    const uid = sc.runAsUser ?? podSc.runAsUser;
    if (uid === 0) add('IAC-K8S-003', sc.runAsUser === 0 ? [...c, 'securityContext', 'runAsUser'] : [...p.spec, 'securityContext', 'runAsUser'], `${w} runs as UID 0 (root)`, [...c, 'runAsUser'].join('.'));
    else if (nonRoot !== true && (typeof uid !== 'number' || uid <= 0)) add('IAC-K8S-003', [...c, 'securityContext', 'runAsNonRoot'], `${w}: runAsNonRoot is not true and no non-root runAsUser is set`);
    const res = obj(ct.resources) ?? {};
    const limits = obj(res.limits) ?? {};
    const requests = obj(res.requests) ?? {};
    const missing = ['cpu', 'memory'].filter((r) => limits[r] === undefined);
    if (missing.length && (ct.image !== undefined || ct.name !== undefined)) add('IAC-K8S-006', [...c, 'resources', 'limits'], `${w} has no ${missing.join('/')} limit`);
    for (const r of Object.keys(requests)) {
      if (/gpu/i.test(r) && limits[r] === undefined) add('IAC-K8S-006', [...c, 'resources', 'requests', r], `${w} requests ${r} without a limit (extended resources must be set in limits)`);
    }
    if (typeof ct.image === 'string') {
      const tag = imageTag(ct.image);
      if (tag === undefined || tag === 'latest') add('IAC-K8S-007', [...c, 'image'], `${w} image ${JSON.stringify(ct.image)} ${tag ? 'uses :latest' : 'has no tag'}`);
    }
    const env = ct.env;
    if (Array.isArray(env)) env.forEach((e, i) => {
      const eo = obj(e) ?? {};
      const n = String(eo.name ?? '');
      if ((isSecretName(n) && isLiteralSecret(eo.value)) || (typeof eo.value === 'string' && TOKEN_FORMAT.test(eo.value))) {
        add('IAC-K8S-009', [...c, 'env', i, 'value'], `${w} sets ${n} to a literal value in the manifest`);
      }
    });
    const cmd = [ct.command, ct.args].flatMap((x) => (Array.isArray(x) ? x.map(String) : typeof x === 'string' ? [x] : [])).join(' ');
    const script = typeof ct.source === 'string' ? ct.source : '';
    for (const problem of exposureProblems(`${cmd}\n${script}`)) add('IAC-K8S-010', [...c, ct.args ? 'args' : 'command'], `${w}: ${problem}`);
  }
}

/** `repo/name:tag@sha256:...` -> the tag, `@digest` when pinned by digest, undefined when untagged. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@sha256:')) return '@digest';
  const last = image.split('/').pop() ?? image;
  const i = last.lastIndexOf(':');
  return i >= 0 ? last.slice(i + 1) : undefined;
}

/** `checkov.io/skip1: CKV_K8S_20=reason` and `ignore-check.kube-linter.io/<check>: reason`. */
function annotationSuppressions(ann: Record<string, unknown> | undefined, file: string, line: number): InlineSuppression[] {
  if (!ann) return [];
  const out: InlineSuppression[] = [];
  for (const [k, v] of Object.entries(ann)) {
    const val = typeof v === 'string' ? v : '';
    if (/^checkov\.io\/skip\d*$/.test(k)) {
      const [id, ...reason] = val.split('=');
      if (id) out.push({ kind: 'annotation', ids: [id.trim()], reason: reason.join('=').trim(), file, line, scope: 'block' });
    } else if (k.startsWith('ignore-check.kube-linter.io/')) {
      out.push({ kind: 'annotation', ids: [k.slice('ignore-check.kube-linter.io/'.length)], reason: val.trim(), file, line, scope: 'block' });
    } else if (/^mlguard\.io\/ignore/.test(k)) {
      const m = /^([A-Za-z0-9_,-]+)\s*(.*)$/.exec(val);
      const reason = /reason\s*=\s*"([^"]*)"/.exec(m?.[2] ?? '')?.[1] ?? '';
      const expires = /expires\s*=\s*(\d{4}-\d{2}-\d{2})/.exec(m?.[2] ?? '')?.[1];
      if (m?.[1]) out.push({ kind: 'annotation', ids: m[1].split(','), reason, ...(expires ? { expires } : {}), file, line, scope: 'block' });
    }
  }
  return out;
}
