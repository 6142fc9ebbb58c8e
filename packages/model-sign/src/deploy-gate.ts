/**
 * Kubernetes snippets that verify the model before a model server starts: an init container
 * running `mlguard model-sign verify` (KServe, Seldon), or a `ModelValidation` resource for
 * sigstore's model-validation-operator, which runs `model_signing verify` on our model.sig
 * unchanged (same OMS format).
 */
export type DeployTarget = 'kserve' | 'seldon' | 'model-validation';

export interface GateSpec {
  /** Model directory as mounted in the pod. */
  modelPath: string;
  signatureFile: string;
  mode: { method: 'key'; publicKeyFile: string } | { method: 'certificate'; caFile: string } | { method: 'keyless'; identity: string; issuer: string };
  image: string;
  name: string;
}

const q = (s: string) => JSON.stringify(s);

function verifyArgs(g: GateSpec): string[] {
  const sig = `${g.modelPath}/${g.signatureFile}`;
  const base = ['model-sign', 'verify', '--signature', sig];
  const mode =
    g.mode.method === 'key'
      ? ['--public-key', g.mode.publicKeyFile]
      : g.mode.method === 'certificate'
        ? ['--certificate-chain', g.mode.caFile]
        : ['--identity', g.mode.identity, '--issuer', g.mode.issuer];
  return [...base, ...mode, '--fail-on', 'high', g.modelPath];
}

function initContainer(g: GateSpec, volume: string, indent: string): string {
  return [
    `${indent}- name: verify-model-signature`,
    `${indent}  image: ${g.image}`,
    `${indent}  # Exits non-zero (and the pod never starts serving) unless every model file matches model.sig.`,
    `${indent}  args: [${verifyArgs(g).map(q).join(', ')}]`,
    `${indent}  volumeMounts:`,
    `${indent}    - { name: ${volume}, mountPath: ${g.modelPath}, readOnly: true }`,
    ...(g.mode.method === 'keyless' ? [] : [`${indent}    - { name: model-signing-trust, mountPath: /etc/model-signing, readOnly: true }`]),
  ].join('\n');
}

export function deploySnippet(target: DeployTarget, g: GateSpec): string {
  if (target === 'model-validation') {
    const config =
      g.mode.method === 'key'
        ? `    publicKeyConfig:\n      keyPath: ${g.mode.publicKeyFile}`
        : g.mode.method === 'certificate'
          ? `    pkiConfig:\n      certificateAuthority: ${g.mode.caFile}`
          : `    sigstoreConfig:\n      certificateIdentity: ${q(g.mode.identity)}\n      certificateOidcIssuer: ${q(g.mode.issuer)}`;
    return [
      '# sigstore/model-validation-operator: pods labelled validation.ml.sigstore.dev/ml=' + g.name + ' get an init container',
      '# that runs `model_signing verify` on the mounted model; it reads mlguard\'s model.sig unchanged.',
      'apiVersion: ml.sigstore.dev/v1alpha1',
      'kind: ModelValidation',
      'metadata:',
      `  name: ${g.name}`,
      'spec:',
      '  model:',
      `    path: ${g.modelPath}`,
      `    signaturePath: ${g.modelPath}/${g.signatureFile}`,
      '  config:',
      config,
    ].join('\n');
  }
  if (target === 'kserve') {
    return [
      '# KServe: verify after the storage initializer has downloaded the model into /mnt/models.',
      'apiVersion: serving.kserve.io/v1beta1',
      'kind: InferenceService',
      'metadata:',
      `  name: ${g.name}`,
      'spec:',
      '  predictor:',
      '    initContainers:',
      initContainer({ ...g }, 'kserve-provision-location', '      '),
    ].join('\n');
  }
  return [
    '# Seldon Core: the verification init container runs after the model initializer.',
    'apiVersion: machinelearning.seldon.io/v1',
    'kind: SeldonDeployment',
    'metadata:',
    `  name: ${g.name}`,
    'spec:',
    '  predictors:',
    '    - name: default',
    '      componentSpecs:',
    '        - spec:',
    '            initContainers:',
    initContainer(g, `${g.name}-provision-location`, '              '),
  ].join('\n');
}
