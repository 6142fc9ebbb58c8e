import { createHash } from 'node:crypto';
import type { Severity } from './severity.js';
import type { Suppression } from './result.js';
import type { ToolName } from './tools.js';

/** Where a finding is. `path` is relative to the repository root, with forward slashes. Lines and columns are 1-based. */
export interface Location {
  path: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Help {
  text: string;
  uri?: string;
}

export interface Finding {
  tool: ToolName;
  /** `<TOOL>-<AREA>-<NNN>`, e.g. `DEP-VULN-001`; advisory ids go in `aliases`. */
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  location?: Location;
  help?: Help;
  /** Ids of the same issue in other tools or databases (CVE-..., GHSA-..., CKV_AWS_20, DL3002). */
  aliases: string[];
  /** Stable across unrelated edits: never derived from line numbers. */
  fingerprint: string;
  properties: Record<string, unknown>;
  /**
   * An inline suppression the engine found in the scanned file (`#checkov:skip=ID:reason`,
   * `#trivy:ignore:ID:exp:2026-12-31`, `# mlguard:ignore ID reason=... expires=...`).
   * The engine only reports it: the gate decides whether it applies, exactly as for a config
   * suppression (reason required, expiry honoured). An inline suppression without `expires`
   * is honoured only when the policy sets `inline-suppressions: allow-no-expiry`; by default
   * it is rejected and the finding counts (listed in `gate.rejectedSuppressions`).
   * Set `source` to `<path>:<line>` of the comment.
   */
  suppression?: Suppression;
}

export interface FindingInput extends Omit<Finding, 'fingerprint' | 'aliases' | 'properties'> {
  aliases?: string[];
  properties?: Record<string, unknown>;
  /**
   * What identifies this finding within its file when lines move: a package name and version,
   * a resource address, a column name. Defaults to the title.
   */
  logicalKey?: string;
}

/** sha256 over tool, rule, path and a logical key; line numbers are deliberately left out. */
export function fingerprintOf(tool: string, ruleId: string, path: string | undefined, logicalKey: string): string {
  return createHash('sha256').update([tool, ruleId, path ?? '', logicalKey].join('\u0000')).digest('hex');
}

export function makeFinding(input: FindingInput): Finding {
  const { logicalKey, aliases, properties, ...rest } = input;
  return {
    ...rest,
    aliases: [...new Set(aliases ?? [])],
    properties: properties ?? {},
    fingerprint: fingerprintOf(input.tool, input.ruleId, input.location?.path, logicalKey ?? input.title),
  };
}
