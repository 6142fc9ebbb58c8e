import { comparePypi, compareSemver, minimalSafeUpgrade, recordAffects, severityOf, validVector, pep503, type OsvRecord } from '../src/public.js';

const rec = (over: Partial<OsvRecord> & { events?: Record<string, string>[]; versions?: string[]; eco?: string; name?: string }): OsvRecord => ({
  id: over.id ?? 'TEST-1',
  aliases: over.aliases,
  withdrawn: over.withdrawn,
  severity: over.severity,
  database_specific: over.database_specific,
  affected: [{ package: { ecosystem: over.eco ?? 'PyPI', name: over.name ?? 'demo' }, ranges: over.events ? [{ type: 'ECOSYSTEM', events: over.events }] : [], versions: over.versions }],
});

describe('version comparison', () => {
  it('orders PEP 440 versions, including locals, epochs and legacy strings', () => {
    expect(comparePypi('2.1.0', '2.1.0+cu121')).toBeLessThan(0);
    expect(comparePypi('2.1.0+cu121', '2.1.1')).toBeLessThan(0);
    expect(comparePypi('1!1.0', '2.0')).toBeGreaterThan(0);
    expect(comparePypi('1.13', '1.13.0')).toBe(0);
    expect(comparePypi('1.0.dev0', '1.0a0')).toBeLessThan(0);
    expect(comparePypi('0.9-doduo', '1.0')).toBeLessThan(0); // legacy sorts below PEP 440
  });
  it('orders SemVer, falling back for versions npm semver rejects', () => {
    expect(compareSemver('1.0.0-alpha', '1.0.0')).toBeLessThan(0);
    expect(compareSemver('1.2.3-r2', '1.2.3-r100')).toBeGreaterThan(0);
    expect(compareSemver('999999999999999999999999999991', '999999999999999999999999999999')).toBeLessThan(0);
    expect(compareSemver('1.1.3.4.5', '1.1.3.4.5')).toBe(0);
    expect(compareSemver('v1.2.3+build', '1.2.3+other')).toBe(0);
  });
});

describe('OSV range evaluation', () => {
  it('evaluates introduced/fixed ranges and events given out of order (PYSEC-2024-16 shape)', () => {
    const r = rec({ events: [{ introduced: '2.0.0' }, { fixed: '2.1.2' }, { introduced: '0' }, { fixed: '1.6.10' }] });
    expect(recordAffects(r, 'PyPI', 'demo', '1.6.9')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '1.6.10')).toBeFalsy();
    expect(recordAffects(r, 'PyPI', 'demo', '1.9.0')).toBeFalsy();
    expect(recordAffects(r, 'PyPI', 'demo', '2.1.1')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '2.1.2')).toBeFalsy();
  });
  it('treats last_affected as inclusive and honours limit', () => {
    const r = rec({ events: [{ introduced: '1.0' }, { last_affected: '1.4' }] });
    expect(recordAffects(r, 'PyPI', 'demo', '1.4')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '1.4.1')).toBeFalsy();
    const l = rec({ events: [{ introduced: '0' }, { limit: '2.0' }] });
    expect(recordAffects(l, 'PyPI', 'demo', '1.9')).toBeTruthy();
    expect(recordAffects(l, 'PyPI', 'demo', '2.0')).toBeFalsy();
  });
  it('matches explicit versions lists and unions them with ranges', () => {
    const r = rec({ events: [{ introduced: '3.0' }, { fixed: '3.1' }], versions: ['1.0.1.post2'] });
    expect(recordAffects(r, 'PyPI', 'demo', '1.0.1.post2')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '3.0.5')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '2.0')).toBeFalsy();
  });
  it('skips withdrawn records', () => {
    expect(recordAffects(rec({ events: [{ introduced: '0' }], withdrawn: '2024-01-01T00:00:00Z' }), 'PyPI', 'demo', '1.0')).toBeFalsy();
  });
  it('normalises PyPI names per PEP 503 on both sides, but not npm names', () => {
    expect(pep503('Scikit_Learn')).toBe('scikit-learn');
    expect(recordAffects(rec({ name: 'Zope.Interface', events: [{ introduced: '0' }] }), 'PyPI', 'zope_interface', '1.0')).toBeTruthy();
    expect(recordAffects(rec({ eco: 'npm', name: 'Lodash', events: [{ introduced: '0' }] }), 'npm', 'lodash', '1.0.0')).toBeFalsy();
  });
  it('ignores other ecosystems and GIT ranges', () => {
    const r: OsvRecord = { id: 'X', affected: [{ package: { ecosystem: 'npm', name: 'demo' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }, { package: { ecosystem: 'PyPI', name: 'demo' }, ranges: [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abc' }] }] }] };
    expect(recordAffects(r, 'PyPI', 'demo', '1.0')).toBeFalsy();
  });
  it('drops events that are not versions but keeps the rest of the range (PYSEC-2021-371 shape)', () => {
    const r = rec({ events: [{ introduced: '0' }, { fixed: '0.2.0-n653-not-pep440!' }, { fixed: '0.3' }] });
    expect(recordAffects(r, 'PyPI', 'demo', '0.2.9')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '0.3')).toBeFalsy();
  });
  it('matches malicious packages with introduced 0 and no versions list', () => {
    expect(recordAffects(rec({ id: 'MAL-2022-7426', name: 'pymocks', events: [{ introduced: '0' }] }), 'PyPI', 'pymocks', '0.0.2')).toBeTruthy();
  });
});

describe('minimal safe upgrade', () => {
  it('takes the smallest fix that no advisory still affects', () => {
    const a = rec({ id: 'A', events: [{ introduced: '0' }, { fixed: '1.2' }] });
    const b = rec({ id: 'B', events: [{ introduced: '0' }, { fixed: '1.5' }] });
    const c = rec({ id: 'C', events: [{ introduced: '1.5' }, { fixed: '1.5.2' }] });
    expect(minimalSafeUpgrade('PyPI', 'demo', '1.0', [a, b])).toBe('1.5');
    expect(minimalSafeUpgrade('PyPI', 'demo', '1.0', [a, b, c])).toBe('1.5.2');
    expect(minimalSafeUpgrade('PyPI', 'demo', '1.0', [rec({ events: [{ introduced: '0' }] })])).toBeUndefined();
  });
});

describe('severity', () => {
  it('scores CVSS v3 and v4 vectors, preferring v4', () => {
    const s = severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] });
    expect(s).toMatchObject({ severity: 'critical', score: 9.8, source: 'cvss-v3' });
    const v4 = severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }, { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }] });
    expect(v4).toMatchObject({ severity: 'critical', score: 9.3, source: 'cvss-v4' });
  });
  it('rejects partial or malformed vectors instead of scoring them 0', () => {
    expect(validVector('CVSS_V3', 'CVSS:3.1/AV:N/AC:L')).toBe(false);
    expect(validVector('CVSS_V4', 'CVSS:4.0/AV:N/AC:L')).toBe(false);
    const s = severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' }] });
    expect(s.severity).toBeUndefined();
    expect(s.invalid).toEqual(['CVSS:3.1/AV:N/AC:L']);
  });
  it('falls back to the GHSA level (MODERATE is medium), then to unknown', () => {
    expect(severityOf({ id: 'X', severity: [], database_specific: { severity: 'MODERATE' } }).severity).toBe('medium');
    expect(severityOf({ id: 'X' }).severity).toBeUndefined();
  });
  it('prefers per-package severity over the top level', () => {
    const r: OsvRecord = { id: 'X', affected: [{ package: { ecosystem: 'PyPI', name: 'a' }, severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }] }] };
    expect(severityOf(r, r.affected![0]).severity).toBe('medium');
  });
});

describe('versions lists compare under PEP 440 equality', () => {
  it('matches 1.13.0 against a listed "1.13" and a v-prefixed spelling', () => {
    const r = rec({ versions: ['1.13', 'v2.0'] });
    expect(recordAffects(r, 'PyPI', 'demo', '1.13.0')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '2.0.0')).toBeTruthy();
    expect(recordAffects(r, 'PyPI', 'demo', '1.13.1')).toBeFalsy();
    expect(recordAffects(r, 'PyPI', 'demo', '1.1.3')).toBeFalsy();
  });
});
