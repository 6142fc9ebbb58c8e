import { describe, expect, it } from '@jest/globals';
import { evaluateGate, isExpired, isIsoDate, todayUtc, type Policy, type Suppression } from '../src/index.js';
import { fakeFinding, fixedClock } from './support/fake-tool.js';

const policy = (over: Partial<Policy> = {}): Policy => ({ failOn: 'high', warnOnly: false, newOnly: false, suppressions: [], inlineSuppressions: 'require-expiry', denyInlineCritical: false, ...over });
const supp = (over: Partial<Suppression> = {}): Suppression => ({ id: 'DATA-TEST-001', reason: 'accepted risk', expires: '2026-06-15', ...over });

describe('threshold', () => {
  it.each([
    ['critical', 'high', true],
    ['high', 'high', true],
    ['medium', 'high', false],
    ['info', 'info', true],
    ['critical', 'critical', true],
    ['high', 'critical', false],
  ] as const)('a %s finding with fail-on %s blocks: %s', (severity, failOn, blocks) => {
    const { gate } = evaluateGate({ findings: [fakeFinding({ severity })], policy: policy({ failOn }), today: '2026-06-15' });
    expect(gate.passed).toBe(!blocks);
    expect(gate.blocking).toBe(blocks ? 1 : 0);
    expect(gate.counts[severity]).toBe(1);
  });

  it('warn-only passes but still counts what would block', () => {
    const { gate, findings } = evaluateGate({ findings: [fakeFinding({ severity: 'critical' })], policy: policy({ warnOnly: true }), today: '2026-06-15' });
    expect(gate).toMatchObject({ passed: true, mode: 'warn-only', blocking: 1 });
    expect(findings[0]!.blocking).toBe(true);
  });

  it('passes with no findings and reports newSinceBaseline null without a baseline', () => {
    const { gate } = evaluateGate({ findings: [], policy: policy(), today: '2026-06-15' });
    expect(gate).toEqual({
      passed: true,
      failOn: 'high',
      mode: 'enforce',
      counts: { info: 0, low: 0, medium: 0, high: 0, critical: 0 },
      blocking: 0,
      suppressed: 0,
      expiredSuppressions: [],
      unusedSuppressions: [],
      rejectedSuppressions: [],
      newSinceBaseline: null,
    });
  });

  it('orders findings most severe first, then blocking, path, line, rule', () => {
    const findings = [
      fakeFinding({ severity: 'low', ruleId: 'DATA-TEST-009', logicalKey: 'a' }),
      fakeFinding({ severity: 'critical', ruleId: 'DATA-TEST-002', location: { path: 'b.csv', startLine: 9 }, logicalKey: 'b' }),
      fakeFinding({ severity: 'critical', ruleId: 'DATA-TEST-001', location: { path: 'b.csv', startLine: 2 }, logicalKey: 'c' }),
      fakeFinding({ severity: 'critical', ruleId: 'DATA-TEST-003', location: { path: 'a.csv', startLine: 5 }, logicalKey: 'd' }),
    ];
    const out = evaluateGate({ findings, policy: policy(), today: '2026-06-15' }).findings;
    expect(out.map((f) => `${f.severity} ${f.location?.path}:${f.location?.startLine}`)).toEqual(['critical a.csv:5', 'critical b.csv:2', 'critical b.csv:9', 'low data/train.csv:3']);
  });
});

describe('suppressions', () => {
  it('suppress by rule id, and the suppressed finding no longer counts', () => {
    const { gate, findings } = evaluateGate({ findings: [fakeFinding()], policy: policy({ suppressions: [supp()] }), today: '2026-06-01' });
    expect(gate).toMatchObject({ passed: true, blocking: 0, suppressed: 1, counts: { high: 0 }, unusedSuppressions: [], expiredSuppressions: [] });
    expect(findings[0]).toMatchObject({ suppressed: true, blocking: false, suppression: { reason: 'accepted risk' } });
  });

  it('suppress by alias, case-insensitively', () => {
    const f = fakeFinding({ aliases: ['CVE-2024-0001', 'GHSA-abcd-efgh-ijkl'] });
    expect(evaluateGate({ findings: [f], policy: policy({ suppressions: [supp({ id: 'ghsa-ABCD-efgh-ijkl' })] }), today: '2026-06-01' }).gate.suppressed).toBe(1);
    expect(evaluateGate({ findings: [f], policy: policy({ suppressions: [supp({ id: 'CVE-2024-0002' })] }), today: '2026-06-01' }).gate.suppressed).toBe(0);
  });

  it('narrows by path glob and by fingerprint', () => {
    const a = fakeFinding({ location: { path: 'infra/prod/main.tf' }, logicalKey: 'a' });
    const b = fakeFinding({ location: { path: 'infra/dev/main.tf' }, logicalKey: 'b' });
    const c = fakeFinding({ logicalKey: 'no-location', location: undefined });
    const byPath = evaluateGate({ findings: [a, b, c], policy: policy({ suppressions: [supp({ path: 'infra/dev/**' })] }), today: '2026-06-01' });
    expect(byPath.findings.filter((f) => f.suppressed).map((f) => f.location?.path)).toEqual(['infra/dev/main.tf']);
    const byFp = evaluateGate({ findings: [a, b], policy: policy({ suppressions: [supp({ fingerprint: a.fingerprint })] }), today: '2026-06-01' });
    expect(byFp.findings.filter((f) => f.suppressed).map((f) => f.fingerprint)).toEqual([a.fingerprint]);
    const dotDir = fakeFinding({ location: { path: '.github/workflows/ci.yml' } });
    expect(evaluateGate({ findings: [dotDir], policy: policy({ suppressions: [supp({ path: '**/*.yml' })] }), today: '2026-06-01' }).gate.suppressed).toBe(1);
  });

  it('applies through the expiry day (UTC) and not the day after', () => {
    const run = (today: string) => evaluateGate({ findings: [fakeFinding()], policy: policy({ suppressions: [supp({ expires: '2026-06-15' })] }), today }).gate;
    expect(run('2026-06-14')).toMatchObject({ passed: true, suppressed: 1, expiredSuppressions: [] });
    expect(run('2026-06-15')).toMatchObject({ passed: true, suppressed: 1, expiredSuppressions: [] });
    const after = run('2026-06-16');
    expect(after).toMatchObject({ passed: false, suppressed: 0, blocking: 1, unusedSuppressions: [] });
    expect(after.expiredSuppressions).toEqual([supp({ expires: '2026-06-15' })]);
  });

  it('judges "today" by the UTC date of the clock', () => {
    expect(todayUtc(fixedClock('2026-06-15T23:59:59.999Z'))).toBe('2026-06-15');
    expect(todayUtc(fixedClock('2026-06-16T01:00:00+02:00'))).toBe('2026-06-15');
    expect(todayUtc(fixedClock('2026-06-16T00:00:00Z'))).toBe('2026-06-16');
    expect(isExpired(supp({ expires: '2026-06-15' }), '2026-06-15')).toBe(false);
    expect(isExpired(supp({ expires: '2026-06-15' }), '2026-06-16')).toBe(true);
  });

  it('lists suppressions that matched nothing as unused', () => {
    const unused = supp({ id: 'DATA-TEST-999' });
    const { gate } = evaluateGate({ findings: [fakeFinding()], policy: policy({ suppressions: [supp(), unused] }), today: '2026-06-01' });
    expect(gate.unusedSuppressions).toEqual([unused]);
  });

  it('refuses a suppression without reason or with an impossible date', () => {
    const s1 = supp({ reason: '  ' });
    const s2 = supp({ expires: '2026-02-30' });
    const s3 = { id: 'DATA-TEST-001', reason: 'x' } as Suppression;
    const { gate } = evaluateGate({ findings: [fakeFinding()], policy: policy({ suppressions: [s1, s2, s3] }), today: '2026-01-01' });
    expect(gate.passed).toBe(false);
    expect(gate.rejectedSuppressions?.map((s) => s.problem)).toEqual([
      'a suppression needs a reason',
      'expiry "2026-02-30" is not a date (YYYY-MM-DD)',
      'a suppression needs an expiry date (expires: YYYY-MM-DD)',
    ]);
  });

  it('honours inline suppressions like config ones, expiry included', () => {
    const inline = fakeFinding({ suppression: { id: 'CKV_AWS_20', reason: 'public bucket by design', expires: '2026-06-15', source: 'main.tf:3' } });
    const ok = evaluateGate({ findings: [inline], policy: policy(), today: '2026-06-15' });
    expect(ok.gate).toMatchObject({ passed: true, suppressed: 1 });
    expect(ok.findings[0]!.suppression).toMatchObject({ inline: true, source: 'main.tf:3' });
    const late = evaluateGate({ findings: [inline], policy: policy(), today: '2026-06-16' });
    expect(late.gate).toMatchObject({ passed: false, suppressed: 0 });
    expect(late.gate.expiredSuppressions).toEqual([{ id: 'CKV_AWS_20', reason: 'public bucket by design', expires: '2026-06-15', source: 'main.tf:3', inline: true }]);
  });

  it('rejects an inline suppression without expiry unless the policy allows it; off ignores them all', () => {
    const inline = fakeFinding({ suppression: { id: 'CKV_AWS_20', reason: 'legacy', source: 'main.tf:3' } });
    const strict = evaluateGate({ findings: [inline], policy: policy(), today: '2026-06-15' }).gate;
    expect(strict.passed).toBe(false);
    expect(strict.rejectedSuppressions?.[0]?.problem).toMatch(/needs an expiry date \(or set policy inline-suppressions: allow-no-expiry\)/);
    expect(evaluateGate({ findings: [inline], policy: policy({ inlineSuppressions: 'allow-no-expiry' }), today: '2099-01-01' }).gate).toMatchObject({ passed: true, suppressed: 1 });
    const withExpiry = fakeFinding({ suppression: { id: 'X', reason: 'r', expires: '2030-01-01' } });
    const off = evaluateGate({ findings: [withExpiry], policy: policy({ inlineSuppressions: 'off' }), today: '2026-06-15' }).gate;
    expect(off.passed).toBe(false);
    expect(off.rejectedSuppressions?.[0]?.problem).toMatch(/turned off/);
    const noReason = fakeFinding({ suppression: { id: 'X', reason: '', expires: '2030-01-01' } });
    expect(evaluateGate({ findings: [noReason], policy: policy(), today: '2026-06-15' }).gate.rejectedSuppressions?.[0]?.problem).toBe('a suppression needs a reason');
  });

  it('deny-inline-critical refuses inline suppressions of critical findings only; the config file can still suppress them', () => {
    const suppression = { id: 'DATA-TEST-001', reason: 'accepted', expires: '2030-01-01', source: 'main.tf:3' };
    const critical = fakeFinding({ severity: 'critical', suppression });
    const high = fakeFinding({ severity: 'high', suppression, logicalKey: 'other' });
    const denied = evaluateGate({ findings: [critical, high], policy: policy({ denyInlineCritical: true }), today: '2026-06-15' });
    expect(denied.findings.map((f) => [f.severity, f.suppressed, f.blocking])).toEqual([
      ['critical', false, true],
      ['high', true, false],
    ]);
    expect(denied.gate.rejectedSuppressions).toEqual([{ ...suppression, inline: true, problem: 'an inline suppression of a critical finding is refused (policy deny-inline-critical): suppress it in the config file' }]);
    expect(evaluateGate({ findings: [critical], policy: policy(), today: '2026-06-15' }).gate).toMatchObject({ passed: true, suppressed: 1 });
    const viaConfig = evaluateGate({ findings: [critical], policy: policy({ denyInlineCritical: true, suppressions: [supp({ expires: '2030-01-01' })] }), today: '2026-06-15' });
    expect(viaConfig.gate).toMatchObject({ passed: true, suppressed: 1 });
  });

  it('a valid config suppression still applies when an inline one is rejected', () => {
    const f = fakeFinding({ suppression: { id: 'X', reason: 'legacy' } });
    const { gate } = evaluateGate({ findings: [f], policy: policy({ suppressions: [supp()] }), today: '2026-06-01' });
    expect(gate).toMatchObject({ passed: true, suppressed: 1 });
    expect(gate.rejectedSuppressions).toHaveLength(1);
  });
});

describe('baseline', () => {
  const old = fakeFinding({ logicalKey: 'old' });
  const fresh = fakeFinding({ logicalKey: 'fresh' });
  it('marks new findings and counts them; enforce mode still blocks on old ones', () => {
    const { gate, findings } = evaluateGate({ findings: [old, fresh], policy: policy(), today: '2026-06-01', baseline: new Set([old.fingerprint]) });
    expect(gate).toMatchObject({ newSinceBaseline: 1, blocking: 2, passed: false, mode: 'enforce' });
    expect(findings.map((f) => f.new).sort()).toEqual([false, true]);
  });
  it('new-only blocks only new findings; suppressed new findings are not counted as new', () => {
    const only = evaluateGate({ findings: [old], policy: policy({ newOnly: true }), today: '2026-06-01', baseline: new Set([old.fingerprint]) });
    expect(only.gate).toMatchObject({ passed: true, blocking: 0, newSinceBaseline: 0, mode: 'new-only' });
    const both = evaluateGate({ findings: [old, fresh], policy: policy({ newOnly: true, suppressions: [supp({ fingerprint: fresh.fingerprint })] }), today: '2026-06-01', baseline: new Set([old.fingerprint]) });
    expect(both.gate).toMatchObject({ passed: true, newSinceBaseline: 0 });
  });
  it('warn-only wins over new-only for the mode', () => {
    expect(evaluateGate({ findings: [fresh], policy: policy({ newOnly: true, warnOnly: true }), today: '2026-06-01', baseline: new Set() }).gate).toMatchObject({ mode: 'warn-only', passed: true, blocking: 1 });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s -> %s', (d, ok) => expect(isIsoDate(d)).toBe(ok));
});
