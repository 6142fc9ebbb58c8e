import { describe, expect, test } from '@jest/globals';
import { createHash, createPublicKey, generateKeyPairSync, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { zipSync } from 'fflate';
import { isMlguardError } from '@mlguard/core';
import { modelSignTool } from '../src/index.js';
import { bytes, op } from './pickle-bytes.js';
import { fakeOptions, fakePorts, workspaceWith } from './helpers.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const pem = (f: string) => readFileSync(join(fixtures, 'pki', f), 'utf8');

function safetensors(): Buffer {
  const header = Buffer.from('{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([len, header, Buffer.alloc(8, 1)]);
}

const MODEL = {
  'models/fraud/model.safetensors': safetensors(),
  'models/fraud/config.json': '{"threshold": 0.7, "features": 30}\n',
  'models/fraud/tokenizer/vocab.txt': 'a\nb\nc\n',
  'models/fraud/.git/HEAD': 'ref: refs/heads/main\n',
  'models/fraud/.gitattributes': '*.safetensors filter=lfs\n',
};

function keyPair(curve: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  return { priv: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, pub: publicKey.export({ type: 'spki', format: 'pem' }) as string };
}

const run = (ws: string, values: Record<string, unknown>, extra = {}) => {
  const ports = fakePorts(ws, extra);
  return modelSignTool.run(fakeOptions(values as never), ports).then((r) => ({ ...r, outputs: ports.outputs }));
};

/**
 * An independent verifier written from the OMS spec (v1.0 §5), sharing no code with the engine:
 * DSSE PAE, ECDSA with the curve's hash, SHA-256 of each file, root digest over raw digests.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bundle is untyped JSON on purpose: this verifier reads it as the spec describes
function specVerify(dir: string, bundle: Record<string, any>, publicKeyPem: string): { ok: boolean; why?: string } {
  if (bundle.mediaType !== 'application/vnd.dev.sigstore.bundle.v0.3+json') return { ok: false, why: 'mediaType' };
  const env = bundle.dsseEnvelope;
  const payload = Buffer.from(env.payload, 'base64');
  const type = env.payloadType;
  const paeBytes = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
  const key = createPublicKey(publicKeyPem);
  const curveHash: Record<string, string> = { prime256v1: 'sha256', secp384r1: 'sha384', secp521r1: 'sha512' };
  if (env.signatures.length !== 1) return { ok: false, why: 'signature count' };
  if (!cryptoVerify(curveHash[key.asymmetricKeyDetails!.namedCurve!]!, paeBytes, key, Buffer.from(env.signatures[0].sig, 'base64'))) return { ok: false, why: 'signature' };
  const st = JSON.parse(payload.toString());
  if (st._type !== 'https://in-toto.io/Statement/v1' || st.predicateType !== 'https://model_signing/signature/v1.0') return { ok: false, why: 'types' };
  const resources = st.predicate.resources as { name: string; algorithm: string; digest: string }[];
  const root = createHash('sha256');
  for (const r of resources) root.update(Buffer.from(r.digest, 'hex'));
  if (root.digest('hex') !== st.subject[0].digest.sha256) return { ok: false, why: 'root' };
  const onDisk: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      const name = prefix ? `${prefix}/${e}` : e;
      if (['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'].includes(name)) continue;
      if (statSync(p).isDirectory()) walk(p, name);
      else onDisk.push(name);
    }
  };
  walk(dir, '');
  if (onDisk.sort().join() !== resources.map((r) => r.name).sort().join()) return { ok: false, why: 'file list' };
  for (const r of resources) {
    if (r.algorithm !== 'sha256' || createHash('sha256').update(readFileSync(join(dir, r.name))).digest('hex') !== r.digest) return { ok: false, why: `digest ${r.name}` };
  }
  return { ok: true };
}

const ajv = new Ajv2020.default({ strict: false, allErrors: true });
for (const f of ['bundle', 'envelope', 'statement', 'predicate']) ajv.addSchema(JSON.parse(readFileSync(join(fixtures, 'oms-schemas', `${f}.schema.json`), 'utf8')) as object);
const schemaId = (f: string) => (JSON.parse(readFileSync(join(fixtures, 'oms-schemas', `${f}.schema.json`), 'utf8')) as { $id: string }).$id;
function expectSchemaValid(bundle: unknown) {
  expect(ajv.validate(schemaId('bundle'), bundle) ? [] : ajv.errors).toEqual([]);
  const payload = JSON.parse(Buffer.from((bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString());
  expect(ajv.validate(schemaId('statement'), payload) ? [] : ajv.errors).toEqual([]);
  expect(ajv.validate(schemaId('predicate'), payload.predicate) ? [] : ajv.errors).toEqual([]);
}

describe('key mode round trips', () => {
  for (const curve of ['prime256v1', 'secp384r1', 'secp521r1']) {
    test(`${curve}: sign, schema-valid, independently verified, then verified by the engine`, async () => {
      const ws = workspaceWith(MODEL);
      const k = keyPair(curve);
      const signed = await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv });
      expect(signed.metrics).toMatchObject({ signed: true, method: 'key', files: 3 });
      expect(signed.outputs['root-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
      const bundle = JSON.parse(readFileSync(join(ws, 'models/fraud/model.sig'), 'utf8'));
      expectSchemaValid(bundle);
      expect(bundle.verificationMaterial.publicKey.hint).toBe(createHash('sha256').update(k.pub).digest('hex'));
      expect(specVerify(join(ws, 'models/fraud'), bundle, k.pub)).toEqual({ ok: true });
      const stmt = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
      expect(stmt.subject[0].name).toBe('fraud');
      expect(stmt.predicate.serialization).toMatchObject({ method: 'files', hash_type: 'sha256', allow_symlinks: false });
      expect(stmt.predicate.serialization.ignore_paths).toEqual(expect.arrayContaining(['.git', '.github', '.gitattributes', '.gitignore', 'model.sig']));

      const verified = await run(ws, { command: 'verify', paths: ['models/fraud'], 'public-key': k.pub });
      expect(verified.findings).toEqual([]);
      expect(verified.metrics).toMatchObject({ verified: true, files: 3, rootDigest: signed.outputs['root-digest'] });
      expect(verified.outputs.verified).toBe('true');
    });
  }

  test('the independent verifier rejects a tampered file (it is a real check)', async () => {
    const ws = workspaceWith(MODEL);
    const k = keyPair('prime256v1');
    await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv });
    appendFileSync(join(ws, 'models/fraud/config.json'), ' ');
    const bundle = JSON.parse(readFileSync(join(ws, 'models/fraud/model.sig'), 'utf8'));
    expect(specVerify(join(ws, 'models/fraud'), bundle, k.pub)).toEqual({ ok: false, why: 'digest config.json' });
  });
});

describe('certificate mode', () => {
  const signCert = (ws: string) =>
    run(ws, { command: 'sign', method: 'certificate', paths: ['models/fraud'], 'private-key': pem('leaf-key.pem'), 'signing-certificate': pem('leaf.pem'), 'certificate-chain': [pem('int.pem')] });

  test('round trip: chain embedded leaf first, schema-valid, verified against the root', async () => {
    const ws = workspaceWith(MODEL);
    await signCert(ws);
    const bundle = JSON.parse(readFileSync(join(ws, 'models/fraud/model.sig'), 'utf8'));
    expectSchemaValid(bundle);
    const chain = bundle.verificationMaterial.x509CertificateChain.certificates.map((c: { rawBytes: string }) => new X509Certificate(Buffer.from(c.rawBytes, 'base64')));
    expect(chain.map((c: X509Certificate) => c.subject)).toEqual([new X509Certificate(pem('leaf.pem')).subject, new X509Certificate(pem('int.pem')).subject]);
    expect(specVerify(join(ws, 'models/fraud'), bundle, chain[0].publicKey.export({ type: 'spki', format: 'pem' }) as string)).toEqual({ ok: true });
    const r = await run(ws, { command: 'verify', paths: ['models/fraud'], 'certificate-chain': [pem('root.pem')] });
    expect(r.findings).toEqual([]);
    expect(r.metrics).toMatchObject({ verified: true, method: 'certificate' });
  });

  test('an untrusted root and an expired certificate give distinct findings', async () => {
    const ws = workspaceWith(MODEL);
    await signCert(ws);
    const untrusted = await run(ws, { command: 'verify', paths: ['models/fraud'], 'certificate-chain': [pem('other-root.pem')] });
    expect(untrusted.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-007']);
    const later = await run(ws, { command: 'verify', paths: ['models/fraud'], 'certificate-chain': [pem('root.pem')] }, { clock: { now: () => new Date('2100-01-01') } });
    expect(later.findings.map((f) => [f.ruleId, f.severity])).toEqual([['MODEL-SIG-006', 'high']]);
    expect(later.findings[0]!.message).toMatch(/expired/);
  });

  test('a key that does not match the certificate is refused at signing', async () => {
    const ws = workspaceWith(MODEL);
    await expect(run(ws, { command: 'sign', method: 'certificate', paths: ['models/fraud'], 'private-key': keyPair('prime256v1').priv, 'signing-certificate': pem('leaf.pem') })).rejects.toThrow(/does not belong/);
  });
});

describe('verification findings are distinct and name the file', () => {
  const k = keyPair('secp384r1');
  const signed = async () => {
    const ws = workspaceWith(MODEL);
    await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv });
    return ws;
  };
  const verify = (ws: string, extra: Record<string, unknown> = {}) => run(ws, { command: 'verify', paths: ['models/fraud'], 'public-key': k.pub, ...extra });

  test('changed, missing and extra files', async () => {
    const ws = await signed();
    writeFileSync(join(ws, 'models/fraud/config.json'), '{"threshold": 0.01}\n');
    rmSync(join(ws, 'models/fraud/tokenizer/vocab.txt'));
    writeFileSync(join(ws, 'models/fraud/backdoor.pkl'), 'x');
    const r = await verify(ws, { scan: false });
    const got = r.findings.map((f) => [f.ruleId, f.location?.path]).sort();
    expect(got).toEqual([
      ['MODEL-FILE-001', 'models/fraud/config.json'],
      ['MODEL-FILE-002', 'models/fraud/tokenizer/vocab.txt'],
      ['MODEL-FILE-003', 'models/fraud/backdoor.pkl'],
    ]);
    expect(r.findings.find((f) => f.ruleId === 'MODEL-FILE-001')!.severity).toBe('critical');
    expect(r.outputs.verified).toBe('false');
    const tolerant = await verify(ws, { scan: false, 'allow-unsigned-files': true });
    expect(tolerant.findings.map((f) => f.ruleId).sort()).toEqual(['MODEL-FILE-001', 'MODEL-FILE-002']);
  });

  test('ignore-paths leaves files out on both sides', async () => {
    const ws = workspaceWith({ ...MODEL, 'models/fraud/logs/run.txt': 'x' });
    await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv, 'ignore-paths': ['logs'] });
    writeFileSync(join(ws, 'models/fraud/logs/run.txt'), 'changed');
    expect((await verify(ws)).findings).toEqual([]);
  });

  test('wrong key, missing signature, malformed bundles', async () => {
    const ws = await signed();
    const wrong = await verify(ws, { 'public-key': keyPair('secp384r1').pub });
    expect(wrong.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-004']);
    expect(wrong.findings[0]!.location?.path).toBe('models/fraud/model.sig');

    const sigPath = join(ws, 'models/fraud/model.sig');
    const good = JSON.parse(readFileSync(sigPath, 'utf8'));
    const cases: [string, unknown, string][] = [
      ['not json', '{"mediaType": ', 'not-json'],
      ['wrong predicate', { ...good, dsseEnvelope: { ...good.dsseEnvelope, payload: Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'x', digest: { sha256: '00' } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: {} })).toString('base64') } }, 'wrong-predicate-type'],
      ['two signatures', { ...good, dsseEnvelope: { ...good.dsseEnvelope, signatures: [good.dsseEnvelope.signatures[0], good.dsseEnvelope.signatures[0]] } }, 'signature-count'],
      ['wrong payload type', { ...good, dsseEnvelope: { ...good.dsseEnvelope, payloadType: 'text/plain' } }, 'wrong-payload-type'],
      ['no verification material', { mediaType: good.mediaType, dsseEnvelope: good.dsseEnvelope }, 'missing-verification-material'],
    ];
    for (const [, content, reason] of cases) {
      writeFileSync(sigPath, typeof content === 'string' ? content : JSON.stringify(content));
      const r = await verify(ws, { scan: false });
      expect([r.findings.length, r.findings[0]!.ruleId, r.findings[0]!.properties.reason]).toEqual([1, 'MODEL-SIG-002', reason]);
    }
    rmSync(sigPath);
    expect((await verify(ws)).findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-001']);
  });

  test('a key-signed model verified in certificate mode is a method mismatch', async () => {
    const ws = await signed();
    expect((await verify(ws, { 'public-key': undefined, 'certificate-chain': [pem('root.pem')] })).findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-003']);
  });

  test('verify needs exactly one trust input', async () => {
    const ws = await signed();
    await expect(run(ws, { command: 'verify', paths: ['models/fraud'] })).rejects.toThrow(/exactly one of public-key, certificate-chain or identity/);
  });
});

describe('model tree policy', () => {
  const k = keyPair('prime256v1');

  test('symlinks are refused unless allowed; a symlink loop is bounded', async () => {
    const ws = workspaceWith(MODEL);
    symlinkSync('config.json', join(ws, 'models/fraud/link.json'));
    const err = await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv }).catch((e: unknown) => e);
    expect(isMlguardError(err) && err.message).toMatch(/link\.json is a symbolic link/);
    const ok = await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv, 'allow-symlinks': true });
    expect(ok.metrics.files).toBe(4);

    const loop = workspaceWith(MODEL);
    mkdirSync(join(loop, 'models/fraud/sub'));
    symlinkSync('..', join(loop, 'models/fraud/sub/up'));
    const looped = await run(loop, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv, 'allow-symlinks': true }).catch((e: unknown) => e);
    expect(isMlguardError(looped) && looped.message).toMatch(/deeper than|loop/);

    // Two links to the same directory branch exponentially: the entry budget stops it.
    const fork = workspaceWith({ 'm/w.bin': 'w' });
    symlinkSync('.', join(fork, 'm/a'));
    symlinkSync('.', join(fork, 'm/b'));
    const forked = await run(fork, { command: 'sign', paths: ['m'], 'private-key': k.priv, 'allow-symlinks': true, 'max-files': 1000 }).catch((e: unknown) => e);
    expect(isMlguardError(forked) && forked.message).toMatch(/entries visited|deeper than|symlink loop/);
    const verifyFork = await run(fork, { command: 'verify', paths: ['m'], 'public-key': k.pub, scan: false });
    expect(verifyFork.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIG-001']);
  });

  test('a 10,000-file model signs and verifies; max-files bounds a bigger one', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`models/shards/d${i % 50}/f${i}.bin`] = String(i);
    const ws = workspaceWith(files);
    const s = await run(ws, { command: 'sign', paths: ['models/shards'], 'private-key': k.priv, scan: false });
    expect(s.metrics.files).toBe(10_000);
    const v = await run(ws, { command: 'verify', paths: ['models/shards'], 'public-key': k.pub, scan: false });
    expect(v.findings).toEqual([]);
    const capped = await run(ws, { command: 'verify', paths: ['models/shards'], 'public-key': k.pub, scan: false, 'max-files': 500 });
    expect(capped.findings.map((f) => f.ruleId)).toContain('MODEL-FILE-006');
  });

  test('a single-file model uses model_signing naming and warns', async () => {
    const ws = workspaceWith({ 'model.bin': 'raw weights' });
    const s = await run(ws, { command: 'sign', paths: ['model.bin'], 'private-key': k.priv, signature: 'model.bin.sig' });
    expect(s.findings.map((f) => f.ruleId)).toEqual(['MODEL-SIGN-002']);
    const stmt = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(ws, 'model.bin.sig'), 'utf8')).dsseEnvelope.payload, 'base64').toString());
    expect(stmt.predicate.resources[0].name).toBe('.');
    const v = await run(ws, { command: 'verify', paths: ['model.bin'], 'public-key': k.pub, signature: 'model.bin.sig' });
    expect(v.findings).toEqual([]);
  });

  test('a prefix conflict (x.json beside x/) is signed in Python order with a warning', async () => {
    const ws = workspaceWith({ 'm/a.txt': '1', 'm/a/b': '2', 'm/a-b': '3' });
    const s = await run(ws, { command: 'sign', paths: ['m'], 'private-key': k.priv });
    const stmt = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(ws, 'm/model.sig'), 'utf8')).dsseEnvelope.payload, 'base64').toString());
    expect(stmt.predicate.resources.map((r: { name: string }) => r.name)).toEqual(['a/b', 'a-b', 'a.txt']);
    expect(s.findings[0]?.message).toMatch(/code-point order differs/);
  });
});

describe('scan before signing, keyless without a token, deploy gate', () => {
  const k = keyPair('prime256v1');
  const evil = bytes(op.proto(2), op.global('os', 'system'), op.ustr('id'), op.tuple1, op.reduce, op.stop);

  test('a model with a dangerous pickle is not signed', async () => {
    const ws = workspaceWith({ ...MODEL, 'models/fraud/legacy.pkl': evil });
    const r = await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv });
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['MODEL-PKL-001', 'MODEL-SIGN-001']);
    expect(r.findings.find((f) => f.ruleId === 'MODEL-PKL-001')).toMatchObject({ location: { path: 'models/fraud/legacy.pkl' }, properties: { global: 'os.system', offset: 2, calledVia: 'REDUCE' } });
    expect(() => statSync(join(ws, 'models/fraud/model.sig'))).toThrow();
    const forced = await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv, 'sign-dangerous': true });
    expect(forced.metrics.signed).toBe(true);
  });

  test('keyless signing without an OIDC token fails with advice', async () => {
    const ws = workspaceWith(MODEL);
    const err = await run(ws, { command: 'sign', paths: ['models/fraud'] }).catch((e: unknown) => e);
    expect(isMlguardError(err)).toBe(true);
    expect((err as Error).message).toMatch(/keyless signing needs an OIDC token/);
    expect((err as { hint: string }).hint).toMatch(/sign on push, tag or release/);
  });

  test('the verify summary carries the requested deploy gate', async () => {
    const ws = workspaceWith(MODEL);
    await run(ws, { command: 'sign', paths: ['models/fraud'], 'private-key': k.priv });
    for (const [target, marker] of [['model-validation', 'kind: ModelValidation'], ['kserve', 'kind: InferenceService'], ['seldon', 'kind: SeldonDeployment']] as const) {
      const r = await run(ws, { command: 'verify', paths: ['models/fraud'], 'public-key': k.pub, 'deploy-snippet': target });
      expect(r.summaryMarkdown).toContain(marker);
    }
    const r = await run(ws, { command: 'verify', paths: ['models/fraud'], 'public-key': k.pub, 'deploy-snippet': 'kserve' });
    expect(r.summaryMarkdown).toMatch(/"model-sign", "verify", "--signature", "\/mnt\/models\/model.sig", "--public-key"/);
  });

  test('a checkpoint larger than max-scan-size is streamed: pickle members scanned, storages skipped', async () => {
    const storage = new Uint8Array(3 << 20).fill(7);
    const big = zipSync({ 'archive/data.pkl': evil, 'archive/data/0': storage, 'archive/version': Buffer.from('3\n') }, { level: 0 });
    const clean = zipSync({ 'archive/data.pkl': bytes(op.proto(2), op.emptyDict, op.stop), 'archive/data/0': storage }, { level: 0 });
    const ws = workspaceWith({ 'ckpt/big.pt': big, 'ckpt/clean.pt': clean });
    const r = await run(ws, { command: 'scan', paths: ['ckpt'], 'max-scan-size': 1 });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'MODEL-PKL-001', location: { path: 'ckpt/big.pt' }, properties: expect.objectContaining({ member: 'archive/data.pkl', global: 'os.system' }) })]);
    expect(r.metrics).toMatchObject({ filesScanned: 2 });
  });

  test('scan command reports per file with the member and offset', async () => {
    const ws = workspaceWith({ 'legacy/model.pkl': evil, 'legacy/ok.pkl': bytes(op.proto(2), op.emptyDict, op.stop) });
    const r = await run(ws, { command: 'scan', paths: ['legacy'] });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'MODEL-PKL-001', severity: 'critical', location: { path: 'legacy/model.pkl' } })]);
    expect(r.metrics).toMatchObject({ filesScanned: 2 });
    const both = await run(ws, { command: 'scan', paths: ['legacy/ok.pkl'], 'scan-paths': ['legacy/model.pkl'] });
    expect(both.findings.map((f) => f.location?.path)).toEqual(['legacy/model.pkl']);
  });
});
