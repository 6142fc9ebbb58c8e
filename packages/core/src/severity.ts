/** Severities in ascending order of rank. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at or above `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/** Most severe first. */
export function compareSeverityDesc(a: Severity, b: Severity): number {
  return severityRank(b) - severityRank(a);
}

/** CVSS base score to severity, per the CVSS v3/v4 qualitative scale (0 is info, not "none"). */
export function severityFromCvss(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** The numeric `security-severity` GitHub code scanning reads from a SARIF rule. */
export function securitySeverity(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[severity];
}
