import type { Finding } from './finding.js';
import type { GateMode, GateSummary, RejectedSuppression, ResultFinding, Suppression } from './result.js';
import { SEVERITIES, atLeast, compareSeverityDesc, type Severity } from './severity.js';
import { SuppressionMatcher, idsOf, isExpired, suppressionProblem, type InlineSuppressionMode } from './suppressions.js';

export interface Policy {
  failOn: Severity;
  warnOnly: boolean;
  newOnly: boolean;
  /** From the config file (`policy.suppressions` and the tool section's `suppressions`). */
  suppressions: readonly Suppression[];
  inlineSuppressions: InlineSuppressionMode;
  /** Inline suppressions of critical findings are refused (policy deny-inline-critical). */
  denyInlineCritical: boolean;
}

export interface GateInput {
  findings: readonly Finding[];
  policy: Policy;
  /** YYYY-MM-DD (UTC), from the Clock port. */
  today: string;
  /** Accepted fingerprints; undefined when no baseline is in use. */
  baseline?: ReadonlySet<string>;
}

export interface GateOutcome {
  gate: GateSummary;
  /** Most severe first, then by path, line and rule: a stable order for every report. */
  findings: ResultFinding[];
}

const key = (s: Suppression) => JSON.stringify([s.id, s.path ?? '', s.fingerprint ?? '', s.source ?? '', s.expires ?? '']);

/**
 * Applies the policy to an engine's findings. Only unsuppressed findings count; an expired
 * suppression no longer hides anything (and is listed); a malformed one is refused (and listed).
 * In new-only mode, only findings absent from the baseline can block.
 */
export function evaluateGate({ findings, policy, today, baseline }: GateInput): GateOutcome {
  if (policy.newOnly && !baseline) throw new Error('evaluateGate: new-only mode needs a baseline'); // the pipeline checks this first

  const rejected = new Map<string, RejectedSuppression>();
  const expired = new Map<string, Suppression>();
  const matchers: SuppressionMatcher[] = [];
  for (const s of policy.suppressions) {
    const problem = suppressionProblem(s, false, policy.inlineSuppressions);
    if (problem) rejected.set(key(s), { ...s, problem });
    else if (isExpired(s, today)) expired.set(key(s), s);
    else matchers.push(new SuppressionMatcher(s));
  }
  const used = new Set<SuppressionMatcher>();

  const out: ResultFinding[] = [];
  for (const f of findings) {
    let applied: Suppression | undefined;
    const ids = matchers.length ? idsOf(f) : undefined;
    for (const m of matchers) {
      if (m.matches(f, ids!)) {
        used.add(m);
        applied ??= m.suppression;
      }
    }
    if (f.suppression) {
      const inline: Suppression = { ...f.suppression, inline: true };
      const problem =
        policy.denyInlineCritical && f.severity === 'critical'
          ? 'an inline suppression of a critical finding is refused (policy deny-inline-critical): suppress it in the config file'
          : suppressionProblem(inline, true, policy.inlineSuppressions);
      if (problem) rejected.set(key(inline), { ...inline, problem });
      else if (isExpired(inline, today)) expired.set(key(inline), inline);
      else applied ??= inline;
    }
    const suppressed = applied !== undefined;
    const isNew = baseline ? !baseline.has(f.fingerprint) : undefined;
    const blocking = !suppressed && atLeast(f.severity, policy.failOn) && (!policy.newOnly || isNew === true);
    out.push({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      message: f.message,
      ...(f.location ? { location: f.location } : {}),
      fingerprint: f.fingerprint,
      aliases: f.aliases,
      ...(f.help ? { help: f.help } : {}),
      suppressed,
      ...(applied ? { suppression: applied } : {}),
      ...(isNew !== undefined ? { new: isNew } : {}),
      blocking,
      properties: f.properties,
    });
  }
  out.sort(compareResultFindings);

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of out) if (!f.suppressed) counts[f.severity]++;
  const blocking = out.filter((f) => f.blocking).length;
  const mode: GateMode = policy.warnOnly ? 'warn-only' : policy.newOnly ? 'new-only' : 'enforce';
  const gate: GateSummary = {
    passed: policy.warnOnly || blocking === 0,
    failOn: policy.failOn,
    mode,
    counts,
    blocking,
    suppressed: out.filter((f) => f.suppressed).length,
    expiredSuppressions: [...expired.values()],
    unusedSuppressions: matchers.filter((m) => !used.has(m)).map((m) => m.suppression),
    rejectedSuppressions: [...rejected.values()],
    newSinceBaseline: baseline ? out.filter((f) => !f.suppressed && f.new).length : null,
  };
  return { gate, findings: out };
}

export function compareResultFindings(a: ResultFinding, b: ResultFinding): number {
  return (
    compareSeverityDesc(a.severity, b.severity) ||
    Number(b.blocking) - Number(a.blocking) ||
    byCodePoint(a.location?.path ?? '\uffff', b.location?.path ?? '\uffff') ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    byCodePoint(a.ruleId, b.ruleId) ||
    byCodePoint(a.fingerprint, b.fingerprint)
  );
}

/** Locale-independent string order, so reports are identical on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
