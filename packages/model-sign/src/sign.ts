import { sign as cryptoSign, type KeyObject, type X509Certificate } from 'node:crypto';
import { basename } from 'node:path';
import type { FileSystem } from '@mlguard/core';
import { inputError } from '@mlguard/core';
import { hashFiles } from './hash-files.js';
import { DEFAULT_IGNORES, type ModelTree, walkModel } from './model-tree.js';
import { BUNDLE_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, type Manifest, buildStatement, pae, rootDigest } from './oms.js';
import { orderConflict } from './path-order.js';
import { curveOf, publicKeyHint } from './pki.js';

export interface ManifestInput {
  fs: FileSystem;
  model: string;
  ignorePaths: string[];
  /** Model-relative name of the signature file when it lies inside the model. */
  signatureName?: string;
  allowSymlinks: boolean;
  maxFiles: number;
}

export interface BuiltManifest {
  manifest: Manifest;
  tree: ModelTree;
  rootDigest: string;
  bytes: number;
  warnings: string[];
}

/** Hashes the model and builds the OMS manifest exactly as `model_signing sign` would. */
export async function buildManifest(input: ManifestInput): Promise<BuiltManifest> {
  const ignores = [...new Set([...DEFAULT_IGNORES, ...input.ignorePaths, ...(input.signatureName ? [input.signatureName] : [])])];
  const tree = await walkModel(input.fs, input.model, { ignorePaths: ignores, allowSymlinks: input.allowSymlinks, maxFiles: input.maxFiles });
  // Every tree problem blocks signing: a partial manifest would sign something other than the model.
  const p = tree.problems[0];
  if (p) {
    throw inputError(`cannot sign ${input.model}: ${p.message}`, { hint: p.kind === 'symlink' ? 'replace the link by the file, or set allow-symlinks: true' : 'fix the model directory first' });
  }
  if (!tree.files.length) throw inputError(`cannot sign ${input.model}: it contains no files (after ignores)`);
  const digests = await hashFiles(input.fs, tree.files);
  const warnings: string[] = [];
  if (tree.single) {
    warnings.push(`single-file model: the resource is named "." as model_signing ≤ 1.1 writes and expects (the OMS spec would use "${basename(input.model)}"); sign the containing directory to avoid the ambiguity`);
  }
  const conflict = orderConflict(digests.map((d) => d.name));
  if (conflict) {
    warnings.push(`resources are in model_signing's path order; the OMS spec's code-point order differs (${conflict[0]} vs ${conflict[1]}), so another OMS implementation may print a different root digest (verification is unaffected)`);
  }
  const resolved = input.fs.resolve(input.model).replace(/\/+$/, '');
  const manifest: Manifest = {
    modelName: basename(resolved),
    serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: input.allowSymlinks, ignore_paths: tree.single ? [] : ignores },
    resources: digests.map((d) => ({ name: d.name, algorithm: 'sha256', digest: d.digest })),
  };
  return { manifest, tree, rootDigest: rootDigest(manifest.resources), bytes: digests.reduce((n, d) => n + d.size, 0), warnings };
}

export function statementPayload(m: Manifest): Buffer {
  return Buffer.from(JSON.stringify(buildStatement(m)), 'utf8');
}

/**
 * Key or certificate mode, with node:crypto: ECDSA (DER) over the DSSE PAE with the curve's
 * hash. Only standard bundle fields are written: model_signing parses bundles with
 * `extra="forbid"`.
 */
export function signWithKey(payload: Buffer, privateKey: KeyObject, certificates?: readonly X509Certificate[]): Record<string, unknown> {
  const { hash } = curveOf(privateKey, 'private-key');
  if (certificates?.length && !certificates[0]!.checkPrivateKey(privateKey)) {
    throw inputError('the signing certificate does not belong to private-key', { hint: 'pass the leaf certificate issued for this key first in signing-certificate' });
  }
  const sig = cryptoSign(hash, pae(IN_TOTO_PAYLOAD_TYPE, payload), { key: privateKey, dsaEncoding: 'der' });
  const verificationMaterial = certificates?.length
    ? { x509CertificateChain: { certificates: certificates.map((c) => ({ rawBytes: c.raw.toString('base64') })) }, tlogEntries: [] }
    : { publicKey: { hint: publicKeyHint(privateKey) }, tlogEntries: [] };
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial,
    dsseEnvelope: { payload: payload.toString('base64'), payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: sig.toString('base64'), keyid: '' }] },
  };
}
