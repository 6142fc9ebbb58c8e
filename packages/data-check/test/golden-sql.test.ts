import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Relation } from '../src/relation.js';
import { DIALECT_BY_NAME, DIALECTS } from '../src/sql/dialect.js';
import { parseSuite } from '../src/suite.js';
import { compileSuite } from '../src/validate.js';

/**
 * The warehouse dialects (Spark SQL, Trino, BigQuery, Snowflake) are not executed here: their compiled
 * SQL is pinned by golden files, reviewed by hand for each engine's syntax (regex function, FILTER vs
 * count_if/COUNTIF, quantile function, identifier quoting). DuckDB and PostgreSQL are also executed
 * (see expectations.test.ts and postgres.test.ts). Regenerate with GOLDEN_UPDATE=1.
 */
const SUITE = `
expectations:
  - type: expect_column_values_to_not_be_null
    kwargs: {column: amount, mostly: 0.99}
  - type: expect_column_values_to_be_between
    kwargs: {column: amount, min_value: 0, max_value: 20000, strict_max: true}
  - type: expect_column_values_to_be_in_set
    kwargs: {column: country, value_set: [DE, "O'Brien"]}
  - type: expect_column_values_to_match_regex
    kwargs: {column: customer_id, regex: '^C[0-9]{6}$'}
  - type: expect_column_value_lengths_to_be_between
    kwargs: {column: country, min_value: 2, max_value: 2}
  - type: expect_column_mean_to_be_between
    kwargs: {column: amount, min_value: 30, max_value: 90}
  - type: expect_column_stdev_to_be_between
    kwargs: {column: amount, max_value: 500}
  - type: expect_column_median_to_be_between
    kwargs: {column: amount, min_value: 10}
  - type: expect_column_quantile_values_to_be_between
    kwargs: {column: amount, quantile_ranges: {quantiles: [0.05, 0.95], value_ranges: [[0, 10], [100, 300]]}}
  - type: expect_column_unique_value_count_to_be_between
    kwargs: {column: country, min_value: 3}
  - type: expect_column_pair_values_a_to_be_greater_than_b
    kwargs: {column_A: amount, column_B: fee, or_equal: true}
  - type: expect_column_values_to_be_in_set
    kwargs: {column: country, value_set: [DE, FR], row_condition: 'col("amount")>100 & col("card_present")==True', condition_parser: great_expectations}
  - type: expect_table_row_count_to_be_between
    kwargs: {min_value: 1000}
`;

const columns: Relation['columns'] = [
  { name: 'amount', family: 'float', sqlType: 'DOUBLE' },
  { name: 'fee', family: 'float', sqlType: 'DOUBLE' },
  { name: 'country', family: 'string', sqlType: 'VARCHAR' },
  { name: 'customer_id', family: 'string', sqlType: 'VARCHAR' },
  { name: 'card_present', family: 'boolean', sqlType: 'BOOLEAN' },
];

describe('golden SQL per dialect', () => {
  it.each(DIALECTS.map((d) => [d]))('%s', (name) => {
    const d = DIALECT_BY_NAME[name];
    const rel: Relation = { runner: { dialect: d, query: async () => [], close: async () => {} }, sql: d.ident('transactions'), label: 'transactions', columns, rowCount: 0, typeViolations: [] };
    const sql = compileSuite(parseSuite(SUITE, 'suite.yml'), rel);
    const file = join(import.meta.dirname, 'golden', `${name}.sql`);
    if (process.env.GOLDEN_UPDATE === '1' || !existsSync(file)) writeFileSync(file, sql);
    expect(sql).toBe(readFileSync(file, 'utf8'));
    // one scan per domain: the table, and the row_condition's domain
    expect(sql.match(/^SELECT$/gm)).toHaveLength(2);
  });
});
