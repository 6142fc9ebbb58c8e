import { describe, expect, it } from '@jest/globals';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Result, Run } from 'sarif';
import { renderSarif, toSarifUri } from '../src/index.js';
import { fakeFinding } from './support/fake-tool.js';
import { resultOf } from './support/results.js';
import { sarifSchemaErrors } from './support/sarif-schema.js';

const run0 = (r: ReturnType<typeof renderSarif>): Run => r.runs[0]!;
const loc = (r: Result) => r.locations![0]!.physicalLocation!;

describe('renderSarif', () => {
  it('produces a schema-valid log with rules, fingerprints, severity and a category per tool', () => {
    const f = fakeFinding({ help: { text: 'Drop the column.', uri: 'https://example.com/rules/DATA-TEST-001' }, aliases: ['CWE-359'] });
    const log = renderSarif([resultOf([f, fakeFinding({ severity: 'medium', ruleId: 'DATA-TEST-002', logicalKey: 'm' })])]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = run0(log);
    expect(run.automationDetails?.id).toBe('mlguard/data-check/');
    expect(run.tool.driver.name).toBe('mlguard data-check');
    expect(run.tool.driver.rules?.[0]).toMatchObject({
      id: 'DATA-TEST-001',
      help: { text: 'Drop the column.' },
      helpUri: 'https://example.com/rules/DATA-TEST-001',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'mlguard/data-check'], 'security-severity': '8.0' },
    });
    expect(run.results?.[0]).toMatchObject({
      ruleId: 'DATA-TEST-001',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Something is off: Column x has a problem' },
      partialFingerprints: { 'mlguard/v1': f.fingerprint },
    });
    expect(loc(run.results![0]!)).toEqual({ artifactLocation: { uri: 'data/train.csv' }, region: { startLine: 3 } });
    expect(run.results?.[1]).toMatchObject({ ruleId: 'DATA-TEST-002', ruleIndex: 1, level: 'warning' });
  });

  it('gives findings without a usable location a sensible file and line 1', () => {
    const log = renderSarif([
      resultOf([
        fakeFinding({ location: undefined, logicalKey: 'a' }),
        fakeFinding({ location: { path: '/etc/passwd', startLine: 0 }, logicalKey: 'b' }),
        fakeFinding({ location: { path: '../outside.txt', startLine: -3 }, logicalKey: 'c' }),
      ]),
      resultOf([fakeFinding({ tool: 'dep-scan', location: undefined })], { tool: 'dep-scan', target: 'requirements.txt, poetry.lock' }),
    ]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results!.map((r) => [loc(r).artifactLocation!.uri, loc(r).region!.startLine])).toEqual([
      ['data/train.csv', 1],
      ['data/train.csv', 1],
      ['data/train.csv', 1],
    ]);
    expect(loc(log.runs[1]!.results![0]!).artifactLocation!.uri).toBe('.github/mlguard.yml');
    const custom = renderSarif([resultOf([fakeFinding({ location: undefined })], { target: 'two, paths' })], { defaultUri: 'ci/mlguard.yml' });
    expect(loc(custom.runs[0]!.results![0]!).artifactLocation!.uri).toBe('ci/mlguard.yml');
    expect(toSarifUri('.')).toBeUndefined();
  });

  it('encodes paths as relative URI references and keeps valid regions', () => {
    expect(toSarifUri('./data dir/ü#1.csv')).toBe('data%20dir/%C3%BC%231.csv');
    expect(toSarifUri('a\\b.tf')).toBe('a/b.tf');
    expect(toSarifUri('/abs')).toBeUndefined();
    expect(toSarifUri('C:/x')).toBeUndefined();
    const log = renderSarif([resultOf([fakeFinding({ location: { path: 'data dir/x [1].csv', startLine: 5, endLine: 2, startColumn: 4, endColumn: 2 } })])]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(loc(run0(log).results![0]!)).toEqual({ artifactLocation: { uri: 'data%20dir/x%20%5B1%5D.csv' }, region: { startLine: 5, startColumn: 4 } });
  });

  it('marks suppressed findings with SARIF suppressions (external or in source)', () => {
    const inline = fakeFinding({ logicalKey: 'i', suppression: { id: 'X', reason: 'known', expires: '2030-01-01', source: 'x.tf:1' } });
    const log = renderSarif([resultOf([fakeFinding(), inline], {}, { suppressions: [{ id: 'DATA-TEST-001', fingerprint: fakeFinding().fingerprint, reason: 'accepted', expires: '2030-01-01' }] })]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const supp = run0(log).results!.map((r) => r.suppressions);
    expect(supp).toContainEqual([{ kind: 'external', status: 'accepted', justification: 'accepted (until 2030-01-01)' }]);
    expect(supp).toContainEqual([{ kind: 'inSource', status: 'accepted', justification: 'known (until 2030-01-01)' }]);
  });

  it('keeps the most severe results when over the result cap, with a warning', () => {
    const findings = Array.from({ length: 30 }, (_, i) => fakeFinding({ logicalKey: `k${i}`, severity: i % 3 === 0 ? 'critical' : 'low' }));
    const warnings: string[] = [];
    const log = renderSarif([resultOf(findings)], { maxResults: 10, onWarning: (m) => warnings.push(m) });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(run0(log).results).toHaveLength(10);
    expect(run0(log).results!.every((r) => r.level === 'error')).toBe(true);
    expect(warnings).toEqual(['SARIF for data-check: kept the 10 most severe of 30 results (GitHub keeps at most 10 per run)']);
  });

  it('caps at 5,000 results by default', () => {
    const findings = Array.from({ length: 5003 }, (_, i) => fakeFinding({ logicalKey: `k${i}` }));
    const warnings: string[] = [];
    const log = renderSarif([resultOf(findings)], { onWarning: (m) => warnings.push(m) });
    expect(run0(log).results).toHaveLength(5000);
    expect(warnings[0]).toMatch(/kept the 5000 most severe of 5003/);
  });

  it('stays under the gzipped size limit, dropping the least severe results first', () => {
    const noise = (i: number) => Array.from({ length: 400 }, (_, j) => ((i * 7919 + j * 104729) % 36).toString(36)).join('');
    const findings = Array.from({ length: 200 }, (_, i) => fakeFinding({ logicalKey: `k${i}`, message: noise(i), severity: i < 20 ? 'critical' : 'info' }));
    const full = gzipSync(JSON.stringify(renderSarif([resultOf(findings)]))).length;
    const limit = Math.floor(full / 3);
    const warnings: string[] = [];
    const log = renderSarif([resultOf(findings)], { maxGzipBytes: limit, onWarning: (m) => warnings.push(m) });
    const size = gzipSync(JSON.stringify(log)).length;
    expect(size).toBeLessThanOrEqual(limit);
    expect(gunzipSync(gzipSync(JSON.stringify(log))).length).toBeGreaterThan(0);
    const results = run0(log).results!;
    expect(results.length).toBeGreaterThan(20);
    expect(results.length).toBeLessThan(200);
    expect(results.slice(0, 20).every((r) => r.level === 'error')).toBe(true);
    expect(warnings.at(-1)).toMatch(new RegExp(`^SARIF over ${limit} bytes gzipped: kept the ${results.length} most severe of 200 results$`));
  });

  it('warns about duplicate categories and too many runs', () => {
    const warnings: string[] = [];
    renderSarif([resultOf([]), resultOf([])], { onWarning: (m) => warnings.push(m) });
    expect(warnings[0]).toMatch(/two runs for data-check/);
    const many = Array.from({ length: 21 }, () => resultOf([]));
    const w2: string[] = [];
    renderSarif(many, { onWarning: (m) => w2.push(m) });
    expect(w2[0]).toMatch(/21 runs; GitHub accepts at most 20/);
  });

  it('stays valid with hostile text in every field', () => {
    const evil = '%0A::error::x\n<img src=x> @org/team [a](http://e) \u0000\u202e';
    const log = renderSarif([resultOf([fakeFinding({ ruleId: 'DATA-TEST-001', title: evil, message: evil, location: { path: evil, startLine: 1 } })], { target: evil })]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('the schema validator rejects what code scanning rejects (it is really checking)', () => {
    const log = renderSarif([resultOf([fakeFinding()])]);
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifSchemaErrors(broken).join()).toMatch(/startLine/);
    delete broken.version;
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0);
  });
});
