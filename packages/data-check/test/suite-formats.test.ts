import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem, noNetwork, systemClock } from '@mlguard/core';
import { dataCheckTool } from '../src/index.js';
import { parseSuite } from '../src/suite.js';
import { fakeOptions, silent, tempDir } from './helpers.js';

const dir = tempDir();
const ports = { workspace: dir, fs: nodeFileSystem(dir), log: silent, clock: systemClock, fetch: noNetwork };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = 'id,amount,country\n1,10,DE\n2,-5,FR\n3,,DE\n4,7,XX\n';

const GX1 = {
  name: 'orders',
  id: '2f4f6f3b-9f0e-4d7c-8a57-0e8a7e2f4b11',
  meta: { great_expectations_version: '1.2.0' },
  notes: null,
  suite_parameters: {},
  expectations: [
    { type: 'expect_column_values_to_be_between', kwargs: { column: 'amount', min_value: 0, max_value: 100 }, meta: {}, id: 'a1', notes: null, description: null },
    { type: 'expect_column_values_to_be_in_set', kwargs: { column: 'country', value_set: ['DE', 'FR'] }, meta: { severity: 'warning' }, id: 'a2' },
    { type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 1, max_value: 10 }, meta: {}, id: 'a3' },
  ],
};
const GX0 = {
  expectation_suite_name: 'orders.warning',
  data_asset_type: 'Dataset',
  ge_cloud_id: null,
  meta: { great_expectations_version: '0.18.8' },
  expectations: [
    { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'amount' }, meta: {} },
    { expectation_type: 'expect_column_values_to_be_unique', kwargs: { column: 'id' }, meta: {} },
  ],
};

describe('suite formats', () => {
  it('accepts a GX 1.x suite JSON as is, with findings on the expectation lines', async () => {
    writeFileSync(join(dir, 'orders.json'), JSON.stringify(GX1, null, 2));
    writeFileSync(join(dir, 'orders.csv'), CSV);
    const suite = parseSuite(readFileSync(join(dir, 'orders.json'), 'utf8'), 'orders.json');
    expect(suite.format).toBe('gx1');
    const res = await dataCheckTool.run(fakeOptions({ suite: 'orders.json', data: 'orders.csv', report: '' }), ports);
    const exp = res.findings.filter((f) => f.ruleId === 'DATA-EXPECT-001');
    expect(exp.map((f) => [f.title, f.location?.startLine, f.severity])).toEqual([
      ['expect_column_values_to_be_between on "amount" failed', 10, 'high'],
      ['expect_column_values_to_be_in_set on "country" failed', 22, 'medium'],
    ]);
  });

  it('accepts a GX 0.x suite JSON (expectation_type)', async () => {
    writeFileSync(join(dir, 'old.json'), JSON.stringify(GX0, null, 2));
    const suite = parseSuite(readFileSync(join(dir, 'old.json'), 'utf8'), 'old.json');
    expect(suite.format).toBe('gx0');
    expect(suite.name).toBe('orders.warning');
    const res = await dataCheckTool.run(fakeOptions({ suite: 'old.json', data: 'orders.csv', report: '' }), ports);
    expect(res.findings.filter((f) => f.ruleId.startsWith('DATA-EXPECT')).map((f) => f.title)).toEqual(['expect_column_values_to_not_be_null on "amount" failed']);
  });

  it('rejects an invalid mlguard suite with the line of the bad field', () => {
    expect(() => parseSuite('version: 1\nexpectations:\n  - type: expect_column_values_to_not_be_null\n    severity: fatal\n', 's.yml')).toThrow(expect.objectContaining({ kind: 'config', line: 4 }));
    expect(() => parseSuite('[1, 2]', 's.yml')).toThrow(/mapping/);
    expect(() => parseSuite('name: x\n', 's.yml')).toThrow(/expectations/);
  });

  it('a GX suite names no dataset: --data is required', async () => {
    await expect(dataCheckTool.run(fakeOptions({ suite: 'orders.json' }), ports)).rejects.toMatchObject({ kind: 'usage' });
  });
});

describe('profile and suggest', () => {
  it('profile writes a reference profile, and drift runs against it (approximate K-S)', async () => {
    const ref = ['x,c', ...Array.from({ length: 600 }, (_, i) => `${(i % 100) / 10},${i % 3 ? 'a' : 'b'}`)].join('\n');
    const cur = ['x,c', ...Array.from({ length: 500 }, (_, i) => `${(i % 100) / 10 + 3},${i % 2 ? 'a' : 'b'}`)].join('\n');
    writeFileSync(join(dir, 'ref.csv'), ref);
    writeFileSync(join(dir, 'cur.csv'), cur);
    const p = await dataCheckTool.run(fakeOptions({ paths: ['profile', 'ref.csv'] }), ports);
    expect(p.metrics).toMatchObject({ command: 'profile', output: 'ref.profile.json', rows: 600 });
    const profile = JSON.parse(readFileSync(join(dir, 'ref.profile.json'), 'utf8'));
    expect(profile.columns[0]).toMatchObject({ name: 'x', count: 600, min: 0, max: 9.9 });
    expect(profile.columns[0].quantiles).toHaveLength(1001);
    expect(profile.columns[1].valueCounts).toEqual([['a', 400], ['b', 200]]);
    const res = await dataCheckTool.run(fakeOptions({ data: 'cur.csv', reference: 'ref.profile.json', report: '' }), ports);
    const x = res.findings.find((f) => f.ruleId === 'DATA-DRIFT-001' && f.properties.column === 'x')!;
    expect(x.properties).toMatchObject({ test: 'ks', pValueMethod: 'asymptotic' });
    expect(x.message).toContain('approximate');
    expect(res.findings.find((f) => f.ruleId === 'DATA-DRIFT-001' && f.properties.column === 'c')!.properties.test).toBe('z');
  });

  it('suggest proposes a GX-compatible suite that the data passes', async () => {
    const s = await dataCheckTool.run(fakeOptions({ paths: ['suggest', 'ref.csv'], out: 'suggested.yml' }), ports);
    expect(s.metrics).toMatchObject({ command: 'suggest', output: 'suggested.yml' });
    const suite = parseSuite(readFileSync(join(dir, 'suggested.yml'), 'utf8'), 'suggested.yml');
    expect(suite.expectations.map((e) => e.type)).toEqual(expect.arrayContaining(['expect_column_values_to_not_be_null', 'expect_column_values_to_be_in_set', 'expect_column_min_to_be_between']));
    const res = await dataCheckTool.run(fakeOptions({ suite: 'suggested.yml', report: '', drift: false, poisoning: false }), ports);
    expect(res.findings.filter((f) => f.ruleId.startsWith('DATA-EXPECT'))).toEqual([]);
  });
});
