import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { deploySnippet, type GateSpec } from '../src/deploy-gate.js';

const base: Omit<GateSpec, 'mode'> = { modelPath: '/mnt/models/fraud', signatureFile: 'model.sig', image: 'ghcr.io/acme/mlguard:1', name: 'fraud' };
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('deploy-gate snippets are valid Kubernetes YAML that run the same verification', () => {
  test('KServe init container verifies with the public key, read-only mount', () => {
    const doc = parse(deploySnippet('kserve', { ...base, mode: { method: 'key', publicKeyFile: '/etc/model-signing/key.pub' } })) as Doc;
    expect(doc.kind).toBe('InferenceService');
    const c = doc.spec.predictor.initContainers[0];
    expect(c.image).toBe('ghcr.io/acme/mlguard:1');
    expect(c.args).toEqual(['model-sign', 'verify', '--signature', '/mnt/models/fraud/model.sig', '--public-key', '/etc/model-signing/key.pub', '--fail-on', 'high', '/mnt/models/fraud']);
    expect(c.volumeMounts[0]).toMatchObject({ name: 'kserve-provision-location', mountPath: '/mnt/models/fraud', readOnly: true });
  });

  test('Seldon init container for keyless verification', () => {
    const doc = parse(deploySnippet('seldon', { ...base, mode: { method: 'keyless', identity: 'https://github.com/acme/fraud/.github/workflows/model.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com' } })) as Doc;
    expect(doc.kind).toBe('SeldonDeployment');
    const c = doc.spec.predictors[0].componentSpecs[0].spec.initContainers[0];
    expect(c.args).toContain('--identity');
    expect(c.args).toContain('https://github.com/acme/fraud/.github/workflows/model.yml@refs/heads/main');
  });

  test('ModelValidation resource for each trust mode', () => {
    const key = parse(deploySnippet('model-validation', { ...base, mode: { method: 'key', publicKeyFile: '/keys/k.pub' } })) as Doc;
    expect(key).toMatchObject({ apiVersion: 'ml.sigstore.dev/v1alpha1', kind: 'ModelValidation', spec: { model: { path: '/mnt/models/fraud', signaturePath: '/mnt/models/fraud/model.sig' }, config: { publicKeyConfig: { keyPath: '/keys/k.pub' } } } });
    const pki = parse(deploySnippet('model-validation', { ...base, mode: { method: 'certificate', caFile: '/keys/ca.pem' } })) as Doc;
    expect(pki.spec.config).toEqual({ pkiConfig: { certificateAuthority: '/keys/ca.pem' } });
    const sig = parse(deploySnippet('model-validation', { ...base, mode: { method: 'keyless', identity: 'me@example.com', issuer: 'https://accounts.google.com' } })) as Doc;
    expect(sig.spec.config).toEqual({ sigstoreConfig: { certificateIdentity: 'me@example.com', certificateOidcIssuer: 'https://accounts.google.com' } });
  });
});
