import { createHash } from 'node:crypto';
import { configError, inputError, makeFinding, usageError } from '@mlguard/core';
import type { EngineResult, Finding, Location, Options, Ports, Severity } from '@mlguard/core';
import { readTable } from '@mlguard/dataset';
import { ATTACKS } from './attacks/attack.js';
import type { AttackName } from './attacks/attack.js';
import type { BackendChoice } from './backend/onnx-session.js';
import type { Criterion, OutputKind } from './criterion.js';
import { evalSetFromTable, stratifiedSample } from './data.js';
import type { EvalSet } from './data.js';
import { evaluateRobustness, WHITE_BOX, zeroGradientShare } from './evaluate.js';
import type { Robustness, RunConfig } from './evaluate.js';
import { buildSpace, implicitSpec, parseFeatureSpec } from './features.js';
import type { FeatureSpec, Norm, Space } from './features.js';
import { htmlReport, markdownReport } from './report.js';
import type { ReportInput } from './report.js';
import { rngFor } from './rng.js';
import { selfCheck } from './self-check.js';
import type { SelfCheckResult } from './self-check.js';
import { mcnemarExact, round } from './stats.js';
import { endpointTarget } from './target/endpoint-target.js';
import type { EndpointFormat } from './target/endpoint-target.js';
import { gradientCheck, onnxTarget } from './target/onnx-target.js';
import type { Target } from './target/target.js';

const TOOL = 'adversarial-test' as const;
const HELP = 'https://github.com/mlguard/mlguard/blob/main/actions/adversarial-test/README.md';
/** Exact gradients farther than this from finite differences are not trusted (SPSA is used). */
const GRADIENT_TOLERANCE = 0.05;

const FLAG_RULES: Record<string, { id: string; severity: Severity; title: string }> = {
  'non-deterministic': { id: 'ADV-FLAG-001', severity: 'medium', title: 'Model predictions are not deterministic' },
  'black-box-beats-white-box': { id: 'ADV-FLAG-002', severity: 'medium', title: 'Black-box attacks beat white-box gradients (gradient masking?)' },
  'budget-exhausted': { id: 'ADV-FLAG-003', severity: 'medium', title: 'Attack budget exhausted: results inconclusive' },
  'zero-gradient': { id: 'ADV-FLAG-004', severity: 'medium', title: 'Zero gradients at clean points' },
  'softmax-output': { id: 'ADV-FLAG-005', severity: 'low', title: 'Attacked output is probabilities, not logits' },
  'gradient-check-failed': { id: 'ADV-FLAG-006', severity: 'medium', title: 'Exact gradients disagree with finite differences' },
};

async function readBytes(ports: Ports, path: string, what: string): Promise<Buffer> {
  const st = await ports.fs.stat(path);
  if (!st) throw inputError(`${what} not found`, { file: path });
  if (!st.isFile) throw inputError(`${what} is not a file`, { file: path });
  return ports.fs.readFile(path);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** `file:line` from Options.source, for findings that point at the config line of a gate. */
function configLocation(options: Options, name: string, fallback: string): Location {
  const src = options.source(name) ?? '';
  const m = /^(.+?):(\d+)$/.exec(src);
  if (m && !m[1]!.startsWith('input ') && !m[1]!.startsWith('--')) return { path: m[1]!, startLine: Number(m[2]) };
  if (src && !src.startsWith('input ') && !src.startsWith('--') && src !== 'default') return { path: src };
  return { path: fallback };
}

function parseEps(list: string[], source: string): number[] {
  const eps = list.map((s) => {
    const v = Number(s);
    if (!Number.isFinite(v) || v <= 0) throw usageError(`eps: "${s}" is not a positive number (${source})`);
    return v;
  });
  return [...new Set(eps)].sort((a, b) => a - b);
}

interface Setup {
  set: EvalSet;
  space: Space;
  spec: FeatureSpec;
  sample: number[];
  criterion: Omit<Criterion, 'classes' | 'output'>;
}

async function openTarget(options: Options, ports: Ports, file: string | undefined, set: EvalSet, sample: number[], gradients: boolean): Promise<Target> {
  const probeRows = sample.slice(0, 64);
  const probe = new Float32Array(probeRows.length * set.d);
  probeRows.forEach((r, i) => probe.set(set.x.subarray(r * set.d, (r + 1) * set.d), i * set.d));
  const outputKind = (options.string('output-kind') ?? 'auto') as OutputKind | 'auto';
  if (file) {
    const bytes = await readBytes(ports, file, 'model file');
    const output = options.string('output');
    return onnxTarget(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      file,
      backend: (options.string('backend') ?? 'auto') as BackendChoice,
      ...(output ? { output } : {}),
      outputKind,
      features: set.d,
      probe,
      gradients,
      log: ports.log,
    });
  }
  const url = options.string('endpoint')!;
  const auth = options.string('endpoint-auth');
  const template = options.string('endpoint-request-template');
  const path = options.string('endpoint-response-path');
  return endpointTarget({
    url,
    format: (options.string('endpoint-format') ?? 'kserve-v1') as EndpointFormat,
    allowedHosts: options.list('endpoint-allowed-hosts') ?? [],
    ...(auth ? { auth } : {}),
    authHeader: options.string('endpoint-auth-header') ?? 'Authorization',
    batchSize: options.number('endpoint-batch-size') ?? 64,
    rateLimit: options.number('endpoint-rate-limit') ?? 20,
    timeoutMs: (options.number('endpoint-timeout') ?? 30) * 1000,
    outputKind,
    inputName: options.string('endpoint-input-name') ?? 'input-0',
    ...(template ? { requestTemplate: template } : {}),
    ...(path ? { responsePath: path } : {}),
    features: set.d,
    probe,
    fetch: ports.fetch,
    clock: ports.clock,
    log: ports.log,
  });
}

export async function runAdversarialTest(options: Options, ports: Ports): Promise<EngineResult> {
  const model = options.string('model');
  const endpoint = options.string('endpoint');
  if (!model === !endpoint) throw usageError('give exactly one of model (an ONNX file) or endpoint (a URL)', { hint: 'e.g. --model models/fraud.onnx --data data/eval.csv --label is_fraud' });
  if (endpoint && !(options.boolean('allow-network') ?? false)) throw usageError('endpoint mode needs allow-network: true', { hint: 'network access is off unless allowed; also list the host in endpoint-allowed-hosts' });
  const dataPath = options.string('data');
  if (!dataPath) throw usageError('data (the evaluation set) is required', { hint: '--data data/eval.csv' });
  const label = options.string('label') ?? 'label';
  const seed = options.number('seed') ?? 0;
  const norm = (options.string('norm') ?? 'linf') as Norm;
  const eps = parseEps(options.list('eps') ?? ['0.01', '0.02', '0.05', '0.1'], options.source('eps') ?? 'eps');
  const minRobust = options.number('min-robust-accuracy');
  const gateEps = options.number('gate-eps') ?? (minRobust !== undefined || options.string('base-model') ? eps[eps.length - 1] : undefined);
  if (gateEps !== undefined && !eps.includes(gateEps)) {
    eps.push(gateEps);
    eps.sort((a, b) => a - b);
  }

  // Feature spec and data
  const featuresPath = options.string('features');
  let spec: FeatureSpec | undefined;
  if (featuresPath) spec = parseFeatureSpec((await readBytes(ports, featuresPath, 'feature spec')).toString('utf8'), featuresPath);
  const dataBytes = await readBytes(ports, dataPath, 'evaluation set');
  const table = await readTable(dataPath, { fs: ports.fs, workspace: ports.workspace }, spec ? { columns: [...spec.features.map((f) => f.name), label] } : {});
  if (!spec) spec = implicitSpec(table.columns.map((c) => c.name).filter((n) => n !== label));
  const space = buildSpace(spec, !!featuresPath);
  if (minRobust !== undefined && !space.bounded) {
    throw configError('an epsilon gate (min-robust-accuracy) needs a declared feature space: every mutable feature needs min and max in the feature spec (or space: normalized)', {
      hint: 'an epsilon on raw features is meaningless (one Amount unit dwarfs a ratio); set features: to a spec with bounds',
      ...(featuresPath ? { file: featuresPath } : {}),
    });
  }
  if (!space.bounded) ports.log.warning('adversarial-test: no bounds for some mutable features: epsilon is measured in their raw units and the robustness figures are hard to compare (declare them in a feature spec)');
  const set = evalSetFromTable(table, spec.features.map((f) => f.name), label);
  const sample = stratifiedSample(set, options.number('samples') ?? 300, seed);
  const kind = (options.string('criterion') ?? 'untargeted') as 'untargeted' | 'directional';
  const positive = options.number('positive-class') ?? 1;
  const thresholdOpt = options.number('threshold');
  const threshold = thresholdOpt ?? (kind === 'directional' ? 0.5 : undefined);
  const setup: Setup = { set, space, spec, sample, criterion: { kind, positive, ...(threshold !== undefined ? { threshold } : {}) } };

  const attacksOpt = options.list('attack');
  for (const a of attacksOpt ?? []) if (!(ATTACKS as readonly string[]).includes(a)) throw usageError(`attack: unknown attack ${a}`, { hint: `known: ${ATTACKS.join(', ')}` });
  const wantsGradients = !attacksOpt || attacksOpt.some((a) => (WHITE_BOX as readonly string[]).includes(a));

  const headRun = await attackModel(options, ports, model, setup, { norm, eps, seed, attacksOpt: attacksOpt as AttackName[] | undefined, wantsGradients });
  const { target, result, cfg, gradientInfo } = headRun;
  const metricName = kind === 'directional' ? 'robust recall' : 'robust accuracy';
  const metricAt = (r: Robustness, e: number) => {
    const row = r.perEps.find((p) => p.eps === e)!;
    return (kind === 'directional' ? row.robustRecall : row.robustAccuracy) ?? 0;
  };

  const findings: Finding[] = [];
  const where = model ?? featuresPath ?? dataPath;
  let gate: ReportInput['gate'];
  if (minRobust !== undefined && gateEps !== undefined) {
    const value = metricAt(result, gateEps);
    gate = { eps: gateEps, min: minRobust, value, passed: value >= minRobust };
    if (!gate.passed) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: 'ADV-ROBUST-001',
          severity: 'high',
          title: `${metricName} below the gate`,
          message: `${metricName} at ${norm} eps ${gateEps} is ${(value * 100).toFixed(1)}% (95% CI ${ciText(result, gateEps, kind)}), below the required ${(minRobust * 100).toFixed(1)}% on ${result.n} samples of ${dataPath}`,
          location: configLocation(options, 'min-robust-accuracy', where),
          help: { text: 'Adversarial training, input validation of the features an attacker controls, or monotone constraints raise robustness; lowering the gate needs a reason.', uri: HELP },
          logicalKey: `${target.description}|${norm}|${gateEps}`,
          properties: { eps: gateEps, norm, value, required: minRobust, metric: metricName },
        }),
      );
    }
  }

  let regression: ReportInput['regression'];
  const baseModel = options.string('base-model');
  if (baseModel && gateEps !== undefined) {
    const base = await attackModel(options, ports, baseModel, setup, { norm, eps, seed, attacksOpt: attacksOpt as AttackName[] | undefined, wantsGradients });
    await base.target.release();
    const e = eps.indexOf(gateEps);
    let b = 0;
    let c = 0;
    const newlyVulnerableRows: number[] = [];
    result.robustMatrix.forEach((row, i) => {
      const head = row[e]!;
      const was = base.result.robustMatrix[i]![e]!;
      if (was && !head) {
        b++;
        newlyVulnerableRows.push(set.rows[sample[i]!]!);
      }
      if (!was && head) c++;
    });
    const baseValue = metricAt(base.result, gateEps);
    const headValue = metricAt(result, gateEps);
    const drop = baseValue - headValue;
    const pValue = mcnemarExact(b, c);
    const maxDrop = options.number('max-regression') ?? 0.02;
    regression = { base: baseModel, baseValue, headValue, drop: round(drop)!, pValue: round(pValue)!, failed: drop > maxDrop };
    if (drop > maxDrop) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: 'ADV-ROBUST-002',
          severity: pValue < 0.05 ? 'high' : 'medium',
          title: `${metricName} regressed against the base model`,
          message: `${metricName} at ${norm} eps ${gateEps} dropped from ${(baseValue * 100).toFixed(1)}% (${baseModel}) to ${(headValue * 100).toFixed(1)}%, more than the allowed ${(maxDrop * 100).toFixed(1)} points; ${b} samples became vulnerable (data rows ${newlyVulnerableRows.slice(0, 8).join(', ')}${b > 8 ? ', ...' : ''}), ${c} became robust (exact McNemar p = ${pValue.toFixed(4)}${pValue < 0.05 ? '' : ', not significant at this sample size'})`,
          location: { path: model ?? where },
          help: { text: 'Compare the training changes of this pull request; both models were attacked on identical samples, seeds and budgets.', uri: HELP },
          logicalKey: `regression|${norm}|${gateEps}`,
          properties: { base: baseModel, baseValue, headValue, newlyVulnerable: b, newlyRobust: c, pValue, newlyVulnerableRows: newlyVulnerableRows.slice(0, 50) },
        }),
      );
    }
  }

  // Evasions found at the gate's epsilon (or the smallest one): real, explainable findings even when the gate passes.
  const evasionEps = gateEps ?? eps[0]!;
  const at = result.perEps.find((p) => p.eps === evasionEps)!;
  const broken = result.attacked - Math.round((at.attackSuccessRate === null ? 1 : 1 - at.attackSuccessRate) * result.attacked);
  if (broken > 0) {
    const rows = result.fragile.filter((f) => f.eps <= evasionEps);
    findings.push(
      makeFinding({
        tool: TOOL,
        ruleId: 'ADV-EVASION-003',
        severity: 'medium',
        title: kind === 'directional' ? 'Flagged positives evade detection under small perturbations' : 'Adversarial examples found within epsilon',
        message: `${broken} of ${result.attacked} attacked samples (${((at.attackSuccessRate ?? 0) * 100).toFixed(1)}%) change decision within ${norm} eps ${evasionEps}${rows.length ? `; e.g. data row ${rows[0]!.row}: ${rows[0]!.changes.map((c) => `${c.feature} ${c.from} -> ${c.to}`).join(', ')} (${rows[0]!.attack})` : ''}`,
        location: rowLocation(dataPath, rows[0]?.row),
        help: { text: 'Each listed change stays inside the declared feature bounds and constraints; the features an attacker controls need validation or a more robust model.', uri: HELP },
        logicalKey: `evasion|${norm}|${evasionEps}`,
        properties: { eps: evasionEps, broken, attacked: result.attacked, examples: rows },
      }),
    );
  }
  for (const f of result.natural?.features ?? []) {
    if (f.failRate < 0.05) continue;
    findings.push(
      makeFinding({
        tool: TOOL,
        ruleId: 'ADV-NATURAL-004',
        severity: f.failRate >= 0.1 ? 'medium' : 'low',
        title: `Decisions flip when ${f.feature} moves by ${((result.natural!.relative) * 100).toFixed(1)}%`,
        message: `${f.flipped} of ${result.natural!.rows} rows (${(f.failRate * 100).toFixed(1)}%) change decision when ${f.feature} alone is nudged by ±${(result.natural!.relative * 100).toFixed(1)}%`,
        location: { path: featuresPath ?? dataPath },
        help: { text: 'A tiny natural change of one feature should not flip a decision: check the feature\'s scaling and the model\'s dependence on it.', uri: HELP },
        logicalKey: `natural|${f.feature}`,
        properties: { feature: f.feature, failRate: f.failRate, relative: result.natural!.relative },
      }),
    );
  }
  for (const flag of result.flags) {
    const rule = FLAG_RULES[flag.id]!;
    findings.push(makeFinding({ tool: TOOL, ruleId: rule.id, severity: rule.severity, title: rule.title, message: flag.message, location: { path: where }, help: { text: 'A sanity check in the spirit of AutoAttack: the robustness figure may be misleading until this is understood.', uri: HELP }, logicalKey: flag.id }));
  }

  let selfChecked: SelfCheckResult | undefined;
  if (options.boolean('self-check')) {
    selfChecked = await selfCheck({ ...cfg, deadline: ports.clock.now().getTime() + (options.number('budget-seconds') ?? 600) * 1000 }, (options.string('backend') ?? 'auto') as BackendChoice, ports.clock, ports.log);
    const worst = [...selfChecked.gaps].sort((a, b) => b.gap - a.gap)[0];
    if (worst && worst.gap > 0.02) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: 'ADV-SELFCHECK-005',
          severity: 'medium',
          title: 'An attack is weaker than the known optimum',
          message: `on the reference linear model, ${worst.attack} leaves robust accuracy ${(worst.robustAccuracy * 100).toFixed(1)}% at ${norm} eps ${worst.eps} where the exact value is ${(worst.exact * 100).toFixed(1)}% (gap ${(worst.gap * 100).toFixed(1)} points): with this configuration its figures are upper bounds`,
          location: { path: where },
          help: { text: 'Raise budget-queries or steps, or add a stronger attack to the cascade (pgd with exact gradients, square).', uri: HELP },
          logicalKey: `self-check|${worst.attack}|${norm}`,
          properties: { ...worst },
        }),
      );
    }
    if (selfChecked.minimalNormRatio !== undefined && selfChecked.minimalNormRatio > 1.15) {
      findings.push(
        makeFinding({
          tool: TOOL,
          ruleId: 'ADV-SELFCHECK-005',
          severity: 'medium',
          title: 'The minimal-norm attack is far from the known optimum',
          message: `on the reference linear model, HopSkipJump's median distance is ${selfChecked.minimalNormRatio}x the exact minimal ${norm} perturbation: raise budget-queries`,
          location: { path: where },
          help: { text: 'HopSkipJump needs a few thousand queries per sample to get within 15% of the optimum.', uri: HELP },
          logicalKey: `self-check|hopskipjump|${norm}`,
          properties: { ratio: selfChecked.minimalNormRatio },
        }),
      );
    }
  }

  const robustAt: Record<string, number> = {};
  const recallAt: Record<string, number> = {};
  for (const p of result.perEps) {
    robustAt[String(p.eps)] = p.robustAccuracy;
    if (p.robustRecall !== undefined) recallAt[String(p.eps)] = p.robustRecall;
  }
  const report: ReportInput = { target: target.description, backend: target.backend, norm, metricName, result, ...(gate ? { gate } : {}), ...(regression ? { regression } : {}) };
  const htmlPath = options.string('html-report') ?? 'mlguard-adversarial-test.html';
  await ports.fs.writeFile(htmlPath, htmlReport(report));
  ports.setOutput?.('html-report', htmlPath);
  ports.setOutput?.('robust-accuracy', JSON.stringify(robustAt));
  const modelBytes = model ? await ports.fs.readFile(model) : undefined;
  const metrics = {
    backend: target.backend,
    model: model ? { path: model, sha256: sha256(modelBytes!) } : { endpoint: endpoint, ...target.info },
    modelInfo: target.info,
    data: { path: dataPath, sha256: sha256(dataBytes), rows: set.n, label, classes: set.classNames },
    featureSpace: { declared: space.declared, bounded: space.bounded, features: space.d, immutable: space.d - space.mutable.reduce((a, b) => a + b, 0) },
    config: { norm, eps, attacks: cfg.attacks, samples: result.n, seed, budgetQueries: cfg.budgetQueries, totalQueries: cfg.totalQueries, steps: cfg.steps, mode: cfg.mode, criterion: kind, positiveClass: positive, ...(threshold !== undefined ? { threshold } : {}) },
    gradient: gradientInfo,
    samples: result.n,
    attacked: result.attacked,
    skipped: result.skipped,
    cleanAccuracy: result.perEps[0]?.cleanAccuracy ?? null,
    robustAccuracy: robustAt,
    ...(kind === 'directional' ? { cleanRecall: result.perEps[0]?.cleanRecall ?? null, robustRecall: recallAt } : {}),
    curve: result.perEps,
    ...(result.minimalNorm ? { minimalNorm: result.minimalNorm } : {}),
    ...(result.natural ? { natural: result.natural } : {}),
    ...(gate ? { gate } : {}),
    ...(regression ? { regression } : {}),
    ...(selfChecked ? { selfCheck: selfChecked } : {}),
    flags: result.flags.map((f) => f.id),
    fragile: result.fragile,
    queries: result.totalQueries,
    htmlReport: htmlPath,
  };
  await target.release();
  return {
    target: `${target.description} on ${dataPath}`,
    findings,
    metrics: JSON.parse(JSON.stringify(metrics)) as Record<string, unknown>,
    summaryMarkdown: markdownReport(report),
    attachments: [htmlPath],
  };
}

/** The file line of a data row, for text formats (CSV/TSV have a header line; JSON Lines do not). */
function rowLocation(path: string, row: number | undefined): Location {
  if (row === undefined) return { path };
  if (/\.(csv|tsv|txt)$/i.test(path)) return { path, startLine: row + 1 };
  if (/\.(jsonl|ndjson)$/i.test(path)) return { path, startLine: row };
  return { path };
}

function ciText(r: Robustness, eps: number, kind: string): string {
  const row = r.perEps.find((p) => p.eps === eps)!;
  const ci = kind === 'directional' ? row.robustRecallCI : row.robustAccuracyCI;
  return ci ? `${(ci[0] * 100).toFixed(1)}–${(ci[1] * 100).toFixed(1)}%` : 'n/a';
}

async function attackModel(
  options: Options,
  ports: Ports,
  model: string | undefined,
  setup: Setup,
  o: { norm: Norm; eps: number[]; seed: number; attacksOpt: AttackName[] | undefined; wantsGradients: boolean },
): Promise<{ target: Target; result: Robustness; cfg: RunConfig; gradientInfo: Record<string, unknown> }> {
  const { set, space, sample } = setup;
  const target = await openTarget(options, ports, model, set, sample, o.wantsGradients);
  if (target.d !== space.d) throw inputError(`the model takes ${target.d} features but the feature spec lists ${space.d}`, { file: model ?? options.string('endpoint') ?? '' });
  const criterion: Criterion = { ...setup.criterion, classes: target.classes, output: target.output };
  if (criterion.positive >= target.classes) throw usageError(`positive-class ${criterion.positive} is not a class of a ${target.classes}-class model`);
  if (criterion.kind === 'directional' && target.classes !== 2 && criterion.threshold === undefined) throw usageError('the directional criterion needs a threshold for a multi-class model');

  const gradientInfo: Record<string, unknown> = { ...((target.info.gradient as Record<string, unknown> | undefined) ?? { method: target.output === 'label' ? 'none (label-only)' : 'spsa' }) };
  const extraFlags: Robustness['flags'] = [];
  if (target.gradient) {
    // Check the backward graph against finite differences before trusting it.
    const rows = sample.slice(0, 8);
    const x = new Float32Array(rows.length * set.d);
    rows.forEach((r, i) => x.set(set.x.subarray(r * set.d, (r + 1) * set.d), i * set.d));
    const rng = rngFor(o.seed, 'gradient-check');
    const up = Float32Array.from({ length: rows.length * target.classes }, () => rng.gaussian());
    const steps = Array.from(setup.space.scale, (v) => (Number.isFinite(v) && v > 0 ? v * 1e-3 : 1e-3));
    const err = await gradientCheck(target, x, rows.length, 16, up, steps);
    gradientInfo.checkRelErrorP90 = round(err, 8);
    if (!(err <= GRADIENT_TOLERANCE)) {
      extraFlags.push({ id: 'gradient-check-failed', message: `exact gradients differ from central finite differences by ${err.toExponential(2)} (relative); SPSA estimates are used instead` });
      delete target.gradient;
      gradientInfo.method = 'spsa';
    } else {
      const zero = await zeroGradientShare(target, criterion, x, rows.map((r) => set.labels[r]!));
      if (zero > 0.5) extraFlags.push({ id: 'zero-gradient', message: `the margin gradient is exactly zero at ${(zero * 100).toFixed(0)}% of checked clean points: gradient attacks are blind there (saturation or a step function)` });
    }
  }

  let attacks: AttackName[];
  if (o.attacksOpt) attacks = o.attacksOpt;
  else if (target.output === 'label') attacks = ['hopskipjump'];
  else attacks = [target.gradient ? 'pgd' : 'spsa-pgd', 'square', 'simba', 'hopskipjump'];
  if (target.output === 'label' && attacks.some((a) => a !== 'hopskipjump')) throw usageError('a label-only endpoint supports only the decision-based attack hopskipjump', { hint: 'attack: hopskipjump, or return scores from the endpoint' });

  const imageShape = target.info.imageShape as [number, number, number] | undefined;
  const modeOpt = options.string('mode') ?? 'auto';
  const mode = modeOpt === 'auto' ? (imageShape ? 'window' : 'subset') : (modeOpt as 'subset' | 'window');
  if (mode === 'window' && !imageShape) throw usageError('mode window needs an image model input [N, C, H, W]');
  const budgetQueries = options.number('budget-queries') ?? 1000;
  const budgetSeconds = options.number('budget-seconds') ?? 600;
  const start = ports.clock.now().getTime();
  const cfg: RunConfig = {
    norm: o.norm,
    eps: o.eps,
    attacks,
    seed: o.seed,
    budgetQueries,
    totalQueries: options.number('budget-total-queries') ?? 5_000_000,
    deadline: start + budgetSeconds * 1000,
    steps: options.number('steps') ?? 20,
    mode,
    ...(imageShape ? { imageShape } : {}),
    natural: options.number('natural-perturbation') ?? 0.01,
  };

  // The estimate printed before the run: the worst case is every sample using every attack's budget at every epsilon.
  const probeN = Math.min(sample.length, 256);
  const px = new Float32Array(probeN * set.d);
  for (let i = 0; i < probeN; i++) px.set(set.x.subarray(sample[i]! * set.d, (sample[i]! + 1) * set.d), i * set.d);
  const t0 = ports.clock.now().getTime();
  await target.predict(px, probeN);
  const perRowMs = Math.max(ports.clock.now().getTime() - t0, 0.01) / probeN;
  const worstRows = Math.min(cfg.totalQueries, sample.length * budgetQueries * attacks.length * o.eps.length);
  const estimate = (worstRows * perRowMs) / 1000;
  ports.log.info(`adversarial-test: ${sample.length} samples, ${attacks.join(' > ')}, ${o.norm} eps ${o.eps.join(', ')} on ${target.backend}; worst case ${worstRows} queries, about ${estimate.toFixed(1)} s at the measured ${(1000 / perRowMs).toFixed(0)} rows/s (budget ${budgetSeconds} s)`);
  if (estimate > budgetSeconds) ports.log.warning(`adversarial-test: the worst-case estimate (${estimate.toFixed(0)} s) exceeds budget-seconds (${budgetSeconds}); samples left when time runs out are reported as inconclusive`);

  const result = await evaluateRobustness(target, space, criterion, set, sample, cfg, ports.clock, ports.log);
  result.flags.unshift(...extraFlags);
  return { target, result, cfg, gradientInfo };
}
