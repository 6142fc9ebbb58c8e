/**
 * Keyless (Sigstore) signing and verification through sigstore-js 4.x (the last line that runs on
 * Node 20). Verification is offline: the trusted root comes from the copy shipped inside
 * @sigstore/tuf's seeds (or a file the user pins), never from the network.
 */
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { X509Certificate as SigstoreX509, ASN1Obj } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type IdentityProvider, type Witness } from '@sigstore/sign';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { IN_TOTO_PAYLOAD_TYPE } from './oms.js';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev', tsa: 'https://timestamp.sigstore.dev/api/v1/timestamp' } as const;

/** The public-good trusted root as shipped in @sigstore/tuf (a pinned snapshot; offline). */
export function bundledTrustedRoot(): unknown {
  const targets = (seeds as Record<string, { targets: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev']?.targets;
  const b64 = targets?.['trusted_root.json'];
  if (!b64) throw new Error('@sigstore/tuf seeds.json has no trusted_root.json');
  return JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
}

/** Fulcio certificate extensions (OID 1.3.6.1.4.1.57264.1.*) a policy can pin. */
const CLAIM_OIDS = {
  'source-repository': '1.3.6.1.4.1.57264.1.12',
  'source-ref': '1.3.6.1.4.1.57264.1.14',
  'source-commit': '1.3.6.1.4.1.57264.1.13',
  workflow: '1.3.6.1.4.1.57264.1.9',
  'runner-environment': '1.3.6.1.4.1.57264.1.11',
} as const;
export type ClaimName = keyof typeof CLAIM_OIDS;
export const CLAIM_NAMES = Object.keys(CLAIM_OIDS) as ClaimName[];

export interface KeylessPolicy {
  identity?: string;
  identityRegex?: string;
  issuer: string;
  claims: Partial<Record<ClaimName, string>>;
}

export type KeylessOutcome =
  | { ok: true; identity: string; issuer: string; logIndex?: string; claims: Partial<Record<ClaimName, string>> }
  | { ok: false; kind: 'identity' | 'untrusted' | 'signature' | 'malformed'; message: string; identity?: string; issuer?: string };

function claimsOf(der: Buffer): Partial<Record<ClaimName, string>> {
  const cert = SigstoreX509.parse(Buffer.from(der));
  const out: Partial<Record<ClaimName, string>> = {};
  for (const ext of cert.extensions) {
    const oid = ext.subs[0]?.toOID();
    const name = CLAIM_NAMES.find((n) => CLAIM_OIDS[n] === oid);
    const octets = ext.subs[ext.subs.length - 1]?.value;
    if (!name || !octets) continue;
    try {
      // v2 claims are DER UTF8Strings inside the extension's OCTET STRING.
      out[name] = ASN1Obj.parseBuffer(octets as Buffer<ArrayBuffer>).value.toString('utf8');
    } catch {
      out[name] = octets.toString('utf8');
    }
  }
  return out;
}

export function verifyKeyless(bundleJson: Record<string, unknown>, trustedRootJson: unknown, policy: KeylessPolicy): KeylessOutcome {
  let entity;
  try {
    entity = toSignedEntity(bundleFromJSON(bundleJson));
  } catch (e) {
    return { ok: false, kind: 'malformed', message: `the keyless bundle is not a valid Sigstore bundle (${(e as Error).message})` };
  }
  let signer;
  try {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRootJson)));
    signer = verifier.verify(entity);
  } catch (e) {
    const err = e as Error & { code?: string };
    // A signature or log-entry body that no longer matches the envelope means altered content;
    // everything else (chain, SCT, inclusion proof, timestamps) means the signer is not trusted.
    const kind = err.code === 'SIGNATURE_ERROR' || err.code === 'TLOG_BODY_ERROR' ? 'signature' : 'untrusted';
    return { ok: false, kind, message: `Sigstore verification failed: ${err.code ? `${err.code}: ` : ''}${err.message}` };
  }
  const identity = signer.identity?.subjectAlternativeName ?? '';
  const issuer = signer.identity?.extensions?.issuer ?? '';
  const cert = (bundleJson.verificationMaterial as { certificate?: { rawBytes?: string } } | undefined)?.certificate?.rawBytes;
  const claims = cert ? claimsOf(Buffer.from(cert, 'base64')) : {};
  if (issuer !== policy.issuer) {
    return { ok: false, kind: 'identity', identity, issuer, message: `signed by ${identity} via issuer ${issuer}, but the policy requires issuer ${policy.issuer}` };
  }
  if (policy.identity !== undefined && identity !== policy.identity) {
    return { ok: false, kind: 'identity', identity, issuer, message: `signed by ${identity}, but the policy requires identity ${policy.identity}` };
  }
  if (policy.identityRegex !== undefined && !new RegExp(`^(?:${policy.identityRegex})$`).test(identity)) {
    return { ok: false, kind: 'identity', identity, issuer, message: `signed by ${identity}, which does not match identity-regex ${policy.identityRegex}` };
  }
  for (const [name, want] of Object.entries(policy.claims) as [ClaimName, string][]) {
    if (claims[name] !== want) {
      return { ok: false, kind: 'identity', identity, issuer, message: `certificate claim ${name} is ${claims[name] ?? '(absent)'}, the policy requires ${want}` };
    }
  }
  const entries = (bundleJson.verificationMaterial as { tlogEntries?: { logIndex?: string }[] }).tlogEntries;
  return { ok: true, identity, issuer, claims, ...(entries?.[0]?.logIndex ? { logIndex: entries[0].logIndex } : {}) };
}

export interface KeylessSignOptions {
  payload: Buffer;
  token: () => Promise<string>;
  fulcioURL: string;
  rekorURL: string;
  /** RFC 3161 timestamp authority; optional (the Rekor entry's integrated time also dates the signature). */
  tsaURL?: string;
  /** `dsse` is what sigstore-python writes; tests against @sigstore/mock use `intoto` (its dsse body is not faithful). */
  rekorEntryType?: 'dsse' | 'intoto';
}

/** Fulcio certificate for an ephemeral key, a Rekor entry, optionally a TSA timestamp: the bundle JSON. */
export async function signKeyless(opts: KeylessSignOptions): Promise<Record<string, unknown>> {
  const identityProvider: IdentityProvider = { getToken: opts.token };
  const signer = new FulcioSigner({ fulcioBaseURL: opts.fulcioURL, identityProvider });
  const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: opts.rekorURL, entryType: opts.rekorEntryType ?? 'dsse' })];
  if (opts.tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: opts.tsaURL }));
  const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: opts.payload, type: IN_TOTO_PAYLOAD_TYPE });
  return bundleToJSON(bundle) as unknown as Record<string, unknown>;
}
