import { baselineFingerprints, readBaseline } from './baseline.js';
import { DEFAULT_CONFIG_FILE, configSuppressions, loadConfig } from './config.js';
import { allOptionSpecs, buildConfigSchema } from './config-schema.js';
import { ExitCode, configError, toolError } from './errors.js';
import { evaluateGate, type Policy } from './gate.js';
import { resolveOptions, type RawOptions } from './options.js';
import { renderSarif, type SarifLog } from './render/sarif.js';
import { renderJson } from './render/text.js';
import type { ScanResult } from './result.js';
import { resultProblems } from './result-schema.js';
import type { Severity } from './severity.js';
import { todayUtc, type InlineSuppressionMode } from './suppressions.js';
import type { EngineResult, Options, Ports, ToolSpec } from './tool.js';
import { MLGUARD_VERSION } from './version.js';

export type { RawOptions } from './options.js';

export interface ExecutedRun {
  result: ScanResult;
  options: Options;
  /** Absolute paths of the files written. */
  resultFile: string;
  sarifFile: string;
  sarif: SarifLog;
  /** Absolute paths of further files the engine wrote for the artifact. */
  attachments: string[];
}

export interface ExecuteMeta {
  toolVersion?: string;
  context?: ScanResult['context'];
  startedAt?: Date;
  /**
   * Called once options are resolved and before the engine runs: the edge can adapt its
   * ports to them (e.g. enable network access when the tool's `online` option is true).
   */
  onOptions?(options: Options): void;
  /** For writing a baseline: neither read the baseline file nor apply new-only. */
  ignoreBaseline?: boolean;
}

/** Boolean tool options that, when true, allow the engine network access (Ports.fetch). */
export const NETWORK_OPTIONS = ['online', 'allow-network'] as const;

/** True when the tool declares a network option (NETWORK_OPTIONS) and it resolved to true. */
export function networkAllowed(spec: ToolSpec, options: Options): boolean {
  return spec.options.some((o) => o.type === 'boolean' && (NETWORK_OPTIONS as readonly string[]).includes(o.name) && options.boolean(o.name) === true);
}

/** The policy the gate applies, from resolved options and the config's suppressions. */
export function policyFrom(options: Options, suppressions: Policy['suppressions']): Policy {
  return {
    failOn: options.string('fail-on') as Severity,
    warnOnly: options.boolean('warn-only') ?? false,
    newOnly: options.boolean('new-only') ?? false,
    inlineSuppressions: (options.string('inline-suppressions') ?? 'require-expiry') as InlineSuppressionMode,
    denyInlineCritical: options.boolean('deny-inline-critical') ?? false,
    suppressions,
  };
}

/**
 * One run of a tool, the same for the action and the CLI: config (validated), options
 * (input/flag > tool section > policy > default), engine, gate, result. Always writes the
 * result JSON and the SARIF file through ports.fs before returning.
 */
export async function executeTool(spec: ToolSpec, raw: RawOptions, ports: Ports, meta: ExecuteMeta = {}): Promise<ExecutedRun> {
  const startedAt = meta.startedAt ?? ports.clock.now();
  const rawConfig = raw.get('config')?.trim();
  const configFile = rawConfig || DEFAULT_CONFIG_FILE;
  const config = await loadConfig(ports.fs, configFile, buildConfigSchema([spec]), { required: !!rawConfig });
  const options = resolveOptions(spec.tool, allOptionSpecs(spec), raw, config);
  meta.onOptions?.(options);

  const policy = policyFrom(options, configSuppressions(config, spec.tool));
  if (meta.ignoreBaseline) policy.newOnly = false;
  const baselineFile = meta.ignoreBaseline ? undefined : options.string('baseline');
  if (policy.newOnly && !baselineFile) {
    throw configError(`new-only needs a baseline file (new-only set by ${options.source('new-only')})`, {
      hint: 'set baseline (e.g. .github/mlguard-baseline.json, written by `mlguard baseline <tool>`)',
    });
  }
  const baseline = baselineFile ? baselineFingerprints(await readBaseline(ports.fs, baselineFile), spec.tool) : undefined;

  const engine: EngineResult = await spec.run(options, ports);
  for (const f of engine.findings) {
    if (f.tool !== spec.tool) throw toolError(`${spec.tool} returned a finding of tool ${f.tool} (${f.ruleId}); this is a bug in the engine`);
  }
  const { gate, findings } = evaluateGate({ findings: engine.findings, policy, today: todayUtc(ports.clock), baseline });
  const result: ScanResult = {
    schemaVersion: '1',
    tool: spec.tool,
    toolVersion: meta.toolVersion ?? MLGUARD_VERSION,
    startedAt: startedAt.toISOString(),
    durationMs: Math.max(0, ports.clock.now().getTime() - startedAt.getTime()),
    target: engine.target,
    ...(meta.context ? { context: meta.context } : {}),
    gate,
    findings,
    metrics: engine.metrics,
    ...(engine.summaryMarkdown ? { summaryMarkdown: engine.summaryMarkdown } : {}),
  };
  // Result files cross trust boundaries (artifacts, the publish action): never write one the schema refuses.
  const problems = resultProblems(JSON.parse(JSON.stringify(result)));
  if (problems.length) throw toolError(`${spec.tool} produced an invalid result (a bug in the engine): ${problems.slice(0, 3).join('; ')}`);

  const sarif = renderSarif([result], { onWarning: (m) => ports.log.warning(m), defaultUri: configFile });
  const resultPath = options.string('result-file') || `mlguard-${spec.tool}.json`;
  const sarifPath = options.string('sarif-file') || `mlguard-${spec.tool}.sarif`;
  await ports.fs.writeFile(resultPath, renderJson(result));
  await ports.fs.writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`);
  const attachments = (engine.attachments ?? []).map((p) => ports.fs.resolve(p));
  return { result, options, resultFile: ports.fs.resolve(resultPath), sarifFile: ports.fs.resolve(sarifPath), sarif, attachments };
}

/** 0 when the gate passed, 1 when it failed. */
export function gateExitCode(result: ScanResult): ExitCode {
  return result.gate.passed ? ExitCode.Passed : ExitCode.GateFailed;
}
