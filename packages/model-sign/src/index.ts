import { relative } from 'node:path';
import { type EngineResult, type Finding, type OptionSpec, type Options, type Ports, type ToolSpec, inputError, makeFinding, usageError } from '@mlguard/core';
import { type DeployTarget, deploySnippet } from './deploy-gate.js';
import { scanFinding, verifyFinding } from './findings.js';
import { CLAIM_NAMES, type ClaimName, GITHUB_OIDC_ISSUER, PUBLIC_GOOD, bundledTrustedRoot, signKeyless } from './keyless.js';
import { loadPrivateKey, loadPublicKey, parsePemCertificates } from './pki.js';
import { scanPaths, type ScanReport } from './scan.js';
import { buildManifest, signWithKey, statementPayload } from './sign.js';
import { type Trust, type VerifyReport, verifyModel } from './verify.js';

export { scanPickle } from './pickle/vm.js';
export { parseBundle, parseStatement, rootDigest, pae } from './oms.js';
export { verifyModel } from './verify.js';
export { buildManifest, signWithKey, statementPayload } from './sign.js';
export { deploySnippet } from './deploy-gate.js';

const MiB = 1 << 20;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'command', type: 'enum', values: ['sign', 'verify', 'scan'], description: 'sign the model, verify it against its signature, or only scan model files for unsafe serialization.', default: 'verify' },
  { name: 'paths', type: 'list', description: 'The model directory (or single file) to sign or verify; for scan, the files or directories to scan (default: the workspace).' },
  { name: 'signature', type: 'string', description: 'Signature file (an OMS Sigstore bundle). Default: model.sig inside the model directory.' },
  { name: 'method', type: 'enum', values: ['key', 'certificate', 'keyless'], description: 'Signing method. Default: key when private-key is set (certificate when signing-certificate is too), else keyless.' },
  { name: 'private-key', type: 'string', secret: true, description: 'EC P-256/P-384/P-521 private key in PEM (the text, e.g. from a secret, or a file path), for key and certificate signing.' },
  { name: 'private-key-password', type: 'string', secret: true, description: 'Password of an encrypted private-key.' },
  { name: 'signing-certificate', type: 'string', description: 'Certificate of the signing key (PEM text or file), for certificate signing.' },
  { name: 'certificate-chain', type: 'list', description: 'Signing: intermediate certificates to embed (PEM). Verifying: the trust anchors (root CA certificates, PEM).' },
  { name: 'public-key', type: 'string', description: 'Verify a key signature with this public key (PEM text or file).' },
  { name: 'identity', type: 'string', description: 'Keyless: the exact signer identity (certificate SAN), e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/tags/v1.' },
  { name: 'identity-regex', type: 'string', description: 'Keyless: a regular expression the whole signer identity must match (instead of identity).' },
  { name: 'issuer', type: 'string', description: 'Keyless: the OIDC issuer of the signer.', default: GITHUB_OIDC_ISSUER },
  { name: 'source-repository', type: 'string', description: 'Keyless: required Fulcio source-repository claim (e.g. https://github.com/OWNER/REPO).' },
  { name: 'source-ref', type: 'string', description: 'Keyless: required Fulcio source-ref claim (e.g. refs/heads/main).' },
  { name: 'workflow', type: 'string', description: 'Keyless: required Fulcio build-signer claim (the workflow file URI with ref).' },
  { name: 'trusted-root', type: 'string', description: 'Keyless: a pinned Sigstore trusted_root.json (private Sigstore or air-gapped). Default: the public-good root shipped with @sigstore/tuf.' },
  { name: 'allow-network', type: 'boolean', description: 'Allow network access: needed for keyless signing (Fulcio, Rekor, timestamp authority). Verification is always offline.', default: false },
  { name: 'fulcio-url', type: 'string', description: 'Keyless signing: Fulcio URL.', default: PUBLIC_GOOD.fulcio },
  { name: 'rekor-url', type: 'string', description: 'Keyless signing: Rekor URL.', default: PUBLIC_GOOD.rekor },
  { name: 'rekor-entry-type', type: 'enum', values: ['dsse', 'intoto'], description: 'Keyless signing: Rekor entry kind (dsse is what model_signing writes).', default: 'dsse' },
  { name: 'tsa-url', type: 'string', description: 'Keyless signing: RFC 3161 timestamp authority URL (empty to skip).', default: PUBLIC_GOOD.tsa },
  { name: 'ignore-paths', type: 'list', description: 'Paths inside the model to leave out of the signature (relative to the model directory). .git, .github, .gitattributes, .gitignore and the signature are always ignored.' },
  { name: 'allow-symlinks', type: 'boolean', description: 'Follow symbolic links in the model instead of refusing them.', default: false },
  { name: 'allow-unsigned-files', type: 'boolean', description: 'Verify: tolerate files not covered by the signature (model_signing --ignore-unsigned-files).', default: false },
  { name: 'scan', type: 'boolean', description: 'Scan model files for unsafe serialization before signing and when verifying.', default: true },
  { name: 'scan-paths', type: 'list', description: 'Further files or directories to scan with sign and verify (e.g. legacy model folders).' },
  { name: 'sign-dangerous', type: 'boolean', description: 'Sign even when the scan finds dangerous code in the model (not recommended).', default: false },
  {
    name: 'allow-globals',
    type: 'object',
    description: 'Pickle globals the project accepts, as `module.Name` (or `module.*`) -> reason.',
    schema: { type: 'object', additionalProperties: { type: 'string', minLength: 3 } },
  },
  { name: 'max-files', type: 'number', description: 'Refuse models with more files than this.', default: 100000, minimum: 1 },
  { name: 'max-scan-size', type: 'number', description: 'Largest file or decompressed member (MiB) the scanner reads into memory; larger zip checkpoints are streamed, only their pickle members inflated.', default: 512, minimum: 1 },
  { name: 'deploy-snippet', type: 'enum', values: ['none', 'kserve', 'seldon', 'model-validation'], description: 'Verify: add a Kubernetes snippet that enforces this verification before a model server starts.', default: 'none' },
  { name: 'deploy-model-path', type: 'string', description: 'Where the model is mounted in the serving pod, for deploy-snippet.', default: '/mnt/models' },
  { name: 'deploy-image', type: 'string', description: 'Container image with the mlguard CLI, for the init-container snippets.', default: 'ghcr.io/mlguard/mlguard:0.1.0' },
];

const rel = (ports: Ports, p: string) => relative(ports.workspace, ports.fs.resolve(p)).split('\\').join('/') || '.';

/** A PEM option holds the text itself (secrets) or the path of a file. */
async function pemText(ports: Ports, value: string, option: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value;
  const st = await ports.fs.stat(value);
  if (!st?.isFile) throw inputError(`${option}: ${value} is neither PEM text nor an existing file`, { hint: `pass the PEM content (e.g. \${{ secrets.X }}) or a path relative to the workspace` });
  return ports.fs.readText(value);
}

interface Common {
  model?: string;
  signature: string;
  signatureName?: string;
  ignorePaths: string[];
}

function modelArgs(options: Options, ports: Ports, command: string): Common {
  const paths = options.list('paths') ?? [];
  if (paths.length !== 1) throw usageError(`model-sign ${command} takes exactly one model path (got ${paths.length})`, { hint: `mlguard model-sign ${command} [options] MODEL_DIR` });
  const model = paths[0]!.replace(/\/+$/, '') || '.';
  const signature = options.string('signature') ?? (model === '.' ? 'model.sig' : `${model}/model.sig`);
  const modelAbs = ports.fs.resolve(model);
  const sigAbs = ports.fs.resolve(signature);
  const inside = relative(modelAbs, sigAbs);
  const signatureName = inside && !inside.startsWith('..') && !inside.startsWith('/') ? inside.split('\\').join('/') : undefined;
  // Model-relative (`ignore-me`), or workspace-relative under the model (`models/x/ignore-me`).
  const ignorePaths = (options.list('ignore-paths') ?? []).map((p) => {
    const clean = p.replace(/^\.\/+/, '').replace(/\/+$/, '');
    return model !== '.' && clean.startsWith(`${model}/`) ? clean.slice(model.length + 1) : clean;
  });
  return { model, signature, ...(signatureName ? { signatureName } : {}), ignorePaths };
}

async function runScan(options: Options, ports: Ports, paths: string[]): Promise<{ findings: Finding[]; report: ScanReport }> {
  const allow = new Map<string, string>();
  const raw = options.object('allow-globals');
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw inputError('allow-globals must map module.Name to a reason');
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v !== 'string' || v.trim().length < 3) throw inputError(`allow-globals: ${k} needs a reason`, { hint: 'e.g. `fraud.features.Scaler: our own preprocessing class, reviewed in #123`' });
      allow.set(k, v);
    }
  }
  const maxSize = (options.number('max-scan-size') ?? 512) * MiB;
  const report = await scanPaths(ports.fs, paths, { policy: { allow }, maxFileSize: maxSize, maxInflate: maxSize, maxFiles: options.number('max-files') ?? 100000 });
  return { findings: report.issues.map((i) => scanFinding(i, rel(ports, i.path))), report };
}

async function trustFrom(options: Options, ports: Ports): Promise<Trust> {
  const publicKey = options.string('public-key');
  const chain = options.list('certificate-chain');
  const identity = options.string('identity');
  const identityRegex = options.string('identity-regex');
  const chosen = [publicKey && 'public-key', chain?.length && 'certificate-chain', (identity || identityRegex) && 'identity'].filter(Boolean);
  if (chosen.length !== 1) {
    throw usageError(`model-sign verify needs exactly one of public-key, certificate-chain or identity/identity-regex (got ${chosen.length ? chosen.join(', ') : 'none'})`, {
      hint: 'e.g. --public-key key.pub, or --identity https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/heads/main',
    });
  }
  if (publicKey) return { method: 'key', publicKey: loadPublicKey(await pemText(ports, publicKey, 'public-key'), 'public-key') };
  if (chain?.length) {
    const anchors = [];
    for (const c of chain) anchors.push(...parsePemCertificates(await pemText(ports, c, 'certificate-chain'), `certificate-chain ${c}`));
    return { method: 'certificate', anchors };
  }
  let trustedRoot: unknown;
  const pinned = options.string('trusted-root');
  if (pinned) {
    try {
      trustedRoot = JSON.parse(await ports.fs.readText(pinned));
    } catch (e) {
      throw inputError(`trusted-root ${pinned} is not readable JSON (${(e as Error).message})`, { file: pinned });
    }
  } else trustedRoot = bundledTrustedRoot();
  const claims: Partial<Record<ClaimName, string>> = {};
  for (const name of CLAIM_NAMES) {
    const v = options.string(name);
    if (v) claims[name] = v;
  }
  if (identityRegex) {
    try {
      new RegExp(identityRegex);
    } catch (e) {
      throw usageError(`identity-regex is not a valid regular expression (${(e as Error).message})`);
    }
  }
  return {
    method: 'keyless',
    trustedRoot,
    policy: { ...(identity ? { identity } : {}), ...(identityRegex ? { identityRegex } : {}), issuer: options.string('issuer') ?? GITHUB_OIDC_ISSUER, claims },
  };
}

const fmtBytes = (n: number) => (n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(2)} GiB` : n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : `${n} B`);

async function runVerify(options: Options, ports: Ports): Promise<EngineResult> {
  const c = modelArgs(options, ports, 'verify');
  const trust = await trustFrom(options, ports);
  const started = Date.now();
  const report: VerifyReport = await verifyModel({
    fs: ports.fs,
    model: c.model!,
    signature: c.signature,
    ...(c.signatureName ? { signatureName: c.signatureName } : {}),
    trust,
    ignorePaths: c.ignorePaths,
    allowSymlinks: options.boolean('allow-symlinks') ?? false,
    allowUnsignedFiles: options.boolean('allow-unsigned-files') ?? false,
    maxFiles: options.number('max-files') ?? 100000,
    now: ports.clock.now(),
  });
  const seconds = (Date.now() - started) / 1000;
  const modelRel = rel(ports, c.model!);
  const sigRel = rel(ports, c.signature);
  const findings = report.problems.map((p) => verifyFinding(p, p.file && p.file !== '.' ? `${modelRel}/${p.file}` : modelRel, sigRel));
  const scan = options.boolean('scan') ?? true;
  const scanned = scan ? await runScan(options, ports, [c.model!, ...(options.list('scan-paths') ?? [])]) : undefined;
  if (scanned) findings.push(...scanned.findings);

  ports.setOutput?.('verified', String(report.verified));
  if (report.rootDigest) ports.setOutput?.('root-digest', `sha256:${report.rootDigest}`);
  if (report.signer) ports.setOutput?.('signer-identity', report.signer);
  if (report.logIndex) ports.setOutput?.('rekor-log-index', report.logIndex);
  ports.setOutput?.('signature-file', sigRel);
  if (report.verified) ports.log.info(`model-sign: ${modelRel} verified (${report.files} files, ${fmtBytes(report.bytes)}), root sha256:${report.rootDigest ?? '(v0.2 format)'}`);

  const lines = [
    `### Model signature: ${report.verified ? '✅ verified' : '❌ not verified'}`,
    '',
    '| | |',
    '|---|---|',
    `| model | \`${modelRel}\` (${report.files} files, ${fmtBytes(report.bytes)}) |`,
    `| signature | \`${sigRel}\` (${trust.method}) |`,
    ...(report.rootDigest ? [`| root digest | \`sha256:${report.rootDigest}\` |`] : []),
    ...(report.signer ? [`| signer | \`${report.signer}\`${report.issuer ? ` via \`${report.issuer}\`` : ''} |`] : []),
    ...(report.logIndex ? [`| Rekor log index | [${report.logIndex}](https://search.sigstore.dev/?logIndex=${report.logIndex}) |`] : []),
    ...(report.legacyFormat ? [`| format | ${report.legacyFormat} |`] : []),
  ];
  const target = options.string('deploy-snippet') as DeployTarget | 'none' | undefined;
  if (target && target !== 'none') {
    const modelPath = options.string('deploy-model-path') ?? '/mnt/models';
    const mode =
      trust.method === 'key'
        ? ({ method: 'key', publicKeyFile: '/etc/model-signing/public-key.pem' } as const)
        : trust.method === 'certificate'
          ? ({ method: 'certificate', caFile: '/etc/model-signing/ca.pem' } as const)
          : ({ method: 'keyless', identity: trust.policy.identity ?? trust.policy.identityRegex ?? '', issuer: trust.policy.issuer } as const);
    const snippet = deploySnippet(target, {
      modelPath,
      signatureFile: c.signatureName ?? 'model.sig',
      mode,
      image: options.string('deploy-image') ?? 'ghcr.io/mlguard/mlguard:0.1.0',
      name: (report.modelName || modelRel.split('/').pop() || 'model').toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    });
    lines.push('', `#### Deploy gate (${target})`, '', '```yaml', snippet, '```');
    ports.log.info(`model-sign: deploy gate (${target}):\n${snippet}`);
  }
  return {
    target: modelRel,
    findings,
    metrics: {
      command: 'verify',
      method: trust.method,
      verified: report.verified,
      signatureValid: report.signatureValid,
      files: report.files,
      bytes: report.bytes,
      seconds,
      ...(report.rootDigest ? { rootDigest: `sha256:${report.rootDigest}` } : {}),
      ...(report.signer ? { signer: report.signer } : {}),
      ...(report.issuer ? { issuer: report.issuer } : {}),
      ...(report.logIndex ? { rekorLogIndex: report.logIndex } : {}),
      ...(scanned ? { filesScanned: scanned.report.filesScanned } : {}),
    },
    summaryMarkdown: lines.join('\n'),
  };
}

async function runSign(options: Options, ports: Ports): Promise<EngineResult> {
  const c = modelArgs(options, ports, 'sign');
  const privateKeyOpt = options.string('private-key');
  const certOpt = options.string('signing-certificate');
  const method = options.string('method') ?? (privateKeyOpt ? (certOpt ? 'certificate' : 'key') : 'keyless');
  const modelRel = rel(ports, c.model!);
  const sigRel = rel(ports, c.signature);
  const findings: Finding[] = [];

  // Refuse to sign what would execute code on load: the signature would vouch for it.
  if (options.boolean('scan') ?? true) {
    const scanned = await runScan(options, ports, [c.model!, ...(options.list('scan-paths') ?? [])]);
    findings.push(...scanned.findings);
    const dangerous = scanned.findings.filter((f) => f.severity === 'critical' && f.location?.path.startsWith(modelRel === '.' ? '' : modelRel));
    if (dangerous.length && !(options.boolean('sign-dangerous') ?? false)) {
      findings.push(
        makeFinding({
          tool: 'model-sign',
          ruleId: 'MODEL-SIGN-001',
          severity: 'critical',
          title: 'Model not signed: it contains code that runs on load',
          message: `${modelRel} was not signed because the scan found ${dangerous.length} dangerous finding(s) (first: ${dangerous[0]!.message})`,
          location: { path: modelRel },
          help: { text: 'Remove or convert the dangerous files (safetensors, ONNX), or set sign-dangerous: true to sign anyway.' },
          logicalKey: 'refused',
        }),
      );
      return { target: modelRel, findings, metrics: { command: 'sign', signed: false, method } };
    }
  }

  const started = Date.now();
  const built = await buildManifest({
    fs: ports.fs,
    model: c.model!,
    ignorePaths: c.ignorePaths,
    ...(c.signatureName ? { signatureName: c.signatureName } : {}),
    allowSymlinks: options.boolean('allow-symlinks') ?? false,
    maxFiles: options.number('max-files') ?? 100000,
  });
  const hashSeconds = (Date.now() - started) / 1000;
  for (const w of built.warnings) {
    ports.log.warning(`model-sign: ${w}`);
    findings.push(makeFinding({ tool: 'model-sign', ruleId: 'MODEL-SIGN-002', severity: 'low', title: 'Interoperability note', message: w, location: { path: modelRel }, logicalKey: w.slice(0, 40) }));
  }
  const payload = statementPayload(built.manifest);
  let bundle: Record<string, unknown>;
  let signer: string | undefined;
  let logIndex: string | undefined;
  if (method === 'keyless') {
    const noToken = (why: string) =>
      usageError(`keyless signing needs an OIDC token, and none is available here (${why})`, {
        hint: 'sign on push, tag or release with `permissions: id-token: write`, and only verify on pull requests (fork PRs never get a token); or sign with method: key',
      });
    if (!ports.oidcToken) throw noToken('a fork pull request, a local run, or a job without `permissions: id-token: write`');
    // Fetch the token first: a missing id-token permission must not surface from inside sigstore-js.
    let idToken: string;
    try {
      idToken = await ports.oidcToken('sigstore');
    } catch (e) {
      throw noToken(`${(e as Error).message}; a fork pull request or a job without \`permissions: id-token: write\``);
    }
    if (!(options.boolean('allow-network') ?? false)) {
      throw usageError('keyless signing contacts Fulcio, Rekor and the timestamp authority, and network access is off for model-sign', { hint: 'set allow-network: true (input, flag or the model-sign section of .github/mlguard.yml)' });
    }
    const tsa = options.string('tsa-url');
    bundle = await signKeyless({
      payload,
      token: async () => idToken,
      fulcioURL: options.string('fulcio-url') ?? PUBLIC_GOOD.fulcio,
      rekorURL: options.string('rekor-url') ?? PUBLIC_GOOD.rekor,
      rekorEntryType: options.string('rekor-entry-type') === 'intoto' ? 'intoto' : 'dsse',
      ...(tsa ? { tsaURL: tsa } : {}),
    });
    const vm = bundle.verificationMaterial as { tlogEntries?: { logIndex?: string }[] };
    logIndex = vm.tlogEntries?.[0]?.logIndex;
  } else {
    if (!privateKeyOpt) throw usageError(`method ${method} needs private-key`, { hint: 'pass the PEM private key from a secret: private-key: ${{ secrets.MODEL_SIGNING_KEY }}' });
    const password = options.string('private-key-password');
    const key = loadPrivateKey(await pemText(ports, privateKeyOpt, 'private-key'), 'private-key', password);
    let certs;
    if (method === 'certificate') {
      if (!certOpt) throw usageError('method certificate needs signing-certificate (and usually certificate-chain)');
      certs = parsePemCertificates(await pemText(ports, certOpt, 'signing-certificate'), 'signing-certificate').slice(0, 1);
      for (const c2 of options.list('certificate-chain') ?? []) certs.push(...parsePemCertificates(await pemText(ports, c2, 'certificate-chain'), `certificate-chain ${c2}`));
      signer = certs[0]!.subject.replace(/\n/g, ', ');
    }
    bundle = signWithKey(payload, key, certs);
  }
  await ports.fs.writeFile(c.signature, `${JSON.stringify(bundle)}\n`);
  ports.setOutput?.('root-digest', `sha256:${built.rootDigest}`);
  ports.setOutput?.('signature-file', sigRel);
  if (signer) ports.setOutput?.('signer-identity', signer);
  if (logIndex) ports.setOutput?.('rekor-log-index', logIndex);
  ports.log.info(`model-sign: signed ${modelRel} (${built.manifest.resources.length} files, ${fmtBytes(built.bytes)}) -> ${sigRel}, root sha256:${built.rootDigest}`);
  return {
    target: modelRel,
    findings,
    metrics: {
      command: 'sign',
      signed: true,
      method,
      signatureFile: sigRel,
      rootDigest: `sha256:${built.rootDigest}`,
      files: built.manifest.resources.length,
      bytes: built.bytes,
      hashSeconds,
      ...(signer ? { signer } : {}),
      ...(logIndex ? { rekorLogIndex: logIndex } : {}),
    },
    summaryMarkdown: [
      `### Model signed (${method})`,
      '',
      `| model | \`${modelRel}\` (${built.manifest.resources.length} files, ${fmtBytes(built.bytes)}) |`,
      '|---|---|',
      `| signature | \`${sigRel}\` |`,
      `| root digest | \`sha256:${built.rootDigest}\` |`,
      ...(logIndex ? [`| Rekor log index | [${logIndex}](https://search.sigstore.dev/?logIndex=${logIndex}) |`] : []),
    ].join('\n'),
  };
}

export const modelSignTool: ToolSpec = {
  tool: 'model-sign',
  description: 'Sign ML models in the OpenSSF Model Signing format, verify them before deployment, and refuse model files that run code when loaded.',
  commands: ['sign', 'verify', 'scan'],
  options: OPTIONS,
  positional: 'paths',
  async run(options, ports) {
    const command = options.string('command') ?? 'verify';
    if (command === 'sign') return runSign(options, ports);
    if (command === 'verify') return runVerify(options, ports);
    if (command !== 'scan') throw usageError(`unknown model-sign command ${command}`, { hint: 'one of sign, verify, scan' });
    // The same section drives verify and scan: scan covers the model and scan-paths.
    const paths = [...(options.list('paths')?.length ? options.list('paths')! : ['.']), ...(options.list('scan-paths') ?? [])];
    const { findings, report } = await runScan(options, ports, paths);
    return {
      target: paths.map((p) => rel(ports, p)).join(', '),
      findings,
      metrics: { command: 'scan', filesSeen: report.filesSeen, filesScanned: report.filesScanned, bytesScanned: report.bytesScanned },
    };
  },
};
