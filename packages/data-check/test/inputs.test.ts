/**
 * Inputs through the whole engine: zstd/gzip-compressed CSV and JSON Lines, globs of CSV files, and
 * expect_column_values_to_be_unique on integer columns (the bitmap proof and the GROUP BY fallback).
 * The compressed files are generated here: Node 20's zlib has no zstd and no JS zstd compressor is a
 * dependency, so DuckDB (already the engine's dependency) writes them with COPY ... (COMPRESSION zstd).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeFileSystem, noNetwork, systemClock, type Clock, type EngineResult } from '@mlguard/core';
import { dataCheckTool } from '../src/index.js';
import { duck, fakeOptions, silent, tempDir } from './helpers.js';

const dir = tempDir('mlguard-dc-inputs-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  success: boolean;
  result: Record<string, unknown>;
}

/**
 * Runs a suite of expectations (type, kwargs) on `data` through dataCheckTool. Every query is made to
 * look slow to the engine (a clock that jumps 1 s per reading), so its debug log lists each SQL query
 * it ran: that shows which uniqueness path ran.
 */
async function check(data: string, expectations: [string, Record<string, unknown>][], header = ''): Promise<{ res: EngineResult; results: Result[]; sql: string[] }> {
  const suite = `${header}expectations:\n${expectations.map(([t, kw]) => `  - type: ${t}\n    kwargs: ${JSON.stringify(kw)}\n`).join('')}`;
  writeFileSync(join(dir, 'suite.yml'), suite);
  const sql: string[] = [];
  let t = 0;
  const clock: Clock = { ...systemClock, now: () => new Date((t += 1000)) };
  const log = { ...silent, debug: (m: string) => void sql.push(m) };
  const ports = { workspace: dir, fs: nodeFileSystem(dir), log, clock, fetch: noNetwork };
  const res = await dataCheckTool.run(fakeOptions({ suite: 'suite.yml', data, report: '', pii: false, threads: 1 }), ports);
  return { res, results: (res.metrics.validation as { results: Result[] } | undefined)?.results ?? [], sql };
}

describe('compressed inputs', () => {
  // amount: 5 rows, 1 null, 2 out of [0, 100] (250 and -3).
  const CSV = 'id,amount,country\n1,10.5,DE\n2,,FR\n3,250,DE\n4,7.25,US\n5,-3,IT\n';
  const JSONL = ['{"id":1,"amount":10.5,"country":"DE"}', '{"id":2,"amount":null,"country":"FR"}', '{"id":3,"amount":250,"country":"DE"}', '{"id":4,"amount":7.25,"country":"US"}', '{"id":5,"amount":-3,"country":"IT"}'].join('\n') + '\n';
  const SUITE: [string, Record<string, unknown>][] = [
    ['expect_table_row_count_to_equal', { value: 5 }],
    ['expect_column_values_to_be_between', { column: 'amount', min_value: 0, max_value: 100 }],
    ['expect_column_values_to_not_be_null', { column: 'id' }],
  ];

  beforeAll(async () => {
    writeFileSync(join(dir, 'plain.csv'), CSV);
    writeFileSync(join(dir, 'plain.jsonl'), JSONL);
    writeFileSync(join(dir, 'rows.csv.gz'), gzipSync(CSV));
    writeFileSync(join(dir, 'rows.jsonl.gz'), gzipSync(JSONL));
    const db = await duck();
    try {
      const p = (f: string) => `'${join(dir, f).replace(/'/g, "''")}'`;
      await db.query(`COPY (SELECT * FROM read_csv(${p('plain.csv')}, header = true, all_varchar = true)) TO ${p('rows.csv.zst')} (FORMAT csv, HEADER true, COMPRESSION zstd)`);
      await db.query(`COPY (SELECT * FROM read_json(${p('plain.jsonl')}, format = 'newline_delimited')) TO ${p('rows.jsonl.zst')} (FORMAT json, COMPRESSION zstd)`);
    } finally {
      await db.close();
    }
  });

  it('the generated files really are zstd and gzip streams, not plain text', () => {
    for (const f of ['rows.csv.zst', 'rows.jsonl.zst']) expect([...readFileSync(join(dir, f)).subarray(0, 4)]).toEqual([0x28, 0xb5, 0x2f, 0xfd]);
    for (const f of ['rows.csv.gz', 'rows.jsonl.gz']) expect([...readFileSync(join(dir, f)).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  // CSV lines count the header (250 is on line 4); JSON Lines have none (250 is on line 3).
  it.each([
    ['rows.csv.zst', [4, 6]],
    ['rows.csv.gz', [4, 6]],
    ['rows.jsonl.zst', [3, 5]],
    ['rows.jsonl.gz', [3, 5]],
  ])('%s: every row is read and the failing expectation has the right counts and lines', async (file, lines) => {
    const { res, results } = await check(file, SUITE);
    expect(res.metrics.dataset).toMatchObject({ source: file, rows: 5, columns: 3 });
    expect(results.map((r) => r.success)).toEqual([true, false, true]);
    expect(results[0]!.result.observed_value).toBe(5);
    expect(results[1]!.result).toMatchObject({ element_count: 5, missing_count: 1, unexpected_count: 2, unexpected_percent: 50, partial_unexpected_list: [250, -3], partial_unexpected_index_list: lines });
    expect(results[2]!.result).toMatchObject({ element_count: 5, unexpected_count: 0 });
    expect(res.findings.map((f) => f.ruleId)).toEqual(['DATA-EXPECT-001']);
  });
});

describe('a glob of several CSV files', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'batch-01.csv'), 'id,amount\n1,5\n2,6\n3,\n');
    writeFileSync(join(dir, 'batch-02.csv'), 'id,amount\n4,7\n5,8\n');
    writeFileSync(join(dir, 'batch-03.csv'), 'id,amount\n6,9\n7,10\n8,11\n9,\n');
    writeFileSync(join(dir, 'other-01.csv'), 'id,amount\n100,1000\n');
  });

  it('reads the rows of every matching file (and only those) as one dataset', async () => {
    const { res, results } = await check('batch-*.csv', [
      ['expect_table_row_count_to_equal', { value: 9 }],
      ['expect_column_values_to_be_unique', { column: 'id' }],
      ['expect_column_values_to_be_between', { column: 'amount', min_value: 5, max_value: 11 }],
      ['expect_column_values_to_not_be_null', { column: 'amount' }],
      ['expect_column_sum_to_be_between', { column: 'amount', min_value: 56, max_value: 56 }],
    ]);
    expect(res.metrics.dataset).toMatchObject({ source: 'batch-*.csv', rows: 9, columns: 2 });
    expect(results.map((r) => r.success)).toEqual([true, true, true, false, true]);
    expect(results[3]!.result).toMatchObject({ element_count: 9, unexpected_count: 2, partial_unexpected_list: [null, null] });
  });

  it('a failing expectation in a later file is counted with the other files\' rows', async () => {
    const { results } = await check('batch-0[23].csv', [['expect_column_values_to_be_between', { column: 'amount', min_value: 0, max_value: 9 }]]);
    expect(results[0]!.result).toMatchObject({ element_count: 6, missing_count: 1, unexpected_count: 2, partial_unexpected_list: [10, 11] });
    // A position in the union is no line of either file: without a primary key, no index list.
    expect(results[0]!.result.partial_unexpected_index_list).toBeUndefined();
  });

  it('matches files by column name, whichever file comes first (a column missing from a file is null there)', async () => {
    writeFileSync(join(dir, 'mix-0.csv'), 'id,amount,extra\n0,70,y\n');
    writeFileSync(join(dir, 'mix-1.csv'), 'id,amount\n1,5\n2,6\n');
    writeFileSync(join(dir, 'mix-3.csv'), 'amount,id,extra\n7,5,x\n');
    for (const glob of ['mix-[13].csv', 'mix-[01].csv', 'mix-[013].csv']) {
      const { res, results } = await check(glob, [
        ['expect_table_columns_to_match_set', { column_set: ['id', 'amount', 'extra'] }],
        ['expect_column_values_to_not_be_null', { column: 'extra' }],
        ['expect_column_sum_to_be_between', { column: 'id', min_value: 0 }],
      ]);
      expect(res.findings.filter((f) => f.ruleId === 'DATA-INPUT-001')).toEqual([]);
      expect(results[0]!.success).toBe(true);
      const rows = glob === 'mix-[013].csv' ? 4 : glob === 'mix-[13].csv' ? 3 : 3;
      expect(results[1]!.result).toMatchObject({ element_count: rows, unexpected_count: 2 }); // mix-1's two rows
      expect(results[2]!.result.observed_value).toBe({ 'mix-[13].csv': 8, 'mix-[01].csv': 3, 'mix-[013].csv': 8 }[glob]);
    }
  });

  it('a glob that matches no file is an input finding, not a crash', async () => {
    const { res, results } = await check('nothing-*.csv', [['expect_table_row_count_to_equal', { value: 0 }]]);
    expect(res.findings.map((f) => f.ruleId)).toEqual(['DATA-INPUT-001']);
    expect(res.findings[0]!.location?.path).toBe('nothing-*.csv');
    expect(res.findings[0]!.message).toBe('no file matches nothing-*.csv (the glob is relative to the workspace (or to the suite file when the suite names it))');
    expect(res.findings[0]!.location?.startLine).toBeUndefined();
    expect(results).toEqual([]);
  });
});

describe('expect_column_values_to_be_unique on integer columns (GX: nulls are not duplicates; every row of a duplicated value is unexpected)', () => {
  // line 1 is the header; data rows are lines 2-9.
  const rows = [
    //  id  dup   uniq  grp  wide        wided       neg  negu  big
    ['1', '10', '5', 'a', '0', '0', '-5', '-5', '9223372036854775800'],
    ['2', '', '', 'a', '200000000', '300000000', '-3', '-3', '9223372036854775801'],
    ['3', '20', '7', 'b', '5', '0', '0', '0', '9223372036854775802'],
    ['4', '10', '', 'b', '7', '7', '-5', '-4', ''],
    ['5', '', '9', 'a', '9', '9', '2', '2', '9223372036854775804'],
    ['6', '30', '11', 'b', '11', '11', '3', '3', '9223372036854775805'],
    ['7', '10', '13', 'a', '13', '13', '4', '4', '9223372036854775806'],
    ['8', '20', '15', 'b', '15', '15', '-7', '-7', '9223372036854775807'],
  ];
  beforeAll(() => writeFileSync(join(dir, 'ids.csv'), ['id,dup,uniq,grp,wide,wided,neg,negu,big', ...rows.map((r) => r.join(','))].join('\n') + '\n'));

  const unique = (column: string, extra: Record<string, unknown> = {}) => ['expect_column_values_to_be_unique', { column, ...extra }] as [string, Record<string, unknown>];
  const bitmapRan = (sql: string[]) => sql.some((s) => s.includes('bitstring_agg('));
  const groupByRan = (sql: string[]) => sql.some((s) => s.includes('COALESCE(sum(k), 0) AS u'));

  it('the columns are read as integers (the bitmap applies only to them)', async () => {
    const { results } = await check('ids.csv', ['dup', 'uniq', 'wide', 'wided', 'neg', 'negu', 'big'].map((column) => ['expect_column_values_to_be_in_type_list', { column, type_list: ['BIGINT'] }]));
    expect(results.map((r) => r.success)).toEqual([true, true, true, true, true, true, true]);
  });

  it('a column without duplicates, with nulls: proven by the bitmap, no GROUP BY', async () => {
    const { results, sql } = await check('ids.csv', [unique('uniq')]);
    expect(results[0]!.success).toBe(true);
    expect(results[0]!.result).toMatchObject({ element_count: 8, missing_count: 2, unexpected_count: 0, unexpected_percent: 0, partial_unexpected_list: [] });
    expect(bitmapRan(sql)).toBe(true);
    expect(groupByRan(sql)).toBe(false);
  });

  it('a column with duplicates and nulls: every row of a duplicated value is unexpected, the two nulls are not', async () => {
    const { res, results, sql } = await check('ids.csv', [unique('dup')]);
    expect(results[0]!.success).toBe(false);
    expect(results[0]!.result).toMatchObject({
      element_count: 8,
      missing_count: 2,
      unexpected_count: 5,
      partial_unexpected_list: [10, 20, 10, 10, 20],
      partial_unexpected_index_list: [2, 4, 5, 8, 9],
    });
    expect(results[0]!.result.unexpected_percent).toBeCloseTo((100 * 5) / 6, 10);
    expect(results[0]!.result.unexpected_percent_total).toBeCloseTo((100 * 5) / 8, 10);
    expect(bitmapRan(sql)).toBe(true);
    expect(groupByRan(sql)).toBe(true);
    expect(res.findings.map((f) => f.ruleId)).toEqual(['DATA-EXPECT-001']);
  });

  it('mostly is over the non-null values: 1 of 6 unique passes mostly 0.15, fails 0.2', async () => {
    const { results } = await check('ids.csv', [unique('dup', { mostly: 0.15 }), unique('dup', { mostly: 0.2 })]);
    expect(results.map((r) => r.success)).toEqual([true, false]);
    expect(results.map((r) => r.result.unexpected_count)).toEqual([5, 5]);
  });

  it('row_condition: only the rows it keeps are compared, on both paths', async () => {
    const { results } = await check('ids.csv', [
      unique('dup', { row_condition: 'col("grp")=="a"', condition_parser: 'great_expectations' }),
      unique('dup', { row_condition: 'col("grp")=="b"', condition_parser: 'great_expectations' }),
      unique('dup', { row_condition: 'id <= 3', condition_parser: 'pandas' }),
    ]);
    expect(results[0]!.result).toMatchObject({ element_count: 4, missing_count: 2, unexpected_count: 2, partial_unexpected_list: [10, 10], partial_unexpected_index_list: [2, 8] });
    expect(results[1]!.result).toMatchObject({ element_count: 4, missing_count: 0, unexpected_count: 2, partial_unexpected_list: [20, 20], partial_unexpected_index_list: [4, 9] });
    // The whole column has duplicates, the first three rows do not (10, null, 20).
    expect(results[2]!.success).toBe(true);
    expect(results[2]!.result).toMatchObject({ element_count: 3, missing_count: 1, unexpected_count: 0 });
  });

  it('row_condition that makes a duplicated column unique is proven by the bitmap alone', async () => {
    const { results, sql } = await check('ids.csv', [unique('dup', { row_condition: 'id <= 3', condition_parser: 'pandas' })]);
    expect(results[0]!.success).toBe(true);
    expect(bitmapRan(sql)).toBe(true);
    expect(groupByRan(sql)).toBe(false);
  });

  it('a value range wider than 2^27 skips the bitmap: the GROUP BY decides, with and without duplicates', async () => {
    const { results, sql } = await check('ids.csv', [unique('wide'), unique('wided')]);
    expect(results[0]!.success).toBe(true);
    expect(results[0]!.result).toMatchObject({ element_count: 8, missing_count: 0, unexpected_count: 0 });
    expect(results[1]!.result).toMatchObject({ element_count: 8, unexpected_count: 2, partial_unexpected_list: [0, 0], partial_unexpected_index_list: [2, 4] });
    expect(bitmapRan(sql)).toBe(false);
    expect(groupByRan(sql)).toBe(true);
  });

  it('negative values and values at the top of the BIGINT range', async () => {
    const { results, sql } = await check('ids.csv', [unique('neg'), unique('negu'), unique('big')]);
    expect(results[0]!.result).toMatchObject({ unexpected_count: 2, partial_unexpected_list: [-5, -5], partial_unexpected_index_list: [2, 5] });
    expect(results[1]!.success).toBe(true);
    expect(results[2]!.success).toBe(true);
    expect(results[2]!.result).toMatchObject({ element_count: 8, missing_count: 1, unexpected_count: 0 });
    expect(sql.filter((s) => s.includes('bitstring_agg(')).length).toBe(3);
  });

  it('reports values beyond 2^53 exactly (as text), not rounded to a neighbour', async () => {
    const { results } = await check('ids.csv', [['expect_column_values_to_be_between', { column: 'big', max_value: 9223372036854775000 }]]);
    expect(results[0]!.result).toMatchObject({ unexpected_count: 7, partial_unexpected_list: ['9223372036854775800', '9223372036854775801', '9223372036854775802', '9223372036854775804', '9223372036854775805', '9223372036854775806', '9223372036854775807'] });
  });
});

describe('type violations in a glob of files', () => {
  it('are counted over every file, without a line (a row of the union is no line of one file)', async () => {
    writeFileSync(join(dir, 'tv-1.csv'), `id,amount\n${Array.from({ length: 30 }, (_, i) => `${i},${i + 0.5}`).join('\n')}\n`);
    writeFileSync(join(dir, 'tv-2.csv'), 'id,amount\n100,abc\n101,2.5\n');
    const { res } = await check('tv-*.csv', [['expect_column_values_to_not_be_null', { column: 'amount', mostly: 0.9 }]]);
    const f = res.findings.find((x) => x.ruleId === 'DATA-TYPE-001')!;
    expect(f.properties).toMatchObject({ column: 'amount', expected: 'float', count: 1, lines: [] });
    expect(f.message).toBe('1 values of "amount" do not convert to float; they count as nulls in the checks, never silently dropped.');
    expect(f.location).toEqual({ path: 'tv-*.csv' });
  });
});

describe('CSV lines after quoted fields that span lines', () => {
  // Header on line 1; row i (1-based) starts on line i + 1 plus the line breaks inside the quoted
  // notes before it: 2 rows with 1 and 2 extra lines (one a CRLF inside the quotes).
  const head = ['id,note,amount', '1,"plain",5', '2,"two\nlines",6', '3,"x",-1', '4,"three\r\nline\nnote",7', '5,"y",-2'];
  it('names the file lines of unexpected values, in the fast and the exact path', async () => {
    writeFileSync(join(dir, 'multi.csv'), `${head.join('\n')}\n`);
    const { results } = await check('multi.csv', [['expect_column_values_to_be_between', { column: 'amount', min_value: 0 }]]);
    expect(results[0]!.result).toMatchObject({ unexpected_count: 2, partial_unexpected_list: [-1, -2], partial_unexpected_index_list: [5, 9] });
  });

  it('names the file line of a type violation after them, also far into a file loaded out of order', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i + 6},n${i},${i % 7}`);
    rows[25_000] = `${25_006},"late\nbreak",oops`;
    writeFileSync(join(dir, 'multi-big.csv'), `${[...head, ...rows].join('\n')}\n`);
    const { res, results } = await check('multi-big.csv', [['expect_column_values_to_be_between', { column: 'amount', min_value: 0 }]]);
    // rows 1-5 take lines 2-9; row 6 + k starts on line 10 + k until the late break.
    const tv = res.findings.find((f) => f.ruleId === 'DATA-TYPE-001')!;
    expect(tv.properties).toMatchObject({ column: 'amount', count: 1, lines: [10 + 25_000] });
    expect(results[0]!.result).toMatchObject({ unexpected_count: 2, partial_unexpected_index_list: [5, 9] });
  });

  it('a file without such fields keeps one line per row', async () => {
    writeFileSync(join(dir, 'flat.csv'), 'id,note,amount\n1,"a, quoted comma",5\n2,b,-1\n');
    const { results } = await check('flat.csv', [['expect_column_values_to_be_between', { column: 'amount', min_value: 0 }]]);
    expect(results[0]!.result).toMatchObject({ partial_unexpected_index_list: [3] });
  });
});

describe('dataset.na_values (pandas read_csv semantics, for suites migrated from GX on pandas)', () => {
  const CSV = 'id,amount,note\n1,5,ok\n2,NA,NaN\n3,7,null\n4,,n/a\n5,8,None\n6,9,fine\n';
  const exps: [string, Record<string, unknown>][] = [
    ['expect_column_values_to_not_be_null', { column: 'amount' }],
    ['expect_column_values_to_not_be_null', { column: 'note' }],
    ['expect_column_values_to_be_in_type_list', { column: 'amount', type_list: ['BIGINT'] }],
  ];
  beforeAll(() => writeFileSync(join(dir, 'na.csv'), CSV));

  it('by default only the empty cell is missing, and NA text makes a numeric column text', async () => {
    const { results } = await check('na.csv', exps);
    expect(results.map((r) => r.result.unexpected_count)).toEqual([1, 0, undefined]);
    expect(results[2]!.success).toBe(false);
  });

  it('`pandas` reads pandas\' default NA strings as missing, so the column stays numeric', async () => {
    const { results } = await check('na.csv', exps, 'dataset:\n  na_values: pandas\n');
    expect(results.map((r) => r.result.unexpected_count)).toEqual([2, 4, undefined]);
    expect(results[2]!.success).toBe(true);
  });

  it('a list names the strings, besides the empty cell', async () => {
    const { results } = await check('na.csv', exps, 'dataset:\n  na_values: [NA, n/a]\n');
    expect(results.map((r) => r.result.unexpected_count)).toEqual([2, 1, undefined]);
  });
});
