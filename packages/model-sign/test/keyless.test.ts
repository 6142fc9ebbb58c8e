// Keyless signing and verification, offline: sigstore's mock Fulcio and Rekor (nock) stand in
// for the public-good services, and a trusted root is built from the mocks' keys.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from '@sigstore/mock';
import { mock } from '@sigstore/mock/dist/mock.js';
import { generateKeyPair } from '@sigstore/mock/dist/util/key.js';
import { modelSignTool } from '../src/index.js';
import { fakeOptions, fakePorts, workspaceWith } from './helpers.js';

const FULCIO = 'https://fulcio.mock.test';
const REKOR = 'https://rekor.mock.test';
const ISSUER = 'https://token.actions.githubusercontent.com';
const IDENTITY = 'https://github.com/acme/fraud/.github/workflows/release.yml@refs/heads/main';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An unsigned JWT: the mock Fulcio reads its claims without checking a signature. */
const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: ISSUER, sub: IDENTITY, aud: 'sigstore', exp: Math.floor(Date.now() / 1000) + 600, repository: 'acme/fraud', ref: 'refs/heads/main', job_workflow_ref: 'acme/fraud/.github/workflows/release.yml@refs/heads/main', runner_environment: 'github-hosted' })}.`;

let trustedRoot: object;

beforeAll(async () => {
  nock.disableNetConnect();
  const ctlog = await initializeCTLog(generateKeyPair());
  const ca = await initializeCA(generateKeyPair(), ctlog);
  const tlog = await initializeTLog(REKOR, generateKeyPair());
  mock(FULCIO, fulcioHandler(ca, { strict: true }));
  mock(REKOR, rekorHandler(tlog));
  const valid = { start: '2000-01-01T00:00:00Z' };
  const key = (raw: Buffer) => ({ rawBytes: raw.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: valid });
  trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{ baseUrl: REKOR, hashAlgorithm: 'SHA2_256', publicKey: key(tlog.publicKey), logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') } }],
    certificateAuthorities: [{ subject: { organization: 'mock', commonName: 'mock' }, uri: FULCIO, certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer, ca.rootCertificate.byteOffset, ca.rootCertificate.byteLength).toString('base64') }] }, validFor: valid }],
    ctlogs: [{ baseUrl: 'https://ctfe.mock.test', hashAlgorithm: 'SHA2_256', publicKey: key(ctlog.publicKey), logId: { keyId: Buffer.from(ctlog.logID.buffer, ctlog.logID.byteOffset, ctlog.logID.byteLength).toString('base64') } }],
    timestampAuthorities: [],
  };
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('keyless (Sigstore) with mock Fulcio and Rekor', () => {
  test('signs with an OIDC token, then verifies offline against the pinned root; a wrong identity fails', async () => {
    const ws = workspaceWith({ 'model/weights.bin': 'w', 'model/config.json': '{}' });
    const audiences: string[] = [];
    const ports = fakePorts(ws, {
      oidcToken: async (aud: string) => {
        audiences.push(aud);
        return token;
      },
    });
    const signed = await modelSignTool.run(fakeOptions({ command: 'sign', paths: ['model'], 'fulcio-url': FULCIO, 'rekor-url': REKOR, 'rekor-entry-type': 'intoto', 'tsa-url': '', 'allow-network': true }), ports);
    // The mock Rekor's dsse body is not faithful, so the default entry type is swapped for intoto here.
    expect(signed.metrics).toMatchObject({ signed: true, method: 'keyless' });
    expect(audiences).toEqual(['sigstore']);
    const bundle = JSON.parse(readFileSync(join(ws, 'model/model.sig'), 'utf8'));
    expect(bundle.verificationMaterial.certificate.rawBytes).toBeTruthy();
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(ports.outputs['rekor-log-index']).toMatch(/^\d+$/);

    const rootFile = join(ws, 'trusted_root.json');
    await ports.fs.writeFile(rootFile, JSON.stringify(trustedRoot));
    const verify = (extra: Record<string, unknown>) =>
      modelSignTool.run(fakeOptions({ command: 'verify', paths: ['model'], 'trusted-root': rootFile, ...extra } as never), fakePorts(ws));
    const ok = await verify({ identity: IDENTITY });
    expect(ok.findings).toEqual([]);
    expect(ok.metrics).toMatchObject({ verified: true, signer: IDENTITY, issuer: ISSUER });
    expect((await verify({ 'identity-regex': 'https://github\\.com/acme/.*' })).findings).toEqual([]);
    const pinned = await verify({ identity: IDENTITY, 'source-repository': 'https://github.com/acme/fraud', 'source-ref': 'refs/heads/main', workflow: 'https://github.com/acme/fraud/.github/workflows/release.yml@refs/heads/main' });
    expect(pinned.findings).toEqual([]);
    const otherRef = await verify({ identity: IDENTITY, 'source-ref': 'refs/heads/release' });
    expect(otherRef.findings.map((f) => [f.ruleId, f.message])).toEqual([['MODEL-SIG-005', 'certificate claim source-ref is refs/heads/main, the policy requires refs/heads/release']]);
    const wrong = await verify({ identity: 'https://github.com/evil/fork/.github/workflows/release.yml@refs/heads/main' });
    expect(wrong.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-005']);
    const wrongIssuer = await verify({ identity: IDENTITY, issuer: 'https://accounts.google.com' });
    expect(wrongIssuer.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-005']);
    // The public-good root does not trust the mock CA.
    const untrusted = await modelSignTool.run(fakeOptions({ command: 'verify', paths: ['model'], identity: IDENTITY }), fakePorts(ws));
    expect(untrusted.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-007']);
    // Without allow-network the engine refuses to contact Sigstore at all.
    const offline = await modelSignTool.run(fakeOptions({ command: 'sign', paths: ['model'] }), fakePorts(ws, { oidcToken: async () => token })).catch((e: unknown) => e);
    expect((offline as Error).message).toMatch(/network access is off/);
  });
});
