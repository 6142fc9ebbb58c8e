import type { Finding, Location, Help } from './finding.js';
import type { Severity } from './severity.js';
import type { ToolName } from './tools.js';

export type GateMode = 'enforce' | 'warn-only' | 'new-only';

export interface Suppression {
  /** Rule id or one of the finding's aliases. */
  id: string;
  path?: string;
  fingerprint?: string;
  /** Why it is accepted. Required: a suppression with an empty reason is rejected by the gate. */
  reason: string;
  /**
   * YYYY-MM-DD; the suppression applies through this day (UTC) and stops the day after.
   * Required in the config file (the schema enforces it); only inline suppressions found by an
   * engine may lack it, and those apply only when the policy allows it (`inline-suppressions`).
   */
  expires?: string;
  /** Where it was declared: `.github/mlguard.yml:14`, or an inline comment location. */
  source?: string;
  /** Set by the gate on suppressions that came from a comment in a scanned file (Finding.suppression). */
  inline?: boolean;
}

export interface RejectedSuppression extends Suppression {
  problem: string;
}

export interface GateSummary {
  passed: boolean;
  failOn: Severity;
  mode: GateMode;
  /** Unsuppressed findings by severity. */
  counts: Record<Severity, number>;
  /** Findings that make the gate fail (or would, in warn-only mode). */
  blocking: number;
  suppressed: number;
  expiredSuppressions: Suppression[];
  unusedSuppressions: Suppression[];
  /** Suppressions the gate refused (no reason, bad date, inline without expiry when not allowed), with why. */
  rejectedSuppressions?: RejectedSuppression[];
  /** With a baseline: findings absent from it; otherwise null. */
  newSinceBaseline: number | null;
}

export interface ResultFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  location?: Location;
  fingerprint: string;
  aliases: string[];
  help?: Help;
  suppressed: boolean;
  suppression?: Suppression;
  /** True when the finding is not in the baseline (only present when a baseline was given). */
  new?: boolean;
  blocking: boolean;
  properties: Record<string, unknown>;
}

/** The versioned result file every run writes (`mlguard-<tool>.json`); schema in schemas/result.schema.json. */
export interface ScanResult {
  schemaVersion: '1';
  tool: ToolName;
  toolVersion: string;
  startedAt: string;
  durationMs: number;
  target: string;
  /** GitHub context the publisher needs when this file crosses from a fork PR run to a workflow_run. */
  context?: { repository?: string; sha?: string; pullRequest?: number; ref?: string; runId?: string };
  gate: GateSummary;
  findings: ResultFinding[];
  metrics: Record<string, unknown>;
  summaryMarkdown?: string;
}

export type { Finding };
