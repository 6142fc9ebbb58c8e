import { type Finding, type Severity, makeFinding } from '@mlguard/core';
import type { ScanIssue } from './scan.js';
import type { VerifyProblem, VerifyProblemKind } from './verify.js';

const SPEC_URI = 'https://github.com/ossf/model-signing-spec/blob/main/spec/v1.0.md';
const PICKLE_URI = 'https://docs.python.org/3/library/pickle.html#restricting-globals';

interface Rule {
  id: string;
  severity: Severity;
  title: string;
  help: string;
  uri?: string;
}

export const VERIFY_RULES: Record<VerifyProblemKind, Rule> = {
  'missing-signature': { id: 'MODEL-SIG-001', severity: 'high', title: 'Model is not signed', help: 'Sign the model on push or release (`mlguard model-sign sign`), and commit or ship model.sig with it.', uri: SPEC_URI },
  malformed: { id: 'MODEL-SIG-002', severity: 'high', title: 'Malformed model signature', help: 'The signature is not an OMS Sigstore bundle (v0.3, DSSE, in-toto v1 statement, model_signing predicate). Re-sign the model.', uri: SPEC_URI },
  'method-mismatch': { id: 'MODEL-SIG-003', severity: 'high', title: 'Signature method does not match the verification inputs', help: 'Pass public-key for key signatures, certificate-chain for certificate signatures, identity/issuer for keyless ones.' },
  'wrong-key': { id: 'MODEL-SIG-004', severity: 'critical', title: 'Signature does not verify with the trusted key', help: 'The model was signed with another key, or the signed manifest was altered. Do not deploy it.' },
  'bad-signature': { id: 'MODEL-SIG-004', severity: 'critical', title: 'Signature does not verify', help: 'The signed manifest was altered after signing. Do not deploy it.' },
  identity: { id: 'MODEL-SIG-005', severity: 'critical', title: 'Model signed by an unexpected identity', help: 'The keyless signer (certificate SAN, issuer or workflow claims) is not the one the policy trusts.' },
  expired: { id: 'MODEL-SIG-006', severity: 'high', title: 'Signing certificate expired or not yet valid', help: 'Re-sign with a valid certificate, or renew the CA chain.' },
  untrusted: { id: 'MODEL-SIG-007', severity: 'critical', title: 'Signing certificate is not trusted', help: 'The certificate chain does not lead to a trusted anchor (certificate-chain) or to the Sigstore trusted root.' },
  'root-digest': { id: 'MODEL-SIG-008', severity: 'critical', title: 'Signed subject digest does not match the manifest', help: 'The statement was built inconsistently or tampered with before signing. Re-sign the model.', uri: SPEC_URI },
  changed: { id: 'MODEL-FILE-001', severity: 'critical', title: 'Model file changed since signing', help: 'The file no longer matches its signed SHA-256. Restore it, or re-sign if the change is intended.' },
  missing: { id: 'MODEL-FILE-002', severity: 'high', title: 'Signed model file is missing', help: 'A file listed in the signature is absent. Restore it, or re-sign the model.' },
  extra: { id: 'MODEL-FILE-003', severity: 'high', title: 'Unsigned file in the model', help: 'A file that is not covered by the signature would be loaded with the model. Remove it, re-sign, or set allow-unsigned-files.' },
  symlink: { id: 'MODEL-FILE-004', severity: 'high', title: 'Symbolic link in the model', help: 'Replace the link by the file it points to, or set allow-symlinks: true on both sign and verify.' },
  special: { id: 'MODEL-FILE-005', severity: 'medium', title: 'Special file in the model', help: 'Devices, sockets and FIFOs cannot be signed; remove them from the model directory.' },
  loop: { id: 'MODEL-FILE-005', severity: 'medium', title: 'Symlink loop in the model', help: 'Remove the looping link.' },
  'too-many-files': { id: 'MODEL-FILE-006', severity: 'medium', title: 'Model has more files than max-files', help: 'Raise max-files if the model really has this many files.' },
};

const SCAN_RULES: Record<ScanIssue['kind'], Rule> = {
  dangerous: { id: 'MODEL-PKL-001', severity: 'critical', title: 'Pickle imports a dangerous callable', help: 'Loading this file runs code. Convert the model to safetensors or ONNX, or load with torch.load(weights_only=True); never deploy the file as is.', uri: PICKLE_URI },
  unknown: { id: 'MODEL-PKL-002', severity: 'medium', title: 'Pickle imports a global outside the allowlist', help: 'Review the class. If it is safe, add it to allow-globals in .github/mlguard.yml with a reason.', uri: PICKLE_URI },
  dynamic: { id: 'MODEL-PKL-003', severity: 'critical', title: 'Pickle imports a name computed at load time', help: 'The import cannot be judged statically (computed STACK_GLOBAL operands, copyreg extension codes); treat it as code execution.', uri: PICKLE_URI },
  'build-global': { id: 'MODEL-PKL-004', severity: 'critical', title: 'Pickle sets attributes on a module or class', help: 'BUILD applied to a global monkey-patches the interpreter at load time.', uri: PICKLE_URI },
  malformed: { id: 'MODEL-PKL-005', severity: 'medium', title: 'Corrupt or truncated pickle', help: 'The stream could not be fully decoded, so the rest of it was not checked. Regenerate the file.' },
  limit: { id: 'MODEL-PKL-006', severity: 'medium', title: 'Pickle exceeds the scanner limits', help: 'The stream is hostile or corrupt (extreme nesting or memo size); it was not fully checked.' },
  corrupt: { id: 'MODEL-FMT-001', severity: 'medium', title: 'Model file is corrupt', help: 'The file does not parse as the format its name or magic number claims, so it was not checked. Regenerate it.' },
  unscannable: { id: 'MODEL-ARC-001', severity: 'high', title: 'Model file cannot be scanned', help: 'Encrypted archives, 7z/RAR, xz/bz2/lz4 streams or unsizable joblib arrays cannot be checked, so they are not known to be safe. Store the model unencrypted (zip/deflate, gzip) or as safetensors.' },
  'too-large': { id: 'MODEL-ARC-002', severity: 'medium', title: 'Model file or member above the scan limit', help: 'It was not scanned (possible decompression bomb). Raise max-scan-size if the file is legitimate.' },
  'keras-lambda': { id: 'MODEL-KERAS-001', severity: 'high', title: 'Keras Lambda layer', help: 'Lambda layers carry Python bytecode that runs on load without safe_mode. Replace them with registered custom layers.' },
  'onnx-external': { id: 'MODEL-ONNX-001', severity: 'high', title: 'ONNX external data outside the model directory', help: 'External tensor paths must be relative and stay inside the model directory.' },
  'onnx-custom-domain': { id: 'MODEL-ONNX-002', severity: 'low', title: 'ONNX model needs a custom operator library', help: 'Custom-op domains load native code at inference time; pin and review that library.' },
  safetensors: { id: 'MODEL-ST-001', severity: 'high', title: 'safetensors header does not match the file', help: 'The header is inconsistent with the data (sizes, offsets, dtypes): a corrupted or crafted file.' },
};

export function verifyFinding(p: VerifyProblem, location: string, signaturePath: string): Finding {
  const rule = VERIFY_RULES[p.kind];
  const onFile = p.file !== undefined && ['changed', 'missing', 'extra', 'symlink', 'special', 'loop'].includes(p.kind);
  return makeFinding({
    tool: 'model-sign',
    ruleId: rule.id,
    severity: rule.severity,
    title: rule.title,
    message: p.message,
    location: { path: onFile ? location : signaturePath },
    help: { text: rule.help, ...(rule.uri ? { uri: rule.uri } : {}) },
    logicalKey: `${p.kind}:${p.file ?? ''}:${p.reason ?? ''}`,
    properties: { kind: p.kind, ...(p.file ? { file: p.file } : {}), ...(p.reason ? { reason: p.reason } : {}), ...(p.expected ? { expectedDigest: p.expected } : {}), ...(p.actual ? { actualDigest: p.actual } : {}) },
  });
}

export function scanFinding(i: ScanIssue, path: string): Finding {
  const rule = SCAN_RULES[i.kind];
  return makeFinding({
    tool: 'model-sign',
    ruleId: rule.id,
    severity: rule.severity,
    title: i.global ? `${rule.title}: ${i.global}` : rule.title,
    message: i.member ? `${i.member}: ${i.message}` : i.message,
    location: { path },
    help: { text: rule.help, ...(rule.uri ? { uri: rule.uri } : {}) },
    logicalKey: `${i.kind}:${i.member ?? ''}:${i.global ?? i.message}`,
    properties: {
      kind: i.kind,
      ...(i.member ? { member: i.member } : {}),
      ...(i.global ? { global: i.global } : {}),
      ...(i.offset !== undefined ? { offset: i.offset } : {}),
      ...(i.call ? { calledVia: i.call.via, callOffset: i.call.offset } : {}),
    },
  });
}
