// Interop with signatures made by released model_signing versions and the OMS spec's vectors.
// Run: MLGUARD_CORPORA=/work/shared/corpora npm run test:corpora -- /work/shared/corpora
import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate, createPublicKey, generateKeyPairSync } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import { nodeFileSystem } from '@mlguard/core';
import { bundledTrustedRoot, GITHUB_OIDC_ISSUER } from '../src/keyless.js';
import { parseBundle, parseStatement, BundleFormatError } from '../src/oms.js';
import { parsePemCertificates } from '../src/pki.js';
import { type Trust, verifyModel } from '../src/verify.js';

const corpora = process.env.MLGUARD_CORPORA;
if (!corpora) throw new Error('MLGUARD_CORPORA is not set: this suite needs the corpora folder');
const MT = join(corpora, 'oms-vectors', 'model-transparency');
const SPEC = join(corpora, 'oms-vectors', 'model-signing-spec');
if (!existsSync(join(MT, 'cases.json')) || !existsSync(SPEC)) throw new Error(`OMS vectors missing under ${corpora}/oms-vectors`);

interface Case {
  model: string;
  signature: string;
  method: 'key' | 'certificate' | 'sigstore';
  publicKey?: string;
  certificateChain?: string;
  identity?: string;
  identityProvider?: string;
  ignorePaths?: string[];
}
const cases = (JSON.parse(readFileSync(join(MT, 'cases.json'), 'utf8')) as { cases: Case[] }).cases;

function trustFor(c: Case, base: string, identity = c.identity): Trust {
  if (c.method === 'key') return { method: 'key', publicKey: createPublicKey(readFileSync(join(base, c.publicKey!), 'utf8')) };
  if (c.method === 'certificate') return { method: 'certificate', anchors: parsePemCertificates(readFileSync(join(base, c.certificateChain!), 'utf8'), 'chain') };
  return { method: 'keyless', trustedRoot: bundledTrustedRoot(), policy: { identity: identity!, issuer: c.identityProvider!, claims: {} } };
}

/** A private copy of a case's folder, so tampering never touches the corpus. */
function copyCase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oms-case-'));
  cpSync(MT, dir, { recursive: true });
  return dir;
}

/** An unrelated real CA (Sigstore's Fulcio root) as a wrong trust anchor. */
function fulcioRoot(): X509Certificate {
  const root = bundledTrustedRoot() as { certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[] };
  return new X509Certificate(Buffer.from(root.certificateAuthorities[0]!.certChain.certificates[0]!.rawBytes, 'base64'));
}

const run = (c: Case, base: string, trust = trustFor(c, base)) =>
  verifyModel({
    fs: nodeFileSystem(base),
    model: join(base, c.model),
    signature: join(base, c.signature),
    signatureName: c.model.includes('/') ? undefined : 'model.sig',
    trust,
    ignorePaths: c.ignorePaths ?? [],
    allowSymlinks: false,
    allowUnsignedFiles: false,
    maxFiles: 1000,
    now: new Date(),
  });

describe('model-transparency vectors (cases.json)', () => {
  test('there are key, certificate and keyless cases', () => {
    expect(new Set(cases.map((c) => c.method))).toEqual(new Set(['key', 'certificate', 'sigstore']));
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });

  for (const c of cases) {
    describe(`${c.model} (${c.method})`, () => {
      test('verifies with the listed inputs', async () => {
        const r = await run(c, MT);
        expect(r.problems).toEqual([]);
        expect(r.verified).toBe(true);
        expect(r.files).toBeGreaterThan(0);
      });

      test('fails after one byte of a signed file changes', async () => {
        const dir = copyCase();
        const model = join(dir, c.model);
        const target = c.model.includes('/') ? model : join(model, readdirSync(model).find((f) => f.startsWith('signme'))!);
        const bytes = readFileSync(target);
        bytes[0] = bytes[0]! ^ 1;
        writeFileSync(target, bytes);
        const r = await run(c, dir);
        expect(r.verified).toBe(false);
        expect(r.problems.map((p) => p.kind)).toContain('changed');
      });

      if (!c.model.includes('/')) {
        test('fails when an unlisted file is added', async () => {
          const dir = copyCase();
          writeFileSync(join(dir, c.model, 'unsigned.bin'), 'not signed');
          const r = await run(c, dir);
          expect(r.problems).toEqual([expect.objectContaining({ kind: 'extra', file: 'unsigned.bin' })]);
        });
      }

      test('fails with a wrong key or identity', async () => {
        let trust: Trust;
        if (c.method === 'sigstore') trust = trustFor(c, MT, 'someone-else@example.com');
        else if (c.method === 'key') trust = { method: 'key', publicKey: generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey };
        else trust = { method: 'certificate', anchors: [fulcioRoot()] };
        const r = await run(c, MT, trust);
        expect(r.verified).toBe(false);
        expect(r.signatureValid).toBe(false);
      });
    });
  }

  test('a keyless vector records signer, issuer and Rekor log index', async () => {
    const c = cases.find((x) => x.method === 'sigstore')!;
    const r = await run(c, MT);
    expect(r.signer).toBe('stefanb@us.ibm.com');
    expect(r.issuer).toBe('https://sigstore.verify.ibm.com/oauth2');
    expect(r.logIndex).toMatch(/^\d+$/);
    const wrongIssuer = await run(c, MT, { method: 'keyless', trustedRoot: bundledTrustedRoot(), policy: { identity: c.identity!, issuer: GITHUB_OIDC_ISSUER, claims: {} } });
    expect(wrongIssuer.problems[0]?.kind).toBe('identity');
  });
});

describe('model-signing-spec vectors', () => {
  const schemas = join(SPEC, 'schemas', 'v1.0');
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  for (const f of readdirSync(schemas)) ajv.addSchema(JSON.parse(readFileSync(join(schemas, f), 'utf8')) as object);
  const schemaId = (name: string) => (JSON.parse(readFileSync(join(schemas, `${name}.schema.json`), 'utf8')) as { $id: string }).$id;
  const vectors = join(SPEC, 'test-vectors', 'v1.0');

  for (const f of readdirSync(join(vectors, 'valid'))) {
    test(`valid/${f} parses and validates against the spec schemas`, () => {
      const text = readFileSync(join(vectors, 'valid', f), 'utf8');
      const b = parseBundle(text);
      const m = parseStatement(b.payload);
      expect(m.resources.length).toBeGreaterThan(0);
      expect(ajv.validate(schemaId('bundle'), JSON.parse(text))).toBe(true);
      expect(ajv.validate(schemaId('statement'), JSON.parse(b.payload.toString('utf8')))).toBe(true);
    });
  }
  // The valid spec vectors are real signatures over the model-transparency test files.
  const signedOver: Record<string, [string, Trust]> = {
    'key.bundle.json': ['v1.1.0-elliptic-key', { method: 'key', publicKey: createPublicKey(readFileSync(join(MT, 'keys/certificate/signing-key-pub.pem'), 'utf8')) }],
    'certificate.bundle.json': ['v1.1.0-elliptic-key', { method: 'certificate', anchors: parsePemCertificates(readFileSync(join(MT, 'keys/certificate/ca-cert.pem'), 'utf8'), 'ca') }],
    'sigstore.bundle.json': ['v1.1.0-sigstore', { method: 'keyless', trustedRoot: bundledTrustedRoot(), policy: { identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2', claims: {} } }],
  };
  for (const [f, [model, trust]] of Object.entries(signedOver)) {
    test(`valid/${f} verifies over ${model}`, async () => {
      const r = await verifyModel({ fs: nodeFileSystem(MT), model: join(MT, model), signature: join(vectors, 'valid', f), signatureName: 'model.sig', trust, ignorePaths: [], allowSymlinks: false, allowUnsignedFiles: false, maxFiles: 100, now: new Date() });
      expect(r.problems).toEqual([]);
      expect(r.verified).toBe(true);
    });
  }

  for (const dir of ['invalid', 'invalid-payload']) {
    for (const f of readdirSync(join(vectors, dir))) {
      test(`${dir}/${f} is rejected with a clear reason`, () => {
        let error: unknown;
        try {
          parseStatement(parseBundle(readFileSync(join(vectors, dir, f), 'utf8')).payload);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(BundleFormatError);
        expect((error as BundleFormatError).message.length).toBeGreaterThan(15);
      });
    }
  }
});
