import { describe, expect, it } from '@jest/globals';
import { runSuiteOnCsv } from './helpers.js';

// 10 rows; `v` has 5 nulls and one unexpected value (99) among its 5 non-null values.
const CSV = [
  'id,v,country,email,a,b,grp,ts',
  '1,1,DE,ann@example.com,5,3,x,2024-01-01',
  '2,,FR,bob@example.org,4,4,x,2024-01-02',
  '3,2,DE,not-an-email,3,5,y,2024-01-03',
  '4,,US,eve@example.com,,,y,2024-01-04',
  '5,3,US,,7,1,y,2024-01-05',
  '6,,DE,zed@example.com,8,,z,2024-01-06',
  '7,99,FR,kim@example.com,9,2,z,2024-01-07',
  '8,,DE,lee@example.com,2,2,z,2024-01-08',
  '9,4,IT,joe@example.com,1,0,z,2024-01-09',
  '10,,IT,al@example.com,6,5,z,2024-01-10',
].join('\n');

async function one(type: string, kwargs: Record<string, unknown>) {
  const suite = `expectations:\n  - type: ${type}\n    kwargs: ${JSON.stringify(kwargs)}\n`;
  const [r] = await runSuiteOnCsv(CSV, suite);
  return r!;
}

describe('GX semantics', () => {
  it('mostly is evaluated over non-null values and unexpected_percent is over non-missing rows', async () => {
    const r90 = await one('expect_column_values_to_be_between', { column: 'v', min_value: 0, max_value: 10, mostly: 0.9 });
    expect(r90.success).toBe(false);
    expect(r90.result).toMatchObject({ element_count: 10, missing_count: 5, missing_percent: 50, unexpected_count: 1, unexpected_percent: 20, unexpected_percent_total: 10, partial_unexpected_list: [99], partial_unexpected_index_list: [8] });
    const r80 = await one('expect_column_values_to_be_between', { column: 'v', min_value: 0, max_value: 10, mostly: 0.8 });
    expect(r80.success).toBe(true);
    expect(r80.result.partial_unexpected_list).toEqual([]);
  });

  it('bounds are inclusive unless strict, and a null bound is unbounded', async () => {
    expect((await one('expect_column_values_to_be_between', { column: 'v', min_value: 1, max_value: 99 })).success).toBe(true);
    expect((await one('expect_column_values_to_be_between', { column: 'v', min_value: 1, max_value: 99, strict_max: true })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_values_to_be_between', { column: 'v', min_value: 1, max_value: 99, strict_min: true })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_values_to_be_between', { column: 'v', min_value: null, max_value: 4 })).result.unexpected_count).toBe(1);
    const both = await one('expect_column_values_to_be_between', { column: 'v' });
    expect(both.exception_info.raised_exception).toBe(true);
  });

  it('not_be_null counts nulls over all rows; be_null counts non-nulls', async () => {
    const r = await one('expect_column_values_to_not_be_null', { column: 'v' });
    expect(r.success).toBe(false);
    expect(r.result).toMatchObject({ element_count: 10, unexpected_count: 5, unexpected_percent: 50 });
    expect(r.result.partial_unexpected_list).toEqual([null, null, null, null, null]);
    expect((await one('expect_column_values_to_not_be_null', { column: 'v', mostly: 0.5 })).success).toBe(true);
    expect((await one('expect_column_values_to_be_null', { column: 'v' })).result.unexpected_count).toBe(5);
  });

  it('row_condition restricts the domain (great_expectations and pandas syntax)', async () => {
    const r = await one('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE'], row_condition: 'col("grp")=="x" | col("id")<4', condition_parser: 'great_expectations' });
    expect(r.result).toMatchObject({ element_count: 3, unexpected_count: 1, partial_unexpected_list: ['FR'] });
    const p = await one('expect_column_values_to_not_be_null', { column: 'a', row_condition: 'grp == "y" and id >= 4', condition_parser: 'pandas' });
    expect(p.result).toMatchObject({ element_count: 2, unexpected_count: 1 });
    const bad = await one('expect_column_values_to_not_be_null', { column: 'a', row_condition: 'col("nope") > 1' });
    expect(bad.exception_info.exception_message).toMatch(/unknown column "nope"/);
  });

  it('set, regex, length and uniqueness expectations', async () => {
    expect((await one('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE', 'FR', 'US'] })).result).toMatchObject({ unexpected_count: 2, partial_unexpected_list: ['IT', 'IT'] });
    expect((await one('expect_column_values_to_not_be_in_set', { column: 'country', value_set: ['IT'] })).result.unexpected_count).toBe(2);
    expect((await one('expect_column_values_to_match_regex', { column: 'email', regex: '^[^@]+@[^@]+\\.[a-z]+$' })).result).toMatchObject({ unexpected_count: 1, missing_count: 1, partial_unexpected_list: ['not-an-email'] });
    expect((await one('expect_column_values_to_not_match_regex', { column: 'email', regex: 'example\\.org' })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_values_to_match_regex_list', { column: 'email', regex_list: ['\\.com$', '\\.org$'], match_on: 'any' })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_values_to_match_like_pattern', { column: 'email', like_pattern: '%@example.%' })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_value_lengths_to_be_between', { column: 'country', min_value: 2, max_value: 2 })).success).toBe(true);
    expect((await one('expect_column_value_lengths_to_equal', { column: 'country', value: 3 })).result.unexpected_count).toBe(10);
    const u = await one('expect_column_values_to_be_unique', { column: 'country' });
    expect(u.result).toMatchObject({ unexpected_count: 10 });
    expect((await one('expect_column_values_to_be_unique', { column: 'id' })).success).toBe(true);
    expect((await one('expect_compound_columns_to_be_unique', { column_list: ['country', 'grp'] })).result.unexpected_count).toBe(6);
  });

  it('aggregate expectations report observed_value (stdev is ddof=1, median averages the middle pair)', async () => {
    const mean = await one('expect_column_mean_to_be_between', { column: 'v', min_value: 0, max_value: 10 });
    expect(mean.result.observed_value).toBeCloseTo(21.8, 10);
    expect(mean.success).toBe(false);
    expect((await one('expect_column_median_to_be_between', { column: 'a', min_value: 5, max_value: 5 })).result.observed_value).toBe(5);
    expect((await one('expect_column_stdev_to_be_between', { column: 'v', min_value: 0, max_value: 100 })).result.observed_value).toBeCloseTo(43.170592, 5);
    expect((await one('expect_column_min_to_be_between', { column: 'v', min_value: 1, max_value: 1 })).success).toBe(true);
    expect((await one('expect_column_max_to_be_between', { column: 'v', min_value: 1, max_value: 98 })).success).toBe(false);
    expect((await one('expect_column_sum_to_be_between', { column: 'v', min_value: 109, max_value: 109 })).success).toBe(true);
    expect((await one('expect_column_unique_value_count_to_be_between', { column: 'country', min_value: 4, max_value: 4 })).success).toBe(true);
    expect((await one('expect_column_proportion_of_unique_values_to_be_between', { column: 'country', min_value: 0.4, max_value: 0.4 })).success).toBe(true);
    const q = await one('expect_column_quantile_values_to_be_between', { column: 'id', quantile_ranges: { quantiles: [0.25, 0.5, 0.9], value_ranges: [[3, 3], [5, 5], [null, 8]] } });
    expect(q.result.observed_value).toEqual({ quantiles: [0.25, 0.5, 0.9], values: [3, 5, 9] });
    expect(q.success).toBe(false);
  });

  it('distinct-set, most-common, type and table expectations', async () => {
    expect((await one('expect_column_distinct_values_to_be_in_set', { column: 'grp', value_set: ['x', 'y'] })).success).toBe(false);
    expect((await one('expect_column_distinct_values_to_equal_set', { column: 'grp', value_set: ['x', 'y', 'z'] })).success).toBe(true);
    expect((await one('expect_column_distinct_values_to_contain_set', { column: 'grp', value_set: ['x'] })).success).toBe(true);
    expect((await one('expect_column_most_common_value_to_be_in_set', { column: 'grp', value_set: ['z'] })).success).toBe(true);
    expect((await one('expect_column_values_to_be_of_type', { column: 'id', type_: 'int64' })).success).toBe(true);
    expect((await one('expect_column_values_to_be_of_type', { column: 'v', type_: 'str' })).success).toBe(false);
    expect((await one('expect_column_values_to_be_in_type_list', { column: 'email', type_list: ['str', 'object'] })).success).toBe(true);
    expect((await one('expect_table_row_count_to_be_between', { min_value: 5, max_value: 10 })).success).toBe(true);
    expect((await one('expect_table_row_count_to_equal', { value: 11 })).success).toBe(false);
    expect((await one('expect_table_column_count_to_equal', { value: 8 })).success).toBe(true);
    expect((await one('expect_column_to_exist', { column: 'email', column_index: 3 })).success).toBe(true);
    expect((await one('expect_table_columns_to_match_set', { column_set: ['id', 'v'], exact_match: false })).success).toBe(true);
    expect((await one('expect_table_columns_to_match_set', { column_set: ['id', 'v'] })).success).toBe(false);
    expect((await one('expect_table_columns_to_match_ordered_list', { column_list: ['id', 'v', 'country', 'email', 'a', 'b', 'grp', 'ts'] })).success).toBe(true);
  });

  it('column pairs honour ignore_row_if and or_equal', async () => {
    const r = await one('expect_column_pair_values_a_to_be_greater_than_b', { column_A: 'a', column_B: 'b' });
    // row 4 (both null) is ignored; row 6 (b null) counts as unexpected, as pandas compares NaN to False.
    expect(r.result).toMatchObject({ element_count: 9, unexpected_count: 4, partial_unexpected_index_list: [3, 4, 7, 9] });
    expect((await one('expect_column_pair_values_a_to_be_greater_than_b', { column_A: 'a', column_B: 'b', or_equal: true, ignore_row_if: 'either_value_is_missing' })).result).toMatchObject({ element_count: 8, unexpected_count: 1 });
    expect((await one('expect_multicolumn_sum_to_equal', { column_list: ['a', 'b'], sum_total: 8 })).result.element_count).toBe(9);
  });

  it('unexpected_rows_expectation runs its query on {batch}', async () => {
    const r = await one('unexpected_rows_expectation', { unexpected_rows_query: 'SELECT * FROM {batch} WHERE a < b' });
    expect(r.result.observed_value).toBe(1);
    expect(r.success).toBe(false);
  });

  it('result_format BOOLEAN_ONLY drops the result; unknown types and columns are exceptions, not crashes', async () => {
    expect((await one('expect_column_values_to_be_in_set', { column: 'country', value_set: ['DE'], result_format: 'BOOLEAN_ONLY' })).result).toEqual({});
    expect((await one('expect_column_to_be_fabulous', { column: 'v' })).exception_info.exception_message).toMatch(/unsupported expectation type/);
    expect((await one('expect_column_values_to_not_be_null', { column: 'nope' })).exception_info.exception_message).toMatch(/column "nope" not found/);
    expect((await one('expect_column_values_to_match_regex', { column: 'email', regex: '(' })).exception_info.raised_exception).toBe(true);
  });
  it('the remaining expectations: z-scores, non-null proportion, like/regex-list negations, pair equality, sums, column counts, other tables', async () => {
    // v non-null = [1, 2, 3, 99, 4]: mean 21.8, sample std 43.17 -> z(99) = 1.79, the others about -0.45
    const z = await one('expect_column_value_z_scores_to_be_less_than', { column: 'v', threshold: 1.5, double_sided: true });
    expect(z.result).toMatchObject({ unexpected_count: 1, partial_unexpected_list: [99] });
    expect((await one('expect_column_value_z_scores_to_be_less_than', { column: 'v', threshold: 2 })).success).toBe(true);
    expect((await one('expect_column_proportion_of_non_null_values_to_be_between', { column: 'v', min_value: 0.5, max_value: 0.5 })).success).toBe(true);
    expect((await one('expect_column_values_to_not_match_like_pattern', { column: 'email', like_pattern: '%.org' })).result.unexpected_count).toBe(1);
    expect((await one('expect_column_values_to_not_match_regex_list', { column: 'email', regex_list: ['^ann', '^bob'] })).result.unexpected_count).toBe(2);
    expect((await one('expect_column_values_to_match_regex_list', { column: 'email', regex_list: ['@', '\\.com$'], match_on: 'all' })).result.unexpected_count).toBe(2);
    const eq = await one('expect_column_pair_values_to_be_equal', { column_A: 'a', column_B: 'b' });
    expect(eq.result).toMatchObject({ element_count: 9, unexpected_count: 7 });
    const sum = await one('expect_multicolumn_sum_to_equal', { column_list: ['a', 'b'], sum_total: 8 });
    expect(sum.result).toMatchObject({ element_count: 9, unexpected_count: 4 });
    expect((await one('expect_table_column_count_to_be_between', { min_value: 8, max_value: 8 })).success).toBe(true);
    expect((await one('expect_table_column_count_to_be_between', { max_value: 7 })).success).toBe(false);
    const other = await one('expect_table_row_count_to_equal_other_table', { other_table_name: 'prod.orders' });
    expect(other.result.observed_value).toEqual({ self: 10, other: 0 });
    expect(other.success).toBe(false);
    expect((await one('expect_column_values_to_be_in_set', { column: 'v', value_set: [1, 2, 3, 4] })).result.partial_unexpected_list).toEqual([99]);
  });
});
