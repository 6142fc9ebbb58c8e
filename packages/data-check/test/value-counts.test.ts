import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '@mlguard/core';
import { loadFile } from '../src/load-file.js';
import type { Relation } from '../src/relation.js';
import type { DuckDbRunner } from '../src/sql/duckdb-runner.js';
import { parseSuite } from '../src/suite.js';
import { runExpectations } from '../src/validate.js';
import { duck, tempDir } from './helpers.js';

/**
 * Distinct counts and quantiles taken from a column's shared (value, count) table agree with the
 * aggregates they replace, nulls, NaN and row conditions included.
 */
let db: DuckDbRunner;
let rel: Relation;
const queries: string[] = [];

beforeAll(async () => {
  const dir = tempDir();
  const rows = Array.from({ length: 400 }, (_, i) => `${i},${i % 9 === 0 ? '' : `c${i % 13}`},${i % 17 === 0 ? 'NaN' : i % 11 === 0 ? '' : ((i * 37) % 101) / 4},${i % 3}`);
  writeFileSync(join(dir, 'd.csv'), `id,cat,x,g\n${rows.join('\n')}\n`);
  db = await duck();
  const query = db.query.bind(db);
  db.query = async (sql: string) => {
    queries.push(sql);
    return query(sql);
  };
  rel = await loadFile(db, nodeFileSystem(dir), 'd.csv', 'vc_test');
});
afterAll(async () => {
  await db.close();
});

const suite = parseSuite(
  `expectations:
  - {type: expect_column_unique_value_count_to_be_between, kwargs: {column: cat, min_value: 0}}
  - {type: expect_column_proportion_of_unique_values_to_be_between, kwargs: {column: cat, min_value: 0}}
  - {type: expect_column_unique_value_count_to_be_between, kwargs: {column: x, min_value: 0}}
  - {type: expect_column_unique_value_count_to_be_between, kwargs: {column: cat, min_value: 0, row_condition: 'g == 1'}}
  - {type: expect_column_median_to_be_between, kwargs: {column: id, min_value: 0}}
  - {type: expect_column_quantile_values_to_be_between, kwargs: {column: id, quantile_ranges: {quantiles: [0.1, 0.9], value_ranges: [[0, null], [0, null]]}}}
`,
  's.yml',
);

describe("a column's shared (value, count) table", () => {
  it('gives the same distinct counts, shares and quantiles as the aggregates', async () => {
    const plain = await runExpectations(suite, rel, { otherTableRowCount: async () => 0 });
    queries.length = 0;
    const shared = await runExpectations(suite, rel, { otherTableRowCount: async () => 0, groupedLater: new Set(['cat', 'x']) });
    expect(shared.map((r) => r.result)).toEqual(plain.map((r) => r.result));
    // 13 categories over 355 non-null cats; 101 values of x plus NaN (a value, as count(DISTINCT) has it).
    expect(plain.map((r) => r.result.observed_value)).toEqual([13, 13 / 355, 102, 13, 199.5, { quantiles: [0.1, 0.9], values: [39, 359] }]);
    // cat and x came from their tables; the row_condition one did not, and id's quantiles read the
    // table built for them. Each table is built once per run.
    const distinctAggs = queries.filter((q) => /count\(DISTINCT/.test(q));
    expect(distinctAggs).toHaveLength(1);
    expect(distinctAggs[0]).toContain('count(DISTINCT "cat")');
    expect(distinctAggs[0]).toMatch(/WHERE .*"g"/);
    expect(queries.filter((q) => /CREATE TEMP TABLE .*_vc_/.test(q))).toHaveLength(3);
    // After the expectations only the tables drift will read are kept; drift drops those.
    const left = async () => (await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'vc_test_vc_%' ORDER BY 1`)).map((r) => r.table_name);
    expect(await left()).toHaveLength(2);
    await rel.valueCounts!.release('cat');
    await rel.valueCounts!.release('x');
    await rel.valueCounts!.release('never-built');
    expect(await left()).toEqual([]);
  });
});

describe('aggregates of drift columns from their (value, count) tables', () => {
  it('give the results of the row scan, for every expectation shape, and the row scan leaves those columns out', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const qty = i % 29 === 0 ? '' : String((i * 7) % 23 - 4);
      const amount = i % 31 === 0 ? '' : i % 97 === 0 ? 'NaN' : ((i * 37) % 1009 / 7).toFixed(3);
      const cat = i % 41 === 0 ? '' : ['red', 'green', 'blue', 'x"y', "o'k"][i % 5];
      return `${i},${qty},${amount},"${cat!.replace(/"/g, '""')}",${i % 2 === 0 ? 'true' : 'false'}`;
    });
    writeFileSync(join(dir, 'w.csv'), `id,qty,amount,cat,flag\n${rows.join('\n')}\n`);
    const w = await loadFile(db, nodeFileSystem(dir), 'w.csv', 'w_test');
    const suite = parseSuite(
      `expectations:
  - {type: expect_column_values_to_not_be_null, kwargs: {column: qty, mostly: 0.9}}
  - {type: expect_column_values_to_be_null, kwargs: {column: cat}}
  - {type: expect_column_values_to_be_between, kwargs: {column: qty, min_value: 0, max_value: 15, strict_max: true}}
  - {type: expect_column_values_to_be_between, kwargs: {column: amount, min_value: 10, max_value: 100, mostly: 0.5}}
  - {type: expect_column_values_to_be_in_set, kwargs: {column: cat, value_set: [red, green, 'x"y']}}
  - {type: expect_column_values_to_not_be_in_set, kwargs: {column: cat, value_set: [blue]}}
  - {type: expect_column_values_to_match_regex, kwargs: {column: cat, regex: '^[a-z]+$'}}
  - {type: expect_column_values_to_not_match_regex, kwargs: {column: cat, regex: "'"}}
  - {type: expect_column_value_lengths_to_be_between, kwargs: {column: cat, min_value: 3, max_value: 4}}
  - {type: expect_column_mean_to_be_between, kwargs: {column: qty, min_value: 0}}
  - {type: expect_column_mean_to_be_between, kwargs: {column: amount}}
  - {type: expect_column_min_to_be_between, kwargs: {column: qty, min_value: -10}}
  - {type: expect_column_max_to_be_between, kwargs: {column: amount}}
  - {type: expect_column_sum_to_be_between, kwargs: {column: qty}}
  - {type: expect_column_stdev_to_be_between, kwargs: {column: qty}}
  - {type: expect_column_stdev_to_be_between, kwargs: {column: amount}}
  - {type: expect_column_proportion_of_non_null_values_to_be_between, kwargs: {column: amount, min_value: 0.5}}
  - {type: expect_column_values_to_be_in_type_list, kwargs: {column: qty, type_list: [BIGINT]}}
  - {type: expect_column_values_to_be_between, kwargs: {column: qty, min_value: 0, row_condition: 'flag == True'}}
  - {type: expect_column_pair_values_a_to_be_greater_than_b, kwargs: {column_A: amount, column_B: qty}}
  - {type: expect_column_values_to_be_between, kwargs: {column: id, min_value: 0, max_value: 2500}}
`,
      's.yml',
    );
    const run = async (grouped: string[]) => {
      queries.length = 0;
      const results = await runExpectations(suite, w, { otherTableRowCount: async () => 0, groupedLater: new Set(grouped) });
      return { results, sql: [...queries] };
    };
    const plain = await run([]);
    const shared = await run(['qty', 'amount', 'cat']);
    expect(shared.results.map((r) => [r.success, r.exception_info.raised_exception])).toEqual(plain.results.map((r) => [r.success, r.exception_info.raised_exception]));
    shared.results.forEach((r, i) => expectClose(r.result, plain.results[i]!.result, `expectation ${i}`));
    // DuckDB's stddev_samp fails on the NaN in amount: both runs report that same error.
    expect(plain.results.flatMap((r, i) => (r.exception_info.raised_exception ? [[i, r.exception_info.exception_message]] : []))).toEqual([[15, expect.stringMatching(/STDDEV_SAMP is out of range/)]]);
    // The row scan of the shared run keeps only: that stddev, the non-null share (a shape not
    // rewritten), the pair of columns, and the id column's expectation; the row_condition one runs apart.
    const scan = shared.sql.find((q) => /^SELECT .* FROM "w_test" WHERE TRUE$/s.test(q) && q.includes('"id"'))!;
    expect([...new Set([...scan.matchAll(/AS "e(\d+)_/g)].map((m) => Number(m[1])))]).toEqual([15, 16, 19, 20]);
    const planScan = plain.sql.find((q) => /^SELECT .* FROM "w_test" WHERE TRUE$/s.test(q) && q.includes('"id"'))!;
    expect([...new Set([...planScan.matchAll(/AS "e(\d+)_/g)].map((m) => Number(m[1])))]).toHaveLength(19); // all but the row_condition one and the type list (from metadata)
    for (const c of ['qty', 'amount', 'cat']) await w.valueCounts!.release(c);
  });
});

/** Deep equality with numbers equal to 1e-12 relative (sums over groups add in another order). */
function expectClose(a: unknown, b: unknown, path: string): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!(Number.isNaN(a) && Number.isNaN(b)) && Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(b))) throw new Error(`${path}: ${a} != ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect([path, Object.keys(a).sort()]).toEqual([path, Object.keys(b).sort()]);
    for (const k of Object.keys(b)) expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect([path, a]).toEqual([path, b]);
}
