import { verify as cryptoVerify, type KeyObject, X509Certificate } from 'node:crypto';
import type { FileSystem } from '@mlguard/core';
import { hashFiles } from './hash-files.js';
import { type KeylessPolicy, verifyKeyless } from './keyless.js';
import { DEFAULT_IGNORES, type ModelFile, isIgnored, walkModel } from './model-tree.js';
import { BundleFormatError, type ParsedBundle, type Resource, type SignedManifest, pae, paeCompatV02, parseBundle, parseStatement, rootDigest } from './oms.js';
import { type HashName, checkChain, curveOf, publicKeyHint } from './pki.js';

export type VerifyProblemKind =
  | 'missing-signature'
  | 'malformed'
  | 'method-mismatch'
  | 'wrong-key'
  | 'bad-signature'
  | 'identity'
  | 'expired'
  | 'untrusted'
  | 'root-digest'
  | 'changed'
  | 'missing'
  | 'extra'
  | 'symlink'
  | 'special'
  | 'loop'
  | 'too-many-files';

export interface VerifyProblem {
  kind: VerifyProblemKind;
  message: string;
  /** Model-relative file name the problem is about. */
  file?: string;
  reason?: string;
  expected?: string;
  actual?: string;
}

export type Trust =
  | { method: 'key'; publicKey: KeyObject }
  | { method: 'certificate'; anchors: X509Certificate[] }
  | { method: 'keyless'; trustedRoot: unknown; policy: KeylessPolicy };

export interface VerifyInput {
  fs: FileSystem;
  model: string;
  signature: string;
  /** Model-relative name of the signature file when it lies inside the model (auto-ignored). */
  signatureName?: string;
  trust: Trust;
  ignorePaths: string[];
  allowSymlinks: boolean;
  allowUnsignedFiles: boolean;
  maxFiles: number;
  now: Date;
}

export interface VerifyReport {
  verified: boolean;
  signatureValid: boolean;
  method: string;
  signer?: string;
  issuer?: string;
  logIndex?: string;
  rootDigest?: string;
  modelName?: string;
  files: number;
  bytes: number;
  legacyFormat?: string;
  problems: VerifyProblem[];
}

const SHA256_ONLY: HashName = 'sha256';

/** Signature check for key and certificate material with node:crypto; curve-matched hash, v0.2 compat. */
function checkSignature(b: ParsedBundle, m: SignedManifest, key: KeyObject): boolean {
  const { hash } = curveOf(key, 'the signing key');
  const candidates: [HashName, Buffer][] = [[hash, pae(b.payloadType, b.payload)]];
  // model_signing v0.2 signed a mangled PAE, and with SHA-256 whatever the curve.
  if (m.legacy) candidates.push([SHA256_ONLY, paeCompatV02(b.payloadType, b.payload)], [hash, paeCompatV02(b.payloadType, b.payload)]);
  return candidates.some(([h, data]) => {
    try {
      return cryptoVerify(h, data, { key, dsaEncoding: 'der' }, b.signature);
    } catch {
      return false;
    }
  });
}

export async function verifyModel(input: VerifyInput): Promise<VerifyReport> {
  const report: VerifyReport = { verified: false, signatureValid: false, method: input.trust.method, files: 0, bytes: 0, problems: [] };
  const fail = (p: VerifyProblem) => {
    report.problems.push(p);
    return report;
  };
  const st = await input.fs.stat(input.signature);
  if (!st?.isFile) return fail({ kind: 'missing-signature', message: `no signature file at ${input.signature}: the model is unsigned` });

  let bundle: ParsedBundle;
  let manifest: SignedManifest;
  try {
    bundle = parseBundle(await input.fs.readText(input.signature));
    manifest = parseStatement(bundle.payload);
  } catch (e) {
    if (e instanceof BundleFormatError) return fail({ kind: 'malformed', reason: e.reason, message: `malformed signature bundle: ${e.message}` });
    throw e;
  }
  if (manifest.legacy) report.legacyFormat = 'model_signing v0.2 (Digests/v0.1 predicate)';
  report.modelName = manifest.modelName;

  // 1. The signature itself, per method.
  const mat = bundle.material;
  const trust = input.trust;
  const wantKind = trust.method === 'key' ? 'key' : trust.method === 'certificate' ? 'chain' : 'keyless';
  if (mat.kind !== wantKind) {
    const signedWith = mat.kind === 'key' ? 'a public key' : mat.kind === 'chain' ? 'a certificate chain' : 'Sigstore keyless';
    return fail({ kind: 'method-mismatch', message: `the signature was made with ${signedWith}, but verification was asked for ${trust.method} mode` });
  }
  if (trust.method === 'key' && mat.kind === 'key') {
    const hint = publicKeyHint(trust.publicKey);
    if (mat.hint && mat.hint !== hint) return fail({ kind: 'wrong-key', message: `the signature names key ${mat.hint.slice(0, 16)}…, not the given public key (${hint.slice(0, 16)}…)` });
    if (!checkSignature(bundle, manifest, trust.publicKey)) return fail({ kind: 'wrong-key', message: 'the signature does not verify with the given public key (wrong key, or the signed manifest was altered)' });
  } else if (trust.method === 'certificate' && mat.kind === 'chain') {
    let chain: X509Certificate[];
    try {
      chain = mat.certificates.map((d) => new X509Certificate(d));
    } catch (e) {
      return fail({ kind: 'malformed', reason: 'bad-certificate', message: `malformed signature bundle: a certificate in the chain cannot be parsed (${(e as Error).message})` });
    }
    const chainProblem = checkChain(chain, trust.anchors, input.now);
    if (chainProblem) return fail({ kind: chainProblem.kind === 'expired' ? 'expired' : 'untrusted', message: chainProblem.message });
    report.signer = chain[0]!.subject.replace(/\n/g, ', ');
    if (!checkSignature(bundle, manifest, chain[0]!.publicKey)) return fail({ kind: 'bad-signature', message: 'the signature does not verify with the signing certificate\'s key (the signed manifest was altered)' });
  } else if (trust.method === 'keyless') {
    const out = verifyKeyless(bundle.json, trust.trustedRoot, trust.policy);
    if (!out.ok) {
      return fail({ kind: out.kind === 'malformed' ? 'malformed' : out.kind === 'signature' ? 'bad-signature' : out.kind, message: out.message, ...(out.kind === 'malformed' ? { reason: 'sigstore-bundle' } : {}) });
    }
    report.signer = out.identity;
    report.issuer = out.issuer;
    if (out.logIndex) report.logIndex = out.logIndex;
  }
  report.signatureValid = true;

  // 2. The subject digest must be the root of the listed resources.
  if (manifest.rootDigest !== undefined) {
    const root = rootDigest(manifest.resources);
    if (root !== manifest.rootDigest) return fail({ kind: 'root-digest', expected: manifest.rootDigest, actual: root, message: `the statement's subject digest ${manifest.rootDigest.slice(0, 12)}… is not the root of its resources (${root.slice(0, 12)}…)` });
    report.rootDigest = root;
  }

  // 3. The model on disk against the signed manifest.
  const ignores = [...DEFAULT_IGNORES, ...manifest.ignorePaths, ...input.ignorePaths, ...(input.signatureName ? [input.signatureName] : [])];
  const tree = await walkModel(input.fs, input.model, { ignorePaths: ignores, allowSymlinks: input.allowSymlinks || manifest.allowSymlinks, maxFiles: input.maxFiles });
  for (const p of tree.problems) report.problems.push({ kind: p.kind, file: p.name, message: p.message });
  const expected = new Map(manifest.resources.map((r) => [r.name, r]));
  if (tree.single && manifest.method === 'files') {
    // Python names a single file ".", the spec its basename: accept either.
    const base = input.model.replace(/\/+$/, '').split('/').pop() ?? '.';
    const r = expected.get('.') ?? expected.get(base);
    expected.clear();
    if (r) expected.set('.', r);
  } else {
    for (const name of [...expected.keys()]) if (isIgnored(name, ignores.filter((i) => !manifest.ignorePaths.includes(i)))) expected.delete(name);
  }
  const present = new Map<string, ModelFile>(tree.files.map((f) => [f.name, f]));
  if (manifest.method === 'shards') {
    await compareShards(input, manifest, expected, tree.files, tree.single ? (input.model.replace(/\/+$/, '').split('/').pop() ?? '.') : undefined, report);
  } else {
    const toHash = tree.files.filter((f) => expected.has(f.name));
    const digests = await hashFiles(input.fs, toHash, { algorithm: manifest.hash });
    for (const d of digests) {
      report.files++;
      report.bytes += d.size;
      const want = expected.get(d.name)!;
      if (want.digest !== d.digest) {
        report.problems.push({ kind: 'changed', file: d.name, expected: want.digest, actual: d.digest, message: `${d.name} changed since it was signed (signed ${want.algorithm} ${want.digest.slice(0, 12)}…, now ${d.digest.slice(0, 12)}…)` });
      }
    }
    for (const name of expected.keys()) {
      if (!present.has(name)) report.problems.push({ kind: 'missing', file: name, expected: expected.get(name)!.digest, message: `${name} is listed in the signature but missing from the model` });
    }
    if (!input.allowUnsignedFiles) {
      for (const f of tree.files) {
        if (!expected.has(f.name)) report.problems.push({ kind: 'extra', file: f.name, message: `${f.name} is in the model but not covered by the signature (unsigned file)` });
      }
    }
  }
  report.verified = report.problems.length === 0;
  return report;
}

/**
 * `shards` serialization: each resource is `<path>:<start>:<end>`. Files are re-hashed once,
 * split at the signed shard size; findings stay per file. Empty files have no shard.
 */
async function compareShards(input: VerifyInput, manifest: SignedManifest, expected: Map<string, Resource>, files: readonly ModelFile[], singleBase: string | undefined, report: VerifyReport): Promise<void> {
  const byFile = new Map<string, Map<string, Resource>>();
  for (const [name, r] of expected) {
    const m = /^(.*):(\d+):(\d+)$/.exec(name)!;
    const path = singleBase !== undefined && (m[1] === singleBase || m[1] === '.') ? '.' : m[1]!;
    if (!byFile.has(path)) byFile.set(path, new Map());
    byFile.get(path)!.set(`${m[2]}:${m[3]}`, r);
  }
  const digests = await hashFiles(input.fs, files.filter((f) => byFile.has(f.name)), { algorithm: manifest.hash, shardSize: manifest.shardSize! });
  for (const d of digests) {
    report.files++;
    report.bytes += d.size;
    const want = byFile.get(d.name)!;
    const got = new Map((d.shards ?? []).map((x) => [`${x.start}:${x.end}`, x.digest]));
    const differ = [...new Set([...want.keys(), ...got.keys()])].filter((k) => want.get(k)?.digest !== got.get(k));
    if (differ.length) {
      report.problems.push({ kind: 'changed', file: d.name, message: `${d.name} changed since it was signed (${differ.length} shard(s) differ, first bytes ${differ[0]!.replace(':', '-')})` });
    }
  }
  const present = new Set(files.map((f) => f.name));
  for (const path of byFile.keys()) if (!present.has(path)) report.problems.push({ kind: 'missing', file: path, message: `${path} is listed in the signature but missing from the model` });
  if (!input.allowUnsignedFiles) {
    for (const f of files) {
      if (!byFile.has(f.name) && f.size !== 0) report.problems.push({ kind: 'extra', file: f.name, message: `${f.name} is in the model but not covered by the signature (unsigned file)` });
    }
  }
}
