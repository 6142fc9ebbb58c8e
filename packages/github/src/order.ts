import { compareSeverityDesc, type ResultFinding } from '@mlguard/core';

/**
 * The order findings are shown in where space is limited (10 annotations per level, 1,000
 * check-run annotations): unsuppressed only, most severe first, then those in files the pull
 * request changes, then as the engine reported them.
 */
export function feedbackOrder(findings: readonly ResultFinding[], changed?: ReadonlySet<string>): ResultFinding[] {
  const outside = (f: ResultFinding) => (changed && f.location?.path && changed.has(f.location.path) ? 0 : 1);
  return findings.filter((f) => !f.suppressed).sort((a, b) => compareSeverityDesc(a.severity, b.severity) || outside(a) - outside(b));
}
