import { gzipSync } from 'node:zlib';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { DEFAULT_CONFIG_FILE } from '../config.js';
import type { ResultFinding, ScanResult } from '../result.js';
import { compareSeverityDesc, securitySeverity, type Severity } from '../severity.js';
import { MLGUARD_VERSION } from '../version.js';

export type SarifLog = Log;

/** GitHub code scanning keeps 5,000 results per run (rejects over 25,000) and 10 MB gzipped per upload. */
export const SARIF_MAX_RESULTS = 5000;
export const SARIF_MAX_GZIP_BYTES = 10 * 1000 * 1000;
export const SARIF_MAX_RUNS = 20;
export const SARIF_FINGERPRINT_KEY = 'mlguard/v1';

export interface SarifOptions {
  onWarning?(message: string): void;
  /** Where findings without a usable location point when the target is not one relative path (default `.github/mlguard.yml`). */
  defaultUri?: string;
  /** Override the caps (tests). */
  maxResults?: number;
  maxGzipBytes?: number;
}

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

/** A repository-relative path as a SARIF uri-reference: forward slashes, no leading `./` or `/`, each segment percent-encoded. */
export function toSarifUri(path: string): string | undefined {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!p || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) return undefined;
  const uri = p
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => encodeURIComponent(s))
    .join('/');
  return uri || undefined;
}

/** Where a finding without a (usable) location is shown: the target when it is a relative path, else the config file. */
function fallbackUri(result: ScanResult, defaultUri: string | undefined): string {
  const t = result.target.trim();
  if (t && !/\s|,/.test(t)) {
    const u = toSarifUri(t);
    if (u) return u;
  }
  return (defaultUri && toSarifUri(defaultUri)) || DEFAULT_CONFIG_FILE;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

function sarifResult(f: ResultFinding, ruleIndex: number, fallback: string): Result {
  const uri = (f.location && toSarifUri(f.location.path)) || fallback;
  const l = f.location;
  const startLine = positive(l?.startLine) ?? 1;
  const rawEnd = positive(l?.endLine);
  const endLine = rawEnd !== undefined && rawEnd >= startLine ? rawEnd : undefined;
  const startColumn = positive(l?.startColumn);
  const endColumn = positive(l?.endColumn);
  const region: NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] = {
    startLine,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(startColumn !== undefined ? { startColumn } : {}),
    ...(endColumn !== undefined && startColumn !== undefined && (endLine === undefined || endLine === startLine ? endColumn > startColumn : true)
      ? { endColumn }
      : {}),
  };
  const message = f.title === f.message || !f.message ? f.title : `${f.title}: ${f.message}`;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: message || f.ruleId },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint },
    ...(f.suppressed && f.suppression
      ? {
          suppressions: [
            {
              kind: f.suppression.inline ? 'inSource' : 'external',
              status: 'accepted',
              justification: `${f.suppression.reason}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ''}`,
            },
          ],
        }
      : {}),
    properties: {
      severity: f.severity,
      blocking: f.blocking,
      ...(f.aliases.length ? { aliases: f.aliases } : {}),
      ...(f.new !== undefined ? { new: f.new } : {}),
    },
  };
}

function buildRun(result: ScanResult, findings: readonly ResultFinding[], defaultUri: string | undefined): Run {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    const w = worst.get(f.ruleId);
    if (!w || compareSeverityDesc(f.severity, w) < 0) worst.set(f.ruleId, f.severity);
  }
  const fallback = fallbackUri(result, defaultUri);
  const results: Result[] = [];
  for (const f of findings) {
    let i = index.get(f.ruleId);
    if (i === undefined) {
      i = rules.length;
      index.set(f.ruleId, i);
      const sev = worst.get(f.ruleId)!;
      const helpText = f.help?.text || f.title || f.ruleId;
      rules.push({
        id: f.ruleId,
        name: f.ruleId.replace(/[^A-Za-z0-9]+/g, ''),
        shortDescription: { text: f.title || f.ruleId },
        fullDescription: { text: f.title || f.ruleId },
        help: { text: helpText },
        ...(f.help?.uri ? { helpUri: f.help.uri } : {}),
        defaultConfiguration: { level: sarifLevel(sev) },
        properties: {
          tags: ['security', `mlguard/${result.tool}`],
          'security-severity': securitySeverity(sev),
          precision: 'high',
          ...(f.aliases.length ? { aliases: f.aliases } : {}),
        },
      });
    }
    results.push(sarifResult(f, i, fallback));
  }
  return {
    tool: {
      driver: {
        name: `mlguard ${result.tool}`,
        version: result.toolVersion || MLGUARD_VERSION,
        semanticVersion: /^\d+\.\d+\.\d+/.test(result.toolVersion) ? result.toolVersion : MLGUARD_VERSION,
        rules,
      },
    },
    automationDetails: { id: `mlguard/${result.tool}/` },
    invocations: [{ executionSuccessful: true, startTimeUtc: result.startedAt }],
    results,
    properties: { gate: { passed: result.gate.passed, failOn: result.gate.failOn, mode: result.gate.mode, blocking: result.gate.blocking } },
  };
}

const gzSize = (log: Log) => gzipSync(JSON.stringify(log)).length;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run per tool (category `mlguard/<tool>/`), rules with
 * help and `security-severity`, our own `partialFingerprints`, repository-relative URIs and
 * lines >= 1. Keeps the most severe 5,000 results per run and the whole log under 10 MB
 * gzipped, warning when it drops results.
 */
export function renderSarif(results: readonly ScanResult[], opts: SarifOptions = {}): SarifLog {
  const maxResults = opts.maxResults ?? SARIF_MAX_RESULTS;
  const maxGzip = opts.maxGzipBytes ?? SARIF_MAX_GZIP_BYTES;
  if (results.length > SARIF_MAX_RUNS) opts.onWarning?.(`SARIF has ${results.length} runs; GitHub accepts at most ${SARIF_MAX_RUNS} per upload`);
  const tools = results.map((r) => r.tool);
  const dup = tools.find((t, i) => tools.indexOf(t) !== i);
  if (dup) opts.onWarning?.(`SARIF has two runs for ${dup}: code scanning rejects several runs with the same category in one upload`);

  // Most severe (and blocking) first, so a cap drops the least important results.
  const sorted = results.map((r) => [...r.findings].sort((a, b) => compareSeverityDesc(a.severity, b.severity) || Number(b.blocking) - Number(a.blocking)));
  let caps = sorted.map((f) => Math.min(f.length, maxResults));
  sorted.forEach((f, i) => {
    if (f.length > caps[i]!) opts.onWarning?.(`SARIF for ${results[i]!.tool}: kept the ${caps[i]} most severe of ${f.length} results (GitHub keeps at most ${maxResults} per run)`);
  });
  const build = () => ({
    version: '2.1.0' as const,
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: results.map((r, i) => buildRun(r, sorted[i]!.slice(0, caps[i]), opts.defaultUri)),
  });
  let log: Log = build();
  let size = gzSize(log);
  const before = caps.reduce((a, b) => a + b, 0);
  while (size > maxGzip && caps.some((c) => c > 0)) {
    // Shrink in proportion to the overshoot (with a margin) instead of one result at a time.
    const ratio = Math.min(0.9, (maxGzip / size) * 0.95);
    caps = caps.map((c) => Math.floor(c * ratio));
    log = build();
    size = gzSize(log);
  }
  const kept = caps.reduce((a, b) => a + b, 0);
  if (kept < before) opts.onWarning?.(`SARIF over ${maxGzip} bytes gzipped: kept the ${kept} most severe of ${before} results`);
  return log;
}
