/**
 * The OpenSSF Model Signing (OMS) format, layer by layer: Sigstore bundle v0.3 -> DSSE envelope
 * -> in-toto Statement v1 -> `https://model_signing/signature/v1.0` predicate. Also reads the
 * variants released `model_signing` versions wrote (v0.2 `Digests/v0.1`, `rawBytes` public keys,
 * `keyid: null`, no `tlogEntries`).
 */
import { createHash } from 'node:crypto';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Media types of older Sigstore bundles; sigstore-python never wrote them for OMS, but cosign did. */
const ACCEPTED_MEDIA_TYPES = new Set([
  BUNDLE_MEDIA_TYPE,
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
]);
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/** v0.2.x: files listed as subjects, no root digest. */
export const LEGACY_PREDICATE_TYPE = 'https://model_signing/Digests/v0.1';

export interface Resource {
  name: string;
  algorithm: string;
  digest: string;
}

export interface Serialization {
  method: 'files';
  hash_type: 'sha256';
  allow_symlinks: boolean;
  ignore_paths?: string[];
}

export interface Manifest {
  modelName: string;
  serialization: Serialization;
  resources: Resource[];
}

/** SHA-256 over the raw bytes of each resource digest, in listed order (spec §5.2.2). */
export function rootDigest(resources: readonly Resource[]): string {
  const h = createHash('sha256');
  for (const r of resources) h.update(Buffer.from(r.digest, 'hex'));
  return h.digest('hex');
}

export function buildStatement(m: Manifest): Record<string, unknown> {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: m.modelName, digest: { sha256: rootDigest(m.resources) } }],
    predicateType: PREDICATE_TYPE,
    predicate: { serialization: m.serialization, resources: m.resources },
  };
}

/** DSSE pre-authentication encoding. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `, 'utf8'), payload]);
}

/** Python's `repr(bytes)`: what model_signing v0.2 put into its PAE by mistake. */
function pythonBytesRepr(b: Buffer): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let s = 'b' + quote;
  for (const c of b) {
    if (c === 0x5c) s += '\\\\';
    else if (c === quote.charCodeAt(0)) s += `\\${quote}`;
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += `\\x${c.toString(16).padStart(2, '0')}`;
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

/** model_signing v0.2.0's buggy PAE (`DSSEV1`, payload rendered as `b'...'`). */
export function paeCompatV02(payloadType: string, payload: Buffer): Buffer {
  return Buffer.from(`DSSEV1 ${payloadType.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`, 'utf8');
}

export type VerificationMaterial =
  | { kind: 'key'; hint?: string; pem?: string; keyDetails?: string }
  | { kind: 'chain'; certificates: Buffer[] }
  | { kind: 'keyless'; certificate: Buffer; tlogEntries: number };

export interface ParsedBundle {
  json: Record<string, unknown>;
  material: VerificationMaterial;
  payloadType: string;
  payload: Buffer;
  signature: Buffer;
}

/** A bundle or statement that is not what OMS describes; `reason` is stable for tests and findings. */
export class BundleFormatError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'BundleFormatError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const B64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function b64(v: unknown, what: string): Buffer {
  if (typeof v !== 'string' || !B64.test(v.replace(/\s/g, ''))) throw new BundleFormatError('bad-base64', `${what} is not base64`);
  return Buffer.from(v, 'base64');
}

export function parseBundle(text: string): ParsedBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BundleFormatError('not-json', `the signature is not JSON (${(e as Error).message})`);
  }
  if (!isObj(json)) throw new BundleFormatError('not-object', 'the signature is not a JSON object');
  if (Object.keys(json).length === 0) throw new BundleFormatError('empty', 'the signature bundle is empty');
  if (typeof json.mediaType !== 'string') throw new BundleFormatError('missing-media-type', 'the bundle has no mediaType');
  if (!ACCEPTED_MEDIA_TYPES.has(json.mediaType)) throw new BundleFormatError('wrong-media-type', `unsupported bundle mediaType ${json.mediaType} (expected ${BUNDLE_MEDIA_TYPE})`);
  const vm = json.verificationMaterial;
  if (!isObj(vm)) throw new BundleFormatError('missing-verification-material', 'the bundle has no verificationMaterial');
  const env = json.dsseEnvelope;
  if (json.messageSignature !== undefined) throw new BundleFormatError('message-signature', 'the bundle holds a messageSignature; OMS signatures are DSSE envelopes');
  if (!isObj(env)) throw new BundleFormatError('missing-envelope', 'the bundle has no dsseEnvelope');
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw new BundleFormatError('wrong-payload-type', `DSSE payloadType is ${String(env.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  const payload = b64(env.payload, 'DSSE payload');
  if (!Array.isArray(env.signatures) || env.signatures.length !== 1) {
    throw new BundleFormatError('signature-count', `the DSSE envelope must hold exactly one signature, found ${Array.isArray(env.signatures) ? env.signatures.length : 0}`);
  }
  const s0 = env.signatures[0] as unknown;
  if (!isObj(s0)) throw new BundleFormatError('bad-signature', 'the DSSE signature entry is not an object');
  const signature = b64(s0.sig, 'DSSE signature');
  if (signature.length === 0) throw new BundleFormatError('bad-signature', 'the DSSE signature is empty');

  let material: VerificationMaterial;
  if (isObj(vm.publicKey)) {
    const pk = vm.publicKey;
    material = {
      kind: 'key',
      ...(typeof pk.hint === 'string' ? { hint: pk.hint } : {}),
      ...(typeof pk.rawBytes === 'string' ? { pem: b64(pk.rawBytes, 'publicKey.rawBytes').toString('utf8') } : {}),
      ...(typeof pk.keyDetails === 'string' ? { keyDetails: pk.keyDetails } : {}),
    };
  } else if (isObj(vm.x509CertificateChain)) {
    const certs = vm.x509CertificateChain.certificates;
    if (!Array.isArray(certs) || certs.length === 0) throw new BundleFormatError('empty-chain', 'x509CertificateChain has no certificates');
    material = { kind: 'chain', certificates: certs.map((c, i) => b64(isObj(c) ? c.rawBytes : undefined, `certificate ${i}`)) };
  } else if (isObj(vm.certificate)) {
    if (vm.tlogEntries === undefined) throw new BundleFormatError('missing-tlog-entries', 'a keyless (certificate) bundle must carry tlogEntries');
    if (!Array.isArray(vm.tlogEntries)) throw new BundleFormatError('missing-tlog-entries', 'verificationMaterial.tlogEntries is not a list');
    material = { kind: 'keyless', certificate: b64(vm.certificate.rawBytes, 'certificate.rawBytes'), tlogEntries: vm.tlogEntries.length };
  } else {
    throw new BundleFormatError('unknown-verification-material', 'verificationMaterial has no publicKey, certificate or x509CertificateChain');
  }
  if (vm.tlogEntries !== undefined && !Array.isArray(vm.tlogEntries)) throw new BundleFormatError('missing-tlog-entries', 'verificationMaterial.tlogEntries is not a list');
  return { json, material, payloadType: env.payloadType, payload, signature };
}

export interface SignedManifest {
  predicateType: string;
  legacy: boolean;
  modelName: string;
  /** Absent for the v0.1 predicate, which had none. */
  rootDigest?: string;
  resources: Resource[];
  ignorePaths: string[];
  allowSymlinks: boolean;
  method: 'files' | 'shards';
  /** Node's name of the per-resource hash. */
  hash: 'sha256' | 'blake2b512';
  shardSize?: number;
}

/** OMS hash_type -> node:crypto algorithm; blake3 has no node:crypto implementation. */
const HASHES: Record<string, 'sha256' | 'blake2b512'> = { sha256: 'sha256', blake2b: 'blake2b512', blake2: 'blake2b512' };

export function parseStatement(payload: Buffer): SignedManifest {
  let st: unknown;
  try {
    st = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new BundleFormatError('payload-not-json', 'the DSSE payload is not JSON');
  }
  if (!isObj(st)) throw new BundleFormatError('payload-not-object', 'the DSSE payload is not a JSON object');
  if (st._type !== STATEMENT_TYPE) throw new BundleFormatError('wrong-statement-type', `statement _type is ${String(st._type)}, expected ${STATEMENT_TYPE}`);
  const subject = st.subject;
  if (!Array.isArray(subject) || subject.length === 0) throw new BundleFormatError('no-subject', 'the statement has no subject');
  const sha = (d: unknown): string | undefined => (isObj(d) && isObj(d.digest) && typeof d.digest.sha256 === 'string' ? d.digest.sha256 : undefined);
  const hex = (v: string, what: string) => {
    if (!/^[0-9a-f]+$/i.test(v) || v.length % 2) throw new BundleFormatError('bad-digest', `${what} is not a hex digest`);
    return v.toLowerCase();
  };

  if (st.predicateType === LEGACY_PREDICATE_TYPE) {
    const resources = subject.map((s, i) => {
      const d = sha(s);
      if (!isObj(s) || typeof s.name !== 'string' || !d) throw new BundleFormatError('bad-subject', `subject ${i} has no name or sha256 digest`);
      return { name: s.name, algorithm: 'sha256', digest: hex(d, `subject ${s.name}`) };
    });
    return { predicateType: LEGACY_PREDICATE_TYPE, legacy: true, modelName: '', resources, ignorePaths: [], allowSymlinks: false, method: 'files', hash: 'sha256' };
  }
  if (st.predicateType !== PREDICATE_TYPE) throw new BundleFormatError('wrong-predicate-type', `predicateType is ${String(st.predicateType)}, expected ${PREDICATE_TYPE}`);
  if (subject.length !== 1) throw new BundleFormatError('subject-count', `the statement must have exactly one subject, found ${subject.length}`);
  const root = sha(subject[0]);
  if (!root) throw new BundleFormatError('bad-subject', 'the subject has no sha256 digest');
  const pred = st.predicate;
  if (!isObj(pred)) throw new BundleFormatError('no-predicate', 'the statement has no predicate');
  const ser = pred.serialization;
  if (!isObj(ser)) throw new BundleFormatError('no-serialization', 'the predicate has no serialization');
  if (ser.method !== 'files' && ser.method !== 'shards') throw new BundleFormatError('unsupported-method', `serialization method ${String(ser.method)} is not supported (files or shards)`);
  const hashType = typeof ser.hash_type === 'string' ? ser.hash_type : '';
  const hash = HASHES[hashType];
  if (!hash) throw new BundleFormatError('unsupported-hash', `hash_type ${hashType || String(ser.hash_type)} is not supported (sha256 or blake2b${hashType === 'blake3' ? '; blake3 has no implementation in node:crypto' : ''})`);
  // model_signing writes shard_size through a protobuf Struct, so it may arrive as 1000000000.0.
  const shardSize = ser.method === 'shards' ? Number(ser.shard_size) : undefined;
  if (shardSize !== undefined && !(Number.isSafeInteger(shardSize) && shardSize > 0)) throw new BundleFormatError('bad-shard-size', `shard_size ${String(ser.shard_size)} is not a positive integer`);
  if (!Array.isArray(pred.resources)) throw new BundleFormatError('no-resources', 'the predicate has no resources list');
  // The spec says algorithm == hash_type; model_signing writes `<hash>-sharded-<size>` for shards.
  const algorithms = new Set([hashType, ...(hashType === 'blake2' ? ['blake2b'] : []), ...(shardSize ? [`${hashType}-sharded-${shardSize}`] : [])]);
  const resources = pred.resources.map((r, i) => {
    if (!isObj(r) || typeof r.name !== 'string' || typeof r.digest !== 'string' || typeof r.algorithm !== 'string') {
      throw new BundleFormatError('bad-resource', `resource ${i} needs name, algorithm and digest strings`);
    }
    if (!algorithms.has(r.algorithm)) throw new BundleFormatError('unsupported-hash', `resource ${r.name} uses algorithm ${r.algorithm}, not the serialization's ${hashType}`);
    if (shardSize && !/:\d+:\d+$/.test(r.name)) throw new BundleFormatError('bad-resource', `shard resource ${r.name} is not named <path>:<start>:<end>`);
    return { name: r.name, algorithm: r.algorithm, digest: hex(r.digest, `resource ${r.name}`) };
  });
  const ignorePaths = Array.isArray(ser.ignore_paths) ? ser.ignore_paths.filter((p): p is string => typeof p === 'string') : [];
  const modelName = isObj(subject[0]) && typeof subject[0].name === 'string' ? subject[0].name : '';
  return {
    predicateType: PREDICATE_TYPE,
    legacy: false,
    modelName,
    rootDigest: hex(root, 'subject digest'),
    resources,
    ignorePaths,
    allowSymlinks: ser.allow_symlinks === true,
    method: ser.method,
    hash,
    ...(shardSize ? { shardSize } : {}),
  };
}
