import { evaluateGate, type Finding, type Policy, type ScanResult } from '../../src/index.js';

/** A ScanResult built through the real gate from findings, for renderer tests. */
export function resultOf(findings: Finding[], over: Partial<ScanResult> = {}, policy: Partial<Policy> = {}, today = '2026-06-15'): ScanResult {
  const { gate, findings: out } = evaluateGate({
    findings,
    policy: { failOn: 'high', warnOnly: false, newOnly: false, suppressions: [], inlineSuppressions: 'require-expiry', denyInlineCritical: false, ...policy },
    today,
  });
  return {
    schemaVersion: '1',
    tool: 'data-check',
    toolVersion: '0.1.0',
    startedAt: '2026-06-15T12:00:00.000Z',
    durationMs: 12,
    target: 'data/train.csv',
    gate,
    findings: out,
    metrics: {},
    ...over,
  };
}
