import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { nodeFileSystem, noNetwork, systemClock } from '@mlguard/core';
import { dataCheckTool } from '../src/index.js';
import { fakeOptions, silent } from './helpers.js';


const root = join(import.meta.dirname, '../../..');

describe('the fraud-detection example', () => {
  it('reports every planted problem, at the line of the failing expectation', async () => {
    const ports = { workspace: root, fs: nodeFileSystem(root), log: silent, clock: systemClock, fetch: noNetwork };
    const res = await dataCheckTool.run(fakeOptions({ suite: 'examples/fraud-detection/data/suite.yml', report: '' }), ports);
    const by = (rule: string, text: string) => res.findings.find((f) => f.ruleId === rule && f.title.includes(text));
    // a column of nulls
    const nulls = by('DATA-EXPECT-001', 'not_be_null on "device_id"')!;
    expect(nulls.location).toEqual({ path: 'examples/fraud-detection/data/suite.yml', startLine: 20 });
    expect(nulls.severity).toBe('high');
    // amounts out of range, with the rows' primary keys
    const range = by('DATA-EXPECT-001', 'to_be_between on "amount"')!;
    expect(range.properties.result).toMatchObject({ unexpected_count: 7, partial_unexpected_index_list: [200037, 200088, 200512, 200777, 201290, 201500, 202001] });
    // a drifted amount distribution, naming the test
    const drift = by('DATA-DRIFT-001', '"amount"')!;
    expect(drift.properties).toMatchObject({ test: 'wasserstein', testName: 'Wasserstein distance (normed)', threshold: 0.1 });
    expect(drift.properties.score as number).toBeGreaterThan(0.5);
    expect(res.findings.filter((f) => f.ruleId === 'DATA-DRIFT-001')).toHaveLength(1);
    // conflicting labels and duplicates
    expect(by('DATA-POISON-001', 'Conflicting labels')!.properties).toMatchObject({ groups: 25, rows: 50 });
    expect(by('DATA-POISON-002', 'Duplicate rows')!.properties).toMatchObject({ duplicates: 30 });
    expect(by('DATA-DRIFT-003', '"merchant_category"')!.properties).toMatchObject({ values: 1, rows: 12 });
    // a column of e-mail addresses, a card number and a cloud key, masked
    const email = by('DATA-PII-001', '"contact"')!;
    expect(email.properties).toMatchObject({ rows: 2455, share: 1 });
    expect(JSON.stringify(email)).not.toMatch(/max\.\d{4}@mail\.example\.com/);
    expect(by('DATA-PII-003', '"notes"')!.properties.maskedSamples).toEqual(['**** 1111']);
    expect(JSON.stringify(res.findings)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(by('DATA-PII-007', '"notes"')).toBeDefined();
    // the summary carries the drift table and a Mermaid chart
    expect(res.summaryMarkdown).toContain('| amount | numerical | Wasserstein distance (normed) |');
    expect(res.summaryMarkdown).toContain('xychart-beta');
    const validation = res.metrics.validation as { statistics: { evaluated_expectations: number; successful_expectations: number } };
    expect(validation.statistics).toMatchObject({ evaluated_expectations: 16, successful_expectations: 8 });
  });
});
