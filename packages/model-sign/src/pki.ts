/**
 * Key and certificate handling with node:crypto. sigstore-js is not used here on purpose: it
 * verifies DSSE with Node's default digest (so P-384 signatures from model_signing fail) and
 * rejects OMS certificate-mode bundles (v0.3 mediaType + x509CertificateChain).
 */
import { X509Certificate, createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { X509Certificate as SigstoreX509 } from '@sigstore/core';
import { inputError } from '@mlguard/core';

export type HashName = 'sha256' | 'sha384' | 'sha512';

const CURVES: Record<string, { hash: HashName; details: string }> = {
  prime256v1: { hash: 'sha256', details: 'PKIX_ECDSA_P256_SHA_256' },
  secp384r1: { hash: 'sha384', details: 'PKIX_ECDSA_P384_SHA_384' },
  secp521r1: { hash: 'sha512', details: 'PKIX_ECDSA_P521_SHA_512' },
};

/** The digest that goes with the key's curve, as model_signing does (P-256/SHA-256, P-384/SHA-384, P-521/SHA-512). */
export function curveOf(key: KeyObject, what: string): { curve: string; hash: HashName; details: string } {
  const curve = key.asymmetricKeyType === 'ec' ? key.asymmetricKeyDetails?.namedCurve : undefined;
  const entry = curve ? CURVES[curve] : undefined;
  if (!curve || !entry) {
    throw inputError(`${what} is a ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key; OMS signing supports EC P-256, P-384 and P-521 keys only`, {
      hint: 'generate one with `openssl ecparam -name prime256v1 -genkey -noout -out key.pem`',
    });
  }
  return { curve, ...entry };
}

export function loadPrivateKey(pem: string, what: string, passphrase?: string): KeyObject {
  try {
    return createPrivateKey(passphrase ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' });
  } catch (e) {
    throw inputError(`${what} is not a readable PEM private key (${(e as Error).message})`, { hint: 'pass the PEM text (e.g. from a secret) or a path to a PEM file; set private-key-password for an encrypted key' });
  }
}

export function loadPublicKey(pem: string, what: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (e) {
    throw inputError(`${what} is not a readable PEM public key (${(e as Error).message})`);
  }
}

/** model_signing's key hint: SHA-256 over the SubjectPublicKeyInfo **PEM text** (not the DER). */
export function publicKeyHint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(pub.export({ type: 'spki', format: 'pem' }) as string).digest('hex');
}

/** Every certificate in a PEM text (several may be concatenated; text dumps around them are skipped). */
export function parsePemCertificates(text: string, what: string): X509Certificate[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length) throw inputError(`${what} contains no PEM certificate`);
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch (e) {
      throw inputError(`certificate ${i + 1} of ${what} cannot be parsed (${(e as Error).message})`);
    }
  });
}

export type ChainProblem =
  | { kind: 'expired'; message: string }
  | { kind: 'untrusted'; message: string }
  | { kind: 'usage'; message: string };

const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

/**
 * Validates leaf -> intermediates -> one of the trust anchors: issuer names and signatures,
 * CA flags on issuers, validity at `now` for every link (the spec requires it; Python only checks
 * at the leaf's notBefore), and that the leaf may sign code.
 */
export function checkChain(chain: readonly X509Certificate[], anchors: readonly X509Certificate[], now: Date): ChainProblem | undefined {
  const leaf = chain[0];
  if (!leaf) return { kind: 'untrusted', message: 'the bundle carries no signing certificate' };
  for (const c of chain) {
    if (now < new Date(c.validFrom)) return { kind: 'expired', message: `certificate "${c.subject.replace(/\n/g, ', ')}" is not valid before ${c.validFrom}` };
    if (now > new Date(c.validTo)) return { kind: 'expired', message: `certificate "${c.subject.replace(/\n/g, ', ')}" expired on ${c.validTo}` };
  }
  const sx = SigstoreX509.parse(leaf.raw);
  const eku = leaf.keyUsage;
  const ku = sx.extKeyUsage;
  if (!(ku?.digitalSignature || (eku && eku.includes(OID_CODE_SIGNING)))) {
    return { kind: 'usage', message: 'the signing certificate allows neither digitalSignature nor code signing' };
  }
  let current = leaf;
  const pool = chain.slice(1);
  for (let depth = 0; depth < 10; depth++) {
    const anchor = anchors.find((a) => current.checkIssued(a) && current.verify(a.publicKey));
    if (anchor) {
      if (now > new Date(anchor.validTo) || now < new Date(anchor.validFrom)) return { kind: 'expired', message: `trust anchor "${anchor.subject.replace(/\n/g, ', ')}" is outside its validity period` };
      return undefined;
    }
    if (anchors.some((a) => a.fingerprint256 === current.fingerprint256)) return undefined;
    const issuer = pool.find((c) => current.checkIssued(c) && current.verify(c.publicKey));
    if (!issuer) break;
    if (!issuer.ca) return { kind: 'untrusted', message: `"${issuer.subject.replace(/\n/g, ', ')}" issued the next certificate but is not a CA` };
    current = issuer;
  }
  return { kind: 'untrusted', message: `the certificate chain does not lead to any of the ${anchors.length} trusted anchor(s)` };
}
