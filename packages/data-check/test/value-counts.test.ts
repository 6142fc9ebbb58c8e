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
